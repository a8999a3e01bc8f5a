"""De regels van de keuzehulp: kleine, benoemde functies.

Elke regel kijkt naar één antwoord (soms in combinatie met een ander) en
geeft oordelen over rechtsvormen: een reden vóór of tegen, met een gewicht,
en soms een uitsluiting (de vorm is dan niet geschikt). Elke reden noemt het
antwoord dat haar veroorzaakte.

Het advies is de geschikte vorm met de hoogste som van gewichten; bij
gelijkspel de lichtste vorm (vuistregel van OP/TIL: organiseer niet zwaarder
dan jullie ambitie vraagt).

Een ontbrekend antwoord laat de regel zwijgen. Twee uitzonderingen volgen de
aannames van de vragen: zonder antwoord op 'subsidie' gaan we uit van 'nee'
(geen uitsluiting door subsidie), zonder antwoord op 'partners' van 'alleen
gemeenten'.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Literal, Mapping, NamedTuple

from .kennis import Rechtsvorm

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


Regel = Callable[[Antwoorden, tuple[Rechtsvorm, ...]], list[Oordeel]]


def _voor(vorm: str, tekst: str, vraag: str, a: Antwoorden, gewicht: int = 1) -> Oordeel:
    return Oordeel(vorm, "voor", tekst, vraag, a[vraag], gewicht)


def _tegen(vorm: str, tekst: str, vraag: str, a: Antwoorden, gewicht: int = 1) -> Oordeel:
    return Oordeel(vorm, "tegen", tekst, vraag, a[vraag], gewicht)


def _sluit_uit(vorm: str, tekst: str, vraag: str, a: Antwoorden) -> Oordeel:
    return Oordeel(vorm, "tegen", tekst, vraag, a[vraag], 0, uitsluitend=True)


def _merk(vorm: Rechtsvorm, eigenschap: str) -> str:
    """Zet '(niet geverifieerd)' achter een reden die steunt op een onzeker feit."""
    return "" if vorm.eigenschappen[eigenschap].geverifieerd else " (niet geverifieerd)"


def private_leden_gaan_voor(a: Antwoorden) -> bool:
    """Private leden zijn een harde eis: ze willen private leden en geen subsidie."""
    return a.get("partners") == "ook_privaat" and a.get("subsidie") != "ja"


# --------------------------------------------------------------------------
# Doel


def regel_afstemmen(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Alleen afstemmen: overleg volstaat; elke structuur is zwaarder dan nodig."""
    if a.get("doel") != "afstemmen":
        return []
    uit = [_voor(OVERLEG, "Om culturele agenda's en communicatie af te stemmen, volstaat overleg zonder "
                 "aparte structuur; waar nodig sluiten jullie een overeenkomst.", "doel", a, 2),
           _tegen(IV, "Een interlokale vereniging, met beheerscomité en jaarlijkse evaluatie, is zwaarder "
                  "dan nodig om alleen af te stemmen.", "doel", a)]
    for vorm in vormen:
        if vorm.rechtspersoonlijkheid:
            uit.append(_tegen(vorm.id, "Een vereniging met rechtspersoonlijkheid is zwaarder dan nodig om "
                              "alleen af te stemmen.", "doel", a, 2))
    return uit


def regel_projecten(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Samen projecten: de interlokale vereniging en de projectvereniging zijn ervoor bedoeld."""
    if a.get("doel") != "projecten":
        return []
    return [
        _voor(IV, "Een interlokale vereniging is bedoeld voor kleine, afgebakende projecten zonder grote "
              "risico's of investeringen.", "doel", a, 2),
        _voor(PV, "Een projectvereniging is bedoeld voor kleinschalige projecten en kan als rechtspersoon "
              "zelf contracten sluiten.", "doel", a),
        _tegen(OVERLEG, "Voor terugkerende projecten met gedeelde middelen geeft losse afstemming weinig "
               "houvast over inbreng en beheer.", "doel", a),
        _tegen(DV, "Een dienstverlenende vereniging is zwaarder dan nodig voor gezamenlijke projecten.", "doel", a),
        _tegen(OV, "Een opdrachthoudende vereniging is zwaarder dan nodig voor gezamenlijke projecten.", "doel", a),
    ]


def regel_regiowerking(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Structurele regiowerking: in de praktijk een projectvereniging of dienstverlenende vereniging."""
    if a.get("doel") != "regiowerking":
        return []
    return [
        _voor(PV, "De meeste erkende IGS cultuur met een regierol zijn projectverenigingen.", "doel", a, 2),
        _voor(DV, "In cultuur zijn de projectvereniging en de dienstverlenende vereniging de meest gebruikte "
              "vormen (OP/TIL).", "doel", a),
        _tegen(OVERLEG, "Een structurele regierol met een gezamenlijke werking vraagt meer dan afstemming.",
               "doel", a, 2),
        _tegen(OV, "Beheersoverdracht is voor regiowerking niet nodig: de gemeenten houden hun eigen "
               "cultuurbeleid.", "doel", a),
    ]


def regel_taakoverdracht(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Een taak overdragen: dat is beheersoverdracht, de kern van de opdrachthoudende vereniging."""
    if a.get("doel") != "taakoverdracht":
        return []
    uit = []
    for vorm in vormen:
        if vorm.beheersoverdracht:
            uit.append(_voor(vorm.id, "Met beheersoverdracht geven de gemeenten de taak echt uit handen: ze "
                             "voeren ze niet meer zelf of via derden uit (zoals bij IVEBICA).", "doel", a, 3))
    uit += [
        _voor(DV, "Een dienstverlenende vereniging voert taken uit voor haar leden, maar zij behouden het "
              "recht om de taak zelf uit te voeren.", "doel", a),
        _tegen(PV, "Een projectvereniging is bedoeld voor projecten en kent geen beheersoverdracht.", "doel", a),
        _tegen(OVERLEG, "Zonder structuur kan geen partner een taak van de gemeenten overnemen.", "doel", a, 2),
    ]
    return uit


def regel_taak_via_beherende_gemeente(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Een taak overdragen aan één gemeente die ze met haar personeel uitvoert: lichter kan met een IV."""
    if a.get("doel") != "taakoverdracht" or a.get("personeel") != "via_gemeente":
        return []
    vorm = next(v for v in vormen if v.id == IV)
    return [
        _voor(IV, "Een beherende gemeente kan de taak met haar eigen personeel uitvoeren voor de andere "
              "gemeenten, zoals Brasschaat voor de academie van Brasschaat en Kapellen"
              + _merk(vorm, "personeel") + ".", "personeel", a, 2),
    ]


# --------------------------------------------------------------------------
# Subsidie


def regel_subsidie(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Werkingssubsidie gevraagd: alleen de vormen die in aanmerking komen, blijven geschikt."""
    if a.get("subsidie") != "ja":
        return []
    uit = []
    for vorm in vormen:
        if vorm.werkingssubsidie:
            uit.append(_voor(vorm.id, "Komt als vereniging met rechtspersoonlijkheid in aanmerking voor de "
                             "werkingssubsidie.", "subsidie", a))
        else:
            uit.append(_sluit_uit(vorm.id, "Komt niet in aanmerking voor de werkingssubsidie: alleen een "
                                  "projectvereniging, dienstverlenende of opdrachthoudende vereniging kon die "
                                  "aanvragen" + _merk(vorm, "werkingssubsidie") + ".", "subsidie", a))
    return uit


# --------------------------------------------------------------------------
# Personeel


def regel_eigen_personeel(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Eigen personeel vraagt een rechtspersoon, tenzij private leden voorgaan."""
    if a.get("personeel") != "eigen":
        return []
    uit = []
    for vorm in vormen:
        if vorm.eigen_personeel:
            uit.append(_voor(vorm.id, "Kan als rechtspersoon zelf personeel aanwerven, bijvoorbeeld een "
                             "regiocoördinator.", "personeel", a))
        elif private_leden_gaan_voor(a):
            uit.append(_tegen(vorm.id, "Zonder rechtspersoonlijkheid kan de samenwerking zelf geen personeel "
                              "aanwerven; een beherende gemeente of de gemeenten zelf moeten het personeel "
                              "leveren.", "personeel", a))
        else:
            uit.append(_sluit_uit(vorm.id, "Zonder rechtspersoonlijkheid kan de samenwerking zelf geen "
                                  "personeel aanwerven.", "personeel", a))
    return uit


def regel_personeel_via_gemeente(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Personeel van een gemeente: de beherende gemeente van een interlokale vereniging."""
    if a.get("personeel") != "via_gemeente":
        return []
    vorm = next(v for v in vormen if v.id == IV)
    return [_voor(IV, "Een beherende gemeente kan haar eigen personeel inzetten voor de interlokale "
                  "vereniging" + _merk(vorm, "personeel") + ".", "personeel", a)]


def regel_geen_personeel(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Geen gezamenlijk personeel: afstemming tussen de gemeentediensten volstaat vaak."""
    if a.get("personeel") != "geen":
        return []
    return [_voor(OVERLEG, "Zonder gezamenlijk personeel werken de gemeentediensten gewoon samen; daarvoor "
                  "is geen structuur nodig.", "personeel", a)]


# --------------------------------------------------------------------------
# Partners


def regel_private_partners(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Private leden: alleen vormen die private leden toelaten, tenzij de subsidie voorgaat."""
    if a.get("partners") != "ook_privaat":
        return []
    uit = []
    for vorm in vormen:
        merk = _merk(vorm, "toetreding")
        if vorm.private_leden:
            uit.append(_voor(vorm.id, "Private partners kunnen deelnemen" + merk + ".", "partners", a))
        elif private_leden_gaan_voor(a):
            uit.append(_sluit_uit(vorm.id, "Private partners, zoals een vzw, kunnen geen lid worden van deze "
                                  "vereniging" + merk + ".", "partners", a))
        else:
            uit.append(_tegen(vorm.id, "Private partners kunnen geen lid worden" + merk + "; ze kunnen wel "
                              "meewerken via een overeenkomst of in een adviesorgaan.", "partners", a))
    return uit


# --------------------------------------------------------------------------
# Referentieregio


def regel_meerdere_referentieregios(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Meerdere referentieregio's: een nieuwe rechtspersoon moet regioconform zijn."""
    if a.get("referentieregio") != "meerdere":
        return []
    uit = []
    for vorm in vormen:
        if vorm.rechtspersoonlijkheid:
            uit.append(_tegen(vorm.id, "Een nieuwe vereniging met rechtspersoonlijkheid moet binnen één "
                              "referentieregio vallen (Regiodecreet); anders is een gemotiveerde afwijking "
                              "nodig.", "referentieregio", a))
        else:
            uit.append(_voor(vorm.id, "Samenwerking zonder rechtspersoonlijkheid valt buiten het "
                             "Regiodecreet en mag over referentieregio's heen gaan.", "referentieregio", a))
    return uit


# --------------------------------------------------------------------------
# Looptijd


def regel_afgebakende_looptijd(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Afgebakende looptijd: korte of vrije duur past; 18 jaar zonder uittreding niet."""
    if a.get("looptijd") != "afgebakend":
        return []
    uit = []
    for vorm in vormen:
        duur = vorm.max_duur_jaren
        if vorm.id == IV:
            uit.append(_voor(IV, "De overeenkomst van een interlokale vereniging legt zelf de duur vast"
                             + _merk(vorm, "duur") + ".", "looptijd", a))
        elif duur is not None and duur <= 6:
            uit.append(_voor(vorm.id, f"Wordt opgericht voor hoogstens {duur} jaar; dat past bij een "
                             "afgebakende looptijd" + _merk(vorm, "duur") + ".", "looptijd", a))
        elif duur is not None:
            uit.append(_tegen(vorm.id, f"Loopt tot {duur} jaar en vroegtijdig uittreden kan in principe niet"
                              + _merk(vorm, "duur") + ".", "looptijd", a))
    return uit


def regel_structurele_looptijd(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Structureel: een vaste, verlengbare duur past; losse afstemming geeft weinig zekerheid."""
    if a.get("looptijd") != "structureel":
        return []
    uit = [_tegen(OVERLEG, "Voor een structurele samenwerking geeft losse afstemming weinig zekerheid.",
                  "looptijd", a)]
    for vorm in vormen:
        duur = vorm.max_duur_jaren
        if duur is not None:
            uit.append(_voor(vorm.id, f"Loopt telkens hoogstens {duur} jaar en is telkens verlengbaar; dat "
                             "past bij een structurele samenwerking" + _merk(vorm, "duur") + ".", "looptijd", a))
    return uit


# --------------------------------------------------------------------------
# Bestaande dienstverlenende vereniging


def regel_bestaande_dv(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Een bestaande DV kan een cluster cultuur opnemen (Cultuurtuin WAAS, BIE)."""
    if a.get("bestaande_dv") != "ja":
        return []
    gewicht = 3 if a.get("doel") == "regiowerking" else 1
    return [_voor(DV, "Een bestaande dienstverlenende vereniging in de regio kan een cluster cultuur opnemen, "
                  "zoals Cultuurtuin WAAS in Interwaas en BIE in DVV Midwest; jullie hoeven dan geen nieuwe "
                  "vereniging op te richten.", "bestaande_dv", a, gewicht)]


def regel_geen_bestaande_dv(a: Antwoorden, vormen: tuple[Rechtsvorm, ...]) -> list[Oordeel]:
    """Geen bestaande DV: een nieuwe oprichten is de zwaarste procedure."""
    if a.get("bestaande_dv") != "nee":
        return []
    return [_tegen(DV, "Er is geen bestaande dienstverlenende vereniging: een nieuwe oprichten volgt de "
                   "zwaarste procedure, in drie stappen met een overlegorgaan.", "bestaande_dv", a)]


REGELS: tuple[Regel, ...] = (
    regel_afstemmen,
    regel_projecten,
    regel_regiowerking,
    regel_taakoverdracht,
    regel_taak_via_beherende_gemeente,
    regel_subsidie,
    regel_eigen_personeel,
    regel_personeel_via_gemeente,
    regel_geen_personeel,
    regel_private_partners,
    regel_meerdere_referentieregios,
    regel_afgebakende_looptijd,
    regel_structurele_looptijd,
    regel_bestaande_dv,
    regel_geen_bestaande_dv,
)


def oordelen(a: Antwoorden, vormen: tuple[Rechtsvorm, ...], regels: Iterable[Regel] = REGELS) -> list[Oordeel]:
    uit: list[Oordeel] = []
    for regel in regels:
        uit.extend(regel(a, vormen))
    return uit
