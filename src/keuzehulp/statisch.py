"""The static path without JavaScript: a pruned tree of question and outcome pages.

The full answer paths (pad.paden) ask every applicable question. A static page
only needs to ask a question while the answer can still change the outcome:
as soon as every way forward leads to the same advice (recommended form and
subsidy verdict), and the engine gives that same advice on the answers so far,
the page is an outcome. The open questions are then listed in the advice itself.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from . import klok
from .advies import advies
from .geldigheid import render_geldig_tot, render_verlopen
from .html import render_advies
from .pad import Keuze, bandvragen, keuzes_voor, paden
from .teksten import tekst
from .veilig import Html
from .vragen import Vraag, volgende_vraag, vraag

__all__ = ["Knoop", "statische_boom", "render_pad_pagina"]

LEEG = Html("")


@dataclass(frozen=True)
class Knoop:
    """One static page: the answers so far, and either a question or an outcome."""

    stappen: tuple[Keuze, ...]
    vraag: Vraag | None  # None: this page is an outcome
    takken: tuple[Keuze, ...] = ()  # the options that lead one page further

    @property
    def segmenten(self) -> tuple[str, ...]:
        return tuple(stap.segment for stap in self.stappen)

    @property
    def antwoorden(self) -> dict[str, Any]:
        return {stap.vraag: stap.waarde for stap in self.stappen}

    @property
    def bandvragen(self) -> tuple[str, ...]:
        """Numeric questions answered with a band: the advice names the band, never a number."""
        return bandvragen(self.stappen)


def _uitkomst(antwoorden: dict[str, Any], datum: _dt.date) -> tuple[str, bool | None]:
    a = advies(antwoorden, datum)
    return a.aanbevolen, a.subsidie.in_aanmerking


def statische_boom(datum: _dt.date | None = None) -> list[Knoop]:
    """Every page of the static path, the start page first, for the advice on ``datum`` (default today)."""
    datum = datum or klok.vandaag()
    volledige = paden(datum)
    mogelijk: dict[tuple[str, ...], set[tuple[str, bool | None]]] = defaultdict(set)
    for pad in volledige:
        for lengte in range(len(pad.stappen) + 1):
            prefix = tuple(stap.segment for stap in pad.stappen[:lengte])
            mogelijk[prefix].add((pad.aanbevolen, pad.in_aanmerking))

    knopen: list[Knoop] = []

    def bezoek(stappen: tuple[Keuze, ...]) -> None:
        antwoorden = {stap.vraag: stap.waarde for stap in stappen}
        vraag = volgende_vraag(antwoorden)
        segmenten = tuple(stap.segment for stap in stappen)
        beslist = len(mogelijk[segmenten]) == 1 and _uitkomst(antwoorden, datum) in mogelijk[segmenten]
        if vraag is None or beslist:
            knopen.append(Knoop(stappen, None))
            return
        takken = tuple(
            stap
            for stap in _opties(vraag)
            if segmenten + (stap.segment,) in mogelijk
        )
        knopen.append(Knoop(stappen, vraag, takken))
        for stap in takken:
            bezoek(stappen + (stap,))

    bezoek(())
    return knopen


def _opties(vraag: Vraag) -> list[Keuze]:
    return keuzes_voor(vraag)


# --------------------------------------------------------------------------
# Eén pagina van het statische pad (HTML)



def _optie_hint(v, stap) -> str | None:
    if v.type != "keuze":
        return None
    return v.optie(stap.waarde).hint


def _nota_href(knoop: Knoop, basis: str) -> str:
    """Het statische pad maakt zelf geen ODT of DOCX (dat doet Python in de browser): de link naar de
    interactieve keuzehulp met dezelfde antwoorden, zonder de getallen die alleen als band bekend zijn."""
    antwoorden = {k: v for k, v in knoop.antwoorden.items() if k not in knoop.bandvragen}
    return f"{basis}keuzehulp/" + (f"?{urlencode(antwoorden)}" if antwoorden else "") + "#kh-advies-nota"


def _antwoorden(knoop: Knoop) -> Html:
    """De antwoorden tot nu, elk met een Wijzig-link naar de pagina van die vraag."""
    rijen = []
    for positie, stap in enumerate(knoop.stappen):
        rijen.append(Html(
            '<div class="kh-antwoord"><dt>{vraag}</dt><dd>{label} <a href="{terug}">Wijzig'
            '<span class="igs-visueel-verborgen"> je antwoord op: {vraag}</span></a></dd></div>'
        ).format(vraag=vraag(stap.vraag).tekst, label=stap.label, terug="../" * (len(knoop.stappen) - positie)))
    return Html('<h2>{}</h2><dl class="kh-antwoorden">{}</dl>').format(tekst("weergave.antwoorden"), LEEG.join(rijen))


def _vraag(v: Vraag, takken: tuple[Keuze, ...], datum) -> Html:
    """De volgende vraag, met een link per antwoord dat verder leidt."""
    opties = LEEG.join(
        Html('<li><a class="kh-pad-optie" href="{}/">{}</a>{}</li>').format(
            stap.segment, stap.label,
            Html('<p class="kh-hint">{}</p>').format(_optie_hint(v, stap)) if _optie_hint(v, stap) else LEEG)
        for stap in takken
    )
    return Html('<h2 id="kh-pad-vraag">{}</h2><p class="kh-hint">{}</p>'
                '<ul class="kh-pad-opties" aria-labelledby="kh-pad-vraag">{}</ul>{}').format(
        v.tekst, v.hulptekst, opties, render_geldig_tot(datum, "Deze vragen en hun uitkomsten gelden"))


def render_pad_pagina(knoop: Knoop, basis: str) -> Html:
    """De inhoud van één pagina van het statische pad: de antwoorden tot nu (met Wijzig-links
    naar de pagina van die vraag) en daarna de volgende vraag als links, of het advies.
    Elke pagina staat één map dieper dan de vorige; basis is de link naar de siteroot."""
    start = "../" * len(knoop.stappen)
    # Computed for the build date: the page says until when it holds (keuzehulp.geldigheid).
    datum = klok.vandaag()
    geldig, verlopen = render_verlopen(datum, basis, knoop.antwoorden)
    delen = [
        Html('<div class="kh-pad"{}>').format(geldig),
        Html('<p class="kh-pad-nav"><a href="{}">Opnieuw beginnen</a> · '
             '<a href="{}keuzehulp/">Naar de interactieve keuzehulp</a></p>').format(start or "./", basis),
        verlopen,
    ]
    if knoop.stappen:
        delen.append(_antwoorden(knoop))
    if knoop.vraag is None:
        delen.append(render_advies(advies(knoop.antwoorden, datum, banden=knoop.bandvragen), basis,
                                   met_vergelijking=False, met_antwoorden=False,
                                   nota_href=_nota_href(knoop, basis), nota_banden=bool(knoop.bandvragen)))
    else:
        delen.append(_vraag(knoop.vraag, knoop.takken, datum))
    delen.append(Html("</div>"))
    return LEEG.join(delen)
