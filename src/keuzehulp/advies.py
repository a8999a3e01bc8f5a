"""Het advies: welke vorm past, waarom, en wat er nog open ligt.

De stroom (per vraag in stroom.py): de antwoorden worden één keer gelezen
(``normaliseer``); de situatie wordt één keer berekend (``situatie.Situatie``: de
datum, de gekozen gemeenten en of de werkingssubsidie bereikbaar is,
``subsidietoets.bereik``); dan beoordelen de regels elke vorm met de antwoorden zoals
gegeven en die situatie; dan volgen de volledige subsidietoets, de waarschuwingen, de
aannames en de open vragen. Alles wat de weergave nodig heeft
(welke vragen gelden, de labels van de antwoorden, de datum) zit in ``Advies``.
"""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from . import afleiding as afl
from . import kennis, klok
from .afleiding import Afleiding
from .antwoorden import Gelezen, lees_antwoorden_strikt
from .kennis import Rechtsvorm
from .regels import Oordeel, oordelen
from .situatie import Situatie
from .stappen import VolgendeStap, volgende_stappen
from .stroom import REGELS
from .subsidietoets import SubsidieToets, bereik, toets_subsidie
from .teksten import tekst
from .vragen import van_toepassing, vraag, vraag_ids
from .waarschuwingen import Waarschuwing, waarschuwingen

__all__ = ["Advies", "Beoordeling", "advies", "normaliseer", "beoordeel", "VERSIE"]

from .versie import VERSIE  # noqa: E402  (één bron voor site, pdf en keuzehulp)


@dataclass(frozen=True)
class Beoordeling:
    rechtsvorm: Rechtsvorm
    geschikt: bool
    score: int
    voor: tuple[Oordeel, ...]
    tegen: tuple[Oordeel, ...]

    @property
    def oordeel(self) -> str:
        """'geschikt', 'minder_geschikt' (kan, maar er spreekt meer tegen dan voor) of 'niet_geschikt'."""
        if not self.geschikt:
            return "niet_geschikt"
        if self.score > 0 or not any(o.gewicht for o in self.tegen):
            return "geschikt"
        return "minder_geschikt"

    @property
    def oordeel_label(self) -> str:
        return tekst("oordeel." + self.oordeel)

    def als_dict(self) -> dict[str, Any]:
        return {
            "rechtsvorm": self.rechtsvorm.id,
            "naam": self.rechtsvorm.naam,
            "geschikt": self.geschikt,
            "oordeel": self.oordeel,
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
    volgende_stappen: tuple[VolgendeStap, ...]
    disclaimer: dict[str, str]
    antwoorden: dict[str, Any]
    datum: _dt.date = field(default_factory=klok.vandaag)
    van_toepassing: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)  # vraag-id -> leesbaar antwoord (of band)
    banden: tuple[str, ...] = ()  # getalvragen die alleen als band tellen (vooraf, statisch pad)
    versie: str = VERSIE
    gekozen: Afleiding | None = None  # de gekozen gemeenten (URL-parameter nis) en wat eruit volgt
    situatie: Situatie | None = None  # de situatie waarmee het advies berekend is (datum, gemeenten, bereik)

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
            "labels": dict(self.labels),
            "van_toepassing": list(self.van_toepassing),
            "datum": self.datum.isoformat(),
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


def _lees(antwoorden: Mapping[str, Any] | Gelezen) -> tuple[dict[str, Any], dict[str, Any]]:
    """(alles wat gelezen is, ook 'nis'; alleen de antwoorden op vragen die gelden).

    Een ``Gelezen`` (uit ``lees_antwoorden``) is al gelezen en aangevuld uit 'nis': niet opnieuw."""
    if isinstance(antwoorden, Gelezen):
        geparsed = dict(antwoorden.antwoorden)
    else:
        geparsed = lees_antwoorden_strikt({k: v for k, v in antwoorden.items() if v is not None})
    return geparsed, _zonder_niet_toepasselijke(geparsed)


def beoordeel(a: Mapping[str, Any], situatie: Situatie | None = None) -> list[Beoordeling]:
    """Beoordeel alle vormen en rangschik: geschikt eerst, dan score, dan de lichtste.
    ``situatie``: of de subsidie bereikbaar is (buiten bereik telt de wens niet mee)."""
    vormen = kennis.rechtsvormen()
    voor: dict[str, list[Oordeel]] = {vorm.id: [] for vorm in vormen}
    uitsluitend: dict[str, list[Oordeel]] = {vorm.id: [] for vorm in vormen}
    tegen: dict[str, list[Oordeel]] = {vorm.id: [] for vorm in vormen}
    score = dict.fromkeys(voor, 0)
    for o in oordelen(a, vormen, REGELS, situatie):
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


def _kern(a: Mapping[str, Any], datum: _dt.date) -> tuple[str, bool | None]:
    """Alleen de uitkomst: (aanbevolen vorm, in aanmerking voor subsidie)."""
    return _kern_bewaard(tuple(a.get(id) for id in vraag_ids()), datum)


@functools.lru_cache(maxsize=1 << 17)
def _kern_bewaard(waarden: tuple[Any, ...], datum: _dt.date) -> tuple[str, bool | None]:
    a = {id: w for id, w in zip(vraag_ids(), waarden, strict=True) if w is not None}
    with klok.op(datum):
        situatie = Situatie(datum, bereik=bereik(a, datum))
        vorm = beoordeel(a, situatie)[0].rechtsvorm
        return vorm.id, toets_subsidie(a, vorm, datum, volledig=False, situatie=situatie).in_aanmerking


def _aannames(a: Mapping[str, Any], situatie: Situatie, rangschikking: list[Beoordeling],
              toets: SubsidieToets) -> list[dict[str, Any]]:
    uit = [{"vraag": id, "tekst": vraag(id).aanname} for id in van_toepassing(a) if id not in a]
    if a.get("subsidie") == "ja" and toets.bereik is False:
        uit.append({"vraag": None, "tekst": tekst("alternatief.zonder_wens")})
    elif a.get("subsidie") == "ja" and toets.bereik is None:
        open_regels = [r.regel for r in toets.redenen if r.soort == "bereik" and r.voldaan is None]
        redenen = tekst("beslist_door.verbinding").join(tekst("beslist_door." + r) for r in open_regels)
        zonder = beoordeel({**a, "subsidie": "nee"}, situatie)[0].rechtsvorm  # als de subsidie er niet komt
        if zonder.id == rangschikking[0].rechtsvorm.id:
            uit.append({"vraag": None, "tekst": tekst("alternatief.onbeslist_zelfde", redenen=redenen)})
        else:
            uit.append({"vraag": None, "tekst": tekst("alternatief.onbeslist_anders", redenen=redenen,
                                                             vorm_zonder=zonder.naam.lower())})
    eerste, tweede = rangschikking[0], rangschikking[1]
    if eerste.oordeel == "minder_geschikt":
        zin = tekst("aanname.niets_past")
        if a.get("personeel") == "eigen" and eerste.rechtsvorm.id != "interlokale_vereniging":
            zin += " " + tekst("aanname.niets_past_personeel")
        uit.append({"vraag": None, "tekst": zin})
    if tweede.geschikt and tweede.score == eerste.score:
        uit.append({"vraag": None, "tekst": tekst("aanname.gelijkspel", vorm=eerste.rechtsvorm.naam,
                                                  vorm_zonder=tweede.rechtsvorm.naam.lower(),
                                                  vorm_zonder_klein=eerste.rechtsvorm.naam.lower())})
    return uit


def _mogelijke_antwoorden(id: str) -> list[tuple[Any, str]]:
    v = vraag(id)
    if v.type == "keuze":
        return [(o.waarde, o.label) for o in v.opties]
    return [(b.waarde, b.label) for b in v.banden]


def _oordeel_woord(waarde: bool | None) -> str:
    return tekst("oordeel." + {True: "ja", False: "nee", None: "onbeslist"}[waarde])


def _open_vragen(a: Mapping[str, Any], kern: tuple[str, bool | None], datum: _dt.date) -> list[dict[str, Any]]:
    uit = []
    for id in van_toepassing(a):
        if id in a:
            continue
        gevolgen = []
        for waarde, label in _mogelijke_antwoorden(id):
            ander = _kern(_zonder_niet_toepasselijke({**a, id: waarde}), datum)
            delen = []
            if ander[0] != kern[0]:
                delen.append(tekst("aanname.gevolg_vorm", vorm=kennis.rechtsvorm(ander[0]).naam.lower()))
            if ander[1] != kern[1]:
                delen.append(tekst("aanname.gevolg_subsidie", oordeel=_oordeel_woord(ander[1])))
            if delen:
                gevolgen.append(tekst("aanname.gevolg", antwoord=label, delen=" en ".join(delen)))
        if gevolgen:
            uit.append({"vraag": id, "tekst": tekst("aanname.open_vraag", vraag=vraag(id).tekst,
                                                    gevolgen="; ".join(gevolgen))})
    return uit


def disclaimer() -> dict[str, str]:
    return {"tekst": kennis.subsidie_meta()["disclaimer"], "datum": kennis.gecontroleerd().isoformat()}


def _labels(a: Mapping[str, Any], banden: Iterable[str]) -> dict[str, str]:
    """Leesbare antwoorden; een getal dat als band gegeven is, blijft een band."""
    als_band = set(banden)
    uit = {}
    for id, waarde in a.items():
        v = vraag(id)
        uit[id] = v.band(waarde).label if id in als_band and v.type == "getal" else v.label(waarde)
    return uit


def advies(
    antwoorden: Mapping[str, Any] | Gelezen, datum: _dt.date | None = None, *, banden: Iterable[str] = ()
) -> Advies:
    """Geef advies bij (een deel van) de antwoorden, voor de situatie op ``datum`` (standaard vandaag).

    ``antwoorden``: vraag-id -> waarde (tekst of getal). Ontbrekende antwoorden
    mogen; het advies zegt dan wat het aannam. Onbekende vragen of waarden
    geven ``OngeldigAntwoord``. Of een ``Gelezen`` van ``lees_antwoorden`` (de
    browser): die wordt niet opnieuw gelezen en 'nis' niet opnieuw afgeleid. ``banden``: ids van getalvragen waarvan alleen de
    band bekend is (het statische pad); het advies noemt dan de band, nooit het getal.
    """
    datum = datum or klok.vandaag()
    with klok.op(datum):  # feiten en zinnen van de dag van het advies
        return _advies(antwoorden, datum, banden)


def _advies(antwoorden: Mapping[str, Any] | Gelezen, datum: _dt.date, banden: Iterable[str]) -> Advies:
    geparsed, a = _lees(antwoorden)
    gekozen = None
    if geparsed.get(afl.NIS):
        gekozen = afl.leid_af(geparsed[afl.NIS].split(",")).met_afgeleid(a)
    labels = _labels(a, banden)
    bandlabels = {id: labels[id] for id in banden if id in a}
    situatie = Situatie(datum, gekozen, bereik(a, datum, bandlabels))
    rangschikking = beoordeel(a, situatie)
    vorm = rangschikking[0].rechtsvorm
    toets = toets_subsidie(a, vorm, datum, bandlabels, situatie=situatie)
    return Advies(
        aanbevolen=vorm.id,
        rangschikking=tuple(rangschikking),
        subsidie=toets,
        waarschuwingen=tuple(waarschuwingen(a, vorm, toets, situatie)),
        aannames=tuple(_aannames(a, situatie, rangschikking, toets)),
        open_vragen=tuple(_open_vragen(a, (vorm.id, toets.in_aanmerking), datum)),
        volgende_stappen=tuple(volgende_stappen(a, vorm, situatie)),
        disclaimer=disclaimer(),
        antwoorden=a,
        gekozen=gekozen,
        situatie=situatie,
        datum=datum,
        van_toepassing=tuple(van_toepassing(a)),
        banden=tuple(bandlabels),
        labels=labels,
    )
