"""Every internal link and anchor in the built site resolves."""

from __future__ import annotations

import json
import re
from functools import cache as onthoud
from urllib.parse import parse_qsl, unquote, urldefrag, urlparse

from keuzehulp.browser import verwerk
from sitepagina import html_paginas, parse


def doel_bestand(site, bron, href):
    url = urlparse(href)
    pad = unquote(url.path)
    if pad.startswith("/"):
        doel = site / pad.lstrip("/")
    elif pad:
        doel = (bron.parent / pad).resolve()
    else:
        doel = bron
    if doel.is_dir() or pad.endswith("/"):
        doel = doel / "index.html"
    return doel


@onthoud
def _ids_van_het_advies(query: str) -> frozenset[str]:
    """The ids in the advice the keuzehulp renders for these answers (the page itself has no
    advice yet: the widget draws it from the query, so an anchor in it exists only then)."""
    uit = json.loads(verwerk(json.dumps(dict(parse_qsl(query)))))
    return frozenset(re.findall(r'\bid="([^"]+)"', uit["html"] + uit["samenvatting"]))


def _keuzehulp_met_antwoorden(site, doel, adres) -> bool:
    return doel == site / "keuzehulp" / "index.html" and bool(urlparse(adres).query)


def test_interne_links_en_ankers_bestaan(site_dir, pdf_pad):
    site = site_dir.resolve()
    cache = {}
    fouten = []
    for bron in html_paginas(site):
        for href in parse(bron).links:
            if href.startswith(("http://", "https://", "mailto:", "tel:", "data:", "javascript:", "//")):
                continue
            adres, anker = urldefrag(href)
            doel = doel_bestand(site, bron, adres)
            if not doel.exists():
                fouten.append(f"{bron.relative_to(site)}: {href} (bestand bestaat niet)")
                continue
            if anker and doel.suffix == ".html":
                ids = cache.setdefault(doel, parse(doel).ids)
                if _keuzehulp_met_antwoorden(site, doel, adres) and unquote(anker) not in ids:
                    ids = _ids_van_het_advies(urlparse(adres).query)
                if unquote(anker) not in ids:
                    fouten.append(f"{bron.relative_to(site)}: {href} (anker bestaat niet)")
    assert not fouten, "Gebroken links:\n" + "\n".join(sorted(set(fouten))[:50])
