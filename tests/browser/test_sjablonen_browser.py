"""The guided templates in headless Chromium: Python builds the file in the browser; the
error summary moves focus to the fields and a message goes as soon as its field is fine;
what was typed survives a reload until the reader clears it; one signature block per chosen
municipality; the buttons look disabled until Python is ready; a link from the keuzehulp
(?nis=…&rechtsvorm=…) fills the form in, with the keuzehulp's warning for more than one
referentieregio."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx
import pytest
from odf import teletype
from odf.opendocument import load
from odf.text import H, P

import sjablonen
from browserhulp import axe_schendingen, laat_python_door

PAGINA = "sjablonen/engagementsverklaring/"
NAAM = 'Cultuur & "Kempen" <regio> 🎭'
FORM = "form.igs-sjabloonformulier"
SCHERM = Path(__file__).resolve().parents[2] / "build" / "schermafbeeldingen"
# Balen, Dessel, Mol: Kempen (data: src/keuzehulp/data/gemeenten.csv)
GEMEENTEN = ["Balen", "Dessel", "Mol"]


KLAAR = ".igs-formulier-status[data-python=klaar]"  # the form's sign: links applied, buttons enabled


def _open(page, server, pad=PAGINA):
    page.goto(server + pad)
    page.wait_for_selector(KLAAR, state="attached", timeout=90_000)


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
    # the file is named after the cooperation (letters without accents, digits, dashes)
    assert odt_pad.name == "engagementsverklaring-cultuur-kempen-regio.odt"
    alineas = _odt_tekst(odt_pad)
    tekst = "\n".join(alineas)
    assert NAAM in tekst
    blokken = [a.split("\n")[0] for a in alineas if a.startswith("Voor het college")]
    assert blokken == [f"Voor het college van burgemeester en schepenen van {g}" for g in GEMEENTEN]

    with page.expect_download() as info:
        page.click("button[data-formaat=docx]")
    docx_pad = tmp_path / info.value.suggested_filename
    info.value.save_as(docx_pad)
    assert docx_pad.name == "engagementsverklaring-cultuur-kempen-regio.docx"
    alineas = [p.text for p in docx.Document(str(docx_pad)).paragraphs]
    assert NAAM in "\n".join(alineas)
    blokken = [a.split("\n")[0] for a in alineas if a.startswith("Voor het college")]
    assert blokken == [f"Voor het college van burgemeester en schepenen van {g}" for g in GEMEENTEN]
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


# --- buttons, messages, links from the keuzehulp ---------------------------------------

GRB = "sjablonen/gemeenteraadsbeslissing/"
# Herselt, Heist-op-den-Berg, Westerlo, Hulshout, Aarschot, Tessenderlo-Ham: three referentieregio's
ZES = ["13013", "12014", "13049", "13016", "24001", "71071"]


def _knoppen(page):
    return page.evaluate("""() => [...document.querySelectorAll('form.igs-sjabloonformulier button[data-formaat],'
        + 'form.igs-sjabloonformulier button[data-actie=afdrukvoorbeeld]')].map((k) => ({
            uit: k.disabled, aria: k.getAttribute('aria-disabled'), dekking: Number(getComputedStyle(k).opacity)}))""")


@pytest.mark.parametrize("breedte", [1280, 390])
def test_knoppen_zien_er_uitgeschakeld_uit_tot_python_klaar_is(browser, server, breedte):
    context = browser.new_context(locale="nl-BE", viewport={"width": breedte, "height": 900})
    page = context.new_page()
    vastgehouden = []
    page.route("**/pyodide.asm.wasm", lambda route: vastgehouden.append(route))
    page.goto(server + PAGINA)
    page.wait_for_function("document.querySelector('.igs-formulier-status').textContent.includes('klaargemaakt')")
    knoppen = _knoppen(page)
    assert len(knoppen) == 3 and all(k["uit"] and k["aria"] == "true" and k["dekking"] < 0.6 for k in knoppen), knoppen
    SCHERM.mkdir(parents=True, exist_ok=True)
    page.locator(".igs-formulier-knoppen").screenshot(path=str(SCHERM / f"sjabloon-knoppen-laden-{breedte}.png"))
    laat_python_door(page, vastgehouden)
    page.wait_for_selector(KLAAR, state="attached", timeout=90_000)
    knoppen = _knoppen(page)
    assert all(not k["uit"] and k["aria"] is None and k["dekking"] == 1 for k in knoppen), knoppen
    # on a phone every button is as wide as the form, "Wis wat je invulde" included
    breedtes = page.evaluate("""() => [...document.querySelectorAll('.igs-formulier-knoppen .md-button')]
        .map((k) => [k.getBoundingClientRect().left, k.getBoundingClientRect().width])""")
    if breedte == 390:
        assert len({round(x) for x, _ in breedtes}) == 1 and len({round(b) for _, b in breedtes}) == 1, breedtes
    context.close()


def test_een_melding_verdwijnt_zodra_het_veld_klopt(page, server):
    _open(page, server)
    page.click("button[data-formaat=odt]")
    page.locator(".igs-foutoverzicht").wait_for(state="visible")
    meldingen = page.locator(".igs-veldfout:visible")
    aantal = meldingen.count()
    assert aantal >= 5
    page.fill("#igs-veld-engagementsverklaring-naam_samenwerking", "Cultuur Kempen")
    page.wait_for_function(f"document.querySelectorAll('.igs-veldfout:not([hidden])').length === {aantal - 1}")
    assert page.locator(".igs-foutoverzicht a").count() == aantal - 1
    assert page.locator("#igs-veld-engagementsverklaring-naam_samenwerking[aria-invalid]").count() == 0
    # the municipalities: the message goes with the first chip, not at the next click
    _kies_gemeenten(page, ["Balen"])
    page.wait_for_function(f"document.querySelectorAll('.igs-veldfout:not([hidden])').length === {aantal - 2}")
    assert "Kies minstens één gemeente" not in page.locator(FORM).inner_text()
    # emptying a field again brings no new message while typing (only the next click does)
    page.fill("#igs-veld-engagementsverklaring-naam_samenwerking", "")
    page.fill("#igs-veld-engagementsverklaring-ambitie", "Samen meer cultuur.")
    page.wait_for_function(f"document.querySelectorAll('.igs-veldfout:not([hidden])').length === {aantal - 3}")
    _schermafbeelding(page, "fouten-verdwijnen")


@pytest.mark.parametrize("breedte", [1280, 390])
def test_vooraf_ingevuld_vanuit_de_keuzehulp(browser, server, breedte):
    context = browser.new_context(locale="nl-BE", viewport={"width": breedte, "height": 900})
    page = context.new_page()
    # something typed earlier on this device, which the link replaces
    page.goto(server + GRB)
    page.evaluate("""localStorage.setItem('igs-sjabloon:gemeenteraadsbeslissing', JSON.stringify(
        {velden: {rechtsvorm: 'interlokale vereniging', naam_vereniging: 'Cultuur Merode'}, afgeleid: {}}))""")
    _open(page, server, GRB + f"?nis={','.join(ZES)}&rechtsvorm=projectvereniging")
    gekozen = [t.split("\n")[0].strip() for t in page.locator(".igs-gk-gekozen li").all_inner_texts()]
    assert gekozen == ["Herselt", "Heist-op-den-Berg", "Westerlo", "Hulshout", "Aarschot", "Tessenderlo-Ham"]
    veld = "#igs-veld-gemeenteraadsbeslissing-"
    assert page.input_value(veld + "rechtsvorm") == "projectvereniging"
    assert page.input_value(veld + "basisdocument") == "de statuten"
    assert page.input_value(veld + "orgaan") == "de raad van bestuur"
    assert page.input_value(veld + "naam_vereniging") == "Cultuur Merode"  # kept: not in the link
    assert page.input_value(veld + "referentieregio").startswith("de referentieregio's ")
    melding = page.locator(".igs-formulier-vooraf")
    assert melding.is_visible()
    assert "Ingevuld vanuit de keuzehulp: kijk alles na." in melding.inner_text()
    assert "«Rechtsvorm», is vervangen" in melding.inner_text()
    # the keuzehulp's own warning, word for word
    verwacht = json.loads(sjablonen.browser_gemeenten(",".join(ZES), "gemeenteraadsbeslissing"))["waarschuwing"]
    regio = page.locator(".igs-regiowaarschuwing")
    assert regio.is_visible() and verwacht and verwacht in regio.inner_text()
    # the address no longer carries the link: a reload keeps what the reader changes now
    assert page.evaluate("location.search") == ""
    page.fill(veld + "rechtsvorm", "interlokale vereniging")  # still editable
    page.reload()
    page.wait_for_selector(KLAAR, state="attached", timeout=90_000)
    assert page.input_value(veld + "rechtsvorm") == "interlokale vereniging"
    assert page.locator(".igs-formulier-vooraf").is_hidden()
    assert page.locator(".igs-regiowaarschuwing").is_visible()  # kept municipalities: warned again
    assert axe_schendingen(page, FORM) == []
    context.close()


def test_vooraf_met_waarden_die_niet_passen(page, server):
    _open(page, server, GRB + "?nis=13013,99999&rechtsvorm=dienstverlenende_vereniging")
    meldingen = page.locator(".igs-veldfout:visible").all_inner_texts()
    assert len(meldingen) == 2, meldingen
    assert any("raadde een dienstverlenende vereniging aan" in m for m in meldingen)
    assert any("NIS-code «99999»" in m for m in meldingen)
    assert page.locator(".igs-foutoverzicht").is_hidden()  # no summary: nothing was clicked
    assert "Niet alles uit de link kon worden ingevuld" in page.locator(".igs-formulier-vooraf").inner_text()
    assert page.locator(".igs-gk-gekozen li").count() == 1  # Herselt, the known code
    page.fill("#igs-veld-gemeenteraadsbeslissing-rechtsvorm", "projectvereniging")
    page.wait_for_function("document.querySelectorAll('.igs-veldfout:not([hidden])').length === 1")
