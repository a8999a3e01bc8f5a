"""De opdrachtregel, via subprocess: afsluitcodes en Nederlandse meldingen."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "src"


def keuzehulp(*args):
    env = {**os.environ, "PYTHONPATH": str(TOOLS)}
    return subprocess.run([sys.executable, "-m", "keuzehulp", *args], capture_output=True, text=True, env=env)


def test_hulp_in_het_nederlands():
    uit = keuzehulp("--help")
    assert uit.returncode == 0 and "Gebruik:" in uit.stdout and "Opdrachten:" in uit.stdout
    assert "usage" not in uit.stdout.lower()


def test_zonder_opdracht():
    uit = keuzehulp()
    assert uit.returncode == 2 and "Gebruik:" in uit.stdout


def test_vragen_json():
    uit = keuzehulp("vragen", "--json")
    assert uit.returncode == 0
    vragen = json.loads(uit.stdout)
    assert [v["id"] for v in vragen][:2] == ["doel", "subsidie"]


def test_advies_json():
    uit = keuzehulp("advies", "doel=regiowerking", "subsidie=ja", "ronde_2027=aangevraagd", "bestond_bij_indiening=ja",
                    "inwoners=120.000",
                    "gemeenten=8",
                    "referentieregio=een", "personeel=eigen", "partners=gemeenten", "looptijd=structureel",
                    "bestaande_dv=nee", "--json")
    assert uit.returncode == 0, uit.stderr
    d = json.loads(uit.stdout)
    assert d["aanbevolen"] == "projectvereniging" and d["subsidie"]["in_aanmerking"] is True


def test_advies_tekst():
    uit = keuzehulp("advies", "doel=afstemmen", "personeel=geen", "subsidie=nee", "gemeenten=2")
    assert uit.returncode == 0
    assert uit.stdout.startswith("Aanbevolen vorm: Overleg")
    assert "Niet gebruikt" in uit.stdout and "gemeenten" in uit.stdout


def test_advies_html():
    uit = keuzehulp("advies", "doel=projecten", "--html", "--basis", "/igs/")
    assert uit.returncode == 0 and 'data-aanbevolen="' in uit.stdout and 'href="/igs/' in uit.stdout


def test_onbekende_vraag():
    uit = keuzehulp("advies", "kleur=blauw")
    assert uit.returncode == 2 and uit.stdout == ""
    assert "Onbekende vraag 'kleur'" in uit.stderr and "bestaande_dv" in uit.stderr


def test_onbekende_waarde():
    uit = keuzehulp("advies", "doel=feest")
    assert uit.returncode == 2
    assert "afstemmen, projecten, regiowerking, taakoverdracht" in uit.stderr


def test_misvormd_getal():
    uit = keuzehulp("advies", "inwoners=12,5")
    assert uit.returncode == 2 and "geen geheel getal" in uit.stderr and "Traceback" not in uit.stderr


def test_argument_zonder_gelijkteken_en_onbekende_optie():
    assert keuzehulp("advies", "regiowerking").returncode == 2
    uit = keuzehulp("advies", "--xml")
    assert uit.returncode == 2 and "onbekende optie" in uit.stderr
    uit = keuzehulp("zing")
    assert uit.returncode == 2 and "onbekende opdracht" in uit.stderr


def test_paden_en_golden():
    uit = keuzehulp("paden")
    assert uit.returncode == 0 and uit.stdout.strip().endswith("paden")
    golden = keuzehulp("golden")
    assert golden.returncode == 0
    assert golden.stdout == (Path(__file__).with_name("golden.md")).read_text(encoding="utf-8")


def test_advies_met_gekozen_gemeenten():
    uit = keuzehulp("advies", "nis=11001,11002,11004", "subsidie=ja", "--json")
    assert uit.returncode == 0, uit.stderr
    d = json.loads(uit.stdout)
    assert d["antwoorden"]["inwoners"] == 15085 + 565615 + 14106  # Statbel, 1 januari 2026
    assert d["antwoorden"]["referentieregio"] == "een"
    assert [g["nis"] for g in d["gemeenten"]] == ["11001", "11002", "11004"]
    assert set(d["afgeleid"]) == {"inwoners", "referentieregio"}
    tekst = keuzehulp("advies", "nis=11001,11002,11004", "subsidie=ja")
    assert tekst.returncode == 0 and "Afgeleid uit de gekozen gemeenten" in tekst.stdout
    assert "(afgeleid uit de gekozen gemeenten)" in tekst.stdout and "Niet gebruikt" not in tekst.stdout


def test_advies_met_onbekende_nis_code():
    uit = keuzehulp("advies", "nis=11001,99999", "subsidie=ja")
    assert uit.returncode == 2
    assert "99999" in uit.stderr and "NIS-code" in uit.stderr and "Traceback" not in uit.stderr


def test_getal_van_5000_cijfers_geeft_nederlandse_melding():
    r = keuzehulp("advies", "inwoners=" + "9" * 5000)
    assert r.returncode == 2
    assert "buiten het bereik" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr) < 500


def test_advies_voor_een_datum():
    """--datum: het advies voor de situatie op die dag (de kalender rekent vanaf die datum)."""
    voor = keuzehulp("advies", "doel=regiowerking", "subsidie=ja", "--datum", "2026-03-01", "--json")
    na = keuzehulp("advies", "doel=regiowerking", "subsidie=ja", "ronde_2027=nee", "--datum", "2026-11-28", "--json")
    assert voor.returncode == 0 and na.returncode == 0
    assert json.loads(voor.stdout)["datum"] == "2026-03-01"
    assert any("moet ingediend zijn op 1 april 2026" in w["tekst"] for w in json.loads(voor.stdout)["waarschuwingen"])
    d = json.loads(na.stdout)
    assert d["subsidie"]["in_aanmerking"] is False and d["subsidie"]["alternatieven"]


def test_ongeldige_datum_geeft_code_2_en_nederlandse_melding():
    uit = keuzehulp("advies", "doel=afstemmen", "--datum", "28/11/2026")
    assert uit.returncode == 2 and "ongeldige datum" in uit.stderr and "JJJJ-MM-DD" in uit.stderr


@pytest.mark.parametrize("opdracht", [
    "keuzehulp paden --json | head -c 10",
    "keuzehulp golden --schrijf /bestaat/niet/x.md",
    "keuzehulp advies doel=afstemmen subsidie=nee > /dev/full",
    "PYTHONIOENCODING=ascii keuzehulp advies doel=afstemmen subsidie=nee > /dev/null",
])
def test_schrijffouten_geven_een_melding_en_code_2(opdracht):
    """L5 (review december 2026): een afgesloten pijp, een onbestaande map, een volle schijf of een
    terminal zonder de tekens geven een Nederlandse melding en code 2, geen traceback."""
    python = f"{sys.executable} -m"
    uit = subprocess.run(["bash", "-c", "set -o pipefail; " + opdracht.replace("keuzehulp ", f"{python} keuzehulp ", 1)],
                         capture_output=True, text=True, env={**os.environ}, timeout=120)
    assert uit.returncode == 2, uit.stderr
    assert "Traceback" not in uit.stderr and uit.stderr.startswith("keuzehulp: ")


# --- nota: the advice as a note for the college ---------------------------------------------------------

@pytest.mark.parametrize("formaat,deel", [("odt", "content.xml"), ("docx", "word/document.xml")])
def test_nota_schrijft_een_document(tmp_path, formaat, deel):
    import zipfile

    doel = tmp_path / f"nota.{formaat}"
    uit = keuzehulp("nota", "doel=regiowerking", "subsidie=ja", "nis=44021,44020,44083", "--formaat", formaat,
                    "-o", str(doel), "--datum", "2026-12-05")
    assert uit.returncode == 0, uit.stderr
    assert str(doel) in uit.stdout
    with zipfile.ZipFile(doel) as z:
        xml = z.read(deel).decode()
    assert "Voorstel van beslissing" in xml and "5 december 2026" in xml


@pytest.mark.parametrize("args,melding", [
    (["doel=regiowerking", "--formaat", "pdf", "-o", "x.pdf"], "--formaat odt of --formaat docx"),
    (["doel=regiowerking", "-o", "x.odt"], "--formaat odt of --formaat docx"),
    (["doel=regiowerking", "--formaat", "odt"], "-o BESTAND"),
    (["--formaat", "odt", "-o", "x.odt"], "minstens één antwoord"),
    (["doel=feest", "--formaat", "odt", "-o", "x.odt"], "Onbekend antwoord 'feest'"),
    (["inwoners=-5", "--formaat", "odt", "-o", "x.odt"], "negatief"),
    (["doel=projecten", "--formaat", "odt", "-o", "x.odt", "--datum", "gisteren"], "ongeldige datum"),
    (["doel=projecten", "--formaat", "odt", "-o", "/bestaat/niet/x.odt"], "die map bestaat niet"),
    (["doel=projecten", "--formaat", "odt", "-o", "/"], "dat is een map"),
    (["doel=projecten", "--formaat", "odt", "-o", "x.odt", "--kleur"], "onbekende optie --kleur"),
])
def test_nota_fouten_geven_code_2_en_een_nederlandse_melding(tmp_path, args, melding):
    uit = subprocess.run([sys.executable, "-m", "keuzehulp", "nota", *args], capture_output=True, text=True,
                         cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(TOOLS)})
    assert uit.returncode == 2
    assert melding in uit.stderr and "Traceback" not in uit.stderr
    assert not (tmp_path / "x.odt").exists()
