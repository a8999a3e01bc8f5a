"""Advies dat de situatie kent (review december 2026): bestaande IGS, een gemiste ronde, één gemeente,
meerdere referentieregio's, de projectvereniging die eind 2026 afloopt, bedragen, en de punten E5-E15."""

import datetime as dt

import pytest

from keuzehulp import advies
from keuzehulp.antwoorden import OngeldigAntwoord
from keuzehulp.html import render_advies

DATUM = dt.date(2026, 12, 5)
HERSELT_EN_CO = "13013,12014,13049,13016,24001,71071"  # vier ervan in de Merode
REGIO = {"doel": "regiowerking", "subsidie": "ja", "personeel": "eigen", "partners": "gemeenten",
         "looptijd": "structureel", "bestaande_dv": "nee"}


def _stappen(a):
    return [s.sleutel for s in a.volgende_stappen]


def _waarschuwingen(a):
    return [s for w in a.waarschuwingen for s in w.sleutels]


def test_bestaande_igs_in_samenvatting_waarschuwing_en_eerste_stap():
    a = advies({"nis": HERSELT_EN_CO, **REGIO, "ronde_2027": "aangevraagd"}, DATUM)
    igs = a.situatie.bestaande_igs
    assert [(b.naam, len(b.leden)) for b in igs] == [("Cultuur & Erfgoed de Merode", 4)]
    assert "bestaande_igs_lid_meer" in _waarschuwingen(a)
    assert _stappen(a)[0] == "bestaande_igs" and "de Merode" in a.volgende_stappen[0].tekst
    html = render_advies(a)
    samenvatting = html.split('class="kh-samenvatting-igs"')[1].split("</p>")[0]
    assert "de Merode (4 van de 6 gekozen gemeenten)" in samenvatting


def test_gemeenten_in_drie_igs_worden_elk_genoemd():
    a = advies({"nis": "13013,13049,13016,13008,13053,13029", **REGIO, "ronde_2027": "nee"}, DATUM)
    assert len(a.situatie.bestaande_igs) == 3
    assert "bestaande_igs_slot_meer" in _waarschuwingen(a) and _stappen(a)[0] == "bestaande_igs_meer"


def test_zonder_gekozen_gemeenten_geen_bestaande_igs():
    a = advies({**REGIO, "ronde_2027": "aangevraagd"}, DATUM)
    assert a.situatie.bestaande_igs == () and "bestaande_igs" not in _stappen(a)


def test_fusiegemeente_volgt_op_in_de_igs():
    a = advies({"nis": "11002,11001", **REGIO, "ronde_2027": "aangevraagd"}, DATUM)  # Borsbeek -> Antwerpen
    assert "fusie_opvolging" in _waarschuwingen(a)
    assert any("Antwerpen volgt na de fusie Borsbeek op" in w.tekst for w in a.waarschuwingen)


def test_gemiste_ronde_bereidt_geen_aanvraag_voor():
    a = advies({**REGIO, "ronde_2027": "nee", "inwoners": 120_000}, DATUM)
    assert a.subsidie.in_aanmerking is False
    assert "subsidie" not in _stappen(a) and "sjabloon_checklist" not in _stappen(a)
    wat = next(s for s in a.volgende_stappen if s.sleutel == "wat_kan_nog")
    assert wat.url == "stappen/subsidie/#wat-kan-nu-nog"
    assert "looptijd_subsidieperiode" not in _waarschuwingen(a)
    assert not any(r.sleutel.startswith("subsidie.bedrag") for r in a.subsidie.redenen)


def test_wie_indiende_bereidt_de_aanvraag_niet_opnieuw_voor_als_hij_erkend_is():
    a = advies({**REGIO, "ronde_2027": "erkend"}, DATUM)
    assert "subsidie" not in _stappen(a) and "bestaande_vereniging" in _stappen(a)
    assert "pv_formaliseren" not in _stappen(a)


def test_een_gemeente_is_geen_samenwerking():
    with pytest.raises(OngeldigAntwoord, match="minstens twee gemeenten"):
        advies({"nis": "44021", **REGIO}, DATUM)


def test_verlenging_projectvereniging_noemt_loket_en_instemming():
    a = advies({**REGIO, "ronde_2027": "erkend"}, DATUM)
    w = next(w for w in a.waarschuwingen if "projectvereniging_einde" in w.sleutels)
    assert "digitale loket" in w.tekst and "instemming van elke gemeenteraad" in w.tekst
    assert "doet een voorstel" in w.tekst and "nog 26 dagen" in w.tekst


def test_bedrag_is_hoogstens_met_datum_van_de_inwoners():
    a = advies({"nis": "24062,24038,24055,24009,24086,24011", **REGIO, "ronde_2027": "aangevraagd",
                "bestond_bij_indiening": "ja"}, DATUM)
    bedrag = next(r for r in a.subsidie.redenen if r.sleutel == "subsidie.bedrag")
    assert "hoogstens" in bedrag.tekst and "1 januari 2026" in bedrag.tekst and "peildatum" in bedrag.tekst


def test_antwerpen_geeft_de_vraag_naar_de_districten_en_geen_bedrag():
    a = advies({"nis": "11001,11002,11013", **REGIO, "ronde_2027": "aangevraagd"}, DATUM)
    bedrag = next(r for r in a.subsidie.redenen if r.sleutel == "subsidie.bedrag")
    assert "districten" in bedrag.tekst and "euro per jaar" not in bedrag.tekst


def test_vereniging_die_nog_niet_bestond_bij_de_indiening_is_nog_niet_te_zeggen():
    basis = {**REGIO, "ronde_2027": "aangevraagd", "inwoners": 120_000, "referentieregio": "een"}
    assert advies({**basis, "bestond_bij_indiening": "ja"}, DATUM).subsidie.in_aanmerking is True
    nee = advies({**basis, "bestond_bij_indiening": "nee"}, DATUM)
    assert nee.subsidie.in_aanmerking is None
    assert any("Departement Cultuur" in r.tekst for r in nee.subsidie.redenen if r.vraag == "bestond_bij_indiening")


def test_regiocoordinator_via_een_gemeente_is_open():
    a = advies({**REGIO, "ronde_2027": "aangevraagd", "bestond_bij_indiening": "ja", "inwoners": 120_000,
                "referentieregio": "een", "personeel": "via_gemeente"}, DATUM)
    assert next(r for r in a.subsidie.redenen if r.regel == "regiocoordinator").voldaan is None


def test_niet_aaneengesloten_staat_bij_het_oordeel():
    a = advies({"nis": "31005,31043,31033", **REGIO, "ronde_2027": "aangevraagd"}, DATUM)
    assert any(r.sleutel == "subsidie.niet_aaneengesloten" for r in a.subsidie.redenen)
    assert "geen aaneengesloten gebied" in render_advies(a).split('class="kh-samenvatting-punten"')[1].split("</ul>")[0]


def test_overleg_verwijst_niet_naar_het_sjabloon_van_een_interlokale_vereniging():
    a = advies({"doel": "afstemmen", "subsidie": "nee", "personeel": "geen", "partners": "gemeenten"}, DATUM)
    assert a.aanbevolen == "overleg"
    assert all("sjablonen/samenwerkingsovereenkomst" not in s.url for s in a.volgende_stappen)


def test_overleg_met_personeel_van_een_gemeente_waarschuwt_voor_overheidsopdrachten():
    a = advies({"doel": "afstemmen", "subsidie": "nee", "personeel": "via_gemeente", "partners": "gemeenten"}, DATUM)
    assert "overheidsopdrachten_beherende_gemeente" in _waarschuwingen(a)


def test_regiowerking_zonder_personeel_en_subsidie_is_geen_rechtspersoon():
    a = advies({"doel": "regiowerking", "subsidie": "nee", "personeel": "geen", "partners": "gemeenten",
                "looptijd": "structureel", "bestaande_dv": "nee"}, DATUM)
    assert not a.aanbevolen_vorm.rechtspersoonlijkheid


def test_bestaande_dv_over_regiogrenzen_wint_niet_van_de_wettige_interlokale_vereniging():
    a = advies({"doel": "regiowerking", "subsidie": "nee", "bestaande_dv": "ja", "referentieregio": "meerdere",
                "personeel": "eigen", "partners": "gemeenten", "looptijd": "structureel"}, DATUM)
    assert a.aanbevolen != "dienstverlenende_vereniging"


def test_taakoverdracht_noemt_het_cultuurpact():
    a = advies({"doel": "taakoverdracht", "subsidie": "nee", "personeel": "eigen", "partners": "gemeenten"}, DATUM)
    assert "cultuurpact" in _waarschuwingen(a)


def test_nieuwe_vereniging_zonder_gekende_regio_hoort_van_het_regiodecreet():
    a = advies({"doel": "taakoverdracht", "subsidie": "nee", "personeel": "eigen", "partners": "gemeenten"}, DATUM)
    assert "regio_onbekend_vereniging" in _waarschuwingen(a)


def test_duur_is_een_maximum_en_in_house_meer_dan_80_procent():
    a = advies({"doel": "taakoverdracht", "subsidie": "nee", "personeel": "eigen", "partners": "gemeenten",
                "looptijd": "afgebakend"}, DATUM)
    alles = " ".join(w.tekst for w in a.waarschuwingen)
    assert "hoogstens 18 jaar" in alles and "tot 18 jaar" not in alles
    assert "meer dan 80 %" in alles and "minstens 80" not in alles


def test_advies_rekent_met_de_feiten_van_zijn_eigen_dag(monkeypatch):
    """Een advies voor een andere dag dan IGS_DATUM leest de feiten van die dag (klok.op)."""
    from keuzehulp import klok

    monkeypatch.setenv("IGS_DATUM", "2026-12-05")
    gezien = []
    echte = klok.vandaag

    def spion():
        gezien.append(echte())
        return gezien[-1]

    monkeypatch.setattr(klok, "vandaag", spion)
    a = advies({**REGIO, "ronde_2027": "erkend"}, dt.date(2027, 1, 2))
    assert "projectvereniging_einde_voorbij" in _waarschuwingen(a)
    assert gezien and set(gezien) == {dt.date(2027, 1, 2)}  # elke vraag naar de dag tijdens het advies
    with klok.op(dt.date(2027, 1, 2)):
        assert echte() == dt.date(2027, 1, 2)
    assert echte() == dt.date(2026, 12, 5)


def test_aflopende_projectvereniging_staat_ook_in_de_samenvatting():
    a = advies({**REGIO, "ronde_2027": "erkend"}, DATUM)
    assert "Dringend" in render_advies(a).split('class="kh-samenvatting-dringend"')[1].split("</p>")[0]
    assert "nog 26 dagen" in render_advies(a)
    later = advies({**REGIO, "ronde_2027": "erkend"}, dt.date(2027, 1, 2))
    assert "kh-samenvatting-dringend" not in render_advies(later)
    # een aanvraag van een vereniging die misschien nog niet bestaat: alleen bij de waarschuwingen
    nieuw = advies({**REGIO, "ronde_2027": "aangevraagd"}, DATUM)
    assert "projectvereniging_einde" in _waarschuwingen(nieuw)
    assert "kh-samenvatting-dringend" not in render_advies(nieuw)
