"""Het advies als document: één keer gebouwd uit een ``Advies``, voor elke weergave.

``adviesdocument(advies)`` zet het advies om in getypeerde blokken: de koppen (uit
``teksten.toml [weergave]``), de punten van elke lijst met de vraag en het antwoord dat
ze veroorzaakte, hun bronnen en of ze geverifieerd zijn. De weergaven leggen die blokken
alleen nog uit: HTML (``html.py``), tekst voor de opdrachtregel (``tekst.py``) en de nota
voor het college (``nota.py``, ODT en DOCX). Een kop of een zin staat zo op één plek.

Geen opmaak hier: een punt is tekst plus gegevens; elke weergave beslist hoe het eruitziet.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from . import gemeenten as gem
from . import kennis, register
from .advies import Advies, Beoordeling
from .datum import datum_nl
from .teksten import tekst
from .vragen import bestaande_vereniging, vraag

__all__ = ["Bronlink", "Punt", "Sectie", "Vormoordeel", "Gemeenterij", "Adviesdocument", "adviesdocument",
           "antwoord_label", "subsidie_oordeel", "merk_sleutel", "bron_uitgever", "deelquery"]


@dataclass(frozen=True)
class Bronlink:
    """Een bron: de URL, de uitgever (kort, in een zin) en de titel."""

    url: str
    uitgever: str | None = None
    titel: str | None = None


@dataclass(frozen=True)
class Punt:
    """Eén punt van een lijst: de zin, wat hem veroorzaakte en waarop hij steunt."""

    tekst: str
    vraag: str | None = None  # de vraag waarvan het antwoord dit punt gaf
    antwoord: str | None = None  # dat antwoord, leesbaar (of de band)
    bronnen: tuple[Bronlink, ...] = ()
    geverifieerd: bool = True
    merk: str | None = None  # subsidievoorwaarde: 'voldaan', 'niet_voldaan' of 'open'; None: informatie
    url: str | None = None  # het punt is zelf een link (een volgende stap), relatief aan de site
    afgeleid: bool = False  # een antwoord dat het advies uit de gekozen gemeenten afleidde

    @property
    def merk_tekst(self) -> str | None:
        return tekst("oordeel." + self.merk) if self.merk else None


@dataclass(frozen=True)
class Sectie:
    """Een kop met zijn punten (een lege sectie toont geen weergave)."""

    id: str
    kop: str
    punten: tuple[Punt, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.punten)


@dataclass(frozen=True)
class Vormoordeel:
    """Een vorm in de rangschikking: naam, oordeel en de redenen voor en tegen."""

    id: str
    naam: str
    pad: str
    geschikt: bool
    oordeel: str
    oordeel_label: str
    voor: tuple[Punt, ...]
    tegen: tuple[Punt, ...]


@dataclass(frozen=True)
class Gemeenterij:
    nis: str
    naam: str
    inwoners: int
    referentieregio: str


@dataclass(frozen=True)
class Adviesdocument:
    advies: Advies
    titel: str
    datum_zin: str  # 'Advies voor de situatie op 5 december 2026.'
    vorm: kennis.Rechtsvorm
    waarom: Sectie  # de redenen voor de aanbevolen vorm
    let_op: Sectie  # de redenen ertegen
    waarschuwingen: Sectie
    subsidie_klasse: str  # 'ja', 'nee' of 'onbeslist'
    subsidie_zin: str
    voorwaarden: Sectie
    alternatieven: Sectie
    antwoorden: Sectie  # vraag (tekst) -> antwoord
    aannames: Sectie
    open_vragen: Sectie
    andere_vormen: tuple[Vormoordeel, ...]
    volgende_stappen: Sectie
    gemeenten: tuple[Gemeenterij, ...]
    disclaimer: str
    disclaimer_datum: _dt.date
    versie: str
    # De samenvatting bovenaan: de sterkste redenen, de stand van de ronde, wat een 'nee' of
    # 'nog niet te zeggen' beslist, een dringende termijn en de erkende IGS van de gekozen gemeenten.
    sterkste: tuple[str, ...] = ()
    ronde: str | None = None
    beslissend: tuple[str, ...] = ()
    dringend: str | None = None
    bestaande_igs: str | None = None
    aantal_bestaande_igs: int = 0

    @property
    def rangschikking(self) -> tuple[Vormoordeel, ...]:
        return (_vormoordeel(self.advies.rangschikking[0], self.advies.labels), *self.andere_vormen)

    @property
    def inwoners_samen(self) -> int:
        return sum(g.inwoners for g in self.gemeenten)

    def bronnen(self) -> tuple[Bronlink, ...]:
        """Elke bron waarop het advies steunt, één keer, in de volgorde waarin ze voorkomen: de
        punten van het advies, dan de bronnen van de aanbevolen vorm en de inwonersbron."""
        gezien: dict[str, Bronlink] = {}
        secties = (self.waarom, self.let_op, self.waarschuwingen, self.voorwaarden, self.alternatieven,
                   self.aannames, self.open_vragen)
        for sectie in secties:
            for punt in sectie.punten:
                for b in punt.bronnen:
                    gezien.setdefault(b.url, _volledig(b))
        for b in self.vorm.bronnenlijst():
            gezien.setdefault(b.url, Bronlink(b.url, b.uitgever, b.titel))
        if self.gemeenten:
            i = gem.meta()["inwoners"]
            gezien.setdefault(i["bron_url"], Bronlink(i["bron_url"], i["uitgever"], i["bron"]))
        return tuple(gezien.values())

    def kalender(self) -> tuple[list[register.Moment], list[register.Moment]]:
        """(wat voorbij is, wat nog komt) op de dag van het advies."""
        return register.kalender(self.advies.datum)


# --------------------------------------------------------------------------


def antwoord_label(vraag_id: str, antwoord: Any, labels: dict[str, str] | None = None) -> str:
    """Het antwoord zoals de lezer het leest (de band als alleen die bekend is)."""
    if labels and vraag_id in labels:
        return labels[vraag_id]
    try:
        return vraag(vraag_id).label(antwoord)
    except (KeyError, ValueError):
        return str(antwoord)


def bron_uitgever(url: str) -> str | None:
    return next((b.uitgever for b in kennis.bronnen().values() if b.url == url), None)


def _bron(url: str) -> Bronlink:
    return Bronlink(url, bron_uitgever(url))


def _volledig(b: Bronlink) -> Bronlink:
    """Met titel, als de bron in bronnen.toml staat."""
    bron = next((x for x in kennis.bronnen().values() if x.url == b.url), None)
    return Bronlink(b.url, bron.uitgever, bron.titel) if bron else b


def subsidie_oordeel(advies: Advies) -> tuple[str, str]:
    """(klasse, zin): het oordeel over de werkingssubsidie in één zin."""
    klasse = {True: "ja", False: "nee", None: "onbeslist"}[advies.subsidie.in_aanmerking]
    sleutel = "niet_gevraagd" if advies.antwoorden.get("subsidie") == "nee" else klasse
    return klasse, tekst("oordeel.kop_" + sleutel)


def merk_sleutel(voldaan: bool | None) -> str:
    return {True: "voldaan", False: "niet_voldaan", None: "open"}[voldaan]


def _reden(o: Any, labels: dict[str, str]) -> Punt:
    heeft_oorzaak = o.vraag is not None and o.antwoord is not None
    return Punt(o.tekst, o.vraag if heeft_oorzaak else None,
                antwoord_label(o.vraag, o.antwoord, labels) if heeft_oorzaak else None)


def _vormoordeel(b: Beoordeling, labels: dict[str, str]) -> Vormoordeel:
    return Vormoordeel(b.rechtsvorm.id, b.rechtsvorm.naam, b.rechtsvorm.pad, b.geschikt, b.oordeel,
                       b.oordeel_label, tuple(_reden(o, labels) for o in b.voor),
                       tuple(_reden(o, labels) for o in b.tegen))


def _voorwaarden(advies: Advies) -> tuple[Punt, ...]:
    uit = []
    for r in advies.subsidie.redenen:
        punt = _reden(r, advies.labels)
        uit.append(Punt(punt.tekst, punt.vraag, punt.antwoord, (_bron(r.bron),) if r.bron else (),
                        r.geverifieerd, merk_sleutel(r.voldaan) if r.toets else None))
    return tuple(uit)


def _lijst(items: Any) -> tuple[Punt, ...]:
    return tuple(Punt(x["tekst"], bronnen=tuple(_bron(u) for u in x.get("bronnen", ()))) for x in items)


def deelquery(advies: Advies) -> str:
    """De query die dezelfde antwoorden in de keuzehulp terugzet: 'doel=…&subsidie=…&nis=…'.
    Een antwoord dat uit de gekozen gemeenten volgde, staat er niet in (nis leidt het opnieuw af), net
    zomin als een getal dat alleen als band telt (het advies vooraf geldt voor elk getal in de band)."""
    weg = (set(advies.gekozen.afgeleid) if advies.gekozen else set()) | set(advies.banden)
    paren = [(k, str(v)) for k, v in advies.antwoorden.items() if k not in weg]
    query = urlencode(paren)
    if advies.gekozen:
        query += ("&" if query else "") + "nis=" + ",".join(advies.gekozen.codes)
    return query


def _sterkste_redenen(advies: Advies, aantal: int = 3) -> tuple[str, ...]:
    """De zwaarst wegende redenen voor de aanbevolen vorm (bij gelijk gewicht: hun volgorde)."""
    return tuple(o.tekst for o in sorted(advies.rangschikking[0].voor, key=lambda o: -o.gewicht)[:aantal])


def _ronde(advies: Advies) -> str | None:
    """Waar jullie staan in de aanvraagronde (de reden van de subsidietoets over de ronde)."""
    return next((r.tekst for r in advies.subsidie.redenen if r.vraag == "ronde_2027"), None)


def _beslissend(advies: Advies, klasse: str) -> tuple[str, ...]:
    """Wat een 'nee' of 'nog niet te zeggen' beslist (naast de ronde), en een niet-aaneengesloten groep."""
    if advies.antwoorden.get("subsidie") == "nee":
        return ()
    uit = []
    gezocht = {"nee": False, "onbeslist": None}.get(klasse, "geen")
    eerste = next((r for r in advies.subsidie.redenen
                   if r.toets and r.voldaan is gezocht and r.vraag != "ronde_2027"), None)
    if eerste:
        uit.append(eerste.tekst)
    uit += [r.tekst for r in advies.subsidie.redenen if r.sleutel == "subsidie.niet_aaneengesloten"]
    return tuple(uit)


def _dringend(advies: Advies) -> str | None:
    """De projectvereniging die afloopt (waarschuwing projectvereniging_einde), als de vereniging er al is."""
    if not any("projectvereniging_einde" in w.sleutels for w in advies.waarschuwingen):
        return None
    if not bestaande_vereniging(advies.antwoorden):
        return None
    einde = kennis.subsidieregel("projectvereniging_einde", advies.datum).parameters["einde"]
    return tekst("samenvatting.pv_einde", dagen=str((einde - advies.datum).days))


def _bestaande_igs(advies: Advies) -> str | None:
    igs = advies.situatie.bestaande_igs if advies.situatie else ()
    if not igs:
        return None
    totaal = advies.situatie.aantal_gekozen
    lijst = "; ".join(tekst("samenvatting.igs", igs=b.naam, aantal=str(len(b.leden)), totaal=str(totaal)) for b in igs)
    return tekst("samenvatting.bestaande_igs_" + ("een" if len(igs) == 1 else "meer"), igs=lijst)


def adviesdocument(advies: Advies) -> Adviesdocument:
    """Het advies als document (zie de moduledocumentatie)."""
    labels = advies.labels
    eerste = advies.rangschikking[0]
    klasse, zin = subsidie_oordeel(advies)
    afgeleid = advies.gekozen.afgeleid if advies.gekozen else ()
    antwoorden = tuple(
        Punt(vraag(id).tekst, id, antwoord_label(id, waarde, labels), afgeleid=id in afgeleid)
        for id, waarde in advies.antwoorden.items()
    )
    gemeenten = tuple(Gemeenterij(g.nis, g.naam, g.inwoners, g.referentieregio)
                      for g in (advies.gekozen.gemeenten if advies.gekozen else ()))
    return Adviesdocument(
        advies=advies,
        titel=tekst("weergave.titel"),
        datum_zin=tekst("weergave.situatie", datum=datum_nl(advies.datum)),
        vorm=advies.aanbevolen_vorm,
        waarom=Sectie("waarom", tekst("weergave.waarom"), tuple(_reden(o, labels) for o in eerste.voor)),
        let_op=Sectie("let_op", tekst("weergave.let_op"), tuple(_reden(o, labels) for o in eerste.tegen)),
        waarschuwingen=Sectie("waarschuwingen", tekst("weergave.waarschuwingen"),
                              _lijst(w.als_dict() for w in advies.waarschuwingen)),
        subsidie_klasse=klasse,
        subsidie_zin=zin,
        voorwaarden=Sectie("voorwaarden", zin, _voorwaarden(advies)),
        alternatieven=Sectie("alternatieven", tekst("alternatief.kop"), tuple(
            Punt(x.tekst, bronnen=(_bron(x.bron),) if x.bron else (), geverifieerd=x.geverifieerd)
            for x in advies.subsidie.alternatieven)),
        antwoorden=Sectie("antwoorden", tekst("weergave.antwoorden"), antwoorden),
        aannames=Sectie("aannames", tekst("weergave.aannames"), _lijst(advies.aannames)),
        open_vragen=Sectie("open_vragen", tekst("weergave.open_vragen"), _lijst(advies.open_vragen)),
        andere_vormen=tuple(_vormoordeel(b, labels) for b in advies.rangschikking[1:]),
        volgende_stappen=Sectie("volgende_stappen", tekst("weergave.volgende_stappen"),
                                tuple(Punt(s.tekst, url=s.url) for s in advies.volgende_stappen)),
        gemeenten=gemeenten,
        disclaimer=advies.disclaimer["tekst"],
        disclaimer_datum=_dt.date.fromisoformat(advies.disclaimer["datum"]),
        versie=advies.versie,
        sterkste=_sterkste_redenen(advies),
        ronde=_ronde(advies),
        beslissend=_beslissend(advies, klasse),
        dringend=_dringend(advies),
        bestaande_igs=_bestaande_igs(advies),
        aantal_bestaande_igs=len(advies.situatie.bestaande_igs) if advies.situatie else 0,
    )
