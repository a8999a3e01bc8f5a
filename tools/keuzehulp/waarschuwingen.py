"""Waarschuwingen: spanningen tussen antwoorden, en valkuilen bij de aanbevolen vorm."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from . import kennis
from .datum import datum_nl
from .kennis import Rechtsvorm
from .subsidietoets import SubsidieToets
from .vragen import _getal_tekst

Antwoorden = Mapping[str, Any]


@dataclass(frozen=True)
class Waarschuwing:
    tekst: str
    vragen: tuple[str, ...]

    def als_dict(self) -> dict[str, Any]:
        return {"tekst": self.tekst, "vragen": list(self.vragen)}


Controle = Callable[[Antwoorden, Rechtsvorm, SubsidieToets], "Waarschuwing | None"]

_PRIVAAT_ALTERNATIEF = (
    "Private partners kunnen wel meedoen zonder lid te zijn: als partner via een samenwerkingsovereenkomst "
    "met de vereniging (zoals vzw De Rand bij Cultuur Noordrand), of in een adviserend orgaan zoals een "
    "intergemeentelijke cultuurraad of werkgroep (zoals bij IVEBICA)."
)


def subsidie_zonder_rechtspersoon(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets) -> Waarschuwing | None:
    if "subsidie" in a or vorm.werkingssubsidie:
        return None
    return Waarschuwing(
        f"Je gaf niet aan of jullie de werkingssubsidie aanvragen. Doen jullie dat wel, dan volstaat een "
        f"{vorm.naam.lower()} niet: alleen een vereniging met rechtspersoonlijkheid (projectvereniging, "
        "dienstverlenende of opdrachthoudende vereniging) kon de subsidie aanvragen (niet geverifieerd voor "
        "de regeling van 2024).",
        ("subsidie",),
    )


def subsidie_zwaarder_dan_doel(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets) -> Waarschuwing | None:
    if a.get("subsidie") != "ja" or a.get("doel") != "afstemmen":
        return None
    return Waarschuwing(
        "Jullie willen vooral afstemmen, maar de werkingssubsidie vraagt een vereniging met rechtspersoonlijkheid, "
        "een cultuurnota, een regiocoördinator en cofinanciering. Dat is zwaarder dan afstemmen op zich vraagt; "
        "weeg af of de subsidie die extra structuur waard is.",
        ("doel", "subsidie"),
    )


def private_partners_en_subsidie(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets) -> Waarschuwing | None:
    if a.get("partners") != "ook_privaat":
        return None
    if a.get("subsidie") == "ja":
        return Waarschuwing(
            "Jullie willen private partners als lid én de werkingssubsidie. Dat botst: alleen een projectvereniging, "
            "dienstverlenende of opdrachthoudende vereniging komt in aanmerking, en private rechtspersonen zoals "
            "een vzw kunnen daarvan geen lid worden (afgeleid, niet geverifieerd). Het advies kiest daarom een "
            "vereniging van gemeenten. " + _PRIVAAT_ALTERNATIEF,
            ("partners", "subsidie"),
        )
    if a.get("subsidie") is None:
        return Waarschuwing(
            "Met private partners als lid blijft alleen een vorm zonder rechtspersoonlijkheid over. Willen jullie toch "
            "de werkingssubsidie aanvragen, dan moeten alleen gemeenten lid worden. " + _PRIVAAT_ALTERNATIEF,
            ("partners", "subsidie"),
        )
    return None


def eigen_personeel_zonder_rechtspersoon(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets) -> Waarschuwing | None:
    if a.get("personeel") != "eigen" or vorm.eigen_personeel:
        return None
    return Waarschuwing(
        f"Jullie willen eigen personeel, maar een {vorm.naam.lower()} kan zelf niemand aanwerven. Omdat private "
        "partners lid worden, blijft geen vereniging met rechtspersoonlijkheid over. Kies tussen twee wegen: "
        "een beherende gemeente of de gemeenten zelf leveren het personeel, of alleen gemeenten richten een "
        "projectvereniging op en de private partners werken mee via een overeenkomst.",
        ("personeel", "partners"),
    )


def meerdere_referentieregios(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets) -> Waarschuwing | None:
    if a.get("referentieregio") != "meerdere":
        return None
    delen = []
    if a.get("subsidie") != "nee":
        delen.append("De werkingssubsidie vraagt dat alle gemeenten in één referentieregio liggen; zo stopte "
                     "Ginter eind 2025 omdat zijn gemeenten in drie referentieregio's liggen.")
    if vorm.rechtspersoonlijkheid:
        delen.append(f"Een nieuwe {vorm.naam.lower()} moet volgens het Regiodecreet binnen één referentieregio "
                     "vallen; afwijken kan alleen met een gemotiveerde aanvraag via het digitale loket van het "
                     "Agentschap Binnenlands Bestuur.")
    if not delen:
        return None
    return Waarschuwing(" ".join(delen), ("referentieregio",))


def onder_inwonersdrempel(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets) -> Waarschuwing | None:
    inwoners = a.get("inwoners")
    if a.get("subsidie") == "nee" or inwoners is None:
        return None
    regel = kennis.subsidieregel("overgang")
    drempel = kennis.subsidieregel("inwoners").parameters["drempel"]
    if inwoners >= drempel:
        return None
    minimum = regel.parameters["minimum_gemeenten"]
    tot = regel.parameters["tot"]
    d = _getal_tekst(drempel)
    if a.get("erkend") == "ja" and (a.get("gemeenten") or 0) >= minimum:
        return Waarschuwing(
            f"Jullie hebben minder dan {d} inwoners en rekenen op de overgangsregeling tot {tot}. Die geldt volgens VVSG "
            f"voor samenwerkingen van minstens {minimum} aangrenzende gemeenten; of ze alleen geldt voor de IGS "
            f"die erkend waren voor 2020-2026, is niet geverifieerd. Na {tot} is de drempel van {d} inwoners "
            "nodig: zoek nu al naar uitbreiding.",
            ("inwoners", "erkend", "gemeenten"),
        )
    return Waarschuwing(
        f"Met minder dan {d} inwoners komen jullie zonder overgangsregeling niet in aanmerking voor de "
        f"werkingssubsidie. De overgangsregeling tot {tot} vraagt volgens VVSG minstens {minimum} aangrenzende "
        "gemeenten; de keuzehulp past ze alleen toe op een al erkende IGS cultuur (niet geverifieerd). "
        "Bekijk of meer gemeenten uit dezelfde referentieregio kunnen aansluiten.",
        tuple(v for v in ("inwoners", "erkend", "gemeenten") if v in a),
    )


def geen_regiocoordinator(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets) -> Waarschuwing | None:
    if a.get("subsidie") != "ja" or a.get("personeel") != "geen":
        return None
    return Waarschuwing(
        "De werkingssubsidie vraagt een regiocoördinator, maar jullie plannen geen gezamenlijk personeel.",
        ("subsidie", "personeel"),
    )


def cultuurnota_termijn(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets) -> Waarschuwing | None:
    if a.get("subsidie") != "ja":
        return None
    regel = kennis.subsidieregel("cultuurnota")
    indiendatum = regel.parameters["indiendatum"]
    if kennis.gecontroleerd() <= indiendatum:
        return Waarschuwing(
            f"De cultuurnota voor 2027-2032 moet ingediend zijn op {datum_nl(indiendatum)}. OP/TIL "
            "raadt ongeveer tien maanden voorbereiding aan.",
            ("subsidie",),
        )
    return Waarschuwing(
        f"De cultuurnota voor 2027-2032 moest ingediend zijn op {datum_nl(indiendatum)}; op "
        f"{datum_nl(kennis.gecontroleerd())} was die datum voorbij. Vraag bij het Departement Cultuur, "
        "Jeugd en Media of OP/TIL wanneer jullie opnieuw kunnen indienen.",
        ("subsidie",),
    )


def looptijd_projectvereniging(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets) -> Waarschuwing | None:
    if vorm.id != "projectvereniging" or not (a.get("looptijd") == "structureel" or a.get("subsidie") == "ja"):
        return None
    jaren = vorm.max_duur_jaren
    return Waarschuwing(
        f"Een projectvereniging loopt hoogstens {jaren} jaar, telkens verlengbaar, en kan niet opgericht worden "
        "in het jaar van de gemeenteraadsverkiezingen (regel uit het decreet van 2001; niet geverifieerd onder "
        "het DLB). Stem de looptijd af op de subsidieperiode 2027-2032; Cultuur Noordrand verlengde zo met één "
        "jaar tot eind 2026.",
        tuple(v for v in ("looptijd", "subsidie") if v in a),
    )


def beheersoverdracht_bindt(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets) -> Waarschuwing | None:
    if not vorm.beheersoverdracht:
        return None
    return Waarschuwing(
        "Met beheersoverdracht voeren de gemeenten de overgedragen taak niet meer zelf of via derden uit, en "
        f"vroegtijdig uittreden kan in principe niet (looptijd tot {vorm.max_duur_jaren} jaar). Beslis dit "
        "bewust in elke gemeenteraad.",
        tuple(v for v in ("doel",) if v in a),
    )


CONTROLES: tuple[Controle, ...] = (
    subsidie_zonder_rechtspersoon,
    subsidie_zwaarder_dan_doel,
    private_partners_en_subsidie,
    eigen_personeel_zonder_rechtspersoon,
    meerdere_referentieregios,
    onder_inwonersdrempel,
    geen_regiocoordinator,
    cultuurnota_termijn,
    looptijd_projectvereniging,
    beheersoverdracht_bindt,
)


def waarschuwingen(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets) -> list[Waarschuwing]:
    uit = []
    for controle in CONTROLES:
        w = controle(a, vorm, toets)
        if w is not None:
            uit.append(w)
    return uit
