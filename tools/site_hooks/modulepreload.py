"""MkDocs hook: <link rel="modulepreload"> for what our module scripts import.

A module script's static imports are only requested once the script itself has
arrived and been parsed; on a busy page (the keuzehulp) that was half a second
later. A page with the keuzehulp widget gets a preload link, in <head>, for
each file keuzehulp.js imports (and what those import), so the browser fetches
them all at once. Other pages load the same scripts, but there they have no
work: early preloads would only compete with the page's CSS (Lighthouse showed
it on the home page). The list is read from the scripts themselves: an import
added or removed needs no change here.
"""

from __future__ import annotations

import re
from pathlib import Path

JS = Path(__file__).resolve().parents[2] / "docs" / "assets" / "js"

_SCRIPT = re.compile(r'<script src="([^"]*assets/js/)([\w.-]+\.js)" type="module"></script>')
# A module script -> the attribute of the element it works on: only a page with it gets preloads.
WERK = {"keuzehulp.js": "data-keuzehulp"}

_IMPORT = re.compile(r'^\s*import\s[^;]*?from\s+"\./([\w.-]+\.js)";', re.MULTILINE)


def imports(naam: str, gezien: frozenset[str] = frozenset()) -> list[str]:
    """The files `naam` imports, directly or through another import, in first-seen order."""
    uit: list[str] = []
    for doel in _IMPORT.findall((JS / naam).read_text(encoding="utf-8")):
        if doel in gezien or doel in uit or doel == naam:
            continue
        uit.append(doel)
        uit += [verder for verder in imports(doel, gezien | {naam, doel}) if verder not in uit]
    return uit


def on_post_page(html: str, page, config) -> str:
    links: list[str] = []
    for map_, naam in _SCRIPT.findall(html):
        if naam not in WERK or WERK[naam] not in html:
            continue
        for doel in imports(naam):
            link = f'<link rel="modulepreload" href="{map_}{doel}">'
            if link not in links:
                links.append(link)
    if not links or "</head>" not in html:
        return html
    return html.replace("</head>", "".join(links) + "</head>", 1)
