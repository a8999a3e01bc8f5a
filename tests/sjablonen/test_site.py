"""The MkDocs hook (generated pages and downloads) and, when LibreOffice is
installed, a real conversion of every document to PDF."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml
from sj_hulp import IDS, ROOT, voorbeeldwaarden

import sjablonen

pytest.importorskip("mkdocs")
from igs_site.inhoud import sjablonen_pagina  # noqa: E402


def _front_matter(pagina: str) -> tuple[dict, str]:
    match = re.match(r"\A---\n(.*?\n)---\n", pagina, re.DOTALL)
    assert match, "front matter ontbreekt"
    return yaml.safe_load(match.group(1)), pagina[match.end():]


def test_pagina_front_matter_en_downloads(sjabloon_id):
    pagina = sjablonen_pagina.pagina(sjabloon_id, {"odt": 7000, "docx": 9000})
    meta, body = _front_matter(pagina)
    sjabloon = sjablonen.laad(sjabloon_id)
    assert meta["beschrijving"] == sjabloon.beschrijving and 40 <= len(meta["beschrijving"]) <= 300
    assert meta["laatst_bijgewerkt"] == sjabloon.laatst_bijgewerkt
    assert f"[Download als ODT (OpenDocument)](downloads/{sjabloon_id}.odt)" in body
    assert f"[Download als Word (DOCX)](downloads/{sjabloon_id}.docx)" in body
    assert "(7 kB)" in body and "(9 kB)" in body
    assert sjablonen.MARKER_DOWNLOADS not in body and sjablonen.MARKER_FORMULIER not in body
    assert ("## Vul in op deze site" in body) == sjabloon.formulier
    assert body.lstrip().startswith(f"# {sjabloon.titel}")


def test_offline_kopie_zegt_dat_invullen_de_website_vraagt(sjabloon_id):
    """In the offline copy a template with a form says plainly that filling in needs the website
    (with a link to its page there) and links the blank templates that work offline."""
    online = f"https://igscultuur.be/sjablonen/{sjabloon_id}/"
    _, body = _front_matter(sjablonen_pagina.pagina(sjabloon_id, {"odt": 7000, "docx": 9000}, online))
    assert "## Vul in op deze site" not in body and "igs:invulformulier" not in body
    if sjablonen.laad(sjabloon_id).formulier:
        assert "werkt alleen op de website" in body
        assert f"]({online}#vul-in)" in body
        assert f"[ODT](downloads/{sjabloon_id}.odt)" in body and f"[DOCX](downloads/{sjabloon_id}.docx)" in body
    else:
        assert "Offline versie" not in body


@pytest.mark.parametrize(
    "aantal, tekst", [(10, "1 kB"), (7000, "7 kB"), (1024 * 1024 * 3 // 2, "1,5 MB")]
)
def test_grootte(aantal, tekst):
    assert sjablonen_pagina.grootte(aantal) == tekst


def test_navigatie_krijgt_de_sjablonen():
    class Config(dict):
        __getattr__ = dict.get

    config = Config(nav=[{"Home": "index.md"}, {"Sjablonen": "sjablonen/index.md"}], watch=[])
    sjablonen_pagina.on_config(config)
    sectie = config.nav[1]["Sjablonen"]
    assert sectie[0] == "sjablonen/index.md"
    assert [list(d.values())[0] for d in sectie[1:]] == [f"sjablonen/{i}.md" for i in IDS]
    assert [list(d.keys())[0] for d in sectie[1:]] == [sjablonen.laad(i).titel for i in IDS]
    assert config.watch and config.watch[0].endswith("data")


CONFIG = """\
site_name: Sjablonen test
site_url: https://voorbeeld.test/
strict: true
use_directory_urls: {directory_urls}
theme:
  name: material
  language: nl
  font: false
hooks:
  - {hook}
markdown_extensions:
  - admonition
  - attr_list
  - def_list
  - md_in_html
  - tables
  - toc:
      permalink: true
nav:
  - Home: index.md
  - Sjablonen: sjablonen/index.md
"""


@pytest.mark.parametrize("directory_urls", [True, False])
def test_mkdocs_build_met_downloads(tmp_path, directory_urls):
    docs = tmp_path / "docs"
    (docs / "sjablonen").mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "sjablonen" / "index.md", docs / "sjablonen" / "index.md")
    (docs / "index.md").write_text("# Home\n\n[Sjablonen](sjablonen/index.md)\n", encoding="utf-8")
    hook = ROOT / "src" / "igs_site" / "inhoud" / "sjablonen_pagina.py"
    (tmp_path / "mkdocs.yml").write_text(
        CONFIG.format(directory_urls=str(directory_urls).lower(), hook=hook), encoding="utf-8"
    )
    # No PYTHONPATH: the hook finds the packages as installed (pip install -e .).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"NO_MKDOCS_2_WARNING": "1"}
    resultaat = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
        cwd=tmp_path, env=env, capture_output=True, text=True,
    )
    assert resultaat.returncode == 0, resultaat.stderr
    site = tmp_path / "site"
    index = (site / "sjablonen" / "index.html").read_text(encoding="utf-8")
    for sjabloon_id in IDS:
        pagina = site / "sjablonen" / (f"{sjabloon_id}/index.html" if directory_urls else f"{sjabloon_id}.html")
        html = pagina.read_text(encoding="utf-8")
        for formaat, maak in (("odt", sjablonen.odt), ("docx", sjablonen.docx)):
            bestand = site / "sjablonen" / "downloads" / f"{sjabloon_id}.{formaat}"
            assert bestand.read_bytes() == maak(sjabloon_id)
            hrefs = re.findall(rf'href="([^"]*{re.escape(sjabloon_id)}\.{formaat})"', html)
            assert hrefs, f"geen link naar {bestand.name}"
            for href in hrefs:  # the relative link resolves to the file
                assert (pagina.parent / href).resolve() == bestand.resolve()
        assert sjablonen.laad(sjabloon_id).titel in index  # in the navigation and the table
        assert ("igs-sjabloonformulier" in html) == sjablonen.laad(sjabloon_id).formulier
        assert "<!-- igs:" not in html


# --- optional: LibreOffice ---------------------------------------------------------


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is niet geïnstalleerd: apt-get install -y libreoffice-writer-nogui",
)
def test_libreoffice_zet_elk_document_om_naar_pdf(tmp_path):
    invoer = tmp_path / "in"
    uitvoer = tmp_path / "pdf"
    invoer.mkdir()
    verwacht = {}
    for sjabloon_id in IDS:
        velden = voorbeeldwaarden(sjabloon_id)
        for soort, waarden in (("leeg", None), ("ingevuld", velden)):
            for formaat, maak in (("odt", sjablonen.odt), ("docx", sjablonen.docx)):
                naam = f"{sjabloon_id}-{soort}-{formaat}"
                (invoer / f"{naam}.{formaat}").write_bytes(maak(sjabloon_id, waarden))
                kop = sjablonen.laad(sjabloon_id).document_titel.split("{")[0].strip()
                eerste = sjablonen.laad(sjabloon_id).velden[0]
                verwacht[naam] = [kop, f"«{eerste.label}»" if waarden is None else eerste.voorbeeld]
    profiel = (tmp_path / "profiel").as_uri()
    resultaat = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profiel}", "--headless", "--convert-to", "pdf",
         "--outdir", str(uitvoer), *sorted(str(p) for p in invoer.iterdir())],
        capture_output=True, text=True, timeout=300,
    )
    assert resultaat.returncode == 0, resultaat.stderr
    pypdf = pytest.importorskip("pypdf")
    for naam, stukken in verwacht.items():
        pdf = uitvoer / f"{naam}.pdf"
        assert pdf.exists() and pdf.stat().st_size > 1000, f"{naam}: geen PDF"
        tekst = " ".join(pagina.extract_text() for pagina in pypdf.PdfReader(pdf).pages)
        tekst = re.sub(r"\s+", " ", tekst)
        for stuk in stukken:
            assert stuk in tekst, f"{naam}: '{stuk}' niet in de PDF"
