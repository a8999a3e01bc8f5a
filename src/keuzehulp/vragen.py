"""De vragen van de keuzehulp, in de volgorde van de stroom.

Declaratief, zoals de 'smart answers' van GOV.UK: elke vraag heeft een id,
tekst, hulptekst, opties of grenzen, banden (voor het statische pad zonder
JavaScript) en een benoemde voorwaarde die zegt WANNEER de vraag van
toepassing is. Die voorwaarde kijkt alleen naar eerdere vragen in de stroom.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Callable, Literal, Mapping

from . import gemeenten, kennis, teksten

__all__ = [
    "Optie",
    "Band",
    "Toepassing",
    "Vraag",
    "vragen",
    "vraag",
    "vraag_ids",
    "vraag_als_dict",
    "van_toepassing",
    "volgende_vraag",
    "rechtspersoon_in_beeld",
    "subsidie_kan_dwingen",
    "MAX_INWONERS",
]

Antwoorden = Mapping[str, Any]

# Plausibiliteitsgrens, geen rechtsregel: meer inwoners dan heel Vlaanderen kan niet.
MAX_INWONERS = 10_000_000


def _max_gemeenten() -> int:
    """Het aantal Vlaamse gemeenten, uit de gemeentedata (domain-facts G.1, K.6)."""
    return len(gemeenten.alle())



@dataclass(frozen=True)
class Optie:
    waarde: str
    label: str
    hint: str | None = None


@dataclass(frozen=True)
class Band:
    """Een bereik voor een getalvraag op het statische pad; ``max`` None = geen bovengrens."""

    label: str
    min: int
    max: int | None
    waarde: int  # representatieve waarde voor het statische pad

    def bevat(self, getal: int) -> bool:
        return getal >= self.min and (self.max is None or getal <= self.max)


@dataclass(frozen=True)
class Toepassing:
    """Een benoemde voorwaarde op eerdere antwoorden; de uitleg staat in teksten.toml [toepassing]."""

    naam: str
    geldt: Callable[[Antwoorden], bool]

    @property
    def uitleg(self) -> str:
        return teksten.tekst("toepassing." + self.naam)


@dataclass(frozen=True)
class Vraag:
    id: str
    tekst: str
    hulptekst: str
    type: Literal["keuze", "getal"]
    toepassing: Toepassing
    aanname: str
    opties: tuple[Optie, ...] = ()
    min: int | None = None
    max: int | None = None
    banden: tuple[Band, ...] = ()

    def optie(self, waarde: str) -> Optie:
        for optie in self.opties:
            if optie.waarde == waarde:
                return optie
        raise KeyError(waarde)

    def waarden(self) -> tuple[str, ...]:
        return tuple(o.waarde for o in self.opties)

    def band(self, getal: int) -> Band:
        for band in self.banden:
            if band.bevat(getal):
                return band
        raise ValueError(getal)

    def label(self, antwoord: Any) -> str:
        """Leesbaar label voor een antwoord op deze vraag."""
        if self.type == "keuze":
            return self.optie(antwoord).label
        return _getal_tekst(antwoord)


def _getal_tekst(getal: int) -> str:
    return f"{getal:,}".replace(",", ".")


# --------------------------------------------------------------------------
# Voorwaarden (predicaten) op eerdere antwoorden. Een ontbrekend antwoord
# telt als 'kan nog alles zijn'.


def altijd(a: Antwoorden) -> bool:
    return True


def subsidie_mogelijk(a: Antwoorden) -> bool:
    """De werkingssubsidie is gevraagd of nog niet uitgesloten."""
    return a.get("subsidie") != "nee"


def subsidie_te_toetsen(a: Antwoorden) -> bool:
    """Subsidie mogelijk, en (misschien) aangevraagd maar nog niet erkend voor de nieuwe periode.

    Wie niet indiende, is voor deze periode buiten bereik (de indienronde is voorbij); wie
    erkend is, werd al getoetst. In beide gevallen doen inwoners en overgang niet meer ter zake.
    """
    return subsidie_mogelijk(a) and a.get("ronde_2027") not in ("nee", "erkend")


def bij_aanvraag(a: Antwoorden) -> bool:
    """Subsidie mogelijk, en een cultuurnota ingediend waarover nog niet beslist is."""
    return subsidie_mogelijk(a) and a.get("ronde_2027") in (None, "aangevraagd")


def bestaande_vereniging(a: Antwoorden) -> bool:
    """De samenwerking is al een vereniging met rechtspersoonlijkheid: erkend (nu of voor de vorige
    periode, toen alleen zo'n vereniging erkend kon worden) of ze bestond al bij de indiening."""
    return (a.get("ronde_2027") == "erkend" or a.get("erkend") == "ja"
            or a.get("bestond_bij_indiening") == "ja")


def onder_drempel_mogelijk(a: Antwoorden) -> bool:
    """Subsidie te toetsen en het aantal inwoners ligt (misschien) onder de drempel."""
    if not subsidie_te_toetsen(a):
        return False
    inwoners = a.get("inwoners")
    return not isinstance(inwoners, int) or inwoners < _drempel()


def aangrenzend_telt(a: Antwoorden) -> bool:
    """Onder de drempel en (misschien) genoeg gemeenten voor de overgangsregeling."""
    if not onder_drempel_mogelijk(a):
        return False
    gemeenten = a.get("gemeenten")
    return not isinstance(gemeenten, int) or gemeenten >= _min_gemeenten_overgang()


def subsidie_kan_dwingen(a: Antwoorden) -> bool:
    """De subsidie is gevraagd en niet al buiten bereik door de indienronde."""
    return a.get("subsidie") == "ja" and a.get("ronde_2027") != "nee"


def private_leden_gaan_voor(a: Antwoorden, subsidie_telt: bool) -> bool:
    """Private leden zijn een harde eis: ze willen private leden, geen subsidie die telt, en geen
    taakoverdracht (die vraagt een opdrachthoudende vereniging, waarvan private partners geen lid worden).

    Eén formule voor de stroom en de regels. De stroom weet nog niet of de subsidie bereikbaar is en
    rekent met ``subsidie_kan_dwingen``; de regels rekenen met de subsidie zoals ze voor de vorm telt."""
    return a.get("partners") == "ook_privaat" and not subsidie_telt and a.get("doel") != "taakoverdracht"


def rechtspersoon_in_beeld(a: Antwoorden) -> bool:
    """Een vereniging met rechtspersoonlijkheid kan nog het advies worden."""
    if private_leden_gaan_voor(a, subsidie_kan_dwingen(a)):
        return False  # private leden sluiten de verenigingen met rechtspersoonlijkheid uit
    return (
        (subsidie_mogelijk(a) and a.get("ronde_2027") != "nee")
        or a.get("personeel") in (None, "eigen")
        or a.get("doel") in (None, "regiowerking", "taakoverdracht")
    )


def regio_telt(a: Antwoorden) -> bool:
    """De referentieregio telt voor de subsidie of voor het Regiodecreet."""
    return subsidie_te_toetsen(a) or rechtspersoon_in_beeld(a)


ALTIJD = Toepassing("altijd", altijd)
BIJ_SUBSIDIE = Toepassing("subsidie_mogelijk", subsidie_mogelijk)
TE_TOETSEN = Toepassing("subsidie_te_toetsen", subsidie_te_toetsen)
BIJ_AANVRAAG = Toepassing("bij_aanvraag", bij_aanvraag)
ONDER_DREMPEL = Toepassing("onder_drempel_mogelijk", onder_drempel_mogelijk)
AANGRENZEND = Toepassing("aangrenzend_telt", aangrenzend_telt)
REGIO = Toepassing("regio_telt", regio_telt)
RECHTSPERSOON = Toepassing("rechtspersoon_in_beeld", rechtspersoon_in_beeld)


def _drempel() -> int:
    return kennis.subsidieregel("inwoners").parameters["drempel"]


def _min_gemeenten_overgang() -> int:
    return kennis.subsidieregel("overgang").parameters["minimum_gemeenten"]


def _vraag(id: str, type: Literal["keuze", "getal"], toepassing: Toepassing, opties: tuple[str, ...] = (),
           **extra: Any) -> Vraag:
    """Een vraag met haar woorden uit teksten.toml [vraag.<id>]: tekst, hulptekst, aanname, en per optie
    het label (optie.<waarde>) en eventueel een hint (hint.<waarde>)."""
    sleutels = teksten.sleutels(f"vraag.{id}.")

    def woord(sleutel: str) -> str | None:
        return teksten.tekst(f"vraag.{id}.{sleutel}") if f"vraag.{id}.{sleutel}" in sleutels else None

    return Vraag(
        id=id, tekst=woord("tekst"), hulptekst=woord("hulptekst"), type=type, toepassing=toepassing,
        aanname=woord("aanname"),
        opties=tuple(Optie(w, woord(f"optie.{w}"), woord(f"hint.{w}")) for w in opties),
        **extra,
    )


@functools.cache
def vragen() -> tuple[Vraag, ...]:
    """Alle vragen in stroomvolgorde: ids, waarden, wanneer ze gelden en de grenzen. De woorden staan
    in data/teksten.toml [vraag.<id>]; de grenzen komen uit de feiten (subsidie.toml, gemeentedata)."""
    drempel = _drempel()
    min_gemeenten = _min_gemeenten_overgang()
    ja_nee = ("ja", "nee")

    def band(vraag_id: str, sleutel: str, *grenzen: Any, **waarden: str) -> Band:
        return Band(teksten.tekst(f"vraag.{vraag_id}.band.{sleutel}", **waarden), *grenzen)

    return (
        _vraag("doel", "keuze", ALTIJD, ("afstemmen", "projecten", "regiowerking", "taakoverdracht")),
        _vraag("subsidie", "keuze", ALTIJD, ja_nee),
        _vraag("ronde_2027", "keuze", BIJ_SUBSIDIE, ("erkend", "aangevraagd", "nee")),
        _vraag("bestond_bij_indiening", "keuze", BIJ_AANVRAAG, ja_nee),
        _vraag("inwoners", "getal", TE_TOETSEN, min=1, max=MAX_INWONERS, banden=(
            # De representatieve waarden zijn alleen padsegmenten van het statische pad
            # (stabiele URL's); het advies noemt op dat pad de band, nooit dit getal.
            band("inwoners", "onder", 1, drempel - 1, 40_000),
            band("inwoners", "boven", drempel, None, 120_000),
        )),
        _vraag("erkend", "keuze", ONDER_DREMPEL, ja_nee),
        _vraag("gemeenten", "getal", ONDER_DREMPEL, min=2, max=_max_gemeenten(), banden=(
            band("gemeenten", "onder", 2, min_gemeenten - 1, 2, tot=str(min_gemeenten - 1)),
            band("gemeenten", "boven", min_gemeenten, None, 8),
        )),
        _vraag("aangrenzend", "keuze", AANGRENZEND, ja_nee),
        _vraag("personeel", "keuze", ALTIJD, ("eigen", "via_gemeente", "geen")),
        _vraag("partners", "keuze", ALTIJD, ("gemeenten", "ook_privaat")),
        _vraag("referentieregio", "keuze", REGIO, ("een", "meerdere")),
        _vraag("looptijd", "keuze", RECHTSPERSOON, ("afgebakend", "structureel")),
        _vraag("bestaande_dv", "keuze", RECHTSPERSOON, ja_nee),
    )


@functools.cache
def vraag_ids() -> tuple[str, ...]:
    return tuple(v.id for v in vragen())


def vraag(id: str) -> Vraag:
    for v in vragen():
        if v.id == id:
            return v
    raise KeyError(id)


def vraag_als_dict(v: Vraag) -> dict[str, Any]:
    """JSON-vriendelijke vorm van een vraag (voor de widget en ``vragen --json``)."""
    d: dict[str, Any] = {
        "id": v.id,
        "tekst": v.tekst,
        "hulptekst": v.hulptekst,
        "type": v.type,
        "van_toepassing": v.toepassing.naam,
        "van_toepassing_uitleg": v.toepassing.uitleg,
        "aanname": v.aanname,
    }
    if v.type == "keuze":
        d["opties"] = [
            {"waarde": o.waarde, "label": o.label, **({"hint": o.hint} if o.hint else {})} for o in v.opties
        ]
    else:
        d["min"] = v.min
        d["max"] = v.max
        d["banden"] = [{"label": b.label, "min": b.min, "max": b.max, "waarde": b.waarde} for b in v.banden]
    return d


def van_toepassing(antwoorden: Antwoorden) -> list[str]:
    """Ids van de vragen die gelden bij deze antwoorden, in stroomvolgorde.

    Antwoorden op vragen die niet gelden, tellen niet mee voor latere vragen.
    """
    return list(_van_toepassing(tuple(antwoorden.get(id) for id in vraag_ids())))


@functools.lru_cache(maxsize=4096)
def _van_toepassing(waarden: tuple[Any, ...]) -> tuple[str, ...]:
    antwoorden = dict(zip(vraag_ids(), waarden, strict=True))
    gebruikt: dict[str, Any] = {}
    ids = []
    for v in vragen():
        if v.toepassing.geldt(gebruikt):
            ids.append(v.id)
            if v.id in antwoorden and antwoorden[v.id] is not None:
                gebruikt[v.id] = antwoorden[v.id]
    return tuple(ids)


def volgende_vraag(antwoorden: Antwoorden) -> Vraag | None:
    """De eerste vraag die geldt en nog niet beantwoord is (voor het statische pad)."""
    for id in van_toepassing(antwoorden):
        if antwoorden.get(id) is None:
            return vraag(id)
    return None
