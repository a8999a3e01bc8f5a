"""The keuzehulp never loses or hides what the reader did (issue 23; L1 of the December 2026 review):
"Kopieer link" says visibly that it copied, or shows the link to copy by hand (also in a frame, with
the answers and pointing to the full site); answers survive a trip through the menu (this tab);
"Opnieuw beginnen" can be undone; a number the engine cannot use is marked at its field; with
answers already given the panel says the advice is being computed; the nota downloads."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from browserhulp import axe_schendingen, instant_navigatie_toestaan, laat_python_door
from webserver import serve

PYTHON_TIMEOUT = 90_000
ADVIES = ".kh-resultaat [data-aanbevolen]"
BERICHT = ".kh-actie-bericht"
VOLLEDIG = (
    "doel=regiowerking&subsidie=ja&inwoners=120000&gemeenten=8&referentieregio=een&erkend=nee"
    "&personeel=eigen&partners=gemeenten&looptijd=structureel&bestaande_dv=nee"
)
# The clipboard refused, as a browser does without permission or in a frame without
# allow="clipboard-write" (the real frame case is tested below).
GEWEIGERD = """Object.defineProperty(Navigator.prototype, "clipboard", { configurable: true, get() {
    return { writeText: () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")) };
} });"""


def _acties_klaar(page):
    page.wait_for_selector(".kh-widget[data-actief=ja] [data-actie=kopieer]:not([disabled])")


# --- Kopieer link ------------------------------------------------------------------------

def test_kopieer_link_zegt_zichtbaar_dat_hij_gekopieerd_is(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    page = context.new_page()
    page.goto(server + "keuzehulp/?doel=afstemmen")
    _acties_klaar(page)
    page.check("#kh-subsidie-nee")
    page.click("[data-actie=kopieer]")
    bericht = page.locator(f'{BERICHT}[data-bericht="gekopieerd"]')
    bericht.wait_for()
    assert bericht.is_visible() and "gekopieerd" in bericht.inner_text()
    # Beside the button, not somewhere else on the page.
    knop = page.locator("[data-actie=kopieer]").bounding_box()
    vak = bericht.bounding_box()
    assert 0 <= vak["y"] - (knop["y"] + knop["height"]) < 40, (knop, vak)
    assert page.evaluate("navigator.clipboard.readText()") == server + "keuzehulp/?doel=afstemmen&subsidie=nee"
    assert axe_schendingen(page) == []
    # The next answer makes that link old: the message goes.
    page.check("#kh-personeel-geen")
    page.wait_for_selector(BERICHT, state="hidden")
    context.close()


def test_kopieer_link_geweigerd_toont_de_link_om_zelf_te_kopieren(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    context.add_init_script(GEWEIGERD)
    page = context.new_page()
    page.goto(server + "keuzehulp/?doel=afstemmen&subsidie=nee")
    _acties_klaar(page)
    page.click("[data-actie=kopieer]")
    veld = page.locator(f'{BERICHT}[data-bericht="handmatig"] input.kh-deellink')
    veld.wait_for()
    assert veld.is_visible() and veld.get_attribute("readonly") is not None
    assert veld.input_value() == server + "keuzehulp/?doel=afstemmen&subsidie=nee"
    # Focused and selected: Ctrl+C copies it at once.
    assert page.evaluate("document.activeElement.classList.contains('kh-deellink')")
    assert page.evaluate("getSelection().toString() || (document.activeElement.selectionEnd"
                         " - document.activeElement.selectionStart)") not in ("", 0)
    assert "zelf" in page.locator(BERICHT).inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_schendingen(page) == []
    context.close()


def _ouder(tmp_path, server, allow: bool) -> str:
    toestaan = ' allow="clipboard-write"' if allow else ""
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
        "<title>Gemeente Testdorp</title></head><body><h1>Cultuur in de regio</h1>"
        f'<iframe src="{server}embed/keuzehulp/?doel=afstemmen&amp;subsidie=nee&amp;thema=donker"{toestaan}'
        ' title="Keuzehulp" width="900" height="1400"></iframe></body></html>',
        encoding="utf-8",
    )


@pytest.mark.parametrize("toegestaan", [False, True], ids=["zonder-allow", "met-allow"])
def test_kopieer_link_in_een_kader_draagt_de_antwoorden_naar_de_volledige_site(browser, server, tmp_path,
                                                                            toegestaan):
    """L1: in the frame the copied link is the full site's keuzehulp with the answers of this moment
    (also one just changed), without the frame's display parameters. Without allow="clipboard-write"
    the browser refuses the clipboard: the link stands in a field to copy by hand."""
    _ouder(tmp_path, server, toegestaan)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    with serve(tmp_path, "127.0.0.2", 0) as ouder:
        if toegestaan:
            for herkomst in (server, ouder):
                context.grant_permissions(["clipboard-read", "clipboard-write"], origin=herkomst.rstrip("/"))
        page = context.new_page()
        page.goto(ouder)
        kader = page.frame_locator("iframe")
        kader.locator(".kh-widget[data-actief=ja] [data-actie=kopieer]:not([disabled])").wait_for()
        kader.locator("#kh-doel-regiowerking").check()
        kader.locator("[data-actie=kopieer]").click()
        verwacht = server + "keuzehulp/?doel=regiowerking&subsidie=nee"
        if toegestaan:
            kader.locator(f'{BERICHT}[data-bericht="gekopieerd"]').wait_for()
            assert page.evaluate("navigator.clipboard.readText()") == verwacht
        else:
            veld = kader.locator(f'{BERICHT}[data-bericht="handmatig"] input.kh-deellink')
            veld.wait_for()
            assert veld.input_value() == verwacht
    context.close()


# --- Answers kept in this tab, and undo ---------------------------------------------------

@pytest.mark.parametrize("instant", [True, False], ids=["directe-navigatie", "gewone-navigatie"])
def test_antwoorden_blijven_na_een_uitstap_via_het_menu(browser, server, site_dir, instant):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    if instant:
        instant_navigatie_toestaan(page, server, site_dir)
    page.goto(server + "keuzehulp/")
    _acties_klaar(page)
    page.evaluate("window.__zelfdePagina = true")
    page.check("#kh-doel-afstemmen")
    page.check("#kh-subsidie-nee")
    page.wait_for_function("location.search.includes('subsidie=nee')")
    page.locator('.md-nav a[href$="keuzehulp/"]').first.wait_for()
    page.locator(".md-sidebar--primary").get_by_role("link", name="Home", exact=True).click()
    page.wait_for_url(re.compile(r"/$"))
    page.locator('.md-nav a[href$="keuzehulp/"]').first.click()
    page.wait_for_url(re.compile(r"/keuzehulp/\?"))
    _acties_klaar(page)
    assert page.locator("#kh-doel-afstemmen").is_checked() and page.locator("#kh-subsidie-nee").is_checked()
    assert "doel=afstemmen" in page.url and "subsidie=nee" in page.url
    # The control: instant navigation kept the page (or a real load replaced it).
    assert page.evaluate("window.__zelfdePagina === true") is instant
    # A link with answers wins over what this tab kept.
    page.goto(server + "keuzehulp/?doel=projecten")
    _acties_klaar(page)
    assert page.locator("#kh-doel-projecten").is_checked() and not page.locator("#kh-subsidie-nee").is_checked()
    context.close()


def test_een_ingesloten_keuzehulp_onthoudt_niets(browser, server):
    """An embed shows what its host page (or the builder's preview) asks for: no answers come back."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "embed/keuzehulp/?doel=afstemmen")
    _acties_klaar(page)
    page.check("#kh-subsidie-nee")
    page.wait_for_function("location.search.includes('subsidie=nee')")
    page.goto(server + "embed/keuzehulp/")
    _acties_klaar(page)
    assert not page.locator("#kh-doel-afstemmen").is_checked() and "?" not in page.url
    assert page.evaluate("sessionStorage.length") == 0
    context.close()


def test_opnieuw_beginnen_kan_ongedaan_gemaakt_worden(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "keuzehulp/?" + VOLLEDIG)
    page.wait_for_selector(".kh-widget[data-python=klaar]", timeout=PYTHON_TIMEOUT)
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    page.click("[data-actie=opnieuw]")
    page.wait_for_function("!location.search")
    assert not page.locator("#kh-doel-regiowerking").is_checked()
    terug = page.locator(f'{BERICHT}[data-bericht="gewist"] button', has_text="Ongedaan maken")
    assert terug.is_visible()
    assert axe_schendingen(page) == []
    terug.click()
    page.wait_for_function("location.search.includes('doel=regiowerking')")
    page.wait_for_function("document.querySelector('.kh-widget').dataset.aanbevolen === 'projectvereniging'",
                           timeout=PYTHON_TIMEOUT)
    assert page.locator("#kh-inwoners").input_value() == "120000"
    assert page.locator(BERICHT).is_hidden()
    # Wiped again, then a new answer: the undo goes (it would throw that answer away).
    page.click("[data-actie=opnieuw]")
    page.wait_for_function("!location.search")
    page.check("#kh-doel-afstemmen")
    page.wait_for_selector(BERICHT, state="hidden")
    page.reload()
    _acties_klaar(page)
    assert page.locator("#kh-doel-afstemmen").is_checked() and not page.locator("#kh-subsidie-ja").is_checked()
    context.close()


# --- While Python starts -----------------------------------------------------------------

def test_met_antwoorden_in_de_link_zegt_het_paneel_dat_het_advies_berekend_wordt(browser, server):
    """A nis= link has no advice computed at build time: until Python is there the panel says the
    advice is being computed, never that it appears after a first answer."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    vastgehouden = []
    page.route("**/pyodide.asm.wasm", lambda route: vastgehouden.append(route))
    page.goto(server + "keuzehulp/?nis=13013,12014,13049,13016,24001,71071")
    page.wait_for_selector(".kh-widget[data-vooraf=nee]", state="attached")  # decided: nothing early
    status = page.locator("div.kh-status")
    assert status.is_visible() and "Het advies wordt berekend" in status.inner_text()
    assert page.locator(".kh-zijvak .kh-leeg").is_hidden()
    assert "zodra je een eerste vraag" not in page.locator(".kh-zijvak").inner_text()
    assert axe_schendingen(page) == []
    laat_python_door(page, vastgehouden)
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    assert status.is_hidden()
    context.close()


def test_zonder_antwoorden_nodigt_het_paneel_uit(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.route("**/pyodide.asm.wasm", lambda route: None)
    page.goto(server + "keuzehulp/")
    page.wait_for_selector(".kh-widget[data-python=laden]")
    assert page.locator(".kh-zijvak .kh-leeg").is_visible()
    assert "Het advies wordt berekend" not in page.locator("div.kh-status").inner_text()
    # An answer while loading: from then on the advice is being computed.
    page.check("#kh-doel-afstemmen")
    page.wait_for_selector(".kh-widget[data-vooraf]", state="attached")
    page.wait_for_function("document.querySelector('div.kh-status').innerText.includes('Het advies wordt berekend')")
    assert page.locator(".kh-zijvak .kh-leeg").is_hidden()
    context.close()


# --- The municipality picker and the way to the full advice ---------------------------------

def test_hers_en_enter_kiest_de_eerste_gemeente(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "keuzehulp/")
    page.wait_for_selector("[data-gemeentekiezer=actief]")
    invoer = page.locator("#kh-gemeentekiezer-invoer")
    invoer.click()
    page.keyboard.type("Hers")
    eerste = page.locator("#kh-gemeentekiezer-lijst [role=option]:visible").first
    assert page.locator("#kh-gemeentekiezer-lijst [role=option]:visible").count() >= 2
    assert eerste.inner_text().startswith("Herselt") and "igs-gk-actief" in eerste.get_attribute("class")
    page.keyboard.press("Enter")
    assert [li.get_attribute("data-nis") for li in page.locator(".igs-gk-gekozen li").all()] == ["13013"]
    page.wait_for_function("location.search.includes('nis=13013')")
    context.close()


def test_bekijk_het_volledige_advies_scrolt_ook_met_directe_navigatie(browser, server, site_dir):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    instant_navigatie_toestaan(page, server, site_dir)
    page.goto(server)
    page.evaluate("window.__zelfdePagina = true")
    page.goto(server + "keuzehulp/?" + VOLLEDIG)
    page.wait_for_selector(".kh-widget[data-python=klaar]", timeout=PYTHON_TIMEOUT)
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    page.locator('.kh-vragen [data-vraag="doel"]').scroll_into_view_if_needed()
    page.locator(".kh-zijvak a", has_text="Bekijk het volledige advies").click()
    page.wait_for_function("location.hash === '#kh-advies-titel'")
    page.wait_for_function("(() => { const r = document.getElementById('kh-advies-titel').getBoundingClientRect();"
                           " return r.top >= 0 && r.top < innerHeight / 2; })()")
    assert page.evaluate("document.activeElement.id") == "kh-advies-titel"
    context.close()


# --- What the engine returns: invalid numbers, the nota ------------------------------------

@pytest.mark.parametrize(("vraag", "waarde"), [("inwoners", "-5"), ("inwoners", "abc"), ("gemeenten", "300")])
def test_onbruikbaar_getal_krijgt_een_melding_bij_het_veld(browser, server, site_dir, vraag, waarde):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "keuzehulp/?doel=regiowerking&subsidie=ja")
    page.wait_for_selector(".kh-widget[data-python=klaar]", timeout=PYTHON_TIMEOUT)
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    veld = page.locator(f"#kh-{vraag}")
    veld.fill(waarde)
    fout = page.locator(f"#kh-{vraag}-fout")
    fout.wait_for()
    assert fout.is_visible() and len(fout.inner_text()) > 10
    assert veld.get_attribute("aria-invalid") == "true"
    assert f"kh-{vraag}-fout" in veld.get_attribute("aria-describedby").split()
    assert axe_schendingen(page) == []
    veld.fill("120000" if vraag == "inwoners" else "5")
    fout.wait_for(state="detached")
    assert veld.get_attribute("aria-invalid") is None
    assert f"kh-{vraag}-fout" not in (veld.get_attribute("aria-describedby") or "")
    context.close()


@pytest.mark.parametrize("formaat", ["odt", "docx"])
def test_nota_voor_het_college_downloadt(browser, server, site_dir, formaat):
    import json
    from urllib.parse import urlencode

    # A link whose advice the build computed (with the buttons): they are there before Python.
    index = json.loads((site_dir / "keuzehulp/vooraf/index.json").read_text())
    sleutel = next(s for s, (bestand, _) in index["uitkomsten"].items()
                   if "data-nota" in (site_dir / "keuzehulp/vooraf" / bestand).read_text(encoding="utf-8"))
    link = urlencode({v: w.split("-")[0] for v, w in (deel.split("=") for deel in sleutel.split("&"))})
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    vastgehouden = []
    page.route("**/pyodide.asm.wasm", lambda route: vastgehouden.append(route))
    page.goto(server + "keuzehulp/?" + link)
    knop = page.locator(f'.kh-resultaat button[data-nota="{formaat}"]')
    knop.wait_for()
    assert knop.get_attribute("aria-disabled") == "true"  # looks disabled until Python is there ...
    knop.focus()  # ... still reachable (aria-disabled, not disabled), and says why
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('.kh-nota-status')?.textContent.includes('zodra')")
    laat_python_door(page, vastgehouden)
    page.wait_for_selector(".kh-widget[data-python=klaar]", timeout=PYTHON_TIMEOUT)
    knop = page.locator(f'.kh-resultaat button[data-nota="{formaat}"][aria-disabled="false"]')
    knop.wait_for()
    with page.expect_download(timeout=PYTHON_TIMEOUT) as info:
        knop.click()
    download = info.value
    assert download.suggested_filename == knop.get_attribute("data-bestandsnaam")
    assert download.suggested_filename.endswith("." + formaat)
    with zipfile.ZipFile(io.BytesIO(open(download.path(), "rb").read())) as z:
        namen = z.namelist()
        if formaat == "odt":
            assert namen[0] == "mimetype" and z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
            assert z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED and "content.xml" in namen
        else:
            assert "[Content_Types].xml" in namen and "word/document.xml" in namen
            assert b"wordprocessingml.document.main+xml" in z.read("[Content_Types].xml")
    page.wait_for_function("document.querySelector('.kh-nota-status')?.textContent.startsWith('Klaar')")
    assert axe_schendingen(page) == []
    context.close()


def test_na_een_netwerkfout_probeer_opnieuw(browser, server):
    """A failure that may pass (the runtime did not arrive): "Probeer opnieuw" starts Python again,
    and the advice for the answers already given follows."""
    context = browser.new_context()
    page = context.new_page()
    context.route("**/*.wasm", lambda route: route.abort())
    page.goto(server + "keuzehulp/?doel=afstemmen&subsidie=nee&personeel=geen")
    page.wait_for_selector(".kh-widget[data-python=fout]", timeout=PYTHON_TIMEOUT)
    knop = page.locator("div.kh-status button.kh-opnieuw")
    assert knop.is_visible() and knop.inner_text() == "Probeer opnieuw"
    assert axe_schendingen(page) == []
    context.unroute("**/*.wasm")
    knop.click()
    page.wait_for_selector(".kh-widget[data-python=klaar]", timeout=PYTHON_TIMEOUT)
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    assert page.locator("div.kh-status").is_hidden() and knop.is_hidden()
    assert page.locator(".kh-resultaat [data-aanbevolen]").first.get_attribute("data-aanbevolen") == "overleg"
    context.close()


def test_link_naar_de_nota_scrolt_naar_de_knoppen_zodra_het_advies_er_is(browser, server):
    """The static path links to keuzehulp/?<answers>#kh-advies-nota: that heading exists only once
    the advice is drawn, so the widget scrolls there itself (once)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(server + "keuzehulp/?" + VOLLEDIG + "#kh-advies-nota")
    page.wait_for_selector("#kh-advies-nota", timeout=PYTHON_TIMEOUT)
    page.wait_for_function(
        "(() => { const r = document.querySelector('#kh-advies-nota').getBoundingClientRect();"
        " return r.top >= 0 && r.top < innerHeight; })()", timeout=PYTHON_TIMEOUT)
    assert page.evaluate("scrollY") > 0
    context.close()
