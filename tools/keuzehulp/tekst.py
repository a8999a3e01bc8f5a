"""Het advies als leesbare Nederlandse tekst (voor de opdrachtregel)."""

from __future__ import annotations

import textwrap
from typing import Any

from .advies import Advies
from .datum import datum_nl
from .vragen import vraag

_BREEDTE = 88


def _alinea(tekst: str, inspringen: str = "", eerste: str | None = None) -> str:
    return textwrap.fill(tekst, _BREEDTE, initial_indent=eerste if eerste is not None else inspringen,
                         subsequent_indent=inspringen, break_on_hyphens=False, break_long_words=False)


def _punt(tekst: str) -> str:
    return _alinea(tekst, "    ", "  - ")


def _label(vraag_id: str, antwoord: Any) -> str:
    try:
        return vraag(vraag_id).label(antwoord)
    except (KeyError, ValueError):
        return str(antwoord)


def _oorzaak(vraag_id: str | None, antwoord: Any) -> str:
    if vraag_id is None or antwoord is None:
        return ""
    return f" [{vraag_id}: {_label(vraag_id, antwoord)}]"


def render_tekst(advies: Advies, niet_gebruikt: list[str] | None = None) -> str:
    vorm = advies.aanbevolen_vorm
    eerste = advies.rangschikking[0]
    regels = [f"Aanbevolen vorm: {vorm.naam}", _alinea(vorm.kort), ""]
    regels.append("Waarom deze vorm:")
    regels += [_punt(o.tekst + _oorzaak(o.vraag, o.antwoord)) for o in eerste.voor] or [
        _punt("Geen antwoord sprak uitdrukkelijk voor deze vorm; het is de lichtste vorm die past.")]
    if eerste.tegen:
        regels += ["", "Let op bij deze vorm:"] + [_punt(o.tekst + _oorzaak(o.vraag, o.antwoord)) for o in eerste.tegen]
    if advies.waarschuwingen:
        regels += ["", "Waarschuwingen:"] + [_punt(w.tekst) for w in advies.waarschuwingen]
    status = {True: "in aanmerking", False: "niet in aanmerking", None: "nog niet te zeggen"}
    regels += ["", f"Werkingssubsidie: {status[advies.subsidie.in_aanmerking]}"]
    for r in advies.subsidie.redenen:
        merk = {True: "voldaan", False: "niet voldaan", None: "open"}[r.voldaan]
        onzeker = "" if r.geverifieerd else " (niet geverifieerd)"
        regels.append(_punt(f"{merk}: {r.tekst}{onzeker}"))
    if advies.gekozen:
        regels += ["", *_gekozen(advies)]
    if advies.antwoorden:
        afgeleid = advies.gekozen.afgeleid if advies.gekozen else ()
        regels += ["", "Jullie antwoorden:"] + [
            _punt(f"{vraag(id).tekst} {_label(id, w)}" + (" (afgeleid uit de gekozen gemeenten)" if id in afgeleid else ""))
            for id, w in advies.antwoorden.items()]
    if niet_gebruikt:
        regels += ["", "Niet gebruikt (de vraag telt niet bij deze antwoorden): " + ", ".join(niet_gebruikt)]
    if advies.aannames:
        regels += ["", "Aannames:"] + [_punt(x["tekst"]) for x in advies.aannames]
    if advies.open_vragen:
        regels += ["", "Open vragen:"] + [_punt(x["tekst"]) for x in advies.open_vragen]
    regels += ["", "Rangschikking:"]
    for i, b in enumerate(advies.rangschikking, 1):
        regels.append(f"  {i}. {b.rechtsvorm.naam} ({'geschikt' if b.geschikt else 'niet geschikt'})")
    regels += ["", "Volgende stappen:"] + [_punt(f"{s.tekst} ({s.url})") for s in advies.volgende_stappen]
    regels += ["", _alinea(f"{advies.disclaimer['tekst']} Stand van {advies.disclaimer['datum']}. "
                           f"Versie {advies.versie}.")]
    return "\n".join(regels) + "\n"


def _gekozen(advies: Advies) -> list[str]:
    """De gekozen gemeenten en wat eruit volgt (zie keuzehulp.afleiding)."""
    d = advies.gekozen.als_dict()
    regios = ", ".join(r["naam"] for r in d["referentieregios"])
    regels = ["Afgeleid uit de gekozen gemeenten:",
              _punt(f"{d['aantal']} gemeenten: " + ", ".join(g.naam for g in advies.gekozen.gemeenten)),
              _punt(f"samen {vraag('inwoners').label(d['inwoners'])} inwoners op {datum_nl(d['inwoners_datum'])} "
                    f"(bron: {d['inwoners_bron']})"),
              _punt(f"referentieregio: {regios}"),
              _punt(f"één aaneengesloten gebied: {'ja' if d['samenhangend'] else 'nee'}"),
              _punt(f"minstens {d['minimum_aangrenzend']} aangrenzende gemeenten: "
                    f"{'ja' if d['aangrenzend'] else 'nee'}. {d['uitleg_aangrenzend']}")]
    for g in advies.als_dict()["gemeenten"]:
        if g["igs"]:
            regels.append(_punt(f"{g['naam']} is al lid van: " + "; ".join(i["naam"] for i in g["igs"])))
    if d["waarschuwing"]:
        regels.append(_punt(d["waarschuwing"]))
    return regels
