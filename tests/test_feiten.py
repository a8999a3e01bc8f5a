"""Het feitenregister met datums, de klok (IGS_DATUM) en de markers die feiten en
zinnen die van de dag afhangen in de pagina's zetten (hook feiten.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from igs_site.controle import markers
from igs_site.inhoud import feiten as hook
from keuzehulp import kennis, klok, register
from keuzehulp.teksten import feiten
from sjablonen import model

ROOT = Path(__file__).resolve().parents[1]
VOOR = dt.date(2026, 12, 5)
NA = dt.date(2027, 1, 2)


def test_klok_volgt_igs_datum(monkeypatch):
    monkeypatch.setenv("IGS_DATUM", "2027-01-02")
    assert klok.vandaag() == NA and klok.bron() == "IGS_DATUM"
    monkeypatch.delenv("IGS_DATUM")
    assert klok.vandaag() == dt.date.today() and klok.bron() == "vandaag"


@pytest.mark.parametrize("waarde", ["2027-13-01", "2 januari 2027", "20270102", "2027-1-2"])
def test_ongeldige_igs_datum_noemt_de_variabele(monkeypatch, waarde):
    monkeypatch.setenv("IGS_DATUM", waarde)
    with pytest.raises(klok.KlokFout, match=r"IGS_DATUM is '.*': dat is geen geldige datum\. Schrijf ze als JJJJ-MM-DD"):
        klok.vandaag()


def test_periode_op_een_datum():
    assert register.periode_op(VOOR).id == "2020-2026"
    assert register.periode_op(dt.date(2026, 12, 31)).id == "2020-2026"
    assert register.periode_op(dt.date(2027, 1, 1)).id == "2027-2032"
    assert register.periode_op(dt.date(2033, 1, 1)).id == "na-2032"
    # De site spreekt over 2027-2032 zodra de indiendatum ervan bekend is, en daarna.
    assert register.actuele_periode(VOOR).id == register.actuele_periode(NA).id == "2027-2032"
    with pytest.raises(register.RegisterFout, match="Geen subsidieperiode"):
        register.periode_op(dt.date(2019, 6, 1))


def test_volgende_omslag():
    assert register.volgende_omslag(VOOR) == dt.date(2026, 12, 31)  # einde projectverenigingen en periode
    assert register.volgende_omslag(dt.date(2026, 12, 31)) == dt.date(2027, 1, 1)  # start van de periode
    assert register.volgende_omslag(NA) == dt.date(2027, 4, 1)  # eerste indiendatum kleine projecten
    assert register.volgende_omslag(dt.date(2040, 1, 1)) is None


def test_elk_feit_van_een_periode_heeft_een_bron_en_een_datum():
    for p in register.periodes():
        assert isinstance(p.laatst_gecontroleerd, dt.date)
        for veld in [*p.waarden, "start", *(["einde"] if p.einde else [])]:
            assert p.bronnen_van(veld), (p.id, veld)
    onbekend = register.periode("na-2032")
    assert not onbekend.bekend("indiendatum") and "indiendatum" in onbekend.onbekend
    with pytest.raises(register.RegisterFout, match="'indiendatum' is nog niet bekend"):
        onbekend.waarde("indiendatum")


def test_juridische_review_in_subsidie_toml():
    meta = kennis.subsidie_meta()
    assert "8 maart 2024" in meta["decreet_opmerking"] and "6 maart 2024" in meta["decreet_opmerking"]
    assert {"cjm_decreet_2024", "optil_decreet_goedgekeurd"} <= set(meta["decreet_bronnen"])
    overgang = kennis.subsidieregel("overgang", VOOR)
    assert "minstens met 4 gemeenten" in overgang.opmerking and "vier aangrenzende gemeenten" in overgang.opmerking
    regio = kennis.subsidieregel("referentieregio", VOOR)
    assert "pas toe of leg uit" in regio.opmerking and "abb_afwijking" in {b.sleutel for b in regio.bronnen}


def test_feit_in_een_zin_en_onbekend_feit():
    assert hook.vul("Minstens <!-- igs:feit drempel --> inwoners.", "x.md", VOOR) == "Minstens 85.000 inwoners."
    with pytest.raises(markers.MarkerFout, match=r"stappen/x\.md: <!-- igs:feit drempl -->: onbekend argument 'drempl'"):
        hook.vul("Minstens <!-- igs:feit drempl --> inwoners.", "stappen/x.md", VOOR)
    with pytest.raises(markers.MarkerFout, match=r"x\.md: <!-- igs:tijd bestaat-niet -->"):
        hook.vul("<!-- igs:tijd bestaat-niet -->", "x.md", VOOR)


def test_onbekend_feit_in_een_sjabloon():
    with pytest.raises(model.SjabloonFout, match=r"sjablonen/data/x\.toml: onbekend feit \{feit\.drempl\}"):
        model._vul_feiten({"a": ["Minstens {feit.drempl}"]}, "sjablonen/data/x.toml", feiten(VOOR))
    assert model._vul_feiten({"a": ["{feit.drempel} en {naam}"]}, "x", feiten(VOOR)) == {"a": ["85.000 en {naam}"]}


def _pagina(pad: str, datum: dt.date) -> str:
    return hook.vul((ROOT / pad).read_text(encoding="utf-8"), pad, datum)


# (pagina, wat er op 5 december 2026 staat, wat er op 2 januari 2027 staat)
VARIANTEN = [
    ("stappen/04-juridische-vorm-kiezen.md",
     "moeten alle gemeenteraden vóór 31 december 2026 over de verlenging beslissen; de gemeenteraden van december",
     "Was dat bij jullie zo en besliste niet elke gemeenteraad vóór 31 december 2026"),
    ("stappen/04-juridische-vorm-kiezen.md", "Cultuur Noordrand loopt zo tot", "Cultuur Noordrand liep zo tot"),
    ("stappen/07-samenwerken-en-evalueren.md", "zet de verlenging dan op de agenda van de gemeenteraden van december",
     "ga dan na of elke gemeenteraad de verlenging op tijd goedkeurde"),
    ("stappen/06-subsidie.md", "| nog niet begonnen |", "| begonnen op 1 januari 2027 |"),
    ("stappen/06-subsidie.md", "| loopt af op 31 december 2026 |", "| afgelopen op 31 december 2026 |"),
    ("stappen/06-subsidie.md", "Loopt jullie projectvereniging af op 31 december 2026?",
     "Liep jullie projectvereniging af op 31 december 2026?"),
    ("docs/onderzoek/landschap.md", "dan moeten alle gemeenteraden dus vóór die dag beslissen",
     "dan moesten alle gemeenteraden dus vóór die dag beslissen"),
    ("docs/onderzoek/landschap.md", "De nieuwe periode start op 1 januari 2027", "De nieuwe periode startte op 1 januari 2027"),
    ("docs/onderzoek/landschap.md", "Die periode werd verlengd en **eindigt op 31 december 2026**",
     "Die periode werd verlengd en **eindigde op 31 december 2026**"),
    ("cases/index.md", "die eindigt op 31 december 2026", "die eindigde op 31 december 2026"),
]


@pytest.mark.parametrize("pad,voor,na", VARIANTEN, ids=[f"{v[0]}:{i}" for i, v in enumerate(VARIANTEN)])
def test_zinnen_die_van_de_dag_afhangen(pad, voor, na):
    op_5_december, op_2_januari = _pagina(pad, VOOR), _pagina(pad, NA)
    assert voor in op_5_december and na not in op_5_december
    assert na in op_2_januari and voor not in op_2_januari


def _kalender(tekst: str) -> tuple[str, str]:
    voorbij = tekst[tekst.index("**Voorbij**"):tekst.index("**Wat nog komt**")]
    return voorbij, tekst[tekst.index("**Wat nog komt**"):]


def test_de_kalender_op_de_startpagina_volgt_de_dag(monkeypatch):
    voorbij, komt = _kalender(_pagina("docs/index.md", VOOR))
    assert "Indiendatum van de cultuurnota voor een IGS cultuur 2027-2032" in voorbij
    assert "| 31 december 2026 | Einde van de periode 2020-2026" in komt and "| 1 januari 2027 | Start" in komt
    monkeypatch.setenv("IGS_DATUM", NA.isoformat())  # zonder datum: de klok
    voorbij, komt = _kalender(hook.vul((ROOT / "docs/index.md").read_text(encoding="utf-8"), "docs/index.md"))
    assert "| 31 december 2026 | Einde van de periode 2020-2026" in voorbij and "| 1 januari 2027 | Start" in voorbij
    assert "31 december 2026" not in komt and "1 januari 2027" not in komt and "| tot 2032 |" in komt


def test_elke_tijdzin_is_in_te_vullen_rond_elke_omslag():
    for omslag in register.omslagdata():
        for dag in (omslag - dt.timedelta(days=1), omslag):
            if dag.year < 2020 or dag > dt.date(2032, 12, 31):
                continue  # het register kent de regels van 2027-2032, niet die van erna
            for zin in register.tijdzinnen():
                tekst = register.tijdzin(zin, dag)
                assert tekst and "{" not in tekst, (zin, dag)


def test_de_hook_vult_ook_de_front_matter():
    meta = {"beschrijving": "Periode <!-- igs:feit periode -->", "checklist": ["<!-- igs:feit drempel -->"]}
    assert hook.vul_meta(meta, "x.md", VOOR) == {"beschrijving": "Periode 2027-2032", "checklist": ["85.000"]}


def test_pagina_met_zinnen_van_de_dag_waarschuwt_als_ze_later_gelezen_wordt():
    """A page with tijd/kalender/bouwdatum markers gets, under its title, a hidden warning with the
    last day its sentences hold (geldig-tot.js shows it after that day); other pages stay as they are."""
    dag = dt.date(2026, 12, 5)
    uit = hook.met_verloopmelding("# Titel\n\nTekst <!-- igs:tijd pv-einde-kort -->", "stappen/subsidie/", dag)
    regels = uit.split("\n")
    assert regels[0] == "# Titel" and 'data-geldig-tot="2026-12-30"' in regels[2]
    assert '<div class="igs-verlopen admonition warning" hidden>' in regels[2]
    assert 'href="../../keuzehulp/"' in regels[2] and "5 december 2026" in regels[2]
    zonder_titel = hook.met_verloopmelding("Stand op <!-- igs:bouwdatum -->", "", dag)
    assert zonder_titel.startswith('\n<div class="igs-stand"') and 'href="keuzehulp/"' in zonder_titel
    gewoon = "# Titel\n\nMinstens <!-- igs:feit drempel --> inwoners."
    assert hook.met_verloopmelding(gewoon, "stappen/subsidie/", dag) == gewoon
