"""Voorbeelden uit het landschap van erkende IGS cultuur (data/landschap.csv).

Kolommen: naam;gemeenten;rechtsvorm;provincie;referentieregio;bron.
``gemeenten`` is gescheiden door "|"; ``rechtsvorm`` is een vorm-id of leeg.
Het bestand wordt lui gelezen; ontbreekt het, dan zijn er geen voorbeelden.
"""

from __future__ import annotations

import csv
import functools
import io
from importlib import resources
from os import PathLike
from typing import Any

__all__ = ["voorbeelden", "lees_landschap"]

KOLOMMEN = ("naam", "gemeenten", "rechtsvorm", "provincie", "referentieregio", "bron")


def _rijen(tekst: str) -> tuple[dict[str, Any], ...]:
    lezer = csv.DictReader(io.StringIO(tekst), delimiter=";")
    rijen = []
    for ruw in lezer:
        rij = {k: (v or "").strip() for k, v in ruw.items() if isinstance(k, str)}  # ook extra kolommen
        rij.update({k: (ruw.get(k) or "").strip() for k in KOLOMMEN})
        if not rij["naam"]:
            continue
        rij["gemeenten"] = [g.strip() for g in rij["gemeenten"].split("|") if g.strip()]
        rijen.append(rij)
    return tuple(rijen)


@functools.cache
def _pakket_landschap() -> tuple[dict[str, Any], ...]:
    bestand = resources.files(__package__).joinpath("data").joinpath("landschap.csv")
    try:
        tekst = bestand.read_text(encoding="utf-8-sig")
    except (FileNotFoundError, OSError):
        return ()
    return _rijen(tekst)


def lees_landschap(bestand: str | PathLike[str] | None = None) -> list[dict[str, Any]]:
    """Alle rijen; ``bestand`` om een ander CSV-bestand te lezen (tests)."""
    if bestand is None:
        rijen = _pakket_landschap()
    else:
        try:
            with open(bestand, encoding="utf-8-sig", newline="") as f:
                rijen = _rijen(f.read())
        except FileNotFoundError:
            rijen = ()
    return [dict(r, gemeenten=list(r["gemeenten"])) for r in rijen]


def voorbeelden(rechtsvorm_id: str, bestand: str | PathLike[str] | None = None) -> list[dict[str, Any]]:
    """De erkende IGS cultuur met deze rechtsvorm (lege lijst als het bestand ontbreekt)."""
    return [r for r in lees_landschap(bestand) if r["rechtsvorm"] == rechtsvorm_id]
