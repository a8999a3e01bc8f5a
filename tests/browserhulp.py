"""Headless Debian Chromium through Playwright, and checks shared by browser tests."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from urllib.parse import urlparse

# One Chromium launcher for the PDF build, the benchmark and the tests (re-exported here).
from tools.offline.gemeen import CHROMIUM  # noqa: F401
from tools.offline.gemeen import CHROMIUM_ARGS as ARGS  # noqa: F401
from tools.offline.gemeen import browser as start_browser  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LOKALE_HOSTS = {"127.0.0.1", "127.0.0.2", "localhost"}


class PaginaWacht:
    """Records what a page does that it should not: requests to other hosts, JS errors."""

    def __init__(self, page):
        self.externe_verzoeken: list[str] = []
        self.js_fouten: list[str] = []
        page.on("request", self._verzoek)
        page.on("pageerror", lambda fout: self.js_fouten.append(str(fout)))
        page.on("console", self._console)

    def _verzoek(self, request):
        url = urlparse(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.hostname not in LOKALE_HOSTS:
            self.externe_verzoeken.append(request.url)

    def _console(self, bericht):
        if bericht.type == "error":
            self.js_fouten.append(bericht.text)


def axe_schendingen(page, context: str | None = None) -> list[str]:
    """Run axe-core (from npm) on the page; return readable WCAG 2.1 A/AA violations."""
    page.add_script_tag(path=str(AXE))
    resultaat = page.evaluate(
        """async ([tags, context]) => {
            const r = await axe.run(context || document, {runOnly: {type: 'tag', values: tags}});
            return r.violations.map(v => ({id: v.id, impact: v.impact,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
        }""",
        [AXE_TAGS, context],
    )
    return [f"{v['id']} ({v['impact']}): {json.dumps(v['nodes'])}" for v in resultaat]


def instant_navigatie_toestaan(page, server: str, site_dir: Path) -> None:
    """mkdocs-material only navigates instantly to URLs of its sitemap, rebased on the page's
    protocol and host but not its port: serve the sitemap as the real host would (site_url =
    the site's own origin)."""
    import re

    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    site_url = re.search(r"<loc>(https?://[^/]+/)", sitemap).group(1)
    page.route("**/sitemap.xml", lambda route: route.fulfill(
        content_type="application/xml", body=sitemap.replace(site_url, server),
    ))


# --- Python in the browser (assets/js/igs-python.js) and its memory snapshot --------

# The snapshot's cache, named once: in the worker's protocol module (read by the page and the worker).
GEHEUGEN_CACHE = re.search(r'export const GEHEUGEN_CACHE = "([^"]+)"', (
    ROOT / "docs" / "assets" / "js" / "lib" / "python-protocol.js").read_text(encoding="utf-8")).group(1)

# The page's view of the Python worker; evaluate() it (it is async).
STATUS = "async () => (await import(new URL('../assets/js/igs-python.js', location.href).href)).huidigeStatus()"
BRON = STATUS.replace("huidigeStatus()", "huidigeStatus().bron")  # "start" or "geheugen"
GEHEUGEN_OPGESLAGEN = """caches.open('%s').then((c) => c.keys()).then(async (sleutels) => {
    if (sleutels.length !== 1) return false;
    const antwoord = await (await caches.open('%s')).match(sleutels[0]);
    return (await antwoord.arrayBuffer()).byteLength > 8 * 1024 * 1024;
})""" % (GEHEUGEN_CACHE, GEHEUGEN_CACHE)


def wacht_op_momentopname(page, seconden: float = 120) -> None:
    """Until the worker says the snapshot is written (Cache Storage lists an entry before its
    bytes are all written) and it is there. A loop of evaluate(): wait_for_function does not
    wait for a promise, so an async check would pass at once."""
    einde = time.monotonic() + seconden
    while page.evaluate(STATUS.replace("huidigeStatus()", "huidigeStatus().geheugen")) != "bewaard" \
            or not page.evaluate(GEHEUGEN_OPGESLAGEN):
        if time.monotonic() > einde:
            raise AssertionError("de momentopname werd niet bewaard")
        page.wait_for_timeout(500)


def laat_python_door(page, vastgehouden: list) -> None:
    """Let a held runtime request go (page.route appends it to `vastgehouden`), once the route
    holds it: polled, never a fixed wait."""
    for _ in range(200):
        if vastgehouden:
            break
        page.wait_for_timeout(50)
    assert vastgehouden, "de runtime werd niet opgevraagd"
    for route in vastgehouden:
        route.continue_()
