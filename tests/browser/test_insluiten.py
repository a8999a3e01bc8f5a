"""Embedding ("Insluiten"): the snippet from the built Insluiten page, pasted in a
page on ANOTHER origin, in headless Chromium.

Origins: our site on 127.0.0.1:<server port> (the `server` fixture), the parent
page on 127.0.0.2, a foreign page on 127.0.0.1:<another port>. The Python
engine boots in the iframe once (3-10 s here); the tests that need it share
one page.
"""

from __future__ import annotations

import contextlib
import functools
import html
import http.server
import json
import re
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browserhulp import GEHEUGEN_CACHE, PaginaWacht, axe_schendingen, instant_navigatie_toestaan
from headersregels import headers_voor, lees
from webserver import StilleHandler, met_headers, serve

ROOT = Path(__file__).resolve().parents[2]
SCHERMEN = ROOT / "test-results" / "insluiten"

ANTWOORDEN = (
    "doel=regiowerking&subsidie=ja&inwoners=120000&gemeenten=8&referentieregio=een&erkend=nee"
    "&personeel=eigen&partners=gemeenten&looptijd=structureel&bestaande_dv=nee"
)
TIJD = 60_000  # ms: Pyodide boot on a slow machine
VASTE_HOOGTE = 900
IFRAME = "iframe[data-igs-insluiten]"


# --- helpers ----------------------------------------------------------------------

def snippet_uit_site(site_dir: Path) -> str:
    """The text of [data-snippet] on the built Insluiten page (the public contract)."""
    bron = (site_dir / "keuzehulp" / "insluiten" / "index.html").read_text(encoding="utf-8")
    m = re.search(r"<(\w+)[^>]*\sdata-snippet(?:=\"[^\"]*\")?[^>]*>(.*?)</\1>", bron, re.S)
    assert m, "geen element met data-snippet op de Insluiten-pagina"
    return html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))


def site_root_van(snippet: str) -> str:
    m = re.search(r'<script src="([^"]+)assets/js/insluiten\.js"', snippet)
    assert m, "het snippet laadt insluiten.js niet"
    return m.group(1)


def ouderpagina(snippet: str, extra: str = "") -> str:
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        '<link rel="icon" href="data:,"><title>Gemeente Testdorp: cultuur in de regio</title></head>'
        "<body><main><h1>Cultuur in de regio</h1><p>Welke vorm past bij onze samenwerking?</p>"
        f"{snippet}{extra}</main></body></html>"
    )


def iframe_frame(page):
    frame = page.locator(IFRAME).element_handle().content_frame()
    assert frame is not None
    return frame


def hoogtes(page) -> dict:
    frame = iframe_frame(page)
    binnen = frame.evaluate(
        """() => ({inhoud: document.documentElement.getBoundingClientRect().height,
                   scroll: document.documentElement.scrollHeight, venster: innerHeight})"""
    )
    binnen["iframe"] = page.locator(IFRAME).evaluate("e => e.getBoundingClientRect().height")
    return binnen


def wacht_tot(voorwaarde, seconden: float = 15.0, stap: float = 0.2):
    einde = time.monotonic() + seconden
    while True:
        waarde = voorwaarde()
        if waarde or time.monotonic() > einde:
            return waarde
        time.sleep(stap)


# A parent page has handled a message once its "message" listeners ran: the listeners of one event
# run in one task, so when this counter (the test's own listener) has seen a message, insluiten.js
# has handled it as well. A test that asserts a message was ignored waits for this, not for a time.
TELLER = """() => { if (!window.__igsBerichten) { window.__igsBerichten = [];
  addEventListener("message", (e) => window.__igsBerichten.push(
    {proef: (e.data && e.data.proef) || null, type: (e.data && e.data.type) || null})); } }"""


def wacht_op_berichten(pagina, voorwaarde: str, aantal: int) -> None:
    """Until the page received `aantal` messages `b` for which the JS expression `voorwaarde` holds."""
    pagina.wait_for_function(f"(window.__igsBerichten || []).filter((b) => {voorwaarde}).length >= {aantal}",
                             timeout=15_000)


# --- fixtures ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def snippet(site_dir) -> str:
    return snippet_uit_site(site_dir)


@pytest.fixture(scope="module")
def lokaal_snippet(snippet, server) -> str:
    """The snippet with our public site root swapped for the test server's."""
    return snippet.replace(site_root_van(snippet), server)


@pytest.fixture(scope="module")
def vreemde_server(tmp_path_factory):
    """A page on yet another origin (same host as our site, other port)."""
    map_ = tmp_path_factory.mktemp("vreemd")
    (map_ / "index.html").write_text(
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
        "<title>Vreemd</title></head><body><p>Vreemde pagina</p></body></html>",
        encoding="utf-8",
    )
    with serve(map_, "127.0.0.1", 0) as url:
        yield url


@pytest.fixture(scope="module")
def ouder_server(tmp_path_factory, lokaal_snippet, vreemde_server):
    map_ = tmp_path_factory.mktemp("ouder")
    (map_ / "index.html").write_text(ouderpagina(lokaal_snippet), encoding="utf-8")
    met_antwoorden = re.sub(r'(<iframe src="[^"]*embed/keuzehulp/)', r"\1?" + ANTWOORDEN.replace("&", "&amp;"),
                            lokaal_snippet, count=1)
    vreemd = f'<iframe src="{vreemde_server}" title="Vreemde inhoud" width="300" height="100"></iframe>'
    (map_ / "advies.html").write_text(ouderpagina(met_antwoorden, vreemd), encoding="utf-8")
    with serve(map_, "127.0.0.2", 0) as url:
        yield url


@pytest.fixture(scope="module")
def ingesloten(browser, ouder_server, server):
    """One parent page on 127.0.0.2 with the keuzehulp (full answers) embedded; Python booted."""
    context = browser.new_context(locale="nl-BE", viewport={"width": 1000, "height": 800})
    pagina = context.new_page()
    pagina.wacht = PaginaWacht(pagina)
    start = time.monotonic()
    pagina.goto(ouder_server + "advies.html")
    pagina.frame_locator(IFRAME).locator('.kh-widget[data-aanbevolen="projectvereniging"]').wait_for(
        state="attached", timeout=TIJD
    )
    pagina.opstart_s = round(time.monotonic() - start, 1)
    yield pagina
    context.close()


# --- the built files --------------------------------------------------------------

def test_snippet_is_het_publieke_contract(snippet):
    root = site_root_van(snippet)
    assert urlsplit(root).scheme in ("http", "https") and root.endswith("/"), root
    iframe = re.search(r"<iframe\b[^>]*>", snippet).group(0)
    assert f'src="{root}embed/keuzehulp/"' in iframe
    assert re.search(r'\stitle="[^"]{10,}"', iframe)
    # In a wrapper (a classic theme styles an iframe that is a direct child of the text), as wide
    # as the column without CSS, and no style attribute (a host CSP may forbid inline styles).
    assert snippet.startswith('<div class="igs-insluiten"><iframe '), snippet
    assert " style=" not in snippet, snippet
    assert 'width="100%"' in iframe and 'frameborder="0"' in iframe, iframe
    assert 'allow="clipboard-write"' in iframe, iframe
    assert 'loading="lazy"' in iframe
    assert f'height="{VASTE_HOOGTE}"' in iframe
    assert "data-igs-insluiten" in iframe
    assert re.search(rf'<a href="{re.escape(root)}keuzehulp/">[^<]+</a>', snippet), "geen gewone link als terugval"
    assert f'<script src="{root}assets/js/insluiten.js" defer></script>' in snippet
    # Every URL in it is absolute and on our origin.
    for url in re.findall(r'(?:src|href)="([^"]+)"', snippet):
        assert url.startswith(root), url


def test_insluitpaginas_zonder_sitechroom_met_oembed(site_dir):
    stappen = sorted(p.parent.name for p in (site_dir / "embed" / "stappen").glob("*/index.html"))
    assert len(stappen) >= 5, stappen
    for pad in [site_dir / "embed" / "keuzehulp" / "index.html"] + [
        site_dir / "embed" / "stappen" / s / "index.html" for s in stappen
    ]:
        tekst = pad.read_text(encoding="utf-8")
        for chroom in ('class="md-header', 'class="md-sidebar', 'class="md-footer', 'data-md-component="search"',
                       "assets/javascripts/bundle."):
            assert chroom not in tekst, f"{pad}: {chroom}"
        assert '<meta name="robots" content="noindex">' in tekst, pad
        assert "Open op de volledige site" in tekst, pad
        assert "insluiten-kind.js" in tekst, pad
        assert 'type="application/json+oembed"' in tekst, pad
    keuzehulp = (site_dir / "embed" / "keuzehulp" / "index.html").read_text(encoding="utf-8")
    assert 'data-embed="ja"' in keuzehulp and 'data-basis="../../"' in keuzehulp
    assert 'href="../../keuzehulp/pad/"' in keuzehulp
    # keuzehulp.js inert until insluiten-kind.js loads it (not in a sandbox: no CORS error there).
    assert re.search(r'<script type="text/plain" data-igs-module[^>]+src="../../assets/js/keuzehulp.js"', keuzehulp)
    assert '<script type="module"' not in keuzehulp
    # The step content comes along, with links that still work one folder deeper.
    stap = (site_dir / "embed" / "stappen" / "verkennen" / "index.html").read_text(encoding="utf-8")
    assert "Stap 1" in stap and "igs-checklist" in stap
    for url in re.findall(r'<a href="(\.\./[^"#?]*)', stap):
        doel = (pad_van := (site_dir / "embed" / "stappen" / "verkennen" / url)).resolve()
        assert (doel / "index.html").exists() or doel.exists(), f"dode link {url} ({pad_van})"
    # Discovery on the full pages as well, and the JSON itself.
    for pagina in ("keuzehulp/index.html", "stappen/verkennen/index.html"):
        assert 'type="application/json+oembed"' in (site_dir / pagina).read_text(encoding="utf-8"), pagina
    # At the site root: Material fetches sitemap.xml next to the link after instant navigation.
    for json_pad in [site_dir / "oembed-keuzehulp.json"] + [site_dir / f"oembed-stap-{s}.json" for s in stappen]:
        data = json.loads(json_pad.read_text(encoding="utf-8"))
        assert data["type"] == "rich" and data["version"] == "1.0" and data["provider_name"] == "IGS Cultuur"
        assert data["title"] and data["width"] > 0 and data["height"] > 0
        assert "<iframe" in data["html"] and "<a href=" in data["html"]
        assert 'width="100%"' in data["html"], data["html"]  # follows the column
    # WordPress sandboxes the frame: the keuzehulp's oEmbed opens on the static path's first question.
    html_keuzehulp = json.loads((site_dir / "oembed-keuzehulp.json").read_text(encoding="utf-8"))["html"]
    assert re.search(r'<iframe src="[^"]+/keuzehulp/pad/"', html_keuzehulp), html_keuzehulp


# --- in the browser: another origin -----------------------------------------------

def test_ingesloten_keuzehulp_adviseert_en_groeit_zonder_schuifbalk(ingesloten):
    pagina = ingesloten
    frame = iframe_frame(pagina)
    assert frame.locator("h1").first.inner_text().startswith("Keuzehulp")
    assert frame.evaluate("location.origin") != pagina.evaluate("location.origin")

    def past():
        h = hoogtes(pagina)
        return h if h["iframe"] >= h["inhoud"] - 2 and h["scroll"] <= h["venster"] + 2 else None

    h = wacht_tot(past)
    assert h, f"het iframe groeide niet mee: {hoogtes(pagina)}"
    assert h["iframe"] > VASTE_HOOGTE or abs(h["iframe"] - h["inhoud"]) <= 2, h
    # "Open op de volledige site" carries the same answers to the full keuzehulp.
    link = frame.locator("a[data-igs-volledig]")
    link.focus()
    href = link.get_attribute("href")
    assert "/keuzehulp/?" in href and "subsidie=ja" in href and "gemeenten=8" in href, href
    # The link policy: what leaves the frame opens in a new window and says so, never replacing the host page.
    links = frame.locator("a[href]:not([href^='#'])")
    assert links.count() > 20
    for a in links.all():
        doel = a.evaluate("a => [a.target, a.rel, a.getAttribute('aria-describedby'), "
                          "getComputedStyle(a, '::after').content, a.pathname]")
        if "/keuzehulp/pad/" in doel[4]:  # the keuzehulp step by step continues in the frame
            assert doel[0] == "_self", doel
            continue
        assert doel[:3] == ["_blank", "noopener", "igs-nieuw-venster-uitleg"], (a.get_attribute("href"), doel)
        assert "↗" in doel[3], doel
    assert frame.locator("#igs-nieuw-venster-uitleg").text_content() == "opent in een nieuw venster"
    print(f"\nPython klaar in het iframe na {pagina.opstart_s} s; hoogte {h}")
    assert not pagina.wacht.externe_verzoeken, pagina.wacht.externe_verzoeken
    assert not pagina.wacht.js_fouten, pagina.wacht.js_fouten


def test_ingesloten_keuzehulp_bewaart_geen_momentopname(ingesloten):
    # One 30 MB snapshot per embedding site (partitioned storage) that "Over deze site" cannot
    # clear: an embed keeps none (data-python-geheugen="uit" on the embed page, igs-python.js).
    frame = iframe_frame(ingesloten)
    assert frame.locator('[data-python-geheugen="uit"]').count() == 1
    status = "async () => (await import(new URL('../../assets/js/igs-python.js', location.href).href)).huidigeStatus()"
    assert wacht_tot(lambda: frame.evaluate(status).get("geheugen") == "uit", 30), frame.evaluate(status)
    assert frame.evaluate(status)["bron"] == "start"
    # (Where the browser refuses storage to a frame of another site, caches.has throws: nothing kept either.)
    assert frame.evaluate(f"async () => {{ try {{ return !(await caches.has('{GEHEUGEN_CACHE}')); }} "
                          "catch (fout) { return true; } }")


def test_berichten_van_een_vreemde_herkomst_worden_genegeerd(ingesloten, vreemde_server):
    pagina = ingesloten
    iframe = pagina.locator(IFRAME)
    voor = iframe.evaluate("e => e.getBoundingClientRect().height")
    vreemd = next(f for f in pagina.frames if f.url.startswith(vreemde_server))
    vreemd_iframe = pagina.locator('iframe[title="Vreemde inhoud"]')
    vreemd_voor = vreemd_iframe.evaluate("e => e.getBoundingClientRect().height")
    # Marked as ours by whoever edits the host page: still not from our origin.
    vreemd_iframe.evaluate("e => e.setAttribute('data-igs-insluiten', '')")
    pagina.evaluate(TELLER)
    for hoogte in (5, 400):
        vreemd.evaluate("h => parent.postMessage({type: 'igs-hoogte', hoogte: h, proef: 'vreemd'}, '*')", hoogte)
    wacht_op_berichten(pagina, "b.proef === 'vreemd'", 2)
    assert vreemd_iframe.evaluate("e => e.getBoundingClientRect().height") == vreemd_voor
    vreemd_iframe.evaluate("e => e.removeAttribute('data-igs-insluiten')")
    # The parent page itself (not our iframe) and malformed values from our own frame.
    pagina.evaluate("postMessage({type: 'igs-hoogte', hoogte: 300, proef: 'eigen'}, '*')")
    verstuurd = 1
    eigen = iframe_frame(pagina)
    for waarde in ("'300'", "NaN", "Infinity", "1e9", "-50", "{valueOf() { return 300 }}"):
        with contextlib.suppress(Exception):  # an object with a method cannot be cloned: never sent at all
            eigen.evaluate(f"parent.postMessage({{type: 'igs-hoogte', hoogte: {waarde}, proef: 'eigen'}}, '*')")
            verstuurd += 1
    wacht_op_berichten(pagina, "b.proef === 'eigen'", verstuurd)
    assert iframe.evaluate("e => e.getBoundingClientRect().height") == voor
    assert not pagina.wacht.externe_verzoeken


def test_ingesloten_keuzehulp_met_advies_is_toegankelijk(ingesloten):
    schendingen = axe_schendingen(iframe_frame(ingesloten))
    assert not schendingen, "\n".join(schendingen)


def test_insluitpaginas_toegankelijk_en_lokaal(site_dir, server, page):
    mislukt = []
    page.on("response", lambda r: r.status >= 400 and mislukt.append(f"{r.status} {r.url}"))
    # The dark style with an advice on screen (one more Python boot).
    page.goto(server + "embed/keuzehulp/?thema=donker&" + ANTWOORDEN)
    page.locator('.kh-widget[data-aanbevolen="projectvereniging"]').wait_for(state="attached", timeout=TIJD)
    fouten = [f"donker met advies: axe {s}" for s in axe_schendingen(page)]
    # An answer changed: the address follows the answers and keeps the style
    # (a display parameter, listed by the build in #igs-weergave).
    page.locator("#kh-looptijd-afgebakend").check()
    page.wait_for_function("location.search.includes('looptijd=afgebakend')", timeout=TIJD)
    assert "thema=donker" in page.url, page.url
    paden = ["embed/keuzehulp/", "embed/keuzehulp/?thema=donker"] + [
        f"embed/stappen/{p.parent.name}/" for p in sorted((site_dir / "embed" / "stappen").glob("*/index.html"))
    ]
    for pad in paden:
        page.goto(server + pad, wait_until="load")
        page.wait_for_timeout(50)
        fouten += [f"{pad}: axe {s}" for s in axe_schendingen(page)]
        if "thema=donker" in pad:
            assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    assert not page.wacht.externe_verzoeken, page.wacht.externe_verzoeken
    assert not mislukt, mislukt
    assert not page.wacht.js_fouten, page.wacht.js_fouten
    assert not fouten, "\n".join(fouten)


def test_zonder_scripts_bij_de_ouder_werkt_de_link(browser, ouder_server, server):
    # java_script_enabled=False also switches scripts off inside the iframe. The
    # viewport holds the link without scrolling: with scripts off, Chromium at
    # times drops a click that follows Playwright's scroll into view.
    context = browser.new_context(locale="nl-BE", java_script_enabled=False, viewport={"width": 1000, "height": 1200})
    pagina = context.new_page()
    wacht = PaginaWacht(pagina)
    pagina.goto(ouder_server)
    frame = iframe_frame(pagina)
    frame.wait_for_load_state()
    assert frame.locator("h1").first.inner_text().startswith("Keuzehulp")
    assert pagina.locator(IFRAME).evaluate("e => e.getBoundingClientRect().height") == VASTE_HOOGTE
    link = pagina.locator(f'main a[href="{server}keuzehulp/"]')
    assert link.is_visible()
    link.click()
    pagina.wait_for_url(server + "keuzehulp/", timeout=TIJD)
    assert "Keuzehulp" in pagina.locator("h1").first.inner_text()
    assert not wacht.externe_verzoeken, wacht.externe_verzoeken
    context.close()


def test_eigen_kopie_van_het_script_met_onze_herkomst(browser, server, site_dir, tmp_path):
    # An embedder who serves insluiten.js itself names our origin on the script
    # tag; without that the copy trusts only its own origin and resizes nothing.
    (tmp_path / "insluiten.js").write_bytes((site_dir / "assets" / "js" / "insluiten.js").read_bytes())
    oorsprong = server.rstrip("/")
    for naam, attribuut in (("met.html", f' data-igs-oorsprong="{oorsprong}"'), ("zonder.html", "")):
        (tmp_path / naam).write_text(ouderpagina(
            f'<iframe src="{server}embed/stappen/verkennen/" title="Stap 1" width="700" height="{VASTE_HOOGTE}" '
            f'style="display:block;width:100%;border:0" data-igs-insluiten></iframe>'
            f'<script src="insluiten.js"{attribuut} defer></script>'), encoding="utf-8")
    with serve(tmp_path, "127.0.0.2", 0) as ouder:
        context = browser.new_context(locale="nl-BE", viewport={"width": 1000, "height": 800})
        pagina = context.new_page()
        hoogte = lambda: pagina.locator(IFRAME).evaluate("e => e.getBoundingClientRect().height")  # noqa: E731
        pagina.goto(ouder + "met.html")
        assert wacht_tot(lambda: hoogte() != VASTE_HOOGTE), "de eigen kopie met onze herkomst paste de hoogte niet aan"
        pagina.goto(ouder + "zonder.html")
        pagina.locator(IFRAME).element_handle().content_frame().wait_for_load_state("load")
        pagina.evaluate(TELLER)
        # Ask the frame ourselves (this copy of insluiten.js asks only frames it trusts); once its
        # answer reached the page, insluiten.js has handled it.
        pagina.locator(IFRAME).evaluate("e => e.contentWindow.postMessage({type: 'igs-hoogte-gevraagd'}, '*')")
        wacht_op_berichten(pagina, "b.type === 'igs-hoogte'", 1)
        assert hoogte() == VASTE_HOOGTE
        context.close()


@pytest.fixture(scope="module")
def site_met_headers(site_dir):
    """Our site with the headers of the build's site/_headers (frame-ancestors on every page)."""
    regels = lees(site_dir / "_headers") if (site_dir / "_headers").exists() else []
    if not regels:
        pytest.skip("site/_headers ontbreekt in deze build")

    class Handler(StilleHandler):
        def end_headers(self):
            for naam, waarde in headers_voor(regels, urlsplit(self.path).path).items():
                self.send_header(naam, waarde)
            super().end_headers()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site_dir)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def scherm(pagina, naam: str) -> None:
    SCHERMEN.mkdir(parents=True, exist_ok=True)
    pagina.screenshot(path=str(SCHERMEN / f"{naam}.png"))


def kolom(pagina, selector: str = "main > p") -> tuple[dict, dict]:
    """The text column (a paragraph of the host page) and the iframe, as boxes."""
    vak = "e => { const r = e.getBoundingClientRect(); return {x: r.x, breedte: r.width, hoogte: r.height}; }"
    return pagina.locator(selector).first.evaluate(vak), pagina.locator(IFRAME).evaluate(vak)


def met_site(snippet: str, server: str) -> str:
    return snippet.replace(site_root_van(snippet), server)


# A theme script as Twenty Twenty-One's responsive-embeds.js: caps every iframe with a width
# and a height attribute, on load and on every resize.
THEMASCRIPT = """document.querySelectorAll('iframe').forEach(function (f) {
  function kap() { if (f.width && f.height) { f.style.maxWidth = '100%';
    f.style.maxHeight = Math.round(parseFloat(getComputedStyle(f.parentElement).width) * f.height / parseFloat(f.width)) + 'px'; } }
  kap(); window.addEventListener('resize', kap); });"""
KOLOM_CSS = "main { max-width: 680px; margin: 0 auto; padding: 0 16px; } body { margin: 0; font: 16px sans-serif; }"


@pytest.mark.parametrize("breedte", [1280, 390])
def test_onder_strikte_csp_in_de_kolom_en_mee_met_de_inhoud(browser, server, snippet, tmp_path, breedte):
    # A municipal page with default-src 'self' (no inline styles) plus the documented allowances,
    # and a theme script that caps embeds: in the column, never wider, as high as its content.
    oorsprong = server.rstrip("/")
    csp = f"default-src 'self'; frame-src 'self' {oorsprong}; script-src 'self' {oorsprong}"
    met_antwoorden = met_site(snippet, server).replace('embed/keuzehulp/"', "embed/keuzehulp/?"
                                                     + ANTWOORDEN.replace("&", "&amp;") + '"', 1)
    (tmp_path / "kolom.css").write_text(KOLOM_CSS, encoding="utf-8")
    (tmp_path / "thema.js").write_text(THEMASCRIPT, encoding="utf-8")
    (tmp_path / "favicon.ico").write_bytes(b"")
    (tmp_path / "index.html").write_text(ouderpagina(met_antwoorden).replace(  # the host's own icon: 'self'
        '<link rel="icon" href="data:,">', '<link rel="icon" href="favicon.ico">').replace(
        "</title>", '</title><link rel="stylesheet" href="kolom.css">').replace(
        "</main>", '</main><script src="thema.js"></script>'), encoding="utf-8")
    handler = met_headers(("/*", {"Content-Security-Policy": csp}))
    with serve(tmp_path, "127.0.0.2", 0, handler) as ouder:
        context = browser.new_context(locale="nl-BE", viewport={"width": breedte, "height": 900})
        pagina = context.new_page()
        wacht = PaginaWacht(pagina)
        pagina.goto(ouder)
        frame = pagina.frame_locator(IFRAME)
        frame.locator('.kh-widget[data-aanbevolen="projectvereniging"]').wait_for(state="attached", timeout=TIJD)

        def past():
            h = hoogtes(pagina)
            return h if h["iframe"] > VASTE_HOOGTE and abs(h["iframe"] - h["inhoud"]) <= 2 else None

        assert wacht_tot(past, 20), f"het kader groeide niet mee: {hoogtes(pagina)}"
        tekst, kader = kolom(pagina)
        assert abs(kader["x"] - tekst["x"]) <= 1 and abs(kader["breedte"] - tekst["breedte"]) <= 1, (tekst, kader)
        assert pagina.evaluate("document.documentElement.scrollWidth") <= breedte
        scherm(pagina, f"strikte-csp-{breedte}")
        pagina.set_viewport_size({"width": breedte - 40, "height": 900})  # the theme script caps again
        pagina.wait_for_function(f"innerWidth === {breedte - 40}")
        assert wacht_tot(past, 20), f"na een andere vensterbreedte: {hoogtes(pagina)}"
        assert pagina.locator(IFRAME).evaluate("e => getComputedStyle(e).maxHeight") == "none"
        schendingen = [f for f in wacht.js_fouten if "Content Security Policy" in f or "postMessage" in f]
        assert not schendingen, schendingen
        assert not wacht.js_fouten, wacht.js_fouten
        context.close()


def test_in_een_zandbak_de_eerste_vraag_stap_voor_stap(browser, server, snippet, tmp_path):
    # A host that sandboxes the frame without allow-same-origin (as WordPress does
    # for oEmbed): opaque origin, no Web Worker, so no Python. No dead form and no
    # card: the first question of the static path, inside the frame, which still
    # follows its content (insluiten.js accepts origin "null" from that frame only).
    (tmp_path / "zandbak.html").write_text(ouderpagina(met_site(snippet, server).replace(
        "<iframe ", '<iframe sandbox="allow-scripts" ')), encoding="utf-8")
    with serve(tmp_path, "127.0.0.2", 0) as ouder:
        context = browser.new_context(locale="nl-BE", viewport={"width": 1000, "height": 1000})
        pagina = context.new_page()
        wacht = PaginaWacht(pagina)
        pagina.goto(ouder + "zandbak.html")
        frame = pagina.frame_locator(IFRAME)
        frame.locator("a.kh-pad-optie").first.wait_for(timeout=TIJD)
        binnen = iframe_frame(pagina)
        assert "/keuzehulp/pad/" in binnen.url and binnen.evaluate("self.origin") == "null", binnen.url
        assert "vraag 1" in frame.locator("h1").first.inner_text()
        assert frame.locator(".md-header").is_hidden()
        assert wacht_tot(lambda: abs(hoogtes(pagina)["iframe"] - hoogtes(pagina)["inhoud"]) <= 2), hoogtes(pagina)
        frame.locator("a.kh-pad-optie").first.click()
        frame.locator("h1", has_text="vraag 2").wait_for(timeout=TIJD)
        assert wacht_tot(lambda: abs(hoogtes(pagina)["iframe"] - hoogtes(pagina)["inhoud"]) <= 2), hoogtes(pagina)
        assert not wacht.js_fouten, wacht.js_fouten  # no CORS error, no postMessage to the wrong origin
        # This sandbox allows no new window: the address to open by hand, next to the link.
        frame.get_by_role("link", name="Naar de interactieve keuzehulp").click()
        adres = frame.locator(".igs-adres")
        adres.wait_for(state="visible")
        assert f"{server}keuzehulp/" in adres.inner_text()
        assert urlsplit(pagina.url).path.endswith("zandbak.html")  # the host page stayed
        # Last: axe itself fetches the stylesheets, which a page without origin may not.
        schendingen = axe_schendingen(iframe_frame(pagina))
        assert not schendingen, "\n".join(schendingen)
        context.close()


def test_onder_een_ouder_in_een_zandbak(browser, site_met_headers, snippet, tmp_path):
    # The snippet on a page that is itself in a sandbox (opaque origin): "frame-ancestors *"
    # refused it; without frame-ancestors the frame opens, sandboxed too, on the static path.
    (tmp_path / "midden.html").write_text(ouderpagina(met_site(snippet, site_met_headers)), encoding="utf-8")
    with serve(tmp_path, "127.0.0.2", 0) as midden:
        (tmp_path / "buiten.html").write_text(ouderpagina(
            f'<iframe sandbox="allow-scripts" src="{midden}midden.html" title="Pagina in een zandbak" '
            'width="900" height="1500"></iframe>'), encoding="utf-8")
        with serve(tmp_path, "127.0.0.3", 0) as buiten:
            context = browser.new_context(locale="nl-BE", viewport={"width": 1000, "height": 1000})
            pagina = context.new_page()
            wacht = PaginaWacht(pagina)
            pagina.goto(buiten + "buiten.html")
            ons = pagina.frame_locator("iframe").frame_locator(IFRAME)
            ons.locator("a.kh-pad-optie").first.wait_for(timeout=TIJD)
            assert "vraag 1" in ons.locator("h1").first.inner_text()
            scherm(pagina, "ouder-in-zandbak-1000")
            assert not wacht.js_fouten, wacht.js_fouten
            context.close()


def test_advies_in_beeld_in_een_smalle_kolom(browser, server, snippet, tmp_path):
    # A 680 px column: the summary comes after all questions, thousands of pixels lower. When an
    # answer changes the advice, a bar under that question names it, and its button asks the
    # host page to scroll the advice into view (insluiten.js, {type: "igs-in-beeld"}).
    (tmp_path / "kolom.css").write_text(KOLOM_CSS, encoding="utf-8")
    (tmp_path / "smal.html").write_text(ouderpagina(met_site(snippet, server)).replace(
        "</title>", '</title><link rel="stylesheet" href="kolom.css">'), encoding="utf-8")
    with serve(tmp_path, "127.0.0.2", 0) as ouder:
        context = browser.new_context(locale="nl-BE", viewport={"width": 1280, "height": 900})
        pagina = context.new_page()
        wacht = PaginaWacht(pagina)
        pagina.goto(ouder + "smal.html")
        frame = pagina.frame_locator(IFRAME)
        frame.locator('.kh-widget[data-python="klaar"]').wait_for(state="attached", timeout=TIJD)
        vraag = frame.locator("#kh-vraag-doel")
        frame.locator("label[for='kh-doel-regiowerking']").click()
        balk = frame.locator(".igs-advies-balk")
        balk.wait_for(state="visible", timeout=TIJD)
        assert "Projectvereniging" in balk.inner_text(), balk.inner_text()
        # Right under the question just answered; the summary and the advice are far below.
        vak = "e => { const r = e.getBoundingClientRect(); return {boven: r.top, onder: r.bottom}; }"
        v, b = vraag.evaluate(vak), balk.evaluate(vak)
        advies = frame.locator(".kh-resultaat").evaluate(vak)
        assert 0 <= b["boven"] - v["onder"] <= 40, (v, b)
        print(f"\nafstand vraag -> balk {b['boven'] - v['onder']:.0f} px, vraag -> advies {advies['boven'] - v['onder']:.0f} px")
        assert advies["boven"] - v["onder"] > 1000, advies
        balk.scroll_into_view_if_needed()
        scherm(pagina, "advies-balk-1280")
        balk.get_by_role("button", name="Naar het advies").click()
        # The host page scrolled: the advice's top is in the window.
        boven = lambda: pagina.evaluate("document.querySelector('iframe[data-igs-insluiten]').getBoundingClientRect().top") \
            + iframe_frame(pagina).evaluate("document.querySelector('.kh-resultaat').getBoundingClientRect().top")  # noqa: E731
        assert wacht_tot(lambda: 0 <= boven() <= 200, 10), boven()
        assert iframe_frame(pagina).evaluate("document.activeElement.classList.contains('kh-resultaat')")
        assert balk.is_hidden()
        scherm(pagina, "advies-in-beeld-1280")
        assert not wacht.js_fouten, wacht.js_fouten
        context.close()


def test_instant_naar_de_keuzehulp_zonder_dode_sitemap(server, site_dir, page):
    # beveiliging.md L2: mkdocs-material fetches sitemap.xml next to every <link rel="alternate">
    # that instant navigation brings in; the oEmbed link once made that embed/keuzehulp/sitemap.xml.
    instant_navigatie_toestaan(page, server, site_dir)
    verzoeken = []
    page.on("request", lambda r: verzoeken.append(r.url))
    mislukt = []
    page.on("response", lambda r: r.status >= 400 and mislukt.append(f"{r.status} {r.url}"))
    page.goto(server)
    page.wait_for_function("window.document$ !== undefined")
    page.locator('a[href$="keuzehulp/"]').first.click()
    page.wait_for_url(server + "keuzehulp/")
    link = page.locator('link[rel="alternate"][type="application/json+oembed"]')
    link.wait_for(state="attached")
    # Material's request for the sitemap next to the link: the moment it decided.
    naast = link.evaluate("l => new URL('sitemap.xml', l.href).href")
    assert wacht_tot(lambda: naast in verzoeken, 15), (naast, verzoeken[-10:])
    assert naast.endswith("/sitemap.xml") and urlsplit(naast).path == "/sitemap.xml", naast
    assert not mislukt, mislukt
    assert not mislukt, mislukt


def test_bouwer_maakt_snippet_en_voorbeeld(server, page):
    page.goto(server + "keuzehulp/insluiten/")
    bouwer = page.locator("form[data-igs-bouwer]")
    bouwer.wait_for(state="visible")
    code = page.locator("[data-snippet]")
    assert f'src="{server}embed/keuzehulp/"' in code.inner_text()  # origin follows the browser
    # "Kopieer de code" right under the code block too, with its own message.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    knop = page.locator(".igs-snippet-acties [data-actie=kopieer-snippet]")
    knop.click()
    page.locator(".igs-snippet-acties [role=status]", has_text="gekopieerd").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == code.inner_text()
    # The keuzehulp's own question fields (formulier.py), not a second rendering.
    assert bouwer.locator("input.kh-getal[name=gemeenten][type=text]").count() == 1
    bouwer.locator("#kh-subsidie-ja").check()
    bouwer.locator("input[name=gemeenten]").fill("8")
    bouwer.locator("label", has_text="Donker").click()
    page.wait_for_function(
        "document.querySelector('[data-snippet]').textContent.includes('thema=donker')", timeout=5000
    )
    tekst = code.inner_text()
    assert f'{server}embed/keuzehulp/?subsidie=ja&amp;gemeenten=8&amp;thema=donker"' in tekst, tekst
    assert f'<a href="{server}keuzehulp/?subsidie=ja&amp;gemeenten=8">' in tekst, tekst
    # A guide step instead: no answers, the step's own addresses.
    bouwer.locator("select[name=wat]").select_option("stappen/verkennen")
    tekst = code.inner_text()
    assert f'src="{server}embed/stappen/verkennen/?thema=donker"' in tekst, tekst
    assert f'<a href="{server}stappen/verkennen/">' in tekst, tekst
    assert bouwer.locator("[data-alleen-keuzehulp]").is_hidden()
    # Live preview (the step: no Python needed), resized by insluiten.js.
    bouwer.locator("[data-actie=voorbeeld]").click()
    voorbeeld = page.frame_locator(".igs-bouwer-voorbeeld iframe")
    voorbeeld.locator("h1").first.wait_for()
    assert voorbeeld.locator("h1").first.inner_text().startswith("Stap 1")
    assert voorbeeld.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert wacht_tot(
        lambda: page.locator(".igs-bouwer-voorbeeld iframe").evaluate("e => e.getBoundingClientRect().height")
        != VASTE_HOOGTE
    ), "het voorbeeld kreeg geen hoogte"
    assert not page.wacht.externe_verzoeken, page.wacht.externe_verzoeken
    assert not page.wacht.js_fouten, page.wacht.js_fouten


def test_bouwer_geeft_getallen_door_zoals_getypt_en_de_engine_oordeelt(server, page):
    # The builder parses no numbers: "120.000" and "1e3" go into the address as
    # typed, and the keuzehulp's engine reads them as it reads a shared link.
    page.goto(server + "keuzehulp/insluiten/")
    bouwer = page.locator("form[data-igs-bouwer]")
    bouwer.wait_for(state="visible")
    code = page.locator("[data-snippet]")
    bouwer.locator("input[name=inwoners]").fill("120.000")
    bouwer.locator("input[name=gemeenten]").fill("1e3")
    page.wait_for_function("document.querySelector('[data-snippet]').textContent.includes('1e3')", timeout=5000)
    assert f'src="{server}embed/keuzehulp/?inwoners=120.000&amp;gemeenten=1e3"' in code.inner_text()
    bouwer.locator("[data-actie=voorbeeld]").click()
    voorbeeld = page.frame_locator(".igs-bouwer-voorbeeld iframe")
    meldingen = voorbeeld.locator(".kh-meldingen")
    meldingen.wait_for(state="visible", timeout=TIJD)
    tekst = meldingen.inner_text()
    assert "1e3" in tekst and "gemeenten" in tekst.lower(), tekst
    assert "'inwoners'" not in tekst, tekst  # 120.000: a normal way to write 120000 in Flanders
    # "Wis de antwoorden": nothing preset any more.
    bouwer.locator("[data-actie=wis-antwoorden]").click()
    assert f'src="{server}embed/keuzehulp/"' in code.inner_text()
    assert not page.wacht.js_fouten, page.wacht.js_fouten


def test_insluitpagina_zonder_javascript_toont_standaardcode(browser, server, snippet):
    context = browser.new_context(java_script_enabled=False)
    pagina = context.new_page()
    pagina.goto(server + "keuzehulp/insluiten/")
    assert pagina.locator("[data-snippet]").inner_text().strip() == snippet.strip()
    assert pagina.locator("form[data-igs-bouwer]").is_hidden()
    context.close()


def test_schermlezertekst_in_de_insluitkop_is_niet_zichtbaar(server, page):
    """'Open op de volledige site van IGS Cultuur': the last words are for screen
    readers only. Computed size and clip, not just the class (the theme defines
    no md-visually-hidden, so that class once showed the text)."""
    page.goto(server + "embed/keuzehulp/", wait_until="load")
    link = page.locator("[data-igs-volledig]")
    assert "van IGS Cultuur" in link.text_content()
    maat = link.locator("span").evaluate(
        """el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);
                   return {b: r.width, h: r.height, clip: s.clipPath}; }"""
    )
    assert maat["b"] <= 1 and maat["h"] <= 1 and maat["clip"] == "inset(50%)", maat


def test_geen_ongedefinieerde_verbergklasse(site_dir):
    """md-visually-hidden is not defined by mkdocs-material 9.8 nor by us:
    text with that class shows on screen. Our one class is igs-visueel-verborgen."""
    fout = [str(p.relative_to(site_dir)) for p in site_dir.rglob("*.html")
            if "md-visually-hidden" in p.read_text(encoding="utf-8", errors="replace")]
    assert not fout, fout[:10]
