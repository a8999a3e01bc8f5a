"""Het advies: welke vorm past, waarom, en wat er nog open ligt."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Mapping

from . import afleiding as afl
from . import kennis
from .afleiding import Afleiding
from .antwoorden import OngeldigAntwoord, lees_antwoorden_strikt
from .kennis import Rechtsvorm
from .regels import REGELS, Oordeel, oordelen
from .stappen import Stap, volgende_stappen
from .subsidietoets import SubsidieToets, toets_subsidie
from .vragen import van_toepassing, vraag, vraag_ids
from .waarschuwingen import Waarschuwing, waarschuwingen

__all__ = ["Advies", "Beoordeling", "advies", "normaliseer", "beoordeel", "VERSIE"]

VERSIE = "0.1.0"


@dataclass(frozen=True)
class Beoordeling:
    rechtsvorm: Rechtsvorm
    geschikt: bool
    score: int
    voor: tuple[Oordeel, ...]
    tegen: tuple[Oordeel, ...]

    def als_dict(self) -> dict[str, Any]:
        return {
            "rechtsvorm": self.rechtsvorm.id,
            "naam": self.rechtsvorm.naam,
            "geschikt": self.geschikt,
            "voor": [_reden_dict(o) for o in self.voor],
            "tegen": [_reden_dict(o) for o in self.tegen],
        }


def _reden_dict(o: Oordeel) -> dict[str, Any]:
    return {"tekst": o.tekst, "vraag": o.vraag, "antwoord": o.antwoord}


@dataclass(frozen=True)
class Advies:
    aanbevolen: str
    rangschikking: tuple[Beoordeling, ...]
    subsidie: SubsidieToets
    waarschuwingen: tuple[Waarschuwing, ...]
    aannames: tuple[dict[str, Any], ...]
    open_vragen: tuple[dict[str, Any], ...]
    volgende_stappen: tuple[Stap, ...]
    disclaimer: dict[str, str]
    antwoorden: dict[str, Any]
    versie: str = VERSIE
    gekozen: Afleiding | None = None  # de gekozen gemeenten (URL-parameter nis) en wat eruit volgt

    @property
    def aanbevolen_vorm(self) -> Rechtsvorm:
        return kennis.rechtsvorm(self.aanbevolen)

    def beoordeling(self, rechtsvorm_id: str) -> Beoordeling:
        return next(b for b in self.rangschikking if b.rechtsvorm.id == rechtsvorm_id)

    def als_dict(self) -> dict[str, Any]:
        return {
            "aanbevolen": self.aanbevolen,
            "rangschikking": [b.als_dict() for b in self.rangschikking],
            "subsidie": self.subsidie.als_dict(),
            "waarschuwingen": [w.als_dict() for w in self.waarschuwingen],
            "aannames": [dict(x) for x in self.aannames],
            "open_vragen": [dict(x) for x in self.open_vragen],
            "volgende_stappen": [s.als_dict() for s in self.volgende_stappen],
            "disclaimer": dict(self.disclaimer),
            "antwoorden": dict(self.antwoorden),
            "versie": self.versie,
            "gemeenten": self.gekozen.gemeenten_als_dict() if self.gekozen else [],
            "afgeleid": list(self.gekozen.afgeleid) if self.gekozen else [],
            "afleiding": self.gekozen.als_dict() if self.gekozen else None,
        }


# --------------------------------------------------------------------------


def _zonder_niet_toepasselijke(a: Mapping[str, Any]) -> dict[str, Any]:
    """Houd alleen de antwoorden op vragen die gelden, in stroomvolgorde."""
    return {id: a[id] for id in van_toepassing(a) if a.get(id) is not None}


def normaliseer(antwoorden: Mapping[str, Any]) -> dict[str, Any]:
    """Controleer de antwoorden (strikt) en laat antwoorden op niet-toepasselijke vragen vallen.

    Aanvaardt zowel tekst ("120.000") als getallen. ``OngeldigAntwoord`` bij fouten.
    """
    return _lees(antwoorden)[1]


def _lees(antwoorden: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(alles wat gelezen is, ook 'nis'; alleen de antwoorden op vragen die gelden)."""
    geparsed = lees_antwoorden_strikt({k: v for k, v in antwoorden.items() if v is not None})
    return geparsed, _zonder_niet_toepasselijke(geparsed)


def beoordeel(a: Mapping[str, Any]) -> list[Beoordeling]:
    """Beoordeel alle vormen en rangschik: geschikt eerst, dan score, dan de lichtste."""
    vormen = kennis.rechtsvormen()
    voor: dict[str, list[Oordeel]] = {vorm.id: [] for vorm in vormen}
    uitsluitend: dict[str, list[Oordeel]] = {vorm.id: [] for vorm in vormen}
    tegen: dict[str, list[Oordeel]] = {vorm.id: [] for vorm in vormen}
    score = dict.fromkeys(voor, 0)
    for o in oordelen(a, vormen, REGELS):
        if o.richting == "voor":
            voor[o.rechtsvorm].append(o)
            score[o.rechtsvorm] += o.gewicht
        else:
            (uitsluitend if o.uitsluitend else tegen)[o.rechtsvorm].append(o)
            score[o.rechtsvorm] -= o.gewicht
    uit = [
        Beoordeling(vorm, not uitsluitend[vorm.id], score[vorm.id], tuple(voor[vorm.id]),
                    tuple(uitsluitend[vorm.id] + tegen[vorm.id]))
        for vorm in vormen
    ]
    uit.sort(key=lambda b: (not b.geschikt, -b.score, b.rechtsvorm.zwaarte))
    if not uit[0].geschikt:  # kan niet volgens de regels; vangnet voor de lichtste vorm
        raise AssertionError("Geen enkele vorm is geschikt; de regels spreken elkaar tegen.")
    return uit


def _kern(a: Mapping[str, Any]) -> tuple[str, bool | None]:
    """Alleen de uitkomst: (aanbevolen vorm, in aanmerking voor subsidie)."""
    return _kern_bewaard(tuple(a.get(id) for id in vraag_ids()))


@functools.lru_cache(maxsize=1 << 17)
def _kern_bewaard(waarden: tuple[Any, ...]) -> tuple[str, bool | None]:
    a = {id: w for id, w in zip(vraag_ids(), waarden) if w is not None}
    rangschikking = beoordeel(a)
    vorm = rangschikking[0].rechtsvorm
    return vorm.id, toets_subsidie(a, vorm, volledig=False).in_aanmerking


def _aannames(a: Mapping[str, Any], rangschikking: list[Beoordeling]) -> list[dict[str, Any]]:
    uit = [{"vraag": id, "tekst": vraag(id).aanname} for id in van_toepassing(a) if id not in a]
    eerste, tweede = rangschikking[0], rangschikking[1]
    if tweede.geschikt and tweede.score == eerste.score:
        uit.append({
            "vraag": None,
            "tekst": f"{eerste.rechtsvorm.naam} en {tweede.rechtsvorm.naam.lower()} passen even goed bij jullie "
                     "antwoorden. Volgens de vuistregel van OP/TIL (organiseer niet zwaarder dan jullie ambitie "
                     f"vraagt) kozen we de lichtste: {eerste.rechtsvorm.naam.lower()}.",
        })
    return uit


def _mogelijke_antwoorden(id: str) -> list[tuple[Any, str]]:
    v = vraag(id)
    if v.type == "keuze":
        return [(o.waarde, o.label) for o in v.opties]
    return [(b.waarde, b.label) for b in v.banden]


def _in_aanmerking_tekst(waarde: bool | None) -> str:
    return {True: "in aanmerking", False: "niet in aanmerking", None: "onbeslist"}[waarde]


def _open_vragen(a: Mapping[str, Any], kern: tuple[str, bool | None]) -> list[dict[str, Any]]:
    uit = []
    for id in van_toepassing(a):
        if id in a:
            continue
        gevolgen = []
        for waarde, label in _mogelijke_antwoorden(id):
            ander = _kern(_zonder_niet_toepasselijke({**a, id: waarde}))
            delen = []
            if ander[0] != kern[0]:
                delen.append(f"wordt het advies: {kennis.rechtsvorm(ander[0]).naam.lower()}")
            if ander[1] != kern[1]:
                delen.append(f"is de subsidie {_in_aanmerking_tekst(ander[1])}")
            if delen:
                gevolgen.append(f"met '{label}' " + " en ".join(delen))
        if gevolgen:
            uit.append({
                "vraag": id,
                "tekst": f"Nog open: {vraag(id).tekst} Dit kan het advies veranderen: " + "; ".join(gevolgen) + ".",
            })
    return uit


def disclaimer() -> dict[str, str]:
    return {"tekst": kennis.subsidie_meta()["disclaimer"], "datum": kennis.gecontroleerd().isoformat()}


def advies(antwoorden: Mapping[str, Any]) -> Advies:
    """Geef advies bij (een deel van) de antwoorden.

    ``antwoorden``: vraag-id -> waarde (tekst of getal). Ontbrekende antwoorden
    mogen; het advies zegt dan wat het aannam. Onbekende vragen of waarden
    geven ``OngeldigAntwoord``.
    """
    geparsed, a = _lees(antwoorden)
    gekozen = None
    if geparsed.get(afl.NIS):
        gekozen = afl.leid_af(geparsed[afl.NIS].split(",")).met_afgeleid(a)
    rangschikking = beoordeel(a)
    vorm = rangschikking[0].rechtsvorm
    toets = toets_subsidie(a, vorm)
    return Advies(
        aanbevolen=vorm.id,
        rangschikking=tuple(rangschikking),
        subsidie=toets,
        waarschuwingen=tuple(waarschuwingen(a, vorm, toets)),
        aannames=tuple(_aannames(a, rangschikking)),
        open_vragen=tuple(_open_vragen(a, (vorm.id, toets.in_aanmerking))),
        volgende_stappen=tuple(volgende_stappen(a, vorm)),
        disclaimer=disclaimer(),
        antwoorden=a,
        gekozen=gekozen,
    )
