"""The data model of a template, read from src/sjablonen/data/<id>.toml.

One TOML file per template is the single source: the site page, the ODT and the
DOCX are all built from it. Reading is lazy (nothing happens at import time)
and cached. Standard library only: this module also runs under Pyodide.

Two kinds of placeholder in a text:

- ``{veld_id}``: a field the reader fills in (defined under ``[[veld]]``);
- ``{feit.naam}``: a fact from the site's registry, the same names as in
  ``keuzehulp/data/teksten.toml`` and the ``<!-- igs:feit naam -->`` marker in
  Markdown (``keuzehulp.teksten.feiten()``), e.g. ``minstens {feit.drempel} inwoners``.
  Facts are filled in when the file is read, for the date of ``keuzehulp.klok``
  (today, or ``IGS_DATUM``); an unknown name fails naming the file and the placeholder.
  A threshold, period, date or amount from the registry is never typed in a template.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

# "{veld_id}" in a text is a field to fill in.
PLAATSHOUDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
# "{feit.naam}" in a text is a fact from the registry, filled in when the file is read.
FEIT = re.compile(r"\{feit\.([^{}]*)\}")
_ID = re.compile(r"^[a-z][a-z0-9-]*$")
_VELD_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_DATUM = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

BLOKSOORTEN = ("kop", "alinea", "lijst", "toelichting", "artikel", "herhaal")
# gemeenten: the municipalities, one per line; on the site chosen with the
# gemeentekiezer, which sends their NIS codes (sjablonen.gemeenten turns them into names).
VELDSOORTEN = ("tekst", "tekstvak", "email", "gemeenten")


class SjabloonFout(ValueError):
    """A template's data file breaks the rules (Dutch message naming the file)."""


@dataclass(frozen=True)
class Bron:
    titel: str
    uitgever: str
    url: str
    datum: str  # ISO: "2017-12-22", "2024-03" or "2026"
    datum_soort: str = "gepubliceerd"  # or "geraadpleegd"


@dataclass(frozen=True)
class Veld:
    id: str
    label: str
    hint: str
    voorbeeld: str
    verplicht: bool
    soort: str = "tekst"  # tekst | tekstvak (several lines) | email | gemeenten
    groep: str = ""
    # gemeenten only: the id of a field whose value (one municipality) is left out of this
    # list in the document (the reader's own municipality among all the participants)
    zonder: str = ""


@dataclass(frozen=True)
class Blok:
    soort: str  # kop | alinea | lijst | toelichting | artikel | herhaal
    tekst: str = ""
    niveau: int = 2  # kop only: 2 or 3 (the document title is level 1)
    titel: str = ""  # artikel only
    items: tuple[str, ...] = ()  # lijst and artikel
    genummerd: bool = False  # lijst
    checklist: bool = False  # lijst: tick boxes on the site
    uit_veld: str = ""  # lijst: one item per line of this field when filled in;
    # herhaal: the text once per line of this field, {uit_veld} standing for that line
    leeg: str = ""  # herhaal: what stands for the line while the field is empty (default «Label»)
    nummer: int = 0  # artikel: set while loading, 1, 2, 3 ...
    # alinea and herhaal: a signature block, never split over two pages (herhaal: each
    # repetition; on by default for herhaal)
    ondeelbaar: bool = False


@dataclass(frozen=True)
class Sjabloon:
    id: str
    titel: str
    document_titel: str
    beschrijving: str
    doel: str
    wie_beslist: str
    laatst_bijgewerkt: dt.date
    volgorde: int
    bronnen: tuple[Bron, ...]
    velden: tuple[Veld, ...]
    blokken: tuple[Blok, ...]
    niet_geverifieerd: tuple[str, ...] = ()
    gebruik: tuple[str, ...] = ()
    formulier: bool = False
    # the fields whose values name the downloaded file ("engagementsverklaring-cultuur-scheldeland.odt")
    bestandsnaam: tuple[str, ...] = ()
    # a link from the keuzehulp (?rechtsvorm=projectvereniging): per parameter, per value of the
    # engine, the field values it fills in
    vooraf: dict = field(default_factory=dict, compare=False)
    # the keuzehulp's warnings (keys under [waarschuwing] in keuzehulp/data/teksten.toml) shown
    # when the chosen municipalities lie in more than one referentieregio; {vorm} is regio_vorm
    regiowaarschuwing: tuple[str, ...] = ()
    regio_vorm: str = ""
    veldindex: dict[str, Veld] = field(default_factory=dict, compare=False, repr=False)

    def veld(self, veld_id: str) -> Veld:
        return self.veldindex[veld_id]


_CACHE: dict[tuple[str, dt.date], Sjabloon] = {}  # per template and date (facts)
_IDS: list[str] = []


def _vul_feiten(waarde, naam: str, feiten: dict[str, str]):
    """Every {feit.naam} in the raw TOML (strings, lists, tables) replaced by the fact."""
    if isinstance(waarde, str):
        def feit(m: re.Match) -> str:
            if m.group(1) not in feiten:
                raise SjabloonFout(f"{naam}: onbekend feit {m.group(0)} (bekend: {', '.join(sorted(feiten))})")
            return feiten[m.group(1)]
        return FEIT.sub(feit, waarde)
    if isinstance(waarde, list):
        return [_vul_feiten(w, naam, feiten) for w in waarde]
    if isinstance(waarde, dict):
        return {k: _vul_feiten(w, naam, feiten) for k, w in waarde.items()}
    return waarde


def wis_cache() -> None:
    """Forget what was read, so the next call reads the data files again
    (for `mkdocs serve`, which rebuilds in the same process)."""
    _CACHE.clear()
    _IDS.clear()


def _data():
    return resources.files(__package__).joinpath("data")


def ids() -> list[str]:
    """The ids of all templates, in the order of their `volgorde`."""
    if not _IDS:
        gevonden = sorted(
            bestand.name[: -len(".toml")]
            for bestand in _data().iterdir()
            if bestand.name.endswith(".toml")
        )
        _IDS.extend(sorted(gevonden, key=lambda i: (laad(i).volgorde, i)))
    return list(_IDS)


def laad(sjabloon_id: str) -> Sjabloon:
    """Read, check and cache one template. Unknown id: ValueError in Dutch."""
    if not isinstance(sjabloon_id, str) or not _ID.match(sjabloon_id):
        raise ValueError(f"Onbekend sjabloon: {sjabloon_id!r}")
    from keuzehulp import klok, teksten  # the registry of facts (same wheel, also under Pyodide)

    sleutel = (sjabloon_id, klok.vandaag())
    if sleutel in _CACHE:
        return _CACHE[sleutel]
    bestand = _data().joinpath(f"{sjabloon_id}.toml")
    if not bestand.is_file():
        raise ValueError(f"Onbekend sjabloon: {sjabloon_id!r}")
    naam = f"sjablonen/data/{sjabloon_id}.toml"
    try:
        ruw = tomllib.loads(bestand.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as fout:
        raise SjabloonFout(f"{naam}: geen geldige UTF-8 (byte {fout.start})") from None
    except tomllib.TOMLDecodeError as fout:
        raise SjabloonFout(f"{naam}: geen geldige TOML ({fout})") from None
    sjabloon = _bouw(sjabloon_id, _vul_feiten(ruw, naam, teksten.feiten(sleutel[1])), naam)
    _CACHE[sleutel] = sjabloon
    return sjabloon


# --- checking the raw TOML -------------------------------------------------


def _tekst(ruw: dict, sleutel: str, waar: str, leeg_mag: bool = False) -> str:
    waarde = ruw.get(sleutel, "" if leeg_mag else None)
    if not isinstance(waarde, str) or (not leeg_mag and not waarde.strip()):
        raise SjabloonFout(f"{waar}: veld '{sleutel}' moet een niet-lege tekst zijn")
    return waarde.strip()


def _lijst_teksten(ruw: dict, sleutel: str, waar: str) -> tuple[str, ...]:
    waarde = ruw.get(sleutel, [])
    if not isinstance(waarde, list) or not all(isinstance(w, str) and w.strip() for w in waarde):
        raise SjabloonFout(f"{waar}: veld '{sleutel}' moet een lijst van teksten zijn")
    return tuple(w.strip() for w in waarde)


def _bouw(sjabloon_id: str, ruw: dict, naam: str) -> Sjabloon:  # noqa: C901 - one check per field, each names file and field
    beschrijving = _tekst(ruw, "beschrijving", naam)
    if not 40 <= len(beschrijving) <= 300:
        raise SjabloonFout(
            f"{naam}: 'beschrijving' moet 40 tot 300 tekens lang zijn (nu {len(beschrijving)})"
        )
    datum = ruw.get("laatst_bijgewerkt")
    if not isinstance(datum, dt.date) or isinstance(datum, dt.datetime):
        raise SjabloonFout(f"{naam}: 'laatst_bijgewerkt' moet een datum zijn (2026-11-27)")

    bronnen = []
    for i, b in enumerate(ruw.get("bronnen", []), 1):
        waar = f"{naam}, bron {i}"
        bron = Bron(
            titel=_tekst(b, "titel", waar),
            uitgever=_tekst(b, "uitgever", waar),
            url=_tekst(b, "url", waar),
            datum=str(b.get("datum", "")),
            datum_soort=b.get("datum_soort", "gepubliceerd"),
        )
        if not bron.url.startswith(("https://", "http://")):
            raise SjabloonFout(f"{waar}: 'url' moet met https:// of http:// beginnen")
        if not _DATUM.match(bron.datum):
            raise SjabloonFout(f"{waar}: 'datum' moet JJJJ, JJJJ-MM of JJJJ-MM-DD zijn")
        if bron.datum_soort not in ("gepubliceerd", "geraadpleegd"):
            raise SjabloonFout(f"{waar}: 'datum_soort' is 'gepubliceerd' of 'geraadpleegd'")
        bronnen.append(bron)
    if not bronnen:
        raise SjabloonFout(f"{naam}: elk sjabloon heeft minstens één bron")

    velden = []
    for i, v in enumerate(ruw.get("velden", []), 1):
        waar = f"{naam}, veld {i}"
        veld = Veld(
            id=_tekst(v, "id", waar),
            label=_tekst(v, "label", waar),
            hint=_tekst(v, "hint", waar),
            voorbeeld=_tekst(v, "voorbeeld", waar),
            verplicht=v.get("verplicht", False),
            soort=v.get("soort", "tekst"),
            groep=_tekst(v, "groep", waar, leeg_mag=True),
            zonder=_tekst(v, "zonder", waar, leeg_mag=True),
        )
        if not _VELD_ID.match(veld.id):
            raise SjabloonFout(f"{waar}: id '{veld.id}' mag alleen a-z, 0-9 en _ bevatten")
        if not isinstance(veld.verplicht, bool):
            raise SjabloonFout(f"{waar}: 'verplicht' is true of false")
        if veld.soort not in VELDSOORTEN:
            raise SjabloonFout(f"{waar}: 'soort' moet een van {', '.join(VELDSOORTEN)} zijn")
        velden.append(veld)
    veldindex = {v.id: v for v in velden}
    if len(veldindex) != len(velden):
        raise SjabloonFout(f"{naam}: twee velden hebben hetzelfde id")
    for veld in velden:
        if veld.zonder and (veld.soort != "gemeenten" or veld.zonder not in veldindex):
            raise SjabloonFout(f"{naam}, veld {veld.id}: 'zonder' kan alleen bij een gemeentenveld en noemt een bestaand veld")

    blokken = []
    artikelnummer = 0
    for i, b in enumerate(ruw.get("blokken", []), 1):
        waar = f"{naam}, blok {i}"
        soort = b.get("soort")
        if soort not in BLOKSOORTEN:
            raise SjabloonFout(f"{waar}: 'soort' moet een van {', '.join(BLOKSOORTEN)} zijn")
        if soort == "kop":
            niveau = b.get("niveau", 2)
            if niveau not in (2, 3):
                raise SjabloonFout(f"{waar}: een kop heeft niveau 2 of 3 (1 is de documenttitel)")
            blokken.append(Blok("kop", tekst=_tekst(b, "tekst", waar), niveau=niveau))
        elif soort == "herhaal":
            blok = Blok(
                "herhaal",
                tekst=_tekst(b, "tekst", waar),
                uit_veld=_tekst(b, "uit_veld", waar),
                leeg=_tekst(b, "leeg", waar, leeg_mag=True),
                ondeelbaar=_ja_nee(b, "ondeelbaar", waar, True),
            )
            if blok.uit_veld not in veldindex:
                raise SjabloonFout(f"{waar}: 'uit_veld' verwijst naar onbekend veld '{blok.uit_veld}'")
            if "{" + blok.uit_veld + "}" not in blok.tekst:
                raise SjabloonFout(f"{waar}: de tekst van een herhaling bevat {{{blok.uit_veld}}}")
            blokken.append(blok)
        elif soort == "alinea":
            blokken.append(Blok(soort, tekst=_tekst(b, "tekst", waar), ondeelbaar=_ja_nee(b, "ondeelbaar", waar, False)))
        elif soort == "toelichting":
            blokken.append(Blok(soort, tekst=_tekst(b, "tekst", waar)))
        elif soort == "lijst":
            blok = Blok(
                "lijst",
                items=_lijst_teksten(b, "items", waar),
                genummerd=bool(b.get("genummerd", False)),
                checklist=bool(b.get("checklist", False)),
                uit_veld=_tekst(b, "uit_veld", waar, leeg_mag=True),
            )
            if not blok.items and not blok.uit_veld:
                raise SjabloonFout(f"{waar}: een lijst heeft 'items' of 'uit_veld'")
            if blok.uit_veld and blok.uit_veld not in veldindex:
                raise SjabloonFout(f"{waar}: 'uit_veld' verwijst naar onbekend veld '{blok.uit_veld}'")
            blokken.append(blok)
        else:
            artikelnummer += 1
            blokken.append(
                Blok(
                    "artikel",
                    titel=_tekst(b, "titel", waar),
                    tekst=_tekst(b, "tekst", waar, leeg_mag=True),
                    items=_lijst_teksten(b, "items", waar),
                    genummerd=bool(b.get("genummerd", False)),
                    nummer=artikelnummer,
                )
            )

    sjabloon = Sjabloon(
        id=sjabloon_id,
        titel=_tekst(ruw, "titel", naam),
        document_titel=_tekst(ruw, "document_titel", naam),
        beschrijving=beschrijving,
        doel=_tekst(ruw, "doel", naam),
        wie_beslist=_tekst(ruw, "wie_beslist", naam),
        laatst_bijgewerkt=datum,
        volgorde=int(ruw.get("volgorde", 99)),
        bronnen=tuple(bronnen),
        velden=tuple(velden),
        blokken=tuple(blokken),
        niet_geverifieerd=_lijst_teksten(ruw, "niet_geverifieerd", naam),
        gebruik=_lijst_teksten(ruw, "gebruik", naam),
        formulier=bool(ruw.get("formulier", False)),
        bestandsnaam=_lijst_teksten(ruw, "bestandsnaam", naam),
        vooraf=_vooraf(ruw.get("vooraf", {}), veldindex, naam),
        regiowaarschuwing=_regiowaarschuwing(ruw, naam),
        regio_vorm=_tekst(ruw, "regio_vorm", naam, leeg_mag=True),
        veldindex=veldindex,
    )
    onbekend = [v for v in sjabloon.bestandsnaam if v not in veldindex]
    if onbekend:
        raise SjabloonFout(f"{naam}: 'bestandsnaam' noemt onbekende velden: {', '.join(onbekend)}")
    _controleer_plaatshouders(sjabloon, naam)
    return sjabloon


def _ja_nee(ruw: dict, sleutel: str, waar: str, standaard: bool) -> bool:
    waarde = ruw.get(sleutel, standaard)
    if not isinstance(waarde, bool):
        raise SjabloonFout(f"{waar}: '{sleutel}' is true of false")
    return waarde


def _vooraf(ruw, veldindex: dict, naam: str) -> dict:
    """[vooraf.<parameter>.<waarde van de engine>]: the field values a link fills in."""
    if not isinstance(ruw, dict):
        raise SjabloonFout(f"{naam}: 'vooraf' moet een tabel zijn")
    for parameter, waarden in ruw.items():
        for waarde, velden in (waarden.items() if isinstance(waarden, dict) else [(None, None)]):
            if not isinstance(velden, dict) or not all(
                k in veldindex and isinstance(v, str) and v.strip() for k, v in velden.items()
            ):
                raise SjabloonFout(
                    f"{naam}: vooraf.{parameter}.{waarde} moet velden van het sjabloon een niet-lege tekst geven"
                )
    return ruw


def _regiowaarschuwing(ruw: dict, naam: str) -> tuple[str, ...]:
    from keuzehulp import teksten  # the keuzehulp's warnings: one source for both

    sleutels = _lijst_teksten(ruw, "regiowaarschuwing", naam)
    bekend = teksten.sleutels("waarschuwing.")
    onbekend = [s for s in sleutels if f"waarschuwing.{s}" not in bekend]
    if onbekend:
        raise SjabloonFout(f"{naam}: 'regiowaarschuwing' noemt onbekende waarschuwingen: {', '.join(onbekend)}")
    return sleutels


def teksten(sjabloon: Sjabloon) -> list[str]:
    """Every text of the document that may hold placeholders."""
    uit: list[str] = [sjabloon.document_titel]
    for blok in sjabloon.blokken:
        uit.extend(t for t in (blok.tekst, blok.titel) if t)
        uit.extend(blok.items)
    return uit


def _controleer_plaatshouders(sjabloon: Sjabloon, naam: str) -> None:
    gebruikt: set[str] = set()
    for tekst in teksten(sjabloon):
        for veld_id in PLAATSHOUDER.findall(tekst):
            if veld_id not in sjabloon.veldindex:
                raise SjabloonFout(f"{naam}: plaatshouder {{{veld_id}}} is geen gedefinieerd veld")
            gebruikt.add(veld_id)
    gebruikt.update(b.uit_veld for b in sjabloon.blokken if b.uit_veld)
    ongebruikt = [v.id for v in sjabloon.velden if v.id not in gebruikt]
    if ongebruikt:
        raise SjabloonFout(f"{naam}: velden zonder plaatshouder in de tekst: {', '.join(ongebruikt)}")
