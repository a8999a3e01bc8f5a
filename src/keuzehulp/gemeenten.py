"""De 285 Vlaamse gemeenten (sinds 1 januari 2025): NIS-code, naam, referentieregio,
inwoners en buren. Bron, datum en voorbehouden: data/gemeenten.toml.

De inwoners staan in één bestand (``[inwoners] bestand``, nis, naam, inwoners), hun datum en bron
alleen in gemeenten.toml: ``meta()`` vult de datum in de bronvermelding in ("Statbel, bevolking op
1 januari 2026"), zodat geen tekst een datum herhaalt die de data niet hebben. Bij het laden moet
het bestand precies de gemeenten van gemeenten.csv bevatten, met dezelfde naam, en moet de som
gelijk zijn aan ``totaal``; anders een ValueError die bestand en gemeente noemt.

Lui gelezen, zoals de rest van de kennis; standaardbibliotheek, ook onder Pyodide.
"""

from __future__ import annotations

import csv
import functools
import io
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .datum import datum_nl

__all__ = ["Gemeente", "Fusie", "alle", "gemeente", "buren", "meta", "referentieregios", "fusies", "nis_voor_naam"]


@dataclass(frozen=True)
class Gemeente:
    nis: str
    naam: str
    referentieregio_code: str
    referentieregio: str
    inwoners: int

    def als_dict(self) -> dict[str, Any]:
        return {
            "nis": self.nis,
            "naam": self.naam,
            "referentieregio_code": self.referentieregio_code,
            "referentieregio": self.referentieregio,
            "inwoners": self.inwoners,
        }


def _tekst(naam: str) -> str:
    return resources.files(__package__).joinpath("data", naam).read_text(encoding="utf-8")


@functools.cache
def meta() -> dict[str, Any]:
    data = tomllib.loads(_tekst("gemeenten.toml"))
    inwoners = data["inwoners"]
    datum = datum_nl(inwoners["datum"])
    for sleutel in ("bron", "voorbehoud"):
        inwoners[sleutel] = inwoners[sleutel].format(datum=datum)
    return data


@functools.cache
def _inwoners() -> tuple[dict[str, int], dict[str, str]]:
    """(NIS-code -> inwoners op de datum van ``meta()['inwoners']['datum']``, NIS-code -> naam)."""
    bestand = meta()["inwoners"]["bestand"]
    uit: dict[str, int] = {}
    namen: dict[str, str] = {}
    for rij in csv.DictReader(io.StringIO(_tekst(bestand))):
        nis = rij["nis"].strip()
        if nis in uit:
            raise ValueError(f"data/{bestand}: gemeente {nis} staat er twee keer in")
        uit[nis] = int(rij["inwoners"])
        namen[nis] = rij["naam"].strip()
    return uit, namen


def _controleer_inwoners(gemeenten: dict[str, "Gemeente"], inwoners: dict[str, int], namen: dict[str, str]) -> None:
    m = meta()["inwoners"]
    bestand = m["bestand"]
    for nis, g in gemeenten.items():
        if nis not in inwoners:
            raise ValueError(f"data/{bestand}: geen inwoners voor gemeente {nis} ({g.naam})")
        if namen[nis] != g.naam:
            raise ValueError(f"data/{bestand}: gemeente {nis} heet er '{namen[nis]}', in gemeenten.csv '{g.naam}'")
    vreemd = sorted(set(inwoners) - set(gemeenten))
    if vreemd:
        raise ValueError(f"data/{bestand}: onbekende NIS-code(s) {', '.join(vreemd)}")
    if sum(inwoners.values()) != m["totaal"]:
        raise ValueError(f"data/{bestand}: de som is {sum(inwoners.values())}, gemeenten.toml zegt {m['totaal']}")


@functools.cache
def alle() -> dict[str, Gemeente]:
    """NIS-code -> Gemeente, in de volgorde van het bestand (op NIS-code)."""
    rijen = list(csv.DictReader(io.StringIO(_tekst(meta()["gemeenten"]["bestand"]))))
    inwoners, namen = _inwoners()
    uit: dict[str, Gemeente] = {}
    for rij in rijen:
        nis = rij["nis_code"].strip()
        g = Gemeente(
            nis=nis,
            naam=rij["naam"].strip(),
            referentieregio_code=rij["referentieregio_code"].strip(),
            referentieregio=rij["referentieregio_naam"].strip(),
            inwoners=inwoners.get(nis, 0),
        )
        uit[g.nis] = g
    _controleer_inwoners(uit, inwoners, namen)
    return uit


@dataclass(frozen=True)
class Fusie:
    """Een gemeente van vóór 1 januari 2025 die in een fusiegemeente opging."""

    oud_nis: str
    oud_naam: str
    nis: str  # de gemeente van 2025


def gemeente(nis: str) -> Gemeente | None:
    return alle().get(str(nis).strip())


@functools.cache
def buren() -> dict[str, frozenset[str]]:
    """NIS-code -> NIS-codes van de gemeenten met een gemeenschappelijke grenslijn.

    Gemeenten die elkaar maar in één punt raken ('punt') tellen niet als buren.
    """
    paren: dict[str, set[str]] = {nis: set() for nis in alle()}
    for rij in csv.DictReader(io.StringIO(_tekst(meta()["buren"]["bestand"]))):
        if rij["contact"].strip() != "grens":
            continue
        a, b = rij["nis_code_a"].strip(), rij["nis_code_b"].strip()
        paren.setdefault(a, set()).add(b)
        paren.setdefault(b, set()).add(a)
    return {nis: frozenset(b) for nis, b in paren.items()}


@functools.cache
def referentieregios() -> dict[str, str]:
    """Code -> naam van de 15 referentieregio's, op naam gesorteerd."""
    regios = {g.referentieregio_code: g.referentieregio for g in alle().values()}
    return dict(sorted(regios.items(), key=lambda kv: kv[1]))


@functools.cache
def fusies() -> dict[str, Fusie]:
    """Oude NIS-code -> Fusie, voor de gemeenten die op 1 januari 2025 fuseerden (bron: gemeenten.toml)."""
    rijen = csv.DictReader(io.StringIO(_tekst(meta()["fusies"]["bestand"])))
    uit = {}
    for rij in rijen:
        f = Fusie(oud_nis=rij["oud_nis"].strip(), oud_naam=rij["oud_naam"].strip(), nis=rij["nis"].strip())
        uit[f.oud_nis] = f
    return uit


def _naamsleutel(naam: str) -> str:
    return " ".join(naam.replace("\u2010", "-").replace("\u2011", "-").split()).casefold()


@functools.cache
def _op_naam() -> dict[str, str]:
    namen = {_naamsleutel(f.oud_naam): f.nis for f in fusies().values()}
    namen.update({_naamsleutel(g.naam): g.nis for g in alle().values()})  # de naam van 2025 gaat voor
    return namen


def nis_voor_naam(naam: str) -> str | None:
    """De NIS-code (2025) van een gemeente, ook bij een naam van vóór de fusies van 2025."""
    return _op_naam().get(_naamsleutel(naam))
