"""De vragen: publiek contract, banden, en wanneer elke vraag geldt (knoop per knoop)."""

import itertools

import pytest

from keuzehulp import kennis
from keuzehulp.vragen import van_toepassing, volgende_vraag, vraag, vraag_als_dict, vraag_ids, vragen

CONTRACT = {
    "doel": ("afstemmen", "projecten", "regiowerking", "taakoverdracht"),
    "subsidie": ("ja", "nee"),
    "inwoners": None,
    "gemeenten": None,
    "referentieregio": ("een", "meerdere"),
    "erkend": ("ja", "nee"),
    "personeel": ("eigen", "via_gemeente", "geen"),
    "partners": ("gemeenten", "ook_privaat"),
    "looptijd": ("afgebakend", "structureel"),
    "bestaande_dv": ("ja", "nee"),
    # toegevoegd in versie 0.2.0 (de bestaande ids en waarden behouden hun betekenis)
    "ronde_2027": ("erkend", "aangevraagd", "nee"),
    "bestond_bij_indiening": ("ja", "nee"),
    "aangrenzend": ("ja", "nee"),
}


def test_publiek_contract_ids_en_waarden():
    assert set(vraag_ids()) == set(CONTRACT)
    for id, waarden in CONTRACT.items():
        v = vraag(id)
        if waarden is None:
            assert v.type == "getal"
        else:
            assert v.type == "keuze"
            assert v.waarden() == waarden


@pytest.mark.parametrize("v", vragen(), ids=lambda v: v.id)
def test_vraag_heeft_tekst_en_is_json(v):
    import json

    d = vraag_als_dict(v)
    json.dumps(d)
    assert d["tekst"].endswith("?") and d["hulptekst"] and d["aanname"]
    assert d["van_toepassing"] and d["van_toepassing_uitleg"]
    if v.type == "keuze":
        assert all(o["label"] for o in d["opties"])
    else:
        assert d["min"] >= 1 and d["max"] > d["min"] and len(d["banden"]) >= 2


@pytest.mark.parametrize("v", [v for v in vragen() if v.type == "getal"], ids=lambda v: v.id)
def test_banden_sluiten_aan_en_dekken_het_bereik(v):
    assert v.banden[0].min == v.min
    assert v.banden[-1].max is None
    for links, rechts in zip(v.banden, v.banden[1:], strict=False):
        assert links.max + 1 == rechts.min
    for band in v.banden:
        assert band.bevat(band.waarde)


def test_drempels_van_de_regels_zijn_bandgrenzen():
    drempel = kennis.subsidieregel("inwoners").parameters["drempel"]
    minimum = kennis.subsidieregel("overgang").parameters["minimum_gemeenten"]
    assert drempel in [b.min for b in vraag("inwoners").banden]
    assert minimum in [b.min for b in vraag("gemeenten").banden]


# --- wanneer geldt een vraag (knoop per knoop) ---------------------------------


def test_altijd_van_toepassing_zonder_antwoorden():
    assert van_toepassing({}) == list(vraag_ids())  # zonder antwoorden kan alles nog


def test_subsidie_nee_schrapt_de_subsidievragen():
    ids = van_toepassing({"subsidie": "nee", "doel": "afstemmen", "personeel": "geen"})
    assert not {"inwoners", "erkend", "gemeenten", "referentieregio", "looptijd", "bestaande_dv"} & set(ids)


def test_boven_drempel_geen_overgangsvragen():
    ids = van_toepassing({"subsidie": "ja", "inwoners": 85_000})
    assert "erkend" not in ids and "gemeenten" not in ids
    ids = van_toepassing({"subsidie": "ja", "inwoners": 84_999})
    assert "erkend" in ids and "gemeenten" in ids


def test_overgang_ook_zonder_erkenning_gevraagd():
    # De reikwijdte van de overgangsregeling is onzeker: ook een niet-erkende samenwerking krijgt de vragen.
    a = {"subsidie": "ja", "ronde_2027": "aangevraagd", "inwoners": 50_000, "erkend": "nee"}
    assert {"gemeenten", "aangrenzend"} <= set(van_toepassing(a))
    assert "aangrenzend" not in van_toepassing({**a, "gemeenten": 3})
    assert "aangrenzend" in van_toepassing({**a, "gemeenten": 4})


def test_ronde_2027_beslist_of_de_voorwaarden_tellen():
    for ronde in ("nee", "erkend"):
        ids = van_toepassing({"subsidie": "ja", "ronde_2027": ronde})
        assert "inwoners" not in ids and "erkend" not in ids and "gemeenten" not in ids
    assert "inwoners" in van_toepassing({"subsidie": "ja", "ronde_2027": "aangevraagd"})
    assert "inwoners" in van_toepassing({"subsidie": "ja"})  # onbekend: nog toetsen
    assert "ronde_2027" not in van_toepassing({"subsidie": "nee"})


def test_private_leden_zonder_subsidie_schrappen_rechtspersoonvragen():
    ids = van_toepassing({"doel": "regiowerking", "subsidie": "nee", "personeel": "eigen", "partners": "ook_privaat"})
    assert "looptijd" not in ids and "bestaande_dv" not in ids and "referentieregio" not in ids


def test_regiowerking_zonder_subsidie_vraagt_rechtspersoonvragen():
    ids = van_toepassing({"doel": "regiowerking", "subsidie": "nee", "personeel": "geen", "partners": "gemeenten"})
    assert {"referentieregio", "looptijd", "bestaande_dv"} <= set(ids)


def test_niet_toepasselijk_antwoord_telt_niet_voor_latere_vragen():
    # erkend=nee is niet van toepassing boven de drempel en mag 'gemeenten' dus niet beïnvloeden
    assert van_toepassing({"subsidie": "ja", "inwoners": 90_000, "erkend": "nee"}) == van_toepassing(
        {"subsidie": "ja", "inwoners": 90_000}
    )


def _voorbeeldwaarden(v):
    return [None] + (list(v.waarden()) if v.type == "keuze" else [b.waarde for b in v.banden] + [84_999, 85_000, 3, 4])


def test_voorwaarden_kijken_alleen_naar_eerdere_vragen():
    alle = vragen()
    for i, v in enumerate(alle):
        eerdere = alle[:i]
        latere = alle[i + 1:]
        for combo in itertools.product(*[_voorbeeldwaarden(x)[:3] for x in eerdere]):
            basis = {x.id: w for x, w in zip(eerdere, combo, strict=True) if w is not None}
            verwacht = v.toepassing.geldt(basis)
            for later in latere:
                for w in _voorbeeldwaarden(later)[1:]:
                    assert v.toepassing.geldt({**basis, later.id: w}) == verwacht, (v.id, later.id)


def test_volgende_vraag_volgt_de_stroom():
    assert volgende_vraag({}).id == "doel"
    assert volgende_vraag({"doel": "afstemmen"}).id == "subsidie"
    assert volgende_vraag({"doel": "afstemmen", "subsidie": "ja"}).id == "ronde_2027"
    assert volgende_vraag({"doel": "afstemmen", "subsidie": "ja", "ronde_2027": "aangevraagd"}).id == "bestond_bij_indiening"
    assert volgende_vraag({"doel": "afstemmen", "subsidie": "ja", "ronde_2027": "aangevraagd",
                           "bestond_bij_indiening": "ja"}).id == "inwoners"
    assert volgende_vraag({"doel": "afstemmen", "subsidie": "nee"}).id == "personeel"
    volledig = {"doel": "afstemmen", "subsidie": "nee", "personeel": "geen", "partners": "gemeenten"}
    assert volgende_vraag(volledig) is None
