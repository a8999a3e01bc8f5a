"""Build the whole guide as one PDF: site/downloads/igs-cultuur.pdf.

    python -m tools.offline.pdf [--site site] [--uit site/downloads/igs-cultuur.pdf]

A post-build step (works on any built site/, no MkDocs plugin): every page of
the navigation, in navigation order, becomes a chapter of one print HTML file
(drukwerk.py), which Chromium renders to A4 twice. The first pass tells on
which page each chapter starts (the PDF's named destinations, one per chapter,
exist because the table of contents links them); the second pass prints those
numbers in the table of contents, whose layout does not depend on them, and is
checked: every chapter must start on the page its entry names and show its
title there. Running headers (section name) and footers ("Pagina N van M") are
CSS @page margin boxes on named pages (kopvoet.py).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from pypdf import PdfReader

from . import drukwerk
from .gemeen import BUILD, PDF_PAD, SITE, OfflineFout, bouwdatum, browser, commit, versie, zorg_voor_site


def _normaal(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst).strip()


def render(pagina, html_pad: Path, pdf_pad: Path, definitief: bool = True) -> None:
    """The first pass only needs the layout: without tags and bookmarks it is
    twice as fast (measured); the layout is the same, and pass 2 checks it."""
    pagina.goto(html_pad.as_uri(), wait_until="load")
    pagina.pdf(path=str(pdf_pad), prefer_css_page_size=True, print_background=True,
               outline=definitief, tagged=definitief)


def startpaginas(pdf_pad: Path, doc: drukwerk.Drukdocument) -> dict[str, int]:
    """Chapter anchor -> 1-based page on which the chapter starts."""
    reader = PdfReader(pdf_pad)
    bestemmingen = {
        naam.lstrip("/"): reader.get_destination_page_number(dest) + 1
        for naam, dest in reader.named_destinations.items()
    }
    ontbreekt = [h.anker for h in doc.hoofdstukken if h.anker not in bestemmingen]
    if ontbreekt:
        raise OfflineFout(f"{pdf_pad}: geen bestemming voor hoofdstuk(ken) {', '.join(ontbreekt)}")
    return {h.anker: bestemmingen[h.anker] for h in doc.hoofdstukken}


def paginateksten(pdf_pad: Path) -> list[str]:
    """Text per page: poppler's pdftotext (fast), else pypdf."""
    if shutil.which("pdftotext"):
        uit = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_pad), "-"],
                             capture_output=True, check=True).stdout.decode("utf-8")
        return uit.split("\f")[: len(PdfReader(pdf_pad).pages)]
    return [pagina.extract_text() for pagina in PdfReader(pdf_pad).pages]


def controleer(pdf_pad: Path, doc: drukwerk.Drukdocument, verwacht: dict[str, int]) -> int:
    """Check the second pass; returns its page count. Fails loudly when a
    table-of-contents number is off."""
    gekregen = startpaginas(pdf_pad, doc)
    teksten = paginateksten(pdf_pad)
    fouten = []
    for h in doc.hoofdstukken:
        nummer = verwacht[h.anker]
        if gekregen[h.anker] != nummer:
            fouten.append(f"'{h.titel}': inhoudstafel zegt p. {nummer}, hoofdstuk begint op p. {gekregen[h.anker]}")
            continue
        tekst = _normaal(teksten[nummer - 1])
        if h.kop and _normaal(h.kop) not in tekst:
            fouten.append(f"'{h.titel}': titel '{h.kop}' staat niet op p. {nummer}")
    if fouten:
        raise OfflineFout("Paginanummers in de inhoudstafel kloppen niet:\n  " + "\n  ".join(fouten))
    return len(teksten)


def bouw_pdf(site: Path = SITE, uit: Path | None = None, werkmap: Path = BUILD / "pdf") -> dict:
    """Build the PDF; returns figures (pages, bytes, seconds)."""
    begin = time.perf_counter()
    site = zorg_voor_site(site)
    uit = uit or site / PDF_PAD
    uit.parent.mkdir(parents=True, exist_ok=True)
    werkmap.mkdir(parents=True, exist_ok=True)
    html_pad = werkmap / "igs-cultuur.html"
    with browser() as chromium:
        pagina = chromium.new_page()
        doc = drukwerk.verzamel(pagina, site, bouwdatum(), versie(), commit())

        html_pad.write_text(drukwerk.html(doc), encoding="utf-8")
        render(pagina, html_pad, werkmap / "pass1.pdf", definitief=False)
        paginas = startpaginas(werkmap / "pass1.pdf", doc)

        html_pad.write_text(drukwerk.html(doc, paginas), encoding="utf-8")
        render(pagina, html_pad, werkmap / "pass2.pdf")
    totaal = controleer(werkmap / "pass2.pdf", doc, paginas)
    uit.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(werkmap / "pass2.pdf", uit.with_suffix(".pdf.tmp"))
    uit.with_suffix(".pdf.tmp").replace(uit)
    return {"pad": uit, "paginas": totaal, "bytes": uit.stat().st_size,
            "hoofdstukken": len(doc.hoofdstukken), "seconden": time.perf_counter() - begin}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bouw de hele gids als één PDF.")
    parser.add_argument("--site", type=Path, default=SITE, help="gebouwde site (standaard: site/)")
    parser.add_argument("--uit", type=Path, help=f"PDF-bestand (standaard: <site>/{PDF_PAD})")
    parser.add_argument("--werkmap", type=Path, default=BUILD / "pdf", help="tussenbestanden")
    args = parser.parse_args(argv)
    try:
        r = bouw_pdf(args.site, args.uit, args.werkmap)
    except OfflineFout as fout:
        print(f"PDF niet gemaakt: {fout}", file=sys.stderr)
        return 1
    print(f"{r['pad']}: {r['paginas']} pagina's, {r['hoofdstukken']} hoofdstukken, "
          f"{r['bytes'] / 1024:.0f} KB, {r['seconden']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
