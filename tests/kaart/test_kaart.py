"""The maps of igs_site.kaart.kaart: every municipality once, region outlines, shared borders
(no slivers), the landscape legend, and the size budget of the keuzehulp map."""

from __future__ import annotations

import gzip
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from igs_site.kaart import kaart
from keuzehulp import gemeenten as gem

ROOT = Path(__file__).resolve().parents[2]

SVG = "{http://www.w3.org/2000/svg}"
BUDGET_GZIP = 150_000


@pytest.fixture(scope="module")
def geo():
    return kaart.naar_svg(*kaart.vereenvoudig(ROOT))


@pytest.fixture(scope="module")
def keuzehulp_svg(geo):
    return kaart.keuzehulp_svg(geo)


def test_elke_gemeente_een_keer_met_naam(keuzehulp_svg):
    boom = ET.fromstring(keuzehulp_svg)
    paden = boom.findall(f".//{SVG}path[@data-nis]")
    codes = [p.get("data-nis") for p in paden]
    assert len(codes) == len(set(codes)) == 285
    assert set(codes) == set(gem.alle())
    for p in paden:
        titel = p.find(f"{SVG}title")
        g = gem.alle()[p.get("data-nis")]
        inwoners = f"{g.inwoners:,}".replace(",", ".")
        assert titel is not None and titel.text == f"{g.naam}, {g.referentieregio}: {inwoners} inwoners op 1 januari 2026"
        assert p.get("data-regio") == g.referentieregio_code
        assert p.get("d").startswith("M")


def test_referentieregios_omlijnd(keuzehulp_svg):
    boom = ET.fromstring(keuzehulp_svg)
    regios = boom.findall(f".//{SVG}g[@class='igs-kaart-regios']/{SVG}path")
    assert {p.get("data-regio") for p in regios} == set(gem.referentieregios())
    groep = boom.find(f".//{SVG}g[@class='igs-kaart-regios']")
    assert groep.get("fill") == "none" and groep.get("pointer-events") == "none"
    assert boom.find(f"{SVG}title").text.startswith("Kaart van de 285 Vlaamse gemeenten")


def test_binnen_het_groottebudget(keuzehulp_svg):
    gezipt = len(gzip.compress(keuzehulp_svg.encode("utf-8"), 9))
    print(f"vlaanderen.svg: {len(keuzehulp_svg)} bytes, {gezipt} bytes gzip")
    assert gezipt <= BUDGET_GZIP


def test_viewbox_past_bij_de_gereserveerde_ruimte(geo, keuzehulp_svg):
    css = (ROOT / "docs" / "assets" / "css" / "keuzehulp.css").read_text(encoding="utf-8")
    assert f"aspect-ratio: {geo.breedte} / {geo.hoogte};" in css
    assert f'viewBox="0 0 {geo.breedte} {geo.hoogte}"' in keuzehulp_svg


def _buren_csv():
    import csv

    with open(ROOT / "src" / "keuzehulp" / "data" / "buren.csv", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if r["contact"] == "grens"]


def _randen(ringen):
    uit = set()
    for ring in ringen:
        for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
            uit.add((a, b) if a < b else (b, a))
    return uit


def test_buren_delen_hun_grens_na_vereenvoudigen(geo):
    """Topology kept: two municipalities that share a border still share edges (identical
    vertices), so there is no sliver between them; a border between non-neighbours is not invented."""
    randen = {nis: _randen(r) for nis, r in geo.gemeenten.items()}
    punten = {nis: {p for ring in r for p in ring} for nis, r in geo.gemeenten.items()}
    lengte = {(r["nis_code_a"], r["nis_code_b"]): float(r["gedeelde_grens_km"]) for r in _buren_csv()}
    buren = gem.buren()
    zonder = []
    for a in buren:
        for b in buren[a]:
            if a > b or randen[a] & randen[b]:
                continue
            km = lengte.get((a, b), lengte.get((b, a)))
            # A border shorter than a map unit (≈ 160 m) may shrink to a point, but they still touch.
            if km < 0.1 and punten[a] & punten[b]:
                continue
            zonder.append((a, b, km))
    assert not zonder, f"buren zonder gedeelde grens op de kaart: {zonder[:5]}"
    willebroek, londerzeel = "12040", "23045"  # raken elkaar alleen in een punt
    assert not randen[willebroek] & randen[londerzeel]


def test_regiogrenzen_liggen_op_gemeentegrenzen(geo):
    alle_randen = set().union(*(_randen(r) for r in geo.gemeenten.values()))
    for code, ringen in geo.regios.items():
        assert _randen(ringen) <= alle_randen, code


def test_pad_is_compact_en_relatief():
    assert kaart.pad([[(10, 10), (15, 8), (15, 20)]]) == "M10 10l5-2 0 12z"
    assert kaart.pad([[(0, 0), (1, 0), (1, 1)], [(5, 5), (6, 5), (6, 6)]]) == "M0 0l1 0 0 1zm5 5l1 0 0 1z"


@pytest.fixture(scope="module")
def landschap(geo):
    return kaart.landschap_blok(geo)


def test_landschapskaart_met_nummers_en_legende(geo, landschap):
    igs = kaart.igs_van_periode("2020-2026")
    assert len(igs) >= 19
    labels = re.findall(r'font-weight="700" font-family="sans-serif" fill="#000">(\d+)</text>', landschap)
    assert sorted(map(int, labels)) == [i.nummer for i in igs]
    legende = re.search(r'<ol class="igs-legende">(.*?)</ol>', landschap).group(1)
    assert legende.count("<li>") == len(igs)
    for i in igs:
        assert f'<span class="igs-nummer">{i.nummer}</span>' in legende
    assert gem.meta()["gemeenten"]["vermelding"].replace("'", "&#x27;") in landschap
    assert 'role="img"' in landschap and "<title id=" in landschap


def test_buur_igs_hebben_verschillende_kleuren():
    igs = kaart.igs_van_periode("2020-2026")
    buren = gem.buren()
    for a in igs:
        for b in igs:
            if a.nummer < b.nummer and any(n in buren[c] for c in a.gemeenten for n in b.gemeenten):
                assert a.kleur != b.kleur, (a.naam, b.naam)


def test_fusiegemeente_die_maar_deels_lid_is(landschap):
    zuidrand = next(i for i in kaart.igs_van_periode("2020-2026") if i.naam == "Streekvereniging Zuidrand")
    assert "11002" in zuidrand.deels  # alleen Borsbeek, nu deel van Antwerpen
    assert "11001" in zuidrand.gemeenten and "11001" not in zuidrand.deels
    waas = next(i for i in kaart.igs_van_periode("2020-2026") if i.naam.startswith("Cultuurtuin WAAS"))
    assert "46030" in waas.gemeenten and "46030" not in waas.deels  # Beveren, Kruibeke en Zwijndrecht alle drie
    assert "Antwerpen: deels Streekvereniging Zuidrand" in landschap


def test_gebouwde_site_heeft_de_kaarten(site_dir):
    svg = site_dir / "assets" / "kaart" / "vlaanderen.svg"
    assert svg.is_file() and svg.read_text(encoding="utf-8").count("data-nis=") == 285
    pagina = (site_dir / "onderzoek" / "landschap" / "index.html").read_text(encoding="utf-8")
    assert "igs-kaart-landschap" in pagina and "igs:landschap-kaart" not in pagina
    assert "provincies.incijfers.be" in pagina


def test_ontbrekende_grenzen_of_mapshaper_geven_een_duidelijke_fout(tmp_path):
    with pytest.raises(kaart.KaartFout, match="gemeenten-vlaanderen.geojson: het bestand met de gemeentegrenzen ontbreekt"):
        kaart.vereenvoudig(tmp_path)
    (tmp_path / kaart.GRENZEN).parent.mkdir(parents=True)
    (tmp_path / kaart.GRENZEN).write_text((ROOT / kaart.GRENZEN).read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(kaart.KaartFout, match="make deps"):
        kaart.vereenvoudig(tmp_path)
