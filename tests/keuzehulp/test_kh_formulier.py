"""The server-rendered widget: the question form and the municipality picker."""

from __future__ import annotations

from collections import Counter

from kh_hulp import ontleed

from keuzehulp import gemeenten
from keuzehulp.formulier import render_formulier
from keuzehulp.gemeentekiezer import render_gemeentekiezer
from keuzehulp.vragen import vragen


def _attrs(html: str, tag: str, **filter_) -> list[dict]:
    return [a for t, a in ontleed(html).tags if t == tag and all(a.get(k) == v for k, v in filter_.items())]


def test_gemeentekiezer_is_een_apg_combobox_met_alle_gemeenten():
    html = render_gemeentekiezer(id="gk", naam="nis", label="Welke gemeenten?", hint="Typ een naam.")
    assert ontleed(html).fouten == []
    [invoer] = _attrs(html, "input", role="combobox")
    assert invoer["aria-controls"] == "gk-lijst" and invoer["aria-expanded"] == "false"
    assert invoer["aria-autocomplete"] == "list" and invoer["aria-describedby"] == "gk-hint"
    assert "name" not in invoer  # the search text is not an answer
    [label] = _attrs(html, "label")
    assert label["for"] == invoer["id"]
    [lijst] = _attrs(html, "ul", role="listbox")
    assert lijst["id"] == "gk-lijst" and lijst["aria-multiselectable"] == "true" and "hidden" in lijst
    opties = _attrs(html, "li", role="option")
    assert {o["data-nis"] for o in opties} == set(gemeenten.alle())
    assert len(opties) == 285
    assert max(Counter(o["id"] for o in opties).values()) == 1
    assert all(o["aria-selected"] == "false" for o in opties)
    # Sorted by name as a reader expects (accents ignored).
    namen = [gemeenten.gemeente(o["data-nis"]).naam for o in opties]
    assert namen.index("Aalst") < namen.index("Antwerpen") < namen.index("Zwalm")
    [veld] = _attrs(html, "input", type="hidden")
    assert veld["name"] == "nis" and veld["value"] == ""


def test_formulier_heeft_de_kiezer_voor_de_vragen_en_een_plek_per_notitie():
    html = render_formulier("pad/", basis="../")
    p = ontleed(html)
    assert p.fouten == []
    ids = [a["id"] for _, a in p.tags if a.get("id")]
    assert max(Counter(ids).values()) == 1, [i for i, n in Counter(ids).items() if n > 1]
    assert html.index("data-gemeentekiezer") < html.index('data-vraag="doel"')
    for v in vragen():
        assert f'id="kh-vraag-{v.id}"' in html  # target of the Wijzig links
        [notitie] = _attrs(html, "p", **{"data-notitie": v.id})
        assert "hidden" in notitie
        # The note is part of the question's description for a screen reader.
        assert any(f"kh-{v.id}-notitie" in (a.get("aria-describedby") or "") for _, a in p.tags)
    # The advice in short has its place beside the questions from the first paint.
    assert "kh-zijvak" in html and "De keuzehulp wordt geladen" in html
    assert "Python" not in html
