"""The werkingssubsidie IGS cultuur: first whether it is within reach, then the full check.

``bereik`` decides, before any form is ranked, whether the subsidy can still be
had: the application round, the inhabitants (with the transition rule) and the
referentieregio. These are facts of the samenwerking, not choices of form. When
the subsidy is out of reach, the wish for it must not shape the advice.

``toets_subsidie`` then checks the recommended form and the conditions the
samenwerking still has to fulfil (a regiocoördinator), and adds information
(cofinancing, the amount). Facts: ``subsidie.toml``; wording: ``teksten.toml``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any, Literal, Mapping, NamedTuple

from . import gemeenten, kennis
from .datum import datum_nl
from .kennis import Rechtsvorm
from .situatie import Situatie
from .teksten import euro, getal, tekst

Antwoorden = Mapping[str, Any]
Soort = Literal["bereik", "vorm", "voorwaarde", "info"]

__all__ = ["SubsidieReden", "SubsidieToets", "Bereik", "bereik", "toets_subsidie", "volgende_indiendatum_klein",
           "alternatieven"]


class SubsidieReden(NamedTuple):
    tekst: str
    vraag: str | None
    antwoord: Any
    voldaan: bool | None  # None: onbekend of niet te toetsen
    geverifieerd: bool
    bron: str | None
    soort: Soort = "bereik"  # bereik/vorm/voorwaarde tellen voor het oordeel; info niet
    regel: str = ""
    sleutel: str = ""  # de zin in teksten.toml, voor het goldenbestand

    @property
    def toets(self) -> bool:
        return self.soort != "info"

    def als_dict(self) -> dict[str, Any]:
        return {
            "tekst": self.tekst,
            "vraag": self.vraag,
            "antwoord": self.antwoord,
            "voldaan": self.voldaan,
            "geverifieerd": self.geverifieerd,
            "bron": self.bron,
        }


class Alternatief(NamedTuple):
    tekst: str
    bron: str | None
    geverifieerd: bool

    def als_dict(self) -> dict[str, Any]:
        return {"tekst": self.tekst, "bron": self.bron, "geverifieerd": self.geverifieerd}


@dataclass(frozen=True)
class Bereik:
    """Is the subsidy within reach? True, False, or None (undecided), with the reasons."""

    uitslag: bool | None
    redenen: tuple[SubsidieReden, ...]


@dataclass(frozen=True)
class SubsidieToets:
    in_aanmerking: bool | None
    redenen: tuple[SubsidieReden, ...]
    bereik: bool | None = None
    alternatieven: tuple[Alternatief, ...] = ()

    def als_dict(self) -> dict[str, Any]:
        return {
            "in_aanmerking": self.in_aanmerking,
            "bereik": self.bereik,
            "redenen": [r.als_dict() for r in self.redenen],
            "alternatieven": [x.als_dict() for x in self.alternatieven],
        }


def _reden(regel_id: str, sleutel: str, vraag: str | None, a: Antwoorden, voldaan: bool | None,
           soort: Soort = "bereik", geverifieerd: bool | None = None, bron: str | None = None,
           **waarden: Any) -> SubsidieReden:
    """Een reden uit regel ``regel_id`` van subsidie.toml; ``bron``: een andere bron-id dan de eerste van de regel."""
    regel = kennis.subsidieregel(regel_id)
    url = kennis.bronnen()[bron].url if bron else (regel.bronnen[0].url if regel.bronnen else None)
    return SubsidieReden(
        tekst=tekst(sleutel, **waarden),
        vraag=vraag,
        antwoord=a.get(vraag) if vraag else None,
        voldaan=voldaan,
        geverifieerd=regel.geverifieerd if geverifieerd is None else geverifieerd,
        bron=url,
        soort=soort,
        regel=regel_id,
        sleutel=sleutel,
    )


def _uitslag(redenen: list[SubsidieReden] | tuple[SubsidieReden, ...]) -> bool | None:
    uitslagen = [r.voldaan for r in redenen if r.toets]
    if False in uitslagen:
        return False
    if None in uitslagen:
        return None
    return True


# --------------------------------------------------------------------------
# Bereik: de ronde, de omvang, de referentieregio


def toets_ronde(a: Antwoorden, datum: _dt.date) -> SubsidieReden:
    indiendatum = kennis.subsidieregel("cultuurnota").parameters["indiendatum"]
    gesloten = datum > indiendatum
    ronde = a.get("ronde_2027")
    if ronde == "erkend":
        return _reden("cultuurnota", "subsidie.ronde_erkend", "ronde_2027", a, True)
    if ronde == "aangevraagd":
        return _reden("cultuurnota", "subsidie.ronde_aangevraagd", "ronde_2027", a, True)
    if ronde == "nee":
        if gesloten:
            return _reden("cultuurnota", "subsidie.ronde_nee", "ronde_2027", a, False)
        return _reden("cultuurnota", "subsidie.ronde_nee_nog_open", "ronde_2027", a, None)
    sleutel = "subsidie.ronde_onbekend_gesloten" if gesloten else "subsidie.ronde_onbekend_open"
    return _reden("cultuurnota", sleutel, "ronde_2027", a, None)


def toets_bestond(a: Antwoorden) -> SubsidieReden:
    """Bij een aanvraag: bestond de vereniging al? In de ronde 2020 moest dat (Departement CJM)."""
    if a.get("erkend") == "ja":
        return _reden("rechtspersoonlijkheid", "subsidie.bestond_erkend", "erkend", a, True, bron="cjm_werkingssubsidie")
    bestond = a.get("bestond_bij_indiening")
    if bestond == "ja":
        return _reden("rechtspersoonlijkheid", "subsidie.bestond_ja", "bestond_bij_indiening", a, True,
                      bron="cjm_werkingssubsidie")
    sleutel = "subsidie.bestond_nee" if bestond == "nee" else "subsidie.bestond_onbekend"
    return _reden("rechtspersoonlijkheid", sleutel, "bestond_bij_indiening", a, None, geverifieerd=False,
                  bron="cjm_werkingssubsidie")


def _label(a: Antwoorden, vraag: str, banden: Mapping[str, str]) -> str:
    return banden.get(vraag) or getal(a[vraag])


def toets_omvang(a: Antwoorden, banden: Mapping[str, str]) -> SubsidieReden:
    drempel = kennis.subsidieregel("inwoners").parameters["drempel"]
    minimum = kennis.subsidieregel("overgang").parameters["minimum_gemeenten"]
    inwoners = a.get("inwoners")
    if inwoners is None:
        return _reden("inwoners", "subsidie.inwoners_onbekend", "inwoners", a, None)
    band = "inwoners" in banden
    waarden = {"inwoners": _label(a, "inwoners", banden)}
    if inwoners >= drempel:
        sleutel = "subsidie.inwoners_band_genoeg" if band else "subsidie.inwoners_genoeg"
        return _reden("inwoners", sleutel, "inwoners", a, True, **waarden)
    basis = tekst("subsidie.inwoners_band_te_weinig" if band else "subsidie.inwoners_te_weinig", **waarden)

    def overgang(sleutel: str, vraag: str, voldaan: bool | None) -> SubsidieReden:
        r = _reden("overgang", sleutel, vraag, a, voldaan,
                   gemeenten=_label(a, "gemeenten", banden) if a.get("gemeenten") is not None else "")
        return r._replace(tekst=basis + " " + r.tekst)

    gemeenten = a.get("gemeenten")
    if gemeenten is None:
        return overgang("subsidie.overgang_gemeenten_onbekend", "gemeenten", None)
    if gemeenten < minimum:
        return overgang("subsidie.overgang_te_weinig_gemeenten", "gemeenten", False)
    aangrenzend = a.get("aangrenzend")
    if aangrenzend is None:
        return overgang("subsidie.overgang_aangrenzend_onbekend", "aangrenzend", None)
    if aangrenzend == "nee":
        return overgang("subsidie.overgang_niet_aangrenzend", "aangrenzend", False)
    erkend = a.get("erkend")
    if erkend == "ja":
        return overgang("subsidie.overgang_erkend", "erkend", True)
    if erkend == "nee":
        return overgang("subsidie.overgang_niet_erkend", "erkend", None)
    return overgang("subsidie.overgang_erkend_onbekend", "erkend", None)


def toets_referentieregio(a: Antwoorden) -> SubsidieReden:
    regio = a.get("referentieregio")
    if regio == "een":
        return _reden("referentieregio", "subsidie.regio_een", "referentieregio", a, True)
    if regio == "meerdere":
        # Een hindernis die de Vlaamse Regering kan wegnemen (uitstel of afwijking, ABB): nooit een hard 'nee'.
        bestaand = a.get("ronde_2027") in ("aangevraagd", "erkend") or a.get("erkend") == "ja"
        sleutel = "subsidie.regio_meerdere_bestaand" if bestaand else "subsidie.regio_meerdere"
        return _reden("referentieregio", sleutel, "referentieregio", a, None, bron="abb_afwijking")
    return _reden("referentieregio", "subsidie.regio_onbekend", "referentieregio", a, None)


def bereik(a: Antwoorden, datum: _dt.date, banden: Mapping[str, str] | None = None) -> Bereik:
    """Is the subsidy within reach, whatever form the samenwerking takes?"""
    banden = banden or {}
    if a.get("subsidie") == "nee":
        return Bereik(None, ())
    redenen = [toets_ronde(a, datum)]
    if a.get("ronde_2027") == "aangevraagd":
        redenen.append(toets_bestond(a))
    if a.get("ronde_2027") != "erkend" and redenen[0].voldaan is not False:
        # zonder aanvraag na de indiendatum doen inwoners en referentieregio niet meer ter zake
        redenen += [toets_omvang(a, banden), toets_referentieregio(a)]
    # Het oordeel is 'nee' zodra één feit de subsidie uitsluit, ook als andere nog open zijn.
    return Bereik(_uitslag(redenen), tuple(redenen))


# --------------------------------------------------------------------------
# De vorm en de voorwaarden om zelf te vervullen


def toets_rechtspersoon(a: Antwoorden, vorm: Rechtsvorm) -> SubsidieReden:
    if vorm.werkingssubsidie:
        return _reden("rechtspersoonlijkheid", "subsidie.rechtspersoon_ja", None, a, True, "vorm", vorm=vorm.naam)
    if a.get("subsidie") == "ja":
        return _reden("rechtspersoonlijkheid", "subsidie.rechtspersoon_nee", "subsidie", a, False, "vorm",
                      vorm=vorm.naam)
    return _reden("rechtspersoonlijkheid", "subsidie.rechtspersoon_als", None, a, None, "vorm", vorm=vorm.naam)


def toets_regiocoordinator(a: Antwoorden) -> SubsidieReden:
    personeel = a.get("personeel")
    if personeel == "eigen":
        return _reden("regiocoordinator", "subsidie.coordinator_eigen", "personeel", a, True, "voorwaarde")
    if personeel == "via_gemeente":
        return _reden("regiocoordinator", "subsidie.coordinator_via_gemeente", "personeel", a, None, "voorwaarde",
                      geverifieerd=False)
    if personeel == "geen":
        return _reden("regiocoordinator", "subsidie.coordinator_geen", "personeel", a, False, "voorwaarde")
    return _reden("regiocoordinator", "subsidie.coordinator_onbekend", "personeel", a, None, "voorwaarde")


def info_cofinanciering(a: Antwoorden) -> SubsidieReden:
    return _reden("cofinanciering", "subsidie.cofinanciering", None, a, None, "info")


def info_bedrag(a: Antwoorden, banden: Mapping[str, str], situatie: Situatie | None = None) -> SubsidieReden:
    """Het bedrag: hoogstens zoveel per inwoner. Geen bedrag uit een band, of met Antwerpen (districten)."""
    parameters = kennis.subsidieregel("bedrag").parameters
    r = _reden("bedrag", "subsidie.bedrag", None, a, None, "info")
    inwoners = a.get("inwoners")
    if inwoners is None:
        return r
    if "inwoners" in banden:  # a band: no amount from a number nobody gave
        return r._replace(tekst=r.tekst + " " + tekst("subsidie.bedrag_band"))
    gekozen = situatie.gekozen if situatie else None
    if situatie and situatie.met_antwerpen and gekozen and "inwoners" in gekozen.afgeleid:
        return r._replace(tekst=r.tekst + " " + tekst("subsidie.bedrag_antwerpen"))
    bedrag = round(parameters["bedrag_per_inwoner"] * inwoners, 2)
    # Onder het minimum geen 'hoogstens': dan is het minimum (niet bevestigd) het bedrag dat telt.
    sleutel = "subsidie.bedrag_onder_minimum" if bedrag < parameters["minimum_ontwerp"] else "subsidie.bedrag_berekend"
    waarden = {"inwoners": getal(inwoners), "bedrag": euro(bedrag), "bedrag_minimum": euro(parameters["minimum_ontwerp"])}
    if gekozen and "inwoners" in gekozen.afgeleid:  # met de datum en de bron van de inwonercijfers
        meta = gemeenten.meta()["inwoners"]
        sleutel += "_gekozen"
        waarden.update(datum=datum_nl(meta["datum"]), bron=meta["uitgever"])
    zinnen = [tekst(sleutel, **waarden), tekst("subsidie.bedrag_peildatum")]
    return r._replace(tekst=" ".join([r.tekst, *zinnen]), vraag="inwoners", antwoord=inwoners)


def info_aaneengesloten(a: Antwoorden, situatie: Situatie | None) -> SubsidieReden | None:
    """Gekozen gemeenten die geen aaneengesloten gebied vormen: een punt om na te vragen."""
    if situatie is None or situatie.samenhangend is not False:
        return None
    return _reden("inwoners", "subsidie.niet_aaneengesloten", None, a, None, "info", geverifieerd=False,
                  groepen=str(len(situatie.gekozen.groepen)))


# --------------------------------------------------------------------------
# Wat wel kan


def volgende_indiendatum_klein(datum: _dt.date) -> _dt.date:
    """The next deadline for small projects on or after ``datum`` (never before the first one)."""
    parameters = kennis.subsidieregel("kleine_projecten").parameters
    vanaf = max(datum, parameters["eerste_indiendatum"])
    kandidaten = sorted(
        _dt.date(jaar, int(md[:2]), int(md[3:]))
        for jaar in (vanaf.year, vanaf.year + 1)
        for md in parameters["indiendata"]
    )
    return next(d for d in kandidaten if d >= vanaf)


def alternatieven(datum: _dt.date) -> tuple[Alternatief, ...]:
    def alt(regel_id: str, sleutel: str, **waarden: Any) -> Alternatief:
        regel = kennis.subsidieregel(regel_id)
        return Alternatief(tekst(sleutel, **waarden), regel.bronnen[0].url if regel.bronnen else None,
                           regel.geverifieerd)

    return (
        alt("kleine_projecten", "alternatief.kleine_projecten", kp_volgende=datum_nl(volgende_indiendatum_klein(datum))),
        Alternatief(tekst("alternatief.aansluiten"), None, False),
        alt("volgende_periode", "alternatief.volgende_periode"),
    )


def toets_subsidie(a: Antwoorden, vorm: Rechtsvorm, datum: _dt.date, banden: Mapping[str, str] | None = None,
                   volledig: bool = True, situatie: Situatie | None = None) -> SubsidieToets:
    """Check the answers and the recommended form against the subsidy conditions.

    ``volledig=False`` leaves out what does not decide the verdict (faster; same verdict).
    ``banden``: numeric answers given as a band (static path) -> the band's label.
    """
    banden = banden or {}
    if a.get("subsidie") == "nee":
        return SubsidieToets(None, (SubsidieReden(tekst("subsidie.niet_gevraagd"), "subsidie", "nee", None, True,
                                                  None, "info"),))
    # het bereik dat advies() al berekende (situatie), anders hier
    b = situatie.bereik if situatie is not None and situatie.bereik is not None else bereik(a, datum, banden)
    redenen = list(b.redenen)
    vormreden = toets_rechtspersoon(a, vorm)
    if b.uitslag is False and not vorm.werkingssubsidie:
        # Buiten bereik: het advies koos bewust zonder de subsidie; de vorm is geen tekortkoming.
        vormreden = _reden("rechtspersoonlijkheid", "subsidie.rechtspersoon_buiten_bereik", None, a, None, "info",
                           vorm=vorm.naam)
    redenen.insert(0, vormreden)
    if a.get("ronde_2027") != "erkend" and b.uitslag is not False:
        redenen.append(toets_regiocoordinator(a))
    if volledig and b.uitslag is not False:  # buiten bereik: geen bedrag
        aaneengesloten = info_aaneengesloten(a, situatie)
        redenen += [r for r in (aaneengesloten, info_cofinanciering(a), info_bedrag(a, banden, situatie)) if r]
    return SubsidieToets(
        in_aanmerking=_uitslag(redenen),
        redenen=tuple(redenen),
        bereik=b.uitslag,
        alternatieven=alternatieven(datum) if volledig and b.uitslag is False else (),
    )
