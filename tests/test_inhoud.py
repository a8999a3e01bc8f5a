"""Front matter of steps and cases: the schema, and a broken file failing the build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from igs_site.inhoud import schema

ROOT = Path(__file__).resolve().parents[1]


def _stap(tmp_path, tekst):
    pad = tmp_path / "01-test.md"
    pad.write_text(tekst, encoding="utf-8")
    return pad


GOEDE_STAP = """---
nummer: 1
titel: Verkennen
beschrijving: Een beschrijving die lang genoeg is om als meta-omschrijving te dienen.
duur: twee maanden
beslist: het college
resultaten: [een nota]
sjablonen: [engagementsverklaring]
checklist: [een, twee]
bronnen:
  - {titel: Bron, uitgever: Uitgever, url: "https://example.org"}
laatst_gecontroleerd: 2026-11-27
---
Tekst.
"""


def test_goede_stap_is_geldig(tmp_path):
    pad = _stap(tmp_path, GOEDE_STAP)
    meta, body = schema.lees_front_matter(pad)
    schema.valideer(pad, meta, schema.STAP)
    assert body.strip() == "Tekst."


@pytest.mark.parametrize(
    "zoek, vervang, veld",
    [
        ("duur: twee maanden\n", "", "duur"),
        ("nummer: 1", "nummer: een", "nummer"),
        ("checklist: [een, twee]", "checklist: [een]", "checklist"),
        ("laatst_gecontroleerd: 2026-11-27", "laatst_gecontroleerd: gisteren", "laatst_gecontroleerd"),
        ('url: "https://example.org"', "url: example.org", "bronnen"),
        ("sjablonen: [engagementsverklaring]", "sjablonen: [Engagements Verklaring]", "sjablonen"),
    ],
)
def test_kapotte_stap_noemt_bestand_en_veld(tmp_path, zoek, vervang, veld):
    pad = _stap(tmp_path, GOEDE_STAP.replace(zoek, vervang))
    with pytest.raises(schema.InhoudFout) as fout:
        schema.valideer(pad, schema.lees_front_matter(pad)[0], schema.STAP)
    assert str(pad) in str(fout.value)
    assert f"'{veld}'" in str(fout.value)


def test_front_matter_die_geen_yaml_is(tmp_path):
    pad = _stap(tmp_path, "---\ntitel: [kapot\n---\nTekst\n")
    with pytest.raises(schema.InhoudFout, match="geen geldige YAML"):
        schema.lees_front_matter(pad)


def test_case_rechtsvorm_moet_bekend_zijn(tmp_path):
    pad = tmp_path / "x.md"
    pad.write_text(
        "---\ntitel: X\nbeschrijving: Een beschrijving die lang genoeg is voor het overzicht.\n"
        "gemeenten: [A, B]\nrechtsvorm: vzw\nopgericht: 2003\nthemas: [bib]\n"
        "bronnen:\n - {titel: a, uitgever: b, url: 'https://a.be'}\n - {titel: c, uitgever: d, url: 'https://c.be'}\n"
        "laatst_gecontroleerd: 2026-11-27\n---\n",
        encoding="utf-8",
    )
    with pytest.raises(schema.InhoudFout, match="'rechtsvorm'"):
        schema.valideer(pad, schema.lees_front_matter(pad)[0], schema.CASE)


def _kopie_van_project(tmp_path: Path, kopieer: tuple[str, ...] = ("stappen", "cases")) -> Path:
    """The project with symlinks, except the folders in `kopieer` (copies a test may break)."""
    project = tmp_path / "project"
    project.mkdir()
    for naam in ("docs", "overrides", "src", "tools", "node_modules", "stappen", "cases"):
        if naam in kopieer:
            shutil.copytree(ROOT / naam, project / naam, symlinks=True)
        elif (ROOT / naam).exists():
            (project / naam).symlink_to(ROOT / naam)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return project


@pytest.mark.parametrize(
    "map_, zoek, vervang, veld",
    [
        ("stappen", "\nduur:", "\nduur_weg:", "duur"),
        ("cases", "\nrechtsvorm:", "\nrechtsvorm: geen_idee\noud_rechtsvorm:", "rechtsvorm"),
        ("cases", 'url: "https://', 'url: "javascript:alert(1)//', "url"),
        ("stappen", "\nlaatst_gecontroleerd: ", "\nlaatst_gecontroleerd: 2026-02-30\noud: ", "laatst_gecontroleerd"),
        # a check date after the day of the build (L7)
        ("cases", "\nlaatst_gecontroleerd: ", "\nlaatst_gecontroleerd: 2031-01-01\noud: ", "laatst_gecontroleerd"),
    ],
)
def test_kapot_bestand_laat_de_build_falen(tmp_path, map_, zoek, vervang, veld):
    project = _kopie_van_project(tmp_path)
    bestand = sorted(p for p in (project / map_).glob("*.md") if p.name != "index.md")[0]
    bestand.write_text(bestand.read_text(encoding="utf-8").replace(zoek, vervang, 1), encoding="utf-8")
    resultaat = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "uit")],
        cwd=project, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert resultaat.returncode != 0
    assert bestand.name in resultaat.stderr and f"'{veld}'" in resultaat.stderr, resultaat.stderr[-2000:]


def _bouw(project: Path, uit: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(uit)],
        cwd=project, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@pytest.mark.parametrize(
    "pagina, marker, reden",
    [
        # a name no hook knows (a typo), on a page MkDocs renders
        ("docs/over/index.md", "<!-- igs:keuzehulp-widgte -->", "onbekende marker"),
        # a known marker on a page whose hook does not fill it: left over in the output
        ("docs/over/index.md", "<!-- igs:insluiten-bouwer -->", "niet vervangen"),
    ],
)
def test_marker_die_niemand_vult_laat_de_build_falen(tmp_path, pagina, marker, reden):
    project = _kopie_van_project(tmp_path, kopieer=("docs",))
    bestand = project / pagina
    bestand.write_text(bestand.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
    resultaat = _bouw(project, tmp_path / "uit")
    assert resultaat.returncode != 0
    assert f"{pagina}: {marker}: {reden}" in resultaat.stderr, resultaat.stderr[-2000:]


# --- broken fixtures: each stops with a message naming file and field --------------------------


@pytest.mark.parametrize(
    "zoek, vervang, verwacht",
    [
        ("laatst_gecontroleerd: 2026-11-27", "laatst_gecontroleerd: 2026-02-30", "'laatst_gecontroleerd' bevat een onmogelijke datum"),
        ('url: "https://example.org"}', 'url: "https://example.org", datum: 2024-04-31}', "'datum' bevat een onmogelijke datum"),
        ('url: "https://example.org"}', 'url: "https://example.org", datum: "2024-13"}', "'datum'"),
        ('url: "https://example.org"', 'url: "javascript:alert(1)"', "'url'"),
        ('url: "https://example.org"', 'url: "JavaScript:alert(1)"', "'url'"),
        ('url: "https://example.org"', 'url: "data:text/html,x"', "'url'"),
        ("duur: twee maanden", "duur: twee maanden\nduur: drie maanden", "'duur' staat twee keer"),
        ("beslist: het college", "beslist: het college\nbeslis: de raad", "onbekend veld 'beslis' (bedoel je 'beslist'?)"),
        ("checklist: [een, twee]", "checklist: [een, twee]\ncheklist: [drie]", "(bedoel je 'checklist'?)"),
        ('uitgever: Uitgever,', 'uitgever: Uitgever, uitgevr: X,', "onbekend veld 'uitgevr'"),
    ],
)
def test_kapotte_front_matter_noemt_bestand_en_veld(tmp_path, zoek, vervang, verwacht):
    assert zoek in GOEDE_STAP
    pad = _stap(tmp_path, GOEDE_STAP.replace(zoek, vervang))
    with pytest.raises(schema.InhoudFout) as fout:
        schema.valideer(pad, schema.lees_front_matter(pad)[0], schema.STAP)
    assert str(pad) in str(fout.value) and verwacht in str(fout.value), str(fout.value)


def test_ongeldige_utf8_noemt_bestand_en_regel(tmp_path):
    pad = tmp_path / "01-test.md"
    pad.write_bytes(GOEDE_STAP.replace("Verkennen", "Verk\xe9nnen").encode("latin-1"))
    with pytest.raises(schema.InhoudFout, match=r"geen geldige UTF-8 op regel 3"):
        schema.lees_front_matter(pad)


@pytest.mark.parametrize("bron", ["javascript:alert(document.domain)", "https://voorbeeld.be\njavascript:x", "//cdn.example"])
def test_case_inwoners_bron_moet_http_zijn(bron):
    assert "'bron'" in schema.inwoners({"aantal": 5, "bron": bron})


def test_verboden_links_in_html():
    assert schema.verboden_links('<a href="https://a.be">a</a> <a href="../x/">b</a> <a href="mailto:x@y.be">') == []
    assert schema.verboden_links('<a href="javascript:alert(1)">a</a>') == ['href="javascript:…"']
    assert schema.verboden_links("<a href=' JaVaScRiPt:x'>") == ['href="JaVaScRiPt:…"']
    assert schema.verboden_links('<img src="data:image/png;base64,xx">') == ['src="data:…"']


# --- a broken data file of the engine: the Dutch message alone (L6) ---------------------------


@pytest.mark.parametrize(
    "bestand, zoek, vervang, verwacht",
    [
        ("bronnen.toml", 'url = "https://www.etaamb.be/', 'url = "javascript:alert(1)//',
         "bronnen.toml, [dlb]: veld 'url' moet met http:// of https:// beginnen"),
        ("teksten.toml", 'kop_onbeslist = "Werkingssubsidie {periode}', 'kop_onbeslist = "Werkingssubsidie {onbekend}',
         "onbekende plaatshouder {onbekend}"),
    ],
)
def test_kapot_gegevensbestand_stopt_de_build_zonder_traceback(tmp_path, bestand, zoek, vervang, verwacht):
    project = _kopie_van_project(tmp_path, kopieer=("src",))
    pad = project / "src" / "keuzehulp" / "data" / bestand
    tekst = pad.read_text(encoding="utf-8")
    assert zoek in tekst
    pad.write_text(tekst.replace(zoek, vervang, 1), encoding="utf-8")
    # The copy's packages before the installed ones (an editable install of the real src/).
    resultaat = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "uit")],
        cwd=project, capture_output=True, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project / "src")},
    )
    assert resultaat.returncode != 0
    assert verwacht in resultaat.stderr, resultaat.stderr[-2000:]
    assert "Traceback" not in resultaat.stderr and 'File "' not in resultaat.stderr, resultaat.stderr[-3000:]


# --- what a page may not contain: inline style, files from other servers (L7) -----------------


def test_verboden_inhoud_in_html():
    eigen = "igscultuur.be"
    assert schema.verboden_inhoud('<img src="../a.png"><img src="https://igscultuur.be/b.png">'
                                  '<a href="https://elders.be/">link</a><link rel="canonical" href="https://x.be/">'
                                  '<code>&lt;p style="kleur"&gt;</code><div data-style="x">', eigen) == []
    for html, woord in [
        ('<p style="color:red">x</p>', "style"),
        ("<span class=a STYLE='x'>", "style"),
        ('<img alt="" src="https://tracker.example.com/pixel.png">', "tracker.example.com"),
        ('<img src="//cdn.example.org/a.png">', "cdn.example.org"),
        ('<img srcset="a.png 1x, http://x.org/b.png 2x">', "x.org"),
        ('<script src="https://cdn.example.org/a.js"></script>', "cdn.example.org"),
        ('<script src="../a.js"></script><p style="x">', "style"),
        ('<iframe src="https://video.example.org/"></iframe>', "video.example.org"),
        ('<link rel="stylesheet" href="https://fonts.example.org/a.css">', "fonts.example.org"),
    ]:
        fouten = schema.verboden_inhoud(html, eigen)
        assert len(fouten) == 1 and woord in fouten[0], (html, fouten)


def test_laatst_gecontroleerd_niet_na_de_bouwdag(monkeypatch):
    import datetime as dt

    vandaag = dt.date.today()
    assert schema.gecontroleerd_op(vandaag) is None
    assert "ligt in de toekomst" in schema.gecontroleerd_op(vandaag + dt.timedelta(days=1))
    # A build for a later day (IGS_DATUM) may carry checks up to that day.
    monkeypatch.setenv("IGS_DATUM", (vandaag + dt.timedelta(days=30)).isoformat())
    assert schema.gecontroleerd_op(vandaag + dt.timedelta(days=1)) is None


def test_externe_afbeelding_met_opmaak_laat_de_build_falen(tmp_path):
    project = _kopie_van_project(tmp_path, kopieer=("docs",))
    bestand = project / "docs/over/index.md"
    bestand.write_text(bestand.read_text(encoding="utf-8")
                       + '\n<p style="color:red">Rood</p>\n\n![x](https://tracker.example.com/pixel.png)\n',
                       encoding="utf-8")
    resultaat = _bouw(project, tmp_path / "uit")
    assert resultaat.returncode != 0
    assert "over/index.md" in resultaat.stderr and 'style="…"' in resultaat.stderr, resultaat.stderr[-2000:]
    assert "tracker.example.com/pixel.png" in resultaat.stderr, resultaat.stderr[-2000:]
    assert "Traceback" not in resultaat.stderr
