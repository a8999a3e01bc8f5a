"""Every page in real headless Chromium: no other hosts, no JS errors, no axe violations."""

from __future__ import annotations

import re

import pytest

from browserhulp import axe_schendingen
from sitepagina import inhoudspaginas, url_van


def test_elke_pagina_lokaal_foutloos_en_toegankelijk(site_dir, server, page):
    fouten = []
    paginas = inhoudspaginas(site_dir)
    assert len(paginas) >= 20, "te weinig pagina's gebouwd"
    for pad in paginas:
        url = server + url_van(pad, site_dir)
        page.wacht.js_fouten.clear()
        page.goto(url, wait_until="load")
        page.wait_for_timeout(50)
        for schending in axe_schendingen(page):
            fouten.append(f"{url}: axe {schending}")
        fouten += [f"{url}: JavaScript-fout {f}" for f in page.wacht.js_fouten]
    assert not page.wacht.externe_verzoeken, f"verzoeken naar andere hosts: {page.wacht.externe_verzoeken[:10]}"
    assert not fouten, "\n".join(fouten[:40])


def test_paginas_zijn_nederlandstalig_met_beschrijving_en_datum(site_dir):
    for pad in inhoudspaginas(site_dir):
        tekst = pad.read_text(encoding="utf-8")
        assert '<html lang="nl"' in tekst, pad
        assert '<meta name="description" content="' in tekst, f"{pad}: geen beschrijving"
        assert "Laatst bijgewerkt" in tekst, f"{pad}: geen datum 'laatst bijgewerkt'"


def test_checklist_vinkje_overleeft_herladen(server, page):
    page.goto(server + "stappen/verkennen/")
    eerste = page.locator("ul.igs-checklist input[type=checkbox]").first
    assert not eerste.is_checked()
    eerste.check()
    page.reload()
    eerste = page.locator("ul.igs-checklist input[type=checkbox]").first
    assert eerste.is_checked()
    assert "1 van" in page.locator(".igs-checklist-voortgang").first.inner_text()
    # The overview shows the same list with the same tick.
    page.goto(server + "stappen/")
    assert page.locator('ul[data-checklist="stap-verkennen"] input').first.is_checked()


def test_checklist_leest_als_gewone_lijst_zonder_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    pagina = context.new_page()
    pagina.goto(server + "stappen/verkennen/")
    lijst = pagina.locator("ul.igs-checklist")
    assert lijst.locator("li").count() >= 2
    assert lijst.locator("input").count() == 0
    assert lijst.locator("li").first.is_visible()
    context.close()


def test_landschapstabel_sorteert_op_naam_en_op_aantal(server, page):
    """tabel.js: a header button sorts the rows (Dutch order for text, numeric for numbers; the
    collator is made at the first sort) and says so in aria-sort; again sorts the other way."""
    page.goto(server + "onderzoek/landschap/")
    tabel = page.locator("#landschap-tabel-2020-2026")
    kop = tabel.locator("thead th").nth(0)
    kop.locator("button.igs-sorteerknop").click()
    assert kop.get_attribute("aria-sort") == "ascending"
    namen = tabel.locator("tbody tr td:first-child").all_inner_texts()
    assert len(namen) >= 10
    verwacht = page.evaluate(
        "namen => [...namen].sort(new Intl.Collator('nl', {numeric: true, sensitivity: 'base'}).compare)", namen)
    assert namen == verwacht
    kop.locator("button.igs-sorteerknop").click()
    assert kop.get_attribute("aria-sort") == "descending"
    assert len(set(namen)) == len(namen)  # no ties: the other way is exactly the reverse
    assert tabel.locator("tbody tr td:first-child").all_inner_texts() == verwacht[::-1]
    aantal = tabel.locator("thead th").nth(2)
    aantal.locator("button.igs-sorteerknop").click()
    getallen = [int(t) for t in tabel.locator("tbody tr td:nth-child(3)").all_inner_texts()]
    assert getallen == sorted(getallen) and getallen[0] < getallen[-1]


def test_startpagina_toont_de_stand_van_vandaag_zonder_scrollen(browser, server):
    """The deadline situation (from the data, dated) above the fold at 1280 × 800."""
    from keuzehulp import teksten
    from keuzehulp.klok import vandaag

    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-BE")
    pagina = context.new_page()
    pagina.goto(server, wait_until="load")
    stand = pagina.locator(".md-content .admonition", has_text="Stand op")
    assert stand.count() == 1
    vak = stand.bounding_box()
    assert vak["y"] >= 0 and vak["y"] + vak["height"] <= 800, f"de stand staat niet boven de vouw: {vak}"
    tekst = stand.inner_text()
    assert re.search(r"Stand op \d{1,2} [a-z]+ \d{4}", tekst), tekst
    assert teksten.feiten(vandaag())["indiendatum"] in tekst and "stap 6" in tekst
    context.close()


@pytest.mark.parametrize(("breedte", "hoogte"), [(1280, 800), (390, 844)])
def test_terug_naar_boven_bedekt_geen_tekst(browser, server, breedte, hoogte):
    """The button stands in the header bar: inside the (opaque) header, next to the title and
    the search, overlapping neither."""
    context = browser.new_context(viewport={"width": breedte, "height": hoogte}, locale="nl-BE")
    pagina = context.new_page()
    pagina.goto(server + "stappen/subsidie/", wait_until="load")
    pagina.mouse.wheel(0, 4000)
    pagina.wait_for_function("() => scrollY > 2000")
    pagina.mouse.wheel(0, -400)
    pagina.wait_for_selector(".md-top:not([hidden])")  # Material shows it when scrolling up
    vakken = pagina.evaluate("""() => {
        const vak = (el) => { const r = el.getBoundingClientRect(); return {l: r.left, r: r.right, t: r.top, b: r.bottom, w: r.width}; };
        const kop = document.querySelector('.md-header');
        return {
            knop: vak(document.querySelector('.md-top')),
            kop: vak(kop),
            buren: [...kop.querySelectorAll('.md-header__title, .md-search__inner, .md-header__button, .md-logo')]
                .filter((el) => el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden')
                .map((el) => ({naam: el.className, ...vak(el)})),
            vast: getComputedStyle(kop).position,
        };
    }""")
    knop, kop = vakken["knop"], vakken["kop"]
    assert vakken["vast"] == "sticky" and knop["w"] > 0
    assert kop["l"] <= knop["l"] and knop["r"] <= kop["r"] and kop["t"] <= knop["t"] and knop["b"] <= kop["b"]
    overlap = [b["naam"] for b in vakken["buren"]
               if b["l"] < knop["r"] and knop["l"] < b["r"] and b["t"] < knop["b"] and knop["t"] < b["b"]]
    assert not overlap, f"de knop ligt over {overlap}"
    pagina.locator(".md-top").click()
    pagina.wait_for_function("() => scrollY === 0")
    context.close()


def test_conceptmelding_ook_op_papier(site_dir, server, page):
    """A printed page is no less a concept: the notice prints while the publisher is missing."""
    from igs_site.inhoud import uitgever

    melding = uitgever.melding_van_site(site_dir)
    page.goto(server + "stappen/verkennen/", wait_until="load")
    page.emulate_media(media="print")
    banner = page.locator(".md-banner")
    if melding:
        assert banner.is_visible() and melding in banner.inner_text()
        assert not page.locator(".md-header").is_visible()  # control: this is the print view
    else:
        assert banner.count() == 0 or not banner.is_visible()
