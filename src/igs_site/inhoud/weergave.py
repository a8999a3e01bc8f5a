"""Markdown/HTML for the parts of steps and cases that come from front matter.

Pure functions of (front matter, body): no MkDocs objects, easy to test.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any, Callable

from keuzehulp.datum import datum_nl
from keuzehulp.landschap import NIET_GEVONDEN

ANDERE_RECHTSVORMEN = {
    "onbekend": NIET_GEVONDEN,
    "niet_van_toepassing": "Niet van toepassing",
}


def rechtsvorm_naam(rechtsvorm_id: str) -> str:
    """Human name of a legal form, from the keuzehulp's data (one source of truth)."""
    if rechtsvorm_id in ANDERE_RECHTSVORMEN:
        return ANDERE_RECHTSVORMEN[rechtsvorm_id]
    from keuzehulp import kennis

    return kennis.rechtsvorm(rechtsvorm_id).naam


def item_id(tekst: str) -> str:
    """A stable id for a checklist item, from its text."""
    return re.sub(r"[^a-z0-9]+", "-", tekst.lower()).strip("-")[:60]


def checklist_html(sleutel: str, items: list[str]) -> str:
    """A plain list without JavaScript; checklist.js adds the tick boxes."""
    regels = "\n".join(
        f'<li data-item="{escape(item_id(item))}">{escape(item)}</li>' for item in items
    )
    return f'<ul class="igs-checklist" data-checklist="{escape(sleutel)}">\n{regels}\n</ul>'


def bronnen_md(bronnen: list[dict[str, Any]]) -> str:
    regels = []
    for bron in bronnen:
        delen = [f"[{bron['titel']}]({bron['url']})", bron["uitgever"]]
        if bron.get("datum"):
            delen.append(datum_nl(bron["datum"]))
        regels.append("1. " + ", ".join(str(deel) for deel in delen))
    return "\n## Bronnen {#bronnen}\n\n" + "\n".join(regels) + "\n"


def _md_lijst(items: list[str], inspringen: str = "    ") -> str:
    return ("\n" + inspringen).join(f"- {item}" for item in items)


def kaart(feiten: list[tuple[str, str]], klasse: str = "igs-stapkaart") -> str:
    """A definition list of facts in a box, as Markdown (links resolve in every build)."""
    regels = "\n\n".join(f"{kop}\n:   {waarde}" for kop, waarde in feiten)
    return f'<div class="{klasse}" markdown>\n\n{regels}\n\n</div>\n'


def stapfeiten(meta: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        ("Typische duur", meta["duur"]),
        ("Wie beslist", meta["beslist"]),
        ("Wat je oplevert", _md_lijst(meta["resultaten"])),
    ]


def stap(meta: dict[str, Any], slug: str, body: str, bestaat: Callable[[str], bool]) -> str:
    feiten = stapfeiten(meta)
    if meta["sjablonen"]:
        links = [
            f"[{naam.replace('-', ' ').capitalize()}](../sjablonen/{naam}.md)"
            if bestaat(f"sjablonen/{naam}.md")
            else f"{naam.replace('-', ' ').capitalize()} (in voorbereiding)"
            for naam in meta["sjablonen"]
        ]
        feiten.append(("Sjablonen", _md_lijst(links)))
    return (
        f"# Stap {meta['nummer']}: {meta['titel']}\n\n"
        + kaart(feiten)
        + "\n"
        + body.strip()
        + "\n\n## Checklist {#checklist}\n\n"
        + "Vink af wat klaar is. Je vinkjes blijven bewaard in deze browser, nergens anders.\n"
        + "{.igs-checklist-uitleg}\n\n"
        + checklist_html(f"stap-{slug}", meta["checklist"])
        + "\n"
        + bronnen_md(meta["bronnen"])
    )


def case(meta: dict[str, Any], body: str) -> str:
    feiten = []
    if meta["gemeenten"]:
        feiten.append(("Gemeenten", ", ".join(meta["gemeenten"])))
    feiten.append(("Rechtsvorm", rechtsvorm_naam(meta["rechtsvorm"])))
    feiten.append(("Opgericht", str(meta["opgericht"])))
    if meta.get("inwoners"):
        aantal = f"{meta['inwoners']['aantal']:,}".replace(",", ".")
        feiten.append(("Inwoners", f"ongeveer {aantal} ([bron]({meta['inwoners']['bron']}))"))
    feiten.append(("Thema's", ", ".join(meta["themas"])))
    return (
        f"# {meta['titel']}\n\n"
        + kaart(feiten, "igs-stapkaart igs-casekaart")
        + "\n"
        + body.strip()
        + "\n"
        + bronnen_md(meta["bronnen"])
    )


def stappenoverzicht(stappen: list[tuple[str, dict[str, Any]]]) -> str:
    """All steps on one page; printed, every step starts on a new page."""
    delen = []
    for slug, meta in stappen:
        delen.append(
            f'<section class="igs-stapoverzicht" markdown>\n\n'
            f"## Stap {meta['nummer']}: {meta['titel']} {{#stap-{slug}}}\n\n"
            f"{meta['beschrijving']}\n\n"
            + kaart(stapfeiten(meta))
            + "\n### Checklist {#checklist-" + slug + "}\n\n"
            + checklist_html(f"stap-{slug}", meta["checklist"])
            + f"\n\n[Lees stap {meta['nummer']}: {meta['titel']}]({slug}.md)\n\n"
            "</section>"
        )
    return "\n\n" + "\n\n".join(delen) + "\n"


def casesoverzicht(cases: list[tuple[str, dict[str, Any]]], href: Callable[[str], str]) -> str:
    """A filterable list of cases (filters appear with JavaScript, the list works without)."""
    vormen = sorted({meta["rechtsvorm"] for _, meta in cases})
    themas = sorted({thema for _, meta in cases for thema in meta["themas"]})
    opties = lambda waarden, label: "".join(  # noqa: E731
        f'<option value="{escape(w)}">{escape(label(w))}</option>' for w in waarden
    )
    filters = (
        '<form class="igs-filter" data-filter-voor="igs-cases" hidden>\n'
        '<label for="filter-rechtsvorm">Rechtsvorm</label>\n'
        '<select id="filter-rechtsvorm" data-filter="rechtsvorm"><option value="">Alle rechtsvormen</option>'
        + opties(vormen, rechtsvorm_naam)
        + "</select>\n"
        '<label for="filter-thema">Thema</label>\n'
        '<select id="filter-thema" data-filter="themas"><option value="">Alle thema\'s</option>'
        + opties(themas, str)
        + "</select>\n"
        '<p class="igs-filter-telling" aria-live="polite"></p>\n'
        "</form>\n"
    )
    kaarten = []
    for slug, meta in cases:
        kaarten.append(
            f'<li data-rechtsvorm="{escape(meta["rechtsvorm"])}" data-themas="{escape("|".join(meta["themas"]))}">'
            f'<a href="{escape(href(slug))}">{escape(meta["titel"])}</a>'
            f"<p>{escape(meta['beschrijving'])}</p>"
            f"<p class=\"igs-meta\">{escape(rechtsvorm_naam(meta['rechtsvorm']))} · {escape(', '.join(meta['themas']))}</p>"
            "</li>"
        )
    return "\n\n" + filters + '<ul class="igs-kaarten" id="igs-cases">\n' + "\n".join(kaarten) + "\n</ul>\n"
