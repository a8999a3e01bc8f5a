"""Headless Debian Chromium through Playwright, and checks shared by browser tests."""

from __future__ import annotations

import contextlib
import json
import shutil
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LOKALE_HOSTS = {"127.0.0.1", "127.0.0.2", "localhost"}


@contextlib.contextmanager
def start_browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


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
