"""Alle bereikbare antwoordpaden van het statische pad (zonder JavaScript).

Elke keuze beantwoordt de volgende toepasselijke vraag in stroomvolgorde;
getalvragen lopen over hun banden (representatieve waarde per band, alleen als
padsegment: het advies noemt de band). Elk pad eindigt in een advies voor de
gegeven datum. Dit stuurt de statische pagina's en het goldenbestand.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any, Iterator

from . import klok
from .advies import _kern
from .vragen import Vraag, volgende_vraag, vraag

__all__ = ["Keuze", "Pad", "paden", "keuzes_voor"]


@dataclass(frozen=True)
class Keuze:
    """Eén beantwoorde vraag op een pad."""

    vraag: str
    waarde: Any  # keuzewaarde, of de representatieve waarde van de band
    label: str  # optielabel of bandlabel

    @property
    def segment(self) -> str:
        """Padsegment voor een statische URL."""
        return str(self.waarde)


@dataclass(frozen=True)
class Pad:
    stappen: tuple[Keuze, ...]
    aanbevolen: str
    in_aanmerking: bool | None

    @property
    def antwoorden(self) -> dict[str, Any]:
        return {s.vraag: s.waarde for s in self.stappen}


def bandvragen(keuzes: tuple[Keuze, ...]) -> tuple[str, ...]:
    """Ids van de getalvragen op een pad: daarvan is alleen de band bekend."""
    return tuple(k.vraag for k in keuzes if vraag(k.vraag).type == "getal")


def keuzes_voor(v: Vraag) -> list[Keuze]:
    if v.type == "keuze":
        return [Keuze(v.id, o.waarde, o.label) for o in v.opties]
    return [Keuze(v.id, b.waarde, b.label) for b in v.banden]


def _loop(voorlopig: tuple[Keuze, ...], datum: _dt.date) -> Iterator[Pad]:
    antwoorden = {s.vraag: s.waarde for s in voorlopig}
    v = volgende_vraag(antwoorden)
    if v is None:
        aanbevolen, in_aanmerking = _kern(antwoorden, datum)
        yield Pad(voorlopig, aanbevolen, in_aanmerking)
        return
    for keuze in keuzes_voor(v):
        yield from _loop(voorlopig + (keuze,), datum)


def paden(datum: _dt.date | None = None) -> list[Pad]:
    """Alle volledige paden, in stroomvolgorde en optievolgorde, met het advies op ``datum`` (standaard vandaag)."""
    return list(_loop((), datum or klok.vandaag()))
