"""Site build (plugin igs): publishes the content folders stappen/ and cases/ into the site.

The guide steps and the cases live outside docs/ as one Markdown file each, with
front matter that follows a schema (schema.py). This hook
- reads and validates them when the configuration loads (a broken file stops
  the build with a message that names file and field),
- adds them to the site as stappen/<slug>/ and cases/<slug>/,
- fills the "Stap voor stap" and "Cases" sections of the navigation,
- renders the parts that come from front matter: the summary card, the
  checklist, the sources and the overview pages.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from igs_site.inhoud import navigatie, schema, weergave

log = logging.getLogger("mkdocs.hooks.inhoud")


@dataclass(frozen=True)
class Inhoud:
    soort: str  # "stap" | "case" | "overzicht"
    pad: Path
    src_uri: str
    slug: str
    meta: dict[str, Any]


# Filled by on_config; read by the other events of the same build.
REGISTER: dict[str, Inhoud] = {}


def _slug(pad: Path) -> str:
    # "03-ambitie-en-inhoud.md" -> "ambitie-en-inhoud"
    return re.sub(r"^\d+-", "", pad.stem)


def lees_map(map_: Path, soort: str, veldschema: tuple) -> list[Inhoud]:
    """Read and validate every Markdown file of one content folder."""
    if not map_.is_dir():
        raise schema.InhoudFout(f"{map_}: de map met inhoud ontbreekt")
    items: list[Inhoud] = []
    for pad in sorted(map_.glob("*.md")):
        meta, _ = schema.lees_front_matter(pad)
        if pad.name == "index.md":
            schema.valideer(pad, meta, schema.OVERZICHT)
            items.append(Inhoud("overzicht", pad, f"{map_.name}/index.md", "", meta))
            continue
        schema.valideer(pad, meta, veldschema)
        slug = _slug(pad)
        items.append(Inhoud(soort, pad, f"{map_.name}/{slug}.md", slug, meta))
    if not any(item.soort == "overzicht" for item in items):
        raise schema.InhoudFout(f"{map_}/index.md: het overzichtsbestand ontbreekt")
    return items


def _controleer_stapnummers(stappen: list[Inhoud]) -> None:
    gezien: dict[int, Path] = {}
    for stap in stappen:
        nummer = stap.meta["nummer"]
        if nummer in gezien:
            raise schema.InhoudFout(
                f"{stap.pad}: veld 'nummer' {nummer} komt ook voor in {gezien[nummer].name}"
            )
        gezien[nummer] = stap.pad


def stappen() -> list[Inhoud]:
    return sorted(
        (item for item in REGISTER.values() if item.soort == "stap"),
        key=lambda item: item.meta["nummer"],
    )


def cases() -> list[Inhoud]:
    return sorted(
        (item for item in REGISTER.values() if item.soort == "case"),
        key=lambda item: item.meta["titel"].lower(),
    )


def on_config(config):
    root = Path(config.config_file_path).parent
    REGISTER.clear()
    try:
        alle = lees_map(root / "stappen", "stap", schema.STAP) + lees_map(
            root / "cases", "case", schema.CASE
        )
        _controleer_stapnummers([item for item in alle if item.soort == "stap"])
    except schema.InhoudFout as fout:
        raise PluginError(str(fout)) from None
    REGISTER.update({item.src_uri: item for item in alle})
    if config.nav:
        navigatie.vul(
            config.nav,
            "stappen/index.md",
            [(f"{s.meta['nummer']}. {s.meta['titel']}", s.src_uri) for s in stappen()],
        )
        navigatie.vul(config.nav, "cases/index.md", [(c.meta["titel"], c.src_uri) for c in cases()])
    return config


def on_files(files: Files, config) -> Files:
    for item in REGISTER.values():
        files.append(File.generated(config, item.src_uri, abs_src_path=str(item.pad)))
    return files


def on_page_markdown(markdown: str, page, config, files: Files) -> str:
    item = REGISTER.get(page.file.src_uri)
    if item is None:
        return markdown
    bestaat = lambda uri: files.get_file_from_path(uri) is not None  # noqa: E731
    if item.soort == "stap":
        return weergave.stap(item.meta, item.slug, markdown, bestaat)
    if item.soort == "case":
        return weergave.case(item.meta, markdown)
    if item.src_uri == "stappen/index.md":
        return markdown + weergave.stappenoverzicht([(s.slug, s.meta) for s in stappen()])
    def href(slug: str) -> str:
        doel = files.get_file_from_path(f"cases/{slug}.md")
        return get_relative_url(doel.url, page.file.url)

    return markdown + weergave.casesoverzicht([(c.slug, c.meta) for c in cases()], href)


def on_serve(server, config, builder):
    root = Path(config.config_file_path).parent
    for map_ in ("stappen", "cases"):
        server.watch(str(root / map_))
    return server



def on_post_page(output: str, page, config) -> str:
    """Whatever a page links to (Markdown, data files, templates) must be http(s),
    mailto or relative: a javascript: link stops the build, naming the page. So does an
    inline style attribute or a file loaded from another server (an image, a script, ...)."""
    if fouten := schema.verboden_links(output):
        raise PluginError(f"{page.file.src_uri}: link met een verboden schema: {', '.join(fouten)}")
    if fouten := schema.verboden_inhoud(output, urlparse(config.site_url or "").hostname):
        raise PluginError(f"{page.file.src_uri}: {'; '.join(fouten)}")
    return output
