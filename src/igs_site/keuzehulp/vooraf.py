"""Site build (plugin igs): advice for a shared link before Python has started ("vooraf").

A link with all answers in its query (keuzehulp/?doel=…&subsidie=…) can show
its advice at first paint: the build runs the same engine, with the same
entry point the browser calls (keuzehulp.browser.verwerk), over every
complete answer set of the static path (keuzehulp.pad.paden) and writes
the results to keuzehulp/vooraf/. Python in the browser takes over when it
is ready and gives the same output (for numbers: see below).

Everything that decides which result belongs to a URL is decided here:
keuzehulp/vooraf/index.json lists, per question, regular expressions for the
raw URL values the engine reads as that answer, and, per answer set, its key
("vraag=waarde&…") with the file of the engine's output and its comparison
table. The page's JavaScript (keuzehulp-vooraf.js) only matches each raw
value against those expressions, picks the one key whose parts are all in
the link, and shows the file; when anything does not match (an unknown
parameter, a value the engine would not accept, nis=, a partial answer set),
it shows nothing early and the page waits for Python.

Numbers: an answer set with a number question (inwoners, gemeenten) is run
with that number counted by its band (verwerk(..., banden=...)): the advice
names the band ("85.000 of meer"), never the reader's number, and computes no
amount from it. That output is checked to be the same at both ends of every
band, so it holds for any number the reader typed; the page matches the raw
number against the band's expression. Python in the browser then gives the
exact figures (the number itself, the amount).

Questions that do not apply to an answer set are ignored by the engine: the
key of an answer set only names the questions on its path, and the page
accepts a link that also answers other questions, as long as each such
answer is a valid one (it matches one of that question's expressions).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

from igs_site.config import offline
from keuzehulp import klok
from keuzehulp.browser import WEERGAVE, verwerk
from keuzehulp.formulier import module_script
from keuzehulp.geldigheid import geldig_tot
from keuzehulp.html import render_vergelijking
from keuzehulp.pad import bandvragen, paden
from keuzehulp.vragen import Vraag, vraag, vragen

PAGINA = "keuzehulp/"  # the page whose widget uses it; the html's links are relative to it
BASIS = "../"  # from PAGINA to the site root, as the widget passes it to Python
MAP = "keuzehulp/vooraf"


# --- Regular expressions for raw URL values ------------------------------------

def _zelfde_lengte(van: str, tot: str) -> list[str]:
    """Alternatives matching every digit string from `van` to `tot` (same length)."""
    if van == tot:
        return [van]
    if len(van) == 1:
        return [f"[{van}-{tot}]"]
    if van[0] == tot[0]:
        return [van[0] + rest for rest in _zelfde_lengte(van[1:], tot[1:])]
    n = len(van) - 1
    delen = []
    begin, einde = van[0], tot[0]
    if van[1:] != "0" * n:
        delen += [van[0] + rest for rest in _zelfde_lengte(van[1:], "9" * n)]
        begin = chr(ord(begin) + 1)
    if tot[1:] != "9" * n:
        einde = chr(ord(einde) - 1)
    if begin <= einde:
        delen.append((begin if begin == einde else f"[{begin}-{einde}]") + f"[0-9]{{{n}}}")
    if tot[1:] != "9" * n:
        delen += [tot[0] + rest for rest in _zelfde_lengte("0" * n, tot[1:])]
    return delen


def getal_patroon(laagste: int, hoogste: int) -> str:
    """A regular expression (Python and JavaScript alike) for the plain whole numbers
    laagste..hoogste as a reader may type them in a URL: digits, leading zeros and
    surrounding spaces allowed. Grouped forms (120.000) do not match: no early advice."""
    delen = []
    lengte = len(str(laagste))
    while lengte <= len(str(hoogste)):
        van = max(laagste, 10 ** (lengte - 1) if lengte > 1 else 0)
        tot = min(hoogste, 10**lengte - 1)
        delen += _zelfde_lengte(str(van), str(tot))
        lengte += 1
    return r"^\s*0*(?:" + "|".join(delen) + r")\s*$"


def keuze_patroon(waarde: str) -> str:
    """The engine reads a choice case-insensitively, surrounding spaces stripped
    (the page matches with the 'i' flag)."""
    return r"^\s*" + re.escape(waarde) + r"\s*$"


# --- The answer sets and their outputs -------------------------------------------

def _uitkomst(antwoorden: dict[str, str], banden: tuple[str, ...] = ()) -> dict:
    return json.loads(verwerk(json.dumps(antwoorden), BASIS, banden=banden))


def _bereik(v: Vraag, waarde) -> tuple[int, int]:
    """The lowest and highest number of the band `waarde` lies in (the question's maximum
    where the band has no upper bound)."""
    band = v.band(int(waarde))
    return band.min, band.max if band.max is not None else v.max


def _zelfde_over_de_band(antwoorden: dict[str, str], uitkomst: dict, banden: tuple[str, ...]) -> bool:
    """The band-worded output does not depend on where in its band each number lies."""
    for vraag_id in banden:
        for grens in set(_bereik(vraag(vraag_id), antwoorden[vraag_id])):
            if _uitkomst({**antwoorden, vraag_id: str(grens)}, banden) != uitkomst:
                return False
    return True


def _gedeeld(uitkomst: dict, tabellen: dict[str, str]) -> dict:
    """The output with its comparison table (the same for every advice with the same
    recommendation) in a file of its own: html = html + the table's file + html_na."""
    tabel = str(render_vergelijking(uitkomst["aanbevolen"], BASIS))  # platte tekst, zoals de pagina ze samenvoegt
    voor, gevonden, na = uitkomst["html"].partition(tabel)
    if not gevonden or tabel in na:
        return uitkomst
    naam = "tabel-" + hashlib.sha256(tabel.encode()).hexdigest()[:16] + ".json"  # not a page of its own
    tabellen[naam] = tabel
    return {**uitkomst, "html": voor, "tabel": naam, "html_na": na}


def bouw() -> tuple[dict, dict[str, dict], dict[str, str]]:
    """(index, {file name: engine output}, {file name: comparison table}) for every
    complete answer set that qualifies."""
    patronen: dict[str, dict[str, str]] = {}
    uitkomsten: dict[str, str] = {}
    bestanden: dict[str, dict] = {}
    tabellen: dict[str, str] = {}
    for pad in paden():
        antwoorden = {stap.vraag: str(stap.waarde) for stap in pad.stappen}
        banden = bandvragen(pad.stappen)
        uitkomst = _uitkomst(antwoorden, banden)
        if uitkomst["meldingen"] or not _zelfde_over_de_band(antwoorden, uitkomst, banden):
            continue
        sleutel = []
        for stap in pad.stappen:
            if stap.vraag in banden:
                laagste, hoogste = _bereik(vraag(stap.vraag), stap.waarde)
                naam = f"{laagste}-{hoogste}"
                patroon = getal_patroon(laagste, hoogste)
            else:
                naam = str(stap.waarde)
                patroon = keuze_patroon(naam)
            patronen.setdefault(stap.vraag, {})[naam] = patroon
            sleutel.append(f"{stap.vraag}={naam}")
        gedeeld = _gedeeld(uitkomst, tabellen)
        inhoud = json.dumps(gedeeld, ensure_ascii=False, sort_keys=True)
        bestand = hashlib.sha256(inhoud.encode()).hexdigest()[:12] + ".json"
        if bestanden.get(bestand, gedeeld) != gedeeld:
            raise RuntimeError(f"vooraf: twee uitkomsten met dezelfde bestandsnaam {bestand}")
        bestanden[bestand] = gedeeld
        uitkomsten["&".join(sleutel)] = bestand
    volgorde = [v.id for v in vragen() if v.id in patronen]
    tabelnamen = sorted(tabellen)
    tabelnummers = {naam: nummer for nummer, naam in enumerate(tabelnamen)}
    index = {
        "pagina": PAGINA,
        "weergave": sorted(WEERGAVE),
        "vragen": [[vraag_id, list(patronen[vraag_id].items())] for vraag_id in volgorde],
        # Per answer set: [its output's file, the number of its table in "tabellen" or null],
        # so that the page fetches both at the same time.
        "uitkomsten": {sleutel: [bestand, tabelnummers.get(bestanden[bestand].get("tabel"))]
                       for sleutel, bestand in uitkomsten.items()},
        "tabellen": tabelnamen,
    }
    # Computed for the build date: after this day (JJJJ-MM-DD) a date or fact may have changed, and
    # the page shows nothing early but waits for Python (keuzehulp.geldigheid; null: no end known).
    tot = geldig_tot(klok.vandaag())
    index["geldig_tot"] = tot.isoformat() if tot else None
    return index, bestanden, tabellen


START = "assets/js/keuzehulp-vooraf-start.js"


def on_post_page(html: str, page, config) -> str:
    """The keuzehulp page starts fetching its early advice from <head> (async module), while the
    rest of the page is still being parsed; the widget finds the files on their way."""
    if offline(config) or page.url != PAGINA or "</head>" not in html:
        return html
    return html.replace("</head>", module_script(BASIS + START, meteen=True) + "</head>", 1)


def on_post_build(config):
    if offline(config):
        return  # the offline copy has no interactive keuzehulp
    doel = Path(config.site_dir) / MAP
    shutil.rmtree(doel, ignore_errors=True)
    doel.mkdir(parents=True)
    index, bestanden, tabellen = bouw()
    for naam, uitkomst in bestanden.items():
        (doel / naam).write_text(json.dumps(uitkomst, ensure_ascii=False), encoding="utf-8")
    for naam, tabel in tabellen.items():
        (doel / naam).write_text(json.dumps({"html": tabel}, ensure_ascii=False), encoding="utf-8")
    (doel / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
