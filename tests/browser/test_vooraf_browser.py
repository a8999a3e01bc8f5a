"""A shared link answers at first paint: the advice the build computed, before Python runs."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from browserhulp import PaginaWacht, axe_schendingen

PYTHON_TIMEOUT = 90_000
ADVIES = ".kh-resultaat [data-aanbevolen]"


def _url(sleutel: str) -> str:
    return urlencode(dict(deel.split("=") for deel in sleutel.split("&")))


def _niet_gedekt(index, sleutel: str) -> tuple[str, str, str]:
    """One answer of `sleutel` changed so that the build has no advice for the set."""
    delen = dict(deel.split("=") for deel in sleutel.split("&"))
    for vraag_id, patronen in index["vragen"]:
        if vraag_id not in delen:
            continue
        for waarde, _ in patronen:
            kandidaat = "&".join(f"{v}={waarde if v == vraag_id else w}" for v, w in delen.items())
            if kandidaat not in index["uitkomsten"]:
                return vraag_id, waarde, delen[vraag_id]
    raise AssertionError("elke wijziging is gedekt")


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
    bestand = index["uitkomsten"][anders]
    verwacht = json.loads((page.context.request.get(server + "keuzehulp/vooraf/" + bestand)).text())
    page.wait_for_function(
        "(a) => document.querySelector('.kh-widget').dataset.aanbevolen === a", arg=verwacht["aanbevolen"])
    # ... and an answer set the build did not cover shows no stale advice, but the loading state.
    vraag_nu, waarde_nu, terug = _niet_gedekt(index, anders)
    page.check(f"#kh-{vraag_nu}-{waarde_nu}")
    page.wait_for_selector(".kh-resultaat", state="hidden")
    assert page.locator("div.kh-status").is_visible()
    page.check(f"#kh-{vraag_nu}-{terug}")
    page.wait_for_function(
        "(a) => document.querySelector('.kh-widget').dataset.aanbevolen === a", arg=verwacht["aanbevolen"])
    vooraf_html = page.locator(".kh-resultaat").inner_html()

    assert vastgehouden, "de runtime werd niet opgevraagd"
    for route in vastgehouden:
        route.continue_()
    page.wait_for_selector(".kh-widget[data-python=klaar]", timeout=PYTHON_TIMEOUT)
    page.wait_for_function("document.querySelector('.kh-aankondiging').textContent !== ''")
    assert page.locator(ADVIES).first.get_attribute("data-aanbevolen") == verwacht["aanbevolen"]
    assert page.locator(".kh-resultaat").inner_html() == vooraf_html  # Python: the same output
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
    page.wait_for_timeout(500)
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
