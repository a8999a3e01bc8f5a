"""Site build (plugin igs): everything the site shows from the keuzehulp engine.

- Juridische vormen: an overview with the comparison table and one page per
  legal form, generated from src/keuzehulp/data (one source of truth).
- The keuzehulp page: the question form, the flow diagram and the comparison
  table replace markers in docs/keuzehulp/index.md.
- The static path without JavaScript under keuzehulp/pad/: one question per
  page, answers in the path, an outcome page per reachable path.
"""

from __future__ import annotations

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from igs_site import jinja
from igs_site.config import offline
from igs_site.controle import markers
from igs_site.inhoud import navigatie
from keuzehulp import kennis
from keuzehulp.formulier import render_formulier
from keuzehulp.html import render_rechtsvorm, render_vergelijking
from keuzehulp.statisch import Knoop, render_pad_pagina, statische_boom
from keuzehulp.stroomdiagram import render_stroomdiagram

KEUZEHULP = "keuzehulp/index.md"
VORMEN = "juridische-vormen"
PAD = "keuzehulp/pad"
MARKER_PAD = markers.marker("keuzehulp-pad")
markers.registreer("keuzehulp-widget", "keuzehulp-stroomdiagram", "keuzehulp-vergelijking", "rechtsvorm")

# src_uri -> what to render there; filled by on_files.
_PAD_KNOPEN: dict[str, Knoop] = {}


def _vorm_slug(vorm_id: str) -> str:
    return vorm_id.replace("_", "-")


def _basis(src_uri: str) -> str:
    """Relative link from a page (directory URL) to the site root."""
    diepte = src_uri.count("/") + (0 if src_uri.endswith("index.md") else 1)
    return "../" * diepte


def _pagina(titel: str, beschrijving: str, body: str, **meta: object) -> str:
    """A generated Markdown page with front matter."""
    voorwerk = {"beschrijving": beschrijving, "laatst_bijgewerkt": kennis.gecontroleerd().isoformat(), **meta}
    return "---\n" + yaml.safe_dump(voorwerk, allow_unicode=True) + "---\n\n# " + titel + "\n\n" + body + "\n"


# --- Juridische vormen ------------------------------------------------------

def _vormen_overzicht() -> str:
    items = "\n".join(
        f"- [{vorm.naam}]({_vorm_slug(vorm.id)}.md): {vorm.kort}" for vorm in kennis.rechtsvormen()
    )
    return _pagina(
        "Juridische vormen",
        "De vijf vormen om als gemeenten samen te werken rond cultuur, van licht naar zwaar, "
        "met hun kenmerken en bronnen naast elkaar.",
        "Gemeenten kunnen rond cultuur samenwerken zonder aparte structuur, of in een van de "
        "vormen uit het Decreet over het lokaal bestuur van 22 december 2017. Hieronder staan ze "
        "van licht naar zwaar. Twijfel je? De [keuzehulp](../keuzehulp/index.md) geeft een advies "
        "op basis van jullie antwoorden.\n\n"
        + items
        + "\n\n## Vergelijking {#vergelijking}\n\n"
        "Wat gemarkeerd is als *niet geverifieerd*, steunt op een bron die we niet aan de "
        "huidige decreettekst konden toetsen; de opmerking bij dat kenmerk zegt waarom.\n\n"
        + markers.marker("keuzehulp-vergelijking"),
    )


def _vorm_pagina(vorm) -> str:
    return _pagina(
        vorm.naam,
        f"{vorm.naam}: {vorm.kort}"[:290],
        markers.marker("rechtsvorm", vorm.id),
    )


# --- Static path --------------------------------------------------------------

def _pad_uri(segmenten: tuple[str, ...]) -> str:
    return "/".join((PAD, *segmenten, "index.md"))


def _pad_pagina(knoop: Knoop) -> str:
    if knoop.vraag is None:
        titel = "Keuzehulp stap voor stap: jullie advies"
    else:
        titel = f"Keuzehulp stap voor stap: vraag {len(knoop.stappen) + 1}"
    return _pagina(
        titel,
        "De keuzehulp voor de juridische vorm van een intergemeentelijke samenwerking rond cultuur, "
        "één vraag per pagina, zonder JavaScript.",
        MARKER_PAD,
        noindex=True,
        search={"exclude": True},
        template="keuzehulp-pad.html",
    )


def _widget(config, basis: str) -> str:
    """The interactive form, or in the offline copy (file://) the way to the static path."""
    if not offline(config):
        return render_formulier("pad/", basis=basis)
    return jinja.render("keuzehulp-offline.html", pad="pad/")


# --- MkDocs events --------------------------------------------------------------

def on_config(config):
    try:  # read and check the knowledge files once: a broken file names itself
        kennis.bronnen(), kennis.rechtsvormen(), kennis.subsidieregels()
    except kennis.KennisFout as fout:
        raise PluginError(str(fout)) from None
    if config.nav:
        navigatie.vul(
            config.nav,
            f"{VORMEN}/index.md",
            [(vorm.naam, f"{VORMEN}/{_vorm_slug(vorm.id)}.md") for vorm in kennis.rechtsvormen()],
        )
    return config


def on_files(files: Files, config) -> Files:
    files.append(File.generated(config, f"{VORMEN}/index.md", content=_vormen_overzicht()))
    for vorm in kennis.rechtsvormen():
        files.append(File.generated(config, f"{VORMEN}/{_vorm_slug(vorm.id)}.md", content=_vorm_pagina(vorm)))
    _PAD_KNOPEN.clear()
    for knoop in statische_boom():
        uri = _pad_uri(knoop.segmenten)
        _PAD_KNOPEN[uri] = knoop
        files.append(File.generated(config, uri, content=_pad_pagina(knoop)))
    return files


def on_page_content(html: str, page, config, files: Files) -> str:
    uri = page.file.src_uri
    basis = _basis(uri)
    renderers = {
        "keuzehulp-widget": lambda: _widget(config, basis),
        "keuzehulp-stroomdiagram": lambda: render_stroomdiagram(basis),
        "keuzehulp-vergelijking": lambda: render_vergelijking(None, basis),
        "rechtsvorm": lambda vorm_id: render_rechtsvorm(vorm_id, basis),
    }
    if uri in _PAD_KNOPEN:
        renderers["keuzehulp-pad"] = lambda: render_pad_pagina(_PAD_KNOPEN[uri], basis)
    return markers.vervang(html, renderers, uri)

