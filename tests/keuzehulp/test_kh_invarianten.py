"""Invarianten over alle combinaties van antwoorden, voor een vaste datum.

De stroom wordt doorlopen (vragen, opties en banden uit ``vragen()``, zie kh_stroom.py):
elke toepasselijke vraag beantwoord met elke waarde of niet beantwoord (getallen aan beide
kanten van elke bandgrens: de regels vergelijken alleen met die grenzen). Dat zijn alle
genormaliseerde antwoordsets met hoogstens twee vragen open en een vaste steekproef van
de rest (~120.000 van de ~740.000); de goedkope invarianten (vorm en subsidieoordeel) gelden voor
allemaal, de volledige adviezen worden gecontroleerd op alle volledige paden en op de
pagina's van het statische pad.
"""

from __future__ import annotations

import collections
import datetime as dt
import re
from functools import cache

import pytest
from kh_stroom import controleer_dekking, stroom

from keuzehulp import kennis
from keuzehulp.advies import _kern, advies
from keuzehulp.html import render_advies
from keuzehulp.pad import paden
from keuzehulp.statisch import statische_boom
from keuzehulp.subsidietoets import bereik
from keuzehulp.tekst import render_tekst
from keuzehulp.vragen import van_toepassing

DATUM = dt.date(2026, 11, 28)


# Alle sets zijn er te veel (13 vragen: 742.660 sets, 145 s): elke set met hoogstens MAX_OPEN vragen
# open, en van de rest een vaste steekproef (elke REST_ELKE-de).
MAX_OPEN, REST_ELKE = 2, 20


@cache
def alle_antwoorden() -> tuple[dict, ...]:
    return tuple(stroom(max_open=MAX_OPEN, ondergrenzen=False, rest_elke=REST_ELKE))


def test_de_stroom_geeft_genormaliseerde_antwoorden():
    alle = alle_antwoorden()
    assert len(alle) > 100_000
    for a in alle[::5003]:
        assert list(a) == [id for id in van_toepassing(a) if id in a]


@pytest.mark.traag  # 30-45 s: buiten make test-snel
def test_invarianten_over_alle_antwoorden():
    """Eén doorloop over alle antwoordsets (elke kern wordt één keer berekend):

    - een taakoverdracht is nooit los overleg, en alleen een interlokale vereniging in het model van de
      beherende gemeente;
    - geen 'ja' voor de werkingssubsidie 2027-2032 zonder aanvraag, en 'nee' zonder aanvraag;
    - een subsidie buiten bereik maakt het advies nooit zwaarder dan zonder de wens.

    De doorloop moet elke vraag met elke waarde stellen en elk subsidieoordeel (ja, nee, onbeslist)
    opleveren, ook 'ja' na een aanvraag en 'ja' als al erkend; anders faalt hij (dekking).
    """
    alle = alle_antwoorden()
    controleer_dekking(alle, ondergrenzen=False)
    oordelen = collections.Counter()
    for a in alle:
        vorm, in_aanmerking = _kern(a, DATUM)
        oordelen[in_aanmerking, a.get("ronde_2027")] += 1
        if a.get("doel") == "taakoverdracht":
            assert vorm != "overleg", a
            if vorm == "interlokale_vereniging":
                assert a.get("personeel") in (None, "via_gemeente"), a
        if in_aanmerking:
            assert a.get("ronde_2027") in ("erkend", "aangevraagd"), a
        if a.get("ronde_2027") == "nee":
            assert in_aanmerking is False, a
        if a.get("subsidie") == "ja" and bereik(a, DATUM).uitslag is False:
            # dezelfde feiten zonder de wens: hetzelfde advies (de wens weegt niet mee)
            assert vorm == _kern({**a, "subsidie": "nee"}, DATUM)[0], a
    for tak in [(True, "erkend"), (True, "aangevraagd"), (False, "aangevraagd"), (False, "nee"), (None, None)]:
        assert oordelen[tak], f"(in_aanmerking, ronde_2027) = {tak} nooit bereikt"


@cache
def volledige_adviezen():
    return tuple(advies(p.antwoorden, DATUM, banden=("inwoners", "gemeenten")) for p in paden(DATUM))


def test_geen_vorm_geschikt_met_alleen_redenen_tegen():
    for a in volledige_adviezen():
        for b in a.rangschikking:
            if b.oordeel == "geschikt":
                assert b.voor or not any(o.gewicht for o in b.tegen), (a.antwoorden, b.rechtsvorm.id)


def test_geen_reden_voor_die_tegen_pleit():
    for a in volledige_adviezen():
        for b in a.rangschikking:
            for o in b.voor:
                assert "maar" not in o.tekst.lower() and "behouden het recht" not in o.tekst, o.tekst


def _getallen(tekst: str) -> set[str]:
    return set(re.findall(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", tekst))


@cache
def toegestane_getallen() -> frozenset[str]:
    """Getallen die in de data staan (drempels, bedragen): die mag het advies noemen."""
    uit: set[str] = set()
    for naam in ("subsidie.toml", "rechtsvormen.toml", "teksten.toml", "bronnen.toml"):
        uit |= _getallen(str(kennis._data_bestand(naam)))
    from keuzehulp.teksten import feiten

    for waarde in feiten().values():
        uit |= _getallen(waarde)
    return frozenset(uit)


def test_geen_getal_dat_de_lezer_niet_gaf_op_het_statische_pad():
    """Een uitkomst via een band noemt de band, nooit de representatieve waarde of een bedrag daaruit."""
    uitkomsten = [k for k in statische_boom(DATUM) if k.vraag is None]
    assert len(uitkomsten) > 100
    for knoop in uitkomsten:
        a = advies(knoop.antwoorden, DATUM, banden=knoop.bandvragen)
        for weergave in (render_advies(a, "/", met_vergelijking=False), render_tekst(a)):
            vreemd = _getallen(weergave) - toegestane_getallen()
            assert not vreemd, (knoop.segmenten, vreemd)


def test_exacte_getallen_worden_wel_genoemd_en_gerekend():
    a = advies({"subsidie": "ja", "ronde_2027": "aangevraagd", "inwoners": 84_999}, DATUM)
    tekst = render_tekst(a)
    assert "84.999" in tekst and "76.499,10 euro" in tekst
    assert "hoogstens 76" not in tekst  # nooit een maximum onder het minimum


@pytest.mark.parametrize("ronde", ["nee", None])
def test_na_de_indiendatum_zegt_het_advies_wat_wel_kan(ronde):
    a = advies({"doel": "regiowerking", "subsidie": "ja", **({"ronde_2027": ronde} if ronde else {})}, DATUM)
    if ronde == "nee":
        assert a.subsidie.in_aanmerking is False and a.subsidie.alternatieven
        alles = " ".join(x.tekst for x in a.subsidie.alternatieven)
        assert "1 april 2027" in alles and "nog niet bekend" in alles
    else:
        assert a.subsidie.in_aanmerking is None
