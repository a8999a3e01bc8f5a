"""Site build (plugin igs): the publisher, the contact address and the complaints route from
configuration (mkdocs.yml `plugins: - igs: uitgever:`, or IGS_UITGEVER, IGS_CONTACT and
IGS_KLACHTEN in the environment; igs_site.config). Never invented: while a value is empty the
build prints a warning (not a failure: a fresh clone must build) and the pages
say plainly that it is not set yet.

Markers (markers.py), each on a line of its own in a page:
    <!-- igs:uitgever -->            who publishes the site
    <!-- igs:uitgever-contact -->    how to reach the publisher
    <!-- igs:uitgever-klachten -->   where a complaint goes after the publisher
"""

from __future__ import annotations

import re
import sys
from html import escape

from mkdocs.exceptions import PluginError

from igs_site import config as igs_config
from igs_site.controle import markers
from igs_site.inhoud import schema

markers.registreer("uitgever", "uitgever-contact", "uitgever-klachten")

_EMAIL = re.compile(r"[^@\s<>\"]+@[^@\s<>\"]+\.[a-z]{2,}", re.I)
NIET_INGEVULD = "nog niet ingevuld in deze versie van de site"
UITGEVER: dict[str, str] = {}


def _link(waarde: str) -> str:
    if _EMAIL.fullmatch(waarde):
        return f'<a href="mailto:{escape(waarde)}">{escape(waarde)}</a>'
    return f'<a href="{escape(waarde)}">{escape(waarde)}</a>'


def lees(ruw: dict) -> dict[str, str]:
    """The three values (igs_site.config.uitgever), checked; PluginError naming the field when
    one is malformed."""
    waarden = {veld: str(ruw.get(veld) or "").strip() for veld in ("naam", "contact", "klachten")}
    for veld in ("contact", "klachten"):
        waarde = waarden[veld]
        if waarde and not _EMAIL.fullmatch(waarde) and schema.url(waarde):
            raise PluginError(f"mkdocs.yml: plugins igs, uitgever.{veld} moet een e-mailadres of een "
                              f"https://-adres zijn, niet '{waarde[:80]}'")
    return waarden


def render(naam: str) -> str:
    w = UITGEVER
    if naam == "uitgever":
        wie = escape(w["naam"]) if w["naam"] else f"<em>{NIET_INGEVULD}</em>"
        return f'<p class="igs-uitgever"><strong>Uitgever:</strong> {wie}</p>'
    if naam == "uitgever-contact":
        hoe = _link(w["contact"]) if w["contact"] else f"<em>{NIET_INGEVULD}</em>"
        return f'<p class="igs-uitgever"><strong>Contact:</strong> {hoe}</p>'
    waar = _link(w["klachten"]) if w["klachten"] else f"<em>{NIET_INGEVULD}</em>"
    return f'<p class="igs-uitgever"><strong>Klachtenbehandeling na de uitgever:</strong> {waar}</p>'


def on_config(config):
    UITGEVER.clear()
    UITGEVER.update(lees(igs_config.uitgever(igs_config.opties(config))))
    if leeg := [veld for veld, waarde in UITGEVER.items() if not waarde]:
        # Printed, not logged: `mkdocs build --strict` would fail on a fresh clone.
        print(f"WAARSCHUWING: uitgever nog niet ingevuld ({', '.join(leeg)}): vul plugins igs, uitgever in "
              "mkdocs.yml in, of IGS_UITGEVER / IGS_CONTACT / IGS_KLACHTEN. De pagina's zeggen dat het "
              "nog niet ingevuld is.", file=sys.stderr)
    return config


def on_page_markdown(markdown: str, page, config, files) -> str:
    return markers.vervang(markdown, {n: (lambda n=n: render(n)) for n in
                                      ("uitgever", "uitgever-contact", "uitgever-klachten")},
                           page.file.src_uri)
