"""The guided engagementsverklaring in headless Chromium: Python builds the file in the
browser; the error summary moves focus to the fields; what was typed survives a
reload until the reader clears it; one signature block per chosen municipality."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from odf import teletype
from odf.opendocument import load
from odf.text import H, P

import sjablonen
from browserhulp import axe_schendingen

PAGINA = "sjablonen/engagementsverklaring/"
NAAM = 'Cultuur & "Kempen" <regio> 🎭'
FORM = "form.igs-sjabloonformulier"
SCHERM = Path(__file__).resolve().parents[2] / "build" / "schermafbeeldingen"
# Balen, Dessel, Mol: Kempen (data: src/keuzehulp/data/gemeenten.csv)
GEMEENTEN = ["Balen", "Dessel", "Mol"]


def _open(page, server):
    page.goto(server + PAGINA)
    page.locator("button[data-formaat=odt]").wait_for(state="visible")
    page.wait_for_function("!document.querySelector('button[data-formaat=odt]').disabled", timeout=90_000)


def _kies_gemeenten(page, namen):
    """With the picker: by keyboard alone. Without (typed): one per line."""
    kiezer = page.locator(f"{FORM} [data-gemeentekiezer] [role=combobox]")
    if kiezer.count():
        for naam in namen:
            kiezer.fill(naam)
            page.keyboard.press("ArrowDown")
            page.keyboard.press("Enter")
    else:
        page.fill("#igs-veld-engagementsverklaring-gemeenten", "\n".join(namen))


def _invullen(page):
    velden = page.locator(f"{FORM} textarea[name], {FORM} input[name]:not([type=hidden])")
    for i in range(velden.count()):
        velden.nth(i).fill(f"Waarde {i}")
    page.fill("#igs-veld-engagementsverklaring-naam_samenwerking", NAAM)
    page.fill("#igs-veld-engagementsverklaring-inwoners", "")
    page.fill("#igs-veld-engagementsverklaring-inwoners_bron", "")
    page.fill("#igs-veld-engagementsverklaring-referentieregio", "")
    _kies_gemeenten(page, GEMEENTEN)


def _schermafbeelding(page, naam):
    SCHERM.mkdir(parents=True, exist_ok=True)
    page.locator(FORM).screenshot(path=str(SCHERM / f"sjabloon-{naam}.png"))


def _odt_tekst(pad):
    document = load(str(pad))
    return [teletype.extractText(p) for soort in (H, P) for p in document.getElementsByType(soort)]


def test_ingevulde_verklaring_met_een_ondertekeningsblok_per_gemeente(browser, server, tmp_path):
    context = browser.new_context(accept_downloads=True, locale="nl-BE")
    page = context.new_page()
    verzoeken = []
    page.on("request", lambda r: verzoeken.append(r))
    _open(page, server)

    _invullen(page)
    voor_download = len(verzoeken)
    with page.expect_download() as info:
        page.click("button[data-formaat=odt]")
    odt_pad = tmp_path / info.value.suggested_filename
    info.value.save_as(odt_pad)
    assert odt_pad.suffix == ".odt"
    alineas = _odt_tekst(odt_pad)
    tekst = "\n".join(alineas)
    assert NAAM in tekst
    blokken = [a.split("\n")[0] for a in alineas if a.startswith("Voor het college")]
    assert blokken == [f"Voor het college van burgemeester en schepenen van de gemeente {g}" for g in GEMEENTEN]

    with page.expect_download() as info:
        page.click("button[data-formaat=docx]")
    docx_pad = tmp_path / info.value.suggested_filename
    info.value.save_as(docx_pad)
    alineas = [p.text for p in docx.Document(str(docx_pad)).paragraphs]
    assert NAAM in "\n".join(alineas)
    blokken = [a.split("\n")[0] for a in alineas if a.startswith("Voor het college")]
    assert blokken == [f"Voor het college van burgemeester en schepenen van de gemeente {g}" for g in GEMEENTEN]
    assert zipfile.ZipFile(io.BytesIO(docx_pad.read_bytes())).testzip() is None

    # Nothing typed leaves the browser: no request after filling in, other than the blob download.
    na = [r.url for r in verzoeken[voor_download:] if not r.url.startswith("blob:")]
    assert na == [], na
    context.close()


@pytest.mark.parametrize("breedte", [1280, 390])
def test_foutoverzicht_linkt_naar_elk_veld(page, server, breedte):
    page.set_viewport_size({"width": breedte, "height": 900})
    _open(page, server)
    assert axe_schendingen(page, FORM) == []
    _schermafbeelding(page, f"leeg-{breedte}")

    page.click("button[data-formaat=odt]")
    overzicht = page.locator(".igs-foutoverzicht")
    overzicht.wait_for(state="visible")
    # the summary takes focus, so a screen reader reads it at once
    assert page.evaluate("document.activeElement.classList.contains('igs-foutoverzicht')")
    links = overzicht.locator("a")
    verplicht = sum(veld.verplicht for veld in sjablonen.laad("engagementsverklaring").velden)
    assert links.count() == verplicht >= 5
    assert page.locator(f"{FORM} [aria-required=true]").count() == verplicht  # the picker's text field too
    assert "Vul «Werknaam van de samenwerking» in" in links.first.inner_text()
    # every field with an error says so itself, and is marked invalid
    assert page.locator(".igs-veldfout:visible").count() == verplicht
    assert page.locator(f"{FORM} [aria-invalid=true]").count() == verplicht
    assert axe_schendingen(page, FORM) == []
    _schermafbeelding(page, f"fouten-{breedte}")

    for i in (0, verplicht - 1):
        link = links.nth(i)
        doel = link.get_attribute("href").removeprefix("#")
        link.click()
        assert page.evaluate("document.activeElement.id") == doel
        # the field and its label are on screen
        assert page.locator(f"label[for='{doel}']").is_visible()
        vak = page.locator(f"#{doel}").bounding_box()
        assert 0 <= vak["y"] <= 900 - vak["height"]

    # filled in: the summary goes away when the reader tries again
    _invullen(page)
    with page.expect_download():
        page.click("button[data-formaat=odt]")
    assert overzicht.is_hidden() and page.locator(".igs-veldfout:visible").count() == 0
    assert page.locator(f"{FORM} [aria-invalid]").count() == 0
    assert axe_schendingen(page, FORM) == []
    _schermafbeelding(page, f"ingevuld-{breedte}")
    # no sideways scroll on a phone
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_herladen_houdt_wat_je_typte_tot_je_het_wist(page, server):
    _open(page, server)
    naam = "#igs-veld-engagementsverklaring-naam_samenwerking"
    ambitie = "#igs-veld-engagementsverklaring-ambitie"
    page.fill(naam, "Cultuur Kempen")
    page.fill(ambitie, "Samen meer cultuur.\nVoor iedereen.")
    _kies_gemeenten(page, GEMEENTEN[:2])

    page.reload()
    page.locator("button[data-actie=wis]").wait_for(state="visible")  # the script has restored the form
    assert page.input_value(naam) == "Cultuur Kempen"
    assert page.input_value(ambitie) == "Samen meer cultuur.\nVoor iedereen."
    if page.locator("[data-gemeentekiezer]").count():
        gekozen = page.locator(".igs-gk-gekozen li")
        assert gekozen.all_inner_texts() and [t.split()[0] for t in gekozen.all_inner_texts()] == GEMEENTEN[:2]
    else:
        assert page.input_value("#igs-veld-engagementsverklaring-gemeenten") == "Balen\nDessel"
    # the page says where it is kept
    assert "blijft op dit toestel" in page.locator(".igs-formulier-privacy").inner_text()

    wis = page.locator("button[data-actie=wis]")
    assert wis.is_visible() and wis.inner_text() == "Wis wat je invulde"
    wis.click()
    assert page.input_value(naam) == "" and page.input_value(ambitie) == ""
    assert page.evaluate("localStorage.getItem('igs-sjabloon:engagementsverklaring')") is None
    assert "gewist" in page.locator(".igs-formulier-status").inner_text()
    page.reload()
    page.locator("button[data-actie=wis]").wait_for(state="visible")
    assert page.input_value(naam) == "" and page.input_value(ambitie) == ""


@pytest.mark.parametrize("breedte", [1280, 390, 320])
def test_downloadknoppen_met_hun_grootte_telkens_op_dezelfde_plaats(page, server, breedte):
    """Each download button has its file size beside it, or under it on a phone: the same for
    every button (not one size beside and the next under), without bullets or sideways scrolling."""
    page.set_viewport_size({"width": breedte, "height": 900})
    page.goto(server + PAGINA)
    plaatsen = page.evaluate("""() => [...document.querySelectorAll('.igs-downloads li')].map((li) => {
        const knop = li.querySelector('.md-button').getBoundingClientRect();
        const bereik = document.createRange();
        bereik.selectNodeContents(li);
        bereik.setStartAfter(li.querySelector('.md-button'));
        const grootte = bereik.getBoundingClientRect();
        return {onder: grootte.top >= knop.bottom - 1, tekst: bereik.toString().trim(),
                bolletje: getComputedStyle(li).listStyleType};
    })""")
    assert len(plaatsen) == 2
    assert all(p["tekst"].startswith("(") and p["tekst"].endswith("kB)") for p in plaatsen), plaatsen
    assert len({p["onder"] for p in plaatsen}) == 1, plaatsen
    assert plaatsen[0]["onder"] == (breedte < 480), plaatsen
    assert {p["bolletje"] for p in plaatsen} == {"none"}
    assert page.evaluate("document.documentElement.scrollWidth") <= breedte
