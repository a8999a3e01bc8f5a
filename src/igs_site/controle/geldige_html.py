"""Site build (plugin igs): valid HTML where mkdocs-material's base.html is not (Nu HTML Checker).

base.html writes its two page toggles (drawer, search) as
<input type="checkbox" … autocomplete="off">; the autocomplete attribute is not
allowed on a checkbox. They are not in a block or partial we could override
(unlike partials/nav-item.html and partials/toc.html, see overrides/partials/),
so the attribute is taken out of the rendered page. What it was for: stopping
Firefox from restoring a checked toggle (an open drawer) after "back". Not
tested in Firefox here (the tests run Chromium); Material's bundle does close
the drawer itself on navigation.
"""

from __future__ import annotations

TOGGLES = (
    '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">',
    '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">',
)


def maak_geldig(html: str) -> str:
    for toggle in TOGGLES:
        html = html.replace(toggle, toggle.replace(' autocomplete="off"', ""))
    return html


def on_post_page(output: str, page, config) -> str:
    return maak_geldig(output)


def on_post_template(output: str, template_name: str, config) -> str:
    return maak_geldig(output) if template_name.endswith(".html") else output
