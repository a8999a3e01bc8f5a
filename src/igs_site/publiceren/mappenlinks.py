"""Site build (plugin igs): folder links in generated HTML for builds without directory URLs.

Our hooks write raw HTML links in the directory style of the website
("../juridische-vormen/overleg/", "pad/"). MkDocs rewrites Markdown links for
`use_directory_urls: false` (the offline copy), but not raw HTML. This hook
points such links at the page MkDocs actually wrote ("overleg.html",
"pad/index.html"), so the offline copy works from file://.
"""

from __future__ import annotations

import posixpath
import re

from mkdocs.utils import get_relative_url

# A relative link to a folder ("pad/", "../overleg/", "./", "..") with an optional query or fragment.
MAPLINK = re.compile(r'(href=")(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)([^"?#]*/|\.\.?)([?#][^"]*)?"')

_PAGINAS: dict[str, str] = {}  # directory-style url ("x/y/") -> real url ("x/y.html")


def on_files(files, config):
    _PAGINAS.clear()
    if config.use_directory_urls:
        return files
    for file in files.documentation_pages():
        src = file.src_uri
        mapvorm = src[: -len("index.md")] if src.endswith("index.md") else src[: -len(".md")] + "/"
        _PAGINAS[mapvorm] = file.url
    return files


def on_post_page(output: str, page, config):
    if config.use_directory_urls:
        return output
    hier = page.file.url

    def vervang(match: re.Match) -> str:
        doel = match.group(2) if match.group(2).endswith("/") else match.group(2) + "/"
        absoluut = posixpath.normpath(posixpath.join(posixpath.dirname(hier), doel)) + "/"
        absoluut = "" if absoluut in ("./", "/") else absoluut.lstrip("/")
        echt = _PAGINAS.get(absoluut)
        if echt is None:
            return match.group(0)
        return f'{match.group(1)}{get_relative_url(echt, hier)}{match.group(3) or ""}"'

    return MAPLINK.sub(vervang, output)
