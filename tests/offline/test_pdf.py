"""The whole guide as one PDF (tools/offline/pdf.py)."""

from __future__ import annotations

import re
import subprocess

from pypdf import PdfReader


def normaal(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst).strip()


def hoofdstukstarts(pdf_pad) -> dict[str, int]:
    """Chapter anchor (h1, h2, …) -> first page, from the PDF's named destinations."""
    reader = PdfReader(pdf_pad)
    return {naam.lstrip("/"): reader.get_destination_page_number(d) + 1
            for naam, d in reader.named_destinations.items() if re.fullmatch(r"/?h\d+", naam)}


def test_pdf_bestaat_met_plausibel_aantal_paginas(pdf_pad, nav_titels):
    reader = PdfReader(pdf_pad)
    # cover + contents + at least one sheet per page of the navigation
    assert len(nav_titels) + 2 <= len(reader.pages) < 1000
    breedte, hoogte = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert abs(breedte - 595) < 2 and abs(hoogte - 842) < 2, "niet A4"


def test_elke_pagina_van_de_navigatie_staat_erin(pdf_teksten, nav_titels):
    # after the table of contents: every title must also appear in the body
    inhoud = normaal(" ".join(pdf_teksten[2:]))
    ontbreekt = [t for t in nav_titels if t not in inhoud]
    assert not ontbreekt, f"titels niet in de PDF: {ontbreekt}"


def test_voettekst_pagina_n_van_m(pdf_teksten):
    totaal = len(pdf_teksten)
    zonder = [n for n, tekst in enumerate(pdf_teksten[1:], start=2)
              if f"Pagina {n} van {totaal}" not in normaal(tekst)]
    assert not zonder, f"geen voettekst 'Pagina N van {totaal}' op pagina's {zonder[:10]}"


def test_geen_lege_of_halve_inhoud(pdf_teksten):
    verboden = [
        (r"\bundefined\b", re.I), (r"\bNaN\b", 0), (r"\{\{|\{%", 0),
        (r"\bladen\b", re.I), (r"wordt geladen", re.I), (r"Python-omgeving", re.I),
    ]
    fouten = []
    for n, tekst in enumerate(pdf_teksten, start=1):
        for patroon, vlag in verboden:
            if m := re.search(patroon, tekst, vlag):
                fouten.append(f"p. {n}: '{m.group(0)}' in …{normaal(tekst[max(0, m.start() - 60):m.end() + 60])}…")
    assert not fouten, "\n".join(fouten[:20])


def _inhoudstafel(pdf_pad, nav_titels, eerste_hoofdstuk: int) -> list[tuple[str, int]]:
    """(title, page) from the table of contents: page 2 up to the first chapter,
    read with the layout kept (title and number on one line)."""
    tekst = normaal(subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-f", "2", "-l", str(eerste_hoofdstuk - 1), str(pdf_pad), "-"],
        capture_output=True, check=True).stdout.decode("utf-8"))
    regels, positie = [], 0
    for titel in nav_titels:
        m = re.compile(re.escape(titel) + r" (\d+)\b").search(tekst, positie)
        assert m, f"'{titel}' met paginanummer niet gevonden in de inhoudstafel"
        regels.append((titel, int(m.group(1))))
        positie = m.end()
    return regels


def test_inhoudstafel_verwijst_naar_de_juiste_paginas(pdf_pad, pdf_teksten, nav_titels):
    starts = hoofdstukstarts(pdf_pad)
    regels = _inhoudstafel(pdf_pad, nav_titels, starts["h1"])
    nummers = [n for _, n in regels]
    # each title appears on the page its entry names …
    fout = [f"'{t}' niet op p. {n}" for t, n in regels if t not in normaal(pdf_teksten[n - 1])]
    assert not fout, fout
    # … and that is the page where its chapter starts
    verwacht = [starts[f"h{i}"] for i in range(1, len(regels) + 1)]
    assert nummers == verwacht, f"inhoudstafel {nummers} ≠ begin van de hoofdstukken {verwacht}"


def _inhoudsregels(tekst: str) -> list[str]:
    """The lines of a page without the running header (first line) and footer (last line)."""
    regels = [r for r in tekst.splitlines() if r.strip()]
    return regels[1:-1]


def test_geen_bijna_lege_pagina_met_alleen_de_datum(pdf_teksten):
    # "Laatst bijgewerkt" stands in the heading line of each chapter, never alone on a page.
    alleen_datum = [n for n, tekst in enumerate(pdf_teksten, start=1)
                    if "Laatst bijgewerkt" in tekst and len(_inhoudsregels(tekst)) <= 2]
    assert not alleen_datum, f"pagina's met alleen 'Laatst bijgewerkt': {alleen_datum}"
    # a control: the dates are still in the PDF
    assert sum("Laatst bijgewerkt" in t for t in pdf_teksten) >= 20


def test_beslisschema_is_compact(pdf_pad, nav_titels):
    starts = hoofdstukstarts(pdf_pad)
    nummer = nav_titels.index("Beslisschema van de keuzehulp") + 1
    paginas = starts[f"h{nummer + 1}"] - starts[f"h{nummer}"]
    assert 1 <= paginas <= 10, f"het beslisschema beslaat {paginas} pagina's (was 30)"


def test_conceptmelding_op_omslag_en_in_de_voettekst_zolang_de_uitgever_ontbreekt(site_dir, pdf_teksten):
    from igs_site.inhoud import uitgever

    concept = uitgever.melding_van_site(site_dir)
    omslag = normaal(pdf_teksten[0])
    met_voet = [n for n, t in enumerate(pdf_teksten[1:], start=2) if "Conceptversie" in normaal(t)]
    if concept:
        assert normaal(concept) in omslag, omslag
        assert len(met_voet) == len(pdf_teksten) - 1, "niet elke pagina draagt de conceptmelding"
    else:
        assert "Conceptversie" not in omslag and not met_voet


def test_omslag_noemt_de_productversie_niet_de_commit(pdf_teksten):
    from keuzehulp.versie import VERSIE

    omslag = normaal(pdf_teksten[0])
    assert f"Versie {VERSIE}" in omslag
    assert not re.search(r"\b[0-9a-f]{7,40}\b", omslag), omslag
