"""Read generated documents back with real parsers (odfpy, python-docx)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx as python_docx
from odf import teletype
from odf import text as odftext
from odf.opendocument import load

import sjablonen
from sjablonen.document import elementen, normaliseer_velden, platte_tekst

ROOT = Path(__file__).resolve().parents[2]
IDS = sjablonen.ids()


def voorbeeldwaarden(sjabloon_id: str) -> dict[str, str]:
    """Every field filled in with its example."""
    return {veld.id: veld.voorbeeld for veld in sjablonen.laad(sjabloon_id).velden}


def odt_lezen(data: bytes) -> dict:
    doc = load(io.BytesIO(data))
    koppen = [
        (int(h.getAttribute("outlinelevel")), teletype.extractText(h))
        for h in doc.getElementsByType(odftext.H)
    ]
    alineas = [teletype.extractText(p) for p in doc.getElementsByType(odftext.P)]
    stijlen = [p.getAttribute("stylename") for p in doc.getElementsByType(odftext.P)]
    return {"koppen": koppen, "alineas": alineas, "stijlen": stijlen, "doc": doc,
            "tekst": "\n".join(t for _, t in koppen) + "\n" + "\n".join(alineas)}


def docx_lezen(data: bytes) -> dict:
    doc = python_docx.Document(io.BytesIO(data))
    koppen = []
    for p in doc.paragraphs:
        match = re.fullmatch(r"Heading (\d)", p.style.name)
        if match:
            koppen.append((int(match.group(1)), p.text))
    return {"koppen": koppen, "alineas": [p.text for p in doc.paragraphs],
            "stijlen": [p.style.name for p in doc.paragraphs], "doc": doc,
            "tekst": "\n".join(p.text for p in doc.paragraphs)}


def verwachte_koppen(sjabloon_id: str, velden=None) -> list[tuple[int, str]]:
    sjabloon = sjablonen.laad(sjabloon_id)
    lijst = elementen(sjabloon, normaliseer_velden(sjabloon, velden), toelichting=velden is None)
    return [(el.niveau, platte_tekst(el.runs)) for el in lijst if el.soort in ("titel", "kop")]


def zip_namen(data: bytes) -> list[str]:
    return zipfile.ZipFile(io.BytesIO(data)).namelist()
