"""MkDocs hook: the landscape of recognised IGS cultuur on onderzoek/landschap.md.

The data live in tools/keuzehulp/data/landschap.csv (UTF-8, semicolon-separated;
the keuzehulp engine reads the same file). On the landscape page this hook
replaces the marker line `<!-- landschap-tabel -->` with
- a count per legal form (rows without a sourced form count as "not found"),
- an accessible table of all rows that works without JavaScript; tabel.js adds
  sortable headers and a text filter when it runs.

A broken data file stops the build with a PluginError that names the file, the
row (line number, the header is line 1) and the field. The parsing and the
checks are pure functions of a path, so tests can feed them broken files.
"""

from __future__ import annotations

import csv
import logging
import re
from collections import Counter
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import urlparse

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.landschap")

PAGINA = "onderzoek/landschap.md"
MARKER = "<!-- landschap-tabel -->"
DATA = Path("tools") / "keuzehulp" / "data" / "landschap.csv"

VELDEN = ("naam", "gemeenten", "rechtsvorm", "provincie", "referentieregio", "bron")
VELDEN_MET_OPMERKING = (*VELDEN, "opmerking")
VERPLICHT = ("naam", "gemeenten", "bron")

def rechtsvorm_namen() -> dict[str, str]:
    """Human names of the legal-form ids, from the keuzehulp's data (one source of truth).

    An empty id means: not found in a public source.
    """
    from keuzehulp import kennis

    return {**{vorm.id: vorm.naam for vorm in kennis.rechtsvormen()}, "": "Niet gevonden in openbare bronnen"}


class LandschapFout(PluginError):
    """The landscape data file breaks its format. The message names file, row and field."""


@dataclass(frozen=True)
class Rij:
    regel: int
    naam: str
    gemeenten: tuple[str, ...]
    rechtsvorm: str  # a legal-form id; "" = not found in a source
    provincie: str
    referentieregio: str
    bron: str
    opmerking: str = ""

    @property
    def rechtsvorm_naam(self) -> str:
        return rechtsvorm_namen()[self.rechtsvorm]


def _fout(pad: Path, regel: int, veld: str, tekst: str) -> LandschapFout:
    return LandschapFout(f"{pad}: regel {regel}, veld '{veld}': {tekst}")


def lees_landschap(pad: Path) -> list[Rij]:
    """Read and validate the landscape file; raise LandschapFout on the first problem."""
    pad = Path(pad)
    try:
        tekst = pad.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LandschapFout(f"{pad}: het databestand met het IGS-landschap ontbreekt") from None
    except UnicodeDecodeError as fout:
        raise LandschapFout(f"{pad}: het bestand is geen geldige UTF-8 ({fout.reason})") from None
    if tekst.startswith("\ufeff"):
        tekst = tekst[1:]
    regels = list(csv.reader(tekst.splitlines(), delimiter=";", strict=True))
    if not regels:
        raise LandschapFout(f"{pad}: het bestand is leeg")

    kop = tuple(veld.strip() for veld in regels[0])
    if kop not in (VELDEN, VELDEN_MET_OPMERKING):
        raise LandschapFout(
            f"{pad}: regel 1, veld 'kopregel': verwacht '{';'.join(VELDEN)}' "
            f"(eventueel gevolgd door ';opmerking'), gevonden '{';'.join(kop)}'"
        )

    rijen: list[Rij] = []
    namen: dict[str, int] = {}
    for regel, waarden in enumerate(regels[1:], start=2):
        if not any(waarde.strip() for waarde in waarden):
            continue  # a blank line
        rij = _lees_rij(pad, regel, kop, waarden)
        sleutel = rij.naam.casefold()
        if sleutel in namen:
            raise _fout(pad, regel, "naam", f"'{rij.naam}' staat al op regel {namen[sleutel]}")
        namen[sleutel] = regel
        rijen.append(rij)
    if not rijen:
        raise LandschapFout(f"{pad}: het bestand bevat geen enkele rij met gegevens")
    return rijen


def _lees_rij(pad: Path, regel: int, kop: tuple[str, ...], waarden: list[str]) -> Rij:
    if len(waarden) < len(kop):
        ontbreekt = kop[len(waarden)]
        raise _fout(
            pad, regel, ontbreekt,
            f"ontbreekt: de regel heeft {len(waarden)} velden in plaats van {len(kop)} "
            "(puntkomma vergeten?)",
        )
    if len(waarden) > len(kop):
        raise _fout(
            pad, regel, kop[-1],
            f"de regel heeft {len(waarden)} velden in plaats van {len(kop)} "
            "(een puntkomma te veel? zet een veld met een puntkomma tussen aanhalingstekens)",
        )
    veld = {naam: waarde.strip() for naam, waarde in zip(kop, waarden)}

    for naam in VERPLICHT:
        if not veld[naam]:
            raise _fout(pad, regel, naam, "mag niet leeg zijn")

    if veld["rechtsvorm"] not in rechtsvorm_namen():
        geldig = ", ".join(sorted(vorm for vorm in rechtsvorm_namen() if vorm))
        raise _fout(
            pad, regel, "rechtsvorm",
            f"onbekende rechtsvorm '{veld['rechtsvorm']}'; gebruik een van: {geldig}, "
            "of laat het veld leeg als geen bron de rechtsvorm noemt",
        )

    gemeenten = tuple(gemeente.strip() for gemeente in veld["gemeenten"].split("|"))
    if any(not gemeente for gemeente in gemeenten):
        raise _fout(pad, regel, "gemeenten", "bevat een lege gemeentenaam (twee keer '|' na elkaar?)")
    gezien: set[str] = set()
    for gemeente in gemeenten:
        if gemeente.casefold() in gezien:
            raise _fout(pad, regel, "gemeenten", f"'{gemeente}' staat twee keer in dezelfde IGS")
        gezien.add(gemeente.casefold())

    bron = veld["bron"]
    if re.search(r"\s", bron) or urlparse(bron).scheme not in ("http", "https") or not urlparse(bron).netloc:
        raise _fout(pad, regel, "bron", f"moet één url zijn die met http:// of https:// begint, niet '{bron}'")

    return Rij(
        regel=regel,
        naam=veld["naam"],
        gemeenten=gemeenten,
        rechtsvorm=veld["rechtsvorm"],
        provincie=veld["provincie"],
        referentieregio=veld["referentieregio"],
        bron=bron,
        opmerking=veld.get("opmerking", ""),
    )


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


def _domein(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def tabel_html(rijen: list[Rij], tabel_id: str = "landschap-tabel") -> str:
    """An accessible table that needs no JavaScript; tabel.js enhances it."""
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
        f'<caption id="{caption_id}">Erkende intergemeentelijke samenwerkingsverbanden cultuur '
        f"2020-2026: gemeenten, rechtsvorm en bron</caption>\n"
        f"<thead><tr>{kop_html}</tr></thead>\n"
        "<tbody>\n" + "\n".join(rij_html) + "\n</tbody>\n"
        "</table>\n"
        "</div>\n"
    )


def vervang_marker(markdown: str, rijen: list[Rij], bron: str = PAGINA) -> str:
    if MARKER not in markdown:
        raise LandschapFout(f"{bron}: de regel '{MARKER}' ontbreekt; daar hoort de tabel")
    blok = "\n" + telling_md(rijen) + "\n" + tabel_html(rijen) + "\n"
    return markdown.replace(MARKER, blok, 1)


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
