"""De ene klok van de site en de keuzehulp: welke dag is het vandaag?

``vandaag()`` geeft de datum van vandaag, of de datum in de omgevingsvariabele
``IGS_DATUM`` (``JJJJ-MM-DD``). Zo bouw je de site, de statische pagina's en het
advies "alsof het" een andere dag is, om na te kijken wat een lezer dan leest:

    IGS_DATUM=2027-01-02 .venv/bin/mkdocs build -d /tmp/site

Elke plek die de datum van vandaag nodig heeft, vraagt ze hier (nooit
``date.today()`` zelf).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as _dt
import os
from collections.abc import Iterator

__all__ = ["vandaag", "op", "bron", "KlokFout", "VARIABELE"]

# De dag van het advies dat nu berekend wordt (``op``): feiten en zinnen gelden voor die dag.
_ADVIESDATUM: contextvars.ContextVar[_dt.date | None] = contextvars.ContextVar("igs_adviesdatum", default=None)

VARIABELE = "IGS_DATUM"


class KlokFout(ValueError):
    """Een ongeldige waarde in IGS_DATUM; de melding noemt de variabele."""


def _uit_omgeving() -> _dt.date | None:
    waarde = os.environ.get(VARIABELE, "").strip()
    if not waarde:
        return None
    try:
        if len(waarde) != 10:
            raise ValueError
        return _dt.date.fromisoformat(waarde)
    except ValueError:
        raise KlokFout(
            f"De omgevingsvariabele {VARIABELE} is '{waarde}': dat is geen geldige datum. "
            f"Schrijf ze als JJJJ-MM-DD, bijvoorbeeld {VARIABELE}=2027-01-02, of laat ze leeg voor vandaag."
        ) from None


def vandaag() -> _dt.date:
    """De dag waarvoor nu gerekend wordt: die van ``op(datum)``, anders IGS_DATUM, anders vandaag."""
    return _ADVIESDATUM.get() or _uit_omgeving() or _dt.date.today()


@contextlib.contextmanager
def op(datum: _dt.date) -> Iterator[None]:
    """Reken binnen dit blok voor ``datum``: een advies voor een andere dag leest de feiten van die dag."""
    token = _ADVIESDATUM.set(datum)
    try:
        yield
    finally:
        _ADVIESDATUM.reset(token)


def bron() -> str:
    """Waar de datum van ``vandaag()`` vandaan komt: 'IGS_DATUM' of 'vandaag'."""
    return VARIABELE if _uit_omgeving() else "vandaag"
