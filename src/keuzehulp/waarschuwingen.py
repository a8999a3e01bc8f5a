"""Waarschuwingen: spanningen tussen antwoorden, valkuilen bij de aanbevolen vorm, en data die naderen.

Elke controle is een kleine, benoemde functie. De woorden staan in
``data/teksten.toml`` (sectie ``waarschuwing``), met de bronnen erbij.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from . import kennis
from .kennis import Rechtsvorm
from .situatie import Situatie
from .subsidietoets import SubsidieToets
from .teksten import opsomming, tekst
from .vragen import bestaande_vereniging

Antwoorden = Mapping[str, Any]

__all__ = ["Waarschuwing", "CONTROLES", "waarschuwingen"]


@dataclass(frozen=True)
class Waarschuwing:
    tekst: str
    vragen: tuple[str, ...]
    bronnen: tuple[str, ...] = ()  # URL's
    sleutels: tuple[str, ...] = ()  # de zinnen in teksten.toml (sectie waarschuwing), voor het goldenbestand

    def als_dict(self) -> dict[str, Any]:
        return {"tekst": self.tekst, "vragen": list(self.vragen), "bronnen": list(self.bronnen)}


Controle = Callable[[Antwoorden, Rechtsvorm, SubsidieToets, Situatie], "Waarschuwing | None"]


def _w(sleutels: str | tuple[str, ...], vragen: tuple[str, ...], a: Antwoorden, bronnen: tuple[str, ...] = (),
       **waarden: Any) -> Waarschuwing:
    if isinstance(sleutels, str):
        sleutels = (sleutels,)
    zin = " ".join(tekst("waarschuwing." + s, **waarden) for s in sleutels)
    alle = kennis.bronnen()
    return Waarschuwing(zin, tuple(v for v in vragen if v in a), tuple(alle[b].url for b in bronnen), sleutels)


def _subsidie_telt(a: Antwoorden, s: Situatie) -> bool:
    """De subsidie is gevraagd en niet buiten bereik (Situatie.subsidie)."""
    return s.subsidie(a) == "ja"


def bestaande_igs(a, vorm, toets, s):
    """Gekozen gemeenten die al tot een erkende IGS cultuur behoren: praat eerst met die IGS."""
    igs = s.bestaande_igs
    if not igs:
        return None
    zinnen = [
        tekst("waarschuwing.bestaande_igs_lid_" + ("een" if len(b.leden) == 1 else "meer"), leden=opsomming(b.leden),
              aantal=str(len(b.leden)), totaal=str(s.aantal_gekozen), igs=b.naam, periode_igs=b.periode)
        for b in igs
    ]
    slot = ("bestaande_igs_slot_een", igs[0].naam) if len(igs) == 1 else ("bestaande_igs_slot_meer", "")
    zinnen.append(tekst("waarschuwing." + slot[0], igs=slot[1], aantal=str(len(igs))))
    sleutels = tuple(("bestaande_igs_lid_een" if len(b.leden) == 1 else "bestaande_igs_lid_meer") for b in igs)
    return Waarschuwing(" ".join(zinnen), (), (), sleutels + (slot[0],))


def fusie_opvolging(a, vorm, toets, s):
    """Een fusiegemeente van 2025 volgt een oude gemeente op in een erkende IGS cultuur."""
    zinnen = [tekst("waarschuwing.fusie_opvolging", nieuw=nieuw, oud=oud, igs=b.naam)
              for b in s.bestaande_igs for nieuw, oud in b.opvolgers]
    if not zinnen:
        return None
    return Waarschuwing(" ".join(zinnen), (), (), ("fusie_opvolging",))


def subsidie_onbekend(a, vorm, toets, s):
    if "subsidie" in a or vorm.werkingssubsidie:
        return None
    return _w("subsidie_onbekend", ("subsidie",), {"subsidie": None}, ("optil_tool_pv",), vorm=vorm.naam.lower())


def subsidie_zwaarder_dan_doel(a, vorm, toets, s):
    if not _subsidie_telt(a, s) or a.get("doel") != "afstemmen":
        return None
    return _w("subsidie_zwaarder_dan_doel", ("doel", "subsidie"), a, ("optil_tool_pv",))


def private_partners_en_subsidie(a, vorm, toets, s):
    if a.get("partners") != "ook_privaat":
        return None
    if _subsidie_telt(a, s):
        return _w(("privaat_en_subsidie", "privaat_alternatief"), ("partners", "subsidie"), a,
                  ("arbitragehof_65_2003", "vilvoorde_noordrand"))
    if not vorm.private_leden:
        return _w(("privaat_geen_lid", "privaat_alternatief"), ("partners", "doel"), a,
                  ("arbitragehof_65_2003", "vilvoorde_noordrand"), vorm=vorm.naam.lower())
    if a.get("subsidie") is None:
        return _w(("privaat_subsidie_onbekend", "privaat_alternatief"), ("partners", "subsidie"),
                  {**a, "subsidie": None}, ("vilvoorde_noordrand",))
    return None


def eigen_personeel_zonder_rechtspersoon(a, vorm, toets, s):
    if a.get("personeel") != "eigen" or vorm.eigen_personeel or a.get("partners") != "ook_privaat":
        return None
    return _w("eigen_personeel_zonder_rechtspersoon", ("personeel", "partners"), a, vorm=vorm.naam.lower())


def meerdere_referentieregios(a, vorm, toets, s):
    if a.get("referentieregio") != "meerdere":
        return None
    sleutels: list[str] = []
    bronnen: list[str] = []
    if a.get("subsidie") != "nee":
        sleutels.append("regio_subsidie_erkend" if a.get("ronde_2027") == "erkend" else "regio_subsidie")
        bronnen.append("optil_oprichten")
    if vorm.rechtspersoonlijkheid:
        if vorm.id == "dienstverlenende_vereniging" and a.get("bestaande_dv") == "ja":
            sleutels.append("regio_bestaande_dv")
        elif bestaande_vereniging(a):
            sleutels.append("regio_bestaande_vereniging")
        else:
            sleutels.append("regio_nieuwe_vereniging")
        bronnen += ["abb_afwijking", "vvsg_afwijking_loket", "vvsg_regiodecreet"]
    if not sleutels:
        return None
    return _w(tuple(sleutels), ("referentieregio",), a, tuple(bronnen), vorm=vorm.naam.lower())


def regio_onbekend_vereniging(a, vorm, toets, s):
    """Een nieuwe vereniging met rechtspersoonlijkheid moet regioconform zijn, ook zonder subsidie."""
    if a.get("referentieregio") is not None or not vorm.rechtspersoonlijkheid or bestaande_vereniging(a):
        return None
    if vorm.id == "dienstverlenende_vereniging" and a.get("bestaande_dv") == "ja":
        return None
    return _w("regio_onbekend_vereniging", ("referentieregio",), a, ("vvsg_regiodecreet", "abb_afwijking"),
              vorm=vorm.naam.lower())


def onder_inwonersdrempel(a, vorm, toets, s):
    inwoners = a.get("inwoners")
    if a.get("subsidie") == "nee" or inwoners is None or s.buiten_bereik and a.get("ronde_2027") == "nee":
        return None
    if inwoners >= kennis.subsidieregel("inwoners").parameters["drempel"]:
        return None
    return _w("onder_drempel", ("inwoners", "gemeenten", "aangrenzend", "erkend"), a, ("vvsg_2024",))


def geen_regiocoordinator(a, vorm, toets, s):
    if not _subsidie_telt(a, s) or a.get("personeel") != "geen":
        return None
    return _w("geen_regiocoordinator", ("subsidie", "personeel"), a, ("optil_oprichten",))


def cultuurnota_termijn(a, vorm, toets, s):
    indiendatum = kennis.subsidieregel("cultuurnota").parameters["indiendatum"]
    if a.get("subsidie") != "ja" or s.datum > indiendatum or a.get("ronde_2027") in ("aangevraagd", "erkend"):
        return None
    return _w("cultuurnota_open", ("subsidie",), a, ("optil_planning",))


def projectvereniging_einde(a, vorm, toets, s):
    """Bestaande IGS cultuur: de projectvereniging loopt vaak af op 31 december 2026."""
    if not (a.get("erkend") == "ja" or a.get("ronde_2027") in ("aangevraagd", "erkend")):
        return None
    einde = kennis.subsidieregel("projectvereniging_einde").parameters["einde"]
    bronnen = ("grimbergen_noordrand", "iglimburg_pv")
    if s.datum <= einde:
        return _w("projectvereniging_einde", ("erkend", "ronde_2027"), a,
                  bronnen + ("vvsg_regiodecreet", "vvsg_afwijking_loket"), dagen=(einde - s.datum).days)
    if (s.datum - einde).days <= 366:
        return _w("projectvereniging_einde_voorbij", ("erkend", "ronde_2027"), a, bronnen)
    return None


def looptijd_projectvereniging(a, vorm, toets, s):
    if vorm.id != "projectvereniging" or not (a.get("looptijd") == "structureel" or _subsidie_telt(a, s)):
        return None
    sleutels = ("looptijd_projectvereniging", "looptijd_subsidieperiode") if _subsidie_telt(a, s) \
        else ("looptijd_projectvereniging",)
    return _w(sleutels, ("looptijd", "subsidie"), a, ("grimbergen_noordrand", "iglimburg_pv"))


def beheersoverdracht_bindt(a, vorm, toets, s):
    if not vorm.beheersoverdracht:
        return None
    return _w("beheersoverdracht_bindt", ("doel",), a, ("vlaanderen_dv_ov",))


def opdrachthoudend_zonder_personeel(a, vorm, toets, s):
    if not vorm.beheersoverdracht or a.get("personeel") != "geen":
        return None
    return _w("ov_zonder_personeel", ("personeel",), a)


def opdrachthoudend_afgebakend(a, vorm, toets, s):
    if not vorm.beheersoverdracht or a.get("looptijd") != "afgebakend":
        return None
    return _w("ov_afgebakend", ("looptijd",), a, ("vlaanderen_dv_ov",))


def personeelsoverdracht(a, vorm, toets, s):
    if a.get("doel") != "taakoverdracht":
        return None
    return _w("personeelsoverdracht", ("doel", "personeel"), a)


def cultuurpact(a, vorm, toets, s):
    """Een culturele instelling overdragen: de Cultuurpactwet (beheer met gebruikers en strekkingen)."""
    if a.get("doel") != "taakoverdracht":
        return None
    return _w("cultuurpact", ("doel",), a, ("cultuurpact_basisregels", "cultuurpactwet"))


def bestaande_dv_statuten(a, vorm, toets, s):
    if vorm.id != "dienstverlenende_vereniging" or a.get("bestaande_dv") != "ja":
        return None
    return _w("bestaande_dv_statuten", ("bestaande_dv",), a, ("iglimburg_statuten", "lokaalbestuur_toezicht"))


def overheidsopdrachten(a, vorm, toets, s):
    """Geld naar een vzw of private partner, of een lid of vereniging die de anderen bedient."""
    sleutels: list[str] = []
    bronnen: list[str] = []
    if a.get("partners") == "ook_privaat":
        sleutels.append("overheidsopdrachten_privaat")
    if vorm.id in ("interlokale_vereniging", "overleg") and a.get("personeel") == "via_gemeente":
        sleutels.append("overheidsopdrachten_beherende_gemeente")
        bronnen.append("curia_horizontaal")
    if vorm.id in ("dienstverlenende_vereniging", "opdrachthoudende_vereniging"):
        sleutels.append("overheidsopdrachten_vereniging")
    if not sleutels:
        return None
    return _w(tuple(sleutels), ("partners", "personeel"), a, ("geertsdenayer_inhouse", *bronnen),
              vorm=vorm.naam.lower())


CONTROLES: tuple[Controle, ...] = (
    bestaande_igs,
    fusie_opvolging,
    subsidie_onbekend,
    subsidie_zwaarder_dan_doel,
    private_partners_en_subsidie,
    eigen_personeel_zonder_rechtspersoon,
    meerdere_referentieregios,
    regio_onbekend_vereniging,
    onder_inwonersdrempel,
    geen_regiocoordinator,
    cultuurnota_termijn,
    projectvereniging_einde,
    looptijd_projectvereniging,
    beheersoverdracht_bindt,
    opdrachthoudend_zonder_personeel,
    opdrachthoudend_afgebakend,
    personeelsoverdracht,
    cultuurpact,
    bestaande_dv_statuten,
    overheidsopdrachten,
)


def waarschuwingen(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets, situatie: Situatie) -> list[Waarschuwing]:
    return [w for controle in CONTROLES if (w := controle(a, vorm, toets, situatie)) is not None]
