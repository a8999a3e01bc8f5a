"""Site build (plugin igs): mkdocs-material's JavaScript bundle is loaded with ``defer``.

mkdocs-material puts its bundle at the end of <body> as a parser-blocking script. The bundle needs
nothing before the page is parsed: it starts on DOMContentLoaded, which still comes after every
deferred script. With ``defer`` the browser no longer counts it among what the first paint waits
for. Lighthouse (mobile) on the keuzehulp page, 5 interleaved runs each: first contentful paint
1.2–1.3 s in every run with ``defer``, against 1.2 or 1.7 s depending on the run without it
(largest contentful paint up to 1.6 s against up to 2.8 s).

Deferred scripts run in page order. The scripts of extra_javascript come after the bundle and
still find ``document$``. Our widget modules stand in the page content, before the bundle: they
start at once and subscribe to ``document$`` at DOMContentLoaded (keuzehulp.js, sjablonen.js).
tests/browser/test_scripts_per_pagina.py checks every page.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

BUNDEL = re.compile(r'<script src="(?P<src>[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')


def uitgesteld(html: str, waar: str) -> str:
    nieuw, aantal = BUNDEL.subn(r'<script src="\g<src>" defer></script>', html)
    if aantal > 1:
        raise PluginError(f"{waar}: de bundel van mkdocs-material staat er {aantal} keer in")
    return nieuw


def on_post_page(output: str, page, config) -> str:
    return uitgesteld(output, page.file.src_uri)


def on_post_template(output_content: str, template_name: str, config) -> str:
    return uitgesteld(output_content, template_name)
