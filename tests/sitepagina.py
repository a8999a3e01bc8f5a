"""Reading the built site: which pages exist, their links and anchors."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for attr in ("href", "src"):
            if tag in ("a", "link", "script", "img", "iframe", "source") and attrs.get(attr):
                self.links.append(attrs[attr])


def parse(pad: Path) -> LinkParser:
    parser = LinkParser()
    parser.feed(pad.read_text(encoding="utf-8", errors="replace"))
    return parser


def html_paginas(site: Path) -> list[Path]:
    """Every HTML page of the site, without the search index and 404."""
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html" and "assets" not in p.parts)


def is_keuzehulp_pad(pad: Path, site: Path) -> bool:
    return pad.relative_to(site).as_posix().startswith(("keuzehulp/pad/", "embed/"))


def inhoudspaginas(site: Path) -> list[Path]:
    """Pages readers reach through the navigation (not the generated static keuzehulp path)."""
    return [p for p in html_paginas(site) if not is_keuzehulp_pad(p, site)]


def url_van(pad: Path, site: Path) -> str:
    relatief = pad.relative_to(site).as_posix()
    return relatief[: -len("index.html")] if relatief.endswith("index.html") else relatief
