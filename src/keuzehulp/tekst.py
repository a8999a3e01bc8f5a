"""Het advies als leesbare Nederlandse tekst (voor de opdrachtregel).

Legt het adviesdocument (document.py) uit als tekst: dezelfde koppen en zinnen als de HTML.
"""

from __future__ import annotations

import textwrap

from .advies import Advies
from .datum import datum_nl
from .document import Adviesdocument, Punt, adviesdocument
from .teksten import tekst
from .vragen import vraag

_BREEDTE = 88


def _alinea(tekst: str, inspringen: str = "", eerste: str | None = None) -> str:
    return textwrap.fill(tekst, _BREEDTE, initial_indent=eerste if eerste is not None else inspringen,
                         subsequent_indent=inspringen, break_on_hyphens=False, break_long_words=False)


def _punt(tekst: str) -> str:
    return _alinea(tekst, "    ", "  - ")


def _met_oorzaak(p: Punt) -> str:
    return p.tekst + (f" [{p.vraag}: {p.antwoord}]" if p.vraag is not None else "")


def _kop(kop: str) -> list[str]:
    return ["", kop + ":"]


def _redenen(doc: Adviesdocument) -> list[str]:
    lijnen = [doc.waarom.kop + ":"]
    lijnen += [_punt(_met_oorzaak(p)) for p in doc.waarom.punten] or [_punt(tekst("weergave.geen_reden"))]
    if doc.let_op:
        lijnen += _kop(doc.let_op.kop) + [_punt(_met_oorzaak(p)) for p in doc.let_op.punten]
    if doc.waarschuwingen:
        lijnen += _kop(doc.waarschuwingen.kop) + [_punt(p.tekst) for p in doc.waarschuwingen.punten]
    return lijnen


def _subsidie(doc: Adviesdocument) -> list[str]:
    lijnen = ["", doc.subsidie_zin]
    niet_geverifieerd = f" ({tekst('weergave.niet_geverifieerd')})"
    for p in doc.voorwaarden.punten:
        merk = f"{p.merk_tekst}: " if p.merk else ""
        lijnen.append(_punt(f"{merk}{p.tekst}{'' if p.geverifieerd else niet_geverifieerd}"))
    if doc.alternatieven:
        lijnen += _kop(doc.alternatieven.kop) + [_punt(p.tekst) for p in doc.alternatieven.punten]
    return lijnen


def _antwoorden(doc: Adviesdocument, niet_gebruikt: list[str] | None) -> list[str]:
    lijnen: list[str] = []
    if doc.antwoorden:
        afgeleid = f" ({tekst('weergave.afgeleid')})"
        lijnen += _kop(doc.antwoorden.kop) + [
            _punt(f"{p.tekst} {p.antwoord}" + (afgeleid if p.afgeleid else "")) for p in doc.antwoorden.punten]
    if niet_gebruikt:
        lijnen += ["", "Niet gebruikt (de vraag telt niet bij deze antwoorden): " + ", ".join(niet_gebruikt)]
    if doc.aannames:
        lijnen += _kop(doc.aannames.kop) + [_punt(p.tekst) for p in doc.aannames.punten]
    if doc.open_vragen:
        begin = tekst("aanname.open_vraag_begin")
        lijnen += _kop(doc.open_vragen.kop) + [_punt(p.tekst.removeprefix(begin)) for p in doc.open_vragen.punten]
    return lijnen


def render_tekst(advies: Advies, niet_gebruikt: list[str] | None = None) -> str:
    doc = adviesdocument(advies)
    vorm = doc.vorm
    lijnen = [f"{tekst('weergave.aanbevolen')}: {vorm.naam}", _alinea(vorm.kort), doc.datum_zin, ""]
    lijnen += _redenen(doc)
    lijnen += _subsidie(doc)
    if advies.gekozen:
        lijnen += ["", *_gekozen(advies)]
    lijnen += _antwoorden(doc, niet_gebruikt)
    lijnen += _kop(tekst("weergave.rangschikking"))
    lijnen += [f"  {i}. {v.naam} ({v.oordeel_label})" for i, v in enumerate(doc.rangschikking, 1)]
    lijnen += _kop(doc.volgende_stappen.kop) + [_punt(f"{p.tekst} ({p.url})") for p in doc.volgende_stappen.punten]
    stand = tekst("weergave.stand", datum=datum_nl(doc.disclaimer_datum))
    lijnen += ["", _alinea(f"{doc.disclaimer} {stand} {tekst('weergave.versie', versie=doc.versie)}.")]
    return "\n".join(lijnen) + "\n"


def _gekozen(advies: Advies) -> list[str]:
    """De gekozen gemeenten en wat eruit volgt (zie keuzehulp.afleiding)."""
    d = advies.gekozen.als_dict()
    regios = ", ".join(r["naam"] for r in d["referentieregios"])
    regels = [tekst("weergave.afleiding") + ":",
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
