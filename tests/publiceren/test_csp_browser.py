"""Headless Chromium against real nginx with the generated headers: no
Content-Security-Policy violation on any page type, in the page, its frames
and its workers (Pyodide in a Web Worker, Material's search worker)."""

from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browserhulp import PaginaWacht
from webserver import serve

ROOT = Path(__file__).resolve().parents[2]

TIJD = 90_000  # ms: Pyodide boots slowly on a shared machine

# Recorded in every frame (init scripts run in iframes too).
MELD_SCHENDINGEN = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(
  `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
"""

ADVIES = "doel=regiowerking&subsidie=ja&inwoners=120000&erkend=nee&gemeenten=8"


class CspWacht(PaginaWacht):
    """Also collects CSP reports from the console (workers log them there)."""

    def __init__(self, page):
        super().__init__(page)
        self.csp_console: list[str] = []
        page.on("console", lambda b: self.csp_console.append(b.text)
                if "Content Security Policy" in b.text or "Content-Security-Policy" in b.text else None)

    def schendingen(self, page) -> list[str]:
        uit = list(self.csp_console)
        for frame in page.frames:
            with contextlib.suppress(Exception):  # a frame that navigated away
                uit += frame.evaluate("window.__csp || []")
        return uit


@pytest.fixture
def pagina(browser):
    context = browser.new_context(locale="nl-BE", accept_downloads=True, viewport={"width": 1280, "height": 900})
    context.add_init_script(MELD_SCHENDINGEN)
    page = context.new_page()
    page.wacht = CspWacht(page)
    yield page
    context.close()


def _eerste(site_dir: Path, map_: str) -> str:
    return sorted(p.name for p in (site_dir / map_).iterdir() if p.is_dir())[0]


def _controleer(page):
    schendingen = page.wacht.schendingen(page)
    assert schendingen == [], schendingen
    assert page.wacht.externe_verzoeken == [], page.wacht.externe_verzoeken
    assert page.wacht.js_fouten == [], page.wacht.js_fouten


@pytest.mark.parametrize("soort", ["home", "stap", "case", "statisch pad", "juridische vorm", "zoeken"])
def test_geen_csp_schendingen_op_paginas(pagina, nginx, site_dir, soort):
    pad = {
        "home": "",
        "stap": f"stappen/{_eerste(site_dir, 'stappen')}/",
        "case": f"cases/{_eerste(site_dir, 'cases')}/",
        "statisch pad": "keuzehulp/pad/afstemmen/",
        "juridische vorm": "juridische-vormen/",
        "zoeken": "",
    }[soort]
    antwoord = pagina.goto(nginx + pad)
    assert antwoord.status == 200 and "content-security-policy" in antwoord.headers
    pagina.wait_for_load_state("networkidle")
    if soort == "zoeken":  # Material's search runs in a worker
        pagina.locator("input.md-search__input").click()
        pagina.locator("input.md-search__input").press_sequentially("projectvereniging", delay=30)
        pagina.locator(".md-search-result__item").first.wait_for(timeout=30_000)
    if soort == "stap":  # instant navigation (XHR) to another page
        pagina.locator("a.md-footer__link--next").click()
        pagina.wait_for_load_state("networkidle")
    _controleer(pagina)


def test_keuzehulp_met_advies_zonder_csp_schendingen(pagina, nginx):
    pagina.goto(f"{nginx}keuzehulp/?{ADVIES}")
    pagina.locator(".kh-widget[data-python=klaar]").wait_for(state="attached", timeout=TIJD)
    pagina.locator(".kh-resultaat [data-aanbevolen]").first.wait_for(state="attached", timeout=TIJD)
    _controleer(pagina)


def test_sjabloon_downloaden_zonder_csp_schendingen(pagina, nginx, tmp_path):
    pagina.goto(nginx + "sjablonen/engagementsverklaring/")
    with pagina.expect_download() as vast:  # the ready-made file
        pagina.locator("a[download$='.docx']").first.click()
    assert vast.value.suggested_filename.endswith(".docx")
    knop = pagina.locator("button[data-formaat=odt]")
    # A locator, not wait_for_function: that evaluates a string, which the CSP forbids.
    expect(knop).to_be_enabled(timeout=TIJD)
    formulier = "form.igs-sjabloonformulier"
    velden = pagina.locator(f"{formulier} textarea[name], {formulier} input[name]:not([type=hidden])")
    for i in range(velden.count()):
        velden.nth(i).fill(f"Waarde {i}")
    # Filled in by Python from the chosen municipalities (left empty here).
    for veld in ("inwoners", "inwoners_bron", "referentieregio"):
        pagina.fill(f"#igs-veld-engagementsverklaring-{veld}", "")
    kiezer = pagina.locator(f"{formulier} [data-gemeentekiezer] [role=combobox]")
    for naam in ("Hemiksem", "Schelle"):  # the municipality picker, by keyboard
        kiezer.fill(naam)
        pagina.keyboard.press("ArrowDown")
        pagina.keyboard.press("Enter")
    with pagina.expect_download() as ingevuld:  # made by Python in the browser
        knop.click()
    assert ingevuld.value.suggested_filename.endswith(".odt")
    _controleer(pagina)


def test_donkere_embed_op_een_andere_herkomst_groeit_zonder_csp_schendingen(pagina, nginx, site_dir, tmp_path):
    """The dark embed in a page on 127.0.0.2, with the snippet from the Insluiten page."""
    bron = (site_dir / "over" / "insluiten" / "index.html")
    if not bron.exists():
        bron = next(p for p in site_dir.rglob("index.html") if "data-snippet" in p.read_text(encoding="utf-8"))
    tekst = bron.read_text(encoding="utf-8")
    snippet = re.search(r"<(\w+)[^>]*\sdata-snippet(?:=\"[^\"]*\")?[^>]*>(.*?)</\1>", tekst, re.S).group(2)
    import html

    snippet = html.unescape(re.sub(r"<[^>]+>", "", snippet))
    root = re.search(r'<script src="([^"]+)assets/js/insluiten\.js"', snippet).group(1)
    snippet = snippet.replace(root, nginx)
    snippet = re.sub(r'(<iframe src="[^"]*embed/keuzehulp/)', r"\1?thema=donker&amp;" + ADVIES.replace("&", "&amp;"),
                     snippet, count=1)
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
        f"<title>Gemeente Testdorp</title></head><body><main><h1>Cultuur</h1>{snippet}</main></body></html>",
        encoding="utf-8")
    with serve(tmp_path, "127.0.0.2", 0) as ouder:
        pagina.goto(ouder)
        iframe = pagina.locator("iframe[data-igs-insluiten]")
        begin = iframe.evaluate("e => e.getBoundingClientRect().height")
        frame = iframe.element_handle().content_frame()
        frame.locator(".kh-resultaat [data-aanbevolen]").first.wait_for(state="attached", timeout=TIJD)
        assert frame.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        einde = time.monotonic() + 20
        while time.monotonic() < einde:
            hoogte = iframe.evaluate("e => e.getBoundingClientRect().height")
            inhoud = frame.evaluate("document.documentElement.getBoundingClientRect().height")
            if hoogte > begin and abs(hoogte - inhoud) <= 2:
                break
            time.sleep(0.3)
        assert hoogte > begin and abs(hoogte - inhoud) <= 2, (begin, hoogte, inhoud)
        pagina.screenshot(path=str(ROOT / "build" / "nginx" / "embed-donker.png"))
        _controleer(pagina)
