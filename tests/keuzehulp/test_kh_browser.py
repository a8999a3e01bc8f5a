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


def test_niet_toepasselijke_vragen_krijgen_een_notitie():
    uit = _verwerk({"subsidie": "nee"})
    assert "inwoners" not in uit["van_toepassing"]
    assert "doel" in uit["van_toepassing"]
    # The widget keeps the question and shows why it does not matter now.
    assert uit["notities"]["inwoners"].startswith("Niet nodig bij jullie antwoorden.")
    assert "werkingssubsidie" in uit["notities"]["inwoners"]
    assert set(uit["notities"]).isdisjoint(uit["van_toepassing"])


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
        assert uit["html"] == ""
        assert "verschijnt hier zodra je een eerste vraag beantwoordt" in uit["samenvatting"]
        assert "doel" in uit["van_toepassing"]
    assert "kleur" in " ".join(json.loads(verwerk('{"kleur": "blauw"}'))["meldingen"])


def test_een_vreemd_antwoordtype_wordt_gemeld_en_de_rest_gebruikt():
    uit = _verwerk({"doel": 5, "subsidie": "nee"})
    assert uit["aanbevolen"]
    assert uit["html"].startswith("<section")


def test_samenvatting_en_wijzig_links_voor_de_widget():
    uit = _verwerk({"doel": "regiowerking", "subsidie": "ja", "inwoners": "120000"})
    assert 'data-advies-samenvatting="projectvereniging"' in uit["samenvatting"]
    assert 'href="#kh-advies-titel"' in uit["samenvatting"]
    # "Jullie antwoorden" in the full advice: a Wijzig link per answer, to the question.
    for id in ("doel", "subsidie", "inwoners"):
        assert f'href="#kh-vraag-{id}" data-wijzig="{id}"' in uit["html"]


def test_gekozen_gemeenten_en_onbekende_nis_codes():
    uit = _verwerk({"nis": "11002, 11004,11002,99999", "doel": "afstemmen"})
    assert uit["gekozen"] == ["11002", "11004"]
    melding = " ".join(uit["meldingen"])
    assert "99999" in melding and "'nis'" in melding
    assert _verwerk({"doel": "afstemmen"})["gekozen"] == []


def test_afgeleide_antwoorden_krijgen_een_notitie_en_een_eigen_antwoord_gaat_voor():
    drie = {"nis": "11002,11004,11005", "subsidie": "ja"}
    uit = _verwerk(drie)
    notitie = uit["notities"]["inwoners"]
    assert notitie.startswith("Afgeleid uit de gekozen gemeenten: ")
    assert "inwoners op 1 januari 2026 (Statbel). Op welke datum het subsidiedecreet" in notitie
    assert "gaat voor" in notitie and "2020" not in notitie
    assert "Regio Antwerpen" in uit["notities"]["referentieregio"]
    assert "referentieregio" in uit["notities"]
    eigen = _verwerk({**drie, "inwoners": "90000"})
    assert "inwoners" not in eigen["notities"]  # the reader's own answer wins: no derived note


def test_antwoorden_worden_een_keer_gelezen_en_nis_een_keer_ontleed(monkeypatch):
    """The browser reads the answers once; advies() takes what was read, without reading 'nis' again."""
    import importlib

    from keuzehulp import afleiding
    from keuzehulp.advies import advies
    from keuzehulp.antwoorden import lees_antwoorden

    ruw = {"nis": "11001,11002,11004", "subsidie": "ja", "doel": "regiowerking"}
    verwacht = advies(ruw).als_dict()
    assert verwacht["gemeenten"] and verwacht["antwoorden"]["inwoners"], "het voorbeeld moet gemeenten kiezen"

    echt = afleiding.lees_nis
    tellingen = []

    def tel(nis_ruw):
        tellingen.append(nis_ruw)
        return echt(nis_ruw)

    advies_module = importlib.import_module("keuzehulp.advies")  # the package exports the function
    monkeypatch.setattr(afleiding, "lees_nis", tel)
    monkeypatch.setattr(advies_module, "lees_antwoorden_strikt",
                        lambda *_: (_ for _ in ()).throw(AssertionError("advies las de antwoorden opnieuw")))
    uit = json.loads(verwerk(json.dumps(ruw)))
    assert len(tellingen) == 1, f"'nis' werd {len(tellingen)} keer ontleed"
    assert uit["aanbevolen"] == verwacht["aanbevolen"]
    assert advies(lees_antwoorden(ruw)).als_dict() == verwacht
