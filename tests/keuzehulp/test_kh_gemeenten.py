"""De gemeentedata: 285 gemeenten, 15 referentieregio's, buren symmetrisch, inwoners op 1 januari 2026."""

import csv
import hashlib
import io
import json
from importlib import resources

import pytest

from keuzehulp import gemeenten
from keuzehulp.afleiding import leid_af
from keuzehulp.browser import verwerk
from keuzehulp.html_gemeenten import render_afleiding, render_kaart_container


def test_285_gemeenten_en_15_referentieregios():
    assert len(gemeenten.alle()) == gemeenten.meta()["gemeenten"]["aantal"] == 285
    assert len(gemeenten.referentieregios()) == 15
    assert sum(g.inwoners for g in gemeenten.alle().values()) == 6_898_350


def test_nieuwe_codes_van_2025():
    assert gemeenten.gemeente("23106").naam == "Pajottegem"
    assert gemeenten.gemeente("11002").naam == "Antwerpen"
    assert gemeenten.gemeente("99999") is None


def test_buren_symmetrisch_en_zonder_punten():
    b = gemeenten.buren()
    for nis, naburen in b.items():
        for ander in naburen:
            assert nis in b[ander]
    hemiksem = next(g.nis for g in gemeenten.alle().values() if g.naam == "Hemiksem")
    schelle = next(g.nis for g in gemeenten.alle().values() if g.naam == "Schelle")
    assert schelle in b[hemiksem]
    voeren = next(g.nis for g in gemeenten.alle().values() if g.naam == "Voeren")
    assert b[voeren] == frozenset()


# --------------------------------------------------------------------------
# Inwoners: Statbel, bevolking op 1 januari 2026 (data/bevolking-2026.csv, een ongewijzigde kopie van
# /work/shared/data/gemeenten/bevolking-2026.csv; bron en voorbehouden in gemeenten.toml)

BEVOLKING_SHA256 = "7226a5c8fb069219352ecfceae194c37e12e5deefa52fe3e9110f183f926f078"


def _bevolking_tekst():
    return resources.files("keuzehulp").joinpath("data", gemeenten.meta()["inwoners"]["bestand"]).read_bytes()


def test_bevolking_is_de_kopie_van_statbel_2026():
    assert gemeenten.meta()["inwoners"]["bestand"] == "bevolking-2026.csv"
    assert hashlib.sha256(_bevolking_tekst()).hexdigest() == BEVOLKING_SHA256


def test_alle_285_gemeenten_hebben_het_cijfer_van_het_bestand():
    rijen = list(csv.DictReader(io.StringIO(_bevolking_tekst().decode("utf-8"))))
    assert len(rijen) == 285
    per_nis = {r["nis"]: int(r["inwoners"]) for r in rijen}
    assert {nis: g.inwoners for nis, g in gemeenten.alle().items()} == per_nis
    assert sum(per_nis.values()) == gemeenten.meta()["inwoners"]["totaal"] == 6_898_350  # Vlaanderen
    assert all(gemeenten.gemeente(r["nis"]).naam == r["naam"] for r in rijen)
    assert all(g.inwoners > 0 for g in gemeenten.alle().values())


def test_voorbeelden_2026():
    assert gemeenten.gemeente("11002").inwoners == 565_615  # Antwerpen (2020: 540.196)
    assert gemeenten.gemeente("13013").inwoners == 14_777  # Herselt (2020: 14.521)
    assert gemeenten.gemeente("46030").inwoners == 88_344  # Beveren-Kruibeke-Zwijndrecht (2020: 85.047)


def test_een_kolom_inwoners():
    """gemeenten.csv heeft geen inwoners meer: de cijfers staan maar op één plek."""
    kop = resources.files("keuzehulp").joinpath("data", "gemeenten.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "inwoners" not in kop


def test_datum_en_bron_komen_uit_de_data():
    i = gemeenten.meta()["inwoners"]
    assert str(i["datum"]) == "2026-01-01"
    assert i["bron"] == "Statbel, bevolking op 1 januari 2026"  # de vermelding die Statbel vraagt
    assert i["uitgever"] == "Statbel" and i["licentie"] == "CC BY 4.0"
    assert "2020" not in json.dumps(i, default=str) and "3,5 %" not in i["voorbehoud"]


SES = ["13013", "12014", "13049", "13016", "24001", "71071"]


def test_de_getoonde_datum_is_1_januari_2026():
    gekozen = leid_af(SES)
    som = f"{gekozen.inwoners:,}".replace(",", ".")
    html = render_afleiding(gekozen)
    assert f"{som} op 1 januari 2026" in html
    assert "Statbel, bevolking op 1 januari 2026</a> (<a href=" in html and "CC BY 4.0" in html
    assert "1 januari 2026" in render_kaart_container() and "CC BY 4.0" in render_kaart_container()
    notitie = json.loads(verwerk(json.dumps({"nis": ",".join(SES), "subsidie": "ja"})))["notities"]["inwoners"]
    assert f"{som} inwoners op 1 januari 2026 (Statbel)." in notitie
    for tekst in (html, render_kaart_container(), notitie):
        assert "1 januari 2020" not in tekst and "3,5 %" not in tekst


@pytest.fixture
def vervalst(monkeypatch):
    """Laat gemeenten.py een ander bevolkingsbestand lezen (en ruim de caches op)."""
    echt = gemeenten._tekst

    def zet(bevolking: str):
        monkeypatch.setattr(gemeenten, "_tekst",
                            lambda naam: bevolking if naam == "bevolking-2026.csv" else echt(naam))
        for f in (gemeenten.alle, gemeenten._inwoners):
            f.cache_clear()

    yield zet
    monkeypatch.undo()
    for f in (gemeenten.alle, gemeenten._inwoners):
        f.cache_clear()


@pytest.mark.parametrize("wijzig, fout", [
    (lambda rijen: rijen[:-1], "geen inwoners voor gemeente"),
    (lambda rijen: [rijen[0].replace("Aartselaar", "Aartselaer")] + rijen[1:], "heet er 'Aartselaer'"),
    (lambda rijen: rijen + ["99999,Nergens,1"], "onbekende NIS-code"),
    (lambda rijen: [rijen[0].replace(",15085", ",15086")] + rijen[1:], "de som is 6898351"),
    (lambda rijen: rijen + [rijen[0]], "twee keer"),
])
def test_een_fout_bestand_stopt_het_laden(vervalst, wijzig, fout):
    kop, *rijen = _bevolking_tekst().decode("utf-8").splitlines()
    vervalst("\n".join([kop, *wijzig(rijen)]) + "\n")
    with pytest.raises(ValueError, match=fout):
        gemeenten.alle()
