"""Veilige HTML: een ``str`` die weet dat hij al HTML is (zoals markupsafe, maar alleen de
standaardbibliotheek, zodat hij ook onder Pyodide draait).

``Html`` is opmaak die de engine zelf schreef. Wat je eraan toevoegt (``+``, ``format``,
``join``, ``%``) en gewone tekst is, wordt ge-escaped; wat al ``Html`` is, blijft zoals het
is. Vergeet je een waarde te escapen, dan komt ze ge-escaped in de pagina (lelijk, nooit
gevaarlijk): de fout valt op in een test in plaats van in de browser van een lezer.

    Html('<a href="{}">{}</a>').format(url, naam)     # url en naam ge-escaped
    Html("<ul>") + Html("").join(items) + Html("</ul>")
    escape("<b>")                                      # Html('&lt;b&gt;')

Schrijf opmaak dus als letterlijke tekst in ``Html(...)`` en vul waarden in met ``format``:
nooit ``Html(f"...{waarde}...")`` (een test in tests/keuzehulp/test_kh_veilig.py bewaakt dat
voor de weergavemodules).
"""

from __future__ import annotations

import html as _html
import string
from typing import Any, Iterable

__all__ = ["Html", "escape"]


class Html(str):
    """Tekst die al HTML is. Zie de moduledocumentatie."""

    __slots__ = ()

    def __html__(self) -> Html:
        return self

    def __add__(self, ander: Any) -> Html:
        if isinstance(ander, str):
            return Html(str.__add__(self, escape(ander)))
        return NotImplemented

    def __radd__(self, ander: Any) -> Html:
        if isinstance(ander, str):
            return Html(str.__add__(escape(ander), self))
        return NotImplemented

    def __mul__(self, aantal: Any) -> Html:
        return Html(str.__mul__(self, aantal))

    __rmul__ = __mul__

    def __mod__(self, waarden: Any) -> Html:
        if isinstance(waarden, tuple):
            waarden = tuple(escape(w) for w in waarden)
        elif isinstance(waarden, dict):
            waarden = {k: escape(w) for k, w in waarden.items()}
        else:
            waarden = escape(waarden)
        return Html(str.__mod__(self, waarden))

    def join(self, delen: Iterable[Any]) -> Html:
        return Html(str.join(self, (escape(d) for d in delen)))

    def format(self, *args: Any, **kwargs: Any) -> Html:
        return Html(_Opmaker().vformat(self, args, kwargs))

    def format_map(self, waarden: Any) -> Html:
        return Html(_Opmaker().vformat(self, (), waarden))

    def __repr__(self) -> str:
        return f"Html({str.__repr__(self)})"


class _Opmaker(string.Formatter):
    """``str.format`` dat elke ingevulde waarde escapet (behalve ``Html``)."""

    def format_field(self, waarde: Any, specificatie: str) -> str:
        if isinstance(waarde, Html):
            return str(waarde) if not specificatie else escape(format(str(waarde), specificatie))
        return escape(format(waarde, specificatie))


def escape(waarde: Any) -> Html:
    """Gewone tekst (of een getal, of None: leeg) als veilige HTML; ``Html`` blijft ongewijzigd.
    Zelfde tekens als ``html.escape(…, quote=True)``: & < > " en '."""
    if isinstance(waarde, Html) or hasattr(waarde, "__html__"):
        return Html(waarde.__html__())
    return Html(_html.escape("" if waarde is None else str(waarde), quote=True))
