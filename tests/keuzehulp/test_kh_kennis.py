"""De kennis als data: elke eigenschap en regel heeft een bron en een verificatiestatus."""

import datetime as dt
import re

import pytest
from kh_hulp import FIXTURE_LANDSCHAP

from keuzehulp import kennis
from keuzehulp.landschap import lees_landschap, voorbeelden

# Alleen DLB-artikelen die in de onderzoeksnotities bevestigd zijn (domain-facts K.1).
TOEGELATEN_ARTIKELS = {"art. 398, §2, 1° DLB", "art. 398, §2, 2° DLB", "art. 398, §2, 3° DLB"}


def test_vijf_vormen_van_licht_naar_zwaar():
    assert kennis.rechtsvorm_ids() == ("overleg", "interlokale_vereniging", "projectvereniging",
                                       "dienstverlenende_vereniging", "opdrachthoudende_vereniging")


@pytest.mark.parametrize("vorm", kennis.rechtsvormen(), ids=lambda v: v.id)
def test_elke_eigenschap_heeft_bron_en_status(vorm):
    assert vorm.naam and vorm.kort
    assert set(vorm.eigenschappen) == set(kennis.eigenschap_labels())
    for e in vorm.eigenschappen.values():
        assert e.tekst and isinstance(e.geverifieerd, bool)
        assert e.bronnen and all(b.titel and b.uitgever and b.url.startswith("http") for b in e.bronnen)
        if not e.geverifieerd:
            assert e.opmerking, f"{vorm.id}.{e.sleutel}: niet geverifieerd zonder opmerking"
        if e.artikel:
            assert e.artikel in TOEGELATEN_ARTIKELS


def test_geen_onbevestigde_artikelnummers_in_teksten():
    for vorm in kennis.rechtsvormen():
        for e in vorm.eigenschappen.values():
            # alleen DLB-artikels tellen; art. 30 van de wet overheidsopdrachten is gebronneerd
            for nr in re.findall(r"art\. (\d+)\b(?!, §3 van de wet)", e.tekst):
                assert nr == "398", f"{vorm.id}.{e.sleutel} noemt art. {nr}"


def test_kenmerken_die_de_regels_gebruiken():
    iv = kennis.rechtsvorm("interlokale_vereniging")
    pv = kennis.rechtsvorm("projectvereniging")
    ov = kennis.rechtsvorm("opdrachthoudende_vereniging")
    assert not iv.rechtspersoonlijkheid and not iv.werkingssubsidie and iv.private_leden
    assert pv.rechtspersoonlijkheid and pv.max_duur_jaren == 6 and not pv.beheersoverdracht
    assert ov.beheersoverdracht and ov.max_duur_jaren == 18


def test_subsidieregels_gedateerd_en_gebronneerd():
    regels = kennis.subsidieregels()
    assert {"rechtspersoonlijkheid", "inwoners", "referentieregio", "cultuurnota", "regiocoordinator",
            "cofinanciering", "bedrag", "overgang"} <= set(regels)
    for r in regels.values():
        assert r.bronnen and isinstance(r.gecontroleerd, dt.date)
        if not r.geverifieerd:
            assert r.opmerking
    # OP/TIL: de Vlaamse overheid vraagt voor Bovenlokale Cultuur een samenwerkingsverband met rechtspersoon
    assert regels["rechtspersoonlijkheid"].geverifieerd is True
    assert regels["overgang"].geverifieerd is False  # K.4: reikwijdte onzeker
    assert regels["inwoners"].parameters["drempel"] == 85_000
    assert regels["bedrag"].parameters["bedrag_per_inwoner"] == 0.90
    assert regels["cultuurnota"].parameters["indiendatum"] == dt.date(2026, 4, 1)


def test_landschap_fixture():
    rijen = lees_landschap(FIXTURE_LANDSCHAP)
    assert len(rijen) == 2
    pv = voorbeelden("projectvereniging", FIXTURE_LANDSCHAP)
    assert [r["naam"] for r in pv] == ["Cultuur Voorbeeldrand"]
    assert pv[0]["gemeenten"] == ["Asse", "Grimbergen", "Meise"]
    assert voorbeelden("overleg", FIXTURE_LANDSCHAP) == []


def test_landschap_fixture_kent_periode_en_einde():
    rijen = lees_landschap(FIXTURE_LANDSCHAP)
    assert {r["periode"] for r in rijen} == {"2020-2026"}
    assert all(r["einde"] == "" for r in rijen)


def test_gestopte_samenwerking_is_geen_voorbeeld(tmp_path):
    pad = tmp_path / "landschap.csv"
    pad.write_text(
        "naam;gemeenten;rechtsvorm;provincie;referentieregio;periode;bron;einde\n"
        "Gestopt IGS;Aalst|Lede;projectvereniging;;;2020-2026;https://example.org/a;2025-12-31\n"
        "Actief IGS;Gent|Melle;projectvereniging;;;2020-2026;https://example.org/b;\n",
        encoding="utf-8",
    )
    op_2026 = [r["naam"] for r in voorbeelden("projectvereniging", pad, op=dt.date(2026, 1, 1))]
    assert op_2026 == ["Actief IGS"]
    op_2025 = [r["naam"] for r in voorbeelden("projectvereniging", pad, op=dt.date(2025, 12, 31))]
    assert op_2025 == ["Gestopt IGS", "Actief IGS"]


def test_landschap_ontbrekend_bestand(tmp_path):
    assert voorbeelden("projectvereniging", tmp_path / "bestaat-niet.csv") == []
    assert isinstance(voorbeelden("projectvereniging"), list)  # pakketbestand mag ontbreken
