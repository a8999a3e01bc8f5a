"""The municipalities of a guided template: chosen on the site by NIS code (the
gemeentekiezer), written in the document by name.

Names, inhabitants and referentieregio come from keuzehulp.gemeenten (the one
copy of the municipality data, with its sources in keuzehulp/data/gemeenten.toml).
Standard library only: this also runs in the browser under Pyodide.
"""

from __future__ import annotations

import re

from keuzehulp import gemeenten as gemeentedata
from keuzehulp.datum import datum_nl
from keuzehulp.teksten import opsomming

# What the picker sends: NIS codes of 2025, comma separated ("11002,44021").
_NIS_LIJST = re.compile(r"\s*\d{5}(?:\s*,\s*\d{5})*\s*")


def is_nis_lijst(waarde: str) -> bool:
    return bool(_NIS_LIJST.fullmatch(waarde))


def gekozen(nis_lijst: str) -> list[gemeentedata.Gemeente]:
    """The municipalities of a comma separated list of NIS codes, in that order,
    each once. An unknown code: ValueError with a Dutch message."""
    uit: list[gemeentedata.Gemeente] = []
    for code in (deel.strip() for deel in nis_lijst.split(",")):
        if not code:
            continue
        gemeente = gemeentedata.gemeente(code)
        if gemeente is None:
            raise ValueError(
                f"De NIS-code {code} hoort bij geen Vlaamse gemeente (sinds 2025). Kies de gemeenten opnieuw."
            )
        if gemeente not in uit:
            uit.append(gemeente)
    return uit


def als_regels(waarde: str) -> str:
    """The value of a municipality field as names, one per line: NIS codes from the
    picker become names; typed text (names, one per line) stays as it is."""
    if not is_nis_lijst(waarde):
        return waarde
    return "\n".join(g.naam for g in gekozen(waarde))


def getal(aantal: int) -> str:
    """92400 -> '92.400' (as written in Flanders)."""
    return f"{aantal:,}".replace(",", ".")


def afgeleid(nis_lijst: str) -> dict:
    """What follows from the chosen municipalities, for the form to fill in (the
    reader can still change it): their names, the sum of their inhabitants with
    the date and source of the figures, and their referentieregio(s) as the
    sentence in the document needs them."""
    lijst = gekozen(nis_lijst) if nis_lijst.strip() else []
    if not lijst:
        return {"gemeenten": [], "inwoners": "", "inwoners_bron": "", "referentieregio": "", "regios": []}
    inwoners = gemeentedata.meta()["inwoners"]
    regios = list(dict.fromkeys(g.referentieregio for g in lijst))
    return {
        "gemeenten": [g.naam for g in lijst],
        "inwoners": getal(sum(g.inwoners for g in lijst)),
        "inwoners_bron": f"{datum_nl(inwoners['datum'])}, {inwoners['uitgever']}",
        "referentieregio": ("de referentieregio " if len(regios) == 1 else "de referentieregio's ")
        + opsomming(regios),
        "regios": regios,
    }


def regiowaarschuwing(sjabloon, regios: list[str]) -> str:
    """The keuzehulp's warning (keuzehulp/data/teksten.toml, [waarschuwing]) for municipalities
    in more than one referentieregio, as the template names it; "" for one region or none."""
    from keuzehulp import teksten

    if len(regios) < 2:
        return ""
    return " ".join(teksten.tekst(f"waarschuwing.{s}", vorm=sjabloon.regio_vorm) for s in sjabloon.regiowaarschuwing)


def bronvermelding() -> dict[str, str]:
    """Where the inhabitants figures come from, for the page: credit with its date ("Statbel,
    bevolking op 1 januari 2026"), link, licence and caveat, all from keuzehulp/data/gemeenten.toml."""
    inwoners = gemeentedata.meta()["inwoners"]
    return {"bron": inwoners["bron"], "url": inwoners["bron_url"], "voorbehoud": inwoners["voorbehoud"],
            "licentie": inwoners["licentie"], "licentie_url": inwoners["licentie_url"]}
