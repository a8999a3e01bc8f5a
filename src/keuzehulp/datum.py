"""Dates as a Flemish reader writes them: '27 november 2026'. Shared by the
keuzehulp, the templates and the site build (one implementation)."""

from __future__ import annotations

import datetime as dt
from typing import Any

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")


def datum_nl(waarde: Any) -> str:
    """date or ISO text -> Dutch: '2017-12-22' -> '22 december 2017', '2024-03' -> 'maart 2024'.

    A year ('2026') or any other value comes back as text, unchanged.
    """
    if isinstance(waarde, dt.datetime):
        waarde = waarde.date()
    if isinstance(waarde, dt.date):
        return f"{waarde.day} {MAANDEN[waarde.month - 1]} {waarde.year}"
    tekst = str(waarde)
    delen = tekst.split("-")
    try:
        if len(delen) == 3:
            return datum_nl(dt.date(int(delen[0]), int(delen[1]), int(delen[2])))
        if len(delen) == 2:
            return f"{MAANDEN[int(delen[1]) - 1]} {int(delen[0])}"
    except (ValueError, IndexError):
        pass
    return tekst
