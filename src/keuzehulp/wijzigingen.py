"""Wat er per versie veranderde in de feiten, het advies en de site (data/wijzigingen.toml).

Voor wie een advies of een pdf van een vroegere versie in zijn dossier heeft: de pagina
Wijzigingen (hook src/igs_site/inhoud/wijzigingen.py) toont per versie de datum en de
wijzigingen, nieuwste eerst. Elke fout in het bestand laat de build mislukken met een
melding die het bestand en het veld noemt, bijvoorbeeld
``keuzehulp/data/wijzigingen.toml: versie 0.2.0, wijziging 3, veld 'soort': ...``.

Vorm van het bestand::

    [[versie]]
    nummer = "0.3.0"              # zoals VERSIE in versie.py
    datum = 2026-12-05

    [[versie.wijziging]]
    soort = "feit"                # feit, advies of site
    tekst = "Korte zin voor een lezer."
    bronnen = ["optil_oprichten"] # optioneel: sleutels uit bronnen.toml
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from . import kennis
from .versie import VERSIE

BESTAND = "keuzehulp/data/wijzigingen.toml"
SOORTEN = {"feit": "Feit", "advies": "Advies", "site": "Site"}
MAX_TEKST = 400
_NUMMER = re.compile(r"(\d+)\.(\d+)\.(\d+)")
_VERSIEVELDEN = {"nummer", "datum", "wijziging"}
_WIJZIGINGSVELDEN = {"soort", "tekst", "bronnen"}


class WijzigingenFout(kennis.KennisFout):
    """wijzigingen.toml is kapot; de melding noemt bestand, versie en veld."""


@dataclass(frozen=True)
class Wijziging:
    soort: str
    tekst: str
    bronnen: tuple[kennis.Bron, ...] = ()

    @property
    def soort_label(self) -> str:
        return SOORTEN[self.soort]


@dataclass(frozen=True)
class Versie:
    nummer: str
    datum: dt.date
    wijzigingen: tuple[Wijziging, ...]

    @property
    def anker(self) -> str:
        return "versie-" + self.nummer.replace(".", "-")


def _sleutel(nummer: str) -> tuple[int, ...]:
    return tuple(int(d) for d in _NUMMER.fullmatch(nummer).groups())


def _wijziging(ruw: Any, waar: str, alle_bronnen: dict[str, kennis.Bron]) -> Wijziging:
    if not isinstance(ruw, dict):
        raise WijzigingenFout(f"{waar}: een wijziging is een tabel met soort, tekst en eventueel bronnen")
    if onbekend := sorted(set(ruw) - _WIJZIGINGSVELDEN):
        raise WijzigingenFout(f"{waar}: onbekend veld '{onbekend[0]}' (geldig: soort, tekst, bronnen)")
    soort = ruw.get("soort")
    if soort not in SOORTEN:
        raise WijzigingenFout(f"{waar}, veld 'soort': {soort!r} is geen soort (kies {', '.join(SOORTEN)})")
    tekst = ruw.get("tekst")
    if not isinstance(tekst, str) or not tekst.strip():
        raise WijzigingenFout(f"{waar}, veld 'tekst': ontbreekt of is leeg")
    if len(tekst) > MAX_TEKST:
        raise WijzigingenFout(f"{waar}, veld 'tekst': {len(tekst)} tekens; hou het kort (hoogstens {MAX_TEKST})")
    if "\n" in tekst.strip():
        raise WijzigingenFout(f"{waar}, veld 'tekst': één regel, geen witregels")
    sleutels = ruw.get("bronnen", [])
    if not isinstance(sleutels, list) or not all(isinstance(s, str) for s in sleutels):
        raise WijzigingenFout(f"{waar}, veld 'bronnen': een lijst van sleutels uit bronnen.toml")
    if onbekend := [s for s in sleutels if s not in alle_bronnen]:
        raise WijzigingenFout(f"{waar}, veld 'bronnen': '{onbekend[0]}' staat niet in bronnen.toml")
    return Wijziging(soort=soort, tekst=" ".join(tekst.split()), bronnen=tuple(alle_bronnen[s] for s in sleutels))


def _versie(ruw: Any, waar: str, alle_bronnen: dict[str, Any]) -> Versie:
    """Eén [[versie]]: nummer, datum en minstens één wijziging."""
    if not isinstance(ruw, dict):
        raise WijzigingenFout(f"{waar}: een versie is een tabel")
    nummer = ruw.get("nummer")
    if not isinstance(nummer, str) or not _NUMMER.fullmatch(nummer):
        raise WijzigingenFout(f"{waar}, veld 'nummer': {nummer!r} is geen versienummer zoals \"0.3.0\"")
    waar = f"{BESTAND}: versie {nummer}"
    if onbekend := sorted(set(ruw) - _VERSIEVELDEN):
        raise WijzigingenFout(f"{waar}: onbekend veld '{onbekend[0]}' (geldig: nummer, datum, wijziging)")
    datum = ruw.get("datum")
    if not isinstance(datum, dt.date) or isinstance(datum, dt.datetime):
        raise WijzigingenFout(f"{waar}, veld 'datum': een datum zoals 2026-12-05, niet {datum!r}")
    lijst = ruw.get("wijziging")
    if not isinstance(lijst, list) or not lijst:
        raise WijzigingenFout(f"{waar}, veld 'wijziging': minstens één [[versie.wijziging]]")
    wijzigingen = tuple(_wijziging(w, f"{waar}, wijziging {j}", alle_bronnen) for j, w in enumerate(lijst, start=1))
    return Versie(nummer=nummer, datum=datum, wijzigingen=wijzigingen)


def _na(versie: Versie, vorige: Versie) -> None:
    """Een oudere versie staat onder de nieuwere: lager nummer, geen latere datum."""
    waar = f"{BESTAND}: versie {versie.nummer}"
    if _sleutel(versie.nummer) >= _sleutel(vorige.nummer):
        raise WijzigingenFout(f"{waar}, veld 'nummer': staat na {vorige.nummer}; zet de nieuwste "
                              "versie bovenaan, elk nummer één keer")
    if versie.datum > vorige.datum:
        raise WijzigingenFout(f"{waar}, veld 'datum': {versie.datum.isoformat()} ligt na de datum van de "
                              f"nieuwere versie {vorige.nummer} ({vorige.datum.isoformat()})")


def lees(data: dict[str, Any], versie: str = VERSIE) -> tuple[Versie, ...]:
    """Controleer en lees de inhoud van wijzigingen.toml; nieuwste versie eerst.

    Eist een regel voor ``versie`` (de huidige, uit versie.py) en dat die de nieuwste is."""
    if onbekend := sorted(set(data) - {"versie"}):
        raise WijzigingenFout(f"{BESTAND}: onbekende sleutel '{onbekend[0]}' (alleen [[versie]])")
    ruwe = data.get("versie")
    if not isinstance(ruwe, list) or not ruwe:
        raise WijzigingenFout(f"{BESTAND}: geen [[versie]]-tabellen")
    alle_bronnen = kennis.bronnen()
    versies: list[Versie] = []
    for i, ruw in enumerate(ruwe, start=1):
        nieuw = _versie(ruw, f"{BESTAND}: [[versie]] nummer {i}", alle_bronnen)
        if versies:
            _na(nieuw, versies[-1])
        versies.append(nieuw)
    if versies[0].nummer != versie:
        raise WijzigingenFout(f"{BESTAND}: de nieuwste versie is {versies[0].nummer}, maar de site heeft "
                              f"versie {versie} (keuzehulp/versie.py); voeg bovenaan een [[versie]] toe")
    return tuple(versies)


@functools.cache
def versies() -> tuple[Versie, ...]:
    """De versies uit data/wijzigingen.toml, gecontroleerd; nieuwste eerst."""
    return lees(kennis._data_bestand("wijzigingen.toml"))


def huidige() -> Versie:
    """De versie van deze build, met haar datum."""
    return versies()[0]
