"""Waarschuwingen: spanningen tussen antwoorden, valkuilen bij de aanbevolen vorm, en data die naderen.

Elke controle is een kleine, benoemde functie. De woorden staan in
``data/teksten.toml`` (sectie ``waarschuwing``), met de bronnen erbij.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from . import kennis
from .kennis import Rechtsvorm
from .subsidietoets import SubsidieToets
from .teksten import tekst

Antwoorden = Mapping[str, Any]

__all__ = ["Waarschuwing", "CONTROLES", "waarschuwingen"]


@dataclass(frozen=True)
class Waarschuwing:
    tekst: str
    vragen: tuple[str, ...]
    bronnen: tuple[str, ...] = ()  # URL's

    def als_dict(self) -> dict[str, Any]:
        return {"tekst": self.tekst, "vragen": list(self.vragen), "bronnen": list(self.bronnen)}


Controle = Callable[[Antwoorden, Rechtsvorm, SubsidieToets, _dt.date], "Waarschuwing | None"]


def _w(sleutels: str | tuple[str, ...], vragen: tuple[str, ...], a: Antwoorden, bronnen: tuple[str, ...] = (),
       **waarden: Any) -> Waarschuwing:
    if isinstance(sleutels, str):
        sleutels = (sleutels,)
    zin = " ".join(tekst("waarschuwing." + s, **waarden) for s in sleutels)
    alle = kennis.bronnen()
    return Waarschuwing(zin, tuple(v for v in vragen if v in a), tuple(alle[b].url for b in bronnen))


def _subsidie_telt(a: Antwoorden, toets: SubsidieToets) -> bool:
    return a.get("subsidie") == "ja" and toets.bereik is not False


def subsidie_onbekend(a, vorm, toets, datum):
    if "subsidie" in a or vorm.werkingssubsidie:
        return None
    return _w("subsidie_onbekend", ("subsidie",), {"subsidie": None}, ("optil_tool_pv",), vorm=vorm.naam.lower())


def subsidie_zwaarder_dan_doel(a, vorm, toets, datum):
    if not _subsidie_telt(a, toets) or a.get("doel") != "afstemmen":
        return None
    return _w("subsidie_zwaarder_dan_doel", ("doel", "subsidie"), a, ("optil_tool_pv",))


def private_partners_en_subsidie(a, vorm, toets, datum):
    if a.get("partners") != "ook_privaat":
        return None
    if _subsidie_telt(a, toets):
        return _w(("privaat_en_subsidie", "privaat_alternatief"), ("partners", "subsidie"), a,
                  ("arbitragehof_65_2003", "vilvoorde_noordrand"))
    if not vorm.private_leden:
        return _w(("privaat_geen_lid", "privaat_alternatief"), ("partners", "doel"), a,
                  ("arbitragehof_65_2003", "vilvoorde_noordrand"), vorm=vorm.naam.lower())
    if a.get("subsidie") is None:
        return _w(("privaat_subsidie_onbekend", "privaat_alternatief"), ("partners", "subsidie"),
                  {**a, "subsidie": None}, ("vilvoorde_noordrand",))
    return None


def eigen_personeel_zonder_rechtspersoon(a, vorm, toets, datum):
    if a.get("personeel") != "eigen" or vorm.eigen_personeel or a.get("partners") != "ook_privaat":
        return None
    return _w("eigen_personeel_zonder_rechtspersoon", ("personeel", "partners"), a, vorm=vorm.naam.lower())


def meerdere_referentieregios(a, vorm, toets, datum):
    if a.get("referentieregio") != "meerdere":
        return None
    sleutels: list[str] = []
    bronnen: list[str] = []
    if a.get("subsidie") != "nee":
        sleutels.append("regio_subsidie")
        bronnen.append("optil_oprichten")
    if vorm.rechtspersoonlijkheid:
        if vorm.id == "dienstverlenende_vereniging" and a.get("bestaande_dv") == "ja":
            sleutels.append("regio_bestaande_dv")
        else:
            sleutels.append("regio_nieuwe_vereniging")
        bronnen += ["abb_afwijking", "vvsg_afwijking_loket", "vvsg_regiodecreet"]
    if not sleutels:
        return None
    return _w(tuple(sleutels), ("referentieregio",), a, tuple(bronnen), vorm=vorm.naam.lower())


def onder_inwonersdrempel(a, vorm, toets, datum):
    inwoners = a.get("inwoners")
    if a.get("subsidie") == "nee" or inwoners is None or toets.bereik is False and a.get("ronde_2027") == "nee":
        return None
    if inwoners >= kennis.subsidieregel("inwoners").parameters["drempel"]:
        return None
    return _w("onder_drempel", ("inwoners", "gemeenten", "aangrenzend", "erkend"), a, ("vvsg_2024",))


def geen_regiocoordinator(a, vorm, toets, datum):
    if not _subsidie_telt(a, toets) or a.get("personeel") != "geen":
        return None
    return _w("geen_regiocoordinator", ("subsidie", "personeel"), a, ("optil_oprichten",))


def cultuurnota_termijn(a, vorm, toets, datum):
    indiendatum = kennis.subsidieregel("cultuurnota").parameters["indiendatum"]
    if a.get("subsidie") != "ja" or datum > indiendatum or a.get("ronde_2027") in ("aangevraagd", "erkend"):
        return None
    return _w("cultuurnota_open", ("subsidie",), a, ("optil_planning",))


def projectvereniging_einde(a, vorm, toets, datum):
    """Bestaande IGS cultuur: de projectvereniging loopt vaak af op 31 december 2026."""
    if not (a.get("erkend") == "ja" or a.get("ronde_2027") in ("aangevraagd", "erkend")):
        return None
    einde = kennis.subsidieregel("projectvereniging_einde").parameters["einde"]
    bronnen = ("grimbergen_noordrand", "iglimburg_pv")
    if datum <= einde:
        return _w("projectvereniging_einde", ("erkend", "ronde_2027"), a, bronnen, dagen=(einde - datum).days)
    if (datum - einde).days <= 366:
        return _w("projectvereniging_einde_voorbij", ("erkend", "ronde_2027"), a, bronnen)
    return None


def looptijd_projectvereniging(a, vorm, toets, datum):
    if vorm.id != "projectvereniging" or not (a.get("looptijd") == "structureel" or _subsidie_telt(a, toets)):
        return None
    return _w("looptijd_projectvereniging", ("looptijd", "subsidie"), a, ("grimbergen_noordrand", "iglimburg_pv"))


def beheersoverdracht_bindt(a, vorm, toets, datum):
    if not vorm.beheersoverdracht:
        return None
    return _w("beheersoverdracht_bindt", ("doel",), a, ("vlaanderen_dv_ov",))


def opdrachthoudend_zonder_personeel(a, vorm, toets, datum):
    if not vorm.beheersoverdracht or a.get("personeel") != "geen":
        return None
    return _w("ov_zonder_personeel", ("personeel",), a)


def opdrachthoudend_afgebakend(a, vorm, toets, datum):
    if not vorm.beheersoverdracht or a.get("looptijd") != "afgebakend":
        return None
    return _w("ov_afgebakend", ("looptijd",), a, ("vlaanderen_dv_ov",))


def personeelsoverdracht(a, vorm, toets, datum):
    if a.get("doel") != "taakoverdracht":
        return None
    return _w("personeelsoverdracht", ("doel", "personeel"), a)


def bestaande_dv_statuten(a, vorm, toets, datum):
    if vorm.id != "dienstverlenende_vereniging" or a.get("bestaande_dv") != "ja":
        return None
    return _w("bestaande_dv_statuten", ("bestaande_dv",), a, ("iglimburg_statuten", "lokaalbestuur_toezicht"))


def overheidsopdrachten(a, vorm, toets, datum):
    """Geld naar een vzw of private partner, of een lid of vereniging die de anderen bedient."""
    sleutels: list[str] = []
    bronnen: list[str] = []
    if a.get("partners") == "ook_privaat":
        sleutels.append("overheidsopdrachten_privaat")
    if vorm.id == "interlokale_vereniging" and a.get("personeel") == "via_gemeente":
        sleutels.append("overheidsopdrachten_beherende_gemeente")
        bronnen.append("curia_horizontaal")
    if vorm.id in ("dienstverlenende_vereniging", "opdrachthoudende_vereniging"):
        sleutels.append("overheidsopdrachten_vereniging")
    if not sleutels:
        return None
    return _w(tuple(sleutels), ("partners", "personeel"), a, ("geertsdenayer_inhouse", *bronnen),
              vorm=vorm.naam.lower())


CONTROLES: tuple[Controle, ...] = (
    subsidie_onbekend,
    subsidie_zwaarder_dan_doel,
    private_partners_en_subsidie,
    eigen_personeel_zonder_rechtspersoon,
    meerdere_referentieregios,
    onder_inwonersdrempel,
    geen_regiocoordinator,
    cultuurnota_termijn,
    projectvereniging_einde,
    looptijd_projectvereniging,
    beheersoverdracht_bindt,
    opdrachthoudend_zonder_personeel,
    opdrachthoudend_afgebakend,
    personeelsoverdracht,
    bestaande_dv_statuten,
    overheidsopdrachten,
)


def waarschuwingen(a: Antwoorden, vorm: Rechtsvorm, toets: SubsidieToets, datum: _dt.date) -> list[Waarschuwing]:
    return [w for controle in CONTROLES if (w := controle(a, vorm, toets, datum)) is not None]
