"""One marker style for the site hooks, and the check that none is left behind.

A page (or a page a hook generates) asks a hook for content with an HTML comment
on a line of its own:

    <!-- igs:naam -->              e.g. <!-- igs:keuzehulp-widget -->
    <!-- igs:naam argument -->     e.g. <!-- igs:rechtsvorm gemeentelijke_vzw -->

A hook declares the names it fills with `registreer` when it is imported, and
replaces them with `vervang`, in the Markdown or in the HTML, whichever stage it
needs. markercontrole.py (last in plugin.VOLGORDE) fails the build when a
page still holds a marker after all hooks ran: an unknown name, a known name on
a page its hook does not fill, or a marker in a retired style
(`<!-- keuzehulp:widget -->`, `<!-- landschap-tabel -->`). The message names the
page's file and the marker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from mkdocs.exceptions import PluginError

NAAM = re.compile(r"[a-z][a-z0-9-]*")
PATROON = re.compile(r"<!--[ \t]*igs:([a-z][a-z0-9-]*)(?:[ \t]+([^\s<>]+))?[ \t]*-->")
# What the hooks used before this module: <!-- keuzehulp:widget -->, <!-- landschap-tabel -->.
# A plain comment has spaces in it; a single token with ':' or '-' is a marker.
OUDE_STIJL = re.compile(r"<!--[ \t]*(?!igs:)([a-z][\w.]*(?:[:-][\w.]+)+)[ \t]*-->")

_BEKEND: set[str] = set()


class MarkerFout(PluginError):
    """A marker that no hook fills. The message names the page's file and the marker."""


def registreer(*namen: str) -> None:
    """Declare the marker names a hook fills (call it when the hook is imported)."""
    for naam in namen:
        if not NAAM.fullmatch(naam):
            raise ValueError(f"ongeldige markernaam {naam!r}: kleine letters, cijfers en '-'")
        _BEKEND.add(naam)


def bekend() -> frozenset[str]:
    return frozenset(_BEKEND)


def marker(naam: str, argument: str | None = None) -> str:
    """The marker text, e.g. marker("rechtsvorm", "vzw") -> '<!-- igs:rechtsvorm vzw -->'."""
    registreer(naam)
    return f"<!-- igs:{naam} {argument} -->" if argument else f"<!-- igs:{naam} -->"


def vervang(tekst: str, renderers: Mapping[str, Callable[..., str]], bron: str) -> str:
    """Replace every marker whose name is in `renderers` by what its renderer returns:
    renderer() for <!-- igs:naam -->, renderer(argument) for <!-- igs:naam argument -->.
    Markers of other names stay for the hook that fills them. A renderer that
    cannot handle the argument (LookupError) fails the build naming `bron`."""

    def vul(m: re.Match) -> str:
        naam, argument = m.group(1), m.group(2)
        renderer = renderers.get(naam)
        if renderer is None:
            return m.group(0)
        try:
            return renderer() if argument is None else renderer(argument)
        except LookupError:
            raise MarkerFout(f"{bron}: {m.group(0)}: onbekend argument '{argument}'") from None

    return PATROON.sub(vul, tekst)


def overgebleven(tekst: str) -> list[str]:
    """Every marker still in `tekst`, in both the current and the retired styles."""
    return [m.group(0) for m in PATROON.finditer(tekst)] + [m.group(0) for m in OUDE_STIJL.finditer(tekst)]


def controleer(tekst: str, bron: str) -> None:
    """Fail when `tekst` (a page's rendered content) still holds a marker."""
    fouten = []
    for gevonden in overgebleven(tekst):
        m = PATROON.fullmatch(gevonden)
        if m is None:
            fouten.append(f"{gevonden}: marker in een oude stijl; schrijf <!-- igs:naam -->")
        elif m.group(1) in _BEKEND:
            fouten.append(f"{gevonden}: niet vervangen (hoort deze marker op deze pagina?)")
        else:
            fouten.append(f"{gevonden}: onbekende marker (bekend: {', '.join(sorted(_BEKEND))})")
    if fouten:
        raise MarkerFout(f"{bron}: " + "; ".join(fouten))
