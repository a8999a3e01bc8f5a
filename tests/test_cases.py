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

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from igs_site.inhoud import schema
from igs_site.kaart import landschap

ROOT = Path(__file__).resolve().parents[1]

CASES = sorted(p for p in (ROOT / "cases").glob("*.md") if p.name != "index.md")
ONDERZOEK = [ROOT / "docs" / "onderzoek" / naam for naam in ("centrumsteden.md", "landschap.md")]
DATA = ROOT / "src" / "keuzehulp" / "data" / "landschap.csv"

CENTRUMSTEDEN = {
    "Antwerpen", "Gent",
    "Aalst", "Brugge", "Genk", "Hasselt", "Kortrijk", "Leuven", "Mechelen",
    "Oostende", "Roeselare", "Sint-Niklaas", "Turnhout",
}

KOP = "naam;gemeenten;rechtsvorm;provincie;referentieregio;periode;bron;einde;opmerking"


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
    erkend_2020 = [rij for rij in rijen if rij.periode == "2020-2026"]
    assert len(erkend_2020) == 19  # Departement CJM: 19 aanvragen, alle 19 erkend voor 2020-2025
    geldig = schema.rechtsvorm_ids() | {""}
    for rij in rijen:
        assert rij.rechtsvorm in geldig
        assert len({g.casefold() for g in rij.gemeenten}) == len(rij.gemeenten)
        assert rij.bron.startswith(("http://", "https://"))
    assert not DATA.read_text(encoding="utf-8").lstrip().startswith("#")


def test_ginter_is_gestopt_en_geen_voorbeeld_meer():
    """Ginter stopte eind 2025 (OP/TIL, KW): het landschap zegt dat, en de keuzehulp
    noemt het niet meer als voorbeeld van een projectvereniging."""
    from keuzehulp.landschap import voorbeelden

    ginter = next(rij for rij in landschap.lees_landschap(DATA) if rij.naam == "Ginter")
    assert ginter.einde == dt.date(2025, 12, 31)
    assert ginter.gestopt_op(dt.date(2026, 11, 28))
    assert not ginter.gestopt_op(dt.date(2025, 12, 31))
    namen = [v["naam"] for v in voorbeelden("projectvereniging", DATA, op=dt.date(2026, 11, 28))]
    assert "Ginter" not in namen and "Dijk92" in namen
    assert "Ginter" in [v["naam"] for v in voorbeelden("projectvereniging", DATA, op=dt.date(2025, 6, 1))]


def test_landschap_tabel_is_toegankelijk():
    rijen = landschap.lees_landschap(DATA)
    html = landschap.tabel_html(rijen, "landschap-tabel-2020-2026")
    assert "<caption" in html and "periode 2020-2026" in html
    assert html.count('<th scope="col"') >= 7
    assert "data-sorteerbaar" in html and "data-filterbaar" in html
    assert re.search(r'<input type="search"[^>]*\bhidden\b', html)
    assert '<label for="landschap-tabel-2020-2026-filter"' in html
    assert 'aria-live="polite"' in html
    assert html.count("<tr>") == len(rijen) + 1
    assert "31 december 2025" in html  # het einde van Ginter, in woorden
    md = landschap.vervang_marker("Voor\n\n" + landschap.MARKER + "\n\nNa\n", rijen)
    assert landschap.MARKER not in md
    assert "### Erkend voor 2020-2026" in md
    assert "Niet gevonden in openbare bronnen" in md
    assert "Projectvereniging" in md


def test_elke_periode_krijgt_een_eigen_tabel(tmp_path):
    pad = _schrijf(
        tmp_path,
        GOEDE_RIJ,
        "Nieuw IGS;Gent|Melle;;;;2027-2032;https://example.org/nieuw;;",
    )
    md = landschap.vervang_marker(landschap.MARKER, landschap.lees_landschap(pad))
    assert md.index("### Erkend voor 2020-2026") < md.index("### Erkend voor 2027-2032")
    assert md.count("<table") == 2
    assert 'id="landschap-tabel-2020-2026"' in md and 'id="landschap-tabel-2027-2032"' in md
    assert "Gestopt op" not in md  # geen enkele rij met een einde: geen lege kolom


def _schrijf(tmp_path, *regels, kop=KOP):
    pad = tmp_path / "landschap.csv"
    pad.write_text("\n".join([kop, *regels]) + "\n", encoding="utf-8")
    return pad


GOEDE_RIJ = "Test-IGS;Aalst|Brugge;projectvereniging;Oost-Vlaanderen;;2020-2026;https://example.org/igs;;"


def test_goede_fixture_is_geldig(tmp_path):
    rijen = landschap.lees_landschap(
        _schrijf(tmp_path, GOEDE_RIJ, "Ander IGS;Gent;;;;2027-2032;https://example.org/b;2030-06-30;")
    )
    assert [rij.rechtsvorm_naam for rij in rijen] == ["Projectvereniging", "Niet gevonden in openbare bronnen"]
    assert [rij.periode for rij in rijen] == ["2020-2026", "2027-2032"]
    assert rijen[1].einde == dt.date(2030, 6, 30) and rijen[0].einde is None


def test_kolommen_in_een_andere_volgorde_en_zonder_optionele(tmp_path):
    pad = _schrijf(
        tmp_path,
        "2020-2026;https://example.org/x;Test;Aalst|Brugge;;;",
        kop="periode;bron;naam;gemeenten;rechtsvorm;provincie;referentieregio",
    )
    (rij,) = landschap.lees_landschap(pad)
    assert rij.naam == "Test" and rij.bron == "https://example.org/x" and rij.opmerking == "" and rij.einde is None


@pytest.mark.parametrize(
    "rij, veld",
    [
        ("Test;Aalst|Brugge;stichting;;;2020-2026;https://example.org;;", "rechtsvorm"),
        ("Test;Aalst|Brugge|aalst;projectvereniging;;;2020-2026;https://example.org;;", "gemeenten"),
        (";Aalst|Brugge;projectvereniging;;;2020-2026;https://example.org;;", "naam"),
        ("Test;;projectvereniging;;;2020-2026;https://example.org;;", "gemeenten"),
        ("Test;Aalst||Brugge;projectvereniging;;;2020-2026;https://example.org;;", "gemeenten"),
        ("Test;Aalst|Brugge;projectvereniging;;;2020-2026;;;", "bron"),
        ("Test;Aalst|Brugge;projectvereniging;;;2020-2026;www.example.org;;", "bron"),
        ("Test;Aalst|Brugge;projectvereniging;;;;https://example.org;;", "periode"),
        ("Test;Aalst|Brugge;projectvereniging;;;2020-2025;https://example.org;;", "periode"),
        ("Test;Aalst|Brugge;projectvereniging;;;2020-2026;https://example.org;eind 2025;", "einde"),
        ("Test;Aalst|Brugge;projectvereniging;;;2020-2026;https://example.org;2025-13-01;", "einde"),
        ("Test;Aalst|Brugge;projectvereniging", "provincie"),
        ("Test;Aalst|Brugge;projectvereniging;;;2020-2026;https://example.org;;;extra", "opmerking"),
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

    pad = _schrijf(tmp_path, "Test;Aalst;onzin;;;2020-2026;https://example.org;;")
    with pytest.raises(PluginError):
        landschap.lees_landschap(pad)


def test_dubbele_naam_en_verkeerde_kop_worden_geweigerd(tmp_path):
    with pytest.raises(landschap.LandschapFout, match=r"regel 3, veld 'naam'"):
        landschap.lees_landschap(_schrijf(tmp_path, GOEDE_RIJ, GOEDE_RIJ))
    with pytest.raises(landschap.LandschapFout, match=r"regel 1, veld 'kopregel': onbekende kolom 'vorm'"):
        landschap.lees_landschap(_schrijf(tmp_path, GOEDE_RIJ, kop="naam;gemeenten;vorm;provincie;regio;bron"))
    with pytest.raises(landschap.LandschapFout, match=r"regel 1, veld 'kopregel': kolom 'periode' ontbreekt"):
        landschap.lees_landschap(
            _schrijf(tmp_path, "Test;Aalst;;;;https://example.org",
                     kop="naam;gemeenten;rechtsvorm;provincie;referentieregio;bron")
        )
    with pytest.raises(landschap.LandschapFout, match=r"kolom 'naam' staat er twee keer"):
        landschap.lees_landschap(_schrijf(tmp_path, GOEDE_RIJ, kop=KOP + ";naam"))


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
