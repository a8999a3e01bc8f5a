"""Documents that look finished: page numbers, signature blocks and headings that a page
break does not separate, "Opgemaakt te …, op …", neutral names of municipalities, the file
name; and the form filled in from a link (vooraf) with the keuzehulp's own warning."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile

import pytest
from odf import style as odfstyle
from odf import teletype
from odf import text as odftext
from odf.opendocument import load
from sj_hulp import IDS, docx_lezen, voorbeeldwaarden

import sjablonen
from keuzehulp import gemeenten as gemeentedata
from keuzehulp import teksten
from sjablonen.model import PLAATSHOUDER
from sjablonen.model import teksten as sjabloonteksten

# Herselt, Heist-op-den-Berg, Westerlo, Hulshout, Aarschot, Tessenderlo-Ham: three referentieregio's
ZES = ["13013", "12014", "13049", "13016", "24001", "71071"]
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _naam(nis: str) -> str:
    return gemeentedata.gemeente(nis).naam


def _ingevuld(sjabloon_id: str) -> dict[str, str]:
    velden = voorbeeldwaarden(sjabloon_id)
    for veld in sjablonen.laad(sjabloon_id).velden:
        if veld.soort == "gemeenten":
            velden[veld.id] = ",".join(ZES)
    return velden


def _documenten():
    for sjabloon_id in IDS:
        for soort, velden in (("leeg", None), ("ingevuld", _ingevuld(sjabloon_id))):
            yield sjabloon_id, soort, velden


# --- page numbers -------------------------------------------------------------------


@pytest.mark.parametrize("sjabloon_id, soort, velden", list(_documenten()))
def test_elk_document_heeft_paginanummers(sjabloon_id, soort, velden):
    odt = load(io.BytesIO(sjablonen.odt(sjabloon_id, velden)))
    voetteksten = odt.masterstyles.getElementsByType(odfstyle.Footer)
    assert len(voetteksten) == 1
    assert voetteksten[0].getElementsByType(odftext.PageNumber) and voetteksten[0].getElementsByType(odftext.PageCount)
    assert teletype.extractText(voetteksten[0]).startswith("Pagina ")

    data = sjablonen.docx(sjabloon_id, velden)
    doc = docx_lezen(data)["doc"]
    voet = doc.sections[0].footer
    assert not voet.is_linked_to_previous
    xml = voet._element.xml
    assert 'w:instr=" PAGE "' in xml and 'w:instr=" NUMPAGES "' in xml
    assert voet.paragraphs[0].text.startswith("Pagina ")
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None


# --- page breaks ----------------------------------------------------------------------


def _odt_alineas_met_houding(data: bytes) -> list[tuple[str, bool, bool]]:
    """(text, keep-together, keep-with-next) per paragraph, from the paragraph's own style and
    its parents."""
    doc = load(io.BytesIO(data))
    stijlen = {}
    for bron in (doc.styles, doc.automaticstyles):
        for s in bron.getElementsByType(odfstyle.Style):
            stijlen[s.getAttribute("name")] = s

    def eigenschap(naam: str, sleutel: str) -> bool:
        while naam in stijlen:
            for props in stijlen[naam].getElementsByType(odfstyle.ParagraphProperties):
                if props.getAttribute(sleutel) == "always":
                    return True
            naam = stijlen[naam].getAttribute("parentstylename")
        return False

    return [
        (teletype.extractText(p), eigenschap(p.getAttribute("stylename"), "keeptogether"),
         eigenschap(p.getAttribute("stylename"), "keepwithnext"))
        for soort in (odftext.P, odftext.H)
        for p in doc.getElementsByType(soort)
    ]


def _docx_alineas_met_houding(data: bytes) -> list[tuple[str, bool, bool]]:
    doc = docx_lezen(data)["doc"]

    def waarde(p, naam):
        eigen = getattr(p.paragraph_format, naam)
        return bool(eigen if eigen is not None else getattr(p.style.paragraph_format, naam))

    return [(p.text, waarde(p, "keep_together"), waarde(p, "keep_with_next")) for p in doc.paragraphs]


LEZERS = {"odt": _odt_alineas_met_houding, "docx": _docx_alineas_met_houding}


@pytest.mark.parametrize("formaat", ["odt", "docx"])
def test_ondertekeningsblok_breekt_niet_over_twee_paginas(formaat):
    data = getattr(sjablonen, formaat)("engagementsverklaring", _ingevuld("engagementsverklaring"))
    alineas = LEZERS[formaat](data)
    begin = [i for i, (tekst, _, _) in enumerate(alineas) if tekst.startswith("Voor het college van burgemeester")]
    assert len(begin) == len(ZES)
    for i in begin:
        blok = alineas[i : i + 3]  # "Voor het college …", the algemeen directeur, the burgemeester
        assert "Opgemaakt te" in blok[0][0] and blok[2][0].startswith("De burgemeester,"), blok
        assert all(samen for _, samen, _ in blok), blok
        assert [volgende for _, _, volgende in blok] == [True, True, False], blok


@pytest.mark.parametrize("formaat", ["odt", "docx"])
@pytest.mark.parametrize("sjabloon_id", IDS)
def test_koppen_blijven_bij_hun_tekst(formaat, sjabloon_id):
    data = getattr(sjablonen, formaat)(sjabloon_id, voorbeeldwaarden(sjabloon_id))
    alineas = LEZERS[formaat](data)
    koppen = {tekst for _, tekst in docx_lezen(sjablonen.docx(sjabloon_id, voorbeeldwaarden(sjabloon_id)))["koppen"]}
    gevonden = [volgende for tekst, _, volgende in alineas if tekst in koppen]
    assert gevonden and all(gevonden)
    # a sentence that announces a list stays with it
    for tekst, _, volgende in alineas:
        if tekst.rstrip().endswith(":") and tekst.strip():
            assert volgende, tekst


@pytest.mark.parametrize("sjabloon_id", ["engagementsverklaring", "gemeenteraadsbeslissing",
                                         "samenwerkingsovereenkomst-interlokale-vereniging"])
def test_opgemaakt_te_op_waar_getekend_wordt(sjabloon_id):
    for velden in (None, _ingevuld(sjabloon_id)):
        tekst = docx_lezen(sjablonen.docx(sjabloon_id, velden))["tekst"]
        assert re.search(r"Opgemaakt te \S.*, op ", tekst), sjabloon_id


# --- names of municipalities ---------------------------------------------------------


def test_geen_gemeente_of_stad_voor_de_naam_van_een_gemeente():
    """Some municipalities carry the title "stad" (Aarschot), others not (Herselt). We found no
    dated official list of them, so the templates name a municipality without either word
    ("het college van burgemeester en schepenen van Aarschot")."""
    for sjabloon_id in IDS:
        sjabloon = sjablonen.laad(sjabloon_id)
        namen = {v.id for v in sjabloon.velden if "gemeente" in v.id}
        for tekst in sjabloonteksten(sjabloon):
            for m in re.finditer(r"\b(gemeente|gemeenten|stad|steden) \{", tekst):
                veld = PLAATSHOUDER.match(tekst, m.end() - 1).group(1)
                assert veld not in namen, f"{sjabloon_id}: «{m.group(0)}{veld}}}»"
    tekst = docx_lezen(sjablonen.docx("engagementsverklaring", _ingevuld("engagementsverklaring")))["tekst"]
    assert "van Aarschot\n" in tekst and "van Herselt\n" in tekst
    assert not re.search(r"(gemeente|stad) (Aarschot|Herselt)", tekst)


def test_andere_deelnemers_zonder_de_eigen_gemeente_in_een_zin():
    velden = _ingevuld("gemeenteraadsbeslissing") | {"gemeente": "Herselt"}
    tekst = docx_lezen(sjablonen.docx("gemeenteraadsbeslissing", velden))["tekst"]
    anderen = "Heist-op-den-Berg, Westerlo, Hulshout, Aarschot en Tessenderlo-Ham"
    assert f"samen met {anderen}, vanaf" in tekst
    assert "Herselt, Heist" not in tekst


# --- file name ------------------------------------------------------------------------


@pytest.mark.parametrize("sjabloon_id, velden, naam", [
    ("engagementsverklaring", {"naam_samenwerking": 'Cultuur & "Kempen" <regio> 🎭'},
     "engagementsverklaring-cultuur-kempen-regio.odt"),
    ("engagementsverklaring", {"naam_samenwerking": "Erfgoed Zuidoost-Vlaanderen – Scheldeland"},
     "engagementsverklaring-erfgoed-zuidoost-vlaanderen-scheldeland.odt"),
    ("engagementsverklaring", {"naam_samenwerking": "Cultuurregio Zwalm, Zottegem en Herzele " * 4},
     "engagementsverklaring-cultuurregio-zwalm-zottegem-en-herzele.odt"),
    ("engagementsverklaring", {"naam_samenwerking": "x" * 80}, "engagementsverklaring-" + "x" * 50 + ".odt"),
    ("engagementsverklaring", {"naam_samenwerking": "   "}, "engagementsverklaring.odt"),
    ("engagementsverklaring", None, "engagementsverklaring.odt"),
    ("gemeenteraadsbeslissing", {"gemeente": "Sint-Truiden", "naam_vereniging": "Cultuur Haspengouw"},
     "gemeenteraadsbeslissing-sint-truiden-cultuur-haspengouw.odt"),
    ("statuten-projectvereniging", {}, "statuten-projectvereniging.odt"),
])
def test_bestandsnaam_met_de_naam_van_de_samenwerking(sjabloon_id, velden, naam):
    assert sjablonen.bestandsnaam(sjabloon_id, velden) == naam
    assert sjablonen.browser_bestandsnaam(sjabloon_id, json.dumps(velden or {}), "docx") == naam[:-3] + "docx"


# --- filled in from a link -----------------------------------------------------------


def test_vooraf_uit_de_keuzehulp():
    uit = sjablonen.vooraf("gemeenteraadsbeslissing", {"nis": ",".join(ZES), "rechtsvorm": "interlokale_vereniging"})
    assert uit == {"velden": {"partners": ",".join(ZES), "rechtsvorm": "interlokale vereniging",
                              "basisdocument": "de samenwerkingsovereenkomst", "orgaan": "het beheerscomité"},
                   "fouten": []}
    uit = sjablonen.vooraf("engagementsverklaring", {"nis": "13013, 12014", "rechtsvorm": "projectvereniging",
                                                     "naam_samenwerking": " Cultuur Merode ", "utm_source": "x"})
    assert uit == {"velden": {"gemeenten": "13013,12014", "naam_samenwerking": "Cultuur Merode"}, "fouten": []}
    # the whole link of the keuzehulp: its answers are no text for the document
    uit = sjablonen.vooraf("engagementsverklaring", {"nis": "13013", "gemeenten": "6", "inwoners": "abc",
                                                     "referentieregio": "meerdere", "partners": "ook_privaat"})
    assert uit == {"velden": {"gemeenten": "13013"}, "fouten": []}
    # the same through the browser's entry point
    assert json.loads(sjablonen.browser_vooraf("engagementsverklaring", json.dumps({"nis": "13013"}))) == {
        "velden": {"gemeenten": "13013"}, "fouten": []}


@pytest.mark.parametrize("parameters, veld, stuk", [
    ({"nis": "13013,99999"}, "partners", "NIS-code «99999»"),
    ({"nis": "abc"}, "partners", "NIS-code «abc»"),
    ({"rechtsvorm": "dienstverlenende_vereniging"}, "rechtsvorm", "raadde een dienstverlenende vereniging aan"),
    ({"rechtsvorm": "overleg"}, "rechtsvorm", "raadde een overleg of samenwerkingsovereenkomst aan"),
    ({"rechtsvorm": "<script>"}, "rechtsvorm", "«<script>» kunnen we niet invullen"),
    ({"rechtsvorm": ""}, "rechtsvorm", "kunnen we niet invullen"),
])
def test_vooraf_met_een_waarde_die_niet_past_zegt_het_bij_het_veld(parameters, veld, stuk):
    uit = sjablonen.vooraf("gemeenteraadsbeslissing", parameters)
    assert [f["veld"] for f in uit["fouten"]] == [veld]
    assert stuk in uit["fouten"][0]["tekst"]
    if "nis" in parameters:
        assert uit["velden"]["partners"] == ("13013" if "13013" in parameters["nis"] else "")


def test_vooraf_weigert_geen_woordenboek():
    with pytest.raises(ValueError, match="woordenboek"):
        sjablonen.vooraf("engagementsverklaring", ["nis"])
    with pytest.raises(ValueError, match="JSON-object"):
        sjablonen.browser_vooraf("engagementsverklaring", "[1]")


def test_meer_dan_een_referentieregio_geeft_de_waarschuwing_van_de_keuzehulp():
    for sjabloon_id in ("engagementsverklaring", "gemeenteraadsbeslissing"):
        sjabloon = sjablonen.laad(sjabloon_id)
        uit = json.loads(sjablonen.browser_gemeenten(",".join(ZES), sjabloon_id))
        verwacht = " ".join(teksten.tekst(f"waarschuwing.{s}", vorm=sjabloon.regio_vorm)
                            for s in sjabloon.regiowaarschuwing)
        assert uit["waarschuwing"] == verwacht and "één referentieregio" in verwacht
        assert json.loads(sjablonen.browser_gemeenten("13003,13006", sjabloon_id))["waarschuwing"] == ""
    assert "waarschuwing" not in json.loads(sjablonen.browser_gemeenten(",".join(ZES)))


def test_onbekende_waarschuwing_breekt_het_laden(tmp_path, monkeypatch):
    from sjablonen import model

    with pytest.raises(model.SjabloonFout, match="regiowaarschuwing.*bestaat_niet"):
        model._regiowaarschuwing({"regiowaarschuwing": ["bestaat_niet"]}, "sjablonen/data/x.toml")
    with pytest.raises(model.SjabloonFout, match="vooraf.rechtsvorm.x"):
        model._vooraf({"rechtsvorm": {"x": {"onbekend_veld": "y"}}}, {"rechtsvorm": None}, "x.toml")


# --- LibreOffice: the real page breaks ----------------------------------------------


def _pdf_paginas(pdf) -> list[str]:
    uit = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [re.sub(r"[ \t]+", " ", p) for p in uit.stdout.split("\f") if p.strip()]


@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) of pdftotext ontbreekt: apt-get install -y libreoffice-writer-nogui poppler-utils")
def test_libreoffice_zes_gemeenten_elk_ondertekeningsblok_op_een_pagina(tmp_path):
    invoer = tmp_path / "in"
    invoer.mkdir()
    velden = _ingevuld("engagementsverklaring")
    grb = _ingevuld("gemeenteraadsbeslissing") | {"gemeente": "Herselt"}
    for formaat in ("odt", "docx"):
        maak = getattr(sjablonen, formaat)
        (invoer / f"engagementsverklaring-{formaat}.{formaat}").write_bytes(maak("engagementsverklaring", velden))
        (invoer / f"gemeenteraadsbeslissing-{formaat}.{formaat}").write_bytes(maak("gemeenteraadsbeslissing", grb))
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profiel').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), *sorted(map(str, invoer.iterdir()))],
        capture_output=True, text=True, timeout=300, check=True,
    )
    for formaat in ("odt", "docx"):
        paginas = _pdf_paginas(tmp_path / f"engagementsverklaring-{formaat}.pdf")
        assert len(paginas) >= 3
        for n, pagina in enumerate(paginas, 1):  # "Pagina 2 van 4" at the foot of every page
            assert f"Pagina {n} van {len(paginas)}" in pagina, (formaat, n)
        for nis in ZES:
            kop = f"schepenen van {_naam(nis)}\n"
            hier = [p for p in paginas if kop in p]
            assert len(hier) == 1, (formaat, nis)
            blok = hier[0].split(kop, 1)[1].split("Voor het college", 1)[0]
            assert "Opgemaakt te" in blok and blok.count("naam en handtekening") == 2, (formaat, nis, blok)
        paginas = _pdf_paginas(tmp_path / f"gemeenteraadsbeslissing-{formaat}.pdf")
        slot = [p for p in paginas if "Aldus beslist in de zitting" in p]
        assert len(slot) == 1 and "de voorzitter van de gemeenteraad" in slot[0].split("Aldus beslist", 1)[1], formaat


@pytest.mark.parametrize("sjabloon_id", [i for i in IDS if sjablonen.laad(i).formulier])
def test_formulier_knoppen_uit_en_meldingen_verborgen_tot_het_script_ze_toont(sjabloon_id):
    html = sjablonen.formulier_html(sjabloon_id)
    assert html.count('disabled aria-disabled="true"') == 3  # ODT, DOCX, print view
    # the wrapper carries `hidden` (the theme gives an admonition its own display)
    assert '<div class="igs-formulier-vooraf" role="status" hidden><div class="admonition info">' in html
    assert 'class="igs-regiowaarschuwing"' in html and "Meer dan één referentieregio" in html
    # text and behaviour agree: a required field must be filled in before downloading
    assert "Velden met (verplicht) moet je invullen voor je kunt downloaden" in html
