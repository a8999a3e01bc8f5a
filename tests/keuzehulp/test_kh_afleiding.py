"""Afleiden uit de gekozen gemeenten (nis=…): som, regio's, samenhang, aangrenzend, IGS, fouten."""

import json

import pytest

from keuzehulp import afleiding, gemeenten, kennis
from keuzehulp.advies import advies
from keuzehulp.antwoorden import OngeldigAntwoord, lees_antwoorden, lees_antwoorden_strikt
from keuzehulp.browser import verwerk
from keuzehulp.html import render_advies
from keuzehulp.vragen import Optie, Vraag, vraag

AARTSELAAR, ANTWERPEN, BOECHOUT, BOOM = "11001", "11002", "11004", "11005"
BKZ = "46030"  # Beveren-Kruibeke-Zwijndrecht (Waasland)
WILLEBROEK, RUMST, LONDERZEEL, KAPELLE = "12040", "11037", "23045", "23039"


def nis(*codes):
    return ",".join(codes)


def test_som_van_de_inwoners_met_datum_en_bron():
    d = advies({"nis": nis(AARTSELAAR, ANTWERPEN, BOECHOUT), "subsidie": "ja"}).als_dict()
    verwacht = 15085 + 565615 + 14106  # Statbel, 1 januari 2026
    assert d["antwoorden"]["inwoners"] == verwacht == d["afleiding"]["inwoners"]
    assert d["afleiding"]["inwoners_datum"] == "2026-01-01"
    assert d["afleiding"]["inwoners_bron"] == "Statbel, bevolking op 1 januari 2026"
    assert "inwoners" in d["afgeleid"]
    assert [g["naam"] for g in d["gemeenten"]] == ["Aartselaar", "Antwerpen", "Boechout"]


def test_aantal_gemeenten_pas_vanaf_twee():
    assert afleiding.leid_af([BOOM]).antwoorden().get("gemeenten") is None
    assert afleiding.leid_af([BOOM, AARTSELAAR]).antwoorden()["gemeenten"] == 2


def test_een_referentieregio():
    a = afleiding.leid_af([AARTSELAAR, ANTWERPEN])
    assert a.referentieregios == (("REFREG01", "Regio Antwerpen"),)
    assert a.antwoorden()["referentieregio"] == "een"


def test_meerdere_referentieregios_elk_benoemd():
    a = afleiding.leid_af([ANTWERPEN, BKZ])
    assert [naam for _, naam in a.referentieregios] == ["Regio Antwerpen", "Waasland"]
    assert a.antwoorden()["referentieregio"] == "meerdere"
    html = render_advies(advies({"nis": nis(ANTWERPEN, BKZ), "subsidie": "ja"}))
    assert "Regio Antwerpen" in html and "Waasland" in html and "Meerdere referentieregio" in html


def test_aaneengesloten_of_niet():
    assert afleiding.leid_af([AARTSELAAR, ANTWERPEN, BOECHOUT]).samenhangend
    los = afleiding.leid_af([AARTSELAAR, "71072"])  # Hasselt ligt ver weg
    assert not los.samenhangend and len(los.groepen) == 2


def test_vier_aangrenzend_ja_bij_een_groep_van_vier():
    a = afleiding.leid_af([WILLEBROEK, BOOM, RUMST, KAPELLE])
    assert a.samenhangend and a.aangrenzend and a.antwoorden()["aangrenzend"] == "ja"


def test_een_hoekpunt_telt_niet_als_aangrenzend():
    # Willebroek en Londerzeel raken elkaar maar in één punt (buren.csv: contact 'punt').
    assert LONDERZEEL not in gemeenten.buren()[WILLEBROEK]
    a = afleiding.leid_af([WILLEBROEK, BOOM, RUMST, LONDERZEEL])
    assert not a.aangrenzend and not a.samenhangend
    assert a.groepen[0] == (WILLEBROEK, BOOM, RUMST) and a.groepen[1] == (LONDERZEEL,)
    # Met Kapelle-op-den-Bos ertussen vormen ze wel één gebied.
    assert afleiding.leid_af([WILLEBROEK, BOOM, RUMST, LONDERZEEL, KAPELLE]).aangrenzend


def test_minimum_voor_aangrenzend_komt_uit_de_data():
    assert afleiding.minimum_aangrenzend() == kennis.subsidieregel("overgang").parameters["minimum_gemeenten"]
    drie = afleiding.leid_af([WILLEBROEK, BOOM, RUMST])
    assert drie.samenhangend and not drie.aangrenzend


def test_aangrenzend_wordt_een_antwoord_zodra_de_vraag_bestaat():
    eigen = Vraag(id="aangrenzend", tekst="?", hulptekst="", type="keuze", toepassing=vraag("doel").toepassing,
                  aanname="", opties=(Optie("ja", "Ja"), Optie("nee", "Nee")))
    antwoorden = {}
    afleiding.vul_aan(antwoorden, nis(WILLEBROEK, BOOM, RUMST, KAPELLE), {"aangrenzend": eigen})
    assert antwoorden == {"nis": nis(WILLEBROEK, BOOM, RUMST, KAPELLE), "aangrenzend": "ja"}


def test_igs_lidmaatschap_ook_via_een_fusie():
    a = advies({"nis": nis(AARTSELAAR, ANTWERPEN, BOECHOUT, BKZ)}).als_dict()
    per = {g["naam"]: g["igs"] for g in a["gemeenten"]}
    assert [i["naam"] for i in per["Aartselaar"]] == ["Streekvereniging Zuidrand"]
    assert per["Aartselaar"][0]["als"] == ""
    # Borsbeek (Zuidrand) is sinds 2025 deel van Antwerpen; Beveren en de andere twee van BKZ.
    assert per["Antwerpen"] == [{"naam": "Streekvereniging Zuidrand", "als": "Borsbeek", "periode": "2020-2026",
                                 "einde": ""}]
    assert [i["naam"] for i in per["Beveren-Kruibeke-Zwijndrecht"]] == ["Cultuurtuin WAAS (voorheen Interwaas)"]
    assert per["Boechout"] == []


def test_gestopte_igs_zegt_wanneer():
    gistel = gemeenten.nis_voor_naam("Gistel")  # Ginter stopte eind 2025
    nis = f"{gistel},{gemeenten.nis_voor_naam('Oostende')}"
    d = advies({"nis": nis}).als_dict()
    assert d["gemeenten"][0]["igs"][0]["einde"] == "2025-12-31"
    assert "gestopt op 31 december 2025" in render_advies(advies({"nis": nis}))


def test_elke_gemeente_in_het_landschap_is_gevonden():
    assert afleiding.onbekende_landschapsnamen() == ()
    leden = afleiding.igs_per_gemeente()
    assert all(nis in gemeenten.alle() for nis in leden)


def test_fusietabel_klopt_met_de_data():
    fusies = gemeenten.fusies()
    assert len({f.nis for f in fusies.values()}) == 13  # 13 fusies op 1 januari 2025
    assert all(gemeenten.gemeente(f.nis) for f in fusies.values())
    assert gemeenten.nis_voor_naam("Kortessem") == "71072"
    assert gemeenten.nis_voor_naam("galmaarden") == "23106"
    assert gemeenten.nis_voor_naam("Hasselt") == "71072"
    assert gemeenten.nis_voor_naam("Atlantis") is None


@pytest.mark.parametrize("code, stukje", [
    ("99999", "Onbekende NIS-code '99999'"),
    ("abc", "'abc' in 'nis' is geen NIS-code"),
    ("11007", "Borsbeek"),  # een code van vóór de fusies: zeg welke code nu geldt
])
def test_onbekende_code_strikt(code, stukje):
    with pytest.raises(OngeldigAntwoord) as fout:
        lees_antwoorden_strikt({"nis": nis(AARTSELAAR, code)})
    melding = fout.value.meldingen[0]
    assert stukje in melding and "NIS-code" in melding


def test_onbekende_code_vergevingsgezind():
    gelezen = lees_antwoorden({"nis": nis(AARTSELAAR, "12345", ANTWERPEN)})
    assert gelezen.antwoorden["nis"] == nis(AARTSELAAR, ANTWERPEN)
    assert gelezen.antwoorden["inwoners"] == 15085 + 565615
    assert len(gelezen.meldingen) == 1 and "12345" in gelezen.meldingen[0] and "genegeerd" in gelezen.meldingen[0]


def test_uitdrukkelijk_antwoord_gaat_voor():
    a = advies({"nis": nis(AARTSELAAR, ANTWERPEN), "subsidie": "ja", "inwoners": "90.000",
                "referentieregio": "meerdere"})
    assert a.antwoorden["inwoners"] == 90_000 and a.antwoorden["referentieregio"] == "meerdere"
    assert a.gekozen.afgeleid == ()
    html = render_advies(a)
    assert "afgeleid uit de gekozen gemeenten)" not in html
    zonder = advies({"nis": nis(AARTSELAAR, ANTWERPEN), "subsidie": "ja"})
    assert set(zonder.gekozen.afgeleid) == {"inwoners", "referentieregio"}
    assert html.count('class="kh-afgeleid"') == 0
    assert render_advies(zonder).count('class="kh-afgeleid"') == 2


def test_waarschuwing_dicht_bij_de_drempel():
    drempel = kennis.subsidieregel("inwoners").parameters["drempel"]
    dichtbij = afleiding.leid_af([BKZ])  # 88.344 inwoners op 1 januari 2026
    assert dichtbij.inwoners == 88_344 and abs(dichtbij.inwoners - drempel) <= drempel * 0.05
    assert "85.000" in dichtbij.waarschuwing() and "88.344 inwoners op 1 januari 2026" in dichtbij.waarschuwing()
    assert "Op welke datum het subsidiedecreet de inwoners telt" in dichtbij.waarschuwing()
    assert "niet actueel" not in dichtbij.waarschuwing()
    assert afleiding.leid_af([AARTSELAAR, BOECHOUT]).waarschuwing() is None  # ver onder
    gistel_oostende = afleiding.leid_af(["35005", "35013"])  # 85.098: net boven de drempel, toch een waarschuwing
    assert gistel_oostende.inwoners == 85_098 and "85.098 inwoners op 1 januari 2026" in gistel_oostende.waarschuwing()
    html = render_advies(advies({"nis": "35005,35013", "subsidie": "ja"}))
    assert gistel_oostende.waarschuwing() in html.replace("&#x27;", "'")


def test_widget_krijgt_het_blok_en_de_gegevens():
    uit = json.loads(verwerk(json.dumps({"nis": nis(AARTSELAAR, ANTWERPEN, BOECHOUT), "subsidie": "ja"})))
    assert "data-afleiding" in uit["html"] and "Afgeleid uit de gekozen gemeenten" in uit["html"]
    assert "provincies.incijfers.be" in uit["html"]
