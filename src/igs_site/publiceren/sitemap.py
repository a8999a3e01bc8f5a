"""Site build (plugin igs): sitemap.xml lists only pages meant for search engines.

The static keuzehulp path and the embed pages are `noindex` (hundreds of
generated pages); they do not belong in the sitemap either. mkdocs-material
also fetches sitemap.xml on every page for instant navigation, so a short
sitemap is lighter for every visitor.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

_NOINDEX: set[str] = set()


def on_pre_build(config):
    _NOINDEX.clear()


def on_page_context(context, page, config, nav):
    if page.meta.get("noindex") and page.canonical_url:
        _NOINDEX.add(page.canonical_url)
    return context


def on_post_build(config):
    pad = Path(config.site_dir) / "sitemap.xml"
    if not pad.exists() or not _NOINDEX:
        return
    xml = pad.read_text(encoding="utf-8")
    xml = re.sub(
        r"\s*<url>\s*<loc>([^<]+)</loc>.*?</url>",
        lambda m: "" if m.group(1) in _NOINDEX else m.group(0),
        xml,
        flags=re.DOTALL,
    )
    pad.write_text(xml, encoding="utf-8")
    (pad.parent / "sitemap.xml.gz").write_bytes(gzip.compress(xml.encode("utf-8"), mtime=0))
