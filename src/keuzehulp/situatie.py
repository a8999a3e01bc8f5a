"""De situatie van het advies: de datum, of de subsidie bereikbaar is, en wat uit de gekozen gemeenten volgt.

Eén keer berekend in ``advies()`` en doorgegeven aan de regels, de waarschuwingen, de
subsidietoets en de volgende stappen. Of de werkingssubsidie bereikbaar is, beslist
``subsidietoets.bereik`` één keer; ``Situatie.subsidie`` zegt wat dat voor de vorm betekent.
Verder: welke gekozen gemeenten al in een erkende IGS cultuur zitten (data/landschap.csv, ook onder hun naam van vóór de fusies
van 2025), of Antwerpen (met zijn districten) meedoet, en of de gekozen
gemeenten één aaneengesloten gebied vormen. Zonder gekozen gemeenten (``nis``)
weet de keuzehulp dat niet en zegt ze er niets over.
"""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping

from .afleiding import Afleiding

if TYPE_CHECKING:
    from .subsidietoets import Bereik

__all__ = ["BestaandeIgs", "Situatie", "ANTWERPEN"]

ANTWERPEN = "11002"  # de enige gemeente met districten


@dataclass(frozen=True)
class BestaandeIgs:
    """Een erkende IGS cultuur waartoe gekozen gemeenten al behoren."""

    naam: str
    periode: str
    leden: tuple[str, ...]  # namen (2025) van de gekozen gemeenten die erbij horen
    opvolgers: tuple[tuple[str, str], ...] = ()  # (gemeente van 2025, naam in het landschap vóór de fusie)


@dataclass(frozen=True)
class Situatie:
    datum: _dt.date
    gekozen: Afleiding | None = None
    bereik: Bereik | None = None  # is de werkingssubsidie bereikbaar (subsidietoets.bereik), één keer berekend

    @property
    def buiten_bereik(self) -> bool:
        """De werkingssubsidie is buiten bereik (niet: nog niet te zeggen)."""
        return self.bereik is not None and self.bereik.uitslag is False

    def subsidie(self, a: Mapping[str, Any]) -> str | None:
        """Het antwoord op 'subsidie' zoals het voor de vorm telt: is de subsidie buiten bereik, dan
        weegt de wens om ze aan te vragen niet mee ('nee'). De antwoorden zelf blijven zoals gegeven."""
        if a.get("subsidie") == "ja" and self.buiten_bereik:
            return "nee"
        return a.get("subsidie")

    @property
    def aantal_gekozen(self) -> int:
        return self.gekozen.aantal if self.gekozen else 0

    @functools.cached_property
    def bestaande_igs(self) -> tuple[BestaandeIgs, ...]:
        """De erkende IGS cultuur van de gekozen gemeenten (die niet gestopt zijn), grootste eerst."""
        if not self.gekozen:
            return ()
        per_igs: dict[str, dict] = {}
        for g in self.gekozen.gemeenten:
            for lid in self.gekozen.igs(g.nis):
                if lid.einde and _dt.date.fromisoformat(lid.einde) < self.datum:
                    continue
                igs = per_igs.setdefault(lid.igs, {"periode": lid.periode, "leden": [], "opvolgers": []})
                igs["periode"] = max(igs["periode"], lid.periode)
                if g.naam not in igs["leden"]:
                    igs["leden"].append(g.naam)
                if lid.als and (g.naam, lid.als) not in igs["opvolgers"]:
                    igs["opvolgers"].append((g.naam, lid.als))
        uit = [BestaandeIgs(naam, d["periode"], tuple(d["leden"]), tuple(d["opvolgers"]))
               for naam, d in per_igs.items()]
        return tuple(sorted(uit, key=lambda b: -len(b.leden)))

    @property
    def met_antwerpen(self) -> bool:
        return bool(self.gekozen) and ANTWERPEN in self.gekozen.codes

    @property
    def samenhangend(self) -> bool | None:
        """Vormen de gekozen gemeenten één aaneengesloten gebied? None zonder gekozen gemeenten."""
        return self.gekozen.samenhangend if self.gekozen else None
