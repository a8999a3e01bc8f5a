"""Case pages, research pages and the IGS landscape data.

- every case (cases/*.md except index) follows the CASE schema and cites at least
  two external sources;
- the research pages follow the ONDERZOEK schema;
- the landscape file validates, and broken files are rejected with a message that
  names the row and the field;
- no case states a legal form that the landscape file contradicts;
- the centrumsteden page lists exactly the 13 centrumsteden.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools" / "site_hooks"))

import landschap  # noqa: E402
import schema  # noqa: E402

CASES = sorted(p for p in (ROOT / "cases").glob("*.md") if p.name != "index.md")
ONDERZOEK = [ROOT / "docs" / "onderzoek" / naam for naam in ("centrumsteden.md", "landschap.md")]
DATA = ROOT / "tools" / "keuzehulp" / "data" / "landschap.csv"

CENTRUMSTEDEN = {
    "Antwerpen", "Gent",
    "Aalst", "Brugge", "Genk", "Hasselt", "Kortrijk", "Leuven", "Mechelen",
    "Oostende", "Roeselare", "Sint-Niklaas", "Turnhout",
}

KOP = "naam;gemeenten;rechtsvorm;provincie;referentieregio;bron;opmerking"


def _extern(url: str) -> bool:
    deel = urlparse(url)
    return deel.scheme in ("http", "https") and bool(deel.netloc) and "igscultuur.be" not in deel.netloc


# --- case pages ---


def test_er_zijn_cases():
    namen = {p.stem for p in CASES}
    assert {"ivebica", "stuifzand-laakdal", "burgerinitiatieven"} <= namen


@pytest.mark.parametrize("pad", CASES, ids=lambda p: p.name)
def test_case_volgt_schema(pad):
    meta, body = schema.lees_front_matter(pad)
    schema.valideer(pad, meta, schema.CASE)
    externe = {bron["url"] for bron in meta["bronnen"] if _extern(bron["url"])}
    assert len(externe) >= 2, f"{pad.name}: minstens twee externe bronnen nodig"
    # The hook adds the H1, the fact card and the source list: the body must not.
    assert not re.search(r"^# ", body, re.MULTILINE), f"{pad.name}: de body mag geen H1 hebben"
    assert not re.search(r"^## Bronnen", body, re.MULTILINE), f"{pad.name}: 'Bronnen' komt uit de front matter"


@pytest.mark.parametrize("pad", CASES, ids=lambda p: p.name)
def test_case_citeert_alleen_bronnen_uit_de_front_matter(pad):
    meta, body = schema.lees_front_matter(pad)
    bekend = {bron["url"] for bron in meta["bronnen"]}
    geciteerd = set(re.findall(r"\]\((https?://[^)\s]+)\)", body))
    ontbrekend = geciteerd - bekend
    assert not ontbrekend, f"{pad.name}: geciteerd maar niet in 'bronnen': {sorted(ontbrekend)}"


def test_overzicht_cases_heeft_h1():
    meta, body = schema.lees_front_matter(ROOT / "cases" / "index.md")
    schema.valideer(ROOT / "cases" / "index.md", meta, schema.OVERZICHT)
    assert body.lstrip().startswith("# Cases")


# --- research pages ---


@pytest.mark.parametrize("pad", ONDERZOEK, ids=lambda p: p.name)
def test_onderzoek_volgt_schema(pad):
    meta, body = schema.lees_front_matter(pad)
    schema.valideer(pad, meta, schema.ONDERZOEK)
    assert sum(_extern(bron["url"]) for bron in meta["bronnen"]) >= 2
    assert body.lstrip().startswith("# "), f"{pad.name}: de body begint met een H1"
    assert re.search(r"^## Bronnen\s*$", body, re.MULTILINE), f"{pad.name}: sectie 'Bronnen' ontbreekt"


def test_onderzoek_index_heeft_h1():
    pad = ROOT / "docs" / "onderzoek" / "index.md"
    meta, body = schema.lees_front_matter(pad)
    schema.valideer(pad, meta, schema.OVERZICHT)
    assert body.lstrip().startswith("# ")


def test_landschap_pagina_heeft_marker():
    _, body = schema.lees_front_matter(ROOT / "docs" / "onderzoek" / "landschap.md")
    assert body.count(landschap.MARKER) == 1


def test_centrumsteden_pagina_noemt_precies_de_13():
    _, body = schema.lees_front_matter(ROOT / "docs" / "onderzoek" / "centrumsteden.md")
    sectie = body.split("### Welke steden zijn centrumsteden?", 1)[1].split("\n#", 1)[0]
    steden = {
        cellen[1].strip()
        for regel in sectie.splitlines()
        if regel.startswith("|") and not set(regel) <= set("|-: ")
        for cellen in [regel.split("|")]
    } - {"Centrumstad"}
    assert steden == CENTRUMSTEDEN
    assert len(steden) == 13


# --- the landscape data file ---


def test_landschap_bestand_is_geldig():
    rijen = landschap.lees_landschap(DATA)
    assert len(rijen) == 19
    geldig = schema.rechtsvorm_ids() | {""}
    for rij in rijen:
        assert rij.rechtsvorm in geldig
        assert len({g.casefold() for g in rij.gemeenten}) == len(rij.gemeenten)
        assert rij.bron.startswith(("http://", "https://"))
    assert not DATA.read_text(encoding="utf-8").lstrip().startswith("#")


def test_landschap_tabel_is_toegankelijk():
    rijen = landschap.lees_landschap(DATA)
    html = landschap.tabel_html(rijen)
    assert "<caption" in html
    assert html.count('<th scope="col"') >= 7
    assert "data-sorteerbaar" in html and "data-filterbaar" in html
    assert re.search(r'<input type="search"[^>]*\bhidden\b', html)
    assert '<label for="landschap-tabel-filter"' in html
    assert 'aria-live="polite"' in html
    assert html.count("<tr>") == len(rijen) + 1
    md = landschap.vervang_marker("Voor\n\n" + landschap.MARKER + "\n\nNa\n", rijen)
    assert landschap.MARKER not in md
    assert "Niet gevonden in openbare bronnen" in md
    assert "Projectvereniging" in md


def _schrijf(tmp_path, *regels, kop=KOP):
    pad = tmp_path / "landschap.csv"
    pad.write_text("\n".join([kop, *regels]) + "\n", encoding="utf-8")
    return pad


GOEDE_RIJ = "Test-IGS;Aalst|Brugge;projectvereniging;Oost-Vlaanderen;;https://example.org/igs;"


def test_goede_fixture_is_geldig(tmp_path):
    rijen = landschap.lees_landschap(_schrijf(tmp_path, GOEDE_RIJ, "Ander IGS;Gent;;;;https://example.org/b;"))
    assert [rij.rechtsvorm_naam for rij in rijen] == ["Projectvereniging", "Niet gevonden in openbare bronnen"]


@pytest.mark.parametrize(
    "rij, veld",
    [
        ("Test;Aalst|Brugge;stichting;;;https://example.org;", "rechtsvorm"),
        ("Test;Aalst|Brugge|aalst;projectvereniging;;;https://example.org;", "gemeenten"),
        (";Aalst|Brugge;projectvereniging;;;https://example.org;", "naam"),
        ("Test;;projectvereniging;;;https://example.org;", "gemeenten"),
        ("Test;Aalst||Brugge;projectvereniging;;;https://example.org;", "gemeenten"),
        ("Test;Aalst|Brugge;projectvereniging;;;;", "bron"),
        ("Test;Aalst|Brugge;projectvereniging;;;www.example.org;", "bron"),
        ("Test;Aalst|Brugge;projectvereniging", "provincie"),
        ("Test;Aalst|Brugge;projectvereniging;;;https://example.org;;extra", "opmerking"),
    ],
)
def test_kapotte_rij_noemt_bestand_rij_en_veld(tmp_path, rij, veld):
    pad = _schrijf(tmp_path, GOEDE_RIJ.replace("Test-IGS", "Eerste"), rij)
    with pytest.raises(landschap.LandschapFout) as fout:
        landschap.lees_landschap(pad)
    tekst = str(fout.value)
    assert str(pad) in tekst
    assert "regel 3" in tekst
    assert f"veld '{veld}'" in tekst


def test_kapotte_fout_is_een_pluginerror(tmp_path):
    from mkdocs.exceptions import PluginError

    pad = _schrijf(tmp_path, "Test;Aalst;onzin;;;https://example.org;")
    with pytest.raises(PluginError):
        landschap.lees_landschap(pad)


def test_dubbele_naam_en_verkeerde_kop_worden_geweigerd(tmp_path):
    with pytest.raises(landschap.LandschapFout, match=r"regel 3, veld 'naam'"):
        landschap.lees_landschap(_schrijf(tmp_path, GOEDE_RIJ, GOEDE_RIJ))
    with pytest.raises(landschap.LandschapFout, match=r"regel 1, veld 'kopregel'"):
        landschap.lees_landschap(_schrijf(tmp_path, GOEDE_RIJ, kop="naam;gemeenten;vorm;provincie;regio;bron"))


def test_ontbrekende_marker_stopt_de_build():
    with pytest.raises(landschap.LandschapFout, match="landschap-tabel"):
        landschap.vervang_marker("geen marker", landschap.lees_landschap(DATA))


# --- cases versus the landscape ---


def _rij_voor_case(meta, rijen):
    """The landscape row a case is about: same name, or a shared municipality."""
    titel = meta["titel"].casefold()
    gemeenten = {g.casefold() for g in meta["gemeenten"]}
    for rij in rijen:
        kern = re.split(r"\s*\(", rij.naam)[0].casefold()
        if kern and kern in titel:
            return rij
    for rij in rijen:
        if gemeenten and gemeenten & {g.casefold() for g in rij.gemeenten}:
            return rij
    return None


@pytest.mark.parametrize("pad", CASES, ids=lambda p: p.name)
def test_case_spreekt_landschap_niet_tegen(pad):
    meta, _ = schema.lees_front_matter(pad)
    rij = _rij_voor_case(meta, landschap.lees_landschap(DATA))
    if rij is None:
        return  # not a recognised IGS cultuur (e.g. IVEBICA) or a thematic page
    case_vorm = meta["rechtsvorm"]
    if case_vorm == "onbekend" or rij.rechtsvorm == "":
        assert case_vorm == "onbekend" and rij.rechtsvorm == "", (
            f"{pad.name}: rechtsvorm '{case_vorm}' maar het landschap zegt "
            f"'{rij.rechtsvorm or 'niet gevonden'}' voor {rij.naam}"
        )
    else:
        assert case_vorm == rij.rechtsvorm, f"{pad.name}: '{case_vorm}' tegenover '{rij.rechtsvorm}' ({rij.naam})"


def test_stuifzand_wordt_gekoppeld():
    meta, _ = schema.lees_front_matter(ROOT / "cases" / "stuifzand-laakdal.md")
    rij = _rij_voor_case(meta, landschap.lees_landschap(DATA))
    assert rij is not None and rij.naam.startswith("Stuifzand")


def test_ivebica_staat_niet_in_het_landschap():
    meta, _ = schema.lees_front_matter(ROOT / "cases" / "ivebica.md")
    assert _rij_voor_case(meta, landschap.lees_landschap(DATA)) is None
