"""Site build (plugin igs): the publisher, the contact address and the complaints route from
configuration (mkdocs.yml `plugins: - igs: uitgever:`, or IGS_UITGEVER, IGS_CONTACT and
IGS_KLACHTEN in the environment; igs_site.config). Never invented: while a value is empty the
build prints a warning (not a failure: a fresh clone must build) and the pages
say plainly that it is not set yet. While anything is missing the site is a concept: every page
(not the embedded widget, which stays clean for the host site) shows a short notice
(overrides/main.html, the Jinja global `igs_concept`), the PDF carries it on its cover and in
its footer (tools/offline), and `make site` prints it as its last line:

    python -m igs_site.inhoud.uitgever [site]   prints the notice of a built site, or nothing

Markers (markers.py), each on a line of its own in a page:
    <!-- igs:uitgever -->            who publishes the site
    <!-- igs:uitgever-contact -->    how to reach the publisher
    <!-- igs:uitgever-klachten -->   where a complaint goes after the publisher
    <!-- igs:downloads -->           the whole guide as PDF and as offline copy (zip), linked only
                                     in a build that makes them (igs_site.config.pdf; the offline
                                     copy holds the PDF, not itself)
"""

from __future__ import annotations

import re
import sys
from html import escape, unescape
from pathlib import Path
from typing import Callable

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from igs_site import config as igs_config
from igs_site.controle import markers
from igs_site.inhoud import schema

markers.registreer("uitgever", "uitgever-contact", "uitgever-klachten", "downloads")
PDF_PAD = "downloads/igs-cultuur.pdf"  # the public paths (tools/offline/gemeen.py)
ZIP_PAD = "downloads/igs-cultuur-offline.zip"

_EMAIL = re.compile(r"[^@\s<>\":/]+@[^@\s<>\"/]+\.[a-z]{2,}", re.I)
_HTTPS = re.compile(r"https://[^\s<>\"]+\.[^\s<>\"]+", re.I)
NIET_INGEVULD = "nog niet ingevuld in deze versie van de site"
UITGEVER: dict[str, str] = {}
# What the notice calls each missing field, in this order.
_WAT = {"naam": "de uitgever", "contact": "het contactadres", "klachten": "de klachtendienst"}
CONCEPT_MARKERING = "data-igs-concept"


def _adres(waarde: str) -> str:
    """An e-mail address without "mailto:", else the value itself."""
    return waarde[len("mailto:"):] if waarde.lower().startswith("mailto:") else waarde


def _link(waarde: str) -> str:
    if _EMAIL.fullmatch(_adres(waarde)):
        adres = _adres(waarde)
        return f'<a href="mailto:{escape(adres)}">{escape(adres)}</a>'
    return f'<a href="{escape(waarde)}">{escape(waarde)}</a>'


def lees(ruw: dict) -> dict[str, str]:
    """The three values (igs_site.config.uitgever), checked; PluginError naming the field when
    one is malformed."""
    waarden = {veld: str(ruw.get(veld) or "").strip() for veld in ("naam", "contact", "klachten")}
    for veld in ("contact", "klachten"):
        waarde = waarden[veld]
        if waarde and not _EMAIL.fullmatch(_adres(waarde)) and not (_HTTPS.fullmatch(waarde)
                                                                   and not schema.url(waarde)):
            raise PluginError(
                f"uitgever.{veld} (mkdocs.yml, plugins igs) of {igs_config.UITGEVER_OMGEVING[veld]}: "
                f"moet een e-mailadres (eventueel met mailto:) of een beveiligd https://-adres zijn, "
                f"niet '{waarde[:80]}'")
    return waarden


def ontbreekt(waarden: dict[str, str] | None = None) -> list[str]:
    """The fields still empty (naam, contact, klachten), in that order."""
    waarden = UITGEVER if waarden is None else waarden
    return [veld for veld in _WAT if not waarden.get(veld)]


def concept(waarden: dict[str, str] | None = None) -> str:
    """The concept notice as one plain sentence, or "" when the publisher is complete."""
    leeg = [_WAT[veld] for veld in ontbreekt(waarden)]
    if not leeg:
        return ""
    wat = leeg[0] if len(leeg) == 1 else ", ".join(leeg[:-1]) + " en " + leeg[-1]
    werkwoord = "is" if len(leeg) == 1 else "zijn"
    return f"Conceptversie: {wat} van deze site {werkwoord} nog niet ingevuld."


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


def downloads(pdf: bool, offline: bool, naar: Callable[[str], str]) -> str:
    """The sentence that links the PDF and the offline copy; `naar` makes a site path relative
    to the page. A build without them (make build, make serve) says where they are published."""
    if not pdf:
        return ("De gepubliceerde site biedt de hele gids ook als PDF om af te drukken en als offline "
                "kopie om zonder internet te lezen.")
    pdf_link = f'<a href="{escape(naar(PDF_PAD))}" download>de hele gids als PDF</a>'
    if offline:
        return f"Dit is de offline kopie van de site. Ze bevat ook {pdf_link} (A4, om af te drukken)."
    zip_link = f'<a href="{escape(naar(ZIP_PAD))}" download>een offline kopie</a>'
    return (f"Download {pdf_link} (A4, om af te drukken) of {zip_link} (zip): pak die uit en open "
            "<code>index.html</code> om de site zonder internet te lezen. Offline werkt de keuzehulp "
            "stap voor stap; de invulformulieren van de sjablonen werken alleen online.")


def on_config(config):
    UITGEVER.clear()
    UITGEVER.update(lees(igs_config.uitgever(igs_config.opties(config))))
    if leeg := ontbreekt():
        # Printed, not logged: `mkdocs build --strict` would fail on a fresh clone.
        print(f"WAARSCHUWING: uitgever nog niet ingevuld ({', '.join(leeg)}): vul plugins igs, uitgever in "
              "mkdocs.yml in, of IGS_UITGEVER / IGS_CONTACT / IGS_KLACHTEN. Elke pagina en de PDF "
              "tonen tot dan een melding 'Conceptversie'.", file=sys.stderr)
    return config


def on_env(env, config, files):
    """`igs_concept`: the notice for overrides/main.html, empty when the publisher is complete."""
    env.globals["igs_concept"] = concept()
    return env


def on_page_markdown(markdown: str, page, config, files) -> str:
    opties = igs_config.opties(config)
    renderers = {n: (lambda n=n: render(n)) for n in ("uitgever", "uitgever-contact", "uitgever-klachten")}
    renderers["downloads"] = lambda: downloads(igs_config.pdf(opties), bool(opties.offline),
                                               lambda pad: get_relative_url(pad, page.url))
    return markers.vervang(markdown, renderers, page.file.src_uri)


def melding_van_site(site: Path) -> str:
    """The concept notice a built site shows on its home page, as plain text, or "": the text of
    the element marked data-igs-concept, up to its link (overrides/main.html)."""
    start = site / "index.html"
    if not start.exists():
        return ""
    html = start.read_text(encoding="utf-8")
    gevonden = re.search(rf"<[^>]*\b{CONCEPT_MARKERING}\b[^>]*>([^<]*)<", html)
    if not gevonden:
        return ""
    return unescape(gevonden.group(1)).strip()


def main(argv: list[str] | None = None) -> int:
    """Print the concept notice of a built site (default site/), for the last line of `make site`."""
    argv = sys.argv[1:] if argv is None else argv
    melding = melding_van_site(Path(argv[0] if argv else "site"))
    if melding:
        print(f"LET OP: {melding} Vul plugins igs, uitgever in mkdocs.yml in (of IGS_UITGEVER, "
              "IGS_CONTACT, IGS_KLACHTEN) en bouw opnieuw.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
