"""The note for the college (keuzehulp.nota): what it holds, how it reads, and that real readers open it."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from keuzehulp import kennis, register
from keuzehulp.advies import advies
from keuzehulp.document import adviesdocument
from keuzehulp.nota import afdruk_elementen, link, nota, nota_elementen
from keuzehulp.notatekst import site_url
from keuzehulp.teksten import controleer, feiten, getal
from sjablonen.document import platte_tekst
from tests.sjablonen.sj_hulp import docx_lezen, odt_lezen

ROOT = Path(__file__).resolve().parents[2]
DATUM = dt.date(2026, 12, 5)
GENT = {"nis": "44021,44020,44083,44085,44086", "doel": "regiowerking", "subsidie": "ja", "personeel": "eigen"}
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LEZERS = {"odt": odt_lezen, "docx": docx_lezen}


def _tekst(antwoorden=GENT, datum=DATUM):
    a = advies(antwoorden, datum)
    elementen = nota_elementen(a)
    koppen = [platte_tekst(el.runs) for el in elementen if el.soort in ("titel", "kop")]
    regels = []  # in document order: a list's items where the list stands
    for el in elementen:
        regels += [platte_tekst(i) for i in el.items] if el.soort == "lijst" else [platte_tekst(el.runs)]
    return a, koppen, "\n".join(regels)


def test_de_nota_heeft_de_delen_van_een_collegenota():
    a, koppen, _ = _tekst()
    assert koppen[0] == "Nota aan het college van burgemeester en schepenen"
    verwacht = ["Aanleiding", "Advies en argumentatie", "Werkingssubsidie", "Aandachtspunten", "Financiële gevolgen",
                "Voorstel van beslissing", "Bijlage: het advies in detail", "De antwoorden in de keuzehulp",
                "Volgende stappen", "Bronnen", "Over dit advies"]
    posities = [koppen.index(k) for k in verwacht]
    assert posities == sorted(posities), koppen  # in this order: the decision before the annex


def test_de_nota_bevat_alles_wat_het_advies_zegt():
    a, _, tekst = _tekst()
    doc = adviesdocument(a)
    assert "Onderwerp: " in tekst and "«datum van de zitting»" in tekst
    assert f"De keuzehulp raadt als juridische vorm aan: {a.aanbevolen_vorm.naam}." in tekst
    for g in a.gekozen.gemeenten:  # every municipality with its population, and its date and source
        assert f"{g.naam}: {getal(g.inwoners)} inwoners" in tekst
    assert f"{getal(a.gekozen.inwoners)} inwoners op 1 januari 2026 (bron: Statbel" in tekst
    for p in doc.antwoorden.punten:  # every answer: question and label
        assert p.tekst in tekst and p.antwoord in tekst
    for sectie in (doc.waarom, doc.let_op, doc.waarschuwingen, doc.voorwaarden, doc.aannames):
        for p in sectie.punten:
            assert p.tekst in tekst
    for v in doc.andere_vormen:
        assert f"{v.naam} ({v.oordeel_label})" in tekst
    assert doc.subsidie_zin in tekst
    for s in a.volgende_stappen:
        assert f"{s.tekst} ({site_url()}{s.url})" in tekst
    for b in doc.bronnen():
        assert b.url in tekst
    assert f"Stand van {'28 november 2026' if kennis.gecontroleerd() == dt.date(2026, 11, 28) else ''}" in tekst
    assert a.disclaimer["tekst"] in tekst and f"versie {a.versie}" in tekst
    assert link(a) in tekst and link(a).startswith("https://igscultuur.be/keuzehulp/?doel=regiowerking&")


def test_kalender_volgt_de_dag_van_het_advies():
    for datum in (dt.date(2026, 3, 1), DATUM, dt.date(2027, 2, 1)):
        _, _, tekst = _tekst(datum=datum)
        voorbij, komt = register.kalender(datum)
        kalender = tekst.split("Kalender op ", 1)[1].split("Aandachtspunten", 1)[0]
        assert kalender.startswith(f"{datum.day} ")
        deel_voorbij = kalender.split("Wat nog komt\n", 1)[0]
        deel_komt = kalender.split("Wat nog komt\n", 1)[1] if komt else ""
        for m in voorbij:
            assert m.wat.split("(")[0].split("[")[0].strip() in deel_voorbij
        for m in komt:
            assert m.wat.split("(")[0].split("[")[0].strip() in deel_komt


def test_voorstel_van_beslissing_volgt_het_advies():
    def artikels(antwoorden):
        _, _, tekst = _tekst(antwoorden)
        return re.findall(r"^Artikel (\d+)\. (.*)$", tekst, re.M)

    gent = artikels(GENT)
    assert [n for n, _ in gent] == [str(i) for i in range(1, len(gent) + 1)]
    assert "neemt kennis van het advies" in gent[0][1] and "Gent" in gent[0][1]
    assert "projectvereniging" in gent[1][1]
    assert any("werkingssubsidie" in z for _, z in gent) and any("engagementsverklaring" in z for _, z in gent)
    overleg = artikels({"doel": "afstemmen", "subsidie": "nee"})
    assert "zonder aparte structuur" in overleg[1][1]
    assert not any("aanvraag voor de werkingssubsidie" in z for _, z in overleg)
    bestaand = artikels({**GENT, "ronde_2027": "erkend"})
    assert "bestaande" in bestaand[1][1] and not any("engagementsverklaring" in z for _, z in bestaand)


def test_zonder_gemeenten_een_invulveld():
    _, _, tekst = _tekst({"doel": "projecten"})
    assert "«deelnemende gemeenten en hun inwoners»" in tekst and "Gent" not in tekst


def test_de_afdruk_van_het_advies_is_een_deel_van_de_nota():
    a = advies(GENT, DATUM)
    nota_ = [platte_tekst(el.runs) for el in nota_elementen(a)]
    for el in afdruk_elementen(a):
        if el.soort != "lijst":
            assert platte_tekst(el.runs) in nota_


def test_woorden_in_data_zonder_getypte_feiten():
    data = kennis._data_bestand("nota.toml")
    assert data["site_url"] == "https://igscultuur.be/"
    assert yaml.safe_load(re.sub(r"!ENV \[\w+, (\"[^\"]+\")\]", r"\1", (ROOT / "mkdocs.yml").read_text(
        encoding="utf-8").split("\nnav:")[0]))["site_url"] == data["site_url"]
    zinnen = controleer({k: v for k, v in data.items() if k != "site_url"}, "nota.toml",
                        frozenset(re.findall(r"\{(\w+)\}", str(data))))
    f = feiten(DATUM)
    for sleutel, zin in zinnen.items():
        for naam in ("drempel", "indiendatum", "periode", "overgang_tot", "periode_start", "bedrag_per_inwoner"):
            assert f[naam] not in zin, f"{sleutel} typt '{f[naam]}'"


@pytest.mark.parametrize("formaat", ["odt", "docx"])
def test_lezers_openen_de_nota(formaat):
    a = advies(GENT, DATUM)
    doc = LEZERS[formaat](nota(a, formaat))
    koppen = [t for _, t in doc["koppen"]]
    assert koppen[0] == "Nota aan het college van burgemeester en schepenen"
    assert "Voorstel van beslissing" in koppen and doc["koppen"][0][0] == 1
    assert {n for n, _ in doc["koppen"]} <= {1, 2, 3}
    assert "Artikel 1. Het college neemt kennis" in doc["tekst"] and link(a) in doc["tekst"]


@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) of pdftotext ontbreekt: apt-get install -y libreoffice-writer-nogui poppler-utils")
def test_libreoffice_zet_de_nota_om_naar_pdf(tmp_path):
    a = advies(GENT, DATUM)
    for formaat in ("odt", "docx"):
        (tmp_path / f"nota-{formaat}.{formaat}").write_bytes(nota(a, formaat))
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profiel').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "nota-odt.odt"),
                    str(tmp_path / "nota-docx.docx")], capture_output=True, text=True, timeout=300, check=True)
    for formaat in ("odt", "docx"):
        tekst = subprocess.run(["pdftotext", "-layout", str(tmp_path / f"nota-{formaat}.pdf"), "-"],
                               capture_output=True, text=True, check=True).stdout
        paginas = tekst.split("\f")
        paginas = [p for p in paginas if p.strip()]
        assert 3 <= len(paginas) <= 12, (formaat, len(paginas))
        assert "Voorstel van beslissing" in tekst and "Artikel 5." in tekst
        assert all(len(p.strip()) > 200 for p in paginas), "een bijna lege pagina"


def test_het_statische_pad_linkt_naar_de_keuzehulp_die_de_nota_maakt():
    from keuzehulp import klok
    from keuzehulp.statisch import render_pad_pagina, statische_boom

    with klok.op(DATUM):
        uitkomsten = [k for k in statische_boom(DATUM) if k.vraag is None]
        met_band = next(k for k in uitkomsten if k.bandvragen)
        zonder_band = next(k for k in uitkomsten if not k.bandvragen)
        for knoop in (met_band, zonder_band):
            html = render_pad_pagina(knoop, "../../")
            href = re.search(r'<p class="kh-nota kh-nota-pad"><a href="([^"]+)">Nota voor het college maken</a>',
                             html).group(1).replace("&amp;", "&")
            assert href.startswith("../../keuzehulp/?") and href.endswith("#kh-advies-nota")
            for stap in knoop.stappen:  # every answer, but never a number the reader gave only as a band
                assert (f"{stap.vraag}={stap.waarde}" in href) == (stap.vraag not in knoop.bandvragen)
            assert ("als band" in html) == bool(knoop.bandvragen)
            assert "data-nota" not in html  # no Python here: no download buttons
