"""Elke regel afzonderlijk: wanneer ze spreekt en wat ze zegt (knoop per knoop)."""

import pytest

from keuzehulp import kennis
from keuzehulp.regels import (
    DV,
    IV,
    OV,
    OVERLEG,
    PV,
    regel_afgebakende_looptijd,
    regel_afstemmen,
    regel_bestaande_dv,
    regel_eigen_personeel,
    regel_geen_bestaande_dv,
    regel_geen_personeel,
    regel_meerdere_referentieregios,
    regel_personeel_via_gemeente,
    regel_private_partners,
    regel_projecten,
    regel_regiowerking,
    regel_structurele_looptijd,
    regel_subsidie,
    regel_taak_via_beherende_gemeente,
    regel_taakoverdracht,
)
from keuzehulp.stroom import REGELS

VORMEN = kennis.rechtsvormen()


def oordeel(regel, **a):
    return {(o.rechtsvorm, o.richting, o.uitsluitend): o for o in regel(a, VORMEN)}


def uitgesloten(regel, **a):
    return {o.rechtsvorm for o in regel(a, VORMEN) if o.uitsluitend}


@pytest.mark.parametrize("regel", REGELS, ids=lambda r: r.__name__)
def test_regel_zwijgt_zonder_antwoorden(regel):
    assert regel({}, VORMEN) == []


@pytest.mark.parametrize("regel", REGELS, ids=lambda r: r.__name__)
def test_regel_heeft_uitleg(regel):
    assert regel.__doc__ and regel.__name__.startswith("regel_")


def test_reden_noemt_het_antwoord():
    for o in regel_subsidie({"subsidie": "ja"}, VORMEN):
        assert o.vraag == "subsidie" and o.antwoord == "ja"


def test_afstemmen():
    r = oordeel(regel_afstemmen, doel="afstemmen")
    assert (OVERLEG, "voor", False) in r
    assert all((v, "tegen", False) in r for v in (IV, PV, DV, OV))
    assert regel_afstemmen({"doel": "projecten"}, VORMEN) == []


def test_projecten():
    r = oordeel(regel_projecten, doel="projecten")
    assert r[(IV, "voor", False)].gewicht > r[(PV, "voor", False)].gewicht


def test_regiowerking():
    r = oordeel(regel_regiowerking, doel="regiowerking")
    assert r[(PV, "voor", False)].gewicht > r[(DV, "voor", False)].gewicht
    assert (OV, "tegen", False) in r and (OVERLEG, "tegen", False) in r


def test_taakoverdracht_wijst_naar_beheersoverdracht():
    r = oordeel(regel_taakoverdracht, doel="taakoverdracht")
    voor_ov = r[(OV, "voor", False)]
    assert "beheersoverdracht" in voor_ov.tekst.lower()
    assert voor_ov.gewicht == max(o.gewicht for o in r.values())


def test_taakoverdracht_nooit_overleg():
    assert OVERLEG in uitgesloten(regel_taakoverdracht, doel="taakoverdracht")


def test_taakoverdracht_dienstverlenende_vereniging_als_afweging():
    r = oordeel(regel_taakoverdracht, doel="taakoverdracht")
    afweging = r[(DV, "tegen", False)].tekst
    assert "afweging" in afweging.lower() and "bevoegd" in afweging
    assert "behouden" not in r[(DV, "voor", False)].tekst  # geen reden voor die tegen pleit


def test_taak_via_beherende_gemeente():
    # alleen het model van de beherende gemeente; anders past een interlokale vereniging niet
    assert uitgesloten(regel_taak_via_beherende_gemeente, doel="taakoverdracht", personeel="eigen") == {IV}
    r = oordeel(regel_taak_via_beherende_gemeente, doel="taakoverdracht", personeel="via_gemeente")
    assert (IV, "voor", False) in r and r[(IV, "voor", False)].vraag == "personeel"
    bevoegd = r[(IV, "tegen", False)]
    assert "bevoegd" in bevoegd.tekst and bevoegd.gewicht == 0  # een vaststelling, geen gewicht
    assert regel_taak_via_beherende_gemeente({"doel": "projecten", "personeel": "eigen"}, VORMEN) == []


def test_subsidie_sluit_vormen_zonder_subsidie_uit():
    zonder = {v.id for v in VORMEN if not v.werkingssubsidie}
    assert zonder == {OVERLEG, IV}
    assert uitgesloten(regel_subsidie, subsidie="ja") == zonder
    assert regel_subsidie({"subsidie": "nee"}, VORMEN) == []


def test_eigen_personeel_maakt_interlokale_vereniging_moeilijker_niet_onmogelijk():
    r = oordeel(regel_eigen_personeel, personeel="eigen")
    assert uitgesloten(regel_eigen_personeel, personeel="eigen") == {OVERLEG}
    assert (IV, "tegen", False) in r and "beherende gemeente" in r[(IV, "tegen", False)].tekst
    assert all((v, "voor", False) in r for v in (PV, DV, OV))


def test_eigen_personeel_wijkt_voor_private_leden():
    assert uitgesloten(regel_eigen_personeel, personeel="eigen", partners="ook_privaat", subsidie="nee") == set()
    assert uitgesloten(regel_eigen_personeel, personeel="eigen", partners="ook_privaat") == set()
    assert uitgesloten(regel_eigen_personeel, personeel="eigen", partners="ook_privaat", subsidie="ja") == {OVERLEG}


def test_taakoverdracht_spreekt_van_personeel_van_de_taak():
    r = oordeel(regel_eigen_personeel, personeel="eigen", doel="taakoverdracht")
    assert "regiocoördinator" not in r[(OV, "voor", False)].tekst


def test_personeel_via_gemeente_en_geen():
    assert (IV, "voor", False) in oordeel(regel_personeel_via_gemeente, personeel="via_gemeente")
    assert (OVERLEG, "voor", False) in oordeel(regel_geen_personeel, personeel="geen")


def test_private_partners_volgens_de_data():
    zonder_privaat = {v.id for v in VORMEN if not v.private_leden}
    assert zonder_privaat == {PV, DV, OV}
    assert uitgesloten(regel_private_partners, partners="ook_privaat", subsidie="nee") == zonder_privaat
    assert uitgesloten(regel_private_partners, partners="ook_privaat") == zonder_privaat
    # met subsidie gaat de subsidie voor: geen uitsluiting, wel een reden tegen
    r = oordeel(regel_private_partners, partners="ook_privaat", subsidie="ja")
    assert uitgesloten(regel_private_partners, partners="ook_privaat", subsidie="ja") == set()
    assert all((v, "tegen", False) in r for v in zonder_privaat)
    assert regel_private_partners({"partners": "gemeenten"}, VORMEN) == []


def test_private_partners_merkt_onzeker_feit():
    for o in regel_private_partners({"partners": "ook_privaat", "subsidie": "nee"}, VORMEN):
        assert "(niet geverifieerd)" in o.tekst  # toetreding is overal niet geverifieerd in de data


def test_meerdere_referentieregios():
    r = oordeel(regel_meerdere_referentieregios, referentieregio="meerdere")
    assert all((v, "tegen", False) in r for v in (PV, DV, OV))
    # het Regiodecreet weegt als struikelblok, zwaarder dan een gewone reden, en zegt wat afwijken vraagt
    assert all(r[(v, "tegen", False)].gewicht >= 3 for v in (PV, DV, OV))
    assert "Vlaamse Regering" in r[(PV, "tegen", False)].tekst
    assert "bestaande" in oordeel(regel_meerdere_referentieregios, referentieregio="meerdere",
                                  bestaande_dv="ja")[(DV, "tegen", False)].tekst
    assert all((v, "voor", False) in r for v in (OVERLEG, IV))
    assert regel_meerdere_referentieregios({"referentieregio": "een"}, VORMEN) == []


def test_looptijd():
    af = oordeel(regel_afgebakende_looptijd, looptijd="afgebakend")
    assert (PV, "voor", False) in af and (IV, "voor", False) in af
    assert (DV, "tegen", False) in af and (OV, "tegen", False) in af
    st = oordeel(regel_structurele_looptijd, looptijd="structureel")
    assert (OVERLEG, "tegen", False) in st and all((v, "voor", False) in st for v in (PV, DV, OV))


def test_bestaande_dv():
    ja = oordeel(regel_bestaande_dv, bestaande_dv="ja", doel="regiowerking")
    assert ja[(DV, "voor", False)].gewicht == 3 and "Interwaas" in ja[(DV, "voor", False)].tekst
    assert oordeel(regel_bestaande_dv, bestaande_dv="ja", doel="projecten")[(DV, "voor", False)].gewicht == 1
    assert (DV, "tegen", False) in oordeel(regel_geen_bestaande_dv, bestaande_dv="nee")
