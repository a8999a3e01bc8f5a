"""De regels van de keuzehulp: kleine, benoemde functies, één per antwoord.

Elke regel kijkt naar één antwoord (soms in combinatie met een ander) en
geeft oordelen over rechtsvormen: een reden vóór of tegen, met een gewicht,
en soms een uitsluiting (de vorm is dan niet geschikt). Elke reden noemt het
antwoord dat haar veroorzaakte. De woorden staan in ``data/teksten.toml``
(sectie ``regel``), de feiten in ``data/rechtsvormen.toml``.

Het advies is de geschikte vorm met de hoogste som van gewichten; bij
gelijkspel de lichtste vorm (vuistregel van OP/TIL: organiseer niet zwaarder
dan jullie ambitie vraagt).

Elke regel krijgt de antwoorden zoals gegeven en de situatie (``situatie.Situatie``):
is de werkingssubsidie buiten bereik (``subsidietoets.bereik``), dan telt de wens om
ze aan te vragen niet mee (``_subsidie``: de subsidie zoals ze voor de vorm telt).

Een ontbrekend antwoord laat de regel zwijgen. Twee uitzonderingen volgen de
aannames van de vragen: zonder antwoord op 'subsidie' gaan we uit van 'nee'
(geen uitsluiting door subsidie), zonder antwoord op 'partners' van 'alleen
gemeenten'.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Literal, Mapping, NamedTuple

from .kennis import Rechtsvorm
from .situatie import Situatie
from .teksten import tekst
from .vragen import bestaande_vereniging, private_leden_gaan_voor

Antwoorden = Mapping[str, Any]

OVERLEG = "overleg"
IV = "interlokale_vereniging"
PV = "projectvereniging"
DV = "dienstverlenende_vereniging"
OV = "opdrachthoudende_vereniging"


class Oordeel(NamedTuple):
    """Een reden voor of tegen een vorm, met het antwoord dat haar veroorzaakte."""

    rechtsvorm: str
    richting: Literal["voor", "tegen"]
    tekst: str
    vraag: str
    antwoord: Any
    gewicht: int = 1
    uitsluitend: bool = False  # True: de vorm is niet geschikt
    sleutel: str = ""  # de zin in teksten.toml (sectie regel), voor het goldenbestand


Regel = Callable[[Antwoorden, tuple[Rechtsvorm, ...], "Situatie | None"], list[Oordeel]]


def _subsidie(a: Antwoorden, s: Situatie | None) -> str | None:
    """Het antwoord op 'subsidie' zoals het voor de vorm telt (zonder situatie: zoals gegeven)."""
    return s.subsidie(a) if s is not None else a.get("subsidie")


def _voor(vorm: str, sleutel: str, vraag: str, a: Antwoorden, gewicht: int = 1, merk: str = "", **w: Any) -> Oordeel:
    return Oordeel(vorm, "voor", _zin(sleutel, merk, **w), vraag, a[vraag], gewicht, sleutel=sleutel)


def _tegen(vorm: str, sleutel: str, vraag: str, a: Antwoorden, gewicht: int = 1, merk: str = "", **w: Any) -> Oordeel:
    return Oordeel(vorm, "tegen", _zin(sleutel, merk, **w), vraag, a[vraag], gewicht, sleutel=sleutel)


def _sluit_uit(vorm: str, sleutel: str, vraag: str, a: Antwoorden, merk: str = "", **w: Any) -> Oordeel:
    return Oordeel(vorm, "tegen", _zin(sleutel, merk, **w), vraag, a[vraag], 0, uitsluitend=True, sleutel=sleutel)


def _zin(sleutel: str, merk: str, **w: Any) -> str:
    zin = tekst("regel." + sleutel, **w)
    return zin[:-1] + merk + "." if merk and zin.endswith(".") else zin + merk


def _merk(vorm: Rechtsvorm, eigenschap: str) -> str:
    """'(niet geverifieerd)' voor een reden die steunt op een onzeker feit."""
    return "" if vorm.eigenschappen[eigenschap].geverifieerd else tekst("regel.niet_geverifieerd.merk")


def _vorm(vormen: tuple[Rechtsvorm, ...], id: str) -> Rechtsvorm:
    return next(v for v in vormen if v.id == id)


def _private_leden_gaan_voor(a: Antwoorden, s: Situatie | None) -> bool:
    """vragen.private_leden_gaan_voor, met de subsidie zoals ze voor de vorm telt (buiten bereik: 'nee')."""
    return private_leden_gaan_voor(a, _subsidie(a, s) == "ja")


# --------------------------------------------------------------------------
# Doel


def regel_afstemmen(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Alleen afstemmen: overleg volstaat; elke structuur is zwaarder dan nodig."""
    if a.get("doel") != "afstemmen":
        return []
    uit = [_voor(OVERLEG, "afstemmen.overleg", "doel", a, 2),
           _tegen(IV, "afstemmen.interlokale_vereniging", "doel", a)]
    uit += [_tegen(v.id, "afstemmen.rechtspersoon", "doel", a, 2) for v in vormen if v.rechtspersoonlijkheid]
    return uit


def regel_projecten(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Samen projecten: de interlokale vereniging en de projectvereniging zijn ervoor bedoeld."""
    if a.get("doel") != "projecten":
        return []
    return [
        _voor(IV, "projecten.interlokale_vereniging", "doel", a, 2),
        _voor(PV, "projecten.projectvereniging", "doel", a),
        _tegen(OVERLEG, "projecten.overleg", "doel", a),
        _tegen(DV, "projecten.dienstverlenende_vereniging", "doel", a),
        _tegen(OV, "projecten.opdrachthoudende_vereniging", "doel", a),
    ]


def regel_regiowerking(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Structurele regiowerking: in de praktijk een projectvereniging of dienstverlenende vereniging.
    Dat de erkende IGS cultuur meestal projectverenigingen zijn, weegt minder als de subsidie uitgesloten is."""
    if a.get("doel") != "regiowerking":
        return []
    return [
        _voor(PV, "regiowerking.projectvereniging", "doel", a, 1 if _subsidie(a, s) == "nee" else 2),
        _voor(DV, "regiowerking.dienstverlenende_vereniging", "doel", a),
        _tegen(OVERLEG, "regiowerking.overleg", "doel", a, 2),
        _tegen(OV, "regiowerking.opdrachthoudende_vereniging", "doel", a),
    ]


def regel_taakoverdracht(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Een taak overdragen is beheersoverdracht: de opdrachthoudende vereniging; nooit los overleg."""
    if a.get("doel") != "taakoverdracht":
        return []
    uit = [_voor(v.id, "taakoverdracht.beheersoverdracht", "doel", a, 3) for v in vormen if v.beheersoverdracht]
    uit += [
        _voor(DV, "taakoverdracht.dienstverlenende_vereniging_voor", "doel", a),
        _tegen(DV, "taakoverdracht.dienstverlenende_vereniging_tegen", "doel", a),
        _tegen(PV, "taakoverdracht.projectvereniging", "doel", a),
        _sluit_uit(OVERLEG, "taakoverdracht.overleg", "doel", a),
    ]
    return uit


def regel_taak_via_beherende_gemeente(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Een interlokale vereniging past bij een taakoverdracht alleen met een beherende gemeente,
    en dan blijven de andere gemeenten juridisch bevoegd."""
    if a.get("doel") != "taakoverdracht":
        return []
    personeel = a.get("personeel")
    if personeel == "via_gemeente":
        merk = _merk(_vorm(vormen, IV), "personeel")
        return [
            _voor(IV, "taakoverdracht.interlokale_vereniging_beherend", "personeel", a, 2, merk),
            _tegen(IV, "taakoverdracht.interlokale_vereniging_bevoegd", "doel", a, 0),
        ]
    if personeel is None:
        return [_tegen(IV, "taakoverdracht.interlokale_vereniging_onbekend", "doel", a)]
    return [_sluit_uit(IV, "taakoverdracht.interlokale_vereniging_zonder_beherende", "personeel", a)]


# --------------------------------------------------------------------------
# Subsidie (alleen als ze bereikbaar of nog niet uitgesloten is)


def regel_subsidie(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Werkingssubsidie gevraagd (en niet buiten bereik): alleen de vormen die ze kunnen krijgen, blijven."""
    if _subsidie(a, s) != "ja":
        return []
    return [
        _voor(v.id, "subsidie.voor", "subsidie", a) if v.werkingssubsidie
        else _sluit_uit(v.id, "subsidie.sluit_uit", "subsidie", a, _merk(v, "werkingssubsidie"))
        for v in vormen
    ]


# --------------------------------------------------------------------------
# Personeel


def regel_eigen_personeel(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Eigen personeel: een rechtspersoon kan aanwerven; een interlokale vereniging alleen via de
    beherende gemeente (omslachtiger, niet onmogelijk); los overleg niet."""
    if a.get("personeel") != "eigen":
        return []
    uit = []
    voor_sleutel = "personeel.eigen_rechtspersoon_taak" if a.get("doel") == "taakoverdracht" \
        else "personeel.eigen_rechtspersoon"
    for vorm in vormen:
        if vorm.eigen_personeel:
            uit.append(_voor(vorm.id, voor_sleutel, "personeel", a))
        elif vorm.id == IV:
            uit.append(_tegen(IV, "personeel.eigen_interlokale_vereniging", "personeel", a, 1,
                              _merk(vorm, "personeel")))
        elif _private_leden_gaan_voor(a, s):
            uit.append(_tegen(vorm.id, "personeel.eigen_overleg_privaat", "personeel", a))
        else:
            uit.append(_sluit_uit(vorm.id, "personeel.eigen_overleg", "personeel", a))
    return uit


def regel_personeel_via_gemeente(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Personeel van een gemeente: de beherende gemeente van een interlokale vereniging."""
    if a.get("personeel") != "via_gemeente" or a.get("doel") == "taakoverdracht":
        return []  # bij een taakoverdracht zegt regel_taak_via_beherende_gemeente het al
    return [_voor(IV, "personeel.via_gemeente", "personeel", a, 1, _merk(_vorm(vormen, IV), "personeel"))]


def regel_geen_personeel(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Geen gezamenlijk personeel: afstemming tussen de gemeentediensten volstaat vaak. Zonder personeel
    en zonder subsidie is een aparte rechtspersoon zwaarder dan nodig; vaste afspraken kan een interlokale
    vereniging geven (vuistregel OP/TIL)."""
    if a.get("personeel") != "geen" or a.get("doel") == "taakoverdracht":
        return []
    uit = [_voor(OVERLEG, "personeel.geen", "personeel", a)]
    if _subsidie(a, s) == "nee" and a.get("doel") in ("regiowerking", "projecten"):
        uit.append(_voor(IV, "personeel.geen_interlokale_vereniging", "personeel", a))
        uit += [_tegen(v.id, "personeel.geen_rechtspersoon", "personeel", a, 2) for v in vormen
                if v.rechtspersoonlijkheid]
    return uit


# --------------------------------------------------------------------------
# Partners


def regel_private_partners(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Private leden: alleen vormen die private leden toelaten, tenzij de subsidie voorgaat."""
    if a.get("partners") != "ook_privaat":
        return []
    uit = []
    for vorm in vormen:
        merk = _merk(vorm, "toetreding")
        if vorm.private_leden:
            if not (a.get("doel") == "taakoverdracht" and vorm.id == OVERLEG):
                uit.append(_voor(vorm.id, "partners.voor", "partners", a, 1, merk))
        elif _private_leden_gaan_voor(a, s):
            uit.append(_sluit_uit(vorm.id, "partners.sluit_uit", "partners", a, merk))
        else:
            uit.append(_tegen(vorm.id, "partners.tegen", "partners", a, 1, merk))
    return uit


# --------------------------------------------------------------------------
# Referentieregio


def regel_meerdere_referentieregios(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Meerdere referentieregio's: een rechtspersoon moet regioconform zijn (Regiodecreet); dat weegt zwaar."""
    if a.get("referentieregio") != "meerdere":
        return []
    uit = []
    for vorm in vormen:
        if vorm.rechtspersoonlijkheid:
            if vorm.id == DV and a.get("bestaande_dv") == "ja":
                sleutel = "referentieregio.bestaande_dv"
            elif bestaande_vereniging(a):
                sleutel = "referentieregio.rechtspersoon_bestaand"
            else:
                sleutel = "referentieregio.rechtspersoon"
            uit.append(_tegen(vorm.id, sleutel, "referentieregio", a, 3))
        elif not (a.get("doel") == "taakoverdracht" and vorm.id == OVERLEG):
            uit.append(_voor(vorm.id, "referentieregio.zonder_rechtspersoon", "referentieregio", a))
    return uit


# --------------------------------------------------------------------------
# Looptijd


def regel_afgebakende_looptijd(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Afgebakende looptijd: korte of vrije duur past; een lange vaste duur zonder uittreding niet."""
    if a.get("looptijd") != "afgebakend":
        return []
    kortste = min(v.max_duur_jaren for v in vormen if v.max_duur_jaren is not None)
    uit = []
    for vorm in vormen:
        duur = vorm.max_duur_jaren
        merk = _merk(vorm, "duur")
        if vorm.id == IV:
            uit.append(_voor(IV, "looptijd.interlokale_vereniging", "looptijd", a, 1, merk))
        elif duur is not None and duur <= kortste:
            uit.append(_voor(vorm.id, "looptijd.kort", "looptijd", a, 1, merk, duur=duur))
        elif duur is not None:
            uit.append(_tegen(vorm.id, "looptijd.lang", "looptijd", a, 1, merk, duur=duur))
    return uit


def regel_structurele_looptijd(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Structureel: een vaste, verlengbare duur past; losse afstemming geeft weinig zekerheid."""
    if a.get("looptijd") != "structureel":
        return []
    uit = []
    if a.get("doel") != "taakoverdracht":
        uit.append(_tegen(OVERLEG, "looptijd.overleg_structureel", "looptijd", a))
    for vorm in vormen:
        if vorm.max_duur_jaren is not None:
            uit.append(_voor(vorm.id, "looptijd.structureel", "looptijd", a, 1, _merk(vorm, "duur"),
                             duur=vorm.max_duur_jaren))
    return uit


# --------------------------------------------------------------------------
# Bestaande dienstverlenende vereniging


def regel_bestaande_dv(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Een bestaande DV kan een cluster cultuur opnemen (Cultuurtuin WAAS, BIE)."""
    if a.get("bestaande_dv") != "ja":
        return []
    # Over referentieregio's heen weegt ze niet: ze kan er alleen met een afwijking (Regiodecreet),
    # terwijl een interlokale vereniging er wettig kan (review december 2026, E7).
    gewicht = 0 if a.get("referentieregio") == "meerdere" else 3 if a.get("doel") == "regiowerking" else 1
    return [_voor(DV, "bestaande_dv.ja", "bestaande_dv", a, gewicht)]


def regel_geen_bestaande_dv(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], s: Situatie | None = None) -> list[Oordeel]:
    """Geen bestaande DV: een nieuwe oprichten is de zwaarste procedure."""
    if a.get("bestaande_dv") != "nee":
        return []
    return [_tegen(DV, "bestaande_dv.nee", "bestaande_dv", a)]




def oordelen(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], regels: Iterable[Regel],
             s: Situatie | None = None) -> list[Oordeel]:
    """De redenen van ``regels`` (in de volgorde van de stroom, stroom.REGELS)."""
    uit: list[Oordeel] = []
    for regel in regels:
        uit.extend(regel(a, vormen, s))
    return uit
