"""The print document of the whole-guide PDF (tools/offline/drukwerk.py), without Chromium."""

from __future__ import annotations

import datetime as dt

from tools.offline import drukwerk


def _doc(concept: str = "") -> drukwerk.Drukdocument:
    doc = drukwerk.Drukdocument(naam="IGS Cultuur", beschrijving="Gids", site_url="https://example.org/",
                                taal="nl", stylesheets=[], body_attributen={}, datum=dt.date(2026, 12, 5),
                                versie="0.3.0", commit="13b8e2f", concept=concept)
    doc.hoofdstukken = [drukwerk.Hoofdstuk(anker="h1", url="file:///x/index.html", titel="Home", pad=[],
                                           kop="IGS Cultuur", html="<h1>IGS Cultuur</h1>",
                                           datum="Laatst bijgewerkt: 28 november 2026")]
    return doc


def test_omslag_zonder_uitgever_zegt_conceptversie():
    melding = "Conceptversie: de uitgever van deze site is nog niet ingevuld."
    doc = _doc(melding)
    html = drukwerk.html(doc)
    assert melding in html and 'class="igs-omslag-concept"' in html
    assert "Conceptversie" in doc.voetregel


def test_omslag_met_uitgever_zonder_conceptmelding():
    doc = _doc()
    html = drukwerk.html(doc)
    assert "Conceptversie" not in html and "Conceptversie" not in doc.voetregel
    assert "igs-omslag-concept" not in html


def test_datum_van_de_pagina_staat_in_de_kopregel_van_het_hoofdstuk():
    html = drukwerk.html(_doc())
    kruimel = html.split('<p class="igs-kruimel">', 1)[1].split("</p>", 1)[0]
    assert "Home" in kruimel and "Laatst bijgewerkt: 28 november 2026" in kruimel
