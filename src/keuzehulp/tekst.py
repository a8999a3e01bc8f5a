"""Het advies als leesbare Nederlandse tekst (voor de opdrachtregel)."""

from __future__ import annotations

import datetime as _dt

import textwrap
from typing import Any

from .advies import Advies
from .datum import datum_nl
from .teksten import tekst
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


def _oorzaak(vraag_id: str | None, antwoord: Any, labels: dict[str, str] | None = None) -> str:
    if vraag_id is None or antwoord is None:
        return ""
    label = (labels or {}).get(vraag_id) or _label(vraag_id, antwoord)
    return f" [{vraag_id}: {label}]"


def render_tekst(advies: Advies, niet_gebruikt: list[str] | None = None) -> str:
    vorm = advies.aanbevolen_vorm
    eerste = advies.rangschikking[0]
    lijnen = [f"Aanbevolen vorm: {vorm.naam}", _alinea(vorm.kort),
              tekst("weergave.situatie", datum=datum_nl(advies.datum)), ""]
    lijnen.append(tekst("weergave.waarom") + ":")
    lijnen += [_punt(o.tekst + _oorzaak(o.vraag, o.antwoord, advies.labels)) for o in eerste.voor] or [
        _punt(tekst("weergave.geen_reden"))]
    if eerste.tegen:
        lijnen += ["", tekst("weergave.let_op") + ":"] + [_punt(o.tekst + _oorzaak(o.vraag, o.antwoord, advies.labels)) for o in eerste.tegen]
    if advies.waarschuwingen:
        lijnen += ["", tekst("weergave.waarschuwingen") + ":"] + [_punt(w.tekst) for w in advies.waarschuwingen]
    oordeel = {True: "ja", False: "nee", None: "onbeslist"}[advies.subsidie.in_aanmerking]
    if advies.antwoorden.get("subsidie") == "nee":
        oordeel = "niet_gevraagd"
    lijnen += ["", tekst("oordeel.kop_" + oordeel)]
    for r in advies.subsidie.redenen:
        merk = tekst("oordeel." + {True: "voldaan", False: "niet_voldaan", None: "open"}[r.voldaan]) + ": " \
            if r.toets else ""
        onzeker = "" if r.geverifieerd else f" ({tekst('weergave.niet_geverifieerd')})"
        lijnen.append(_punt(f"{merk}{r.tekst}{onzeker}"))
    if advies.subsidie.alternatieven:
        lijnen += ["", tekst("alternatief.kop") + ":"] + [_punt(x.tekst) for x in advies.subsidie.alternatieven]
    if advies.gekozen:
        lijnen += ["", *_gekozen(advies)]
    if advies.antwoorden:
        afgeleid = advies.gekozen.afgeleid if advies.gekozen else ()
        lijnen += ["", tekst("weergave.antwoorden") + ":"] + [
            _punt(f"{vraag(id).tekst} {advies.labels.get(id) or _label(id, w)}"
                  + (f" ({tekst('weergave.afgeleid')})" if id in afgeleid else ""))
            for id, w in advies.antwoorden.items()]
    if niet_gebruikt:
        lijnen += ["", "Niet gebruikt (de vraag telt niet bij deze antwoorden): " + ", ".join(niet_gebruikt)]
    if advies.aannames:
        lijnen += ["", tekst("weergave.aannames") + ":"] + [_punt(x["tekst"]) for x in advies.aannames]
    if advies.open_vragen:
        lijnen += ["", tekst("weergave.open_vragen") + ":"] + [
            _punt(x["tekst"].removeprefix(tekst("aanname.open_vraag_begin"))) for x in advies.open_vragen]
    lijnen += ["", "Rangschikking:"]
    for i, b in enumerate(advies.rangschikking, 1):
        lijnen.append(f"  {i}. {b.rechtsvorm.naam} ({b.oordeel_label})")
    lijnen += ["", tekst("weergave.volgende_stappen") + ":"] + [_punt(f"{s.tekst} ({s.url})") for s in advies.volgende_stappen]
    lijnen += ["", _alinea(f"{advies.disclaimer['tekst']} Stand van "
                           f"{datum_nl(_dt.date.fromisoformat(advies.disclaimer['datum']))}. "
                           f"Versie {advies.versie}.")]
    return "\n".join(lijnen) + "\n"


def _gekozen(advies: Advies) -> list[str]:
    """De gekozen gemeenten en wat eruit volgt (zie keuzehulp.afleiding)."""
    d = advies.gekozen.als_dict()
    regios = ", ".join(r["naam"] for r in d["referentieregios"])
    regels = ["Afgeleid uit de gekozen gemeenten:",
              _punt(f"{d['aantal']} gemeenten: " + ", ".join(g.naam for g in advies.gekozen.gemeenten)),
              _punt(f"samen {vraag('inwoners').label(d['inwoners'])} inwoners ({d['inwoners_bron']})"),
              _punt(f"referentieregio: {regios}"),
              _punt(f"één aaneengesloten gebied: {'ja' if d['samenhangend'] else 'nee'}"),
              _punt(f"minstens {d['minimum_aangrenzend']} aangrenzende gemeenten: "
                    f"{'ja' if d['aangrenzend'] else 'nee'}. {d['uitleg_aangrenzend']}")]
    for g in advies.als_dict()["gemeenten"]:
        if g["igs"]:
            namen = "; ".join(i["naam"] + (f" (als {i['als']})" if i["als"] else "") for i in g["igs"])
            regels.append(_punt(f"{g['naam']} is al lid van: {namen}"))
    if d["waarschuwing"]:
        regels.append(_punt(d["waarschuwing"]))
    return regels
