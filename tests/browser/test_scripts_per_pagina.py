"""Which scripts a page loads: the keuzehulp and the template form bring their own module script
(and with it the Python runtime) only to pages that have them; the scripts on every page are
deferred, so none holds up the first paint. Instant navigation still activates a widget on a
page that had none of its scripts."""

from __future__ import annotations

import re

import pytest

from browserhulp import instant_navigatie_toestaan
from sitepagina import inhoudspaginas

# Modules behind the keuzehulp and the template form: no page without them loads any of these.
WIDGETMODULES = ("keuzehulp.js", "sjablonen.js", "igs-python.js", "keuzehulp-vooraf.js",
                 "gemeentekiezer.js", "kaart.js", "python-worker.js")
SCRIPT = re.compile(r"<script\b([^>]*)>")


def _bestandsnaam(url: str) -> str:
    return url.split("?")[0].rsplit("/", 1)[-1]


def test_pagina_zonder_widget_laadt_geen_widgetmodules(browser, server):
    context = browser.new_context()
    page = context.new_page()
    verzoeken = []
    page.on("request", lambda r: verzoeken.append(_bestandsnaam(r.url)))
    for pad in ("", "stappen/verkennen/", "onderzoek/landschap/"):
        page.goto(server + pad, wait_until="networkidle")
    geladen = sorted(set(verzoeken) & set(WIDGETMODULES))
    assert not geladen, f"pagina's zonder keuzehulp of invulformulier laadden {geladen}"
    # The scripts on every page still arrive (a control that cannot pass without them).
    assert "checklist.js" in verzoeken and "tabel.js" in verzoeken
    context.close()


def test_scripts_op_elke_pagina_houden_de_eerste_weergave_niet_op(site_dir):
    """Every <script src> of ours is deferred or a module (modules are deferred by default)."""
    for pad in inhoudspaginas(site_dir):
        for attributen in SCRIPT.findall(pad.read_text(encoding="utf-8")):
            bron = re.search(r'src="([^"]+)"', attributen)
            if not bron or "/assets/js/" not in "/" + bron.group(1).lstrip("./"):
                continue
            assert re.search(r"\bdefer\b|type=\"module\"", attributen), f"{pad}: <script{attributen}>"
            # A module script is deferred, but fetched at high priority by default: ours are not
            # needed for the first paint (the form is HTML), so they ask for low priority.
            if 'type="module"' in attributen:
                assert 'fetchpriority="low"' in attributen, f"{pad}: <script{attributen}>"


def test_bundel_van_material_is_uitgesteld(site_dir):
    """mkdocs-material's bundle is deferred (igs_site.controle.material_bundel), once per page,
    after its configuration; the scripts of extra_javascript come after it (they use document$)."""
    for pad in [*inhoudspaginas(site_dir), site_dir / "404.html"]:
        html = pad.read_text(encoding="utf-8")
        bundels = [a for a in SCRIPT.findall(html) if "assets/javascripts/bundle." in a]
        assert len(bundels) == 1 and re.search(r"\bdefer\b", bundels[0]), f"{pad}: {bundels}"
        bundel = html.index("assets/javascripts/bundle.")
        assert html.index('id="__config"') < bundel < html.index("assets/js/checklist.js"), pad


def _keuzehulp_klaar(page, timeout):
    page.wait_for_selector(".kh-widget[data-actief=ja][data-python=klaar]", timeout=timeout)


def _keuzehulp_kiest_overleg(page):
    for keuze in ("#kh-doel-afstemmen", "#kh-subsidie-nee", "#kh-personeel-geen"):
        page.check(keuze)
    page.wait_for_function(
        "document.querySelector('.kh-resultaat [data-aanbevolen]')?.dataset.aanbevolen === 'overleg'", timeout=10_000)


def _invulformulier_klaar(page, timeout):
    page.wait_for_selector("form.igs-sjabloonformulier[data-actief=ja]", timeout=timeout)
    page.wait_for_function("!document.querySelector('button[data-formaat=odt]').disabled", timeout=timeout)


# widget: (its page, ready within the timeout, a check that it works)
TERUG = {
    "keuzehulp": ("keuzehulp/", _keuzehulp_klaar, _keuzehulp_kiest_overleg),
    "invulformulier": ("sjablonen/engagementsverklaring/", _invulformulier_klaar, lambda page: None),
}


@pytest.mark.parametrize("widget", TERUG)
def test_terug_naar_de_widget_na_instant_navigatie(browser, server, site_dir, widget):
    """Loaded on its own page, the widget module runs before mkdocs-material's deferred bundle.
    Away and back by instant navigation, the new widget still works: the module follows
    document$ from DOMContentLoaded on."""
    pad, klaar, werkt = TERUG[widget]
    context = browser.new_context()
    page = context.new_page()
    instant_navigatie_toestaan(page, server, site_dir)
    page.goto(server + pad)
    klaar(page, 90_000)  # Python starts
    page.evaluate("window.__zelfdePagina = true")
    page.locator('.md-nav a[href$="stappen/"]').first.click()
    page.wait_for_url(re.compile(r"/stappen/$"))
    page.locator(f'.md-nav a[href$="{pad}"]').first.click()
    klaar(page, 10_000)  # the same runtime, a new widget
    werkt(page)
    assert page.evaluate("window.__zelfdePagina === true"), "geen instant navigatie: de pagina herlaadde"
    context.close()


# Listeners on what outlives a page: Python's status (igs-python.js, one runtime per page) and
# the clean-ups lib/pagina.js keeps for activated elements.
LUISTERAARS = """async (server) => [
    (await import(server + 'assets/js/igs-python.js')).aantalLuisteraars(),
    window.igsPagina ? window.igsPagina.aantalActief() : null,
]"""


@pytest.mark.parametrize("widget", TERUG)
def test_heen_en_weer_stapelt_geen_luisteraars(browser, server, site_dir, widget):
    """A widget follows Python's status while it is on the page. Away and back by instant
    navigation, three times: still one listener and one clean-up, not one per visit (the old
    invulformulier left each form's listener behind)."""
    pad, klaar, _ = TERUG[widget]
    context = browser.new_context()
    page = context.new_page()
    instant_navigatie_toestaan(page, server, site_dir)
    page.goto(server + pad)
    klaar(page, 90_000)
    page.evaluate("window.__zelfdePagina = true")
    tellingen = [page.evaluate(LUISTERAARS, server)]
    for _ in range(3):
        page.locator('.md-nav a[href$="stappen/"]').first.click()
        page.wait_for_url(re.compile(r"/stappen/$"))
        page.locator(f'.md-nav a[href$="{pad}"]').first.click()
        klaar(page, 10_000)
        tellingen.append(page.evaluate(LUISTERAARS, server))
    assert page.evaluate("window.__zelfdePagina === true"), "geen instant navigatie: de pagina herlaadde"
    assert tellingen == [[1, 1]] * 4, tellingen
    context.close()


def test_widget_brengt_zijn_eigen_script_mee(site_dir):
    keuzehulp = (site_dir / "keuzehulp" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'data-keuzehulp[\s\S]*<script type="module" fetchpriority="low" src="\.\./assets/js/keuzehulp\.js">', keuzehulp)
    sjabloon = (site_dir / "sjablonen" / "engagementsverklaring" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'igs-sjabloonformulier[\s\S]*<script type="module" fetchpriority="low" src="\.\./\.\./assets/js/sjablonen\.js">',
                     sjabloon)
    assert "sjablonen.js" not in (site_dir / "index.html").read_text(encoding="utf-8")


def test_instant_navigatie_naar_het_invulformulier_activeert_het(browser, server, site_dir):
    """Home has none of the form's scripts; after an instant navigation the form works."""
    context = browser.new_context()
    page = context.new_page()
    instant_navigatie_toestaan(page, server, site_dir)
    page.goto(server, wait_until="networkidle")
    page.evaluate("window.__zelfdePagina = true")
    page.locator('.md-nav a[href$="sjablonen/engagementsverklaring/"]').first.click()
    page.wait_for_selector("form.igs-sjabloonformulier[data-actief=ja]", timeout=10_000)
    page.wait_for_function("!document.querySelector('button[data-formaat=odt]').disabled", timeout=90_000)
    assert page.evaluate("window.__zelfdePagina === true"), "geen instant navigatie: de pagina herlaadde"
    context.close()


def test_oembed_link_is_weg_in_de_browser(page, server):
    """The deferred script removes it before mkdocs-material looks for alternate links (it would
    fetch a sitemap next to each); oEmbed consumers still find it in the HTML."""
    sitemaps = []
    page.on("request", lambda r: sitemaps.append(r.url) if r.url.endswith("sitemap.xml") else None)
    page.goto(server + "keuzehulp/", wait_until="networkidle")
    assert page.locator('link[type="application/json+oembed"]').count() == 0
    assert sitemaps == [server + "sitemap.xml"], sitemaps
