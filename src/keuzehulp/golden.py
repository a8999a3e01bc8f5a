"""Het goldenbestand: alle antwoordpaden en hun advies, leesbaar voor een jurist."""

from __future__ import annotations

import datetime as _dt
from collections import Counter

from . import kennis
from .advies import Advies, advies
from .pad import bandvragen, paden
from .stroom import STROOM
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


def _delen(a: Advies) -> list[tuple[str, list[str]]]:
    eerste = a.rangschikking[0]
    return [
        ("voor", [o.sleutel for o in eerste.voor]),
        ("tegen", [o.sleutel for o in eerste.tegen]),
        ("subsidie", [r.sleutel.removeprefix("subsidie.") for r in a.subsidie.redenen]),
        ("waarschuwingen", [s for w in a.waarschuwingen for s in w.sleutels]),
        ("stappen", [s.sleutel for s in a.volgende_stappen if s.sleutel not in _VASTE_STAPPEN]),
    ]


def sleutels(a: Advies) -> str:
    """De zinnen (sleutels in teksten.toml) die het advies gebruikt: redenen voor en tegen de aanbevolen vorm,
    de subsidietoets, de waarschuwingen en de volgende stappen. Zo toont een wijziging in de woorden of
    in wanneer ze vallen zich in de review van het goldenbestand."""
    return "; ".join(f"{naam}: {', '.join(lijst)}" for naam, lijst in _delen(a) if lijst)


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


def per_vraag() -> str:
    """Per vraag en antwoord: wat het antwoord doet over alle paden van het goldenbestand. Welke vorm en
    welk oordeel volgen, en welke zinnen (sleutels in teksten.toml) vallen, met het aantal paden. Lees
    het samen met stroom.py: daar staat welke regels, toetsen en waarschuwingen een vraag leest."""
    alle = paden(DATUM)
    per: dict[tuple[str, str], dict[str, Counter]] = {}
    for pad in alle:
        a = advies(pad.antwoorden, DATUM, banden=bandvragen(pad.stappen))
        oordeel = "niet gevraagd" if pad.antwoorden.get("subsidie") == "nee" else _oordeel(pad.in_aanmerking)
        for keuze in pad.stappen:
            tel = per.setdefault((keuze.vraag, keuze.label), {})
            tel.setdefault("paden", Counter())["paden"] += 1
            tel.setdefault("advies", Counter())[kennis.rechtsvorm(pad.aanbevolen).naam] += 1
            tel.setdefault("werkingssubsidie", Counter())[oordeel] += 1
            for naam, lijst in _delen(a):
                tel.setdefault(naam, Counter()).update(dict.fromkeys(lijst, 1))
    regels = [
        "# Keuzehulp: wat elk antwoord doet",
        "",
        "Gegenereerd samen met `golden.md` (`python tools/genereer_golden.py`); niet met de hand bewerken.",
        "Per vraag (in de volgorde van `stroom.py`) en per antwoord: over alle paden met dat antwoord, welke",
        "vorm en welk oordeel volgen en welke zinnen (sleutels in `teksten.toml`) vallen, met het aantal paden.",
        f"Advies voor de situatie op {DATUM.isoformat()}. Aantal paden: {len(alle)}.",
    ]
    for stap in STROOM:
        antwoorden = [(label, tel) for (id, label), tel in per.items() if id == stap.vraag]
        if not antwoorden:
            continue
        regels += ["", f"## {stap.vraag}: {vraag(stap.vraag).tekst}", ""]
        functies = [f.__name__ for f in (*stap.regels, *stap.toetsen, *stap.waarschuwingen)]
        if functies:
            regels.append(f"Regels, toetsen en waarschuwingen in `stroom.py`: {', '.join(functies)}.")
        for label, tel in antwoorden:
            regels += ["", f"### {label} ({tel['paden']['paden']} paden)", ""]
            for naam in ("advies", "werkingssubsidie", "voor", "tegen", "subsidie", "waarschuwingen", "stappen"):
                if tel.get(naam):
                    regels.append(f"- {naam}: " + ", ".join(f"{k} ({n})" for k, n in sorted(
                        tel[naam].items(), key=lambda kv: (-kv[1], kv[0]))))
    return "\n".join(regels) + "\n"
