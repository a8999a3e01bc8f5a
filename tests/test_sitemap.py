"""sitemap.xml: every indexable page, and none of the noindex ones."""

from __future__ import annotations

import re

from sitepagina import html_paginas


def test_sitemap_zonder_noindex_paginas(site_dir):
    locs = re.findall(r"<loc>([^<]+)</loc>", (site_dir / "sitemap.xml").read_text(encoding="utf-8"))
    assert not [loc for loc in locs if "/keuzehulp/pad/" in loc or "/embed/" in loc]
    indexeerbaar = [p for p in html_paginas(site_dir) if 'content="noindex"' not in p.read_text(encoding="utf-8")]
    assert len(locs) == len(indexeerbaar)
    assert any(loc.endswith("/stappen/verkennen/") for loc in locs)
