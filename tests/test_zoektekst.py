"""Readable search snippets: table cells do not run together in the search index."""

from __future__ import annotations

import json
import re

from igs_site.inhoud import zoektekst


def test_regeleinde_tussen_cellen_termen_en_na_br():
    html = ('<table><tr><th>Rechtspersoonlijkheid</th><td>Ja<br>met raad</td></tr></table>'
            '<dl><dt>Duur</dt><dd>6 jaar</dd></dl><span class="kh-x">a</span><span class="kh-opmerking">b</span>'
            '<p><span>c</span><span>d</span></p>')
    uit = zoektekst.leesbaar(html)
    assert "Rechtspersoonlijkheid</th>\n<td>" in uit and "<br>\nmet" in uit and "</dt>\n<dd>" in uit
    assert '</span>\n<span class="kh-opmerking">' in uit
    # inline text stays as it is: no space where the author wrote none
    assert "<span>c</span><span>d</span>" in uit
    # nothing else changes
    assert re.sub(r"\s", "", uit) == re.sub(r"\s", "", html)


def test_zoekindex_zonder_aaneengeplakte_tabelcellen(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    teksten = {d["location"]: d["text"] for d in index["docs"]}
    vormen = [t for loc, t in teksten.items() if loc.startswith("juridische-vormen/")]
    assert any("Rechtspersoonlijkheid Ja" in t for t in vormen), "controle: de tabel staat in de index"
    geplakt = [(loc, m.group(0)) for loc, t in teksten.items()
               for m in re.finditer(r"Rechtspersoonlijkheid(?:Ja|Nee)|ProjectverenigingenMaximale|geverifieerdRegel", t)]
    assert not geplakt, geplakt[:10]
