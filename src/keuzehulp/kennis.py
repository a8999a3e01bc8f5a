"""Kennis als data: de rechtsvormen, de subsidieregels en de bronnen.

De bestanden in ``data/`` worden pas gelezen bij het eerste gebruik
(``functools.cache``), nooit bij het importeren.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

__all__ = [
    "Bron",
    "Eigenschap",
    "Rechtsvorm",
    "SubsidieRegel",
    "bronnen",
    "eigenschap_labels",
    "rechtsvormen",
    "rechtsvorm",
    "rechtsvorm_ids",
    "subsidieregels",
    "subsidieregel",
    "subsidie_meta",
    "gecontroleerd",
]


@dataclass(frozen=True)
class Bron:
    sleutel: str
    titel: str
    uitgever: str
    url: str
    datum: _dt.date | None = None

    def als_dict(self) -> dict[str, Any]:
        return {
            "titel": self.titel,
            "uitgever": self.uitgever,
            "url": self.url,
            "datum": self.datum.isoformat() if self.datum else None,
        }


@dataclass(frozen=True)
class Eigenschap:
    sleutel: str
    label: str
    tekst: str
    bronnen: tuple[Bron, ...]
    geverifieerd: bool
    waarde: Any = None
    artikel: str | None = None
    opmerking: str | None = None

    def als_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "tekst": self.tekst,
            "waarde": self.waarde,
            "artikel": self.artikel,
            "geverifieerd": self.geverifieerd,
            "opmerking": self.opmerking,
            "bronnen": [b.als_dict() for b in self.bronnen],
        }


@dataclass(frozen=True)
class Rechtsvorm:
    id: str
    naam: str
    kort: str
    zwaarte: int
    eigenschappen: dict[str, Eigenschap] = field(hash=False, compare=False)

    # Kenmerken die de regels gebruiken, rechtstreeks uit de data.
    @property
    def rechtspersoonlijkheid(self) -> bool:
        return bool(self.eigenschappen["rechtspersoonlijkheid"].waarde)

    @property
    def beheersoverdracht(self) -> bool:
        return bool(self.eigenschappen["beheersoverdracht"].waarde)

    @property
    def private_leden(self) -> bool:
        return bool(self.eigenschappen["toetreding"].waarde)

    @property
    def eigen_personeel(self) -> bool:
        return bool(self.eigenschappen["personeel"].waarde)

    @property
    def werkingssubsidie(self) -> bool:
        return bool(self.eigenschappen["werkingssubsidie"].waarde)

    @property
    def max_duur_jaren(self) -> int | None:
        return self.eigenschappen["duur"].waarde

    @property
    def pad(self) -> str:
        """Pad van de pagina over deze vorm, relatief aan de site."""
        return "juridische-vormen/" + self.id.replace("_", "-") + "/"

    def bronnenlijst(self) -> list[Bron]:
        gezien: dict[str, Bron] = {}
        for eigenschap in self.eigenschappen.values():
            for bron in eigenschap.bronnen:
                gezien.setdefault(bron.sleutel, bron)
        return list(gezien.values())


@dataclass(frozen=True)
class SubsidieRegel:
    id: str
    titel: str
    tekst: str
    geverifieerd: bool
    bronnen: tuple[Bron, ...]
    gecontroleerd: _dt.date
    opmerking: str | None = None
    datum_bron: _dt.date | None = None
    parameters: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def als_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "titel": self.titel,
            "tekst": self.tekst,
            "geverifieerd": self.geverifieerd,
            "opmerking": self.opmerking,
            "datum_bron": self.datum_bron.isoformat() if self.datum_bron else None,
            "gecontroleerd": self.gecontroleerd.isoformat(),
            "bronnen": [b.als_dict() for b in self.bronnen],
            **{k: (v.isoformat() if isinstance(v, _dt.date) else v) for k, v in self.parameters.items()},
        }


# --------------------------------------------------------------------------
# Lezen (lui, één keer)


class KennisFout(ValueError):
    """Een databestand van de keuzehulp is kapot; de melding noemt bestand en veld."""


@functools.cache
def _data_bestand(naam: str) -> dict[str, Any]:
    """Lees één TOML-bestand uit ``keuzehulp/data``. Enige plek met bestands-I/O.
    tomllib weigert zelf dubbele sleutels en onmogelijke datums."""
    try:
        tekst = resources.files(__package__).joinpath("data").joinpath(naam).read_bytes().decode("utf-8")
        return tomllib.loads(tekst)
    except UnicodeDecodeError as fout:
        raise KennisFout(f"keuzehulp/data/{naam}: geen geldige UTF-8 (byte {fout.start})") from None
    except tomllib.TOMLDecodeError as fout:
        raise KennisFout(f"keuzehulp/data/{naam}: geen geldige TOML ({fout})") from None


_BRONVELDEN = {"titel", "uitgever", "url", "datum"}
# Alleen http(s)-links naar een host: geen javascript:, data: of relatieve url's.
_URL = re.compile(r"https?://[^\s/?#@]+\.[^\s/?#@]+(?:[/?#]\S*)?")


def _controleer_bron(sleutel: str, gegevens: Any) -> None:
    waar = f"keuzehulp/data/bronnen.toml, [{sleutel}]"
    if not isinstance(gegevens, dict):
        raise KennisFout(f"{waar}: een bron is een tabel met titel, uitgever en url")
    if onbekend := sorted(set(gegevens) - _BRONVELDEN):
        raise KennisFout(f"{waar}: onbekend veld '{onbekend[0]}' (geldig: {', '.join(sorted(_BRONVELDEN))})")
    for veld in ("titel", "uitgever", "url"):
        if not isinstance(gegevens.get(veld), str) or not gegevens[veld].strip():
            raise KennisFout(f"{waar}: veld '{veld}' ontbreekt of is leeg")
    if not _URL.fullmatch(gegevens["url"]):
        raise KennisFout(f"{waar}: veld 'url' moet met http:// of https:// beginnen, niet '{gegevens['url'][:80]}'")


@functools.cache
def bronnen() -> dict[str, Bron]:
    for sleutel, gegevens in _data_bestand("bronnen.toml").items():
        _controleer_bron(sleutel, gegevens)
    return {
        sleutel: Bron(
            sleutel=sleutel,
            titel=gegevens["titel"],
            uitgever=gegevens["uitgever"],
            url=gegevens["url"],
            datum=gegevens.get("datum"),
        )
        for sleutel, gegevens in _data_bestand("bronnen.toml").items()
    }


def _bronnen_voor(sleutels: list[str]) -> tuple[Bron, ...]:
    alle = bronnen()
    return tuple(alle[s] for s in sleutels)


@functools.cache
def eigenschap_labels() -> dict[str, str]:
    """Sleutel -> label, in de volgorde van de vergelijkingstabel."""
    return dict(_data_bestand("rechtsvormen.toml")["eigenschappen"])


@functools.cache
def rechtsvormen() -> tuple[Rechtsvorm, ...]:
    """Alle vormen, van licht naar zwaar."""
    data = _data_bestand("rechtsvormen.toml")
    labels = eigenschap_labels()
    vormen = []
    for ruw in data["rechtsvorm"]:
        eigenschappen = {}
        for sleutel, label in labels.items():
            e = ruw["eigenschappen"][sleutel]
            eigenschappen[sleutel] = Eigenschap(
                sleutel=sleutel,
                label=label,
                tekst=e["tekst"],
                bronnen=_bronnen_voor(e["bronnen"]),
                geverifieerd=e["geverifieerd"],
                waarde=e.get("waarde"),
                artikel=e.get("artikel"),
                opmerking=e.get("opmerking"),
            )
        vormen.append(
            Rechtsvorm(
                id=ruw["id"],
                naam=ruw["naam"],
                kort=ruw["kort"],
                zwaarte=ruw["zwaarte"],
                eigenschappen=eigenschappen,
            )
        )
    return tuple(sorted(vormen, key=lambda v: v.zwaarte))


def rechtsvorm_ids() -> tuple[str, ...]:
    return tuple(v.id for v in rechtsvormen())


def rechtsvorm(id: str) -> Rechtsvorm:
    for vorm in rechtsvormen():
        if vorm.id == id:
            return vorm
    raise KeyError(f"Onbekende rechtsvorm '{id}'. Geldige waarden: {', '.join(rechtsvorm_ids())}.")


_REGEL_VELDEN = {"id", "titel", "tekst", "geverifieerd", "opmerking", "bronnen", "gecontroleerd", "datum_bron",
                 "uit_periode"}


def subsidieregels(datum: _dt.date | None = None) -> dict[str, SubsidieRegel]:
    """De regels zoals ze gelden voor de periode waarover de site spreekt op ``datum``
    (standaard vandaag, ``klok.vandaag()``): de parameters in ``uit_periode`` komen uit
    die periode in het register (``register.actuele_periode``)."""
    from . import klok

    return _subsidieregels(datum or klok.vandaag())


@functools.cache
def _subsidieregels(datum: _dt.date) -> dict[str, SubsidieRegel]:
    from . import register

    periode = register.actuele_periode(datum)
    regels = {}
    for ruw in _data_bestand("subsidie.toml")["regel"]:
        parameters = {k: v for k, v in ruw.items() if k not in _REGEL_VELDEN}
        for parameter, veld in ruw.get("uit_periode", {}).items():
            parameters[parameter] = periode.waarde(veld)
        regels[ruw["id"]] = SubsidieRegel(
            id=ruw["id"],
            titel=ruw["titel"],
            tekst=ruw.get("tekst", ""),
            geverifieerd=ruw["geverifieerd"],
            bronnen=_bronnen_voor(ruw["bronnen"]),
            gecontroleerd=ruw["gecontroleerd"],
            opmerking=ruw.get("opmerking"),
            datum_bron=ruw.get("datum_bron"),
            parameters=parameters,
        )
    return regels


def subsidieregel(id: str, datum: _dt.date | None = None) -> SubsidieRegel:
    return subsidieregels(datum)[id]


@functools.cache
def subsidie_meta() -> dict[str, Any]:
    return dict(_data_bestand("subsidie.toml")["meta"])


def gecontroleerd() -> _dt.date:
    """Datum waarop de kennis het laatst is nagekeken."""
    return subsidie_meta()["gecontroleerd"]
