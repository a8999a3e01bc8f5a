"""Advice before Python (igs_site.keuzehulp.vooraf): the build decides which raw URL values
mean which answer, and stores the engine's own output per complete answer set."""

from __future__ import annotations

import json
import re

import pytest

from igs_site.keuzehulp import vooraf
from keuzehulp.antwoorden import lees_getal
from keuzehulp.browser import verwerk
from keuzehulp.vragen import vraag, vragen


@pytest.fixture(scope="module")
def gebouwd():
    return vooraf.bouw()


@pytest.mark.parametrize("laagste,hoogste", [(0, 9), (2, 3), (4, 285), (1, 84_999), (85_000, 10_000_000), (7, 1_234)])
def test_getal_patroon_klopt_met_het_bereik(laagste, hoogste):
    patroon = re.compile(vooraf.getal_patroon(laagste, hoogste), re.ASCII)
    proeven = set(range(0, 1_300)) | {laagste, hoogste, laagste - 1, hoogste + 1, 84_999, 85_000, 99_999,
                                       100_000, 999_999, 1_000_000, 9_999_999, 10_000_000, 10_000_001}
    for getal in sorted(g for g in proeven if g >= 0):
        binnen = laagste <= getal <= hoogste
        for tekst in (str(getal), "00" + str(getal), f" {getal} "):
            assert bool(patroon.match(tekst)) == binnen, (tekst, laagste, hoogste)
    for vreemd in ("", " ", "12a", "1.000", "-5", "+5", "1e3", "٣"):
        if patroon.match(vreemd):
            pytest.fail(f"{vreemd!r} mag niet overeenkomen")


def test_getal_patroon_leest_zoals_de_engine():
    """Whatever the pattern accepts, the engine reads as a number in the same band."""
    for v in vragen():
        if v.type != "getal":
            continue
        for band in v.banden:
            hoogste = band.max if band.max is not None else v.max
            patroon = re.compile(vooraf.getal_patroon(band.min, hoogste), re.ASCII)
            for getal in {band.min, hoogste, (band.min + hoogste) // 2}:
                for tekst in (str(getal), f"0{getal}", f" {getal} "):
                    assert patroon.match(tekst)
                    assert band.min <= lees_getal(v, tekst) <= hoogste


@pytest.mark.traag  # gebouwd: vooraf.bouw(), 10 s CPU
def test_keuze_patroon_leest_zoals_de_engine(gebouwd):
    index, _, _ = gebouwd
    for vraag_id, patronen in index["vragen"]:
        v = vraag(vraag_id)
        if v.type != "keuze":
            continue
        for waarde, patroon in patronen:
            for tekst in (waarde, waarde.upper(), f"  {waarde} "):
                assert re.match(patroon, tekst, re.I | re.ASCII)
                uit = json.loads(verwerk(json.dumps({vraag_id: tekst})))
                assert not any(vraag_id in m for m in uit["meldingen"]), (tekst, uit["meldingen"])
            assert not re.match(patroon, waarde + "x", re.I | re.ASCII)


def _samengesteld(bestanden, tabellen, bestand: str) -> dict:
    """A stored output as the page puts it together."""
    opgeslagen = dict(bestanden[bestand])
    if "tabel" in opgeslagen:
        opgeslagen["html"] += tabellen[opgeslagen.pop("tabel")] + opgeslagen.pop("html_na")
    return opgeslagen


def _grenzen(sleutel: str) -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """The answers of a key at the low and the high end of each band, and the number questions."""
    laag, hoog, getallen = {}, {}, []
    for deel in sleutel.split("&"):
        vraag_id, waarde = deel.split("=")
        if vraag(vraag_id).type == "getal":
            laag[vraag_id], hoog[vraag_id] = waarde.split("-")
            getallen.append(vraag_id)
        else:
            laag[vraag_id] = hoog[vraag_id] = waarde
    return laag, hoog, tuple(getallen)


@pytest.mark.traag  # gebouwd: vooraf.bouw(), 10 s CPU
def test_elke_uitkomst_is_de_uitvoer_van_de_engine_voor_die_antwoorden(gebouwd):
    """The stored output is verwerk()'s for these answers; a number counts by its band, and the
    output is the same at both ends of the band (so it cannot state a number the reader did not give)."""
    index, bestanden, tabellen = gebouwd
    assert index["uitkomsten"], "geen enkele antwoordset krijgt vooraf advies"
    for sleutel, (bestand, _) in index["uitkomsten"].items():
        laag, hoog, getallen = _grenzen(sleutel)
        opgeslagen = _samengesteld(bestanden, tabellen, bestand)
        for antwoorden in (laag, hoog):
            verwacht = json.loads(verwerk(json.dumps(antwoorden), vooraf.BASIS, banden=getallen))
            assert opgeslagen == verwacht, sleutel
        assert verwacht["aanbevolen"] and not verwacht["meldingen"]


@pytest.mark.traag  # gebouwd: vooraf.bouw(), 10 s CPU
def test_elk_antwoordpad_krijgt_vooraf_advies_ook_met_aantallen(gebouwd):
    """Every complete answer set of the static path, also those with a number of inhabitants
    or municipalities (a shared link nearly always has them)."""
    from keuzehulp.pad import paden

    index, _, _ = gebouwd
    assert len(index["uitkomsten"]) == len(paden())
    for vraag_id in ("inwoners", "gemeenten"):
        for band in vraag(vraag_id).banden:
            assert any(f"{vraag_id}={band.min}-" in sleutel for sleutel in index["uitkomsten"]), (vraag_id, band)


@pytest.mark.traag  # gebouwd: vooraf.bouw(), 10 s CPU
def test_per_band_geen_getal_en_geen_bedrag_wel_de_band(gebouwd):
    index, bestanden, tabellen = gebouwd
    sleutel = next(s for s in index["uitkomsten"] if "inwoners=85000-" in s and "subsidie=ja" in s)
    tekst = re.sub(r"<[^>]+>", " ", _samengesteld(bestanden, tabellen, index["uitkomsten"][sleutel][0])["html"])
    assert "85.000 of meer" in tekst
    assert "120.000" not in tekst and "108.000" not in tekst
    assert "berekent het uit jullie aantal" in tekst


@pytest.mark.traag  # gebouwd: vooraf.bouw(), 10 s CPU
def test_antwoorden_op_vragen_die_niet_gelden_veranderen_niets(gebouwd):
    """The page accepts a link that also answers questions outside the key (the widget writes
    every answer), as long as each is valid: the engine ignores them. Checked for every answer
    set, with each other question answered by a value of each of its keys in turn."""
    index, bestanden, tabellen = gebouwd
    waarden = {vraag_id: [naam for naam, _ in patronen] for vraag_id, patronen in index["vragen"]}
    getoetst = 0
    for nummer, (sleutel, (bestand, _)) in enumerate(index["uitkomsten"].items()):
        laag, _, getallen = _grenzen(sleutel)
        extra = {}
        for vraag_id, namen in waarden.items():
            if vraag_id in laag:
                continue
            naam = namen[nummer % len(namen)]
            extra[vraag_id] = naam.split("-")[-1] if vraag(vraag_id).type == "getal" else naam
        if not extra:
            continue  # this answer set answers every question
        getoetst += 1
        uit = json.loads(verwerk(json.dumps({**laag, **extra}), vooraf.BASIS, banden=getallen))
        assert uit == _samengesteld(bestanden, tabellen, bestand), (sleutel, extra)
    assert getoetst > len(index["uitkomsten"]) / 2


@pytest.mark.traag  # gebouwd: vooraf.bouw(), 10 s CPU
def test_de_index_noemt_de_tabel_van_elke_uitkomst(gebouwd):
    """The index names each output's table, so that the page fetches both at once."""
    index, bestanden, tabellen = gebouwd
    assert sorted(index["tabellen"]) == index["tabellen"] and set(index["tabellen"]) == set(tabellen)
    for bestand, nummer in index["uitkomsten"].values():
        tabel = bestanden[bestand].get("tabel")
        assert (index["tabellen"][nummer] if nummer is not None else None) == tabel
