"""Site build (plugin igs): the landscape of recognised IGS cultuur on onderzoek/landschap.md.

The data live in src/keuzehulp/data/landschap.csv and are read by the
keuzehulp's own reader (keuzehulp.landschap), which also checks them. On the landscape page this hook
replaces the marker line `<!-- igs:landschap-tabel -->` with, per subsidy period that
has rows (oldest first):
- a heading naming the period and a count per legal form (rows without a sourced
  form count as "not found"),
- an accessible table of the rows of that period that works without JavaScript;
  tabel.js adds sortable headers and a text filter when it runs.
A period without rows gets no table: the page itself says what is known about it.

A broken data file stops the build with a PluginError that names the file, the
row (line number, the header is line 1) and the field.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path
from urllib.parse import urlparse

from mkdocs.exceptions import PluginError

from igs_site.controle import markers
from keuzehulp.datum import datum_nl
from keuzehulp.landschap import PERIODES, Rij, lees_bestand, rechtsvorm_namen
from keuzehulp.landschap import LandschapFout as KernFout

PAGINA = "onderzoek/landschap.md"
MARKER = markers.marker("landschap-tabel")
DATA = Path("src") / "keuzehulp" / "data" / "landschap.csv"


class LandschapFout(PluginError):
    """The landscape data file breaks its format. The message names file, row and field."""


def lees_landschap(pad: Path) -> list[Rij]:
    """Read and validate the landscape file with the keuzehulp's reader (the only one);
    a problem stops the build."""
    try:
        return lees_bestand(pad)
    except KernFout as fout:
        raise LandschapFout(str(fout)) from None


# --- rendering: pure functions of the rows ---


def telling(rijen: list[Rij]) -> list[tuple[str, int]]:
    """(human name, count) per legal form, from light to heavy; zeros left out."""
    aantallen = Counter(rij.rechtsvorm for rij in rijen)
    return [(naam, aantallen[vorm]) for vorm, naam in rechtsvorm_namen().items() if aantallen[vorm]]


def telling_md(rijen: list[Rij]) -> str:
    regels = [f"- {naam}: {aantal}" for naam, aantal in telling(rijen)]
    return (
        f"**Rechtsvorm van de {len(rijen)} erkende samenwerkingsverbanden** "
        "(volgens de bron per rij):\n\n" + "\n".join(regels) + "\n"
    )


def per_periode(rijen: list[Rij]) -> list[tuple[str, list[Rij]]]:
    """(period, rows) for every period that has rows, oldest first."""
    return [(periode, groep) for periode in PERIODES if (groep := [r for r in rijen if r.periode == periode])]


def _domein(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def tabel_html(rijen: list[Rij], tabel_id: str = "landschap-tabel") -> str:
    """An accessible table of the rows of one period that needs no JavaScript; tabel.js enhances it."""
    perioden = sorted({rij.periode for rij in rijen})
    met_einde = any(rij.einde for rij in rijen)
    met_opmerking = any(rij.opmerking for rij in rijen)
    koppen = [
        ("Naam", "tekst"),
        ("Gemeenten", "tekst"),
        ("Aantal gemeenten", "getal"),
        ("Rechtsvorm", "tekst"),
        ("Provincie", "tekst"),
        ("Referentieregio", "tekst"),
        ("Bron", "tekst"),
    ]
    if met_einde:
        koppen.append(("Gestopt op", "tekst"))
    if met_opmerking:
        koppen.append(("Opmerking", "tekst"))
    telling_id = f"{tabel_id}-telling"
    filter_id = f"{tabel_id}-filter"
    caption_id = f"{tabel_id}-titel"

    kop_html = "".join(
        f'<th scope="col" data-type="{soort}">{escape(kop)}</th>' for kop, soort in koppen
    )
    rij_html = []
    for rij in rijen:
        cellen = [
            f"<td>{escape(rij.naam)}</td>",
            f"<td>{escape(', '.join(rij.gemeenten))}</td>",
            f'<td data-waarde="{len(rij.gemeenten)}">{len(rij.gemeenten)}</td>',
            f"<td>{escape(rij.rechtsvorm_naam)}</td>",
            f"<td>{escape(rij.provincie) or 'Onbekend'}</td>",
            f"<td>{escape(rij.referentieregio) or 'Onbekend'}</td>",
            f'<td><a href="{escape(rij.bron)}">{escape(_domein(rij.bron))}</a></td>',
        ]
        if met_einde:
            einde = datum_nl(rij.einde) if rij.einde else ""
            cellen.append(f'<td data-waarde="{rij.einde.isoformat() if rij.einde else ""}">{escape(einde)}</td>')
        if met_opmerking:
            cellen.append(f"<td>{escape(rij.opmerking)}</td>")
        rij_html.append("<tr>" + "".join(cellen) + "</tr>")

    return (
        f'<p class="igs-tabelfilter" hidden>'
        f'<label for="{filter_id}">Filter de tabel op naam, gemeente, rechtsvorm of provincie</label> '
        f'<input type="search" id="{filter_id}" data-filter-voor="{tabel_id}" autocomplete="off" hidden>'
        "</p>\n"
        f'<p class="igs-tabeltelling" id="{telling_id}" aria-live="polite">'
        f"{len(rijen)} samenwerkingsverbanden</p>\n"
        f'<div class="igs-tabel-scroll" role="region" aria-labelledby="{caption_id}" tabindex="0">\n'
        f'<table id="{tabel_id}" class="igs-tabel" data-sorteerbaar data-filterbaar '
        f'data-telling="{telling_id}" data-eenheid="samenwerkingsverbanden">\n'
        f'<caption id="{caption_id}">Erkende intergemeentelijke samenwerkingsverbanden cultuur, '
        f"periode {escape(' en '.join(perioden))}: gemeenten, rechtsvorm en bron</caption>\n"
        f"<thead><tr>{kop_html}</tr></thead>\n"
        "<tbody>\n" + "\n".join(rij_html) + "\n</tbody>\n"
        "</table>\n"
        "</div>\n"
    )


def tabel_id(periode: str) -> str:
    return f"landschap-tabel-{periode}"


def vervang_marker(markdown: str, rijen: list[Rij], bron: str = PAGINA) -> str:
    if MARKER not in markdown:
        raise LandschapFout(f"{bron}: de regel '{MARKER}' ontbreekt; daar hoort de tabel")
    blokken = [
        f"### Erkend voor {periode}\n\n" + telling_md(groep) + "\n" + tabel_html(groep, tabel_id(periode))
        for periode, groep in per_periode(rijen)
    ]
    blok = "\n" + "\n".join(blokken) + "\n"
    return markers.vervang(markdown, {"landschap-tabel": lambda: blok}, bron)


# --- MkDocs events ---

_ROOT: Path | None = None


def on_config(config):
    global _ROOT
    _ROOT = Path(config.config_file_path).parent.resolve()
    # Check the data early, so a broken file fails even a build that skips the page.
    lees_landschap(_ROOT / DATA)
    return config


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.file.src_uri != PAGINA:
        return markdown
    root = _ROOT or Path(config.config_file_path).parent.resolve()
    return vervang_marker(markdown, lees_landschap(root / DATA))


def on_serve(server, config, builder):
    root = Path(config.config_file_path).parent
    server.watch(str(root / DATA))
    return server
