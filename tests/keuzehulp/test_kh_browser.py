"""keuzehulp.browser.verwerk: what the widget sends in, and what it gets back."""

from __future__ import annotations

import json

from keuzehulp.browser import verwerk


def _verwerk(antwoorden, basis="../"):
    return json.loads(verwerk(json.dumps(antwoorden), basis))


def test_volledige_antwoorden_geven_advies_met_html():
    uit = _verwerk({"doel": "regiowerking", "subsidie": "ja", "inwoners": "120.000", "gemeenten": "8",
                    "referentieregio": "een", "personeel": "eigen", "partners": "gemeenten",
                    "looptijd": "structureel", "bestaande_dv": "nee"})
    assert uit["aanbevolen"] == "projectvereniging"
    assert 'data-aanbevolen="projectvereniging"' in uit["html"]
    assert 'href="../juridische-vormen/projectvereniging/"' in uit["html"]
    assert uit["meldingen"] == []
    assert uit["aankondiging"] == "Advies bijgewerkt: Projectvereniging."


def test_niet_toepasselijke_vragen_vallen_weg():
    uit = _verwerk({"subsidie": "nee"})
    assert "inwoners" not in uit["van_toepassing"]
    assert "doel" in uit["van_toepassing"]


def test_onbekende_vragen_en_waarden_worden_gemeld_en_weergave_genegeerd():
    uit = _verwerk({"doel": "feest", "kleur": "blauw", "thema": "donker", "inwoners": "<script>"})
    tekst = " ".join(uit["meldingen"])
    assert "kleur" in tekst and "feest" in tekst and "afstemmen" in tekst
    assert "thema" not in tekst
    assert "&lt;script&gt;" not in uit["html"] and "<script>" not in uit["html"]


def test_zonder_antwoorden_nog_geen_advies_maar_een_uitnodiging():
    for ruw in ("niet-json", "[1, 2]", "null", "{}", '{"kleur": "blauw"}'):
        uit = json.loads(verwerk(ruw))
        assert uit["aanbevolen"] is None
        assert "Beantwoord de vragen" in uit["html"]
        assert "doel" in uit["van_toepassing"]
    assert "kleur" in " ".join(json.loads(verwerk('{"kleur": "blauw"}'))["meldingen"])


def test_een_vreemd_antwoordtype_wordt_gemeld_en_de_rest_gebruikt():
    uit = _verwerk({"doel": 5, "subsidie": "nee"})
    assert uit["aanbevolen"]
    assert uit["html"].startswith("<section")
