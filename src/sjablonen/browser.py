"""Entry points for the browser (Pyodide): JSON in, bytes or HTML out.

The site's JavaScript collects the form fields, passes them as a JSON object
and offers the returned bytes as a download. Nothing leaves the browser.
"""

from __future__ import annotations

import json
from html import escape

from .document import Element, Run, bestandsnaam, elementen, normaliseer_velden
from .model import laad

FORMATEN = ("odt", "docx")


def lees_velden_json(velden_json: str) -> dict[str, str]:
    """Parse the JSON object of the form. Errors: ValueError with a Dutch message."""
    if not isinstance(velden_json, str):
        raise ValueError("De velden moeten als JSON-tekst worden doorgegeven.")
    try:
        velden = json.loads(velden_json) if velden_json.strip() else {}
    except json.JSONDecodeError as fout:
        raise ValueError(
            f"De ingevulde gegevens zijn geen geldige JSON (regel {fout.lineno}, kolom {fout.colno})."
        ) from None
    if not isinstance(velden, dict):
        raise ValueError("De ingevulde gegevens moeten een JSON-object zijn: {\"veld\": \"waarde\"}.")
    return velden


def browser_download(sjabloon_id: str, velden_json: str, formaat: str) -> bytes:
    """The filled-in document as ODT or DOCX bytes."""
    from . import docx, odt  # the public functions

    if formaat not in FORMATEN:
        raise ValueError(f"Onbekend formaat {formaat!r}: kies 'odt' of 'docx'.")
    velden = lees_velden_json(velden_json)
    return (odt if formaat == "odt" else docx)(sjabloon_id, velden)


def browser_controleer(sjabloon_id: str, velden_json: str) -> str:
    """The problems of controleer_velden as a JSON list of {"veld", "tekst"}
    (empty list: all fine), so the page can link each message to its field."""
    from . import controleer_velden

    return json.dumps(
        [{"veld": veld, "tekst": tekst} for veld, tekst in controleer_velden(sjabloon_id, lees_velden_json(velden_json))],
        ensure_ascii=False,
    )


def browser_gemeenten(nis_lijst: str, sjabloon_id: str = "") -> str:
    """What follows from the chosen municipalities (sjablonen.gemeenten.afgeleid), as
    JSON. With a template: also "waarschuwing", the keuzehulp's warning when they lie in
    more than one referentieregio ("" otherwise). An unknown code: {"fout": "<Dutch message>"}."""
    from .gemeenten import afgeleid, regiowaarschuwing

    try:
        uit = afgeleid(str(nis_lijst))
    except ValueError as fout:
        return json.dumps({"fout": str(fout)}, ensure_ascii=False)
    if sjabloon_id:
        uit["waarschuwing"] = regiowaarschuwing(laad(sjabloon_id), uit["regios"])
    return json.dumps(uit, ensure_ascii=False)


def browser_vooraf(sjabloon_id: str, parameters_json: str) -> str:
    """The form's values from a link (sjablonen.vooraf.vooraf), as JSON."""
    from .vooraf import vooraf

    return json.dumps(vooraf(sjabloon_id, lees_velden_json(parameters_json)), ensure_ascii=False)


def browser_bestandsnaam(sjabloon_id: str, velden_json: str, formaat: str) -> str:
    """The name of the downloaded file: "engagementsverklaring-cultuur-scheldeland.odt"."""
    if formaat not in FORMATEN:
        raise ValueError(f"Onbekend formaat {formaat!r}: kies 'odt' of 'docx'.")
    sjabloon = laad(sjabloon_id)
    return f"{bestandsnaam(sjabloon, normaliseer_velden(sjabloon, lees_velden_json(velden_json)))}.{formaat}"


def _html_runs(runs: tuple[Run, ...]) -> str:
    delen = []
    for tekst, soort in runs:
        inhoud = escape(tekst, quote=True).replace("\n", "<br>").replace("\t", " ")
        if soort == "invulveld":
            inhoud = f'<span class="igs-invulveld">{inhoud}</span>'
        elif soort == "label":
            inhoud = f"<strong>{inhoud}</strong>"
        delen.append(inhoud)
    return "".join(delen)


def html_fragment(lijst: list[Element]) -> str:
    uit: list[str] = []
    for el in lijst:
        if el.soort in ("titel", "kop"):
            uit.append(f"<h{el.niveau}>{_html_runs(el.runs)}</h{el.niveau}>")
        elif el.soort == "alinea":
            klasse = ' class="igs-toelichting"' if el.stijl == "toelichting" else ""
            uit.append(f"<p{klasse}>{_html_runs(el.runs)}</p>")
        elif el.soort == "lijst":
            tag = "ol" if el.lijstsoort == "nummering" else "ul"
            items = "".join(f"<li>{_html_runs(item)}</li>" for item in el.items)
            uit.append(f"<{tag}>{items}</{tag}>")
    return '<article class="igs-afdruk" lang="nl-BE">\n' + "\n".join(uit) + "\n</article>"


def afdrukvoorbeeld_html(sjabloon_id: str, velden_json: str) -> str:
    """The filled-in document as an escaped HTML fragment for a print view."""
    sjabloon = laad(sjabloon_id)
    velden = normaliseer_velden(sjabloon, lees_velden_json(velden_json))
    return html_fragment(elementen(sjabloon, velden, toelichting=False))
