"""Odd input in the keuzehulp (served by nginx, under the CSP): a number of 5.000
digits and a URL full of unknown parameters give a short Dutch message, never a
traceback or error box; a corrected answer leaves no stale message."""

from __future__ import annotations

from playwright.sync_api import expect
from test_csp_browser import TIJD, _controleer, pagina  # noqa: F401  (fixture)

GROOT = "9" * 5000


def _klaar(pagina):
    pagina.locator(".kh-widget[data-python=klaar]").wait_for(state="attached", timeout=TIJD)


def test_getal_van_5000_cijfers_in_het_formulier_en_daarna_verbeterd(pagina, nginx):
    pagina.goto(nginx + "keuzehulp/?doel=regiowerking&subsidie=ja")
    _klaar(pagina)
    meldingen = pagina.locator(".kh-meldingen")
    pagina.locator("#kh-inwoners").fill(GROOT)
    expect(meldingen).to_be_visible(timeout=30_000)
    tekst = meldingen.inner_text()
    assert "buiten het bereik" in tekst and "Traceback" not in tekst and len(tekst) < 400, tekst[:500]
    assert pagina.locator(".kh-status--fout").count() == 0
    pagina.locator("#kh-inwoners").fill("120.000")
    expect(meldingen).to_be_hidden(timeout=30_000)
    assert pagina.locator(".kh-status--fout").count() == 0
    _controleer(pagina)


def test_url_met_groot_getal_en_honderden_onbekende_parameters(pagina, nginx):
    onbekend = "&".join(f"veld{i}=x" for i in range(300))
    pagina.goto(f"{nginx}keuzehulp/?inwoners={GROOT}&{onbekend}")
    _klaar(pagina)
    meldingen = pagina.locator(".kh-meldingen li")
    expect(meldingen.first).to_be_visible(timeout=30_000)
    teksten = meldingen.all_inner_texts()
    assert len(teksten) == 11, len(teksten)
    assert teksten[-1] == "\u2026 en nog 291 meldingen."
    assert any("buiten het bereik" in t for t in teksten)
    assert all(len(t) < 400 for t in teksten)
    _controleer(pagina)
