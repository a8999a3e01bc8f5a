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
from .datum import datum_nl

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
    """Een benoemde voorwaarde op eerdere antwoorden."""

    naam: str
    uitleg: str
    geldt: Callable[[Antwoorden], bool]


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


def rechtspersoon_in_beeld(a: Antwoorden) -> bool:
    """Een vereniging met rechtspersoonlijkheid kan nog het advies worden."""
    if a.get("partners") == "ook_privaat" and not subsidie_kan_dwingen(a) and a.get("doel") != "taakoverdracht":
        return False  # private leden sluiten de verenigingen met rechtspersoonlijkheid uit
    return (
        (subsidie_mogelijk(a) and a.get("ronde_2027") != "nee")
        or a.get("personeel") in (None, "eigen")
        or a.get("doel") in (None, "regiowerking", "taakoverdracht")
    )


def regio_telt(a: Antwoorden) -> bool:
    """De referentieregio telt voor de subsidie of voor het Regiodecreet."""
    return subsidie_te_toetsen(a) or rechtspersoon_in_beeld(a)


ALTIJD = Toepassing("altijd", "Altijd van toepassing.", altijd)
BIJ_SUBSIDIE = Toepassing(
    "subsidie_mogelijk",
    "Alleen als jullie de werkingssubsidie aanvragen of dat nog niet weten.",
    subsidie_mogelijk,
)
TE_TOETSEN = Toepassing(
    "subsidie_te_toetsen",
    "Alleen als jullie de werkingssubsidie (misschien) aanvragen, een cultuurnota indienden (of dat niet "
    "zeiden) en nog niet erkend zijn: dan tellen de voorwaarden.",
    subsidie_te_toetsen,
)
BIJ_AANVRAAG = Toepassing(
    "bij_aanvraag",
    "Alleen als jullie een cultuurnota indienden (of dat niet zeiden) en de beslissing nog niet kennen.",
    bij_aanvraag,
)
ONDER_DREMPEL = Toepassing(
    "onder_drempel_mogelijk",
    "Alleen als de subsidievoorwaarden tellen en jullie minder inwoners hebben dan de drempel (of het "
    "aantal nog niet kennen): dan telt de overgangsregeling.",
    onder_drempel_mogelijk,
)
AANGRENZEND = Toepassing(
    "aangrenzend_telt",
    "Alleen als de overgangsregeling kan gelden: onder de inwonersdrempel en (misschien) genoeg gemeenten.",
    aangrenzend_telt,
)
REGIO = Toepassing(
    "regio_telt",
    "Als de subsidievoorwaarden tellen, of als een vereniging met rechtspersoonlijkheid in beeld is "
    "(die moet regioconform zijn volgens het Regiodecreet).",
    regio_telt,
)
RECHTSPERSOON = Toepassing(
    "rechtspersoon_in_beeld",
    "Alleen als een vereniging met rechtspersoonlijkheid nog het advies kan worden: bij subsidie, "
    "eigen personeel, regiowerking of taakoverdracht, en niet als private partners lid worden "
    "zonder subsidie.",
    rechtspersoon_in_beeld,
)


def _drempel() -> int:
    return kennis.subsidieregel("inwoners").parameters["drempel"]


def _min_gemeenten_overgang() -> int:
    return kennis.subsidieregel("overgang").parameters["minimum_gemeenten"]


JA_NEE = (Optie("ja", "Ja"), Optie("nee", "Nee"))


@functools.cache
def vragen() -> tuple[Vraag, ...]:
    """Alle vragen in stroomvolgorde."""
    drempel = _drempel()
    min_gemeenten = _min_gemeenten_overgang()
    tot = kennis.subsidieregel("overgang").parameters["tot"]
    indiendatum = kennis.subsidieregel("cultuurnota").parameters["indiendatum"]
    meta = {**kennis.subsidie_meta(), **teksten.feiten()}
    max_gemeenten = _max_gemeenten()
    duur = {v.id: v.max_duur_jaren for v in kennis.rechtsvormen()}
    return (
        Vraag(
            id="doel",
            tekst="Wat willen jullie samen doen?",
            hulptekst="Kies wat het best past bij jullie ambitie. Vuistregel van OP/TIL: organiseer niet "
            "zwaarder dan jullie ambitie vraagt.",
            type="keuze",
            toepassing=ALTIJD,
            aanname="Jullie gaven geen doel op. Het doel woog niet mee; alleen de andere antwoorden tellen.",
            opties=(
                Optie("afstemmen", "Onze culturele agenda's en communicatie afstemmen",
                      "Bijvoorbeeld een gezamenlijke kalender of activiteiten open voor elkaars inwoners."),
                Optie("projecten", "Samen projecten opzetten",
                      "Afgebakende projecten met gedeelde middelen, zonder grote risico's."),
                Optie("regiowerking", "Een structurele bovenlokale cultuurwerking met een regierol",
                      "Het culturele veld in de regio verbinden en ondersteunen, zoals een erkende IGS cultuur."),
                Optie("taakoverdracht", "Een taak volledig aan de samenwerking overdragen",
                      "Bijvoorbeeld de bibliotheek of de cultuurdienst; de gemeenten doen die taak dan niet meer zelf."),
            ),
        ),
        Vraag(
            id="subsidie",
            tekst="Willen jullie de Vlaamse werkingssubsidie voor een IGS cultuur aanvragen?",
            hulptekst=f"De werkingssubsidie voor een intergemeentelijk samenwerkingsverband onder het "
            f"{meta['decreet']}, periode {meta['periode']}.",
            type="keuze",
            toepassing=ALTIJD,
            aanname="Jullie gaven niet aan of jullie de werkingssubsidie aanvragen. Voor de vorm gaan we ervan uit "
            "dat jullie dat (nog) niet doen.",
            opties=JA_NEE,
        ),
        Vraag(
            id="ronde_2027",
            tekst=f"Dienden jullie een cultuurnota in voor de werkingssubsidie {meta['periode']}?",
            hulptekst=f"De cultuurnota voor {meta['periode']} moest ingediend zijn op {datum_nl(indiendatum)}. "
            "Wie toen niet indiende, kan voor die periode geen werkingssubsidie meer krijgen.",
            type="keuze",
            toepassing=BIJ_SUBSIDIE,
            aanname=f"We weten niet of jullie een cultuurnota indienden voor {meta['periode']}; dat beslist "
            "of de werkingssubsidie nog kan.",
            opties=(
                Optie("erkend", f"Ja, en we zijn erkend voor {meta['periode']}"),
                Optie("aangevraagd", "Ja, maar de beslissing kennen we nog niet"),
                Optie("nee", "Nee"),
            ),
        ),
        Vraag(
            id="bestond_bij_indiening",
            tekst="Bestond jullie vereniging met rechtspersoonlijkheid al toen jullie de cultuurnota indienden?",
            hulptekst=f"Een projectvereniging, dienstverlenende of opdrachthoudende vereniging, op "
            f"{datum_nl(indiendatum)}. In de ronde van 2020 moest de vereniging bij de aanvraag al bestaan.",
            type="keuze",
            toepassing=BIJ_AANVRAAG,
            aanname="We weten niet of jullie vereniging al bestond toen jullie de cultuurnota indienden.",
            opties=(
                Optie("ja", "Ja, ze bestond al"),
                Optie("nee", "Nee, we richten ze nog op"),
            ),
        ),
        Vraag(
            id="inwoners",
            tekst="Hoeveel inwoners hebben de deelnemende gemeenten samen?",
            hulptekst=f"Een geheel getal, bijvoorbeeld 120.000. Voor de werkingssubsidie zijn samen "
            f"minstens {_getal_tekst(drempel)} inwoners nodig.",
            type="getal",
            toepassing=TE_TOETSEN,
            aanname="Het aantal inwoners is niet bekend; de inwonersdrempel is niet getoetst.",
            min=1,
            max=MAX_INWONERS,
            banden=(
                # De representatieve waarden zijn alleen padsegmenten van het statische pad
                # (stabiele URL's); het advies noemt op dat pad de band, nooit dit getal.
                Band(f"minder dan {_getal_tekst(drempel)}", 1, drempel - 1, 40_000),
                Band(f"{_getal_tekst(drempel)} of meer", drempel, None, 120_000),
            ),
        ),
        Vraag(
            id="erkend",
            tekst="Is de samenwerking nu al een erkende IGS cultuur?",
            hulptekst=f"Erkend voor de periode {meta['vorige_periode']} onder het Bovenlokaal Cultuurdecreet "
            "van 2018. Dit telt alleen voor de overgangsregeling onder de inwonersdrempel.",
            type="keuze",
            toepassing=ONDER_DREMPEL,
            aanname="We weten niet of de samenwerking al erkend is; voor de overgangsregeling telt dat mee.",
            opties=JA_NEE,
        ),
        Vraag(
            id="gemeenten",
            tekst="Hoeveel gemeenten nemen deel?",
            hulptekst=f"Een geheel getal van 2 tot {max_gemeenten}. Onder de inwonersdrempel kan een "
            f"samenwerking volgens VVSG tot {tot} verder met minstens {min_gemeenten} "
            "aangrenzende gemeenten.",
            type="getal",
            toepassing=ONDER_DREMPEL,
            aanname="Het aantal gemeenten is niet bekend; de overgangsregeling is niet getoetst.",
            min=2,
            max=max_gemeenten,
            banden=(
                Band(f"2 tot {min_gemeenten - 1}", 2, min_gemeenten - 1, 2),
                Band(f"{min_gemeenten} of meer", min_gemeenten, None, 8),
            ),
        ),
        Vraag(
            id="aangrenzend",
            tekst=f"Grenzen minstens {min_gemeenten} van de deelnemende gemeenten aan elkaar?",
            hulptekst=f"De overgangsregeling tot {tot} vraagt volgens VVSG minstens {min_gemeenten} "
            "aangrenzende gemeenten.",
            type="keuze",
            toepassing=AANGRENZEND,
            aanname="We weten niet of de gemeenten aan elkaar grenzen; de overgangsregeling is niet getoetst.",
            opties=(
                Optie("ja", f"Ja, minstens {min_gemeenten} grenzen aan elkaar"),
                Optie("nee", "Nee"),
            ),
        ),
        Vraag(
            id="personeel",
            tekst="Wie voert het werk van de samenwerking uit?",
            hulptekst="Voor de werkingssubsidie moet de samenwerking een regiocoördinator aanstellen.",
            type="keuze",
            toepassing=ALTIJD,
            aanname="We weten niet wie het werk doet; we gaan ervan uit dat de samenwerking geen eigen "
            "personeel nodig heeft.",
            opties=(
                Optie("eigen", "Eigen personeel van de samenwerking",
                      "Bijvoorbeeld een regiocoördinator in dienst van de samenwerking."),
                Optie("via_gemeente", "Personeel van een van de gemeenten",
                      "Een gemeente zet haar medewerkers in voor de samenwerking."),
                Optie("geen", "Geen gezamenlijk personeel",
                      "Elke gemeente werkt met haar eigen diensten."),
            ),
        ),
        Vraag(
            id="partners",
            tekst="Wie wordt lid van de samenwerking?",
            hulptekst="Private partners zijn bijvoorbeeld een vzw of een cultuurhuis dat geen gemeentelijke "
            "dienst is.",
            type="keuze",
            toepassing=ALTIJD,
            aanname="We gaan ervan uit dat alleen gemeenten lid worden.",
            opties=(
                Optie("gemeenten", "Alleen gemeenten"),
                Optie("ook_privaat", "Ook private partners, zoals een vzw"),
            ),
        ),
        Vraag(
            id="referentieregio",
            tekst="Liggen alle deelnemende gemeenten in dezelfde referentieregio?",
            hulptekst=f"Vlaanderen is ingedeeld in {meta['aantal_referentieregios']} referentieregio's. "
            "Een nieuwe vereniging met "
            "rechtspersoonlijkheid moet binnen één referentieregio vallen (Regiodecreet), en de "
            "werkingssubsidie vraagt dat ook.",
            type="keuze",
            toepassing=REGIO,
            aanname="We weten niet of alle gemeenten in één referentieregio liggen; dat woog niet mee "
            "en is voor de subsidie niet getoetst. Een nieuwe vereniging met rechtspersoonlijkheid moet wel "
            "binnen één referentieregio vallen.",
            opties=(
                Optie("een", "Ja, in één referentieregio"),
                Optie("meerdere", "Nee, in meerdere referentieregio's"),
            ),
        ),
        Vraag(
            id="looptijd",
            tekst="Hoe lang willen jullie samenwerken?",
            hulptekst=f"Een projectvereniging loopt hoogstens {duur['projectvereniging']} jaar (verlengbaar), "
            f"een dienstverlenende of opdrachthoudende vereniging hoogstens {duur['dienstverlenende_vereniging']} "
            "jaar (verlengbaar).",
            type="keuze",
            toepassing=RECHTSPERSOON,
            aanname="Jullie gaven geen looptijd op; de looptijd woog niet mee.",
            opties=(
                Optie("afgebakend", "Voor een afgebakende periode of een project"),
                Optie("structureel", "Structureel, voor lange tijd"),
            ),
        ),
        Vraag(
            id="bestaande_dv",
            tekst="Is er in jullie regio al een dienstverlenende vereniging waarin een cluster cultuur kan?",
            hulptekst="Zoals Cultuurtuin WAAS in de dienstverlenende vereniging Interwaas, of BIE in DVV Midwest.",
            type="keuze",
            toepassing=RECHTSPERSOON,
            aanname="We weten niet of er een bestaande dienstverlenende vereniging is; dat woog niet mee.",
            opties=JA_NEE,
        ),
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
    antwoorden = dict(zip(vraag_ids(), waarden))
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
