"""The print document: one HTML file with a cover, a table of contents and every
page of the navigation as a chapter, assembled from the BUILT site (post-build,
so it also works for a generator that runs no MkDocs plugins, e.g. Zensical).

The DOM work (navigation, cleaning, prefixing ids, rewriting links) runs in
Chromium with DOMParser: see samenstellen.js.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlparse

from . import kopvoet
from .gemeen import OfflineFout

HIER = Path(__file__).resolve().parent
JS = HIER / "samenstellen.js"
CSS = HIER / "drukwerk.css"
PRINT_CSS = "assets/css/print.css"

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]


def datum_nl(datum: dt.date) -> str:
    return f"{datum.day} {MAANDEN[datum.month - 1]} {datum.year}"


@dataclass
class Hoofdstuk:
    """One page of the navigation, as a chapter of the print document."""

    anker: str  # "h3": id of the chapter, prefix of its ids
    url: str  # file:// URL of the built page
    titel: str  # title in the navigation
    pad: list[str]  # titles of the enclosing navigation sections
    kop: str = ""  # text of the page's <h1>
    html: str = ""
    datum: str = ""  # "Laatst bijgewerkt: …" of the page, printed in its heading line

    @property
    def sectie(self) -> str:
        """The top-level section, printed in the running header."""
        return self.pad[0] if self.pad else self.titel


@dataclass
class Drukdocument:
    naam: str
    beschrijving: str
    site_url: str
    taal: str
    stylesheets: list[str]
    body_attributen: dict[str, str]
    datum: dt.date
    versie: str
    commit: str = ""  # alleen in een HTML-commentaar, niet voor lezers
    concept: str = ""  # the site's concept notice (uitgever not filled in), "" when published
    hoofdstukken: list[Hoofdstuk] = field(default_factory=list)

    @property
    def secties(self) -> list[str]:
        """Top-level sections, in order (one running header each)."""
        return list(dict.fromkeys(h.sectie for h in self.hoofdstukken))

    @property
    def voetregel(self) -> str:
        concept = " · Conceptversie: uitgever nog niet ingevuld" if self.concept else ""
        return f"{datum_nl(self.datum)} · versie {self.versie}{concept}"


def _lees(pad: Path) -> str:
    return pad.read_text(encoding="utf-8")


def _bestand(url: str) -> Path:
    return Path(unquote(urlparse(url).path))


def verzamel(pagina, site: Path, datum: dt.date, versie: str, commit: str = "") -> Drukdocument:
    """Read navigation and pages of the built site with a Playwright page."""
    site = site.resolve()
    pagina.goto("about:blank")
    pagina.add_script_tag(path=str(JS))
    start = site / "index.html"
    start_url = start.as_uri()
    info = pagina.evaluate("([h, u]) => igsDrukwerk.siteInfo(h, u)", [_lees(start), start_url])
    nav = pagina.evaluate("([h, u]) => igsDrukwerk.navigatie(h, u)", [_lees(start), start_url])
    if not nav:
        raise OfflineFout(f"{start}: de navigatie is leeg")
    print_css = (site / PRINT_CSS).as_uri()
    stylesheets = info["stylesheets"] + ([print_css] if print_css not in info["stylesheets"] else [])
    doc = Drukdocument(
        naam=info["naam"], beschrijving=info["beschrijving"], site_url=info["canonical"],
        taal=info["taal"], stylesheets=[s for s in stylesheets if (_bestand(s)).exists()],
        body_attributen=info["bodyAttributen"], datum=datum, versie=versie, commit=commit,
        concept=info.get("concept") or "",
    )
    doc.hoofdstukken = [
        Hoofdstuk(anker=f"h{i}", url=item["url"], titel=item["titel"], pad=item["pad"])
        for i, item in enumerate(nav, start=1)
    ]
    ankers = {h.url: h.anker for h in doc.hoofdstukken}
    for h in doc.hoofdstukken:
        bestand = _bestand(h.url)
        if not bestand.exists():
            raise OfflineFout(f"{bestand}: staat in de navigatie maar is niet gebouwd")
        opties = {"paginaUrl": h.url, "prefix": h.anker, "hoofdstukken": ankers,
                  "siteRoot": site.as_uri() + "/", "siteUrl": doc.site_url}
        resultaat = pagina.evaluate("([h, o]) => igsDrukwerk.hoofdstuk(h, o)", [_lees(bestand), opties])
        h.kop, h.html, h.datum = resultaat["kop"], resultaat["html"], resultaat.get("datum", "")
    return doc


# --- HTML of the print document ---------------------------------------------

def _omslag(doc: Drukdocument) -> str:
    adres = escape(doc.site_url)
    # The commit is for us, not for readers: a comment (and "--" cannot occur in a short hash).
    commentaar = f"<!-- commit {escape(doc.commit)} -->" if re.fullmatch(r"[0-9a-f]{4,40}", doc.commit) else ""
    return f"""
<section class="igs-omslag">{commentaar}
  <p class="igs-omslag-reeks">Gids voor intergemeentelijke samenwerking rond cultuur</p>
  <h1 class="igs-omslag-titel">{escape(doc.naam)}</h1>
  <p class="igs-omslag-ondertitel">{escape(doc.beschrijving)}</p>
  <dl class="igs-omslag-gegevens">
    <dt>Datum</dt><dd><time datetime="{doc.datum.isoformat()}">{datum_nl(doc.datum)}</time></dd>
    <dt>Versie</dt><dd>{escape(doc.versie)}</dd>
    <dt>Website</dt><dd>{adres}</dd>
  </dl>
{_concept(doc)}
  <p class="igs-omslag-noot">Deze PDF toont de website zoals ze was op {datum_nl(doc.datum)}. De
  keuzehulp om in te vullen en de nieuwste versie van de teksten vind je op {adres}.</p>
</section>"""


def _concept(doc: Drukdocument) -> str:
    """The concept notice on the cover, in a frame; nothing once the publisher is filled in."""
    if not doc.concept:
        return ""
    return (f'  <p class="igs-omslag-concept"><strong>{escape(doc.concept)}</strong> Zolang dat zo is, '
            "is deze gids een conceptversie: niemand staat nog in voor de inhoud. Elke pagina "
            "draagt die melding onderaan.</p>")


def _inhoud(doc: Drukdocument, paginas: dict[str, int] | None) -> str:
    """Table of contents. Without page numbers (first pass) every number is a
    placeholder of the same width, so the layout does not change."""
    regels = []
    geopend: set[tuple[str, ...]] = set()
    for h in doc.hoofdstukken:
        for diepte in range(len(h.pad)):  # a section without an index page: a plain row
            sectie = tuple(h.pad[: diepte + 1])
            if sectie not in geopend:
                geopend.add(sectie)
                regels.append(f'<li class="igs-inhoud-sectie niveau-{diepte}">{escape(sectie[-1])}</li>')
        geopend.add((*h.pad, h.titel))
        nummer = str(paginas[h.anker]) if paginas else "0"
        regels.append(
            f'<li class="niveau-{len(h.pad)}"><a href="#{h.anker}"><span class="igs-inhoud-titel">'
            f'{escape(h.titel)}</span><span class="igs-inhoud-leider"></span>'
            f'<span class="igs-inhoud-nummer">{nummer}</span></a></li>'
        )
    return f"""
<nav class="igs-inhoud" aria-labelledby="igs-inhoud-kop">
  <h1 id="igs-inhoud-kop">Inhoud</h1>
  <ol>
    {"".join(regels)}
  </ol>
</nav>"""


def _hoofdstuk(h: Hoofdstuk, sectie_nr: int) -> str:
    kruimel = escape(" › ".join([*h.pad, h.titel]))
    if h.datum:
        kruimel += f' <span class="igs-kruimel-datum">· {escape(h.datum)}</span>'
    return f"""
<article class="md-typeset igs-hoofdstuk" id="{h.anker}" data-sectie-nr="{sectie_nr}">
  <p class="igs-kruimel">{kruimel}</p>
  {h.html}
</article>"""


def html(doc: Drukdocument, paginas: dict[str, int] | None = None) -> str:
    links = "\n".join(f'<link rel="stylesheet" href="{escape(s)}">' for s in doc.stylesheets)
    secties = doc.secties
    attrs = " ".join(f'{k}="{escape(v)}"' for k, v in doc.body_attributen.items())
    return f"""<!doctype html>
<html lang="{escape(doc.taal)}">
<head>
<meta charset="utf-8">
<title>{escape(doc.naam)}</title>
{links}
<link rel="stylesheet" href="{CSS.as_uri()}">
<style>
{kopvoet.paginastijl(doc.naam, doc.voetregel, secties)}
</style>
</head>
<body {attrs} class="igs-drukwerk">
<div class="md-typeset">
{_omslag(doc)}
{_inhoud(doc, paginas)}
</div>
{"".join(_hoofdstuk(h, secties.index(h.sectie)) for h in doc.hoofdstukken)}
</body>
</html>
"""
