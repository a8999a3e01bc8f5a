"""The ODT and DOCX downloads: valid, complete, escaped, reproducible."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from sj_hulp import docx_lezen, odt_lezen, verwachte_koppen, voorbeeldwaarden, zip_namen

import sjablonen
from sjablonen.document import schoon

LEZERS = {"odt": (sjablonen.odt, odt_lezen), "docx": (sjablonen.docx, docx_lezen)}


@pytest.mark.parametrize("formaat", ["odt", "docx"])
def test_leeg_sjabloon_opent_met_koppen_invulvelden_en_toelichting(sjabloon_id, formaat):
    maak, lees = LEZERS[formaat]
    doc = lees(maak(sjabloon_id))
    assert doc["koppen"] == verwachte_koppen(sjabloon_id)
    sjabloon = sjablonen.laad(sjabloon_id)
    for veld in sjabloon.velden:
        assert f"«{veld.label}»" in doc["tekst"], veld.id
    # guidance notes are there, in their own style
    assert any("Toelichting" in stijl for stijl in doc["stijlen"])
    for bron in sjabloon.bronnen:
        assert bron.url in doc["tekst"]


@pytest.mark.parametrize("formaat", ["odt", "docx"])
def test_ingevuld_document_opent_met_waarden_zonder_toelichting(sjabloon_id, formaat):
    maak, lees = LEZERS[formaat]
    velden = voorbeeldwaarden(sjabloon_id)
    doc = lees(maak(sjabloon_id, velden))
    assert doc["koppen"] == verwachte_koppen(sjabloon_id, velden)
    for veld_id, waarde in velden.items():
        for regel in waarde.split("\n"):
            assert regel in doc["tekst"], veld_id
    for veld in sjablonen.laad(sjabloon_id).velden:
        assert f"«{veld.label}»" not in doc["tekst"], f"placeholder left: {veld.id}"
    assert not any("Toelichting" in stijl for stijl in doc["stijlen"])
    # guidance can be asked for explicitly
    met = lees(maak(sjabloon_id, velden, toelichting=True))
    assert any("Toelichting" in stijl for stijl in met["stijlen"])


def test_koppen_hebben_niveaus_1_tot_3(sjabloon_id):
    koppen = verwachte_koppen(sjabloon_id)
    assert koppen[0][0] == 1 and [n for n, _ in koppen].count(1) == 1
    assert {n for n, _ in koppen} <= {1, 2, 3}


def test_odt_pakket_volgens_de_standaard(sjabloon_id):
    data = sjablonen.odt(sjabloon_id)
    archief = zipfile.ZipFile(io.BytesIO(data))
    eerste = archief.infolist()[0]
    assert eerste.filename == "mimetype"
    assert eerste.compress_type == zipfile.ZIP_STORED and eerste.extra == b""
    assert archief.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    assert data[30:38] == b"mimetype"  # readable at a fixed offset, as ODF requires
    assert {"META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"} <= set(archief.namelist())
    stijlen = archief.read("styles.xml").decode()
    for niveau in (1, 2, 3):
        assert f'style:name="Heading_20_{niveau}"' in stijlen
        assert f'style:default-outline-level="{niveau}"' in stijlen
    assert 'style:name="Toelichting"' in stijlen and "text:outline-style" in stijlen
    assert 'fo:language="nl" fo:country="BE"' in stijlen
    meta = archief.read("meta.xml").decode()
    assert "<dc:language>nl-BE</dc:language>" in meta


def test_docx_pakket_met_stijlen_en_eigenschappen(sjabloon_id):
    data = sjablonen.docx(sjabloon_id)
    namen = set(zip_namen(data))
    assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
            "docProps/core.xml"} <= namen
    archief = zipfile.ZipFile(io.BytesIO(data))
    stijlen = archief.read("word/styles.xml").decode()
    for niveau in (1, 2, 3):
        assert f'w:styleId="Heading{niveau}"' in stijlen
        assert f'<w:outlineLvl w:val="{niveau - 1}"/>' in stijlen
    doc = docx_lezen(data)["doc"]
    assert doc.core_properties.language == "nl-BE"
    assert doc.core_properties.title == verwachte_koppen(sjabloon_id)[0][1]


GEVAARLIJK = {
    "aanhalingstekens": 'Zij zei "ja" en \'nee\'',
    "ampersand": "Cultuur & Erfgoed &amp; meer",
    "haken": "<script>alert('x')</script> <w:p> ]]> <!-- -->",
    "emoji": "Cultuur 🎭🎻 voor iedereen 👩🏽‍🎨",
    "lang": "Cultuurregio " + "Scheldeland " * 416,  # ± 5.000 tekens
    "leeg": "",
    "stuurtekens": "Begin\x00\x01\x08\x0b\x0c\x1f\x7f\x85\ufffe\uffff\ud800Einde",
    "regels": "regel een\r\nregel twee\rregel drie\nregel vier",
    "spaties": "A   B\tC ",
}


def _gevaarlijke_velden(sjabloon_id: str) -> dict[str, str]:
    waarden = list(GEVAARLIJK.values())
    return {veld.id: waarden[i % len(waarden)] for i, veld in enumerate(sjablonen.laad(sjabloon_id).velden)}


@pytest.mark.parametrize("formaat", ["odt", "docx"])
def test_gebruikerstekst_correct_ontsnapt(formaat):
    maak, lees = LEZERS[formaat]
    velden = {
        "naam_samenwerking": GEVAARLIJK["aanhalingstekens"] + " " + GEVAARLIJK["ampersand"],
        "ambitie": GEVAARLIJK["haken"] + "\n" + GEVAARLIJK["emoji"],
        "beoogde_start": GEVAARLIJK["stuurtekens"],
        "gemeenten": GEVAARLIJK["lang"],
        "trekkende_gemeente": GEVAARLIJK["leeg"],
        "tijdspad": GEVAARLIJK["regels"],
        "budget_voortraject": GEVAARLIJK["spaties"],
    }
    doc = lees(maak("engagementsverklaring", velden))
    tekst = doc["tekst"]
    assert GEVAARLIJK["aanhalingstekens"] + " " + GEVAARLIJK["ampersand"] in tekst
    assert GEVAARLIJK["haken"] in tekst
    assert GEVAARLIJK["emoji"] in tekst
    assert "BeginEinde" in tekst  # forbidden characters are dropped, the rest stays
    assert GEVAARLIJK["lang"].strip() in tekst
    assert "«Trekkende gemeente»" in tekst  # an empty field stays a visible placeholder
    assert "A   B\tC" in tekst  # spaces and tabs survive (ODF collapses them otherwise)
    # the title keeps the user's text, also in the document properties
    assert doc["koppen"][0][1] == "Engagementsverklaring " + velden["naam_samenwerking"]
    # ambitie: a line break inside one paragraph
    assert any(GEVAARLIJK["haken"] + "\n" + GEVAARLIJK["emoji"] == a for a in doc["alineas"])


@pytest.mark.parametrize("formaat", ["odt", "docx"])
def test_regeleinden_in_lijstvelden_worden_lijstitems(formaat):
    maak, lees = LEZERS[formaat]
    doc = lees(maak("engagementsverklaring", {"tijdspad": GEVAARLIJK["regels"]}))
    for regel in ("regel een", "regel twee", "regel drie", "regel vier"):
        assert regel in doc["alineas"]


@pytest.mark.parametrize("formaat", ["odt", "docx"])
def test_alle_sjablonen_verdragen_gevaarlijke_waarden(sjabloon_id, formaat):
    maak, lees = LEZERS[formaat]
    velden = _gevaarlijke_velden(sjabloon_id)
    doc = lees(maak(sjabloon_id, velden))
    for veld_id, waarde in velden.items():
        for regel in schoon(waarde).strip().split("\n"):
            assert regel.strip() in doc["tekst"], veld_id
    assert "\x00" not in doc["tekst"] and "\ufffe" not in doc["tekst"]


def test_niet_tekst_waarde_geeft_duidelijke_fout():
    with pytest.raises(ValueError, match="moet tekst bevatten"):
        sjablonen.odt("engagementsverklaring", {"naam_samenwerking": ["lijst"]})
    # numbers are accepted as text
    assert sjablonen.odt("engagementsverklaring", {"inwoners": 92400})


@pytest.mark.parametrize("formaat", ["odt", "docx"])
def test_deterministisch(sjabloon_id, formaat):
    maak, _ = LEZERS[formaat]
    velden = voorbeeldwaarden(sjabloon_id)
    assert maak(sjabloon_id) == maak(sjabloon_id)
    assert maak(sjabloon_id, velden) == maak(sjabloon_id, dict(velden))
    for info in zipfile.ZipFile(io.BytesIO(maak(sjabloon_id))).infolist():
        assert info.date_time == (1980, 1, 1, 0, 0, 0)


def test_onbekende_veldnamen_genegeerd():
    assert sjablonen.docx("engagementsverklaring", {"bestaat_niet": "x"}) == sjablonen.docx(
        "engagementsverklaring", {}
    )


def test_inhoudelijke_vereisten():
    iv = odt_lezen(sjablonen.odt("samenwerkingsovereenkomst-interlokale-vereniging"))["tekst"]
    assert "interlokale vereniging «Naam van de vereniging»" in iv
    for onderwerp in ("Duur en verlenging", "Opzegging en uittreding", "Inbreng en bijdragen",
                      "Beheer van de inbreng", "Beheerscomité", "Beherende gemeente",
                      "Wederzijdse rechten en plichten", "Jaarlijkse evaluatie door de gemeenteraden",
                      "Rekeningen en bestemming van het resultaat", "Financiële controle",
                      "Einde en vereffening"):
        assert onderwerp in iv, onderwerp
    pv = odt_lezen(sjablonen.odt("statuten-projectvereniging"))["tekst"]
    for onderwerp in ("Rechtsvorm en naam", "Zetel", "Doel", "Duur", "hoogstens zes jaar",
                      "Raad van bestuur", "Jaarrekening", "Toetreding", "Uittreding",
                      "Ontbinding", "Vereffening", "Inbreng"):
        assert onderwerp in pv, onderwerp
    gr = odt_lezen(sjablonen.odt("gemeenteraadsbeslissing"))["tekst"]
    for onderwerp in ("Juridische grond", "Argumentatie", "Besluit", "Vertegenwoordiging",
                      "Mandaat", "website"):
        assert onderwerp in gr, onderwerp
    cl = odt_lezen(sjablonen.odt("checklist-subsidieaanvraag"))["tekst"]
    for onderwerp in ("cultuurnota", "regiocoördinator", "85.000 inwoners", "0,90 euro per inwoner",
                      "1 april 2026", "rechtspersoonlijkheid", "[niet bevestigd"):
        assert onderwerp in cl, onderwerp
    ev = odt_lezen(sjablonen.odt("engagementsverklaring"))["tekst"]
    assert "college" in ev and "gemeenteraad" in ev


ARTIKEL = re.compile(r"artikels? (\d+)(?: tot (\d+))?", re.IGNORECASE)
# DLB article numbers confirmed in the research (domain-facts K.1, A.1).
DLB_BEVESTIGD = {41, 388, 398, 432, 473}


def test_geen_verzonnen_artikelnummers(sjabloon_id):
    """Only confirmed DLB numbers; DIS numbers only as 'the former decree'."""
    from sjablonen.model import teksten

    sjabloon = sjablonen.laad(sjabloon_id)
    alle = teksten(sjabloon) + list(sjabloon.niet_geverifieerd) + [sjabloon.wie_beslist, sjabloon.doel]
    for tekst in alle:
        for match in ARTIKEL.finditer(tekst):
            nummers = {int(n) for n in match.groups() if n}
            if nummers <= DLB_BEVESTIGD:
                continue
            assert "vroegere decreet" in tekst, f"{sjabloon_id}: '{match.group(0)}' in: {tekst[:80]}"
