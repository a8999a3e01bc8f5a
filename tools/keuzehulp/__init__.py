"""Keuzehulp van IGS Cultuur: welke vorm van intergemeentelijke samenwerking rond
cultuur past bij de ambitie van de gemeenten?

Pure Python (standaardbibliotheek), draait in CPython en in Pyodide. Importeren
leest geen bestanden; de kennis in ``data/`` wordt pas bij het eerste gebruik
gelezen.

Publieke API::

    vragen() -> tuple[Vraag, ...]
    vraag_als_dict(vraag) -> dict
    van_toepassing(antwoorden) -> list[str]
    volgende_vraag(antwoorden) -> Vraag | None
    lees_antwoorden(mapping) -> Gelezen(antwoorden, meldingen)
    lees_antwoorden_strikt(mapping) -> dict          (OngeldigAntwoord bij fouten)
    advies(antwoorden) -> Advies                      (Advies.als_dict() voor JSON)
    paden() -> list[Pad]
    voorbeelden(rechtsvorm_id) -> list[dict]
    rechtsvormen() -> tuple[Rechtsvorm, ...]
"""

from .advies import VERSIE, Advies, Beoordeling, advies
from .antwoorden import Gelezen, OngeldigAntwoord, lees_antwoorden, lees_antwoorden_strikt
from .kennis import Rechtsvorm, rechtsvorm, rechtsvormen, subsidieregels
from .landschap import voorbeelden
from .pad import Pad, paden
from .vragen import Band, Optie, Vraag, van_toepassing, volgende_vraag, vraag_als_dict, vragen

__version__ = VERSIE

__all__ = [
    "Advies",
    "Band",
    "Beoordeling",
    "Gelezen",
    "OngeldigAntwoord",
    "Optie",
    "Pad",
    "Rechtsvorm",
    "Vraag",
    "advies",
    "lees_antwoorden",
    "lees_antwoorden_strikt",
    "paden",
    "rechtsvorm",
    "rechtsvormen",
    "subsidieregels",
    "van_toepassing",
    "volgende_vraag",
    "voorbeelden",
    "vraag_als_dict",
    "vragen",
]
