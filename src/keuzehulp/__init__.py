"""Keuzehulp van IGS Cultuur: welke vorm van intergemeentelijke samenwerking rond
cultuur past bij de ambitie van de gemeenten?

Pure Python (standaardbibliotheek), draait in CPython en in Pyodide. Importeren
leest geen bestanden; de kennis in ``data/`` wordt pas bij het eerste gebruik
gelezen.

De lagen van het pakket:

- Kennis (data, één bron): ``data/*.toml`` en ``data/*.csv``; gelezen door ``kennis``
  (vormen, subsidieregels, bronnen), ``teksten`` (de woorden, ingevuld uit de feiten),
  ``landschap``, ``gemeenten``.
- De stroom: ``vragen`` (vragen en wanneer ze gelden) -> ``antwoorden`` (één keer
  lezen; ``afleiding`` vult aan uit ``nis=``) -> ``subsidietoets.bereik`` (eerst: is de
  werkingssubsidie bereikbaar?) -> ``regels`` (redenen voor en tegen elke vorm) ->
  ``subsidietoets.toets_subsidie`` en ``waarschuwingen`` -> ``advies`` (alles samen, met
  de datum, de labels en de vragen die gelden).
- De weergave: ``document`` bouwt uit een advies één adviesdocument (koppen, punten met hun
  oorzaak en bronnen); ``html`` (widget en statische pagina's, veilige HTML uit ``veilig``),
  ``tekst`` (opdrachtregel) en ``nota`` (de nota voor het college als ODT of DOCX, woorden in
  ``data/nota.toml`` via ``notatekst``) leggen dat document uit. Verder ``formulier`` (het
  vragenformulier) en ``stappen`` (volgende stappen in de gids, met vooraf ingevulde sjablonen).
- De paden: ``pad`` (alle volledige antwoordpaden), ``statisch`` (het statische pad
  zonder JavaScript), ``golden`` (het goldenbestand, voor een vaste datum).
- De ingangen: ``__main__`` (opdrachtregel) en ``browser`` (Pyodide).

Publieke API::

    vragen() -> tuple[Vraag, ...]
    vraag_als_dict(vraag) -> dict
    van_toepassing(antwoorden) -> list[str]
    volgende_vraag(antwoorden) -> Vraag | None
    lees_antwoorden(mapping) -> Gelezen(antwoorden, meldingen)
    lees_antwoorden_strikt(mapping) -> dict          (OngeldigAntwoord bij fouten)
    advies(antwoorden, datum=None, *, banden=()) -> Advies   (Advies.als_dict() voor JSON)
    paden(datum=None) -> list[Pad]
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
