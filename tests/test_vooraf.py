"""Advice before Python (tools/site_hooks/vooraf.py): the build decides which raw URL values
mean which answer, and stores the engine's own output per complete answer set."""

from __future__ import annotations

import json
import re

import pytest

import vooraf
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


def test_elke_uitkomst_is_de_uitvoer_van_de_engine_voor_die_antwoorden(gebouwd):
    """The stored output is verwerk()'s for these answers; for a number matched by its band,
    at both ends of the band (so it cannot state a number the reader did not give)."""
    index, bestanden, tabellen = gebouwd
    assert index["uitkomsten"], "geen enkele antwoordset krijgt vooraf advies"
    for sleutel, bestand in index["uitkomsten"].items():
        laag, hoog = {}, {}
        for deel in sleutel.split("&"):
            vraag_id, waarde = deel.split("=")
            if vraag(vraag_id).type == "getal":
                laag[vraag_id], hoog[vraag_id] = waarde.split("-")
            else:
                laag[vraag_id] = hoog[vraag_id] = waarde
        opgeslagen = dict(bestanden[bestand])
        if "tabel" in opgeslagen:  # as the page puts it together
            opgeslagen["html"] += tabellen[opgeslagen.pop("tabel")] + opgeslagen.pop("html_na")
        for antwoorden in (laag, hoog):
            verwacht = json.loads(verwerk(json.dumps(antwoorden), vooraf.BASIS))
            assert opgeslagen == verwacht, sleutel
        assert verwacht["aanbevolen"] and not verwacht["meldingen"]
