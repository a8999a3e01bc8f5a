"""Antwoordsets voor de uitputtende tests, afgeleid uit ``keuzehulp.vragen.vragen()``.

Geen vaste lijst van vragen of waarden: een nieuwe vraag, optie of band komt vanzelf mee.
De stroom wordt gevolgd zoals de keuzehulp hem stelt: een vraag die bij de eerdere
antwoorden niet geldt (``toepassing``), wordt overgeslagen, dus elke set is genormaliseerd.
"""

from __future__ import annotations

from typing import Any, Iterator

from keuzehulp.vragen import Vraag, vragen


def getalwaarden(v: Vraag, ondergrenzen: bool = True) -> tuple[int, ...]:
    """Beide kanten van elke grens tussen twee banden (de bovengrens van de ene, de ondergrens van de
    volgende), en met ``ondergrenzen`` ook de ondergrens van elke band (de kleinste toegelaten waarde)."""
    waarden: set[int] = set()
    for i, band in enumerate(v.banden):
        if ondergrenzen or i > 0:
            waarden.add(band.min)
        if band.max is not None and i + 1 < len(v.banden):
            waarden.add(band.max)
    if not waarden:
        waarden.add(v.banden[0].min if v.banden else v.min)
    return tuple(sorted(waarden))


def waarden(v: Vraag, ondergrenzen: bool = True) -> tuple[Any, ...]:
    """De antwoorden die de tests op een vraag geven: elke optie, of de grenswaarden van de banden."""
    return v.waarden() if v.type == "keuze" else getalwaarden(v, ondergrenzen)


def stroom(max_open: int | None = None, ondergrenzen: bool = True, rest_elke: int = 0) -> Iterator[dict[str, Any]]:
    """Alle genormaliseerde antwoordsets met hoogstens ``max_open`` toepasselijke vragen
    onbeantwoord (``None``: geen grens, elke toepasselijke vraag ook onbeantwoord).

    ``rest_elke`` n > 0: van de sets met méér open vragen ook elke n-de (een vaste steekproef, in
    stroomvolgorde). ``ondergrenzen``: zie ``getalwaarden``."""
    vs = vragen()
    teller = 0

    def loop(i: int, a: dict[str, Any], open_: int) -> Iterator[dict[str, Any]]:
        nonlocal teller
        if i == len(vs):
            if max_open is None or open_ <= max_open:
                yield dict(a)
            else:
                teller += 1
                if teller % rest_elke == 0:
                    yield dict(a)
            return
        v = vs[i]
        if not v.toepassing.geldt(a):
            yield from loop(i + 1, a, open_)
            return
        if max_open is None or open_ < max_open or rest_elke:
            yield from loop(i + 1, a, open_ + 1)  # niet beantwoord
        for w in waarden(v, ondergrenzen):
            a[v.id] = w
            yield from loop(i + 1, a, open_)
            del a[v.id]

    yield from loop(0, {}, 0)


def begonnen() -> Iterator[dict[str, Any]]:
    """Halverwege gestopt: de eerste k toepasselijke vragen beantwoord, de rest nog open
    (zoals de interactieve keuzehulp staat terwijl iemand invult), voor elke k > 0."""
    vs = vragen()

    def loop(i: int, a: dict[str, Any]) -> Iterator[dict[str, Any]]:
        if i == len(vs):
            return
        v = vs[i]
        if not v.toepassing.geldt(a):
            yield from loop(i + 1, a)
            return
        for w in waarden(v):
            a[v.id] = w
            yield dict(a)
            yield from loop(i + 1, a)
            del a[v.id]

    yield from loop(0, {})


def dekking(sets) -> dict[str, set]:
    """Per vraag de waarden die in ``sets`` voorkomen (None: ergens niet beantwoord)."""
    gezien: dict[str, set] = {v.id: set() for v in vragen()}
    for a in sets:
        for v in vragen():
            gezien[v.id].add(a.get(v.id))
    return gezien


def controleer_dekking(sets, ondergrenzen: bool = True) -> None:
    """Elke vraag komt voor met elk van haar testwaarden (een vraag die nooit gesteld wordt, faalt hier)."""
    gezien = dekking(sets)
    for v in vragen():
        ontbreekt = set(waarden(v, ondergrenzen)) - gezien[v.id]
        assert not ontbreekt, f"vraag {v.id!r} nooit beantwoord met {sorted(ontbreekt, key=str)}"
