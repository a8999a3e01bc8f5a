"""De woorden in data/teksten.toml: gevalideerd bij het laden, ingevuld uit de feiten."""

import re

import pytest

from keuzehulp import kennis
from keuzehulp.teksten import ANTWOORD, TekstFout, controleer, euro, feiten, getal, tekst


def test_het_bestand_laadt_en_elke_zin_is_in_te_vullen():
    alles = controleer(kennis._data_bestand("teksten.toml"))
    assert len(alles) > 80
    proef = {naam: "X" for naam in ANTWOORD}
    for sleutel in alles:
        assert "{" not in tekst(sleutel, **proef), sleutel


def test_onbekende_plaatshouder_noemt_bestand_en_sleutel():
    with pytest.raises(TekstFout, match=r"teksten\.toml, sleutel 'regel\.x': onbekende plaatshouder \{drempl\}"):
        controleer({"regel": {"x": "Minstens {drempl} inwoners."}})


def test_geen_tekst_of_kapotte_accolades():
    with pytest.raises(TekstFout, match="sleutel 'a.b': verwacht tekst"):
        controleer({"a": {"b": 3}})
    with pytest.raises(TekstFout, match="sleutel 'a': ongeldige accolades"):
        controleer({"a": "Open { zonder sluiten"})


def test_ontbrekende_sleutel_of_waarde_geeft_een_duidelijke_fout():
    with pytest.raises(TekstFout, match="de sleutel 'bestaat.niet' ontbreekt"):
        tekst("bestaat.niet")
    with pytest.raises(TekstFout, match=r"geen waarde voor \{vorm\}"):
        tekst("subsidie.rechtspersoon_ja")


def test_feiten_komen_uit_de_data():
    f = feiten()
    assert f["drempel"] == getal(kennis.subsidieregel("inwoners").parameters["drempel"])
    assert f["indiendatum"] == "1 april 2026" and f["periode"] == "2027-2032"
    assert "projectvereniging" in f["vormen_met_subsidie"]


def test_geen_drempel_datum_of_periode_letterlijk_in_een_zin():
    """Een drempel, datum, periode of bedrag uit de feiten staat nooit getypt in teksten.toml."""
    ruw = (kennis._data_bestand("teksten.toml"))
    alles = controleer(ruw)
    verboden = {f for naam, f in feiten().items() if naam not in {"vormen_met_subsidie", "minimum_gemeenten",
                                                                      "pv_duur", "dv_duur", "ov_duur"} | KORT}
    for sleutel, zin in alles.items():
        for feit in verboden:
            assert not re.search(rf"(?<!\w){re.escape(feit)}(?!\w)", zin), \
                f"{sleutel} typt '{feit}'; gebruik de plaatshouder"


# Feiten die als los woord of getal te vaak in gewone tekst staan om blind te zoeken.
KORT = {"minimum_gemeenten_woord", "periode_start_jaar", "aantal_referentieregios", "aantal_gemeenten"}


def test_bedragen_met_scheidingstekens():
    assert euro(76_499.1) == "76.499,10 euro"
    assert euro(100_000) == "100.000 euro"
    assert euro(0.9) == "0,90 euro"
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*", getal(1_234_567))
