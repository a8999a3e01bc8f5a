"""Build-only HTML from Jinja templates (src/igs_site/templates/), escaped by autoescape.

Every ``{{ value }}`` is escaped unless it is already HTML (``Markup``, or an object with
``__html__``): nothing to remember at the call site. The escaping is spelled as the standard
library's ``html.escape`` writes it (``&quot;``, ``&#x27;``), as the hooks wrote it before,
so the pages stay byte for byte what they were.
"""

from __future__ import annotations

import html
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup


def _escape(waarde: object) -> object:
    if hasattr(waarde, "__html__"):
        return waarde
    return Markup(html.escape(str(waarde)))


@cache
def _omgeving() -> Environment:
    return Environment(
        loader=PackageLoader("igs_site", "templates"),
        autoescape=True,
        finalize=_escape,
        undefined=StrictUndefined,
        keep_trailing_newline=False,
    )


def render(sjabloon: str, /, **waarden: object) -> str:
    """Template ``sjabloon`` (in src/igs_site/templates/) filled in with ``waarden``."""
    return _omgeving().get_template(sjabloon).render(**waarden)


def html_van(tekst: str) -> Markup:
    """HTML made elsewhere (the engine's renderers), to be put into a template as it is."""
    return Markup(tekst)
