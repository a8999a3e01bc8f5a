"""Het advies: verwachte scenario's, het JSON-contract, en een uitputtende test."""

import collections
import datetime as dt
import functools
import itertools
import json
import re
import time

import pytest
from kh_stroom import begonnen, controleer_dekking, stroom

from keuzehulp import OngeldigAntwoord, advies, kennis
from keuzehulp.stappen import ALLE_PADEN
from keuzehulp.vragen import van_toepassing, vraag_ids

VELDEN = {"aanbevolen", "rangschikking", "subsidie", "waarschuwingen", "aannames", "open_vragen",
          "volgende_stappen", "disclaimer", "antwoorden", "labels", "van_toepassing", "datum", "versie",
          "gemeenten", "afgeleid", "afleiding"}
VANDAAG = dt.date(2026, 11, 28)
IDS = set(kennis.rechtsvorm_ids())

SCENARIO_REGIO = dict(gemeenten=8, inwoners=120_000, referentieregio="een", doel="regiowerking", looptijd="structureel",
                      subsidie="ja", ronde_2027="aangevraagd", bestond_bij_indiening="ja",
                      personeel="eigen", partners="gemeenten",
                      bestaande_dv="nee")


def test_scenario_regiowerking_met_subsidie():
    a = advies(SCENARIO_REGIO)
    assert a.aanbevolen == "projectvereniging"
    assert a.subsidie.in_aanmerking is True


def test_scenario_twee_gemeenten_afstemmen():
    a = advies(dict(gemeenten=2, doel="afstemmen", personeel="geen", subsidie="nee"))
    assert a.aanbevolen == "overleg"
    assert a.subsidie.in_aanmerking is None


def test_scenario_cluster_in_bestaande_dv():
    a = advies({**SCENARIO_REGIO, "bestaande_dv": "ja"})
    assert a.aanbevolen == "dienstverlenende_vereniging"
    assert any("cluster cultuur" in s.tekst for s in a.volgende_stappen)


def test_scenario_taakoverdracht():
    a = advies(dict(doel="taakoverdracht", subsidie="nee", personeel="eigen", partners="gemeenten",
                    referentieregio="een", looptijd="structureel", bestaande_dv="nee"))
    assert a.aanbevolen == "opdrachthoudende_vereniging"


def test_taakoverdracht_lichter_via_beherende_gemeente():
    a = advies(dict(doel="taakoverdracht", subsidie="nee", personeel="via_gemeente", partners="gemeenten",
                    referentieregio="een", looptijd="afgebakend", bestaande_dv="nee"))
    assert a.aanbevolen == "interlokale_vereniging"


def test_private_partners_en_subsidie_geven_uitleg():
    a = advies({**SCENARIO_REGIO, "partners": "ook_privaat"})
    assert a.aanbevolen != "interlokale_vereniging"
    w = [w for w in a.waarschuwingen if {"partners", "subsidie"} <= set(w.vragen)]
    assert len(w) == 1
    assert "overeenkomst" in w[0].tekst and "adviserend" in w[0].tekst and "geen lid" in w[0].tekst


def test_onder_drempel_zonder_overgang():
    a = advies({**SCENARIO_REGIO, "inwoners": 60_000, "erkend": "nee", "gemeenten": 3}, VANDAAG)
    assert a.subsidie.in_aanmerking is False
    assert any("inwoners" in w.vragen for w in a.waarschuwingen)


def test_overgangsregeling():
    basis = {**SCENARIO_REGIO, "inwoners": 60_000, "erkend": "ja", "gemeenten": 4, "aangrenzend": "ja"}
    ja = advies(basis, VANDAAG)
    assert ja.subsidie.in_aanmerking is True
    assert advies({**basis, "gemeenten": 3}, VANDAAG).subsidie.in_aanmerking is False
    assert advies({**basis, "aangrenzend": "nee"}, VANDAAG).subsidie.in_aanmerking is False
    overgang = [r for r in ja.subsidie.redenen if r.regel == "overgang"][0]
    assert overgang.geverifieerd is False


def test_overgang_niet_erkend_is_nog_niet_te_zeggen():
    # VVSG beperkt de overgang niet tot erkende IGS: onzeker, dus 'nog niet te zeggen'
    a = advies({**SCENARIO_REGIO, "inwoners": 60_000, "erkend": "nee", "gemeenten": 5, "aangrenzend": "ja"}, VANDAAG)
    assert a.subsidie.in_aanmerking is None
    assert any("Departement" in r.tekst for r in a.subsidie.redenen if r.regel == "overgang")


def test_grens_85000():
    assert advies({**SCENARIO_REGIO, "inwoners": 85_000}, VANDAAG).subsidie.in_aanmerking is True
    assert advies({**SCENARIO_REGIO, "inwoners": 84_999, "erkend": "nee", "gemeenten": 2},
                  VANDAAG).subsidie.in_aanmerking is False


def test_twee_referentieregios():
    """Meerdere referentieregio's: een hindernis die de Vlaamse Regering kan wegnemen (uitstel of afwijking,
    ABB), dus met een aanvraag 'nog niet te zeggen', nooit 'nee' (review december 2026, E1)."""
    a = advies({**SCENARIO_REGIO, "referentieregio": "meerdere"})
    assert a.subsidie.in_aanmerking is None
    regio = next(r for r in a.subsidie.redenen if r.vraag == "referentieregio")
    assert regio.voldaan is None and "afwijking" in regio.tekst and "Binnenlands Bestuur" in regio.tekst
    assert any("referentieregio" in w.vragen for w in a.waarschuwingen)
    # erkend voor de nieuwe periode: 'ja', en geen waarschuwing die dat tegenspreekt (S38)
    erkend = advies({**SCENARIO_REGIO, "referentieregio": "meerdere", "ronde_2027": "erkend"})
    assert erkend.subsidie.in_aanmerking is True
    assert all("vraagt dat alle gemeenten in één referentieregio" not in w.tekst for w in erkend.waarschuwingen)
    # een bestaande vereniging wordt nooit 'nieuw' genoemd
    assert all("nieuwe" not in w.tekst for w in erkend.waarschuwingen if "referentieregio" in w.vragen)


def test_ontbrekende_antwoorden_aannames_en_open_vragen():
    a = advies({"doel": "regiowerking"})
    assert {x["vraag"] for x in a.aannames} >= {"subsidie", "personeel", "partners"}
    open_ids = {x["vraag"] for x in a.open_vragen}
    assert "subsidie" in open_ids or "personeel" in open_ids
    assert open_ids <= set(van_toepassing(a.antwoorden)) - set(a.antwoorden)


def test_gelijkspel_wordt_uitgelegd():
    a = advies(dict(doel="afstemmen", subsidie="ja", inwoners=90_000, personeel="eigen", partners="gemeenten",
                    referentieregio="een", looptijd="structureel"))
    assert any(x["vraag"] is None and "vuistregel" in x["tekst"] for x in a.aannames)


def test_leeg_advies():
    a = advies({})
    assert a.aanbevolen in IDS and a.antwoorden == {}


def test_ongeldig_antwoord():
    with pytest.raises(OngeldigAntwoord):
        advies({"doel": "feest"})
    with pytest.raises(OngeldigAntwoord):
        advies({"onbekend": "x"})


def test_aanvaardt_tekst_en_getallen():
    assert advies({**SCENARIO_REGIO, "inwoners": "120.000"}).antwoorden == advies(SCENARIO_REGIO).antwoorden


def test_json_contract():
    d = advies(SCENARIO_REGIO).als_dict()
    assert set(d) == VELDEN
    json.dumps(d)
    assert len(d["rangschikking"]) == 5 and {r["rechtsvorm"] for r in d["rangschikking"]} == IDS
    for r in d["rangschikking"]:
        assert set(r) == {"rechtsvorm", "naam", "geschikt", "oordeel", "voor", "tegen"}
        for reden in r["voor"] + r["tegen"]:
            assert set(reden) == {"tekst", "vraag", "antwoord"}
    assert set(d["subsidie"]) == {"in_aanmerking", "bereik", "redenen", "alternatieven"}
    assert all(set(w) == {"tekst", "vragen", "bronnen"} for w in d["waarschuwingen"])
    assert all(set(s) == {"tekst", "url"} for s in d["volgende_stappen"])
    assert set(d["disclaimer"]) == {"tekst", "datum"} and d["disclaimer"]["datum"] == "2026-11-28"
    assert d["versie"]


def test_volgende_stappen_zijn_relatieve_sitepaden():
    for antwoorden in (SCENARIO_REGIO, {**SCENARIO_REGIO, "nis": "44021,44020,44083"}):
        for s in advies(antwoorden).volgende_stappen:
            pad, _, query = s.url.partition("?")
            assert not pad.startswith("/") and pad.endswith("/")
            assert pad in ALLE_PADEN or pad.startswith("juridische-vormen/")
            # only the pre-filled templates carry a query (the template form reads nis and rechtsvorm)
            assert not query or (pad in ("sjablonen/engagementsverklaring/", "sjablonen/gemeenteraadsbeslissing/")
                                 and re.fullmatch(r"nis=[0-9,]+&rechtsvorm=[a-z_]+", query))


# --- uitputtend -------------------------------------------------------------------

DREMPEL = kennis.subsidieregel("inwoners").parameters["drempel"]
MIN_GEMEENTEN = kennis.subsidieregel("overgang").parameters["minimum_gemeenten"]


@functools.cache
def antwoordsets() -> tuple[dict, ...]:
    """De antwoordsets die ertoe doen, uit ``vragen()`` (vragen, opties, banden):

    - elk volledig pad door de stroom, getallen op de ondergrens van elke band en net onder elke grens;
    - elk pad met één toepasselijke vraag open (een aanname), getallen aan beide kanten van elke grens;
    - elk begin van de stroom: de eerste vragen beantwoord, de rest open (zoals tijdens het invullen).
    """
    uniek = {}
    for a in itertools.chain(stroom(max_open=0), stroom(max_open=1, ondergrenzen=False), begonnen()):
        uniek.setdefault(tuple(a.items()), a)
    return tuple(uniek.values())


def controleer(a, gegeven):
    d = a.als_dict()
    assert set(d) == VELDEN
    rang = a.rangschikking
    assert rang[0].geschikt and rang[0].rechtsvorm.id == a.aanbevolen
    assert {b.rechtsvorm.id for b in rang} == IDS
    # redenen verwijzen naar gegeven antwoorden
    for b in rang:
        for o in b.voor + b.tegen:
            assert o.vraag in a.antwoorden and gegeven[o.vraag] == o.antwoord == a.antwoorden[o.vraag]
    for r in a.subsidie.redenen:
        assert r.vraag is None or r.vraag in vraag_ids()
        if r.vraag in a.antwoorden:
            assert r.antwoord == a.antwoorden[r.vraag]
    for w in a.waarschuwingen:
        assert w.tekst and set(w.vragen) <= set(vraag_ids())
    vorm = a.aanbevolen_vorm
    subsidie = a.antwoorden.get("subsidie")
    partners = a.antwoorden.get("partners")
    # invarianten
    if subsidie == "ja" and a.subsidie.bereik is not False:
        assert a.aanbevolen != "interlokale_vereniging" and vorm.werkingssubsidie
    if partners == "ook_privaat" and subsidie == "nee" and a.antwoorden.get("doel") != "taakoverdracht":
        assert vorm.private_leden
    if partners == "ook_privaat" and subsidie == "ja" and a.subsidie.bereik is not False:
        assert any({"partners", "subsidie"} <= set(w.vragen) and "overeenkomst" in w.tekst for w in a.waarschuwingen)
    if a.antwoorden.get("doel") == "taakoverdracht":
        ov = a.beoordeling("opdrachthoudende_vereniging")
        assert any(o.vraag == "doel" for o in ov.voor)
        if a.aanbevolen != ov.rechtsvorm.id and ov.geschikt:
            assert vorm.zwaarte < ov.rechtsvorm.zwaarte and rang[0].voor  # lichter past, met reden
    private_leden_eis = partners == "ook_privaat" and (subsidie != "ja" or a.subsidie.bereik is False)
    if (a.antwoorden.get("bestaande_dv") == "ja" and a.antwoorden.get("doel") == "regiowerking"
            and a.antwoorden.get("referentieregio") != "meerdere" and not private_leden_eis):
        # een cluster in de bestaande DV is een ernstige optie (behalve als de gemeenten niet in één
        # referentieregio liggen: dan is ook de bestaande DV niet regioconform voor hen)
        dv = a.beoordeling("dienstverlenende_vereniging")
        assert dv.geschikt and dv in rang[:2]
    # subsidietoets
    uitslag = a.subsidie.in_aanmerking
    ronde = a.antwoorden.get("ronde_2027")
    if subsidie == "nee":
        assert uitslag is None
    if ronde == "nee":
        assert uitslag is False  # na de indiendatum zonder cultuurnota: buiten bereik
    if uitslag is True:
        assert ronde in ("erkend", "aangevraagd")
        assert vorm.werkingssubsidie
        if ronde == "aangevraagd":
            # erkend voor 2027-2032 is al getoetst; bij een aanvraag tellen de voorwaarden
            assert a.antwoorden.get("referentieregio") == "een"
            assert a.antwoorden.get("personeel") in ("eigen", "via_gemeente")
            inw = a.antwoorden["inwoners"]
            assert inw >= DREMPEL or (a.antwoorden.get("erkend") == "ja"
                                      and a.antwoorden.get("gemeenten", 0) >= MIN_GEMEENTEN
                                      and a.antwoorden.get("aangrenzend") == "ja")
    # aannames en open vragen
    toepasselijk = van_toepassing(a.antwoorden)
    open_ids = set(toepasselijk) - set(a.antwoorden)
    assert {x["vraag"] for x in a.aannames if x["vraag"]} == open_ids
    assert {x["vraag"] for x in a.open_vragen} <= open_ids


@pytest.mark.traag  # 20-50 s: buiten make test-snel
def test_uitputtend_alle_combinaties():
    """Elke antwoordset uit ``antwoordsets()`` (32.046 bij 13 vragen) geeft een volledig, geldig advies zonder
    tegenspraak. Vragen en waarden komen uit ``vragen()``, dus een nieuwe vraag telt vanzelf mee. De
    goedkope invarianten over veel meer antwoordsets (ook met meer vragen open) staan in
    test_kh_invarianten.py."""
    begin = time.perf_counter()
    sets = antwoordsets()
    controleer_dekking(sets)
    uitslagen = collections.Counter()
    for gegeven in sets:
        a = advies(gegeven, VANDAAG)
        assert a.antwoorden == gegeven  # al genormaliseerd
        controleer(a, gegeven)
        uitslagen[a.subsidie.in_aanmerking, a.antwoorden.get("ronde_2027"),
                  a.antwoorden.get("inwoners", DREMPEL) >= DREMPEL] += 1
    # elke tak van de subsidietoets wordt bereikt, ook 'in aanmerking' (erkend, na een aanvraag, en via
    # de overgangsregeling onder de inwonersdrempel): faalt als de dekking terugvalt
    for tak in [(True, "erkend", True), (True, "aangevraagd", True), (True, "aangevraagd", False),
                (False, "aangevraagd", True), (False, "nee", True), (None, None, True)]:
        assert uitslagen[tak], f"tak (in_aanmerking, ronde_2027, boven drempel) = {tak} nooit bereikt"
    print(f"\n{len(sets)} antwoordsets, {dict(uitslagen)}, {time.perf_counter() - begin:.1f} s")


def test_oude_vaste_lijst_zou_falen():
    """De dekkingscontrole faalt op antwoordsets zonder een vraag (zoals de vroegere vaste lijst zonder
    ronde_2027 en aangrenzend): zo'n gat kan niet meer stil blijven."""
    zonder = [{k: v for k, v in a.items() if k not in ("ronde_2027", "aangrenzend")} for a in antwoordsets()]
    with pytest.raises(AssertionError, match="ronde_2027"):
        controleer_dekking(zonder)
    assert not any(advies(a, VANDAAG).subsidie.in_aanmerking for a in zonder[::50])


def test_normaliseren_is_idempotent():
    for gegeven in antwoordsets()[::97]:
        a = advies(gegeven)
        assert advies(a.antwoorden).als_dict() == a.als_dict()
