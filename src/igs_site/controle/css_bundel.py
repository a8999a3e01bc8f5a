"""Site build (plugin igs): our stylesheets as one file in the pages.

mkdocs.yml lists our CSS (extra_css) as separate files, each about one thing
(igs.css, keuzehulp.css, print.css). Every stylesheet in <head> blocks the
first paint, and on HTTP/1.1 each costs its own connection: Lighthouse (mobile)
measured a clearly later first paint with three small files than with one.
So the pages link one file, assets/css/igs-site.css, made at build time by
joining the listed files in their order (the cascade stays the same). The
sources stay where they are: tools/offline (the PDF) still reads print.css.
"""

from __future__ import annotations

from pathlib import Path

BUNDEL = "assets/css/igs-site.css"
_bronnen: list[str] = []


def _pad(css) -> str:
    return str(getattr(css, "path", css))


def on_config(config):
    lokaal = [_pad(css) for css in config.extra_css if not _pad(css).startswith(("http:", "https:", "/"))]
    if not lokaal:
        return config
    _bronnen[:] = lokaal
    config.extra_css = [css for css in config.extra_css if _pad(css) not in lokaal] + [BUNDEL]
    return config


def bundel(docs_dir: Path, bronnen: list[str]) -> str:
    delen = []
    for bron in bronnen:
        pad = docs_dir / bron
        if not pad.is_file():
            raise FileNotFoundError(f"mkdocs.yml extra_css: {bron} bestaat niet in {docs_dir}")
        delen.append(f"/* --- {bron} --- */\n" + pad.read_text(encoding="utf-8").rstrip() + "\n")
    return "\n".join(delen)


def on_post_build(config):
    if not _bronnen:
        return
    doel = Path(config.site_dir) / BUNDEL
    doel.parent.mkdir(parents=True, exist_ok=True)
    doel.write_text(bundel(Path(config.docs_dir), _bronnen), encoding="utf-8")
