"""Site build (plugin igs): the keuzehulp and the guide steps as embeddable pages.

- embed/keuzehulp/ is the keuzehulp widget alone (template overrides/embed.html:
  no header, navigation or footer), with the same answers-in-the-URL contract.
- embed/stappen/<slug>/ shows one guide step: the content MkDocs rendered for
  stappen/<slug>/, with its relative links moved one folder deeper.
- keuzehulp/insluiten.md gets the copy-paste snippet (absolute URLs on
  config.site_url), the snippet builder and the origin in its examples.
- oEmbed: the keuzehulp page, the steps and their embed pages announce a static
  oEmbed JSON file at the site root (oembed-keuzehulp.json, oembed-stap-<slug>.json)
  that on_post_build writes. At the root because mkdocs-material fetches
  "sitemap.xml" next to every <link rel="alternate"> that instant navigation
  brings in: there that is our own sitemap, not a 404 (beveiliging.md L2).
"""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from igs_site import jinja
from igs_site.controle import markers
from igs_site.inhoud import inhoud, schema
from keuzehulp.browser import WEERGAVE
from keuzehulp.formulier import render_formulier, render_vragen

EMBED = "embed"
KEUZEHULP = "keuzehulp/index.md"
INSLUITEN = "keuzehulp/insluiten.md"
EMBED_KEUZEHULP = f"{EMBED}/keuzehulp/index.md"
MARKER_WIDGET = markers.marker("insluiten-keuzehulp")
MARKER_STAP = markers.marker("insluiten-stap")
markers.registreer("insluiten-snippet", "insluiten-bouwer")
PAD = "keuzehulp/pad/"  # the static path: its first question
OORSPRONG = "[[igs-oorsprong]]"  # replaced in the Markdown of the Insluiten page

HOOGTE = 900  # fixed height of the snippet when the height script does not run
BREEDTE = 720  # width announced in oEmbed

# The embed's display parameter ?thema=...: the engine ignores it (it is one of
# keuzehulp.browser.WEERGAVE); the embed page gets this table as data
# (#igs-weergave, read by embed-thema.js and insluiten-kind.js); the builder
# offers its styles. value -> label and mkdocs-material colour scheme.
THEMA = "thema"
THEMAS = {
    "": {"label": "Licht", "kleurschema": "default"},
    "donker": {"label": "Donker", "kleurschema": "slate"},
}
assert THEMA in WEERGAVE, "thema moet een weergaveparameter van de engine zijn"


def weergave_data() -> str:
    """JSON for the embed pages: which query parameters are display only, and the styles."""
    return json.dumps(
        {"parameters": sorted(WEERGAVE), "thema": {"naam": THEMA, "kleurschema": {
            waarde: stijl["kleurschema"] for waarde, stijl in THEMAS.items() if waarde}}},
        ensure_ascii=False,
    )


KEUZEHULP_TITEL = "Keuzehulp juridische vorm voor samenwerking rond cultuur (IGS Cultuur)"

# slug -> step meta; filled by on_config from the same files inhoud.py publishes.
_STAPPEN: dict[str, dict] = {}
_FILES: Files | None = None


# --- URLs ---------------------------------------------------------------------

def _site_url(config) -> str:
    url = config.site_url or "https://igscultuur.be/"
    return url if url.endswith("/") else url + "/"


def _oorsprong(config) -> str:
    delen = urlsplit(_site_url(config))
    return f"{delen.scheme}://{delen.netloc}"


def _stap_uri(slug: str) -> str:
    return f"{EMBED}/stappen/{slug}.md"


def _embed_pad(soort: str) -> str:
    """Site-relative path of an embed page: "keuzehulp" or "stappen/<slug>"."""
    return f"{EMBED}/{soort}/"


def _oembed_bestand(soort: str) -> str:
    """Site-relative path of the oEmbed JSON: "oembed-keuzehulp.json", "oembed-stap-<slug>.json"."""
    return "oembed-" + soort.replace("stappen/", "stap-") + ".json"


def _volledig_pad(soort: str) -> str:
    return f"{soort}/"


def _titel(soort: str) -> str:
    if soort == "keuzehulp":
        return KEUZEHULP_TITEL
    meta = _STAPPEN[soort.split("/", 1)[1]]
    return f"Stap {meta['nummer']}: {meta['titel']} (IGS Cultuur)"


def _linktekst(soort: str) -> str:
    if soort == "keuzehulp":
        return "Open de keuzehulp juridische vorm op IGS Cultuur"
    return f"Lees {_titel(soort).removesuffix(' (IGS Cultuur)')} op IGS Cultuur"


# The copy-paste HTML, in one place: the default snippet on the Insluiten page is
# filled in here, the builder fills in the same template in the browser (it gets
# it with the fixed parts filled in and the {names} left open).
# No style attribute (a host CSP without 'unsafe-inline' for styles drops it) and
# no iframe as a direct child of the text (classic themes style those, Twenty
# Twenty-One stretches `.entry-content > iframe[style]` to the full page): the
# wrapper <div> is a block of the text column; width="100%" and frameborder="0"
# hold without any CSS; insluiten.js makes it a block without border through the
# CSSOM (allowed by every CSP) and lifts the caps theme scripts set.
# allow="clipboard-write": "Kopieer link" inside the frame.
SNIPPET = (
    '<div class="igs-insluiten"><iframe src="{embed}" title="{titel}" width="100%" height="{hoogte}" '
    'loading="lazy" frameborder="0" allow="clipboard-write" data-igs-insluiten></iframe></div>\n'
    '<p><a href="{volledig}">{linktekst}</a></p>\n'
    '<script src="{root}assets/js/insluiten.js" defer></script>'
)
SNIPPET_OPEN = ("embed", "titel", "volledig", "linktekst", "root")


def snippet_sjabloon() -> str:
    """The template for the builder: size filled in, the other {names} left open."""
    return SNIPPET.format(hoogte=HOOGTE, **{naam: "{" + naam + "}" for naam in SNIPPET_OPEN})


def snippet(site_url: str, soort: str = "keuzehulp") -> str:
    """The copy-paste HTML: iframe with a fixed height, a plain link, the optional script."""
    waarden = {
        "embed": f"{site_url}{_embed_pad(soort)}",
        "titel": _titel(soort),
        "volledig": f"{site_url}{_volledig_pad(soort)}",
        "linktekst": _linktekst(soort),
        "root": site_url,
    }
    return SNIPPET.format(hoogte=HOOGTE, **{k: escape(v) for k, v in waarden.items()})


def _oembed(site_url: str, soort: str) -> dict:
    """oEmbed "rich" response. The blockquote is the link WordPress shows until the
    sandboxed iframe reports its height (wp-embed.js), and the fallback elsewhere.
    The iframe is as wide as the column (width="100%": WordPress keeps no style
    attribute). WordPress always puts it in a sandbox without an origin, where the
    interactive keuzehulp cannot start: its frame opens on the first question of
    the static path (keuzehulp/pad/), not on the embed page that would lead there."""
    titel = _titel(soort)
    kader = PAD if soort == "keuzehulp" else _embed_pad(soort)
    html = (
        f'<blockquote><a href="{site_url}{_volledig_pad(soort)}">{escape(titel)}</a></blockquote>'
        f'<iframe src="{site_url}{kader}" title="{escape(titel)}" width="100%" '
        f'height="{HOOGTE}" frameborder="0"></iframe>'
    )
    return {
        "type": "rich",
        "version": "1.0",
        "provider_name": "IGS Cultuur",
        "provider_url": site_url,
        "title": titel,
        "html": html,
        "width": BREEDTE,
        "height": HOOGTE,
    }


# --- Generated pages ------------------------------------------------------------

def _pagina(beschrijving: str, body: str, volledig: str, **meta: object) -> str:
    voorwerk = {
        **meta,
        "beschrijving": beschrijving,
        "template": "embed.html",
        "noindex": True,
        "search": {"exclude": True},
        "igs_volledig": volledig,
        "igs_weergave": weergave_data(),
    }
    return "---\n" + yaml.safe_dump(voorwerk, allow_unicode=True) + "---\n\n" + body + "\n"


def _keuzehulp_pagina() -> str:
    return _pagina(
        "De keuzehulp van IGS Cultuur om in te sluiten op een andere website: een advies over de "
        "juridische vorm van een intergemeentelijke samenwerking rond cultuur.",
        "# Keuzehulp: welke vorm past bij jullie samenwerking?\n\n" + MARKER_WIDGET,
        "keuzehulp/",
    )


def _keuzehulp_widget() -> str:
    """The keuzehulp of the embed page, and the route insluiten-kind.js shows instead in a
    sandboxed frame (opaque origin: no Web Worker, so no Python)."""
    pad = "../../" + PAD
    formulier, aantal = MODULE.subn(r'<script type="text/plain" data-igs-module data-src="\1">', render_formulier(
        pad, embed=True, basis="../../"))
    if aantal != 1:
        raise ValueError(f"{EMBED_KEUZEHULP}: de widget zou één modulescript hebben, niet {aantal}")
    return formulier + "\n" + jinja.render("zandbak-route.html", pad=pad)


# The widget's module script (keuzehulp.js), made inert on the embed page: in a sandbox
# the browser would fetch it from origin "null" and log a CORS error before the frame
# moves to the static path. insluiten-kind.js loads it wherever the page has an origin. A data
# block (type="text/plain") may carry no src or fetchpriority (HTML): only data-src, the address.
MODULE = re.compile(r'<script type="module"[^>]*? src="([^"]+)"[^>]*>')


def _stap_pagina(slug: str, meta: dict) -> str:
    return _pagina(
        f"Stap {meta['nummer']} van de gids van IGS Cultuur om in te sluiten op een andere website: "
        + str(meta["beschrijving"]),
        MARKER_STAP,
        f"stappen/{slug}/",
        title=f"Stap {meta['nummer']}: {meta['titel']}",
    )


_ATTRIBUUT = re.compile(r'(\s(?:href|src)=")([^"]*)(")')


def verplaats_links(html: str, van_url: str, naar_url: str) -> str:
    """Relative href/src in HTML rendered for page URL van_url, rewritten for naar_url."""
    basis = "http://igs.invalid/" + van_url

    def pas_aan(m: re.Match) -> str:
        url = m.group(2)
        if not url or url.startswith(("#", "/", "?")) or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", url):
            return m.group(0)
        doel = urlsplit(urljoin(basis, url))
        relatief = get_relative_url(doel.path.lstrip("/") or ".", naar_url)
        if doel.path.endswith("/") and not relatief.endswith("/"):
            relatief += "/"
        if doel.query:
            relatief += "?" + doel.query
        if doel.fragment:
            relatief += "#" + doel.fragment
        return m.group(1) + relatief + m.group(3)

    return _ATTRIBUUT.sub(pas_aan, html)


# --- The Insluiten page ---------------------------------------------------------

def _snippet_html(site_url: str) -> str:
    """The code block, with a copy button of its own (shown by insluiten-bouwer.js)."""
    return (
        '<div class="igs-snippet">'
        f'<pre><code data-snippet>{escape(snippet(site_url))}</code></pre>'
        '<p class="igs-snippet-acties" hidden><button type="button" class="md-button md-button--primary" '
        'data-actie="kopieer-snippet">Kopieer de code</button> <span class="igs-bouwer-melding" role="status"></span></p>'
        "</div>"
    )


def _wat_optie(soort: str, label: str) -> dict[str, str]:
    return {"soort": soort, "titel": _titel(soort), "linktekst": _linktekst(soort), "label": label}


def _bouwer_html() -> str:
    """The snippet builder (templates/insluiten-bouwer.html)."""
    wat = [_wat_optie("keuzehulp", "De keuzehulp juridische vorm")] + [
        _wat_optie(f"stappen/{slug}", f"Stap {meta['nummer']}: {meta['titel']}")
        for slug, meta in sorted(_STAPPEN.items(), key=lambda kv: kv[1]["nummer"])
    ]
    stijlen = [
        {"id": waarde or "licht", "waarde": waarde, "gekozen": not waarde, "label": stijl["label"]}
        for waarde, stijl in THEMAS.items()
    ]
    return jinja.render("insluiten-bouwer.html", snippet_sjabloon=snippet_sjabloon(), wat=wat,
                        naam=THEMA, stijlen=stijlen, vragen=jinja.html_van(render_vragen()))


# --- MkDocs events ----------------------------------------------------------------

def on_config(config):
    root = Path(config.config_file_path).parent
    _STAPPEN.clear()
    try:
        for item in inhoud.lees_map(root / "stappen", "stap", schema.STAP):
            if item.soort == "stap":
                _STAPPEN[item.slug] = item.meta
    except schema.InhoudFout:
        pass  # inhoud.py reports the error and stops the build
    return config


def on_files(files: Files, config) -> Files:
    global _FILES
    _FILES = files
    files.append(File.generated(config, EMBED_KEUZEHULP, content=_keuzehulp_pagina()))
    for slug, meta in _STAPPEN.items():
        files.append(File.generated(config, _stap_uri(slug), content=_stap_pagina(slug, meta)))
    return files


def _soort_van(src_uri: str) -> str | None:
    """Which embeddable thing a page belongs to ("keuzehulp", "stappen/<slug>") or None."""
    if src_uri in (KEUZEHULP, EMBED_KEUZEHULP):
        return "keuzehulp"
    for slug in _STAPPEN:
        if src_uri in (f"stappen/{slug}.md", _stap_uri(slug)):
            return f"stappen/{slug}"
    return None


def on_page_markdown(markdown: str, page, config, files: Files) -> str:
    soort = _soort_van(page.file.src_uri)
    if soort:
        page.meta["igs_oembed"] = {
            "href": f"{_site_url(config)}{_oembed_bestand(soort)}",
            "titel": _titel(soort),
        }
    if page.file.src_uri == INSLUITEN:
        markdown = markdown.replace(OORSPRONG, _oorsprong(config))
    return markdown


def on_page_content(html: str, page, config, files: Files) -> str:
    uri = page.file.src_uri
    if uri == EMBED_KEUZEHULP:
        return markers.vervang(html, {
            "insluiten-keuzehulp": _keuzehulp_widget,
        }, uri)
    if uri == INSLUITEN:
        return markers.vervang(html, {
            "insluiten-snippet": lambda: _snippet_html(_site_url(config)),
            "insluiten-bouwer": _bouwer_html,
        }, uri)
    return html


def on_page_context(context, page, config, nav):
    """Embed step pages take the step's rendered content (every page is rendered by now)."""
    uri = page.file.src_uri
    if not (uri.startswith(f"{EMBED}/stappen/") and MARKER_STAP in (page.content or "")):
        return context
    slug = uri.rsplit("/", 1)[1].removesuffix(".md")
    bron = _FILES.get_file_from_path(f"stappen/{slug}.md") if _FILES else None
    if bron is None or bron.page is None or not bron.page.content:
        return context
    page.content = markers.vervang(page.content, {
        "insluiten-stap": lambda: verplaats_links(bron.page.content, bron.page.url, page.url),
    }, uri)
    return context


def on_post_build(config):
    site = Path(config.site_dir)
    site_url = _site_url(config)
    for soort in ["keuzehulp", *(f"stappen/{slug}" for slug in _STAPPEN)]:
        doel = site / _oembed_bestand(soort)
        doel.write_text(json.dumps(_oembed(site_url, soort), ensure_ascii=False, indent=1), encoding="utf-8")
