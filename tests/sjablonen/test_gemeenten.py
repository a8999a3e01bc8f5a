"""The engagementsverklaring filled from chosen municipalities: names, inhabitants
with date and source, referentieregio and one signature block per municipality."""

from __future__ import annotations

import json

import pytest
from sj_hulp import docx_lezen, odt_lezen, voorbeeldwaarden

import sjablonen
from keuzehulp import gemeenten as gemeentedata
from sjablonen.gemeenten import afgeleid, als_regels

ID = "engagementsverklaring"
# Balen, Dessel and Mol (Kempen); Gent (Regio Gent)
KEMPEN = ["13003", "13006", "13025"]


def _naam(nis):
    return gemeentedata.gemeente(nis).naam


def test_afgeleid_telt_de_inwoners_op_met_datum_en_bron():
    uit = afgeleid(",".join(KEMPEN))
    som = sum(gemeentedata.gemeente(n).inwoners for n in KEMPEN)
    assert uit["gemeenten"] == [_naam(n) for n in KEMPEN]
    assert uit["inwoners"] == f"{som:,}".replace(",", ".")
    assert uit["inwoners_bron"] == "1 januari 2026, Statbel"  # the date of the data file, in words
    assert uit["referentieregio"] == "de referentieregio Kempen"


def test_afgeleid_noemt_elke_referentieregio():
    uit = afgeleid("13003, 44021")
    assert uit["regios"] == ["Kempen", "Regio Gent"]
    assert uit["referentieregio"] == "de referentieregio's Kempen en Regio Gent"


def test_afgeleid_leeg_en_onbekend():
    assert afgeleid("")["gemeenten"] == [] and afgeleid("")["inwoners"] == ""
    with pytest.raises(ValueError, match="NIS-code 12345 hoort bij geen Vlaamse gemeente"):
        afgeleid("13003,12345")
    assert json.loads(sjablonen.browser_gemeenten("12345"))["fout"].startswith("De NIS-code 12345")
    assert json.loads(sjablonen.browser_gemeenten("13003"))["gemeenten"] == ["Balen"]


def test_getypte_namen_blijven_namen():
    assert als_regels("Bergdonk\nHeidelo") == "Bergdonk\nHeidelo"
    assert als_regels("13003,13006") == "Balen\nDessel"
    assert als_regels("13003, 13003") == "Balen"  # each municipality once


@pytest.mark.parametrize("formaat, lees", [("odt", odt_lezen), ("docx", docx_lezen)])
def test_document_met_een_ondertekeningsblok_per_gekozen_gemeente(formaat, lees):
    uit = afgeleid(",".join(KEMPEN))
    velden = voorbeeldwaarden(ID) | {
        "gemeenten": ",".join(KEMPEN),
        "inwoners": uit["inwoners"],
        "inwoners_bron": uit["inwoners_bron"],
        "referentieregio": uit["referentieregio"],
    }
    doc = lees(getattr(sjablonen, formaat)(ID, velden))
    blokken = [a for a in doc["alineas"] if a.startswith("Voor het college van burgemeester en schepenen")]
    assert [b.split("\n")[0] for b in blokken] == [
        f"Voor het college van burgemeester en schepenen van {_naam(n)}" for n in KEMPEN
    ]
    assert doc["tekst"].count("De algemeen directeur,") == len(KEMPEN)
    # the list of municipalities, by name
    for n in KEMPEN:
        assert _naam(n) in doc["alineas"]
    zin = f"Samen tellen deze gemeenten {uit['inwoners']} inwoners (1 januari 2026, Statbel). " \
          "Ze liggen in de referentieregio Kempen."
    assert zin in doc["alineas"]


def test_leeg_sjabloon_een_blok_met_stippellijn_en_een_natuurlijke_zin():
    doc = odt_lezen(sjablonen.odt(ID))
    blokken = [a for a in doc["alineas"] if a.startswith("Voor het college van burgemeester en schepenen")]
    assert len(blokken) == 1
    assert blokken[0].split("\n")[0] == "Voor het college van burgemeester en schepenen van …………………………"
    assert ("Samen tellen deze gemeenten «Aantal inwoners samen» inwoners («Datum en bron van dat aantal»). "
            "Ze liggen in «Referentieregio».") in doc["alineas"]
