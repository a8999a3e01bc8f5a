"""`make bench`: speed and size of the site and the keuzehulp, measured in headless Chromium.

Serves the built site on 127.0.0.1 with nginx and the generated configuration
(build/nginx/igs-cultuur.conf: gzip, caching and security headers, as published;
without nginx a Python server, and the table says so) and measures, over several runs (median
and range):
- navigation to an interactive keuzehulp form;
- a shared full-answer link opened cold: time to the advice, next to a bare
  page that only boots the same Pyodide in a worker (and the ratio);
- the second visit (runtime from the browser cache, Python from the memory
  snapshot): time to data-python="klaar" and to the advice, next to a bare
  warm boot (and the ratio), and the bytes over the network;
- an answer change to the updated advice, once Python is ready;
- layout shift (CLS) and main-thread blocking (long tasks) while Python arrives;
- bytes transferred for a content page, and for the keuzehulp before and after
  Python has loaded;
- a throttled first visit (once per case; a minute or more each): 80 KB/s with 300 ms latency
  (the connection of the security test) and Lighthouse's mobile profile (its DevTools values
  for slow 4G: 1.47 Mbit/s, 562.5 ms, CPU 4x slower), for a shared link and for a bare
  /keuzehulp/: time to the first progress in bytes, to the early advice, to Python ready, and
  the bytes before the first advice;
- Lighthouse 12.2.3 (mobile) for the home page, a guide step and the keuzehulp (LIGHTHOUSE_RUNS, 3),
  for 404.html (mkdocs-material's own bundle with hardly any content of ours: the theme's floor)
  and for the embed page (the same keuzehulp widget without Material's bundle).
Prints one table. Figures only: timings on a shared machine are not asserted.
BENCH_RUNS=n sets the number of runs (5); BENCH_LIGHTHOUSE=0 skips Lighthouse, BENCH_TRAAG=0 the
throttled visits. IGS_SITE measures another built site than site/ (as the tests do).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run from the repository root as `python -m tools.bench` (make bench): the helpers in tests/ and
# tools.offline import from there.
from tests.browserhulp import ARGS, CHROMIUM, STATUS, wacht_op_momentopname  # noqa: E402
from tests.webserver import NGINX, GzipHandler, met_headers, serve, serve_nginx  # noqa: E402

SITE = Path(os.environ.get("IGS_SITE") or ROOT / "site")
# A full-answer link as the widget writes it: with numbers, and with answers to questions
# that do not apply (gemeenten and erkend only count under the inhabitants threshold).
VOLLEDIG = (
    "doel=regiowerking&subsidie=ja&ronde_2027=aangevraagd&bestond_bij_indiening=ja&inwoners=120000&gemeenten=8"
    "&referentieregio=een&erkend=nee&personeel=eigen&partners=gemeenten&looptijd=structureel&bestaande_dv=nee"
)
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
# The measuring (wait_for_function with an expression) is itself an eval, which the site's
# Content-Security-Policy forbids; the pages do not need it.
BYPASS_CSP = True

# A file, not an inline script: nginx serves the site's Content-Security-Policy.
KAAL_HTML = """<!doctype html><html lang="nl"><title>Pyodide kaal</title><body><p id="s">…</p>
<script src="kaal.js"></script></body></html>"""
KAAL_JS = """const start = performance.now();
const w = new Worker("kaal-worker.js", {type: "module"});
w.onmessage = (e) => { performance.mark("kaal-klaar"); document.getElementById("s").textContent = "klaar " + (performance.now() - start); };
"""
KAAL_WORKER = """import { loadPyodide } from "../assets/pyodide/%(map)spyodide.mjs";
const py = await loadPyodide({ indexURL: new URL("../assets/pyodide/%(map)s", import.meta.url).href,
                               stdLibURL: new URL("../assets/pyodide/%(stdlib)s", import.meta.url).href });
py.runPython("1+1");
self.postMessage("klaar");"""

LANGE_TAKEN = """
window.__langeTaken = [];
new PerformanceObserver((lijst) => { for (const t of lijst.getEntries()) window.__langeTaken.push([t.startTime, t.duration]); })
  .observe({type: "longtask", buffered: true});
window.__verschuivingen = [];
new PerformanceObserver((lijst) => {
  for (const v of lijst.getEntries()) if (!v.hadRecentInput) window.__verschuivingen.push([v.startTime, v.value]);
}).observe({type: "layout-shift", buffered: true});
"""

WIJZIG = """async () => {
  const aankondiging = document.querySelector(".kh-aankondiging");
  const oud = document.querySelector(".kh-resultaat").innerHTML;
  const klaar = new Promise((resolve) => {
    const obs = new MutationObserver(() => {
      if (document.querySelector(".kh-resultaat").innerHTML !== oud) { obs.disconnect(); resolve(performance.now()); }
    });
    obs.observe(document.querySelector(".kh-resultaat"), {childList: true, subtree: true});
  });
  const radio = document.querySelector(`#kh-doel-${document.querySelector("#kh-doel-projecten").checked ? "regiowerking" : "projecten"}`);
  const t0 = performance.now();
  radio.checked = true;
  radio.dispatchEvent(new Event("input", {bubbles: true}));
  return (await klaar) - t0;
}"""


def mark(page, naam: str, timeout: float = 120_000) -> float:
    page.wait_for_function(f"performance.getEntriesByName('{naam}').length > 0", timeout=timeout)
    return page.evaluate(f"performance.getEntriesByName('{naam}')[0].startTime")


def samenvatting(waarden: list[float]) -> str:
    if not waarden:
        return "–"
    return f"{statistics.median(waarden):.0f} [{min(waarden):.0f}–{max(waarden):.0f}]"


def blokkering(page, tot: float) -> float:
    """Total blocking time (sum of long-task time over 50 ms) until `tot`."""
    taken = page.evaluate("window.__langeTaken || []")
    return sum(max(0.0, duur - 50) for start, duur in taken if start < tot)


def verschuiving(page, tot: float) -> float:
    """Cumulative layout shift (without shifts right after input) until `tot`."""
    return sum(waarde for start, waarde in page.evaluate("window.__verschuivingen || []") if start <= tot)


def meet_browser(base: str) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    r: dict[str, list[float]] = {k: [] for k in (
        "interactief", "advies_koud", "advies_warm", "klaar_warm", "kaal_koud", "kaal_warm",
        "vooraf_koud", "vooraf_klaar", "cls_vooraf", "verhouding_vooraf", "verhouding_koud", "verhouding_warm",
        "wijziging", "blokkering", "cls", "bytes_inhoud",
        "bytes_voor_python", "bytes_na_python", "bytes_tweede", "uit_geheugen", "worker_gestart", "herstel")}
    with sync_playwright() as p:
        for _ in range(RUNS):
            with tempfile.TemporaryDirectory() as profiel:
                ctx = p.chromium.launch_persistent_context(profiel, executable_path=CHROMIUM, args=ARGS,
                                                           headless=True, bypass_csp=BYPASS_CSP)
                ctx.add_init_script(LANGE_TAKEN)
                page = ctx.new_page()
                bytes_totaal = [0]
                page.on("requestfinished", lambda req, teller=bytes_totaal: teller.__setitem__(0, teller[0] + _grootte(req)))
                page.goto(base + "keuzehulp/?" + VOLLEDIG)
                r["interactief"].append(mark(page, "kh-interactief"))
                r["bytes_voor_python"].append(bytes_totaal[0])
                koud = mark(page, "kh-advies")  # the build's advice (worded by band), before Python
                r["advies_koud"].append(koud)
                klaar = mark(page, "kh-python-klaar")
                r["blokkering"].append(blokkering(page, klaar))
                page.wait_for_timeout(1000)  # Python's exact advice replaces the early one
                r["cls"].append(verschuiving(page, klaar + 1000))
                r["bytes_na_python"].append(bytes_totaal[0])
                # The memory snapshot is made in idle time after the first advice.
                wacht_op_momentopname(page)
                r["wijziging"] += [page.evaluate(WIJZIG) for _ in range(5)]
                page.close()
                tweede = ctx.new_page()
                bytes_tweede = [0]
                tweede.on("requestfinished", lambda req, teller=bytes_tweede: teller.__setitem__(0, teller[0] + _grootte(req)))
                tweede.goto(base + "keuzehulp/?" + VOLLEDIG)
                r["klaar_warm"].append(mark(tweede, "kh-python-klaar"))
                r["advies_warm"].append(mark(tweede, "kh-advies"))
                status = tweede.evaluate(STATUS)  # the worker's own phases, in ms since it started
                r["uit_geheugen"].append(status.get("bron") == "geheugen")
                r["worker_gestart"].append(r["klaar_warm"][-1] - status.get("ms", 0))
                if "hersteld" in status.get("fasen", {}):
                    r["herstel"].append(status["fasen"]["hersteld"] - status["fasen"]["script"])
                tweede.wait_for_timeout(300)
                r["bytes_tweede"].append(bytes_tweede[0])
                tweede.goto(base + "_bench/kaal.html")
                r["kaal_warm"].append(mark(tweede, "kaal-klaar"))
                ctx.close()
            with tempfile.TemporaryDirectory() as profiel:
                ctx = p.chromium.launch_persistent_context(profiel, executable_path=CHROMIUM, args=ARGS,
                                                           headless=True, bypass_csp=BYPASS_CSP)
                page = ctx.new_page()
                page.goto(base + "_bench/kaal.html")
                r["kaal_koud"].append(mark(page, "kaal-klaar"))
                bytes_inhoud = [0]
                page.on("requestfinished", lambda req, teller=bytes_inhoud: teller.__setitem__(0, teller[0] + _grootte(req)))
                page.goto(base + "stappen/verkennen/", wait_until="networkidle")
                r["bytes_inhoud"].append(bytes_inhoud[0])
                ctx.close()
            with tempfile.TemporaryDirectory() as profiel:
                # A shared link whose advice the build computed (keuzehulp/vooraf/).
                ctx = p.chromium.launch_persistent_context(profiel, executable_path=CHROMIUM, args=ARGS,
                                                           headless=True, bypass_csp=BYPASS_CSP)
                ctx.add_init_script(LANGE_TAKEN)
                page = ctx.new_page()
                page.goto(base + "keuzehulp/?" + vooraf_link())
                r["vooraf_koud"].append(mark(page, "kh-advies"))
                klaar = mark(page, "kh-python-klaar")
                r["vooraf_klaar"].append(klaar)
                page.wait_for_timeout(1000)  # Python's own advice replaces the early one
                r["cls_vooraf"].append(verschuiving(page, klaar + 1000))
                ctx.close()
            r["verhouding_vooraf"].append(r["vooraf_koud"][-1] / r["kaal_koud"][-1])
            r["verhouding_koud"].append(r["advies_koud"][-1] / r["kaal_koud"][-1])
            r["verhouding_warm"].append(r["klaar_warm"][-1] / r["kaal_warm"][-1])
    return r


def vooraf_link() -> str:
    """The first complete answer set that keuzehulp/vooraf/ covers, as a query string."""
    from urllib.parse import urlencode

    index = json.loads((SITE / "keuzehulp" / "vooraf" / "index.json").read_text(encoding="utf-8"))
    sleutel = next(iter(index["uitkomsten"]))
    return urlencode(dict(deel.split("=", 1) for deel in sleutel.split("&")))


def _grootte(request) -> int:
    try:
        maten = request.sizes()
        return maten["responseBodySize"] + maten["responseHeadersSize"]
    except Exception:  # noqa: BLE001 - a request without sizes counts as 0
        return 0


def _lighthouse_een(lh: Path, url: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        uit = Path(tmp) / "lh.json"
        subprocess.run(
            [str(lh), url, "--quiet", "--output=json", f"--output-path={uit}",
             "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking "
             "--disable-component-update --disable-sync --no-first-run"],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, check=False, timeout=240,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        if not uit.exists():
            return {}
        data = json.loads(uit.read_text())
    scores = {k: round(v["score"] * 100) for k, v in data["categories"].items() if v["score"] is not None}
    for naam, audit in (("FCP ms", "first-contentful-paint"), ("LCP ms", "largest-contentful-paint"),
                        ("TBT ms", "total-blocking-time")):
        waarde = data["audits"].get(audit, {}).get("numericValue")
        if waarde is not None:
            scores[naam] = round(waarde)
    # Lighthouse's own measure of this machine's CPU. Below 1000 it warns that the host is slower
    # than it expects (core/gather/driver/environment.js); the CPU-throttling calculator linked
    # from its throttling docs matches the default 4× slowdown to an index of about 1500.
    index = data.get("environment", {}).get("benchmarkIndex")
    if index:
        scores["CPU-index"] = round(index)
    return scores


def lighthouse(base: str) -> dict[str, dict[str, str]]:
    """Lighthouse (mobile) per page, LIGHTHOUSE_RUNS times (3; its score varies by several
    points between runs on a shared machine): median [min–max] per category."""
    lh = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"  # make bench installs it
    if not lh.exists():
        return {}
    keer = int(os.environ.get("LIGHTHOUSE_RUNS", "3"))
    uitkomst = {}
    # 404.html: mkdocs-material with hardly any content of ours, the floor its own bundle sets;
    # the embed page: the same keuzehulp widget without Material's bundle.
    for naam, pad in (("home", ""), ("stap", "stappen/verkennen/"), ("keuzehulp", "keuzehulp/"),
                      ("kale Material-pagina (404.html)", "404.html"),
                      ("keuzehulp zonder Material-bundel (embed)", "embed/keuzehulp/")):
        runs = [r for r in (_lighthouse_een(lh, base + pad) for _ in range(keer)) if r]
        uitkomst[naam] = {
            k: f"{statistics.median(w):.0f}" + (f" [{min(w)}–{max(w)}]" if min(w) != max(w) else "")
            for k in (runs[0] if runs else {})
            for w in [[r[k] for r in runs if k in r]]
        }
    return uitkomst


# Network conditions of the DevTools protocol (Network.emulateNetworkConditions), bytes/s and ms.
TRAAG_PROFIELEN = {
    "80 KB/s, 300 ms": ({"latency": 300, "downloadThroughput": 80 * 1024, "uploadThroughput": 40 * 1024}, 1),
    # Lighthouse's mobile preset with DevTools throttling (constants.js, mobileSlow4G): 150 ms RTT
    # × 3.75, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up, and a CPU 4× slower.
    "Lighthouse mobiel": ({"latency": 562.5, "downloadThroughput": 1474.56 * 1024 / 8,
                           "uploadThroughput": 675 * 1024 / 8}, 4),
}

VOLG_STATUS = """
window.__eersteVoortgang = null;
addEventListener('DOMContentLoaded', () => {
  import(new URL('/assets/js/igs-python.js', location.href).href).then(({ opStatus }) => opStatus((s) => {
    if (window.__eersteVoortgang === null && s.toestand === 'laden' && s.totaal && s.geladen > 0)
      window.__eersteVoortgang = performance.now();
  }));
});
"""


def meet_traag(base: str) -> dict[str, dict[str, dict[str, float | None]]]:
    """One throttled first visit per profile and case (shared link, bare /keuzehulp/), each in a
    fresh profile: ms since navigation and bytes (over the wire, as reported per request)."""
    from playwright.sync_api import sync_playwright

    uit: dict[str, dict[str, dict[str, float | None]]] = {}
    with sync_playwright() as p:
        for profiel, (netwerk, cpu) in TRAAG_PROFIELEN.items():
            for geval, pad in (("gedeelde link", "keuzehulp/?" + vooraf_link()), ("kale /keuzehulp/", "keuzehulp/")):
                with tempfile.TemporaryDirectory() as map_:
                    ctx = p.chromium.launch_persistent_context(map_, executable_path=CHROMIUM, args=ARGS,
                                                               headless=True, bypass_csp=BYPASS_CSP)
                    ctx.add_init_script(VOLG_STATUS)
                    page = ctx.new_page()
                    cdp = ctx.new_cdp_session(page)
                    cdp.send("Network.enable")
                    cdp.send("Network.emulateNetworkConditions", {"offline": False, **netwerk})
                    if cpu > 1:
                        cdp.send("Emulation.setCPUThrottlingRate", {"rate": cpu})
                    verzoeken: list[tuple[float, int]] = []
                    begin = time.monotonic()
                    page.on("requestfinished", lambda req, v=verzoeken, b=begin: v.append(
                        ((time.monotonic() - b) * 1000, _grootte(req))))
                    page.goto(base + pad, timeout=300_000)
                    klaar = mark(page, "kh-python-klaar", timeout=600_000)
                    nu = page.evaluate("performance.now()")
                    verschil = (time.monotonic() - begin) * 1000 - nu  # page clock -> our clock
                    vooraf = page.evaluate("performance.getEntriesByName('kh-advies')[0]?.startTime ?? null")
                    eerste_advies = vooraf if vooraf is not None else klaar
                    uit.setdefault(profiel, {})[geval] = {
                        "voortgang": page.evaluate("window.__eersteVoortgang"),
                        "vooraf": vooraf,
                        "klaar": klaar,
                        "fout": page.locator(".kh-widget[data-python=fout]").count(),
                        "bytes_advies": sum(n for t, n in verzoeken if t <= eerste_advies + verschil),
                        "bytes_klaar": sum(n for t, n in verzoeken if t <= klaar + verschil),
                    }
                    ctx.close()
    return uit


def _ms(meting: dict, sleutel: str) -> str:
    return "–" if meting.get(sleutel) is None else f"{meting[sleutel]:.0f}"


def _kib(meting: dict, sleutel: str) -> str:
    return f"{meting[sleutel] / 1024:.0f}"


def nginx_include(map_: Path) -> Path:
    """The nginx include for SITE, written by the code as it is (build/nginx/igs-cultuur.conf
    is only written for site/ itself)."""
    from igs_site.publiceren import hosting

    bron = hosting.lees_bron()
    rules = hosting.regels(SITE, hosting.versiepatronen(bron))
    include = map_ / "igs-cultuur.conf"
    include.write_text(hosting.render_nginx(bron, hosting.script_hashes(SITE), rules,
                                            hosting.extensies_per_regel(SITE, rules)), encoding="utf-8")
    return include


@contextlib.contextmanager
def webserver(include: Path, map_: Path):
    """The site as it is published: nginx with the generated configuration (gzip, caching and
    security headers), as `make test` installs it. Without nginx: a Python server with gzip and
    the same caching of the runtime, and the table says so."""
    if Path(NGINX).exists() and include.exists():
        with serve_nginx(SITE, include, map_) as base:
            yield base, "nginx met de gegenereerde configuratie"
        return
    handler = met_headers(("*", {"Cache-Control": "no-cache"}), basis=GzipHandler)
    with serve(SITE, handler=handler) as base:
        yield base, "Python-testserver (nginx ontbreekt: make nginx)"


def main() -> int:
    if not (SITE / "index.html").exists():
        print("site/ ontbreekt: draai eerst make build", file=sys.stderr)
        return 1
    bench = SITE / "_bench"
    bench.mkdir(exist_ok=True)
    (bench / "kaal.html").write_text(KAAL_HTML, encoding="utf-8")
    manifest = json.loads((SITE / "assets" / "pyodide" / "manifest.json").read_text())
    (bench / "kaal-worker.js").write_text(KAAL_WORKER % {"map": manifest["map"], "stdlib": manifest["stdlib"]},
                                          encoding="utf-8")
    (bench / "kaal.js").write_text(KAAL_JS, encoding="utf-8")
    start = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory() as map_, webserver(nginx_include(Path(map_)), Path(map_)) as (base, server):
            r = meet_browser(base)
            traag = meet_traag(base) if os.environ.get("BENCH_TRAAG", "1") != "0" else {}
            lh = lighthouse(base) if os.environ.get("BENCH_LIGHTHOUSE", "1") != "0" else {}
    finally:
        shutil.rmtree(bench, ignore_errors=True)
    kb = lambda waarden: [w / 1024 for w in waarden]  # noqa: E731
    verhouding = lambda w: f"{statistics.median(w):.2f} [{min(w):.2f}–{max(w):.2f}]"  # noqa: E731
    rijen = [
        ("Navigatie → interactief formulier (ms)", samenvatting(r["interactief"]), "≤ 200"),
        ("Kale Pyodide-start in worker, koud (ms)", samenvatting(r["kaal_koud"]), ""),
        ("Gedeelde link, vooraf berekend → advies, koud (ms)", samenvatting(r["vooraf_koud"]), ""),
        ("  idem → data-python=klaar (ms)", samenvatting(r["vooraf_klaar"]), ""),
        ("  layout shift tot Python klaar is (CLS)",
         f"{statistics.median(r['cls_vooraf']):.3f} [{min(r['cls_vooraf']):.3f}–{max(r['cls_vooraf']):.3f}]", "≤ 0.02"),
        ("  verhouding advies / kale start, koud", verhouding(r["verhouding_vooraf"]), "≤ 0.2"),
        ("Gedeelde link met aantallen → advies (per band), koud (ms)", samenvatting(r["advies_koud"]), ""),
        ("  verhouding advies / kale start, koud", verhouding(r["verhouding_koud"]), "≤ 0.2"),
        ("  layout shift tot 1 s na Python (CLS)",
         f"{statistics.median(r['cls']):.3f} [{min(r['cls']):.3f}–{max(r['cls']):.3f}]", "≤ 0.02"),
        ("  blokkering hoofdthread tot Python klaar is (ms, TBT)", samenvatting(r["blokkering"]), ""),
        ("Tweede bezoek → data-python=klaar (ms)", samenvatting(r["klaar_warm"]), ""),
        ("Tweede bezoek → advies (ms)", samenvatting(r["advies_warm"]), ""),
        ("Tweede bezoek uit momentopname (runs)", f"{sum(r['uit_geheugen'])} van {len(r['uit_geheugen'])}", "alle"),
        ("  waarvan: navigatie → worker gestart (ms)", samenvatting(r["worker_gestart"]), ""),
        ("  waarvan: Pyodide hersteld uit de momentopname (ms)", samenvatting(r["herstel"]), ""),
        ("Kale Pyodide-start in worker, warm (ms)", samenvatting(r["kaal_warm"]), ""),
        ("Verhouding klaar / kale start, warm", verhouding(r["verhouding_warm"]), "≤ 0.5"),
        ("Antwoord wijzigen → nieuw advies (ms)", samenvatting(r["wijziging"]), "≤ 50"),
        ("Bytes tweede bezoek keuzehulp (KiB, gzip)", samenvatting(kb(r["bytes_tweede"])), ""),
        ("Bytes inhoudspagina (KiB, gzip)", samenvatting(kb(r["bytes_inhoud"])), ""),
        ("Bytes keuzehulp vóór Python (KiB, gzip)", samenvatting(kb(r["bytes_voor_python"])), ""),
        ("Bytes keuzehulp na Python (KiB, gzip)", samenvatting(kb(r["bytes_na_python"])), ""),
    ]
    for profiel, gevallen in traag.items():
        for geval, m in gevallen.items():
            rijen += [
                (f"Traag ({profiel}), {geval}, eerste bezoek → eerste voortgang in bytes (ms)", _ms(m, "voortgang"), ""),
                ("  idem → advies vooraf (ms)", _ms(m, "vooraf"), ""),
                ("  idem → data-python=klaar (ms)", "fout" if m["fout"] else _ms(m, "klaar"), "klaar, geen fout"),
                ("  bytes vóór het eerste advies (KiB)", _kib(m, "bytes_advies"), ""),
                ("  bytes tot Python klaar is (KiB)", _kib(m, "bytes_klaar"), ""),
            ]
    vergelijking = {  # not pages with a goal of their own: they show what sets the figures above
        "kale Material-pagina (404.html)": "ter vergelijking: ondergrens van het thema",
        "keuzehulp zonder Material-bundel (embed)": "ter vergelijking (noindex: SEO telt niet)",
    }
    for naam, scores in lh.items():
        tekst = ", ".join(f"{k}: {v}" for k, v in scores.items()) or "mislukt"
        rijen.append((f"Lighthouse 12.2.3 mobiel: {naam} ({os.environ.get('LIGHTHOUSE_RUNS', '3')}×)", tekst,
                      vergelijking.get(naam, "perf ≥ 95, a11y/bp/seo 100")))
    breedte = max(len(r[0]) for r in rijen)
    print(f"\nmake bench: {RUNS} runs, mediaan [min–max], {server}, {time.perf_counter() - start:.0f} s\n")
    print(f"| {'meting'.ljust(breedte)} | resultaat | doel |")
    print(f"|{'-' * (breedte + 2)}|---|---|")
    for naam, waarde, doel in rijen:
        print(f"| {naam.ljust(breedte)} | {waarde} | {doel} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
