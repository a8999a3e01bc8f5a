"""The maps in real headless Chromium: the landscape map (inline SVG with legend) and the keuzehulp
map loaded into its container by assets/js/kaart.js. Screenshots at 1280 and 390 px go to
$IGS_SCREENSHOTS when that is set (to look at them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from browserhulp import axe_schendingen
from keuzehulp.html_gemeenten import render_kaart_container

BREEDTES = (1280, 390)


def _foto(page, naam: str, locator=None) -> None:
    map_ = os.environ.get("IGS_SCREENSHOTS")
    if not map_:
        return
    Path(map_).mkdir(parents=True, exist_ok=True)
    (locator or page).screenshot(path=str(Path(map_) / f"{naam}.png"))


def _geen_zijwaartse_scroll(page) -> None:
    breed = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert breed <= 0, f"de pagina scrolt {breed} px zijwaarts"


@pytest.mark.parametrize("breedte", BREEDTES)
def test_landschapskaart(browser, server, breedte):
    context = browser.new_context(locale="nl-BE", viewport={"width": breedte, "height": 900})
    page = context.new_page()
    page.goto(server + "onderzoek/landschap/")
    figuur = page.locator("figure.igs-kaartfiguur").first
    figuur.scroll_into_view_if_needed()
    svg = figuur.locator("svg.igs-kaart-landschap")
    doos = svg.bounding_box()
    assert doos["width"] > 0.8 * min(breedte, 700) and doos["height"] > 0.3 * doos["width"]
    assert svg.locator("path[data-nis]").count() == 285
    assert figuur.locator(".igs-legende li").count() >= 19
    assert "provincies.incijfers.be" in figuur.inner_text()
    _geen_zijwaartse_scroll(page)
    assert not axe_schendingen(page, "figure.igs-kaartfiguur")
    _foto(page, f"landschap-kaart-{breedte}", figuur)
    context.close()


@pytest.mark.parametrize("breedte", BREEDTES)
def test_landschapstabel_is_opgemaakt_en_filterbaar(browser, server, breedte):
    """The theme styles only tables without a class: ours gets borders, a header and padding of its
    own, a visible filter field with its label, and scrolls inside its region, not the page."""
    context = browser.new_context(locale="nl-BE", viewport={"width": breedte, "height": 900})
    page = context.new_page()
    page.goto(server + "onderzoek/landschap/")
    veld = page.locator("input[type=search][data-filter-voor]").first
    veld.wait_for(state="visible")
    stijl = veld.evaluate("v => { const s = getComputedStyle(v); return [parseFloat(s.borderTopWidth), s.borderTopStyle] }")
    assert stijl[0] >= 1 and stijl[1] != "none", f"het filterveld heeft geen zichtbare rand: {stijl}"
    assert veld.bounding_box()["height"] >= 24
    label = page.locator(f"label[for='{veld.get_attribute('id')}']")
    assert label.is_visible() and "Filter" in label.inner_text()
    tabel = page.locator("table.igs-tabel").first
    kop = tabel.locator("thead th").first.evaluate(
        "th => { const s = getComputedStyle(th); return [s.backgroundColor, parseFloat(s.paddingLeft)] }")
    assert kop[0] not in ("rgba(0, 0, 0, 0)", "transparent") and kop[1] >= 4, f"kopcel zonder opmaak: {kop}"
    cel = tabel.locator("tbody td").first.evaluate(
        "td => { const s = getComputedStyle(td); return [parseFloat(s.borderTopWidth), parseFloat(s.paddingLeft)] }")
    assert cel[0] > 0 and cel[1] >= 4, f"cel zonder lijn of ruimte: {cel}"
    _geen_zijwaartse_scroll(page)
    veld.fill("Noordrand")
    telling = page.locator(".igs-tabeltelling").first
    assert telling.inner_text().startswith("1 van ")
    veld.scroll_into_view_if_needed()
    _foto(page, f"landschap-tabel-{breedte}")
    context.close()


@pytest.mark.parametrize("breedte", BREEDTES)
def test_keuzehulpkaart_laadt_in_de_container(browser, server, breedte):
    context = browser.new_context(locale="nl-BE", viewport={"width": breedte, "height": 900})
    page = context.new_page()
    page.goto(server + "keuzehulp/")
    # The widget places the container and loads the map at once: start from a fresh container
    # (empty, in the map's proportions) to test laadKaart itself.
    page.wait_for_selector(".kh-widget [data-kaart] svg [data-nis]")
    page.evaluate("html => document.querySelector('[data-kaart]').outerHTML = html", render_kaart_container("/"))
    container = page.locator("[data-kaart]").first
    # No picture first (it would be fetched and drawn twice), but the room the map will take.
    assert container.locator("img").count() == 0
    vlak = container.locator("[data-kaart-vlak]")
    hoogte_voor = container.bounding_box()["height"]
    assert abs(vlak.bounding_box()["height"] - vlak.bounding_box()["width"] * 1239 / 3200) <= 1
    # Drawn in parts (short tasks), the result is the file exactly: every shape, in its order.
    aantal, zoals_bestand = page.evaluate("""async () => {
        const { laadKaart } = await import('/assets/js/kaart.js');
        const container = document.querySelector('[data-kaart]');
        const svg = await laadKaart(container);
        const bestand = document.createElement('template');
        bestand.innerHTML = await (await fetch(container.dataset.kaartSrc)).text();
        return [svg.querySelectorAll('[data-nis]').length, svg.isEqualNode(bestand.content.firstElementChild)];
    }""")
    assert aantal == 285
    assert zoals_bestand
    assert abs(container.bounding_box()["height"] - hoogte_voor) <= 1  # the inline map takes the same room
    # Chosen municipalities (the widget sets data-gekozen) look different.
    for nis in ("11001", "11002", "11004"):
        page.evaluate("nis => document.querySelector(`[data-kaart] [data-nis='${nis}']`).setAttribute('data-gekozen', '')", nis)
    vulling = page.evaluate("nis => getComputedStyle(document.querySelector(`[data-kaart] [data-nis='${nis}']`)).fill",
                            "11001")
    gewoon = page.evaluate("getComputedStyle(document.querySelector(\"[data-kaart] [data-nis='12002']\")).fill")
    assert vulling != gewoon
    # A click on the map lands on a municipality, not on the region outlines drawn on top.
    # (in the middle of the screen: on a phone the advice bar of the widget covers the bottom edge)
    page.locator("[data-kaart] [data-nis='24062']").evaluate("el => el.scrollIntoView({block: 'center'})")
    doos = page.locator("[data-kaart] [data-nis='24062']").bounding_box()  # Leuven
    geraakt = page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('[data-nis]')?.dataset.nis",
                            [doos["x"] + doos["width"] / 2, doos["y"] + doos["height"] / 2])
    assert geraakt == "24062"
    _geen_zijwaartse_scroll(page)
    assert not axe_schendingen(page, "[data-kaart]")
    container.scroll_into_view_if_needed()
    _foto(page, f"keuzehulp-kaart-{breedte}", container)
    context.close()


def test_zonder_kaart_geen_lege_figuur(browser, server):
    """The map cannot be fetched: no empty grey box, the picker still works."""
    context = browser.new_context(locale="nl-BE")
    page = context.new_page()
    page.route("**/vlaanderen.svg", lambda route: route.fulfill(status=404, body="weg"))
    page.goto(server + "keuzehulp/")
    page.wait_for_selector(".kh-widget [data-kaart]", state="hidden")
    assert page.locator("#kh-gemeentekiezer-invoer").is_visible()
    context.close()
