"""'Geldig tot': what the build computes for its own date says until when it holds."""

from __future__ import annotations

import datetime as dt
import json
import re

from keuzehulp import geldigheid, register
from keuzehulp.statisch import render_pad_pagina, statische_boom


def test_geldig_tot_is_de_dag_voor_de_volgende_omslag():
    for datum in (dt.date(2026, 12, 5), dt.date(2026, 12, 30), dt.date(2027, 1, 1), dt.date(2027, 6, 15)):
        omslag = register.volgende_omslag(datum)
        assert geldigheid.geldig_tot(datum) == omslag - dt.timedelta(days=1)
        assert geldigheid.geldig_tot(datum) >= datum
    # Nothing known to change any more: no date, and no notice.
    laatste = register.omslagdata()[-1]
    assert geldigheid.geldig_tot(laatste) is None
    assert geldigheid.render_geldig_tot(laatste) == ""
    assert geldigheid.render_verlopen(laatste, "/") == ("", "")


def test_melding_en_waarschuwing():
    datum = dt.date(2026, 12, 5)
    tot = geldigheid.geldig_tot(datum)
    melding = geldigheid.render_geldig_tot(datum)
    assert f'data-geldig-tot="{tot.isoformat()}"' in melding
    assert f'<time datetime="{tot.isoformat()}">' in melding and "Dit advies geldt tot en met" in melding
    attribuut, waarschuwing = geldigheid.render_verlopen(datum, "../../", {"doel": "afstemmen", "subsidie": "nee"})
    assert attribuut == f' data-geldig-tot="{tot.isoformat()}"'
    assert 'class="igs-verlopen admonition warning" hidden' in waarschuwing
    assert 'href="../../keuzehulp/?doel=afstemmen&amp;subsidie=nee"' in waarschuwing


def test_statisch_pad_draagt_de_datum_van_de_build(monkeypatch):
    monkeypatch.setenv("IGS_DATUM", "2027-01-02")
    tot = geldigheid.geldig_tot(dt.date(2027, 1, 2)).isoformat()
    knopen = statische_boom()
    vraag = next(k for k in knopen if k.vraag is not None)
    uitkomst = next(k for k in knopen if k.vraag is None)
    for knoop in (vraag, uitkomst):
        html = render_pad_pagina(knoop, "../")
        assert re.match(rf'<div class="kh-pad" data-geldig-tot="{tot}">', html)
        assert 'class="igs-verlopen admonition warning" hidden' in html
        assert html.count(f'class="kh-geldig" data-geldig-tot="{tot}"') == 1
    assert "Dit advies geldt tot en met" in render_pad_pagina(uitkomst, "../")
    assert "Deze vragen en hun uitkomsten gelden tot en met" in render_pad_pagina(vraag, "../")


def test_vooraf_index_noemt_de_laatste_geldige_dag(site_dir):
    index = json.loads((site_dir / "keuzehulp" / "vooraf" / "index.json").read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", index["geldig_tot"])
    pagina = next((site_dir / "keuzehulp" / "pad").rglob("index.html")).read_text(encoding="utf-8")
    assert "assets/js/geldig-tot.js" in pagina
