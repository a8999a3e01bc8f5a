"""Toets aan de voorwaarden voor de werkingssubsidie IGS cultuur (data: subsidie.toml)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, NamedTuple

from . import kennis
from .datum import datum_nl
from .kennis import Rechtsvorm
from .vragen import _getal_tekst

Antwoorden = Mapping[str, Any]


class SubsidieReden(NamedTuple):
    tekst: str
    vraag: str | None
    antwoord: Any
    voldaan: bool | None  # None: onbekend of niet te toetsen
    geverifieerd: bool
    bron: str | None
    toets: bool = True  # False: een voorwaarde om zelf te vervullen, telt niet mee voor in_aanmerking

    def als_dict(self) -> dict[str, Any]:
        return {
            "tekst": self.tekst,
            "vraag": self.vraag,
            "antwoord": self.antwoord,
            "voldaan": self.voldaan,
            "geverifieerd": self.geverifieerd,
            "bron": self.bron,
        }


@dataclass(frozen=True)
class SubsidieToets:
    in_aanmerking: bool | None
    redenen: tuple[SubsidieReden, ...]

    def als_dict(self) -> dict[str, Any]:
        return {"in_aanmerking": self.in_aanmerking, "redenen": [r.als_dict() for r in self.redenen]}


def _reden(regel_id: str, tekst: str, vraag: str | None, a: Antwoorden, voldaan: bool | None,
           geverifieerd: bool | None = None, toets: bool = True) -> SubsidieReden:
    regel = kennis.subsidieregel(regel_id)
    return SubsidieReden(
        tekst=tekst,
        vraag=vraag,
        antwoord=a.get(vraag) if vraag else None,
        voldaan=voldaan,
        geverifieerd=regel.geverifieerd if geverifieerd is None else geverifieerd,
        bron=regel.bronnen[0].url if regel.bronnen else None,
        toets=toets,
    )


def euro(bedrag: float) -> str:
    if float(bedrag).is_integer():
        return _getal_tekst(int(bedrag)) + " euro"
    return f"{bedrag:.2f}".replace(".", ",") + " euro"


def toets_rechtspersoon(a: Antwoorden, vorm: Rechtsvorm) -> SubsidieReden:
    if vorm.werkingssubsidie:
        return _reden("rechtspersoonlijkheid", f"De aanbevolen vorm ({vorm.naam}) is een vereniging met "
                      "rechtspersoonlijkheid en komt in aanmerking.", None, a, True)
    if a.get("subsidie") == "ja":
        return _reden("rechtspersoonlijkheid", f"De aanbevolen vorm ({vorm.naam}) komt niet in aanmerking: "
                      "alleen een projectvereniging, dienstverlenende of opdrachthoudende vereniging kon de "
                      "subsidie aanvragen.", "subsidie", a, False)
    return _reden("rechtspersoonlijkheid", f"Vragen jullie de subsidie aan, dan volstaat de aanbevolen vorm "
                  f"({vorm.naam}) niet: alleen een projectvereniging, dienstverlenende of opdrachthoudende "
                  "vereniging kon ze aanvragen.", None, a, None)


def toets_omvang(a: Antwoorden) -> SubsidieReden:
    drempel = kennis.subsidieregel("inwoners").parameters["drempel"]
    overgang = kennis.subsidieregel("overgang").parameters
    inwoners = a.get("inwoners")
    d = _getal_tekst(drempel)
    if inwoners is None:
        return _reden("inwoners", f"Het aantal inwoners is niet bekend; samen zijn minstens {d} inwoners "
                      "nodig.", "inwoners", a, None)
    if inwoners >= drempel:
        return _reden("inwoners", f"Samen {_getal_tekst(inwoners)} inwoners: dat is minstens {d}.",
                      "inwoners", a, True)
    erkend = a.get("erkend")
    gemeenten = a.get("gemeenten")
    minimum = overgang["minimum_gemeenten"]
    tot = overgang["tot"]
    basis = f"Samen {_getal_tekst(inwoners)} inwoners: minder dan {d}."
    if erkend is None:
        return _reden("overgang", basis + f" Als al erkende IGS cultuur met minstens {minimum} aangrenzende "
                      f"gemeenten kunnen jullie tot {tot} verder; of jullie al erkend zijn, is niet bekend.", "erkend", a, None)
    if erkend == "nee":
        return _reden("overgang", basis + f" De overgangsregeling tot {tot} past de keuzehulp alleen toe op "
                      "een al erkende IGS cultuur.", "erkend", a, False)
    if gemeenten is None:
        return _reden("overgang", basis + f" Als erkende IGS cultuur kunnen jullie tot {tot} verder met minstens "
                      f"{minimum} aangrenzende gemeenten; het aantal gemeenten is niet bekend.", "gemeenten", a, None)
    if gemeenten >= minimum:
        return _reden("overgang", basis + f" Als erkende IGS cultuur met {gemeenten} gemeenten vallen jullie onder de "
                      f"overgangsregeling tot {tot}, als de gemeenten aan elkaar grenzen.", "gemeenten", a, True)
    return _reden("overgang", basis + f" Met {gemeenten} gemeenten halen jullie de {minimum} aangrenzende gemeenten "
                  f"van de overgangsregeling niet.", "gemeenten", a, False)


def toets_referentieregio(a: Antwoorden) -> SubsidieReden:
    regio = a.get("referentieregio")
    if regio == "een":
        return _reden("referentieregio", "Alle gemeenten liggen in één referentieregio.", "referentieregio", a, True)
    if regio == "meerdere":
        return _reden("referentieregio", "De gemeenten liggen in meerdere referentieregio's; de subsidie vraagt "
                      "één referentieregio.", "referentieregio", a, False)
    return _reden("referentieregio", "Niet bekend of alle gemeenten in één referentieregio liggen; dat is "
                  "een voorwaarde.", "referentieregio", a, None)


def toets_regiocoordinator(a: Antwoorden) -> SubsidieReden:
    personeel = a.get("personeel")
    if personeel == "eigen":
        return _reden("regiocoordinator", "De samenwerking stelt eigen personeel aan; daarin past de verplichte "
                      "regiocoördinator.", "personeel", a, True)
    if personeel == "via_gemeente":
        return _reden("regiocoordinator", "Een gemeente levert het personeel. Kijk na of een regiocoördinator "
                      "in dienst van een gemeente volstaat; de bronnen zeggen daar niets over.", "personeel", a,
                      True, geverifieerd=False)
    if personeel == "geen":
        return _reden("regiocoordinator", "Zonder gezamenlijk personeel is er geen regiocoördinator; de subsidie "
                      "vraagt er een.", "personeel", a, False)
    return _reden("regiocoordinator", "Niet bekend wie het werk doet; de subsidie vraagt een regiocoördinator.",
                  "personeel", a, None)


def voorwaarde_cultuurnota(a: Antwoorden) -> SubsidieReden:
    regel = kennis.subsidieregel("cultuurnota")
    tekst = regel.tekst
    if kennis.gecontroleerd() > regel.parameters["indiendatum"]:
        tekst += (f" Op {datum_nl(kennis.gecontroleerd())} was die datum voorbij: vraag bij het "
                  "Departement Cultuur, Jeugd en Media of OP/TIL naar de volgende mogelijkheid.")
    return _reden("cultuurnota", tekst, None, a, None, toets=False)


def voorwaarde_cofinanciering(a: Antwoorden) -> SubsidieReden:
    return _reden("cofinanciering", kennis.subsidieregel("cofinanciering").tekst, None, a, None, toets=False)


def info_bedrag(a: Antwoorden) -> SubsidieReden:
    regel = kennis.subsidieregel("bedrag")
    per_inwoner = regel.parameters["bedrag_per_inwoner"]
    inwoners = a.get("inwoners")
    tekst = f"De Vlaamse subsidie bedraagt hoogstens {euro(per_inwoner)} per inwoner per jaar."
    if inwoners is not None:
        tekst += f" Voor {_getal_tekst(inwoners)} inwoners is dat hoogstens {euro(round(per_inwoner * inwoners, 2))} per jaar."
    tekst += " Er geldt ook een minimum; het bedrag daarvan is niet bevestigd."
    return _reden("bedrag", tekst, "inwoners" if inwoners is not None else None, a, None, toets=False)


def toets_subsidie(a: Antwoorden, vorm: Rechtsvorm, volledig: bool = True) -> SubsidieToets:
    """Toets de antwoorden en de aanbevolen vorm aan de subsidievoorwaarden.

    ``volledig=False`` laat de voorwaarden zonder toets weg (sneller; de uitslag is dezelfde).
    """
    if a.get("subsidie") == "nee":
        return SubsidieToets(None, (SubsidieReden(
            "Jullie vragen de werkingssubsidie niet aan; de voorwaarden zijn niet getoetst.",
            "subsidie", "nee", None, True, None, toets=False),))
    redenen: tuple[SubsidieReden, ...] = (
        toets_rechtspersoon(a, vorm),
        toets_omvang(a),
        toets_referentieregio(a),
        toets_regiocoordinator(a),
    )
    if volledig:
        redenen += (voorwaarde_cultuurnota(a), voorwaarde_cofinanciering(a), info_bedrag(a))
    uitslagen = [r.voldaan for r in redenen if r.toets]
    if False in uitslagen:
        in_aanmerking: bool | None = False
    elif None in uitslagen:
        in_aanmerking = None
    else:
        in_aanmerking = True
    return SubsidieToets(in_aanmerking, redenen)
