"""Pages computed for the build date: read after their last valid day, they warn (static path)
or show nothing early (the shared link waits for Python). The reader's clock is set in Chromium."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from browserhulp import axe_schendingen

WAARSCHUWING = ".kh-pad .igs-verlopen"


def _advies_pagina(site_dir) -> str:
    """A static-path page with an advice (the first in the tree), as a URL path."""
    for pad in sorted((site_dir / "keuzehulp" / "pad").rglob("index.html")):
        if 'class="kh-versie"' in pad.read_text(encoding="utf-8"):
            return pad.parent.relative_to(site_dir).as_posix() + "/"
    pytest.fail("geen adviespagina in het statische pad")


def _pagina(browser, klok: dt.datetime | None):
    context = browser.new_context(locale="nl-BE")
    page = context.new_page()
    page.route("**/*.wasm", lambda route: route.abort())  # Python is not needed here
    if klok:
        page.clock.set_fixed_time(klok)
    return context, page


def test_statisch_pad_waarschuwt_na_de_laatste_geldige_dag(browser, server, site_dir):
    url = server + _advies_pagina(site_dir)
    context, page = _pagina(browser, None)
    page.goto(url)
    tot = dt.date.fromisoformat(page.locator(".kh-pad").get_attribute("data-geldig-tot"))
    assert page.locator(".kh-geldig time").get_attribute("datetime") == tot.isoformat()
    assert page.locator(".kh-geldig").is_visible()
    context.close()

    # On the last valid day: no warning.
    context, page = _pagina(browser, dt.datetime.combine(tot, dt.time(23, 0)))
    page.goto(url)
    page.wait_for_load_state("load")
    assert page.locator(WAARSCHUWING).is_hidden()
    context.close()

    # The day after: the warning shows, with a link to today's advice for the same answers.
    context, page = _pagina(browser, dt.datetime.combine(tot + dt.timedelta(days=1), dt.time(8, 0)))
    page.goto(url)
    page.locator(WAARSCHUWING).wait_for(state="visible")
    assert page.locator(".kh-pad[data-verlopen]").count() == 1
    link = page.locator(WAARSCHUWING + " a").get_attribute("href")
    assert "keuzehulp/?" in link and "doel=" in link
    assert axe_schendingen(page, ".kh-pad") == []
    context.close()


def test_gedeelde_link_toont_geen_verlopen_vooraf_advies(browser, server, site_dir):
    index = json.loads((site_dir / "keuzehulp/vooraf/index.json").read_text())
    tot = dt.date.fromisoformat(index["geldig_tot"])
    sleutel = next(iter(index["uitkomsten"]))
    antwoorden = dict(deel.split("=") for deel in sleutel.split("&"))
    antwoorden = {vraag: waarde.split("-")[0] for vraag, waarde in antwoorden.items()}  # a band by its lowest number
    vraag = """async ([antwoorden, basis]) => {
        const { voorafAdvies } = await import(basis + "assets/js/keuzehulp-vooraf.js");
        const uitkomst = await voorafAdvies(antwoorden, basis);
        return uitkomst === null ? null : Object.keys(uitkomst).length;
    }"""
    for klok, verwacht_iets in ((dt.datetime.combine(tot, dt.time(12, 0)), True),
                                (dt.datetime.combine(tot + dt.timedelta(days=1), dt.time(0, 5)), False)):
        context, page = _pagina(browser, klok)
        page.goto(server + "keuzehulp/")
        resultaat = page.evaluate(vraag, [antwoorden, server])
        assert (resultaat is not None) is verwacht_iets, (klok, resultaat)
        context.close()


@pytest.mark.parametrize("pad", ["", "stappen/subsidie/"])
def test_inhoudspagina_met_termijnen_waarschuwt_na_de_laatste_geldige_dag(browser, server, pad):
    """A content page whose sentences depend on the day (a deadline passed or to come): silent
    until its last valid day, a visible warning under the title after it."""
    context, page = _pagina(browser, None)
    page.goto(server + pad)
    tot = dt.date.fromisoformat(page.locator(".igs-stand").get_attribute("data-geldig-tot"))
    context.close()
    context, page = _pagina(browser, dt.datetime.combine(tot, dt.time(21)))  # the last valid day
    page.goto(server + pad)
    page.wait_for_selector(".igs-stand[data-geldig-nagekeken]", state="attached")
    assert page.locator(".igs-stand .igs-verlopen").is_hidden()
    context.close()
    context, page = _pagina(browser, dt.datetime.combine(tot + dt.timedelta(days=1), dt.time(9)))
    page.goto(server + pad)
    melding = page.locator(".igs-stand[data-verlopen] .igs-verlopen")
    melding.wait_for()
    assert "verouderd" in melding.inner_text() and tot.strftime("%Y") in melding.inner_text()
    assert axe_schendingen(page) == []
    context.close()
