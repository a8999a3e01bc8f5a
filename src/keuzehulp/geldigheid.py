"""Tot wanneer een advies klopt dat voor één datum berekend is ("geldig tot").

De build berekent het statische pad (/keuzehulp/pad/…) en de vooraf berekende adviezen
(keuzehulp/vooraf/) voor de dag van de build (klok.vandaag()). Zo'n pagina klopt tot de
dag vóór de volgende omslag in het register (register.volgende_omslag: de eerste dag
waarop een feit of een zin die van de datum afhangt, verandert). De pagina draagt die
datum (data-geldig-tot="JJJJ-MM-DD") en zegt hem; wie later leest, krijgt een
waarschuwing (assets/js/geldig-tot.js vergelijkt alleen de datum), en de keuzehulp
toont een vooraf berekend advies dan niet maar wacht op Python.
"""

from __future__ import annotations

import datetime as _dt
from html import escape as e
from typing import Any, Mapping
from urllib.parse import urlencode

from . import klok, register
from .datum import datum_nl

__all__ = ["geldig_tot", "render_geldig_tot", "render_verlopen"]

_EEN_DAG = _dt.timedelta(days=1)


def geldig_tot(datum: _dt.date | None = None) -> _dt.date | None:
    """De laatste dag waarop wat voor ``datum`` berekend is nog klopt; None als het register
    daarna niets meer ziet veranderen."""
    datum = datum or klok.vandaag()
    omslag = register.volgende_omslag(datum)
    return omslag - _EEN_DAG if omslag else None


def _tijd(datum: _dt.date) -> str:
    return f'<time datetime="{datum.isoformat()}">{e(datum_nl(datum))}</time>'


def render_geldig_tot(datum: _dt.date, onderwerp: str = "Dit advies geldt") -> str:
    """De korte melding bij de disclaimer: 'Dit advies geldt tot en met …' (leeg als er geen
    einddatum is)."""
    tot = geldig_tot(datum)
    if tot is None:
        return ""
    return (f'<p class="kh-geldig" data-geldig-tot="{tot.isoformat()}">{e(onderwerp)} tot en met '
            f"{_tijd(tot)}: daarna verandert een datum of een feit waarmee het rekent.</p>")


def render_verlopen(datum: _dt.date, basis: str, antwoorden: Mapping[str, Any] | None = None) -> tuple[str, str]:
    """(attribuut, waarschuwing) voor een pagina die voor ``datum`` berekend is: het attribuut
    data-geldig-tot voor de omhullende tag, en een verborgen waarschuwing die het script toont
    als de lezer na die datum leest. Zonder einddatum: twee lege teksten."""
    tot = geldig_tot(datum)
    if tot is None:
        return "", ""
    query = urlencode({k: str(v) for k, v in (antwoorden or {}).items()})
    interactief = f"{basis}keuzehulp/" + (f"?{query}" if query else "")
    waarschuwing = (
        '<div class="igs-verlopen admonition warning" hidden>'
        '<p class="admonition-title">Deze pagina kan verouderd zijn</p>'
        f"<p>Ze werd berekend op {_tijd(datum)} en gold tot en met {_tijd(tot)}. Sindsdien is een "
        "datum of een feit veranderd waarmee de keuzehulp rekent. "
        f'<a href="{e(interactief)}">Vraag het advies van vandaag aan de interactieve keuzehulp</a>.</p>'
        "</div>"
    )
    return f' data-geldig-tot="{tot.isoformat()}"', waarschuwing
