"""Het goldenbestand: alle antwoordpaden en hun advies, leesbaar voor een jurist."""

from __future__ import annotations

import datetime as _dt

from . import kennis
from .advies import Advies, advies
from .pad import bandvragen, paden
from .teksten import tekst
from .vragen import vraag

# The golden file is the advice for one fixed date, so that it stays stable as the days pass.
DATUM = _dt.date(2026, 11, 28)


def _oordeel(waarde: bool | None) -> str:
    return tekst("oordeel." + {True: "ja", False: "nee", None: "onbeslist"}[waarde])


def _cel(tekst: str) -> str:
    return tekst.replace("|", "\\|")


# Stappen die onder elk advies staan: het goldenbestand noemt alleen de andere.
_VASTE_STAPPEN = frozenset({"vorm", "draagvlak", "sjabloon_engagement", "ambitie", "landschap", "evalueren", "keuzehulp"})


def sleutels(a: Advies) -> str:
    """De zinnen (sleutels in teksten.toml) die het advies gebruikt: redenen voor en tegen de aanbevolen vorm,
    de subsidietoets, de waarschuwingen en de volgende stappen. Zo toont een wijziging in de woorden of
    in wanneer ze vallen zich in de review van het goldenbestand."""
    eerste = a.rangschikking[0]
    delen = [
        ("voor", [o.sleutel for o in eerste.voor]),
        ("tegen", [o.sleutel for o in eerste.tegen]),
        ("subsidie", [r.sleutel.removeprefix("subsidie.") for r in a.subsidie.redenen]),
        ("waarschuwingen", [s for w in a.waarschuwingen for s in w.sleutels]),
        ("stappen", [s.sleutel for s in a.volgende_stappen if s.sleutel not in _VASTE_STAPPEN]),
    ]
    return "; ".join(f"{naam}: {', '.join(lijst)}" for naam, lijst in delen if lijst)


def golden() -> str:
    alle = paden(DATUM)
    regels = [
        "# Keuzehulp: alle antwoordpaden en hun advies",
        "",
        "Gegenereerd door `python -m keuzehulp golden` (of `tools/genereer_golden.py`). Niet met de hand",
        "bewerken: een test faalt als dit bestand niet meer overeenkomt met de regels.",
        "",
        "Elk pad volgt de vragen in stroomvolgorde; een vraag die bij de eerdere antwoorden niet telt,",
        f"wordt overgeslagen. Getallen staan als band (bijvoorbeeld '{vraag('inwoners').banden[0].label}').",
        f"Advies voor de situatie op {DATUM.isoformat()}. Kennis gecontroleerd op "
        f"{kennis.gecontroleerd().isoformat()}. Aantal paden: {len(alle)}.",
        "",
    ]
    huidig_doel = None
    for nr, pad in enumerate(alle, 1):
        doel = pad.stappen[0].label
        if doel != huidig_doel:
            huidig_doel = doel
            regels += ["", f"## Doel: {doel}", "", "| Nr | Antwoorden | Advies | Werkingssubsidie | Sleutels |",
                       "|---|---|---|---|---|"]
        antwoorden = "; ".join(f"{vraag(s.vraag).id}: {s.label}" for s in pad.stappen[1:])
        regels.append(
            f"| {nr} | {_cel(antwoorden) or '–'} | {_cel(kennis.rechtsvorm(pad.aanbevolen).naam)} | "
            f"{'niet gevraagd' if pad.antwoorden.get('subsidie') == 'nee' else _oordeel(pad.in_aanmerking)} | "
            f"{_cel(sleutels(advies(pad.antwoorden, DATUM, banden=bandvragen(pad.stappen))))} |"
        )
    return "\n".join(regels) + "\n"
