"""Het goldenbestand: alle antwoordpaden en hun advies, leesbaar voor een jurist."""

from __future__ import annotations

from . import kennis
from .pad import paden
from .vragen import vraag

_STATUS = {True: "in aanmerking", False: "niet in aanmerking", None: "niet getoetst / open"}


def _cel(tekst: str) -> str:
    return tekst.replace("|", "\\|")


def golden() -> str:
    alle = paden()
    regels = [
        "# Keuzehulp: alle antwoordpaden en hun advies",
        "",
        "Gegenereerd door `python -m keuzehulp golden` (of `tools/genereer_golden.py`). Niet met de hand",
        "bewerken: een test faalt als dit bestand niet meer overeenkomt met de regels.",
        "",
        "Elk pad volgt de vragen in stroomvolgorde; een vraag die bij de eerdere antwoorden niet telt,",
        "wordt overgeslagen. Getallen staan als band (bijvoorbeeld 'minder dan 85.000').",
        f"Kennis gecontroleerd op {kennis.gecontroleerd().isoformat()}. Aantal paden: {len(alle)}.",
        "",
    ]
    huidig_doel = None
    for nr, pad in enumerate(alle, 1):
        doel = pad.stappen[0].label
        if doel != huidig_doel:
            huidig_doel = doel
            regels += ["", f"## Doel: {doel}", "", "| Nr | Antwoorden | Advies | Werkingssubsidie |", "|---|---|---|---|"]
        antwoorden = "; ".join(f"{vraag(s.vraag).id}: {s.label}" for s in pad.stappen[1:])
        regels.append(
            f"| {nr} | {_cel(antwoorden) or '–'} | {_cel(kennis.rechtsvorm(pad.aanbevolen).naam)} | "
            f"{_STATUS[pad.in_aanmerking]} |"
        )
    return "\n".join(regels) + "\n"
