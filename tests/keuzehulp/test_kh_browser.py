"""keuzehulp.browser.verwerk: what the widget sends in, and what it gets back."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest

from keuzehulp.advies import advies
from keuzehulp.browser import nota, verwerk
from keuzehulp.html import render_advies


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


# --- Per-field validation (contract with the widget: ongeldig {question id: message}) -----------------

@pytest.mark.parametrize("vraag,waarde,deel", [
    ("inwoners", "-5", "negatief"),
    ("inwoners", "0", "buiten het bereik"),
    ("inwoners", "abc", "geen geheel getal"),
    ("inwoners", "999999999", "buiten het bereik"),
    ("gemeenten", "300", "buiten het bereik"),
    ("gemeenten", "vier", "geen geheel getal"),
    ("gemeenten", "1", "buiten het bereik"),
])
def test_een_onbruikbaar_getal_krijgt_een_melding_bij_zijn_veld(vraag, waarde, deel):
    uit = _verwerk({"doel": "regiowerking", "subsidie": "ja", vraag: waarde})
    melding = uit["ongeldig"][vraag]
    assert deel in melding
    # phrased for the field: the range, no question id
    bereik = {"inwoners": "van 1 tot 10.000.000", "gemeenten": "van 2 tot 285"}[vraag]
    assert melding.endswith(f"Geef een geheel getal {bereik}.")
    assert f"'{vraag}'" not in melding
    assert set(uit["ongeldig"]) == {vraag}
    # the general messages stay as they were
    assert any(f"'{vraag}'" in m for m in uit["meldingen"])


def test_geldige_en_lege_getallen_zijn_niet_ongeldig():
    assert _verwerk({"inwoners": "120.000", "gemeenten": "", "INWONERS ": "12"})["ongeldig"] == {}
    assert _verwerk({})["ongeldig"] == {}
    assert _verwerk({"gemeenten": True})["ongeldig"] == {"gemeenten": "Geef een geheel getal van 2 tot 285."}


# --- The note for the college (contract with the widget: data-nota buttons, browser.nota) -------------

def test_de_widget_toont_de_knoppen_voor_de_nota():
    uit = _verwerk({"doel": "regiowerking", "subsidie": "ja", "inwoners": "120000"})
    knoppen = re.findall(r'<button type="button"[^>]*data-nota="(\w+)" data-bestandsnaam="([^"]+)">([^<]+)</button>',
                         uit["html"])
    assert [k[0] for k in knoppen] == ["odt", "docx"]
    for formaat, naam, label in knoppen:
        assert re.fullmatch(rf"nota-college-projectvereniging-\d{{4}}-\d{{2}}-\d{{2}}\.{formaat}", naam)
        assert label == f"Nota voor het college ({formaat.upper()})"
    # only in the widget: the static pages cannot make the note themselves
    assert "data-nota" not in render_advies(advies({"doel": "regiowerking"}), "../")


@pytest.mark.parametrize("formaat,begin", [("odt", "mimetypeapplication/vnd.oasis.opendocument.text"),
                                          ("docx", "[Content_Types].xml")])
def test_nota_geeft_een_document(formaat, begin):
    inhoud = nota(json.dumps({"nis": "44021,44020,44083", "doel": "regiowerking", "subsidie": "ja"}), formaat)
    assert isinstance(inhoud, bytes)
    with zipfile.ZipFile(io.BytesIO(inhoud)) as z:
        namen = z.namelist()
        assert begin.startswith(namen[0]) or namen[0] == begin
        xml = z.read("content.xml" if formaat == "odt" else "word/document.xml").decode()
    assert "Nota aan het college van burgemeester en schepenen" in xml
    assert "Gent" in xml and "Voorstel van beslissing" in xml


def test_nota_weigert_zonder_antwoorden_of_met_een_ander_formaat():
    with pytest.raises(ValueError, match="nog geen advies"):
        nota("{}", "odt")
    with pytest.raises(ValueError, match="kies odt of docx"):
        nota(json.dumps({"doel": "projecten"}), "pdf")


# --- Pre-filled templates (contract with the template form: ?nis=…&rechtsvorm=…) -----------------------

def test_volgende_stappen_openen_de_sjablonen_vooraf_ingevuld():
    html = _verwerk({"nis": "44021,44020,44083", "doel": "regiowerking", "subsidie": "ja"})["html"]
    assert 'href="../sjablonen/engagementsverklaring/?nis=44021,44020,44083&amp;rechtsvorm=projectvereniging#vul-in"' in html
    assert 'href="../sjablonen/gemeenteraadsbeslissing/?nis=44021,44020,44083&amp;rechtsvorm=projectvereniging#vul-in"' in html


@pytest.mark.parametrize("antwoorden", [
    {"doel": "regiowerking", "subsidie": "ja"},  # no municipalities chosen
    {"nis": "44021", "doel": "regiowerking"},  # one municipality
    {"nis": "44021,44020", "doel": "regiowerking", "subsidie": "ja", "ronde_2027": "erkend"},  # existing
])
def test_zonder_nieuwe_samenwerking_van_gekozen_gemeenten_de_gewone_sjablonen(antwoorden):
    html = _verwerk(antwoorden)["html"]
    assert 'href="../sjablonen/engagementsverklaring/"' in html
    assert "&amp;rechtsvorm=" not in html and "?nis=" not in html
