"""Site build (plugin igs): readable search snippets.

mkdocs-material's search index takes the text of a page without the markup of tables and
definition lists, so adjacent cells ran together in the results ("RechtspersoonlijkheidJa, met
…"). A line break after every cell, caption, term, option, SVG title and line break in the HTML gives the index a space
there; browsers ignore that whitespace in a table or list, so the pages look the same. The
`separator` option of the search plugin would only change how words are found, not the text
of a result.
"""

from __future__ import annotations

import re

_NA = re.compile(r"(</(?:td|th|caption|dt|dd|option|legend|figcaption|summary|title)>(?=<)|<br\s*/?>(?!\s))", re.I)
# Spans that keuzehulp.css shows as a block of their own (a remark, sources, an article, an
# explanation under a value): a line break before them, as between cells.
_VOOR_BLOK = re.compile(r'(</span>)(?=<span class="(?:kh-opmerking|kh-bronnen|kh-artikel|kh-uitleg|kh-bronvermelding)\b)')


def leesbaar(html: str) -> str:
    """The HTML with a line break after each table cell, caption, term, description, option,
    SVG title and <br> that another tag follows directly, and before a span shown as a block."""
    return _VOOR_BLOK.sub("\\1\n", _NA.sub("\\1\n", html))


def on_page_content(html: str, page, config, files) -> str:
    return leesbaar(html)
