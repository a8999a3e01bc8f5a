"""De gemeentedata: 285 gemeenten, 15 referentieregio's, buren symmetrisch."""

from keuzehulp import gemeenten


def test_285_gemeenten_en_15_referentieregios():
    assert len(gemeenten.alle()) == gemeenten.meta()["gemeenten"]["aantal"] == 285
    assert len(gemeenten.referentieregios()) == 15
    assert sum(g.inwoners for g in gemeenten.alle().values()) == 6_629_143


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
