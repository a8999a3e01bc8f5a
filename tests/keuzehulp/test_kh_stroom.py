"""De stroom (stroom.py) is de tabel die de engine gebruikt: per vraag, in de volgorde van vragen()."""

import inspect

from keuzehulp import regels, subsidietoets, waarschuwingen
from keuzehulp.stroom import GEKOZEN_GEMEENTEN, REGELS, STROOM, stap
from keuzehulp.vragen import vraag_ids


def test_een_stap_per_vraag_in_de_volgorde_van_de_vragen():
    assert [s.vraag for s in STROOM] == list(vraag_ids())
    assert all(leest in vraag_ids() for s in STROOM for leest in s.leest)


def _functies(module, voorvoegsel=""):
    return {f for naam, f in inspect.getmembers(module, inspect.isfunction)
            if f.__module__ == module.__name__ and naam.startswith(voorvoegsel)}


def test_elke_regel_staat_precies_een_keer_in_de_stroom():
    assert len(REGELS) == len(set(REGELS))
    assert set(REGELS) == _functies(regels, "regel_")


def test_elke_waarschuwing_staat_in_de_stroom_en_in_de_volgorde_van_belang():
    in_stroom = [c for s in (*STROOM, GEKOZEN_GEMEENTEN) for c in s.waarschuwingen]
    assert len(in_stroom) == len(set(in_stroom))
    assert set(in_stroom) == set(waarschuwingen.CONTROLES)


def test_elke_subsidietoets_staat_in_de_stroom():
    publiek = {f for f in _functies(subsidietoets) if not f.__name__.startswith("_")}
    hulp = {subsidietoets.toets_subsidie, subsidietoets.volgende_indiendatum_klein}  # de toets zelf, een hulpfunctie
    in_stroom = {f for s in (*STROOM, GEKOZEN_GEMEENTEN) for f in s.toetsen}
    assert in_stroom == publiek - hulp


def test_stap_vindt_vraag_en_gekozen_gemeenten():
    assert stap("doel").vraag == "doel" and stap("nis") is GEKOZEN_GEMEENTEN
