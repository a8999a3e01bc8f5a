"""The offline zip: the site read from disk (file://) in headless Chromium."""

from __future__ import annotations

import zipfile

import pytest


def test_zip_zonder_python_runtime_met_lokale_shim(offline_map):
    assert (offline_map / "index.html").exists()
    assert (offline_map / "search" / "search_index.js").exists(), "zoekindex niet ingebed (offline-plugin)"
    assert (offline_map / "assets/vendor/iframe-worker/shim.js").exists()
    assert not (offline_map / "assets/pyodide").exists()
    assert not (offline_map / "assets/wheels").exists()
    index = (offline_map / "index.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in index and "navigation.instant" not in index


def test_zip_is_reproduceerbaar(tmp_path):
    from tools.offline.offlinesite import zip_map

    bron = tmp_path / "bron"
    (bron / "a").mkdir(parents=True)
    (bron / "a" / "b.txt").write_text("b")
    (bron / "c.txt").write_text("c")
    zip_map(bron, tmp_path / "1.zip")
    (bron / "c.txt").touch()
    zip_map(bron, tmp_path / "2.zip")
    assert (tmp_path / "1.zip").read_bytes() == (tmp_path / "2.zip").read_bytes()
    assert zipfile.ZipFile(tmp_path / "1.zip").namelist() == ["igs-cultuur/a/b.txt", "igs-cultuur/c.txt"]


def test_zoeken_werkt_vanaf_schijf(page, offline_map):
    page.goto((offline_map / "index.html").as_uri())
    zoekveld = page.locator("input.md-search__input")
    zoekveld.click()
    zoekveld.press_sequentially("samenwerking", delay=20)  # Material listens to key events
    resultaat = page.locator(".md-search-result__item").first
    resultaat.wait_for(state="visible", timeout=15_000)
    assert page.locator(".md-search-result__item").count() > 0
    assert not page.wacht.externe_verzoeken, page.wacht.externe_verzoeken


def test_keuzehulp_zegt_dat_interactief_de_website_nodig_heeft(page, offline_map):
    page.goto((offline_map / "keuzehulp" / "index.html").as_uri())
    # The offline build renders a notice instead of the interactive form (no script needed).
    assert page.locator("form.kh-vragen").count() == 0
    melding = page.get_by_text("werkt alleen op de website")
    melding.first.wait_for(state="visible", timeout=5_000)
    assert page.locator('a[href*="pad/"]:visible').count() > 0, "geen zichtbare link naar het stille pad"
    assert not page.wacht.externe_verzoeken, page.wacht.externe_verzoeken


def test_stil_pad_van_de_keuzehulp_werkt_vanaf_schijf(page, offline_map):
    page.goto((offline_map / "keuzehulp" / "index.html").as_uri())
    page.locator('a[href*="pad/"]:visible').first.click()
    for _ in range(20):
        if page.locator("[data-aanbevolen]").count():
            break
        assert page.url.startswith("file://") and "/keuzehulp/pad/" in page.url, page.url
        page.locator("a.kh-pad-optie").first.click()
    else:
        pytest.fail(f"na 20 keuzes nog geen advies: {page.url}")
    assert page.locator("[data-aanbevolen]").first.is_visible()
    assert not page.wacht.externe_verzoeken, page.wacht.externe_verzoeken


def test_klassieke_scripts_werken_vanaf_schijf(page, offline_map):
    """checklist.js and tabel.js run from file:// with the lifecycle helper they share
    (assets/js/lib/pagina.js, a classic script for that reason): tick boxes, sort buttons."""
    stap = next(p for p in sorted((offline_map / "stappen").glob("*.html"))
                if 'class="igs-checklist' in p.read_text(encoding="utf-8"))
    page.goto(stap.as_uri())
    page.wait_for_selector("ul.igs-checklist.igs-actief[data-actief=ja] input[type=checkbox]", timeout=5_000)
    page.goto((offline_map / "onderzoek" / "landschap.html").as_uri())
    page.wait_for_selector("table[data-sorteerbaar][data-actief=ja] button.igs-sorteerknop", timeout=5_000)
    assert not page.wacht.js_fouten, page.wacht.js_fouten
    assert not page.wacht.externe_verzoeken, page.wacht.externe_verzoeken


@pytest.mark.parametrize("sjabloon", ["engagementsverklaring", "gemeenteraadsbeslissing"])
def test_invulformulier_vanaf_schijf_zegt_dat_het_de_website_vraagt(page, offline_map, sjabloon):
    """Filling in needs the website (Python in the browser, a module script): the offline copy
    shows no form that cannot work, but says so plainly, links the page on the website and the
    blank templates, which work offline."""
    pad = offline_map / "sjablonen" / f"{sjabloon}.html"
    assert 'type="module"' not in pad.read_text(encoding="utf-8")
    page.goto(pad.as_uri())
    assert page.locator("form.igs-sjabloonformulier").count() == 0
    melding = page.locator(".admonition", has_text="werkt alleen op de website")
    assert melding.is_visible()
    assert melding.locator(f'a[href$="/sjablonen/{sjabloon}/#vul-in"]').count() == 1
    for formaat in ("odt", "docx"):
        href = melding.locator(f'a[href$=".{formaat}"]').get_attribute("href")
        assert (pad.parent / href).is_file(), href
    assert not page.wacht.js_fouten, page.wacht.js_fouten
