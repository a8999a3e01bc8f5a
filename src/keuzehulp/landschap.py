"""Het landschap van erkende IGS cultuur (data/landschap.csv): de enige lezer van dat bestand.

UTF-8, puntkomma's, een kopregel met de kolomnamen (volgorde vrij):

- verplicht: naam;gemeenten;rechtsvorm;provincie;referentieregio;periode;bron
- optioneel: einde;opmerking

``gemeenten`` is gescheiden door "|"; ``rechtsvorm`` is een vorm-id of leeg als
geen bron de vorm noemt; ``periode`` is de subsidieperiode waarvoor het IGS
erkend was of is (een van ``PERIODES``); ``bron`` is één url; ``einde`` is de
datum (JJJJ-MM-DD) waarop de samenwerking stopte, of leeg.

De keuzehulp toont er echte voorbeelden van de aanbevolen vorm uit; de site
(src/igs_site/kaart/landschap.py) toont de tabel en laat de build stoppen als het
bestand niet klopt. Beide lezen met dezelfde, strikte regels hieronder. Het
pakketbestand wordt lui gelezen; ontbreekt het, dan zijn er geen voorbeelden.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import os
import re
from dataclasses import dataclass
from importlib import resources
from os import PathLike
from typing import Any
from urllib.parse import urlparse

from . import kennis, klok

__all__ = ["LandschapFout", "Rij", "lees_rijen", "lees_bestand", "lees_landschap", "voorbeelden",
           "rechtsvorm_namen", "PERIODES", "periodes"]  # noqa: F822 (PERIODES: module __getattr__)

KOLOMMEN = ("naam", "gemeenten", "rechtsvorm", "provincie", "referentieregio", "periode", "bron")
OPTIONELE_KOLOMMEN = ("einde", "opmerking")
VERPLICHT = ("naam", "gemeenten", "periode", "bron")
NIET_GEVONDEN = "Niet gevonden in openbare bronnen"

def periodes() -> tuple[str, ...]:
    """De subsidieperiodes van de werkingssubsidie voor IGS cultuur, oud naar nieuw, uit het
    register (keuzehulp/data/subsidie.toml, [[periode]] met een einde): ("2020-2026", "2027-2032")."""
    from . import register

    return tuple(p.naam for p in register.periodes() if p.einde)


def __getattr__(naam: str) -> Any:
    # PERIODES blijft te importeren, maar komt uit het register (pas gelezen bij het eerste gebruik).
    if naam == "PERIODES":
        return periodes()
    raise AttributeError(f"module {__name__!r} has no attribute {naam!r}")


class LandschapFout(ValueError):
    """Het bestand volgt zijn formaat niet. De melding noemt bestand, regel en veld."""


def rechtsvorm_namen() -> dict[str, str]:
    """Vorm-id -> naam, van licht naar zwaar; de lege id betekent: niet gevonden in een bron."""
    return {**{vorm.id: vorm.naam for vorm in kennis.rechtsvormen()}, "": NIET_GEVONDEN}


@dataclass(frozen=True)
class Rij:
    regel: int
    naam: str
    gemeenten: tuple[str, ...]
    rechtsvorm: str  # een vorm-id; "" = niet gevonden in een bron
    provincie: str
    referentieregio: str
    bron: str
    periode: str
    einde: dt.date | None = None  # de dag waarop de samenwerking stopte; None = geen einde bekend
    opmerking: str = ""

    @property
    def rechtsvorm_naam(self) -> str:
        return rechtsvorm_namen()[self.rechtsvorm]

    def gestopt_op(self, datum: dt.date) -> bool:
        """Was de samenwerking op ``datum`` al gestopt?"""
        return self.einde is not None and self.einde < datum

    def als_dict(self) -> dict[str, Any]:
        return {"naam": self.naam, "gemeenten": list(self.gemeenten), "rechtsvorm": self.rechtsvorm,
                "provincie": self.provincie, "referentieregio": self.referentieregio, "bron": self.bron,
                "periode": self.periode, "einde": self.einde.isoformat() if self.einde else "",
                "opmerking": self.opmerking}


def _fout(bron: str, regel: int, veld: str, tekst: str) -> LandschapFout:
    return LandschapFout(f"{bron}: regel {regel}, veld '{veld}': {tekst}")


def lees_rijen(tekst: str, bron: str) -> list[Rij]:
    """Lees en controleer de tekst van het bestand; ``bron`` noemt het bestand in meldingen."""
    if tekst.startswith("\ufeff"):
        tekst = tekst[1:]
    try:
        regels = list(csv.reader(tekst.splitlines(), delimiter=";", strict=True))
    except csv.Error as fout:
        raise LandschapFout(f"{bron}: geen geldige CSV ({fout})") from None
    if not regels:
        raise LandschapFout(f"{bron}: het bestand is leeg")

    kop = _lees_kop(bron, regels[0])

    rijen: list[Rij] = []
    namen: dict[str, int] = {}
    for regel, waarden in enumerate(regels[1:], start=2):
        if not any(waarde.strip() for waarde in waarden):
            continue  # een lege regel
        rij = _lees_rij(bron, regel, kop, waarden)
        sleutel = rij.naam.casefold()
        if sleutel in namen:
            raise _fout(bron, regel, "naam", f"'{rij.naam}' staat al op regel {namen[sleutel]}")
        namen[sleutel] = regel
        rijen.append(rij)
    if not rijen:
        raise LandschapFout(f"{bron}: het bestand bevat geen enkele rij met gegevens")
    return rijen


def _lees_kop(bron: str, waarden: list[str]) -> tuple[str, ...]:
    """The column names: every required one once, optional ones at most once, nothing else."""
    kop = tuple(veld.strip() for veld in waarden)
    verwacht = f"verplicht: {';'.join(KOLOMMEN)}; optioneel: {';'.join(OPTIONELE_KOLOMMEN)}"

    def fout(tekst: str) -> LandschapFout:
        return LandschapFout(f"{bron}: regel 1, veld 'kopregel': {tekst} ({verwacht})")

    onbekend = [naam for naam in kop if naam not in (*KOLOMMEN, *OPTIONELE_KOLOMMEN)]
    if onbekend:
        raise fout(f"onbekende kolom '{onbekend[0]}'")
    dubbel = [naam for naam in kop if kop.count(naam) > 1]
    if dubbel:
        raise fout(f"kolom '{dubbel[0]}' staat er twee keer")
    ontbreekt = [naam for naam in KOLOMMEN if naam not in kop]
    if ontbreekt:
        raise fout(f"kolom '{ontbreekt[0]}' ontbreekt")
    return kop


def _verplicht_en_vorm(bron: str, regel: int, veld: dict[str, str]) -> None:
    """De verplichte velden en de rechtsvorm van één rij."""
    for naam in VERPLICHT:
        if not veld[naam]:
            raise _fout(bron, regel, naam, "mag niet leeg zijn")
    if veld["rechtsvorm"] not in rechtsvorm_namen():
        geldig = ", ".join(sorted(vorm for vorm in rechtsvorm_namen() if vorm))
        raise _fout(
            bron, regel, "rechtsvorm",
            f"onbekende rechtsvorm '{veld['rechtsvorm']}'; gebruik een van: {geldig}, "
            "of laat het veld leeg als geen bron de rechtsvorm noemt",
        )


def _bron_en_periode(bron: str, regel: int, veld: dict[str, str]) -> None:
    """De bron-url en de periode van één rij."""
    url = veld["bron"]
    if re.search(r"\s", url) or urlparse(url).scheme not in ("http", "https") or not urlparse(url).netloc:
        raise _fout(bron, regel, "bron", f"moet één url zijn die met http:// of https:// begint, niet '{url}'")
    if veld["periode"] not in periodes():
        raise _fout(bron, regel, "periode", f"onbekende periode '{veld['periode']}'; gebruik een van: "
                    + ", ".join(periodes()))


def _gemeenten(bron: str, regel: int, tekst: str) -> tuple[str, ...]:
    """De gemeenten van één rij ('A|B|C'): geen lege naam, geen naam twee keer."""
    gemeenten = tuple(gemeente.strip() for gemeente in tekst.split("|"))
    if any(not gemeente for gemeente in gemeenten):
        raise _fout(bron, regel, "gemeenten", "bevat een lege gemeentenaam (twee keer '|' na elkaar?)")
    gezien: set[str] = set()
    for gemeente in gemeenten:
        if gemeente.casefold() in gezien:
            raise _fout(bron, regel, "gemeenten", f"'{gemeente}' staat twee keer in dezelfde IGS")
        gezien.add(gemeente.casefold())
    return gemeenten


def _lees_rij(bron: str, regel: int, kop: tuple[str, ...], waarden: list[str]) -> Rij:
    if len(waarden) < len(kop):
        raise _fout(
            bron, regel, kop[len(waarden)],
            f"ontbreekt: de regel heeft {len(waarden)} velden in plaats van {len(kop)} (puntkomma vergeten?)",
        )
    if len(waarden) > len(kop):
        raise _fout(
            bron, regel, kop[-1],
            f"de regel heeft {len(waarden)} velden in plaats van {len(kop)} "
            "(een puntkomma te veel? zet een veld met een puntkomma tussen aanhalingstekens)",
        )
    veld = {naam: waarde.strip() for naam, waarde in zip(kop, waarden, strict=True)}
    _verplicht_en_vorm(bron, regel, veld)
    gemeenten = _gemeenten(bron, regel, veld["gemeenten"])
    _bron_en_periode(bron, regel, veld)
    einde = None
    if veld.get("einde"):
        try:
            einde = dt.date.fromisoformat(veld["einde"])
        except ValueError:
            raise _fout(bron, regel, "einde", f"moet een datum zijn als 2025-12-31, niet '{veld['einde']}'") from None

    return Rij(
        regel=regel,
        naam=veld["naam"],
        gemeenten=gemeenten,
        rechtsvorm=veld["rechtsvorm"],
        provincie=veld["provincie"],
        referentieregio=veld["referentieregio"],
        bron=veld["bron"],
        periode=veld["periode"],
        einde=einde,
        opmerking=veld.get("opmerking", ""),
    )


def lees_bestand(pad: str | PathLike[str]) -> list[Rij]:
    """Lees en controleer een bestand; elk probleem wordt een LandschapFout."""
    try:
        with open(pad, encoding="utf-8", newline="") as f:
            tekst = f.read()
    except FileNotFoundError:
        raise LandschapFout(f"{pad}: het databestand met het IGS-landschap ontbreekt") from None
    except UnicodeDecodeError as fout:
        raise LandschapFout(f"{pad}: het bestand is geen geldige UTF-8 ({fout.reason})") from None
    return lees_rijen(tekst, str(pad))


@functools.cache
def _pakket_landschap() -> tuple[Rij, ...]:
    bestand = resources.files(__package__).joinpath("data").joinpath("landschap.csv")
    try:
        tekst = bestand.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return ()
    return tuple(lees_rijen(tekst, "keuzehulp/data/landschap.csv"))


def lees_landschap(bestand: str | PathLike[str] | None = None) -> list[dict[str, Any]]:
    """Alle rijen als dicts; ``bestand`` om een ander CSV-bestand te lezen (tests). Ontbreekt het: []."""
    if bestand is None:
        return [rij.als_dict() for rij in _pakket_landschap()]
    rijen = tuple(lees_bestand(bestand)) if os.path.exists(bestand) else ()
    return [rij.als_dict() for rij in rijen]


def voorbeelden(
    rechtsvorm_id: str, bestand: str | PathLike[str] | None = None, *, op: dt.date | None = None
) -> list[dict[str, Any]]:
    """De erkende IGS cultuur met deze rechtsvorm die op ``op`` (standaard vandaag) nog
    bestonden: een gestopte samenwerking is geen voorbeeld meer. Lege lijst als het bestand ontbreekt."""
    datum = op or klok.vandaag()
    return [
        r for r in lees_landschap(bestand)
        if r["rechtsvorm"] == rechtsvorm_id and not (r["einde"] and dt.date.fromisoformat(r["einde"]) < datum)
    ]
