"""A template form filled in from a link (?nis=…&rechtsvorm=…), e.g. from the advice of the
keuzehulp. Standard library only: this runs in the browser under Pyodide.

The page passes the query parameters as they are; this module says which field gets which
value and which values cannot be used (a Dutch message for the field), so the page only
fills in and shows. Unknown parameters are ignored.
"""

from __future__ import annotations

from keuzehulp import gemeenten as gemeentedata
from keuzehulp import kennis
from keuzehulp.teksten import opsomming
from keuzehulp.vragen import vraag_ids

from .document import schoon
from .model import Sjabloon, laad

# The keuzehulp's link names the chosen municipalities nis=11002,44021 (public contract).
NIS = "nis"
_MAX_TEKST = 2000


def _gemeentenveld(sjabloon: Sjabloon):
    return next((v for v in sjabloon.velden if v.soort == "gemeenten"), None)


def _nis(waarde: str, veld) -> tuple[str, str]:
    """The known NIS codes (comma separated) and a message for the others ('' if none)."""
    goed: list[str] = []
    fout: list[str] = []
    for code in (deel.strip() for deel in waarde.split(",")):
        if not code:
            continue
        if code.isdigit() and len(code) == 5 and gemeentedata.gemeente(code) is not None:
            if code not in goed:
                goed.append(code)
        else:
            fout.append(code[:12])
    if not fout:
        return ",".join(goed), ""
    codes = opsomming([f"«{c}»" for c in fout])
    return ",".join(goed), (
        f"De link noemde {'een gemeente' if len(fout) == 1 else 'gemeenten'} die we niet kennen "
        f"(NIS-code {codes}). Kies {'ze' if len(fout) > 1 else 'die gemeente'} zelf bij «{veld.label}»."
    )


def _vormnaam(waarde: str) -> str | None:
    try:
        return kennis.rechtsvorm(waarde).naam.lower()
    except (KeyError, ValueError):
        return None


def _keuze(sjabloon: Sjabloon, parameter: str, waarde: str) -> tuple[dict[str, str], tuple[str, str] | None]:
    """A value of the engine (e.g. rechtsvorm=projectvereniging) as the field values of the template."""
    tabel = sjabloon.vooraf[parameter]
    if waarde in tabel:
        return dict(tabel[waarde]), None
    doel = parameter if parameter in sjabloon.veldindex else next(iter(next(iter(tabel.values()))))
    label = sjabloon.veld(doel).label
    bedoeld = opsomming([f"een {_vormnaam(k) or k.replace('_', ' ')}" for k in tabel], "of")
    naam = _vormnaam(waarde) if parameter == "rechtsvorm" else None
    if naam:
        tekst = (
            f"De keuzehulp raadde een {naam} aan, maar dit sjabloon is geschreven voor {bedoeld}. "
            f"Vul «{label}» zelf in en pas de tekst aan, of vraag na welk document bij een {naam} hoort."
        )
    else:
        tekst = f"«{schoon(waarde)[:40]}» kunnen we niet invullen bij «{label}»: dit sjabloon is geschreven voor {bedoeld}."
    return {}, (doel, tekst)


def vooraf(sjabloon_id: str, parameters: dict) -> dict:
    """What a link fills in: {"velden": {field id: value}, "fouten": [{"veld", "tekst"}]}.

    `parameters`: the query parameters (name -> text). nis= (or the id of the template's
    municipality field) gives NIS codes for the picker; a parameter with a table under
    [vooraf] in the template's data file gives the values of that table; a parameter named
    after a field gives its text, unless it is a question of the keuzehulp (a link with its
    answers, ?referentieregio=meerdere, holds answers, not text for the document). Anything
    else is ignored."""
    sjabloon = laad(sjabloon_id)
    if not isinstance(parameters, dict):
        raise ValueError("De parameters moeten een woordenboek zijn van naam naar tekst.")
    velden: dict[str, str] = {}
    fouten: list[dict[str, str]] = []
    gemeenten = _gemeentenveld(sjabloon)
    antwoorden = set(vraag_ids())
    for naam, waarde in parameters.items():
        if not isinstance(naam, str) or not isinstance(waarde, str):
            continue
        waarde = waarde.strip()
        if gemeenten is not None and naam == NIS:
            velden[gemeenten.id], melding = _nis(waarde, gemeenten)
            if melding:
                fouten.append({"veld": gemeenten.id, "tekst": melding})
        elif naam in sjabloon.vooraf:
            waarden, fout = _keuze(sjabloon, naam, waarde)
            velden.update(waarden)
            if fout:
                fouten.append({"veld": fout[0], "tekst": fout[1]})
        elif naam in sjabloon.veldindex and naam not in antwoorden and sjabloon.veld(naam).soort != "gemeenten" and waarde:
            velden[naam] = schoon(waarde)[:_MAX_TEKST]
    return {"velden": velden, "fouten": fouten}
