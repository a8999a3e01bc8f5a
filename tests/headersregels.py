"""The headers a static host sends for a path under the site's `_headers` file.

Cloudflare Pages' documented rules, the stricter of the common hosts: a path
gets the headers of EVERY rule whose pattern matches it (`*` matches anything,
`:name` one path segment); a header set by several rules is joined with ", "
(two Content-Security-Policy values are then both enforced); `! Name` detaches
a header that an earlier rule set. Used by the embedding tests to serve our
site as such a host would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Regel:
    patroon: re.Pattern
    headers: tuple[tuple[str, str | None], ...]  # (name, value); value None: "! name"


def _patroon(tekst: str) -> re.Pattern:
    delen = re.split(r"(\*|:[A-Za-z]\w*)", tekst)
    regex = "".join(
        ".*" if deel == "*" else "[^/]+" if deel.startswith(":") and len(deel) > 1 else re.escape(deel)
        for deel in delen
    )
    return re.compile(regex)


def lees(pad: Path) -> list[Regel]:
    regels: list[tuple[str, list]] = []
    for regel in pad.read_text(encoding="utf-8").splitlines():
        if not regel.strip() or regel.lstrip().startswith("#"):
            continue
        if not regel[0].isspace():
            regels.append((regel.strip(), []))
            continue
        if not regels:
            raise ValueError(f"{pad}: header zonder pad: {regel!r}")
        tekst = regel.strip()
        if tekst.startswith("!"):
            regels[-1][1].append((tekst[1:].strip(), None))
        else:
            naam, _, waarde = tekst.partition(":")
            regels[-1][1].append((naam.strip(), waarde.strip()))
    return [Regel(_patroon(patroon), tuple(headers)) for patroon, headers in regels]


def headers_voor(regels: list[Regel], pad: str) -> dict[str, str]:
    """The headers for a URL path (without query), as the host would send them."""
    uit: dict[str, tuple[str, str]] = {}  # lower-case name -> (name, value)
    for regel in regels:
        if not regel.patroon.fullmatch(pad):
            continue
        for naam, waarde in regel.headers:
            sleutel = naam.lower()
            if waarde is None:
                uit.pop(sleutel, None)
            elif sleutel in uit:
                uit[sleutel] = (uit[sleutel][0], uit[sleutel][1] + ", " + waarde)
            else:
                uit[sleutel] = (naam, waarde)
    return dict(uit.values())
