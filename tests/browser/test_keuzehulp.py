"""The keuzehulp in real headless Chromium: Python (Pyodide) in a worker, and the static path."""

from __future__ import annotations

import re

import pytest

from browserhulp import axe_schendingen

VOLLEDIG = (
    "doel=regiowerking&subsidie=ja&inwoners=120000&gemeenten=8&referentieregio=een&erkend=nee"
    "&personeel=eigen&partners=gemeenten&looptijd=structureel&bestaande_dv=nee"
)
PYTHON_TIMEOUT = 90_000
ADVIES = ".kh-resultaat [data-aanbevolen]"


def aanbevolen(page) -> str:
    return page.locator(ADVIES).first.get_attribute("data-aanbevolen")


@pytest.fixture(scope="module")
def advies_pagina(browser, server):
    """One page with Python loaded from a full-answer URL, shared by the tests below."""
    context = browser.new_context(locale="nl-BE")
    page = context.new_page()
    from browserhulp import PaginaWacht

    page.wacht = PaginaWacht(page)
    page.goto(server + "keuzehulp/?" + VOLLEDIG)
    # Before Python is ready the questions are already real form controls, filled from the URL.
    assert page.locator("fieldset legend").first.is_visible()
    assert page.locator("#kh-doel-regiowerking").is_checked()
    assert page.locator("#kh-inwoners").input_value() == "120000"
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    yield page
    context.close()


def test_volledige_url_geeft_verwacht_advies(advies_pagina):
    assert aanbevolen(advies_pagina) == "projectvereniging"
    resultaat = advies_pagina.locator(".kh-resultaat").inner_text()
    assert "Werkingssubsidie" in resultaat and "Volgende stappen" in resultaat
    # The full comparison of all forms, with the recommendation highlighted.
    assert advies_pagina.locator(".kh-resultaat table.kh-vergelijking th.kh-aanbevolen").count() == 1
    assert advies_pagina.locator(".kh-aankondiging").inner_text().startswith("Advies bijgewerkt")


def test_antwoord_wijzigen_werkt_advies_en_url_bij(advies_pagina):
    page = advies_pagina
    page.check("#kh-subsidie-nee")
    page.check("#kh-doel-afstemmen")
    page.check("#kh-personeel-geen")
    page.wait_for_function(
        "document.querySelector('.kh-resultaat [data-aanbevolen]').dataset.aanbevolen === 'overleg'",
        timeout=10_000,
    )
    assert "doel=afstemmen" in page.url and "subsidie=nee" in page.url
    # Questions that no longer apply are hidden (inwoners only matters for the subsidy).
    assert page.locator('[data-vraag="inwoners"]').is_hidden()


def test_advies_toegankelijk_en_lokaal(advies_pagina):
    assert axe_schendingen(advies_pagina) == []
    assert advies_pagina.wacht.externe_verzoeken == []
    assert advies_pagina.wacht.js_fouten == []


def test_opnieuw_beginnen_wist_antwoorden(advies_pagina):
    page = advies_pagina
    page.click("[data-actie=opnieuw]")
    page.wait_for_function("!location.search")
    assert not page.locator("#kh-doel-regiowerking").is_checked()


def test_toetsenbord_alleen_bereikt_een_advies(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "keuzehulp/")
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.kh-vragen') !== null"):
            break
    else:
        pytest.fail("met Tab kwam de focus nooit in het formulier")
    # First question: the arrow key moves to the 3rd option ("regiowerking") and selects it.
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")  # to the subsidy question
    page.keyboard.press("Space")  # "ja"
    # Since 0.2.0 the application round for 2027-2032 comes next: the arrow key selects "aangevraagd".
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.type("120.000")
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    page.wait_for_function("location.search.includes('inwoners=120.000')")
    assert "doel=regiowerking" in page.url and "subsidie=ja" in page.url and "ronde_2027=aangevraagd" in page.url
    assert aanbevolen(page) in {"projectvereniging", "dienstverlenende_vereniging", "opdrachthoudende_vereniging"}
    context.close()


def test_onbekende_url_parameters_geven_duidelijke_melding(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "keuzehulp/?doel=feest&inwoners=veel&kleur=blauw&subsidie=ja")
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    melding = page.locator(".kh-meldingen")
    assert melding.is_visible()
    tekst = melding.inner_text()
    assert "kleur" in tekst and "feest" in tekst and "veel" in tekst
    assert "afstemmen" in tekst  # names the valid values
    assert axe_schendingen(page) == []
    context.close()


def test_start_en_laadtoestand_toegankelijk(browser, server):
    context = browser.new_context()
    page = context.new_page()
    # Hold the runtime back so the loading state can be checked.
    page.route("**/pyodide.asm.wasm", lambda route: None)
    page.goto(server + "keuzehulp/")
    page.wait_for_selector(".kh-status:not([hidden])")
    tekst = page.locator(".kh-status").inner_text().lower()
    assert re.search(r"ophalen|starten|laden", tekst), tekst
    assert page.locator(".kh-spinner").is_visible()
    # Answers given while Python loads are kept in the form (and in the URL).
    page.check("#kh-doel-projecten")
    page.wait_for_function("location.search.includes('doel=projecten')")
    assert axe_schendingen(page) == []
    context.close()


def test_mislukte_runtime_toont_uitweg(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.route("**/*.wasm", lambda route: route.abort())
    page.goto(server + "keuzehulp/?" + VOLLEDIG)
    page.wait_for_selector(".kh-status--fout", timeout=PYTHON_TIMEOUT)
    status = page.locator(".kh-status")
    assert "kon niet laden" in status.inner_text()
    uitweg = status.locator(".kh-status-uitweg a")
    assert uitweg.is_visible()
    assert axe_schendingen(page) == []
    uitweg.click()
    page.wait_for_url(re.compile(r"/keuzehulp/pad/$"))
    context.close()


def test_zonder_javascript_bereikt_het_statische_pad_een_uitkomst(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "keuzehulp/")
    assert page.locator("noscript").count() == 1
    page.click(".kh-stil-pad a")
    for _ in range(15):
        if page.locator("[data-aanbevolen]").count():
            break
        page.locator("a.kh-pad-optie").first.click()
    assert page.locator("[data-aanbevolen]").count() >= 1
    assert page.locator('meta[name="robots"][content="noindex"]').count() == 1
    assert "Jullie antwoorden" in page.content()
    # "Wijzig" goes back to the question.
    page.locator("a:has-text('Wijzig')").first.click()
    assert page.locator("a.kh-pad-optie").count() >= 2
    context.close()


def test_statisch_pad_klein_genoeg(site_dir):
    paginas = list((site_dir / "keuzehulp" / "pad").rglob("*.html"))
    grootte = sum(p.stat().st_size for p in paginas)
    assert 50 < len(paginas) < 2000
    assert grootte < 20 * 1024 * 1024
    uitkomsten = [p for p in paginas if "data-aanbevolen" in p.read_text(encoding="utf-8")]
    assert len(uitkomsten) > 20


def test_antwoorden_tijdens_het_laden_worden_gebruikt(browser, server):
    context = browser.new_context()
    page = context.new_page()
    vastgehouden = []
    page.route("**/pyodide.asm.wasm", lambda route: vastgehouden.append(route))
    page.goto(server + "keuzehulp/")
    page.wait_for_selector(".kh-status:not([hidden])")
    page.check("#kh-doel-afstemmen")
    page.check("#kh-subsidie-nee")
    page.check("#kh-personeel-geen")
    page.wait_for_function("location.search.includes('personeel=geen')")
    assert page.locator(ADVIES).count() == 0
    page.wait_for_timeout(200)
    assert vastgehouden, "de runtime werd niet opgevraagd"
    for route in vastgehouden:
        route.continue_()
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    assert aanbevolen(page) == "overleg"
    context.close()


def test_een_runtime_over_instant_navigatie(browser, server, site_dir):
    """mkdocs-material's instant navigation swaps pages without reloading: the widget
    mounts again on every visit, the Python runtime starts once."""
    context = browser.new_context()
    page = context.new_page()
    workers = []
    page.on("request", lambda r: workers.append(r.url) if r.url.endswith("python-worker.js") else None)
    # Material only navigates instantly to URLs of the sitemap, rebased on the
    # page's protocol and host but not its port: serve the sitemap as the real
    # host would (site_url = the site's own origin).
    site_url = re.search(r"<loc>(https?://[^/]+/)", (site_dir / "sitemap.xml").read_text()).group(1)
    page.route("**/sitemap.xml", lambda route: route.fulfill(
        content_type="application/xml",
        body=(site_dir / "sitemap.xml").read_text().replace(site_url, server),
    ))
    page.goto(server, wait_until="networkidle")
    page.evaluate("window.__zelfdePagina = true")
    page.locator('.md-nav a[href$="keuzehulp/"]').first.click()
    # No answers yet: Python is ready and invites to answer, no advice on assumptions only.
    page.wait_for_selector(".kh-resultaat .kh-leeg", timeout=PYTHON_TIMEOUT)
    assert page.locator(ADVIES).count() == 0
    page.locator('.md-nav a[href$="stappen/"]').first.click()
    page.wait_for_url(re.compile(r"/stappen/$"))
    page.locator('.md-nav a[href$="keuzehulp/"]').first.click()
    page.wait_for_selector(".kh-widget[data-python=klaar]", timeout=10_000)
    page.check("#kh-doel-afstemmen")
    page.check("#kh-subsidie-nee")
    page.check("#kh-personeel-geen")
    page.wait_for_function(
        "document.querySelector('.kh-resultaat [data-aanbevolen]')?.dataset.aanbevolen === 'overleg'",
        timeout=10_000,
    )
    assert page.evaluate("window.__zelfdePagina === true"), "geen instant navigatie: de pagina herlaadde"
    assert len(workers) == 1, workers
    context.close()
