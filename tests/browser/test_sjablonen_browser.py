"""The guided engagementsverklaring in headless Chromium: Python builds the file in the browser."""

from __future__ import annotations

import io
import zipfile

import docx
from odf import teletype
from odf.opendocument import load
from odf.text import H, P

PAGINA = "sjablonen/engagementsverklaring/"
NAAM = 'Cultuur & "Kempen" <regio> 🎭'


def _invullen(page):
    velden = page.locator("form.igs-sjabloonformulier [name]")
    for i in range(velden.count()):
        veld = velden.nth(i)
        veld.fill(f"Waarde {i}")
    page.fill("#igs-veld-engagementsverklaring-naam_samenwerking", NAAM)
    page.fill("#igs-veld-engagementsverklaring-gemeenten", "Balen\nDessel\nGeel")


def test_ingevulde_verklaring_downloaden_als_odt_en_docx(browser, server, tmp_path):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    verzoeken = []
    page.on("request", lambda r: verzoeken.append(r))
    page.goto(server + PAGINA)
    odt_knop = page.locator("button[data-formaat=odt]")
    odt_knop.wait_for(state="visible")
    page.wait_for_function("!document.querySelector('button[data-formaat=odt]').disabled", timeout=90_000)

    # Required fields left empty: a clear message, no download.
    odt_knop.click()
    fouten = page.locator(".igs-formulier-fouten")
    fouten.wait_for(state="visible")
    assert "verplicht" in fouten.inner_text()

    _invullen(page)
    voor_download = len(verzoeken)
    with page.expect_download() as info:
        odt_knop.click()
    odt_pad = tmp_path / info.value.suggested_filename
    info.value.save_as(odt_pad)
    assert odt_pad.suffix == ".odt"
    document = load(str(odt_pad))
    tekst = "\n".join(teletype.extractText(p) for soort in (H, P) for p in document.getElementsByType(soort))
    assert NAAM in tekst and "Dessel" in tekst

    with page.expect_download() as info:
        page.click("button[data-formaat=docx]")
    docx_pad = tmp_path / info.value.suggested_filename
    info.value.save_as(docx_pad)
    alinea = "\n".join(p.text for p in docx.Document(str(docx_pad)).paragraphs)
    assert NAAM in alinea and "Dessel" in alinea
    assert zipfile.ZipFile(io.BytesIO(docx_pad.read_bytes())).testzip() is None

    # Nothing typed leaves the browser: no request after filling in, other than the blob download.
    na = [r.url for r in verzoeken[voor_download:] if not r.url.startswith("blob:")]
    assert na == [], na
    context.close()
