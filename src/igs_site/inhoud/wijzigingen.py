"""Site build (plugin igs): the version of the site and what changed per version.

One version number (src/keuzehulp/versie.py) for the site, the PDF and the
keuzehulp; the changes per version come from src/keuzehulp/data/wijzigingen.toml,
checked when the build starts (keuzehulp.wijzigingen: a broken entry fails the
build naming the file, the version and the field; so does a missing entry for
the current version).

Markers (markers.py), each on a line of its own in a page:
    <!-- igs:wijzigingen -->   every version, newest first: date and changes (docs/over/wijzigingen.md)
    <!-- igs:versie -->        one line: this version and its date (docs/over/index.md)
"""

from __future__ import annotations

import re
from html import escape

from mkdocs.exceptions import PluginError

from igs_site.controle import markers
from keuzehulp import wijzigingen
from keuzehulp.datum import datum_nl
from keuzehulp.kennis import KennisFout

markers.registreer("wijzigingen", "versie")

# Characters that mean something in Markdown; the texts in the data are plain.
_MARKDOWN = re.compile(r"([\\`*_\[\]<>#|{}])")


def _tekst(tekst: str) -> str:
    return _MARKDOWN.sub(r"\\\1", tekst)


def _tijd(datum) -> str:
    return f'<time datetime="{datum.isoformat()}">{datum_nl(datum)}</time>'


def _bron(bron) -> str:
    titel = bron.titel.replace("[", "(").replace("]", ")")
    return f"[{_tekst(titel)}]({bron.url}), {_tekst(bron.uitgever)}"


def render_wijzigingen() -> str:
    """Markdown: per version a heading with its date and a list of changes with their kind."""
    delen = []
    for versie in wijzigingen.versies():
        delen.append(f"## Versie {versie.nummer} van {datum_nl(versie.datum)} {{#{versie.anker}}}\n")
        for w in versie.wijzigingen:
            regel = (f'- <span class="igs-soort igs-soort-{w.soort}">{w.soort_label}</span> '
                     f"{_tekst(w.tekst)}")
            if w.bronnen:
                regel += " Bron: " + "; ".join(_bron(b) for b in w.bronnen) + "."
            delen.append(regel)
        delen.append("")
    return "\n".join(delen)


def render_versie() -> str:
    versie = wijzigingen.huidige()
    return (f'<p class="igs-versie">Dit is <strong>versie {escape(versie.nummer)}</strong> van de site, '
            f"de pdf en de keuzehulp, van {_tijd(versie.datum)}.</p>")


def on_config(config):
    try:
        wijzigingen.versies.cache_clear()
        wijzigingen.versies()
    except KennisFout as fout:
        raise PluginError(str(fout)) from None
    return config


def on_page_markdown(markdown: str, page, config, files) -> str:
    return markers.vervang(markdown, {"wijzigingen": render_wijzigingen, "versie": render_versie},
                           page.file.src_uri)
