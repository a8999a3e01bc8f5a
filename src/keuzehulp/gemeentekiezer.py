"""The municipality picker as server-rendered HTML (for docs/assets/js/gemeentekiezer.js).

A real form control from the first paint: a text field with role="combobox" and
a listbox holding all 285 municipalities (NIS code, name, referentieregio), so
the script needs no data file. The chosen NIS codes travel in one hidden field
(``naam``, comma separated) that the surrounding form reads; the script keeps
it in sync and lists the chosen municipalities with a remove button.
Reused by the keuzehulp and by the guided engagementsverklaring.
"""

from __future__ import annotations

import unicodedata
from html import escape

from . import gemeenten

__all__ = ["render_gemeentekiezer"]


def _sorteersleutel(naam: str) -> str:
    zonder_accenten = "".join(c for c in unicodedata.normalize("NFD", naam) if not unicodedata.combining(c))
    return zonder_accenten.casefold()


def render_gemeentekiezer(
    *,
    id: str,
    naam: str = "nis",
    label: str = "Welke gemeenten werken samen?",
    hint: str | None = "Typ de eerste letters van een gemeente en kies ze uit de lijst. Kies alle deelnemende gemeenten.",
) -> str:
    """HTML for one picker. ``id`` prefixes every id inside it (unique per page)."""
    lijst = sorted(gemeenten.alle().values(), key=lambda g: _sorteersleutel(g.naam))
    opties = "".join(
        f'<li role="option" id="{id}-o{g.nis}" data-nis="{g.nis}" data-regio="{escape(g.referentieregio)}" '
        f'aria-selected="false"><span class="igs-gk-naam">{escape(g.naam)}</span>'
        f'<span class="igs-gk-regio">, {escape(g.referentieregio)}</span></li>'
        for g in lijst
    )
    hint_html = f'<p class="igs-gk-hint" id="{id}-hint">{escape(hint)}</p>' if hint else ""
    beschreven = f' aria-describedby="{id}-hint"' if hint else ""
    return (
        f'<div class="igs-gemeentekiezer" id="{id}" data-gemeentekiezer>'
        f'<label class="igs-gk-label" for="{id}-invoer">{escape(label)}</label>'
        f"{hint_html}"
        '<div class="igs-gk-veld">'
        f'<input class="igs-gk-invoer" id="{id}-invoer" type="text" role="combobox" aria-autocomplete="list" '
        f'aria-expanded="false" aria-controls="{id}-lijst" autocomplete="off" spellcheck="false"{beschreven}>'
        f'<ul class="igs-gk-lijst" id="{id}-lijst" role="listbox" aria-multiselectable="true" '
        f'aria-label="Gemeenten" hidden>{opties}</ul>'
        f'<p class="igs-gk-geen" hidden>Geen gemeente gevonden met die letters.</p>'
        "</div>"
        f'<input type="hidden" name="{escape(naam)}" value="">'
        f'<p class="igs-gk-gekozen-kop" id="{id}-gekozen">Gekozen gemeenten '
        '<span class="igs-gk-telling">(nog geen)</span></p>'
        f'<ul class="igs-gk-gekozen" aria-labelledby="{id}-gekozen"></ul>'
        '<p class="igs-visueel-verborgen" aria-live="polite" data-gk-melding></p>'
        "</div>"
    )
