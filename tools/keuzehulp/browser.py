"""Entry point for the keuzehulp widget in the browser (under Pyodide).

The widget's JavaScript sends the raw answers (form fields and URL query, all
strings) as JSON and shows what comes back. Everything the widget needs to
decide — which questions apply, what was ignored and why, the advice as HTML,
the sentence to announce — is computed here, in the same engine the site's
static pages use.
"""

from __future__ import annotations

import json

from .advies import advies
from .antwoorden import lees_antwoorden
from .html import render_advies
from .vragen import van_toepassing

# Query parameters of the widget's URL that set its display, not an answer
# (the embed page's light or dark style).
WEERGAVE = frozenset({"thema"})


def verwerk(antwoorden_json: str, basis: str = "../") -> str:
    """Raw answers (JSON object of strings) -> JSON with html, aanbevolen, van_toepassing, meldingen."""
    try:
        ruw = json.loads(antwoorden_json)
    except (TypeError, ValueError):
        ruw = None
    if not isinstance(ruw, dict):
        ruw = {}
    gelezen = lees_antwoorden({str(k): v for k, v in ruw.items() if str(k) not in WEERGAVE})
    if not gelezen.antwoorden:
        # Nothing answered yet: an advice would rest on assumptions only.
        return json.dumps(
            {
                "aanbevolen": None,
                "naam": None,
                "van_toepassing": van_toepassing({}),
                "meldingen": list(gelezen.meldingen),
                "html": '<p class="kh-leeg">Beantwoord de vragen hierboven: het advies verschijnt hier '
                "zodra je een eerste antwoord geeft.</p>",
                "aankondiging": "",
            },
            ensure_ascii=False,
        )
    resultaat = advies(gelezen.antwoorden)
    naam = resultaat.aanbevolen_vorm.naam
    return json.dumps(
        {
            "aanbevolen": resultaat.aanbevolen,
            "naam": naam,
            "van_toepassing": list(resultaat.van_toepassing),
            "meldingen": list(gelezen.meldingen),
            "html": render_advies(resultaat, basis),
            "aankondiging": f"Advies bijgewerkt: {naam}.",
        },
        ensure_ascii=False,
    )
