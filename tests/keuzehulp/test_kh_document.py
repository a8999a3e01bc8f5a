"""keuzehulp.document: the advice as one document, laid out by the HTML, text and note renderers."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qsl

from keuzehulp.advies import advies
from keuzehulp.document import adviesdocument, deelquery
from keuzehulp.html import render_advies
from keuzehulp.tekst import render_tekst
from keuzehulp.teksten import tekst

DATUM = dt.date(2026, 12, 5)
REGIO = {"doel": "regiowerking", "subsidie": "ja", "inwoners": "120000", "personeel": "eigen",
         "partners": "ook_privaat"}


def test_het_document_draagt_het_hele_advies():
    a = advies(REGIO, DATUM)
    doc = adviesdocument(a)
    assert doc.vorm.id == a.aanbevolen
    assert [p.tekst for p in doc.waarom.punten] == [o.tekst for o in a.rangschikking[0].voor]
    assert [p.tekst for p in doc.waarschuwingen.punten] == [w.tekst for w in a.waarschuwingen]
    assert [v.id for v in doc.rangschikking] == [b.rechtsvorm.id for b in a.rangschikking]
    assert [p.url for p in doc.volgende_stappen.punten] == [s.url for s in a.volgende_stappen]
    # every point caused by an answer names that answer, as the reader gave it
    for p in doc.waarom.punten:
        if p.vraag:
            assert p.antwoord == a.labels[p.vraag]
    assert {p.merk for p in doc.voorwaarden.punten} <= {"voldaan", "niet_voldaan", "open", None}


def test_koppen_komen_uit_de_teksten_en_staan_in_html_en_tekst():
    a = advies(REGIO, DATUM)
    doc = adviesdocument(a)
    html, tekst_ = render_advies(a), render_tekst(a)
    for sectie in (doc.waarschuwingen, doc.antwoorden, doc.volgende_stappen, doc.aannames):
        assert sectie.kop in html and sectie.kop + ":" in tekst_
    assert doc.waarom.kop == tekst("weergave.waarom") and doc.datum_zin in tekst_


def test_bronnen_een_keer_en_met_url():
    doc = adviesdocument(advies(REGIO, DATUM))
    urls = [b.url for b in doc.bronnen()]
    assert len(urls) == len(set(urls)) and all(u.startswith("http") for u in urls)
    for punt in doc.waarschuwingen.punten:
        assert all(b.url in urls for b in punt.bronnen)


def test_de_deellink_zet_dezelfde_antwoorden_terug():
    for antwoorden in (REGIO, {"nis": "44021,44020,44083", "doel": "projecten"}, {"doel": "afstemmen"}):
        a = advies(antwoorden, DATUM)
        opnieuw = advies(dict(parse_qsl(deelquery(a))), DATUM)
        assert opnieuw.antwoorden == a.antwoorden
        assert (opnieuw.gekozen.codes if opnieuw.gekozen else ()) == (a.gekozen.codes if a.gekozen else ())
    # derived answers are not repeated: nis derives them again
    a = advies({"nis": "44021,44020,44083", "doel": "projecten"}, DATUM)
    assert "inwoners" in a.antwoorden and "inwoners=" not in deelquery(a)
