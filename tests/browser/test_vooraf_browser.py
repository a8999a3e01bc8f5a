"""A shared link answers at first paint: the advice the build computed, before Python runs."""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode

import pytest

from browserhulp import PaginaWacht, axe_schendingen

PYTHON_TIMEOUT = 90_000
ADVIES = ".kh-resultaat [data-aanbevolen]"
# Set by keuzehulp.js once it has decided that the build has no advice for these answers.
NIETS_VOORAF = "[data-keuzehulp][data-vooraf=nee]"


def _url(sleutel: str) -> str:
    """A link for a key; a number's band ("85000-10000000") as its lowest number."""
    return urlencode({vraag: waarde.split("-")[0] for vraag, waarde in (deel.split("=") for deel in sleutel.split("&"))})


def _zonder_knopstaat(html: str) -> str:
    """The advice without the state the widget gives the nota buttons (aria-disabled until Python)."""
    return re.sub(r' aria-disabled="(true|false)"', "", html)


@pytest.fixture(scope="module")
def index(site_dir):
    return json.loads((site_dir / "keuzehulp/vooraf/index.json").read_text())


def test_gedeelde_link_toont_advies_voordat_python_er_is(browser, server, index):
    sleutels = list(index["uitkomsten"])
    sleutel = sleutels[0]
    context = browser.new_context()
    page = context.new_page()
    wacht = PaginaWacht(page)
    vastgehouden = []
    page.route("**/*.wasm", lambda route: vastgehouden.append(route))
    page.goto(server + "keuzehulp/?" + _url(sleutel))
    page.wait_for_selector(ADVIES)
    vooraf = page.locator(ADVIES).first.get_attribute("data-aanbevolen")
    assert vooraf
    # No loading state where the answer is known, and Python is not there yet.
    assert page.locator("div.kh-status").is_hidden()
    assert page.locator(".kh-widget[data-python=klaar]").count() == 0
    assert axe_schendingen(page) == []

    # An answer changed before Python is ready: the advice follows (another complete set) ...
    anders = next(s for s in sleutels if s.rsplit("&", 1)[0] == sleutel.rsplit("&", 1)[0] and s != sleutel)
    vraag_id, waarde = anders.rsplit("&", 1)[1].split("=")
    page.check(f"#kh-{vraag_id}-{waarde}")
    page.wait_for_function(f"location.search.includes('{vraag_id}={waarde}')")
    bestand = index["uitkomsten"][anders][0]
    verwacht = json.loads((page.context.request.get(server + "keuzehulp/vooraf/" + bestand)).text())
    page.wait_for_function(
        "(a) => document.querySelector('.kh-widget').dataset.aanbevolen === a", arg=verwacht["aanbevolen"])
    # ... and an answer the build did not cover (a number it cannot read) shows no stale advice,
    # but the loading state; the answer put back brings the advice back.
    terug = page.locator("#kh-inwoners").input_value()
    page.fill("#kh-inwoners", "veel")
    page.wait_for_selector(".kh-resultaat", state="hidden")
    assert page.locator("div.kh-status").is_visible()
    page.fill("#kh-inwoners", terug)
    page.wait_for_selector(".kh-resultaat", state="visible")
    page.wait_for_function(
        "(a) => document.querySelector('.kh-widget').dataset.aanbevolen === a", arg=verwacht["aanbevolen"])
    vooraf_html = _zonder_knopstaat(page.locator(".kh-resultaat").inner_html())

    assert vastgehouden, "de runtime werd niet opgevraagd"
    for route in vastgehouden:
        route.continue_()
    page.wait_for_selector(".kh-widget[data-python=klaar]", timeout=PYTHON_TIMEOUT)
    page.wait_for_function("document.querySelector('.kh-aankondiging').textContent !== ''")
    assert page.locator(ADVIES).first.get_attribute("data-aanbevolen") == verwacht["aanbevolen"]
    # Python: the same output (only the nota buttons now work: aria-disabled false)
    assert _zonder_knopstaat(page.locator(".kh-resultaat").inner_html()) == vooraf_html
    assert axe_schendingen(page) == []
    assert wacht.js_fouten == [] and wacht.externe_verzoeken == []
    context.close()


def test_link_met_onbekende_parameter_wacht_op_python(browser, server, index):
    sleutel = next(iter(index["uitkomsten"]))
    context = browser.new_context()
    page = context.new_page()
    page.route("**/*.wasm", lambda route: None)
    page.goto(server + "keuzehulp/?" + _url(sleutel) + "&kleur=blauw")
    page.wait_for_selector("div.kh-status:not([hidden])")
    page.wait_for_selector(NIETS_VOORAF, state="attached")  # the widget decided: nothing early
    assert page.locator(ADVIES).count() == 0
    context.close()


def test_zonder_webassembly_blijft_het_vooraf_berekende_advies_met_de_melding(browser, site_dir, index):
    """Where WebAssembly is blocked, a covered link still shows its advice; the message says
    why the keuzehulp cannot follow new answers, and offers the path without scripts."""
    from webserver import met_headers, serve

    csp = {"Content-Security-Policy": "script-src 'self' 'unsafe-inline'"}
    with serve(site_dir, handler=met_headers(("*", csp))) as base:
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "keuzehulp/?" + _url(next(iter(index["uitkomsten"]))))
        page.wait_for_selector(".kh-status--fout", timeout=20_000)
        page.wait_for_selector(ADVIES)
        assert page.locator("div.kh-status").is_visible()
        assert "WebAssembly" in page.locator("div.kh-status").inner_text()
        assert page.locator(".kh-status-uitweg a").is_visible()
        assert axe_schendingen(page) == []
        context.close()


def test_link_met_aantallen_toont_het_advies_per_band_en_python_vult_de_getallen_in(browser, server, index):
    """A link as the widget writes it: numbers, and answers to questions that do not apply.
    Before Python: the advice with the band, no number the reader did not give, no loading state.
    Then Python: the same recommendation, with the reader's number and the amount."""
    link = ("doel=regiowerking&subsidie=ja&ronde_2027=aangevraagd&bestond_bij_indiening=ja&inwoners=120000"
            "&gemeenten=8&referentieregio=een&erkend=nee&personeel=eigen&partners=gemeenten&looptijd=structureel"
            "&bestaande_dv=nee")
    context = browser.new_context()
    page = context.new_page()
    wacht = PaginaWacht(page)
    vastgehouden = []
    page.route("**/*.wasm", lambda route: vastgehouden.append(route))
    vooraf_verzoeken = []
    page.on("request", lambda r: "/keuzehulp/vooraf/" in r.url and vooraf_verzoeken.append(r.url))
    page.goto(server + "keuzehulp/?" + link)
    page.wait_for_selector(ADVIES)
    # Started from <head> (keuzehulp-vooraf-start.js), asked again by the widget: each file once.
    assert page.locator('head script[src$="keuzehulp-vooraf-start.js"][async]').count() == 1
    assert len(vooraf_verzoeken) == len(set(vooraf_verzoeken)) == 3, vooraf_verzoeken  # index, advice, table
    vooraf = page.locator(ADVIES).first.get_attribute("data-aanbevolen")
    tekst = page.locator(".kh-resultaat").text_content()  # closed details included
    assert "85.000 of meer" in tekst
    assert "120.000" not in tekst and "108.000" not in tekst  # no amount from a band
    assert page.locator("div.kh-status").is_hidden()
    assert page.locator(".kh-widget[data-python=klaar]").count() == 0
    assert page.locator("#kh-inwoners").input_value() == "120000"  # the reader's answer stays
    assert axe_schendingen(page) == []
    page.click(".kh-uitklap-subsidie summary")  # the reader opens the conditions

    assert vastgehouden, "de runtime werd niet opgevraagd"
    for route in vastgehouden:
        route.continue_()
    page.wait_for_selector(".kh-widget[data-python=klaar]", timeout=PYTHON_TIMEOUT)
    page.wait_for_function("document.querySelector('.kh-resultaat').textContent.includes('120.000')")
    assert page.locator(ADVIES).first.get_attribute("data-aanbevolen") == vooraf
    assert "108.000 euro" in page.locator(".kh-resultaat").text_content()
    assert page.locator(".kh-uitklap-subsidie").get_attribute("open") is not None  # still open
    assert axe_schendingen(page) == []
    assert wacht.js_fouten == [] and wacht.externe_verzoeken == []
    context.close()


def test_link_met_ongeldig_aantal_wacht_op_python(browser, server):
    """A number the engine does not accept (here: too few municipalities) gets no early advice."""
    context = browser.new_context()
    page = context.new_page()
    page.route("**/*.wasm", lambda route: None)
    page.goto(server + "keuzehulp/?doel=regiowerking&subsidie=ja&ronde_2027=nee&inwoners=40000&erkend=ja"
              "&gemeenten=1&aangrenzend=ja&personeel=eigen&partners=gemeenten&referentieregio=een"
              "&looptijd=structureel&bestaande_dv=nee")
    page.wait_for_selector("div.kh-status:not([hidden])")
    page.wait_for_selector(NIETS_VOORAF, state="attached")  # the widget decided: nothing early
    assert page.locator(ADVIES).count() == 0
    context.close()
