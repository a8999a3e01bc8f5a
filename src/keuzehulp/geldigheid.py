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
from typing import Any, Mapping
from urllib.parse import urlencode

from . import klok, register
from .datum import datum_nl
from .veilig import Html

__all__ = ["geldig_tot", "render_geldig_tot", "render_verlopen"]

_EEN_DAG = _dt.timedelta(days=1)


def geldig_tot(datum: _dt.date | None = None) -> _dt.date | None:
    """De laatste dag waarop wat voor ``datum`` berekend is nog klopt; None als het register
    daarna niets meer ziet veranderen."""
    datum = datum or klok.vandaag()
    omslag = register.volgende_omslag(datum)
    return omslag - _EEN_DAG if omslag else None


def _tijd(datum: _dt.date) -> Html:
    return Html('<time datetime="{}">{}</time>').format(datum.isoformat(), datum_nl(datum))


def render_geldig_tot(datum: _dt.date, onderwerp: str = "Dit advies geldt") -> Html:
    """De korte melding bij de disclaimer: 'Dit advies geldt tot en met …' (leeg als er geen
    einddatum is)."""
    tot = geldig_tot(datum)
    if tot is None:
        return Html("")
    return Html('<p class="kh-geldig" data-geldig-tot="{}">{} tot en met '
                "{}: daarna verandert een datum of een feit waarmee het rekent.</p>").format(
        tot.isoformat(), onderwerp, _tijd(tot))


def _waarschuwing(uitleg: Html, href: str, link: str) -> Html:
    """De verborgen waarschuwing die geldig-tot.js toont na de laatste geldige dag."""
    return Html(
        '<div class="igs-verlopen admonition warning" hidden>'
        '<p class="admonition-title">Deze pagina kan verouderd zijn</p>'
        '<p>{}<a href="{}">{}</a>.</p></div>'
    ).format(uitleg, href, link)


def render_verlopen(datum: _dt.date, basis: str, antwoorden: Mapping[str, Any] | None = None) -> tuple[Html, Html]:
    """(attribuut, waarschuwing) voor een pagina die voor ``datum`` berekend is: het attribuut
    data-geldig-tot voor de omhullende tag, en een verborgen waarschuwing die het script toont
    als de lezer na die datum leest. Zonder einddatum: twee lege teksten."""
    tot = geldig_tot(datum)
    if tot is None:
        return Html(""), Html("")
    query = urlencode({k: str(v) for k, v in (antwoorden or {}).items()})
    interactief = f"{basis}keuzehulp/" + (f"?{query}" if query else "")
    uitleg = Html("Ze werd berekend op {} en gold tot en met {}. Sindsdien is een datum of een feit "
                  "veranderd waarmee de keuzehulp rekent. ").format(_tijd(datum), _tijd(tot))
    waarschuwing = _waarschuwing(uitleg, interactief, "Vraag het advies van vandaag aan de interactieve keuzehulp")
    return Html(' data-geldig-tot="{}"').format(tot.isoformat()), waarschuwing


def render_stand_verlopen(datum: _dt.date, basis: str) -> Html:
    """Voor een inhoudspagina met zinnen die van de dag afhangen (een termijn die voorbij is of
    nog komt): een omhulsel met data-geldig-tot en dezelfde verborgen waarschuwing als hierboven.
    Leeg als het register daarna niets meer ziet veranderen."""
    tot = geldig_tot(datum)
    if tot is None:
        return Html("")
    uitleg = Html("Wat hier over termijnen staat, klopte op {} en gold tot en met {}. Sindsdien is een datum "
                  "voorbij die de tekst verandert. Kijk de datum na bij de bron, of ").format(_tijd(datum), _tijd(tot))
    return Html('<div class="igs-stand" data-geldig-tot="{}">{}</div>').format(
        tot.isoformat(), _waarschuwing(uitleg, f"{basis}keuzehulp/", "vraag het advies van vandaag aan de keuzehulp"))
