"""IGS Cultuur templates ("sjablonen"): one TOML source per template, from which
the site page, an ODT (OpenDocument) and a DOCX (Word) download are built.

Standard library only, and no I/O at import time: the same code runs in the
browser under Pyodide to fill in the guided engagementsverklaring.

    import sjablonen
    sjablonen.ids()                                   # ['engagementsverklaring', ...]
    sjablonen.odt("engagementsverklaring")            # blank template, with guidance
    sjablonen.docx("engagementsverklaring", {"naam_samenwerking": "Cultuur Zuidrand"})
    sjablonen.valideer_velden("engagementsverklaring", {...})   # Dutch messages
"""

from __future__ import annotations

from .browser import (
    afdrukvoorbeeld_html,
    browser_bestandsnaam,
    browser_controleer,
    browser_download,
    browser_gemeenten,
    browser_vooraf,
)
from .document import bestandsnaam as _bestandsnaam
from .document import elementen as _elementen
from .document import normaliseer_velden as _normaliseer
from .model import Bron, Sjabloon, SjabloonFout, Veld, ids, laad, wis_cache
from .pagina import MARKER_DOWNLOADS, MARKER_FORMULIER
from .pagina import formulier_html as _formulier_html
from .pagina import formulier_offline as _formulier_offline
from .pagina import formulier_sectie as _formulier_sectie
from .pagina import markdown as _markdown
from .schrijf_docx import docx_bytes as _docx_bytes
from .schrijf_odt import odt_bytes as _odt_bytes
from .vooraf import vooraf

__all__ = [
    "Bron", "Sjabloon", "SjabloonFout", "Veld", "MARKER_DOWNLOADS", "MARKER_FORMULIER",
    "afdrukvoorbeeld_html", "bestandsnaam", "browser_bestandsnaam", "browser_controleer", "browser_download",
    "browser_gemeenten", "browser_vooraf", "controleer_velden", "docx", "formulier_html", "formulier_offline",
    "formulier_sectie", "ids",
    "laad", "markdown", "odt", "valideer_velden", "vooraf", "wis_cache",
]


def _elementen_voor(sjabloon_id: str, velden, toelichting):
    sjabloon = laad(sjabloon_id)
    schoon = _normaliseer(sjabloon, velden)
    if toelichting is None:
        toelichting = schoon is None
    return sjabloon, _elementen(sjabloon, schoon, toelichting)


def odt(sjabloon_id: str, velden: dict[str, str] | None = None, toelichting: bool | None = None) -> bytes:
    """The template as ODT bytes.

    velden None: the blank template with «placeholders» and guidance notes.
    velden given: the filled-in document (no guidance unless toelichting=True);
    an empty field stays visible as «placeholder».
    """
    sjabloon, lijst = _elementen_voor(sjabloon_id, velden, toelichting)
    return _odt_bytes(lijst, sjabloon.beschrijving, sjabloon.laatst_bijgewerkt.isoformat())


def docx(sjabloon_id: str, velden: dict[str, str] | None = None, toelichting: bool | None = None) -> bytes:
    """The template as DOCX bytes; see odt() for the arguments."""
    sjabloon, lijst = _elementen_voor(sjabloon_id, velden, toelichting)
    return _docx_bytes(lijst, sjabloon.beschrijving, sjabloon.laatst_bijgewerkt.isoformat())


def bestandsnaam(sjabloon_id: str, velden: dict | None = None, formaat: str = "odt") -> str:
    """The name of the (filled-in) document: "engagementsverklaring-cultuur-scheldeland.odt"."""
    sjabloon = laad(sjabloon_id)
    return f"{_bestandsnaam(sjabloon, _normaliseer(sjabloon, velden))}.{formaat}"


def markdown(sjabloon_id: str) -> str:
    """The body of the template's site page (Markdown). Contains the markers
    MARKER_DOWNLOADS and, for a template with a form, MARKER_FORMULIER."""
    return _markdown(laad(sjabloon_id))


def formulier_html(sjabloon_id: str) -> str:
    """The fill-in form (HTML) for a template."""
    return _formulier_html(laad(sjabloon_id))


def formulier_sectie(sjabloon_id: str) -> str:
    """The "Vul in op deze site" section (Markdown heading + form)."""
    return _formulier_sectie(laad(sjabloon_id))


def formulier_offline(sjabloon_id: str, online: str) -> str:
    """For the offline copy: the section that says filling in needs the website (`online`,
    the URL of the template's page there) and links the blank templates."""
    return _formulier_offline(laad(sjabloon_id), online)


def controleer_velden(sjabloon_id: str, velden: dict | None) -> list[tuple[str, str]]:
    """(field id, Dutch message) for every field that is wrong: a required field
    missing or empty, or a value that cannot be used (e.g. an unknown NIS code).
    Unknown keys are ignored. An empty list means: all fine."""
    sjabloon = laad(sjabloon_id)
    velden = velden if isinstance(velden, dict) else {}
    fouten: list[tuple[str, str]] = []
    for veld in sjabloon.velden:
        try:
            waarde = (_normaliseer(sjabloon, {veld.id: velden.get(veld.id)}) or {}).get(veld.id, "")
        except ValueError as fout:
            fouten.append((veld.id, str(fout)))
            continue
        if veld.verplicht and not waarde:
            if veld.soort == "gemeenten":
                fouten.append((veld.id, f"Kies minstens één gemeente bij «{veld.label}»."))
            else:
                fouten.append((veld.id, f"Vul «{veld.label}» in: dit gegeven is verplicht."))
    return fouten


def valideer_velden(sjabloon_id: str, velden: dict | None) -> list[str]:
    """The messages of controleer_velden, without the field ids."""
    if velden is not None and not isinstance(velden, dict):
        return ["De velden moeten een woordenboek zijn van veldnaam naar tekst."]
    return [tekst for _, tekst in controleer_velden(sjabloon_id, velden)]
