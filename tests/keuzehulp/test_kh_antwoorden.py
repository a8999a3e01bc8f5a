"""De antwoordlezer: vergevingsgezind en strikt; eigenschapstests met Hypothesis."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keuzehulp import Gelezen, OngeldigAntwoord, lees_antwoorden, lees_antwoorden_strikt
from keuzehulp.antwoorden import als_tekst
from keuzehulp.vragen import vraag_ids, vragen


def test_geldige_antwoorden():
    g = lees_antwoorden({"doel": "regiowerking", "subsidie": "JA ", "inwoners": "120.000", "gemeenten": "8"})
    assert g == Gelezen({"doel": "regiowerking", "subsidie": "ja", "inwoners": 120_000, "gemeenten": 8}, [])


@pytest.mark.parametrize("tekst", ["120000", "120.000", "120 000", "120\u00a0000", "120\u202f000", " 120000 "])
def test_duizendtallen(tekst):
    assert lees_antwoorden({"inwoners": tekst}).antwoorden == {"inwoners": 120_000}


@pytest.mark.parametrize("tekst", ["1.20.000", "12,5", "120.00", "twaalf", "1e5", "0x10", "12.0"])
def test_misvormd_getal_geeft_melding(tekst):
    g = lees_antwoorden({"inwoners": tekst})
    assert g.antwoorden == {}
    assert len(g.meldingen) == 1 and "geen geheel getal" in g.meldingen[0] and "genegeerd" in g.meldingen[0]


@pytest.mark.parametrize("tekst,woord", [("-5", "negatief"), ("0", "buiten het bereik"),
                                          ("99999999999", "buiten het bereik")])
def test_negatief_of_absurd(tekst, woord):
    g = lees_antwoorden({"inwoners": tekst})
    assert g.antwoorden == {} and woord in g.meldingen[0]


@pytest.mark.parametrize("tekst", ["9" * 5000, "0" * 4999 + "7" * 5000, "1" + ".000" * 2000])
def test_getal_van_duizenden_cijfers_geeft_melding_geen_traceback(tekst):
    """int() weigert meer dan 4.300 cijfers met een ValueError; de lezer krijgt een melding."""
    g = lees_antwoorden({"inwoners": tekst})
    assert g.antwoorden == {}
    assert len(g.meldingen) == 1 and "buiten het bereik" in g.meldingen[0]
    assert len(g.meldingen[0]) < 200, "het getal wordt ingekort teruggegeven"
    with pytest.raises(OngeldigAntwoord, match="buiten het bereik"):
        lees_antwoorden_strikt({"inwoners": tekst})


def test_voorloopnullen_tellen_niet_als_cijfers():
    assert lees_antwoorden({"inwoners": "0" * 5000 + "120000"}).antwoorden == {"inwoners": 120_000}


def test_lange_waarden_en_namen_worden_ingekort():
    g = lees_antwoorden({"doel": "x" * 10_000, "y" * 10_000: "1"})
    assert len(g.meldingen) == 2
    assert all("\u2026" in m and len(m) < 400 for m in g.meldingen)


def test_lijst_meldingen_begrensd():
    g = lees_antwoorden({f"onbekend{i}": "1" for i in range(10_000)})
    assert len(g.meldingen) == 11
    assert g.meldingen[-1] == "\u2026 en nog 9.990 meldingen."
    with pytest.raises(OngeldigAntwoord) as fout:
        lees_antwoorden_strikt({f"onbekend{i}": "1" for i in range(12)})
    assert fout.value.meldingen[-1] == "\u2026 en nog 2 meldingen."


def test_gemeenten_minstens_twee():
    assert "buiten het bereik" in lees_antwoorden({"gemeenten": "1"}).meldingen[0]
    assert "buiten het bereik" in lees_antwoorden({"gemeenten": "286"}).meldingen[0]


def test_onbekende_vraag_en_waarde_noemen_geldige_waarden():
    g = lees_antwoorden({"kleur": "blauw", "doel": "feest"})
    assert g.antwoorden == {}
    assert any("Onbekende vraag 'kleur'" in m and "bestaande_dv" in m for m in g.meldingen)
    assert any("'feest'" in m and "afstemmen, projecten, regiowerking, taakoverdracht" in m for m in g.meldingen)


def test_leeg_is_onbeantwoord():
    assert lees_antwoorden({"doel": "", "subsidie": "  "}) == Gelezen({}, [])


def test_strikt_weigert():
    with pytest.raises(OngeldigAntwoord) as fout:
        lees_antwoorden_strikt({"doel": "feest", "inwoners": "-1"})
    assert len(fout.value.meldingen) == 2
    assert "genegeerd" not in str(fout.value)
    assert lees_antwoorden_strikt({"doel": "projecten"}) == {"doel": "projecten"}


# --- Hypothesis ------------------------------------------------------------------

sleutels = st.one_of(st.sampled_from(vraag_ids()), st.text(max_size=20))
waarden = st.one_of(st.text(max_size=30), st.integers(), st.none(), st.floats(allow_nan=True), st.booleans())


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(sleutels, waarden, max_size=12))
def test_lezer_crasht_nooit(mapping):
    g = lees_antwoorden(mapping)
    assert set(g.antwoorden) <= set(vraag_ids())
    assert all(isinstance(m, str) and m for m in g.meldingen)


def _geldige_antwoorden():
    per_vraag = {}
    for v in vragen():
        if v.type == "keuze":
            per_vraag[v.id] = st.sampled_from(v.waarden())
        else:
            per_vraag[v.id] = st.integers(min_value=v.min, max_value=v.max)
    return st.fixed_dictionaries({}, optional=per_vraag)


@settings(max_examples=300, deadline=None)
@given(_geldige_antwoorden())
def test_rondreis_geldige_antwoorden(antwoorden):
    g = lees_antwoorden(als_tekst(antwoorden))
    assert g.meldingen == [] and g.antwoorden == antwoorden


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1000, max_value=10_000_000), st.sampled_from([".", " ", "\u00a0"]))
def test_rondreis_met_scheidingsteken(getal, teken):
    tekst = f"{getal:,}".replace(",", teken)
    assert lees_antwoorden({"inwoners": tekst}).antwoorden == {"inwoners": getal}
