"""The keuzehulp in real headless Chromium: Python (Pyodide) in a worker, and the static path."""

from __future__ import annotations

import re

import pytest

from browserhulp import axe_schendingen, instant_navigatie_toestaan, laat_python_door

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
    # A question that no longer matters stays (answered, changeable), marked as not needed
    # (inwoners only matters for the subsidy).
    inwoners = page.locator('.kh-vragen [data-vraag="inwoners"]')
    assert inwoners.is_visible() and "kh-vraag--niet-nodig" in inwoners.get_attribute("class")
    assert page.locator("#kh-inwoners").input_value() == "120000"
    assert page.locator("#kh-inwoners").is_editable()
    assert page.locator("#kh-inwoners-notitie").inner_text().startswith("Niet nodig")


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
    # The municipality picker comes first; Tab goes on to the first question.
    for _ in range(5):
        if page.evaluate("document.activeElement.name") == "doel":
            break
        page.keyboard.press("Tab")
    # First question: the arrow key moves to the 3rd option ("regiowerking") and selects it.
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")  # to the subsidy question
    page.keyboard.press("Space")  # "ja"
    # Since 0.2.0 the application round for 2027-2032 comes next: the arrow key selects "aangevraagd".
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")
    # Since 0.3.0: did the vereniging exist when the cultuurnota was submitted? Space selects "ja".
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.type("120.000")
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    page.wait_for_function("location.search.includes('inwoners=120.000')")
    assert "doel=regiowerking" in page.url and "subsidie=ja" in page.url and "ronde_2027=aangevraagd" in page.url
    assert "bestond_bij_indiening=ja" in page.url
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
    # Each question doubles the paths: the bound is per page (the advice without the comparison
    # table, which is linked), and the whole stays small enough to publish and download.
    assert grootte / len(paginas) < 24 * 1024
    # 985 pages before the question bestond_bij_indiening (december 2026), about 1,400 after it.
    assert grootte < 40 * 1024 * 1024
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
    laat_python_door(page, vastgehouden)
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
    instant_navigatie_toestaan(page, server, site_dir)
    page.goto(server, wait_until="networkidle")
    page.evaluate("window.__zelfdePagina = true")
    page.locator('.md-nav a[href$="keuzehulp/"]').first.click()
    # No answers yet: Python is ready and invites to answer, no advice on assumptions only.
    page.wait_for_selector(".kh-widget[data-python=klaar]", timeout=PYTHON_TIMEOUT)
    assert page.locator(".kh-zijvak .kh-leeg").is_visible()
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


# --- Municipality picker, advice in view, hidden screen-reader text, small screens -----

def _focus_kiezer(page):
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('role')") == "combobox":
            return
    pytest.fail("met Tab kwam de focus nooit in de gemeentekiezer")


def test_gemeentekiezer_werkt_met_het_toetsenbord_alleen(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "keuzehulp/")
    page.wait_for_selector("[data-gemeentekiezer=actief]")
    _focus_kiezer(page)
    invoer = page.locator("#kh-gemeentekiezer-invoer")
    lijst = page.locator("#kh-gemeentekiezer-lijst")
    page.keyboard.type("antw")
    assert lijst.is_visible() and invoer.get_attribute("aria-expanded") == "true"
    assert page.locator("#kh-gemeentekiezer-lijst [role=option]:visible").all_inner_texts()[0].startswith("Antwerpen")
    page.keyboard.press("ArrowDown")
    actief = invoer.get_attribute("aria-activedescendant")
    assert actief == "kh-gemeentekiezer-o11002"
    assert "igs-gk-actief" in page.locator("#" + actief).get_attribute("class")
    page.keyboard.press("Enter")
    assert invoer.get_attribute("aria-expanded") == "false" and lijst.is_hidden()
    assert invoer.input_value() == "" and page.evaluate("document.activeElement.id") == "kh-gemeentekiezer-invoer"
    assert page.locator("#kh-gemeentekiezer-o11002").get_attribute("aria-selected") == "true"
    # Arrow keys move through the matches and wrap; Escape closes, then clears.
    page.keyboard.type("bo")
    page.keyboard.press("ArrowDown")
    eerste = invoer.get_attribute("aria-activedescendant")
    page.keyboard.press("ArrowDown")
    assert invoer.get_attribute("aria-activedescendant") != eerste
    page.keyboard.press("ArrowUp")
    assert invoer.get_attribute("aria-activedescendant") == eerste
    page.keyboard.press("ArrowUp")  # wraps to the last match
    assert invoer.get_attribute("aria-activedescendant") != eerste
    page.keyboard.press("Escape")
    assert lijst.is_hidden() and invoer.input_value() == "bo"
    page.keyboard.press("Escape")
    assert invoer.input_value() == ""
    # Enter takes the only match.
    page.keyboard.type("Boechout")
    page.keyboard.press("Enter")
    gekozen = page.locator(".igs-gk-gekozen li")
    assert [li.get_attribute("data-nis") for li in gekozen.all()] == ["11002", "11004"]
    page.wait_for_function("location.search.includes('nis=11002,11004')")
    # Tab reaches the remove buttons; each names its municipality; focus moves on after removing.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('igs-gk-verwijder')")
    naam = page.evaluate("document.activeElement.textContent")
    assert "Verwijder Antwerpen" in naam
    page.keyboard.press("Enter")
    assert [li.get_attribute("data-nis") for li in gekozen.all()] == ["11004"]
    assert "Verwijder Boechout" in page.evaluate("document.activeElement.textContent")
    assert "Antwerpen verwijderd" in page.locator("[data-gk-melding]").inner_text()
    page.wait_for_function("location.search.includes('nis=11004') && !location.search.includes('11002')")
    # The list open: axe-core finds nothing.
    invoer.focus()
    page.keyboard.type("ge")
    page.keyboard.press("ArrowDown")
    assert lijst.is_visible()
    assert axe_schendingen(page) == []
    context.close()


def test_gemeenten_uit_de_url_staan_gekozen(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "keuzehulp/?nis=11002,11004,99999&doel=afstemmen")
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    assert [li.get_attribute("data-nis") for li in page.locator(".igs-gk-gekozen li").all()] == ["11002", "11004"]
    assert "99999" in page.locator(".kh-meldingen").inner_text()
    context.close()


def _samenvatting_in_beeld(page) -> bool:
    return page.evaluate(
        """() => { const r = document.querySelector('.kh-zijvak [data-advies-samenvatting]').getBoundingClientRect();
                   return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; }"""
    )


def test_samenvatting_blijft_in_beeld_bij_de_eerste_en_de_laatste_vraag(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "keuzehulp/?" + VOLLEDIG)
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    samenvatting = page.locator(".kh-zijvak [data-advies-samenvatting]")
    assert samenvatting.get_attribute("data-advies-samenvatting") == "projectvereniging"
    tekst = samenvatting.inner_text()
    assert "Projectvereniging" in tekst and "Werkingssubsidie" in tekst and "Eerste stap" in tekst
    for vraag in ("doel", "bestaande_dv"):
        page.locator(f'.kh-vragen [data-vraag="{vraag}"] input').first.focus()
        page.locator(f'.kh-vragen [data-vraag="{vraag}"]').scroll_into_view_if_needed()
        assert _samenvatting_in_beeld(page), vraag
    # The full advice starts with the same summary and folds the rest.
    assert page.locator(".kh-resultaat .kh-advies > [data-advies-samenvatting]").count() == 1
    assert page.locator(".kh-resultaat details").count() >= 4
    context.close()


def test_wijzig_brengt_de_focus_naar_de_vraag(advies_pagina):
    page = advies_pagina
    page.goto(page.url.split("?")[0] + "?" + VOLLEDIG)
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    page.locator('.kh-resultaat a[data-wijzig="personeel"]').click()
    assert page.evaluate("document.activeElement.id") == "kh-personeel-eigen"


def test_compacte_balk_op_een_smal_scherm(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(server + "keuzehulp/?" + VOLLEDIG)
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    page.locator('.kh-vragen [data-vraag="doel"]').scroll_into_view_if_needed()
    balk = page.locator(".kh-zijvak")
    vak = balk.bounding_box()
    assert vak["y"] + vak["height"] <= 801 and vak["height"] < 160, vak  # a compact bar at the bottom
    balk.locator("a", has_text="Bekijk het volledige advies").click()
    page.wait_for_function("location.hash === '#kh-advies-titel'")
    context.close()


def test_schermlezertekst_is_niet_zichtbaar(advies_pagina):
    """Computed: 1 px or less, clipped; not just the presence of a class."""
    page = advies_pagina
    page.goto(page.url.split("?")[0] + "?" + VOLLEDIG + "&nis=11002")
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    page.locator(".kh-resultaat details").evaluate_all("ds => ds.forEach(d => d.open = true)")
    maten = page.evaluate(
        """() => [...document.querySelectorAll('.igs-visueel-verborgen, .md-visually-hidden')].map(el => {
            const r = el.getBoundingClientRect(), s = getComputedStyle(el);
            return {tekst: el.textContent, b: r.width, h: r.height, clip: s.clipPath, positie: s.position};
        })"""
    )
    teksten = " ".join(m["tekst"] for m in maten)
    assert "Wijzig" not in teksten  # the visible word stays outside
    assert "je antwoord op" in teksten and "Verwijder Antwerpen" in teksten
    for m in maten:
        assert m["b"] <= 1 and m["h"] <= 1 and m["clip"] == "inset(50%)" and m["positie"] == "absolute", m


@pytest.mark.parametrize("breedte", [320, 390])
def test_beslisschema_past_op_een_telefoon(browser, server, breedte):
    """Every level of the flow diagram fits next to a readable text on a phone: no sideways
    scrolling, and no question squeezed to a few words per line (mkdocs-material's list margins
    once won over ours: deep questions stood one word per line, far off to the right)."""
    context = browser.new_context(viewport={"width": breedte, "height": 800})
    page = context.new_page()
    page.goto(server + "keuzehulp/beslisschema/")
    omhulsel = page.locator(".kh-stroom-omhulsel")
    assert omhulsel.evaluate("el => el.scrollWidth <= el.clientWidth"), "het schema schuift opzij"
    smalste = page.evaluate(
        "Math.min(...[...document.querySelectorAll('.kh-stroom-vraagtekst, .kh-stroom-antwoordtekst')]"
        ".map((t) => t.parentElement.getBoundingClientRect().width))")
    assert smalste >= 150, smalste
    assert page.locator(".kh-stroom-uitkomst").count() > 10  # a control: the whole tree is there
    context.close()


@pytest.mark.parametrize("pad", ["keuzehulp/?" + VOLLEDIG, "juridische-vormen/", "keuzehulp/beslisschema/"])
def test_geen_zijwaartse_scroll_op_390_px(browser, server, pad):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(server + pad)
    if pad.startswith("keuzehulp/?"):
        page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
        page.locator(".kh-resultaat details").evaluate_all("ds => ds.forEach(d => d.open = true)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # The flow diagram fits (test_beslisschema_past_op_een_telefoon); it would scroll in its own region.
    if page.locator(".kh-stroom-omhulsel").count():
        assert page.locator(".kh-stroom-omhulsel").get_attribute("tabindex") == "0"
    # The comparison scrolls inside its own region, with its row headers in view and a cue.
    if page.locator(".kh-tabel-omhulsel").count():
        omhulsel = page.locator(".kh-tabel-omhulsel").first
        assert omhulsel.evaluate("el => el.scrollWidth > el.clientWidth")
        assert omhulsel.get_attribute("tabindex") == "0"
        assert page.locator(".kh-tabel-hint").first.is_visible()
        omhulsel.evaluate("el => el.scrollLeft = 400")
        kop = page.locator("table.kh-vergelijking th[scope=row]").first.bounding_box()
        assert kop["x"] >= 0
    assert axe_schendingen(page) == []
    context.close()


# --- Municipalities from the URL: what the engine derives, shown as derived -------------

DRIE = ("11002", "11004", "11005")  # Antwerpen, Boechout, Boom: all in Regio Antwerpen


def test_drie_gemeenten_geven_hun_som_en_referentieregio(browser, server):
    from keuzehulp import gemeenten

    som = sum(gemeenten.gemeente(nis).inwoners for nis in DRIE)
    som_tekst = f"{som:,}".replace(",", ".")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "keuzehulp/?subsidie=ja&nis=" + ",".join(DRIE))
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    # Beside the question: derived, with the number, and the field stays empty for the reader's own answer.
    notitie = page.locator("#kh-inwoners-notitie")
    assert notitie.is_visible()
    assert notitie.inner_text().startswith(f"Afgeleid uit de gekozen gemeenten: {som_tekst} inwoners")
    assert page.locator("#kh-inwoners").input_value() == ""
    assert "Regio Antwerpen" in page.locator("#kh-referentieregio-notitie").inner_text()
    afleiding = page.locator(".kh-resultaat [data-afleiding]")
    assert som_tekst in afleiding.inner_text() and "Regio Antwerpen" in afleiding.inner_text()
    # The chosen municipalities in the picker, in the order of the URL.
    assert [li.get_attribute("data-nis") for li in page.locator(".igs-gk-gekozen li").all()] == list(DRIE)
    # The reader corrects the number: the explicit answer wins, the note goes.
    page.fill("#kh-inwoners", "600000")
    page.wait_for_function("location.search.includes('inwoners=600000')")
    page.wait_for_function("document.querySelector('#kh-inwoners-notitie').hidden")
    # The map (when the build has one) marks exactly the chosen municipalities.
    if page.locator("[data-kaart] [data-nis]").count():
        gekozen = page.locator("[data-kaart] [data-nis][data-gekozen]")
        assert sorted(el.get_attribute("data-nis") for el in gekozen.all()) == sorted(DRIE)
    context.close()


def test_twee_referentieregios_worden_allebei_genoemd(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "keuzehulp/?subsidie=ja&nis=11002,12025")  # Antwerpen, Mechelen
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    notitie = page.locator("#kh-referentieregio-notitie").inner_text()
    assert "Regio Antwerpen" in notitie and "Rivierenland" in notitie
    afleiding = page.locator(".kh-resultaat [data-afleiding]").inner_text()
    assert "Regio Antwerpen" in afleiding and "Rivierenland" in afleiding
    context.close()


def test_klik_op_de_kaart_kiest_een_gemeente(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "keuzehulp/?doel=afstemmen")
    page.wait_for_selector("[data-kaart] svg [data-nis]")  # the map, inline once the form works
    leuven = page.locator("[data-kaart] [data-nis='24062']")
    leuven.evaluate("el => el.scrollIntoView({block: 'center'})")
    leuven.click()
    assert [li.get_attribute("data-nis") for li in page.locator(".igs-gk-gekozen li").all()] == ["24062"]
    page.wait_for_function("location.search.includes('nis=24062')")
    page.wait_for_selector("[data-kaart] [data-nis='24062'][data-gekozen]", timeout=PYTHON_TIMEOUT)
    assert page.locator("[data-kaart] [data-gekozen]").count() == 1
    leuven.click()  # again: un-chosen
    page.wait_for_function("!location.search.includes('nis=')")
    page.wait_for_function("!document.querySelector('[data-kaart] [data-gekozen]')", timeout=PYTHON_TIMEOUT)
    context.close()


def test_trage_start_blijft_laden_en_wordt_gebruikt(browser, server):
    """M1 (review december 2026): een start die lang duurt, sterft niet na een vaste tijd. De lezer hoort
    dat het laden lang duurt en krijgt de stap-voor-stapversie; een late start wordt gebruikt, en een
    gewijzigd antwoord geeft daarna het juiste advies."""
    context = browser.new_context()
    context.add_init_script("globalThis.igsTraagNaMs = 300")  # 'traag' na 0,3 s in plaats van 20 s
    page = context.new_page()
    vastgehouden = []
    page.route("**/pyodide.asm.wasm", lambda route: vastgehouden.append(route))
    page.goto(server + "keuzehulp/?doel=afstemmen&subsidie=nee&personeel=geen&partners=gemeenten")
    page.wait_for_selector(".kh-widget[data-python=traag]")  # het signaal: de start heet traag
    status = page.locator("div.kh-status")
    assert status.is_visible() and "trage verbinding" in status.inner_text()
    assert page.locator(".kh-status-uitweg a").is_visible()
    assert page.locator(".kh-widget[data-python=fout]").count() == 0
    assert axe_schendingen(page) == []
    for _ in range(100):  # tot de route het verzoek vasthoudt (geen vaste wachttijd)
        if vastgehouden:
            break
        page.wait_for_timeout(50)
    for route in vastgehouden:
        route.continue_()
    page.wait_for_selector(".kh-widget[data-python=klaar]", timeout=PYTHON_TIMEOUT)
    assert status.is_hidden()
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    assert aanbevolen(page) == "overleg"
    page.check("#kh-doel-taakoverdracht")
    page.wait_for_function("document.querySelector('.kh-resultaat [data-aanbevolen]')?.dataset.aanbevolen "
                           "=== 'opdrachthoudende_vereniging'", timeout=PYTHON_TIMEOUT)
    context.close()
