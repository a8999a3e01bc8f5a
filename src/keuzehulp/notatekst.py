"""De woorden van de nota voor het college (``data/nota.toml``), en hoe het bestand heet.

Apart van ``nota.py`` (dat de documenten schrijft met de sjablonen), zodat de weergave van het
advies de knoppen en links naar de nota kan tonen zonder de schrijvers te laden.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from . import kennis
from .teksten import TekstFout, controleer, feiten

__all__ = ["BESTAND", "FORMATEN", "nota_tekst", "site_url", "bestandsnaam"]

BESTAND = "nota.toml"
FORMATEN = ("odt", "docx")
# De namen die de nota zelf invult (naast de feiten en de antwoorden van teksten.py).
_EIGEN = frozenset({"vorm_klein", "versie", "inwonersdatum", "inwonersbron", "stand", "naam", "url", "titel",
                    "uitgever", "tekst", "merk", "dienst"})
_SITE_URL = re.compile(r"https://[^\s/]+/")


@functools.cache
def _data() -> tuple[str, dict[str, str]]:
    data = dict(kennis._data_bestand(BESTAND))
    url = data.pop("site_url", None)
    if not isinstance(url, str) or not _SITE_URL.fullmatch(url):
        raise kennis.KennisFout(
            f"keuzehulp/data/{BESTAND}: site_url ontbreekt of is geen https-adres dat op '/' eindigt.")
    return url, controleer(data, BESTAND, _EIGEN)


def site_url() -> str:
    """Het adres van de site ('https://igscultuur.be/'): de links in de nota zijn absoluut."""
    return _data()[0]


def nota_tekst(sleutel: str, **waarden: Any) -> str:
    """Een zin uit nota.toml met de feiten van de dag en ``waarden`` ingevuld."""
    try:
        zin = _data()[1][sleutel]
    except KeyError:
        raise TekstFout(f"{BESTAND}: de sleutel '{sleutel}' ontbreekt.") from None
    return zin.format_map({**feiten(), **waarden})


def bestandsnaam(aanbevolen: str, datum: Any, formaat: str) -> str:
    """'nota-college-projectvereniging-2026-12-05.odt'."""
    return f"nota-college-{aanbevolen.replace('_', '-')}-{datum.isoformat()}.{formaat}"
