"""Alle bereikbare antwoordpaden van het statische pad (zonder JavaScript).

Elke stap is de volgende toepasselijke vraag in stroomvolgorde; getalvragen
lopen over hun banden (representatieve waarde per band). Elk pad eindigt in
een advies. Dit stuurt de statische pagina's en het goldenbestand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from .advies import _kern
from .vragen import Vraag, volgende_vraag

__all__ = ["Stap", "Pad", "paden", "stappen_voor"]


@dataclass(frozen=True)
class Stap:
    vraag: str
    waarde: Any  # keuzewaarde, of de representatieve waarde van de band
    label: str  # optielabel of bandlabel

    @property
    def segment(self) -> str:
        """Padsegment voor een statische URL."""
        return str(self.waarde)


@dataclass(frozen=True)
class Pad:
    stappen: tuple[Stap, ...]
    aanbevolen: str
    in_aanmerking: bool | None

    @property
    def antwoorden(self) -> dict[str, Any]:
        return {s.vraag: s.waarde for s in self.stappen}


def stappen_voor(v: Vraag) -> list[Stap]:
    if v.type == "keuze":
        return [Stap(v.id, o.waarde, o.label) for o in v.opties]
    return [Stap(v.id, b.waarde, b.label) for b in v.banden]


def _loop(voorlopig: tuple[Stap, ...]) -> Iterator[Pad]:
    antwoorden = {s.vraag: s.waarde for s in voorlopig}
    v = volgende_vraag(antwoorden)
    if v is None:
        aanbevolen, in_aanmerking = _kern(antwoorden)
        yield Pad(voorlopig, aanbevolen, in_aanmerking)
        return
    for stap in stappen_voor(v):
        yield from _loop(voorlopig + (stap,))


def paden() -> list[Pad]:
    """Alle volledige paden, in stroomvolgorde en optievolgorde."""
    return list(_loop(()))
