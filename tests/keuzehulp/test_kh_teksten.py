"""De woorden in data/teksten.toml: gevalideerd bij het laden, ingevuld uit de feiten."""

import datetime as dt
import re
from pathlib import Path

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
    """Een drempel, datum, periode of bedrag uit de feiten staat nooit getypt in teksten.toml, en
    ook niet in de pagina's en sjablonen (stappen/, cases/, docs/, sjablonen/data/): die gebruiken
    <!-- igs:feit naam --> (Markdown) of {feit.naam} (sjablonen)."""
    f = feiten(dt.date(2026, 12, 5))
    gevonden = {str(p.relative_to(ROOT)): g for p in inhoudsbestanden()
                if (g := getypte_feiten(p.read_text(encoding="utf-8"), f))}
    assert sum(map(len, gevonden.values())) == 0, f"getypte feiten, gebruik de marker: {gevonden}"
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

ROOT = Path(__file__).resolve().parents[2]
INHOUD = ("stappen", "cases", "docs", "src/sjablonen/data")
# Titels van bronnen die een periode in hun naam dragen: geen feit van het register.
TITELS = ("Voortraject IGS cultuur 2027-2032",)


def getypte_feiten(tekst: str, f: dict[str, str]) -> list[str]:
    """Elk feit uit het register dat letterlijk in ``tekst`` staat (links en bronnentitels niet)."""
    tekst = re.sub(r"\]\([^)]*\)|https?://\S+", "]", tekst)
    for titel in TITELS:
        tekst = tekst.replace(titel, "")
    getal = lambda bedrag: re.escape(bedrag.removesuffix(" euro"))  # noqa: E731
    patronen = [
        re.escape(f["drempel"]), re.escape(f["periode"]), re.escape(f["vorige_periode"]),
        *(re.escape(f[n]) for n in ("indiendatum", "periode_start", "periode_einde", "pv_einde",
                                    "kp_eerste_indiendatum", "kp_eerste_start", "volgende_start", "kp_indiendata")),
        getal(f["bedrag_per_inwoner"]),
        *(rf"(?:€[ \u00a0]?{getal(f[n])}|{getal(f[n])} euro)" for n in ("minimum_ontwerp", "kp_max_subsidie",
                                                               "kp_max_projectkost")),
        rf"(?:tot|na|eind) {f['overgang_tot']}", rf"(?:tot|na|eind) {f['volgende_na']}",
        rf"{f['aantal_gemeenten']} (?:Vlaamse )?gemeenten", rf"{f['aantal_referentieregios']}\**\s*referentieregio",
        rf"(?:{f['minimum_gemeenten']}|{f['minimum_gemeenten_woord']}) (?:aangrenzende|aan elkaar grenzende)",
    ]
    return [m.group(0) for p in dict.fromkeys(patronen) for m in re.finditer(rf"(?<![\w.,]){p}(?![\w]|[.,]\d)", tekst)]


def inhoudsbestanden() -> list[Path]:
    return sorted(p for map_ in INHOUD for p in (ROOT / map_).rglob("*")
                  if p.suffix in (".md", ".toml") and p.is_file())


def test_de_telling_vindt_getypte_feiten():
    f = feiten(dt.date(2026, 12, 5))
    zin = ("Minstens 85.000 inwoners voor 2027-2032, in te dienen op 1 april 2026; hoogstens € 25.000 of "
           "0,90 euro per inwoner; tot 2032 met vier aangrenzende gemeenten; 285 gemeenten in 15 referentieregio's.")
    assert len(getypte_feiten(zin, f)) == 9
    assert getypte_feiten("[Voortraject IGS cultuur 2027-2032](https://x.be/2027-2032) op 1.850.000", f) == []


def test_bedragen_met_scheidingstekens():
    assert euro(76_499.1) == "76.499,10 euro"
    assert euro(100_000) == "100.000 euro"
    assert euro(0.9) == "0,90 euro"
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*", getal(1_234_567))
