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

from . import klok
from .advies import advies
from .pad import Keuze, bandvragen, keuzes_voor, paden
from .vragen import Vraag, volgende_vraag

__all__ = ["Knoop", "statische_boom"]


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
