"""Embedding in a real WordPress (Debian's package): the block theme Twenty
Twenty-Three and the classic theme Twenty Twenty-One.

WordPress and MariaDB run on loopback for these tests (tests/wordpresshulp.py):
WordPress on 127.0.0.2, our built site on 127.0.0.1, served as it would be on
its own domain (the public site URL in pages and oEmbed files becomes the test
server's). The ways a web editor embeds the keuzehulp, at 1280 and 390 px:
1. our snippet in a Custom HTML block (administrator or editor), or in the
   classic editor (the post's HTML as typed, wpautop at display), in both themes;
   Twenty Twenty-One stretches `.entry-content > iframe[style]` and its
   responsive-embeds.js caps max-height on load and on every resize;
2. only the keuzehulp's address in a post (oEmbed): WordPress puts our iframe
   in a sandbox (opaque origin), where the keuzehulp is its static path.
Screenshots go to test-results/wordpress/.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from test_insluiten import ANTWOORDEN, IFRAME, TIJD, VASTE_HOOGTE, site_root_van, snippet_uit_site, wacht_tot

from browserhulp import PaginaWacht
from headersregels import headers_voor, lees
from webserver import StilleHandler
from wordpresshulp import PAKKETTEN, THEMAS, ontbrekend, wordpress

ROOT = Path(__file__).resolve().parents[2]
SCHERMEN = ROOT / "test-results" / "wordpress"
BREEDTES = [1280, 390]
TEKSTEN = (".html", ".json", ".xml", ".txt")

if ontbrekend() and os.geteuid() != 0:
    pytest.skip(
        "WordPress-tests overgeslagen: niet root en ontbrekend: " + ", ".join(ontbrekend())
        + ". Installeer als root: apt-get install " + " ".join(PAKKETTEN),
        allow_module_level=True,
    )


class OpEigenDomeinHandler(StilleHandler):
    """Serves the built site with its public URL replaced by this server's own, and
    with the headers of the build's site/_headers as a static host applies them."""

    publiek = b""
    lokaal = b""
    regels: list = []

    def end_headers(self):
        for naam, waarde in headers_voor(self.regels, urlsplit(self.path).path).items():
            self.send_header(naam, waarde)
        super().end_headers()

    def send_head(self):
        pad = Path(self.translate_path(self.path))
        if pad.is_dir():
            pad = pad / "index.html"
        if pad.suffix not in TEKSTEN or not pad.is_file():
            return super().send_head()
        import io

        inhoud = pad.read_bytes().replace(self.publiek, self.lokaal)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(pad)))
        self.send_header("Content-Length", str(len(inhoud)))
        self.end_headers()
        return io.BytesIO(inhoud)


@pytest.fixture(scope="module")
def publieke_root(site_dir) -> str:
    return site_root_van(snippet_uit_site(site_dir))


@pytest.fixture(scope="module")
def onze_site(site_dir, publieke_root):
    """Our site on 127.0.0.1, as if on its own domain."""
    handler = type("Handler", (OpEigenDomeinHandler,), {})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site_dir)))
    lokaal = f"http://127.0.0.1:{httpd.server_address[1]}/"
    handler.publiek, handler.lokaal = publieke_root.encode(), lokaal.encode()
    headers = site_dir / "_headers"
    handler.regels = lees(headers) if headers.exists() else []
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield lokaal
    httpd.shutdown()
    httpd.server_close()


def embed_blok(url: str) -> str:
    """What the block editor saves when an editor pastes an address on its own line."""
    return (
        f'<!-- wp:embed {{"url":"{url}","type":"rich","providerNameSlug":"igs-cultuur"}} -->\n'
        '<figure class="wp-block-embed is-type-rich is-provider-igs-cultuur wp-block-embed-igs-cultuur">'
        f'<div class="wp-block-embed__wrapper">\n{url}\n</div></figure>\n<!-- /wp:embed -->'
    )


@pytest.fixture(scope="module")
def wp(onze_site, site_dir):
    poort = int(onze_site.rsplit(":", 1)[1].strip("/"))
    snippet = snippet_uit_site(site_dir).replace(site_root_van(snippet_uit_site(site_dir)), onze_site)
    # As the builder makes it: answers in the iframe's address.
    snippet = snippet.replace('embed/keuzehulp/"', "embed/keuzehulp/?" + ANTWOORDEN.replace("&", "&amp;") + '"', 1)
    tekst = ('<!-- wp:paragraph -->\n<p class="igs-test-tekst">Welke vorm past bij onze samenwerking? '
             "Probeer de keuzehulp.</p>\n<!-- /wp:paragraph -->\n\n")
    html_blok = f"<!-- wp:html -->\n{snippet}\n<!-- /wp:html -->"
    with wordpress(poort) as wp_:
        wp_.pagina = {}
        for sleutel, bericht in zip(
            ["snippet", "adres", "snippet-auteur", "klassiek"],
            wp_.berichten([
                {"soort": "page", "titel": "Cultuur in de regio", "inhoud": tekst + html_blok,
                 "auteur": "beheerder", "rol": "administrator"},
                {"soort": "post", "titel": "Keuzehulp", "inhoud": tekst + embed_blok(f"{onze_site}keuzehulp/"),
                 "auteur": "auteur", "rol": "author"},
                {"soort": "post", "titel": "Ingeplakt door een auteur", "inhoud": tekst + html_blok,
                 "auteur": "auteur", "rol": "author"},
                # The classic editor (Text tab) saves the HTML as typed, without block markers.
                {"soort": "post", "titel": "Klassieke editor",
                 "inhoud": '<p class="igs-test-tekst">Welke vorm past bij onze samenwerking? Probeer de '
                           f"keuzehulp.</p>\n\n{snippet}", "auteur": "redacteur", "rol": "editor"},
            ]),
            strict=True,
        ):
            wp_.pagina[sleutel] = bericht
        yield wp_


@pytest.fixture
def thema(wp, request):
    """The theme WordPress shows (parametrized, indirect); the block theme when not asked."""
    naam = getattr(request, "param", THEMAS[0])
    if getattr(wp, "actief_thema", THEMAS[0]) != naam:
        wp.thema(naam)
        wp.actief_thema = naam
    return naam


def scherm(pagina, naam: str) -> None:
    """What the reader sees in the window (a 10.000 px page in full is unreadable)."""
    SCHERMEN.mkdir(parents=True, exist_ok=True)
    pagina.screenshot(path=str(SCHERMEN / f"{naam}.png"))


def nieuwe_pagina(browser, breedte: int):
    context = browser.new_context(locale="nl-BE", viewport={"width": breedte, "height": 900})
    pagina = context.new_page()
    pagina.wacht = PaginaWacht(pagina)
    pagina.mislukt = []
    pagina.on("response", lambda r: r.status >= 400 and pagina.mislukt.append(f"{r.status} {r.url}"))
    return context, pagina


def kader(pagina, selector: str) -> dict:
    return pagina.locator(selector).first.evaluate(
        "e => { const r = e.getBoundingClientRect(); return {x: r.x, breedte: r.width, hoogte: r.height}; }"
    )


def inhoud(pagina, selector: str) -> float:
    """Height of the document inside the frame."""
    frame = pagina.locator(selector).element_handle().content_frame()
    return frame.evaluate("document.documentElement.getBoundingClientRect().height")


def test_onze_site_met_de_headers_van_de_build(site_dir, onze_site):
    # The embedding tests below run under the hosting headers the build writes
    # (site/_headers): a CSP on every page, and on the embed pages and the static
    # path (which the sandbox route shows in the frame) no frame-ancestors at all:
    # "*" would refuse a parent in a sandbox (opaque origin).
    if not (site_dir / "_headers").exists():
        pytest.skip("site/_headers ontbreekt in deze build: de insluittests draaien zonder hostingheaders")
    for pad in ("embed/keuzehulp/", "keuzehulp/pad/", "keuzehulp/pad/regiowerking/"):
        with urllib.request.urlopen(onze_site + pad) as antwoord:
            csp = antwoord.headers.get("Content-Security-Policy", "")
        assert "default-src 'self'" in csp, (pad, csp)
        assert "frame-ancestors" not in csp, (
            f"{pad} mag niet in elk kader op een andere site ({csp}). Ook het statische pad verschijnt in "
            "het kader: in een zandbak (WordPress) opent de ingesloten keuzehulp erop."
        )
    with urllib.request.urlopen(onze_site + "keuzehulp/") as antwoord:
        assert "frame-ancestors 'self'" in antwoord.headers.get("Content-Security-Policy", "")


def test_auteur_houdt_alleen_de_link_over(wp, onze_site):
    # What the Insluiten page tells editors: without unfiltered_html WordPress
    # strips the iframe and the script when saving; the plain link remains.
    beheerder, auteur = wp.pagina["snippet"]["inhoud"], wp.pagina["snippet-auteur"]["inhoud"]
    assert "<iframe" in beheerder and "<script" in beheerder
    assert "<iframe" not in auteur and "<script" not in auteur
    assert f'<a href="{onze_site}keuzehulp/">' in auteur


@pytest.mark.parametrize("breedte", BREEDTES)
@pytest.mark.parametrize(("thema", "bericht"), [(THEMAS[0], "snippet"), (THEMAS[1], "snippet"), (THEMAS[1], "klassiek")],
                         indirect=["thema"], ids=["blokthema-blok", "klassiek-thema-blok", "klassiek-thema-klassieke-editor"])
def test_snippet_staat_in_de_tekstkolom_en_groeit(browser, wp, onze_site, thema, bericht, breedte):
    context, pagina = nieuwe_pagina(browser, breedte)
    pagina.goto(wp.pagina[bericht]["url"])
    assert f"/themes/{thema}/" in pagina.content()
    iframe = pagina.locator(IFRAME)
    iframe.scroll_into_view_if_needed()
    frame = pagina.frame_locator(IFRAME)
    frame.locator('.kh-widget[data-aanbevolen="projectvereniging"]').wait_for(state="attached", timeout=TIJD)

    # In the text column: same left edge and width as the paragraph above it.
    def in_kolom():
        tekst, ingesloten = kader(pagina, "p.igs-test-tekst"), kader(pagina, IFRAME)
        assert abs(ingesloten["x"] - tekst["x"]) <= 1, (thema, bericht, tekst, ingesloten)
        assert abs(ingesloten["breedte"] - tekst["breedte"]) <= 1, (thema, bericht, tekst, ingesloten)
        assert pagina.evaluate("document.documentElement.scrollWidth") <= breedte
        return tekst

    tekst = in_kolom()

    # The frame grows to its content (the advice): no scrollbar inside, no cap a theme set.
    def past():
        binnen = inhoud(pagina, IFRAME)
        buiten = kader(pagina, IFRAME)["hoogte"]
        return (buiten, binnen) if buiten > VASTE_HOOGTE and abs(buiten - binnen) <= 2 else None

    hoogtes = wacht_tot(past, 20)
    assert hoogtes, f"het kader groeide niet mee: {kader(pagina, IFRAME)}, max-height " + iframe.evaluate(
        "e => getComputedStyle(e).maxHeight")
    print(f"\n{thema} {bericht} {breedte} px: tekstkolom x={tekst['x']:.0f} breedte={tekst['breedte']:.0f}; "
          f"kader {hoogtes}")
    naam = f"{thema}-{bericht}-{breedte}"
    pagina.locator("p.igs-test-tekst").scroll_into_view_if_needed()
    scherm(pagina, naam)
    frame.locator("section.kh-advies").scroll_into_view_if_needed()
    scherm(pagina, f"{naam}-advies")
    # The window changes size: a theme script recomputes its caps (Twenty Twenty-One on every resize).
    pagina.set_viewport_size({"width": breedte - 30, "height": 800})
    pagina.wait_for_function("() => innerWidth === %d" % (breedte - 30))
    assert wacht_tot(past, 20), f"na het vergroten of verkleinen: {kader(pagina, IFRAME)}"
    in_kolom_na = kader(pagina, IFRAME)
    assert in_kolom_na["breedte"] <= breedte - 30, in_kolom_na
    # Another answer inside the frame: a new advice, and the height follows.
    voor = frame.locator(".kh-resultaat").inner_html()
    frame.locator("#kh-partners-ook_privaat").check()
    assert wacht_tot(lambda: frame.locator(".kh-resultaat").inner_html() != voor, 30), "geen nieuw advies"
    assert wacht_tot(past, 20), f"het kader volgde het nieuwe advies niet: {kader(pagina, IFRAME)}"
    assert not pagina.wacht.externe_verzoeken, pagina.wacht.externe_verzoeken
    assert not pagina.mislukt, pagina.mislukt
    assert not pagina.wacht.js_fouten, pagina.wacht.js_fouten
    context.close()


@pytest.mark.parametrize("breedte", BREEDTES)
@pytest.mark.parametrize("thema", THEMAS, indirect=True)
def test_alleen_het_adres_oembed_wordt_zichtbaar_en_leidt_tot_advies(browser, wp, onze_site, thema, breedte):
    context, pagina = nieuwe_pagina(browser, breedte)
    pagina.goto(wp.pagina["adres"]["url"])
    assert f"/themes/{thema}/" in pagina.content()
    iframe = pagina.locator("iframe.wp-embedded-content")
    iframe.wait_for(state="attached", timeout=TIJD)
    assert iframe.get_attribute("sandbox") == "allow-scripts"
    # Straight to the first question of the static path: the interactive keuzehulp cannot start here.
    assert iframe.get_attribute("src").startswith(f"{onze_site}keuzehulp/pad/")
    # WordPress clips the frame to 1 px until it reports its height with the secret.
    iframe.scroll_into_view_if_needed()
    zichtbaar = wacht_tot(lambda: iframe.get_attribute("style") is None
                          and kader(pagina, "iframe.wp-embedded-content")["hoogte"] >= 200, 30)
    assert zichtbaar, f"WordPress maakte het kader niet zichtbaar: {iframe.get_attribute('style')}"
    assert pagina.locator("blockquote.wp-embedded-content").is_hidden()
    tekst, ingesloten = kader(pagina, "p.igs-test-tekst"), kader(pagina, "iframe.wp-embedded-content")
    assert abs(ingesloten["x"] - tekst["x"]) <= 1, (tekst, ingesloten)
    assert abs(ingesloten["breedte"] - tekst["breedte"]) <= 1, (tekst, ingesloten)

    # Inside the sandbox: the first question at once (no card first), without our site's header.
    frame = pagina.frame_locator("iframe.wp-embedded-content")
    frame.locator("a.kh-pad-optie").first.wait_for(timeout=TIJD)
    assert "vraag 1" in frame.locator("h1").first.inner_text()
    assert frame.locator("body").evaluate("() => self.origin") == "null"
    assert frame.locator(".md-header").is_hidden()
    scherm(pagina, f"oembed-{thema}-{breedte}")

    # Every page of the route reports its height to WordPress (the frame keeps
    # WordPress's secret); WordPress keeps an oEmbed frame between 200 and 1000 px.
    def binnen():
        return iframe.element_handle().content_frame()

    def volgt():
        verwacht = min(1000, max(200, inhoud(pagina, "iframe.wp-embedded-content")))
        return abs(kader(pagina, "iframe.wp-embedded-content")["hoogte"] - verwacht) <= 2

    def klik(link):
        voor = binnen().url
        link.click()
        assert wacht_tot(lambda: binnen().url != voor, 30), f"de link bracht niets: {voor}"
        binnen().wait_for_load_state()
        assert wacht_tot(volgt, 15), (binnen().url, kader(pagina, "iframe.wp-embedded-content"),
                                      inhoud(pagina, "iframe.wp-embedded-content"))

    assert wacht_tot(volgt, 15)
    hoogtes = set()
    for _ in range(15):  # always the first option, until the advice
        hoogtes.add(kader(pagina, "iframe.wp-embedded-content")["hoogte"])
        if frame.locator("section.kh-advies[data-aanbevolen]").count():
            break
        klik(frame.locator("a.kh-pad-optie").first)
    assert frame.locator("section.kh-advies[data-aanbevolen]").count() == 1, "geen advies bereikt in het kader"
    assert binnen().url.startswith(f"{onze_site}keuzehulp/pad/"), binnen().url
    if breedte == 1280:  # at 390 px every page of the route is taller than WordPress's 1000 px
        assert len(hoogtes) > 1, hoogtes
    frame.locator("section.kh-advies").scroll_into_view_if_needed()
    scherm(pagina, f"oembed-{thema}-advies-{breedte}")
    # Links that leave the route say where they go (the policy on the Insluiten page).
    bron = frame.locator("section.kh-advies a[href^='http']:not([href*='127.0.0.1'])").first
    assert bron.get_attribute("aria-describedby") == "igs-naar-site-uitleg"
    adviespagina = binnen().url.split("#")[0]
    # A source elsewhere cannot open in WordPress's sandbox (no popups; WordPress opens only
    # our host): this page of ours opens in the top window, where the source link works.
    bron.click()
    pagina.wait_for_url(adviespagina, timeout=TIJD)
    # A page outside the route (the interactive keuzehulp) opens in the top window:
    # WordPress does that on the frame's request.
    pagina.go_back()
    frame = pagina.frame_locator("iframe.wp-embedded-content")
    frame.get_by_role("link", name="Naar de interactieve keuzehulp").click()
    pagina.wait_for_url(f"{onze_site}keuzehulp/", timeout=TIJD)
    assert not pagina.wacht.externe_verzoeken, pagina.wacht.externe_verzoeken
    assert not [f for f in pagina.wacht.js_fouten if "CORS" in f or "postMessage" in f], pagina.wacht.js_fouten
    context.close()
