"""Het register van gedateerde feiten: wat geldt er op een datum?

De feiten die aan een subsidieperiode vastzitten (begin en einde, indiendatum van de
cultuurnota, inwonersdrempel, overgangsregel, bedragen) staan als gedateerde records
in ``data/subsidie.toml`` (``[[periode]]``), elk veld met zijn bronnen. Zinnen die van
de dag afhangen ("nog dit jaar", "is voorbij") staan in ``data/tijdzinnen.toml``: per
zin een geregistreerde datum en een tekst voor, op en na die datum.

    periode_op(datum)        de periode die op die dag loopt
    actuele_periode(datum)   de periode waarover de site spreekt: de lopende, of de
                             volgende zodra die al een indiendatum heeft
    volgende_omslag(datum)   de eerste dag na ``datum`` waarop een feit of een zin
                             verandert (of None als er niets meer verandert)
    tijdzin(id, datum)       de zin die op die dag klopt, met de feiten ingevuld
    kalender(datum)          de kalender (``[[moment]]`` in tijdzinnen.toml), verdeeld
                             in wat voorbij is en wat nog komt

Zonder datum geldt de dag van ``klok.vandaag()`` (``IGS_DATUM``).
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
from dataclasses import dataclass, field
from typing import Any

from . import kennis, klok

__all__ = [
    "Periode",
    "Tijdzin",
    "RegisterFout",
    "periodes",
    "periode",
    "periode_op",
    "actuele_periode",
    "vorige_periode",
    "volgende_periode",
    "omslagdata",
    "volgende_omslag",
    "datum_van",
    "tijdzinnen",
    "tijdzin",
    "Moment",
    "kalender",
]

BESTAND = "subsidie.toml"
ZINNEN = "tijdzinnen.toml"
_EEN_DAG = _dt.timedelta(days=1)
_VASTE_VELDEN = {"id", "start", "einde", "opmerking", "onbekend", "bronnen", "laatst_gecontroleerd"}


class RegisterFout(kennis.KennisFout):
    """Een kapot register of een vraag waarop het register geen antwoord heeft."""


@dataclass(frozen=True)
class Periode:
    id: str
    start: _dt.date
    einde: _dt.date | None
    laatst_gecontroleerd: _dt.date
    opmerking: str | None = None
    onbekend: frozenset[str] = frozenset()
    waarden: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    bronnen: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)

    @property
    def naam(self) -> str:
        """'2027-2032' voor een periode met een gekend einde, anders 'vanaf 2033'."""
        return f"{self.start.year}-{self.einde.year}" if self.einde else f"vanaf {self.start.year}"

    def loopt_op(self, datum: _dt.date) -> bool:
        return self.start <= datum and (self.einde is None or datum <= self.einde)

    def bekend(self, veld: str) -> bool:
        return veld in ("start", "einde") and getattr(self, veld) is not None or veld in self.waarden

    def waarde(self, veld: str) -> Any:
        """De waarde van een veld; een onbekend veld is een fout met de periode en het veld."""
        if veld in ("start", "einde") and getattr(self, veld) is not None:
            return getattr(self, veld)
        if veld in self.waarden:
            return self.waarden[veld]
        staat = "nog niet bekend" if veld in self.onbekend else "niet geregistreerd"
        raise RegisterFout(f"keuzehulp/data/{BESTAND}, periode {self.id}: '{veld}' is {staat}.")

    def bronnen_van(self, veld: str) -> tuple[kennis.Bron, ...]:
        alle = kennis.bronnen()
        return tuple(alle[s] for s in self.bronnen.get(veld, ()))


@dataclass(frozen=True)
class Tijdzin:
    id: str
    datum: str  # verwijzing naar een geregistreerde datum, zie datum_van
    voor: str
    op: str
    na: str

    def tekst_op(self, dag: _dt.date) -> str:
        wissel = datum_van(self.datum)
        return self.voor if dag < wissel else self.op if dag == wissel else self.na


@dataclass(frozen=True)
class Moment:
    """Een regel van de kalender: wanneer, wat en de bron (Markdown, met feiten)."""
    wanneer: str
    wat: str
    bron: str
    voorbij_na: str | _dt.date | None = None  # verwijzing of datum; zonder: altijd 'wat nog komt'

    def voorbij_op(self, dag: _dt.date) -> bool:
        if self.voorbij_na is None:
            return False
        grens = self.voorbij_na if isinstance(self.voorbij_na, _dt.date) else datum_van(self.voorbij_na)
        return dag > grens


def _fout(waar: str, wat: str) -> RegisterFout:
    return RegisterFout(f"keuzehulp/data/{waar}: {wat}")


def _periode(ruw: dict[str, Any], bekende_bronnen: dict[str, kennis.Bron]) -> Periode:
    """Eén [[periode]]: de vaste velden, en elk bekend veld met een bron die bestaat."""
    waar = f"{BESTAND}, periode {ruw.get('id', '?')}"
    for veld in ("id", "start", "laatst_gecontroleerd"):
        if veld not in ruw:
            raise _fout(waar, f"veld '{veld}' ontbreekt")
    bronnen = {k: tuple(v) for k, v in ruw.get("bronnen", {}).items()}
    for veld, ids in bronnen.items():
        for b in ids:
            if b not in bekende_bronnen:
                raise _fout(waar, f"bron '{b}' bij '{veld}' staat niet in bronnen.toml")
    waarden = {k: v for k, v in ruw.items() if k not in _VASTE_VELDEN}
    onbekend = frozenset(ruw.get("onbekend", ()))
    for veld in [*waarden, "start", *(["einde"] if "einde" in ruw else [])]:
        if not bronnen.get(veld):
            raise _fout(waar, f"'{veld}' heeft geen bron (tabel [periode.bronnen])")
        if veld in onbekend:
            raise _fout(waar, f"'{veld}' heeft een waarde en staat ook bij onbekend")
    return Periode(
        id=ruw["id"], start=ruw["start"], einde=ruw.get("einde"),
        laatst_gecontroleerd=ruw["laatst_gecontroleerd"], opmerking=ruw.get("opmerking"),
        onbekend=onbekend, waarden=waarden, bronnen=bronnen,
    )


@functools.cache
def periodes() -> tuple[Periode, ...]:
    """Alle periodes, oudste eerst; aansluitend, elk bekend veld met een bron."""
    bekende_bronnen = kennis.bronnen()
    uit = sorted((_periode(ruw, bekende_bronnen) for ruw in kennis._data_bestand(BESTAND).get("periode", [])),
                 key=lambda p: p.start)
    if not uit:
        raise _fout(BESTAND, "geen enkele [[periode]]")
    for a, b in itertools.pairwise(uit):
        if a.einde is None or a.einde + _EEN_DAG != b.start:
            raise _fout(BESTAND, f"periode {b.id} sluit niet aan op periode {a.id}")
    return tuple(uit)


def periode(id: str) -> Periode:
    for p in periodes():
        if p.id == id:
            return p
    raise RegisterFout(f"Onbekende periode '{id}'. Bekend: {', '.join(p.id for p in periodes())}.")


def periode_op(datum: _dt.date | None = None) -> Periode:
    """De periode die op ``datum`` loopt."""
    datum = datum or klok.vandaag()
    for p in periodes():
        if p.loopt_op(datum):
            return p
    raise RegisterFout(f"Geen subsidieperiode geregistreerd voor {datum.isoformat()} (keuzehulp/data/{BESTAND}).")


def vorige_periode(p: Periode) -> Periode | None:
    alle = periodes()
    i = alle.index(p)
    return alle[i - 1] if i > 0 else None


def volgende_periode(p: Periode) -> Periode | None:
    alle = periodes()
    i = alle.index(p)
    return alle[i + 1] if i + 1 < len(alle) else None


def actuele_periode(datum: _dt.date | None = None) -> Periode:
    """De periode waarover de site en de keuzehulp spreken op ``datum``: de lopende
    periode, of de volgende zodra die een indiendatum heeft (de ronde is dan bezig of voorbij)."""
    lopend = periode_op(datum)
    volgende = volgende_periode(lopend)
    return volgende if volgende is not None and volgende.bekend("indiendatum") else lopend


def datum_van(verwijzing: str) -> _dt.date:
    """Een geregistreerde datum: 'periode:2027-2032.start' of 'regel:projectvereniging_einde.einde'."""
    soort, _, rest = verwijzing.partition(":")
    id_, _, veld = rest.rpartition(".")
    try:
        if soort == "periode":
            waarde = periode(id_).waarde(veld)
        elif soort == "regel":
            waarde = kennis.subsidieregel(id_).parameters[veld]
        else:
            raise KeyError(soort)
    except (KeyError, RegisterFout):
        raise RegisterFout(
            f"Onbekende datum '{verwijzing}': schrijf 'periode:<id>.<veld>' of 'regel:<id>.<veld>'."
        ) from None
    if not isinstance(waarde, _dt.date):
        raise RegisterFout(f"'{verwijzing}' is geen datum maar {waarde!r}.")
    return waarde


@functools.cache
def tijdzinnen() -> dict[str, Tijdzin]:
    """De zinnen die van de dag afhangen, per id (elke datum en plaatshouder nagekeken)."""
    from .teksten import controleer

    uit = {}
    for ruw in kennis._data_bestand(ZINNEN).get("zin", []):
        zid = ruw.get("id", "?")
        waar = f"{ZINNEN}, zin {zid}"
        if not {"id", "datum", "voor", "na"} <= set(ruw):
            raise _fout(waar, "een zin heeft id, datum, voor en na (op is niet verplicht)")
        if zid in uit:
            raise _fout(waar, "dubbele id")
        datum_van(ruw["datum"])
        teksten = {k: ruw.get(k, ruw["voor"]) for k in ("voor", "op", "na")}
        controleer(teksten, f"{ZINNEN}, zin {zid}")
        uit[zid] = Tijdzin(id=zid, datum=ruw["datum"], **teksten)
    return uit


@functools.cache
def momenten() -> tuple[Moment, ...]:
    """De kalender, in de volgorde van het bestand (elke datum en plaatshouder nagekeken)."""
    from .teksten import controleer

    uit = []
    for i, ruw in enumerate(kennis._data_bestand(ZINNEN).get("moment", []), 1):
        waar = f"{ZINNEN}, moment {i}"
        if not {"wanneer", "wat", "bron"} <= set(ruw) or set(ruw) - {"wanneer", "wat", "bron", "voorbij_na"}:
            raise _fout(waar, "een moment heeft wanneer, wat en bron, en eventueel voorbij_na")
        grens = ruw.get("voorbij_na")
        if isinstance(grens, str):
            datum_van(grens)
        elif grens is not None and not isinstance(grens, _dt.date):
            raise _fout(waar, "voorbij_na is een datum of een verwijzing zoals 'periode:2027-2032.start'")
        controleer({k: ruw[k] for k in ("wanneer", "wat", "bron")}, waar)
        uit.append(Moment(ruw["wanneer"], ruw["wat"], ruw["bron"], grens))
    return tuple(uit)


def kalender(datum: _dt.date | None = None) -> tuple[list[Moment], list[Moment]]:
    """(wat voorbij is, wat nog komt) op ``datum``, met de feiten van die dag ingevuld."""
    from .teksten import feiten

    datum = datum or klok.vandaag()
    f = feiten(datum)
    voorbij: list[Moment] = []
    komt: list[Moment] = []
    for m in momenten():
        gevuld = Moment(m.wanneer.format_map(f), m.wat.format_map(f), m.bron.format_map(f), m.voorbij_na)
        (voorbij if m.voorbij_op(datum) else komt).append(gevuld)
    return voorbij, komt


def tijdzin(id: str, datum: _dt.date | None = None) -> str:
    """De zin ``id`` zoals ze op ``datum`` klopt, met de feiten van die dag ingevuld."""
    from .teksten import feiten

    datum = datum or klok.vandaag()
    try:
        zin = tijdzinnen()[id]
    except KeyError:
        raise LookupError(f"onbekende tijdzin '{id}' (keuzehulp/data/{ZINNEN})") from None
    return zin.tekst_op(datum).format_map(feiten(datum))


@functools.cache
def omslagdata() -> tuple[_dt.date, ...]:
    """Elke dag waarop een feit of een zin kan veranderen: elke geregistreerde datum en
    de dag erna (een zin kan 'op' en 'na' de datum anders luiden), gesorteerd."""
    data: set[_dt.date] = set()
    for p in periodes():
        data.add(p.start)
        data.update(v for v in p.waarden.values() if isinstance(v, _dt.date))
        if p.einde:
            data.add(p.einde)
    for regel in kennis.subsidieregels().values():
        data.update(v for v in regel.parameters.values() if isinstance(v, _dt.date))
    kp = kennis.subsidieregel("kleine_projecten").parameters
    eerste = kp["eerste_indiendatum"]
    for jaar in range(eerste.year, (periodes()[-1].start.year) + 1):
        for md in kp["indiendata"]:
            d = _dt.date(jaar, int(md[:2]), int(md[3:]))
            if d >= eerste:
                data.add(d)
    data.update(datum_van(z.datum) for z in tijdzinnen().values())
    for m in momenten():
        if isinstance(m.voorbij_na, _dt.date):
            data.add(m.voorbij_na)
        elif m.voorbij_na:
            data.add(datum_van(m.voorbij_na))
    return tuple(sorted(data | {d + _EEN_DAG for d in data}))


def volgende_omslag(datum: _dt.date | None = None) -> _dt.date | None:
    """De eerste dag na ``datum`` waarop een geregistreerd feit of een zin die van de dag
    afhangt, verandert; None als het register daarna niets meer weet."""
    datum = datum or klok.vandaag()
    return next((d for d in omslagdata() if d > datum), None)
