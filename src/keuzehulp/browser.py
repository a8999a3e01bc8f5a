"""Entry point for the keuzehulp widget in the browser (under Pyodide).

The widget's JavaScript sends the raw answers (form fields and URL query, all
strings) as JSON and shows what comes back. Everything the widget needs to
decide — which questions apply, what was ignored and why, a note per question,
the advice and its summary as HTML, the chosen municipalities, the sentence to
announce — is computed here, in the same engine the site's static pages use.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from . import afleiding, gemeenten, teksten
from .advies import advies
from .afleiding import Afleiding
from .antwoorden import lees_antwoorden, veldmelding
from .datum import datum_nl
from .formulier import LEEG_SAMENVATTING
from .html import render_advies, render_samenvatting
from .vragen import van_toepassing, vragen

# Query parameters of the widget's URL that set its display, not an answer
# (the embed page's light or dark style).
WEERGAVE = frozenset({"thema"})


def _notities(toepasselijk: list[str], gekozen: Afleiding | None) -> dict[str, str]:
    """A short note under a question: not needed with these answers (and why), or derived
    from the chosen municipalities (the reader can still answer it: that answer wins)."""
    nodig = set(toepasselijk)
    notities = {}
    for v in vragen():
        if v.id not in nodig:
            notities[v.id] = f"Niet nodig bij jullie antwoorden. {v.toepassing.uitleg}"
        elif gekozen is not None and v.id in gekozen.afgeleid:
            waarde = gekozen.antwoorden()[v.id]
            afgeleid = teksten.tekst("weergave.afgeleid")
            tekst = f"{afgeleid[:1].upper()}{afgeleid[1:]}: {v.label(waarde)}"
            if v.id == "inwoners":
                inwoners = gemeenten.meta()["inwoners"]
                tekst += f" inwoners op {datum_nl(inwoners['datum'])} ({inwoners['uitgever']}). {inwoners['voorbehoud']}"
            else:
                if v.id == "referentieregio":
                    tekst += " (" + ", ".join(naam for _, naam in gekozen.referentieregios) + ")"
                tekst += ". Klopt dat niet? Kies hier zelf."
            notities[v.id] = tekst + " Een antwoord dat je zelf geeft, gaat voor."
    return notities


def _gekozen_codes(ruw: dict) -> list[str]:
    nis = next((v for k, v in ruw.items() if str(k).strip().lower() == afleiding.NIS), None)
    return list(afleiding.lees_nis(nis)[0]) if nis else []


def _ruw(antwoorden_json: str) -> dict:
    try:
        ruw = json.loads(antwoorden_json)
    except (TypeError, ValueError):
        ruw = None
    return ruw if isinstance(ruw, dict) else {}


def _ongeldig(ruw: dict) -> dict[str, str]:
    """{vraag-id: melding bij het veld} voor elk getal dat de keuzehulp niet kan gebruiken."""
    uit = {}
    for v in vragen():
        if v.type != "getal":
            continue
        for sleutel, waarde in ruw.items():
            if str(sleutel).strip().lower() == v.id:
                melding = veldmelding(v, waarde)
                if melding:
                    uit[v.id] = melding
    return uit


def verwerk(antwoorden_json: str, basis: str = "../", *, banden: Iterable[str] = ()) -> str:
    """Raw answers (JSON object of strings) -> JSON for the widget.

    ``banden``: ids of number questions whose answer counts only by its band (the build's
    early advice, src/igs_site/keuzehulp/vooraf.py): the advice then names the band, never the
    number, and computes no amount from it; Python in the browser gives the exact figures.

    Keys: html (full advice), samenvatting (the advice in short), aanbevolen, naam,
    van_toepassing, notities {question id: text}, gekozen [NIS codes], meldingen, aankondiging,
    ongeldig {question id: Dutch message for its field} (a number that cannot be used).
    """
    ruw = _ruw(antwoorden_json)
    gelezen = lees_antwoorden({str(k): v for k, v in ruw.items() if str(k) not in WEERGAVE})
    toepasselijk = van_toepassing(gelezen.antwoorden)
    uit: dict[str, Any] = {
        "aanbevolen": None,
        "naam": None,
        "van_toepassing": toepasselijk,
        "notities": _notities(toepasselijk, None),
        "gekozen": [],
        "meldingen": list(gelezen.meldingen),
        "ongeldig": _ongeldig(ruw),
        "samenvatting": LEEG_SAMENVATTING,
        "html": "",
        "aankondiging": "",
    }
    if gelezen.antwoorden:
        # Without answers an advice would rest on assumptions only.
        resultaat = advies(gelezen, banden=banden)  # al gelezen: advies leest en leidt niet opnieuw af
        naam = resultaat.aanbevolen_vorm.naam
        gekozen = resultaat.gekozen
        toepasselijk = list(resultaat.van_toepassing)
        uit.update(
            van_toepassing=toepasselijk,
            notities=_notities(toepasselijk, gekozen),
            gekozen=list(gekozen.codes) if gekozen else [],
            aanbevolen=resultaat.aanbevolen,
            naam=naam,
            samenvatting=render_samenvatting(resultaat, basis, volledig_href="#kh-advies-titel"),
            html=render_advies(resultaat, basis, wijzig_links=True),
            aankondiging=f"Advies bijgewerkt: {naam}.",
        )
    if not uit["gekozen"]:  # een gemeente die niet gebruikt werd (één gemeente), blijft gekozen
        uit["gekozen"] = _gekozen_codes(ruw)
    return json.dumps(uit, ensure_ascii=False)



def nota(antwoorden_json: str, formaat: str) -> bytes:
    """Raw answers (as for ``verwerk``) -> the note for the college as ODT or DOCX bytes
    (``formaat`` 'odt' or 'docx'). ``ValueError`` with a Dutch message without answers or
    with another format; answers that cannot be used are ignored, as in ``verwerk``."""
    from . import nota as nota_

    if formaat not in nota_.FORMATEN:
        raise ValueError(f"Onbekend formaat '{formaat}': kies odt of docx.")
    ruw = _ruw(antwoorden_json)
    gelezen = lees_antwoorden({str(k): v for k, v in ruw.items() if str(k) not in WEERGAVE})
    if not gelezen.antwoorden:
        raise ValueError("Er is nog geen advies: beantwoord eerst een vraag van de keuzehulp.")
    return nota_.nota(advies(gelezen), formaat)
