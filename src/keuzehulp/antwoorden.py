"""Antwoorden inlezen uit tekst (URL-query, opdrachtregel, formulier).

``lees_antwoorden`` is vergevingsgezind: wat niet klopt, wordt genegeerd met
een Nederlandse melding. ``lees_antwoorden_strikt`` weigert met
``OngeldigAntwoord``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from . import afleiding
from .vragen import Vraag, _getal_tekst, vraag_ids, vragen

__all__ = ["Gelezen", "OngeldigAntwoord", "lees_antwoorden", "lees_antwoorden_strikt", "lees_getal", "veldmelding", "als_tekst"]


class OngeldigAntwoord(ValueError):
    """Een antwoord dat de keuzehulp niet kan gebruiken; ``meldingen`` zegt waarom."""

    def __init__(self, meldingen: list[str] | str):
        if isinstance(meldingen, str):
            meldingen = [meldingen]
        self.meldingen = list(meldingen)
        super().__init__(" ".join(self.meldingen))


@dataclass
class Gelezen:
    antwoorden: dict[str, Any] = field(default_factory=dict)
    meldingen: list[str] = field(default_factory=list)


# Een geheel getal, eventueel met scheidingstekens voor duizendtallen:
# 120000, 120.000, 120 000 (ook met harde of smalle spatie).
_SCHEIDING = "[. \u00a0\u202f']"
_GETAL = re.compile(rf"\d{{1,3}}(?:{_SCHEIDING}\d{{3}})+|\d+")

# Wat de lezer intypte, komt terug in meldingen: ingekort, en hoogstens _MAX_MELDINGEN
# meldingen (een url kan duizenden parameters of een getal van 5.000 cijfers bevatten).
_MAX_ECHO = 40
_MAX_MELDINGEN = 10


def _kort(tekst: Any) -> str:
    tekst = str(tekst)
    return tekst if len(tekst) <= _MAX_ECHO else tekst[: _MAX_ECHO - 1] + "\u2026"


def _begrensd(meldingen: list[str]) -> list[str]:
    if len(meldingen) <= _MAX_MELDINGEN:
        return meldingen
    rest = len(meldingen) - _MAX_MELDINGEN
    return meldingen[:_MAX_MELDINGEN] + [f"\u2026 en nog {_getal_tekst(rest)} {'melding' if rest == 1 else 'meldingen'}."]


def _bereik(v: Vraag) -> str:
    return f"Geef een geheel getal van {_getal_tekst(v.min)} tot {_getal_tekst(v.max)}"


def _keur_getal(v: Vraag, tekst: str) -> int | str:
    """Het getal, of wat eraan scheelt: 'negatief', 'geen_getal' of 'buiten'."""
    schoon = tekst.strip()
    if schoon.startswith(("-", "\u2212")) and _GETAL.fullmatch(schoon[1:].strip()):
        return "negatief"
    if not _GETAL.fullmatch(schoon):
        return "geen_getal"
    cijfers = re.sub(r"\D", "", schoon).lstrip("0") or "0"
    # Eerst de lengte: int() weigert meer dan 4.300 cijfers met een ValueError.
    if len(cijfers) > len(str(v.max)) or not v.min <= int(cijfers) <= v.max:
        return "buiten"
    return int(cijfers)


# Wat er aan een getal scheelt: in een melding over de vraag, en in een melding bij het veld.
_OP_VRAAG = {
    "negatief": "is negatief",
    "geen_getal": "is geen geheel getal",
    "buiten": "ligt buiten het bereik",
}
_BIJ_VELD = {
    "negatief": "Een negatief getal kan hier niet.",
    "geen_getal": "‘{tekst}’ is geen geheel getal.",
    "buiten": "{tekst} ligt buiten het bereik.",
}


def lees_getal(v: Vraag, tekst: str) -> int:
    """Lees een geheel getal voor vraag ``v``; ``OngeldigAntwoord`` als het niet kan."""
    uitslag = _keur_getal(v, tekst)
    if isinstance(uitslag, int):
        return uitslag
    voorbeeld = ", bijvoorbeeld 120000 of 120.000" if uitslag == "geen_getal" else ""
    raise OngeldigAntwoord(
        f"Het antwoord '{_kort(tekst)}' op vraag '{v.id}' {_OP_VRAAG[uitslag]}. {_bereik(v)}{voorbeeld}."
    )


def veldmelding(v: Vraag, ruw: Any) -> str | None:
    """De melding bij het invulveld van getalvraag ``v`` als ``ruw`` niet te gebruiken is
    (leeg: geen melding), bijvoorbeeld '300 ligt buiten het bereik. Geef een geheel getal van 2 tot 285.'"""
    if ruw is None or (isinstance(ruw, str) and not ruw.strip()):
        return None
    if isinstance(ruw, bool) or not isinstance(ruw, (str, int)):
        return f"{_bereik(v)}."
    uitslag = _keur_getal(v, str(ruw))
    if isinstance(uitslag, int):
        return None
    return _BIJ_VELD[uitslag].format(tekst=_kort(str(ruw).strip())) + f" {_bereik(v)}."


def _lees_keuze(v: Vraag, tekst: str) -> str:
    schoon = tekst.strip().lower()
    if schoon in v.waarden():
        return schoon
    raise OngeldigAntwoord(
        f"Onbekend antwoord '{_kort(tekst)}' op vraag '{v.id}'. Geldige waarden: {', '.join(v.waarden())}."
    )


def _lees_een(v: Vraag, ruw: Any) -> Any:
    if v.type == "getal":
        if isinstance(ruw, bool):
            raise OngeldigAntwoord(f"Het antwoord op vraag '{v.id}' moet een geheel getal zijn.")
        if isinstance(ruw, int):
            return lees_getal(v, str(ruw))
        return lees_getal(v, str(ruw))
    return _lees_keuze(v, str(ruw))


def _lees(mapping: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    per_id = {v.id: v for v in vragen()}
    antwoorden: dict[str, Any] = {}
    meldingen: list[str] = []
    nis_ruw = None
    for sleutel, ruw in mapping.items():
        id = str(sleutel).strip().lower()
        if id == afleiding.NIS:
            nis_ruw = ruw  # de gekozen gemeenten: afgeleide antwoorden, zie hieronder
            continue
        if id not in per_id:
            meldingen.append(
                f"Onbekende vraag '{_kort(sleutel)}'. Geldige vragen: {', '.join(vraag_ids())}."
            )
            continue
        if ruw is None or (isinstance(ruw, str) and ruw.strip() == ""):
            continue  # leeg = niet beantwoord
        try:
            antwoorden[id] = _lees_een(per_id[id], ruw)
        except OngeldigAntwoord as fout:
            meldingen.append(fout.meldingen[0])
    if nis_ruw is not None:  # uitdrukkelijke antwoorden gaan voor op afgeleide
        meldingen += afleiding.vul_aan(antwoorden, nis_ruw, per_id)
    # vaste volgorde: de stroomvolgorde, en de gekozen gemeenten ('nis') achteraan
    return {id: antwoorden[id] for id in (*vraag_ids(), afleiding.NIS) if id in antwoorden}, meldingen


_GENEGEERD = " Dit antwoord is genegeerd."


def lees_antwoorden(mapping: Mapping[str, Any]) -> Gelezen:
    """Lees antwoorden; fouten worden meldingen, geen uitzonderingen."""
    antwoorden, meldingen = _lees(mapping)
    return Gelezen(antwoorden, _begrensd([m + _GENEGEERD for m in meldingen]))


def lees_antwoorden_strikt(mapping: Mapping[str, Any]) -> dict[str, Any]:
    """Lees antwoorden; bij de eerste fout volgt ``OngeldigAntwoord`` met alle meldingen."""
    antwoorden, meldingen = _lees(mapping)
    if meldingen:
        raise OngeldigAntwoord(_begrensd(meldingen))
    return antwoorden


def als_tekst(antwoorden: Mapping[str, Any]) -> dict[str, str]:
    """Omgekeerde van ``lees_antwoorden``: antwoorden als tekst (voor URL's)."""
    return {k: str(v) for k, v in antwoorden.items()}
