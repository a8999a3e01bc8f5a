"""Alle antwoordpaden van het statische pad, en het goldenbestand."""

from pathlib import Path

from keuzehulp import paden
from keuzehulp.golden import golden
from keuzehulp.vragen import van_toepassing, vraag

GOLDEN = Path(__file__).with_name("golden.md")


def test_aantal_paden_ruim_onder_4000():
    # Elk pad wordt een statische pagina en een vooraf-advies (plus gzip-kopieën): ruim onder de
    # 20.000 bestanden die Cloudflare Pages toelaat.
    alle = paden()
    assert 100 < len(alle) < 4000


def test_paden_volgen_de_stroom_en_zijn_volledig():
    gezien = set()
    for pad in paden():
        antwoorden = pad.antwoorden
        assert [s.vraag for s in pad.stappen] == van_toepassing(antwoorden)  # stroomvolgorde, gesnoeid
        sleutel = tuple(antwoorden.items())
        assert sleutel not in gezien
        gezien.add(sleutel)
        for stap in pad.stappen:
            v = vraag(stap.vraag)
            if v.type == "getal":
                assert stap.waarde in [b.waarde for b in v.banden]


def test_elke_vorm_komt_voor_als_uitkomst_behalve_waar_de_regels_dat_uitsluiten():
    uitkomsten = {p.aanbevolen for p in paden()}
    assert {"overleg", "interlokale_vereniging", "projectvereniging", "dienstverlenende_vereniging",
            "opdrachthoudende_vereniging"} == uitkomsten


def test_golden_is_actueel():
    assert GOLDEN.read_text(encoding="utf-8") == golden(), (
        "tests/keuzehulp/golden.md is verouderd: voer `python tools/genereer_golden.py` uit en bekijk de wijzigingen."
    )


def test_overzicht_per_vraag_is_actueel():
    """Het overzicht per vraag (wat elk antwoord doet) hoort bij het goldenbestand en de stroom."""
    from keuzehulp.golden import per_vraag

    bestand = GOLDEN.with_name("per-vraag.md")
    assert bestand.read_text(encoding="utf-8") == per_vraag(), (
        "tests/keuzehulp/per-vraag.md is verouderd: voer `python tools/genereer_golden.py` uit."
    )
