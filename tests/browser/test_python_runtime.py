"""The Python runtime in the browser: caching across a redeploy, checked files, and
a clear message (with the static path) when WebAssembly cannot start."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from browserhulp import BRON, GEHEUGEN_CACHE, STATUS, PaginaWacht, axe_schendingen, wacht_op_momentopname
from igs_site.keuzehulp.pyodide_runtime import integriteit, wheel_met_hash
from webserver import met_headers, serve

VOLLEDIG = (
    "doel=regiowerking&subsidie=ja&inwoners=120000&gemeenten=8&referentieregio=een&erkend=nee"
    "&personeel=eigen&partners=gemeenten&looptijd=structureel&bestaande_dv=nee"
)
PYTHON_TIMEOUT = 90_000
ADVIES = ".kh-resultaat [data-aanbevolen]"


@pytest.fixture
def eigen_site(site_dir, tmp_path):
    """A copy of the built site that a test may change (without the static path's pages)."""
    kopie = tmp_path / "site"
    shutil.copytree(site_dir, kopie, ignore=lambda map_, namen: ["pad"] if map_.endswith("keuzehulp") else [])
    return kopie


def herbouw_wheel(site) -> str:
    """Replace the wheel by one with other bytes (same code), as a rebuild does; new manifest."""
    runtime = site / "assets" / "pyodide"
    manifest = json.loads((runtime / "manifest.json").read_text())
    oud = (runtime / manifest["wheels"][0]["bestand"]).resolve()
    tijdelijk = oud.with_name("igs_cultuur-0.1.0-py3-none-any.whl")
    with zipfile.ZipFile(oud) as bron, zipfile.ZipFile(tijdelijk, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            doel.writestr(item, bron.read(item))
        doel.comment = b"herbouwd"
    nieuw = tijdelijk.with_name(wheel_met_hash(tijdelijk))
    tijdelijk.rename(nieuw)
    oud.unlink()
    manifest["wheels"] = [{"bestand": f"../wheels/{nieuw.name}", "integrity": integriteit(nieuw)}]
    (runtime / "manifest.json").write_text(json.dumps(manifest))
    assert nieuw.name != oud.name
    return nieuw.name


def test_runtime_onder_versiemap_en_wheel_met_hash(site_dir):
    from packaging.utils import parse_wheel_filename

    manifest = json.loads((site_dir / "assets/pyodide/manifest.json").read_text())
    assert manifest["map"] == manifest["pyodide"] + "/"
    assert (site_dir / "assets/pyodide" / manifest["map"] / "pyodide.asm.wasm").is_file()
    assert not (site_dir / "assets/pyodide/pyodide.asm.wasm").exists()
    wheel = manifest["wheels"][0]["bestand"].rsplit("/", 1)[1]
    naam, versie, build, tags = parse_wheel_filename(wheel)
    pad = site_dir / "assets/wheels" / wheel
    assert build[1] == "h" + __import__("hashlib").sha256(pad.read_bytes()).hexdigest()[:16]


def test_herbouwde_wheel_na_herladen_geeft_nog_advies(browser, eigen_site):
    """A returning reader after a redeploy: the old wheel sits in the browser cache for a
    year, the new one has a new name, the revalidated manifest points at it."""
    with serve(eigen_site, handler=met_headers()) as base:
        context = browser.new_context()
        page = context.new_page()
        wacht = PaginaWacht(page)
        wheels = []
        page.on("request", lambda r: wheels.append(r.url) if r.url.endswith(".whl") else None)
        page.goto(base + "keuzehulp/?" + VOLLEDIG)
        page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
        assert page.locator(ADVIES).first.get_attribute("data-aanbevolen") == "projectvereniging"

        nieuw = herbouw_wheel(eigen_site)
        page.reload()
        page.wait_for_selector(".kh-widget[data-python=klaar] " + ADVIES, timeout=PYTHON_TIMEOUT)
        assert page.locator(ADVIES).first.get_attribute("data-aanbevolen") == "projectvereniging"
        assert wheels[-1].endswith(nieuw), wheels
        assert wacht.js_fouten == []
        context.close()


def test_een_geweigerd_bestand_zegt_controlegetal_klopt_niet(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.route("**/python_stdlib.*.zip", lambda route: route.fulfill(body=b"niet de standaardbibliotheek"))
    page.goto(server + "keuzehulp/?" + VOLLEDIG)
    page.wait_for_selector(".kh-status--fout", timeout=PYTHON_TIMEOUT)
    tekst = page.locator(".kh-status").inner_text()
    assert "controlegetal" in tekst and "klopt niet" in tekst and "python_stdlib." in tekst, tekst
    assert "Failed to fetch" not in tekst
    assert page.locator(".kh-status-uitweg a").is_visible()
    assert axe_schendingen(page) == []
    context.close()


def test_csp_zonder_webassembly_toont_meteen_het_statische_pad(browser, site_dir):
    """A Content-Security-Policy without 'wasm-unsafe-eval': the reader is told at once
    (the runtime is not even downloaded) and offered the path without scripts."""
    csp = {"Content-Security-Policy": "script-src 'self' 'unsafe-inline'"}
    with serve(site_dir, handler=met_headers(("*", csp))) as base:
        context = browser.new_context()
        page = context.new_page()
        wasm = []
        page.on("request", lambda r: wasm.append(r.url) if r.url.endswith(".wasm") else None)
        page.goto(base + "keuzehulp/?" + VOLLEDIG)
        page.wait_for_selector(".kh-status--fout", timeout=20_000)
        tekst = page.locator(".kh-status").inner_text()
        assert "WebAssembly" in tekst and "niet binnen de tijd" not in tekst, tekst
        assert wasm == []
        uitweg = page.locator(".kh-status-uitweg a")
        assert uitweg.is_visible()
        assert axe_schendingen(page) == []
        uitweg.click()
        page.wait_for_url("**/keuzehulp/pad/")
        context.close()


def test_wasm_met_verkeerd_type_start_toch(browser, site_dir):
    """A server that labels .wasm wrongly: the bytes are checked against the build's hash,
    relabelled, and the keuzehulp works; the console tells the web team."""
    with serve(site_dir, handler=met_headers(("*.wasm", {"Content-Type": "application/octet-stream"}))) as base:
        context = browser.new_context()
        page = context.new_page()
        meldingen = []
        page.on("console", lambda m: meldingen.append(m.text))
        types = []
        page.on("response", lambda r: types.append(r.headers.get("content-type")) if r.url.endswith(".wasm") else None)
        page.goto(base + "keuzehulp/?" + VOLLEDIG)
        page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
        assert types == ["application/octet-stream"]
        assert any("application/wasm" in m for m in meldingen), meldingen
        context.close()


def test_worker_roept_alleen_toegestane_functies(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "keuzehulp/")
    uitkomst = page.evaluate("""async () => {
        const { roep } = await import(new URL('../assets/js/igs-python.js', location.href).href);
        const vraag = async (m, f, ...a) => { try { return await roep(m, f, ...a); } catch (e) { return 'FOUT ' + e.message; } };
        return [await vraag('os', 'system', 'ls'), await vraag('keuzehulp.browser', '__dict__'),
                await vraag('keuzehulp.browser', 'verwerk', '{}')];
    }""")
    assert uitkomst[0].startswith("FOUT os.system mag hier niet")
    assert uitkomst[1].startswith("FOUT keuzehulp.browser.__dict__ mag hier niet")
    assert json.loads(uitkomst[2])["aanbevolen"] is None
    context.close()


# --- A second visit starts from a memory snapshot ---------------------------------

def test_een_naam_voor_de_cache_van_de_momentopname():
    """The worker writes it, igs-python.js and keuzehulp-vooraf-start.js look whether it is there:
    all three take its name from the protocol module, the only file that spells it."""
    import re

    from browserhulp import ROOT

    js = ROOT / "docs" / "assets" / "js"
    assert GEHEUGEN_CACHE == "igs-python-geheugen"  # a new name orphans every stored snapshot
    for pad in js.rglob("*.js"):
        namen = re.findall(r'"(igs-python-[a-z]+)"', pad.read_text(encoding="utf-8"))
        assert namen == ([GEHEUGEN_CACHE] if pad.name == "python-protocol.js" else []), pad
    for naam in ("python-worker.js", "igs-python.js", "keuzehulp-vooraf-start.js"):
        tekst = (js / naam).read_text(encoding="utf-8")
        assert "lib/python-protocol.js" in tekst and "GEHEUGEN_CACHE" in tekst, naam


def test_snapshot_api_hoort_bij_de_vastgepinde_pyodide():
    """makeMemorySnapshot/_loadSnapshot are private to Pyodide: only the exact pin is trusted."""
    from igs_site.keuzehulp.pyodide_runtime import pyodide_versie
    ROOT = Path(__file__).resolve().parents[2]

    pakket = json.loads((ROOT / "package.json").read_text())
    assert pakket["dependencies"]["pyodide"] == "314.0.7"
    assert pyodide_versie(ROOT) == "314.0.7"
    typen = (ROOT / "node_modules/pyodide/pyodide.d.ts").read_text()
    assert "_loadSnapshot?: Uint8Array" in typen and "static makeMemorySnapshot(" in typen


def test_tweede_bezoek_start_uit_het_geheugen(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "keuzehulp/?" + VOLLEDIG)
    page.wait_for_selector(ADVIES, timeout=PYTHON_TIMEOUT)
    assert page.evaluate(BRON) == "start"
    wacht_op_momentopname(page)

    tweede = context.new_page()
    wacht = PaginaWacht(tweede)
    tweede.goto(server + "keuzehulp/?" + VOLLEDIG)
    tweede.wait_for_selector(".kh-widget[data-python=klaar] " + ADVIES, timeout=PYTHON_TIMEOUT)
    assert tweede.evaluate(BRON) == "geheugen", tweede.evaluate(STATUS)
    assert tweede.locator(ADVIES).first.get_attribute("data-aanbevolen") == "projectvereniging"
    # The restored Python still reads its data files and follows new answers.
    tweede.check("#kh-subsidie-nee")
    tweede.check("#kh-doel-afstemmen")
    tweede.check("#kh-personeel-geen")
    tweede.wait_for_function(
        "document.querySelector('.kh-resultaat [data-aanbevolen]').dataset.aanbevolen === 'overleg'", timeout=20_000
    )
    assert axe_schendingen(tweede) == []
    assert wacht.js_fouten == []
    context.close()


def _tweede_bezoek_na(browser, server, bederf: str):
    """A first visit that stores the snapshot, `bederf` (JS, given the cache and the snapshot's
    key) that damages it, and a second visit with a full-answer link once Python is ready.
    Returns (context, second page)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "keuzehulp/")
    wacht_op_momentopname(page)
    page.evaluate("""async () => {
        const cache = await caches.open('%s');
        const [sleutel] = await cache.keys();
        %s
    }""" % (GEHEUGEN_CACHE, bederf))
    tweede = context.new_page()
    tweede.goto(server + "keuzehulp/?" + VOLLEDIG)
    tweede.wait_for_selector(".kh-widget[data-python=klaar] " + ADVIES, timeout=PYTHON_TIMEOUT)
    return context, tweede


def test_beschadigd_geheugen_wordt_gewist_en_python_start_gewoon(browser, server):
    # A snapshot whose checksum matches but whose content is no Python memory.
    context, tweede = _tweede_bezoek_na(browser, server, """
        const bytes = new Uint8Array(1024 * 1024).fill(7);
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        const controle = 'sha256-' + btoa(String.fromCharCode(...digest));
        await cache.put(sleutel, new Response(bytes, {headers: {'x-igs-sha256': controle}}));""")
    assert tweede.evaluate(BRON) == "start"
    assert tweede.locator(ADVIES).first.get_attribute("data-aanbevolen") == "projectvereniging"
    assert tweede.locator(".kh-status--fout").count() == 0
    # A fresh, valid snapshot replaces the broken one.
    wacht_op_momentopname(tweede)
    context.close()


def test_momentopname_met_verkeerd_controlegetal_wordt_niet_gebruikt(browser, server):
    """The checksum is checked while Python is restored: a snapshot whose bytes no longer match
    its SHA-256 is never used, even when the restore itself would succeed."""
    context, tweede = _tweede_bezoek_na(browser, server, """
        const oud = await cache.match(sleutel);
        const bytes = new Uint8Array(await oud.arrayBuffer());
        bytes[bytes.length - 1] ^= 0xff;  // one byte at the end: the memory still restores
        await cache.put(sleutel, new Response(bytes, {headers: {'x-igs-sha256': oud.headers.get('x-igs-sha256')}}));""")
    assert tweede.evaluate(BRON) == "start"
    assert "controlegetal" in tweede.evaluate(STATUS.replace("huidigeStatus()", "huidigeStatus().geheugenFout"))
    assert tweede.locator(ADVIES).first.get_attribute("data-aanbevolen") == "projectvereniging"
    context.close()


def test_vervalste_momentopname_geeft_het_advies_van_de_build(browser, server):
    """L3: a snapshot changed by a same-origin script, with its hash recomputed, passes the hash
    check; the engine's texts still come from the checked wheel, never from the snapshot."""
    context, tweede = _tweede_bezoek_na(browser, server, """
        const oud = await cache.match(sleutel);
        const bytes = new Uint8Array(await oud.arrayBuffer());
        const zoek = new TextEncoder().encode('Projectvereniging');
        let vervangen = 0;
        for (let i = 0; i + zoek.length <= bytes.length; i++) {
          let gelijk = true;
          for (let j = 0; j < zoek.length && gelijk; j++) gelijk = bytes[i + j] === zoek[j];
          if (gelijk) { bytes.set(new TextEncoder().encode('GEHACKTvereniging'), i); vervangen++; }
        }
        if (!vervangen) throw new Error('tekst niet gevonden in de momentopname');
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        const controle = 'sha256-' + btoa(Array.from(digest, (b) => String.fromCharCode(b)).join(''));
        await cache.put(sleutel, new Response(bytes, {headers: {'x-igs-sha256': controle}}));""")
    tekst = tweede.locator(".kh-resultaat").inner_text()
    assert "GEHACKT" not in tekst and "Projectvereniging" in tekst, tekst[:300]
    assert tweede.locator(ADVIES).first.get_attribute("data-aanbevolen") == "projectvereniging"
    context.close()


def test_momentopname_die_de_proef_niet_doorstaat_wordt_niet_gebruikt(browser, server):
    """The restored Python must give the build's advice for the manifest's answers (its hash in
    manifest.json): with another expected hash the snapshot is refused and Python starts anew."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "keuzehulp/")
    wacht_op_momentopname(page)

    def andere_proef(route):
        antwoord = route.fetch()
        manifest = antwoord.json()
        manifest["proef"]["sha256"] = "0" * 64
        route.fulfill(response=antwoord, body=json.dumps(manifest))

    tweede = context.new_page()
    tweede.route("**/manifest.json", andere_proef)
    tweede.goto(server + "keuzehulp/?" + VOLLEDIG)
    tweede.wait_for_selector(".kh-widget[data-python=klaar] " + ADVIES, timeout=PYTHON_TIMEOUT)
    assert tweede.evaluate(BRON) == "start"
    assert "ander advies dan de build" in tweede.evaluate(STATUS.replace("huidigeStatus()", "huidigeStatus().geheugenFout"))
    context.close()
