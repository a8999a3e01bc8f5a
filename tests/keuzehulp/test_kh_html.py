"""De HTML-weergave: structuur, escaping, toegankelijkheid."""

import re
from html import escape

import pytest
from kh_hulp import FIXTURE_LANDSCHAP, ontleed

from keuzehulp import advies, kennis
from keuzehulp.html import (
    link,
    render_advies,
    render_rechtsvorm,
    render_samenvatting,
    render_vergelijking,
)
from keuzehulp.stroomdiagram import render_stroomdiagram

SCENARIO = dict(gemeenten=8, inwoners=120_000, referentieregio="een", doel="regiowerking", looptijd="structureel",
                subsidie="ja", personeel="eigen", partners="gemeenten", bestaande_dv="nee")


def alle_fragmenten():
    a = advies(SCENARIO)
    yield "advies", render_advies(a, "/", landschap=FIXTURE_LANDSCHAP)
    yield "advies-leeg", render_advies(advies({}), "")
    yield "advies-widget", render_advies(a, "../", wijzig_links=True)
    yield "samenvatting", render_samenvatting(a, "../", volledig_href="#kh-advies-titel")
    yield "vergelijking", render_vergelijking()
    yield "vergelijking-aanbevolen", render_vergelijking("overleg", "../")
    for vorm in kennis.rechtsvormen():
        yield f"rechtsvorm-{vorm.id}", render_rechtsvorm(vorm.id, "/", landschap=FIXTURE_LANDSCHAP)
    yield "stroomdiagram", render_stroomdiagram("/site/")


@pytest.mark.parametrize("naam,html", list(alle_fragmenten()), ids=lambda x: x if isinstance(x, str) and len(x) < 40 else "")
def test_fragment_is_net(naam, html):
    p = ontleed(html)
    assert p.fouten == []
    assert "<script" not in html.lower() and "style=" not in html.lower() and "<h1" not in html
    for tag, attrs in p.tags:
        for klasse in (attrs.get("class") or "").split():
            # kh- classes, the site's one class for screen-reader-only text, and the theme's button
            # (on a button or a link only, as in the form's own actions)
            assert (klasse.startswith("kh-") or klasse == "igs-visueel-verborgen"
                    or (klasse == "md-button" and tag in ("a", "button"))), (naam, klasse)
        if tag == "a":
            assert attrs.get("href")
    koppen = [int(t[1]) for t, _ in p.tags if re.fullmatch(r"h[1-6]", t)]
    if koppen:
        assert min(koppen) == 2 and koppen[0] == 2


def test_advies_markeert_de_aanbeveling():
    html = render_advies(advies(SCENARIO))
    assert 'data-aanbevolen="projectvereniging"' in html
    assert '<a href="/juridische-vormen/projectvereniging/">' in html
    assert "(jullie antwoord: " in html  # redenen gekoppeld aan antwoorden
    assert 'href="/stappen/subsidie/"' in html and 'href="/sjablonen/statuten-projectvereniging/"' in html
    assert '<time datetime="2026-11-28">' in html  # stand van de kennis
    assert 'class="kh-vergelijking" data-aanbevolen="projectvereniging"' in html


def test_vergelijking_bevat_alle_vormen_en_markeringen():
    html = render_vergelijking("projectvereniging")
    p = ontleed(html)
    kolommen = [a for t, a in p.tags if t == "th" and a.get("scope") == "col" and a.get("data-rechtsvorm")]
    assert [a["data-rechtsvorm"] for a in kolommen] == list(kennis.rechtsvorm_ids())
    assert sum("kh-aanbevolen" in a["class"] for a in kolommen) == 1
    rijen = [a for t, a in p.tags if t == "th" and a.get("scope") == "row"]
    assert len(rijen) == len(kennis.eigenschap_labels())
    onzeker = sum(not e.geverifieerd for v in kennis.rechtsvormen() for e in v.eigenschappen.values())
    assert html.count('class="kh-niet-geverifieerd"') == onzeker
    assert "<caption>" in html
    assert "https://lokaalbestuur.vlaanderen.be/" in html


def test_rechtsvorm_pagina():
    html = render_rechtsvorm("projectvereniging", "/", landschap=FIXTURE_LANDSCHAP)
    assert "<h2>Projectvereniging</h2>" in html and "<h3>Bronnen</h3>" in html
    assert "art. 398, §2, 1° DLB" in html and "Cultuur Voorbeeldrand" in html
    for label in kennis.eigenschap_labels().values():
        assert f"<dt>{label}</dt>" in html


def test_escaping_van_data_en_prefix():
    html = render_rechtsvorm("dienstverlenende_vereniging", '"><b>x', landschap=FIXTURE_LANDSCHAP)
    assert "<script>" not in html and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in html
    assert 'href="https://example.org/?a=1&amp;b=&quot;2&quot;"' in html
    assert '"><b>' not in html and "&quot;&gt;&lt;b&gt;x/" in html
    assert ontleed(html).fouten == []


def test_link():
    assert link("/", "stappen/subsidie/") == "/stappen/subsidie/"
    assert link("../", "keuzehulp/") == "../keuzehulp/"
    assert link("/site", "keuzehulp/") == "/site/keuzehulp/"
    assert link("", "keuzehulp/") == "keuzehulp/"


def test_stroomdiagram_uit_de_regels():
    html = render_stroomdiagram()
    p = ontleed(html)
    uitkomsten = {a["data-rechtsvorm"] for t, a in p.tags if "kh-stroom-uitkomst" in (a.get("class") or "")}
    assert uitkomsten == set(kennis.rechtsvorm_ids())
    vragen = [a["data-vraag"] for t, a in p.tags if a.get("data-vraag")]
    assert vragen[0] == "doel"
    # blijft afdrukbaar; sinds 0.2.0 tellen ook de indienronde en de aangrenzende gemeenten mee
    assert len(html) < 160_000


def test_statisch_pad_pagina_vraag_en_uitkomst():
    """Het statische pad: de renderer maakt de pagina-inhoud, de hook schrijft alleen de bestanden."""
    from keuzehulp.statisch import render_pad_pagina, statische_boom

    boom = statische_boom()
    start = boom[0]
    html = render_pad_pagina(start, "../../")
    assert ontleed(html).fouten == []
    assert 'href="./">Opnieuw beginnen' in html and 'href="../../keuzehulp/"' in html
    assert '<h2 id="kh-pad-vraag">' in html and "Jullie antwoorden" not in html
    assert html.count('class="kh-pad-optie"') == len(start.takken)
    for stap in start.takken:
        assert f'href="{stap.segment}/"' in html

    uitkomst = next(k for k in boom if k.vraag is None and len(k.stappen) >= 2)
    html = render_pad_pagina(uitkomst, "../" * (len(uitkomst.stappen) + 2))
    assert ontleed(html).fouten == []
    assert f'data-aanbevolen="{advies(uitkomst.antwoorden).aanbevolen}"' in html
    # één Wijzig-link per antwoord, naar de pagina van die vraag (een map hoger per latere stap)
    wijzig = re.findall(r'<a href="((?:\.\./)+)">Wijzig', html)
    assert wijzig == ["../" * (len(uitkomst.stappen) - i) for i in range(len(uitkomst.stappen))]


def test_voorbeelden_onder_het_advies_gelden_op_de_datum_van_het_advies(tmp_path):
    """A samenwerking that stopped is an example before its end, not after: the advice's date counts."""
    import datetime as dt

    csv = tmp_path / "landschap.csv"
    csv.write_text(
        "naam;gemeenten;rechtsvorm;provincie;referentieregio;periode;bron;einde\n"
        "Gestopt Voorbeeld;Asse|Meise;projectvereniging;Vlaams-Brabant;;2020-2026;https://example.org/g;2025-12-31\n"
        "Lopend Voorbeeld;Zele|Hamme;projectvereniging;Oost-Vlaanderen;;2020-2026;https://example.org/l;\n",
        encoding="utf-8",
    )
    antwoorden = {**SCENARIO, "partners": "gemeenten"}
    voor = advies(antwoorden, dt.date(2025, 6, 1))
    na = advies(antwoorden, dt.date(2026, 6, 1))
    assert voor.aanbevolen == na.aanbevolen == "projectvereniging"
    assert "Gestopt Voorbeeld" in render_advies(voor, "/", landschap=csv)
    html_na = render_advies(na, "/", landschap=csv)
    assert "Gestopt Voorbeeld" not in html_na and "Lopend Voorbeeld" in html_na


def test_geen_gestopte_samenwerking_als_voorbeeld_in_de_vormen():
    """The examples typed in rechtsvormen.toml name no IGS that landschap.csv says has stopped."""
    import datetime as dt

    from keuzehulp.landschap import lees_landschap

    gestopt = [r["naam"].split(" (")[0] for r in lees_landschap()
               if r["einde"] and dt.date.fromisoformat(r["einde"]) < dt.date.today()]
    assert gestopt, "landschap.csv kent geen gestopte samenwerking meer; deze test toetst dan niets"
    for vorm in kennis.rechtsvormen():
        tekst = vorm.eigenschappen["voorbeelden"].tekst
        genoemd = [naam for naam in gestopt if naam in tekst]
        assert not genoemd, f"rechtsvormen.toml, {vorm.id}.voorbeelden noemt gestopte samenwerking(en): {genoemd}"


def test_advies_begint_met_de_samenvatting_en_vouwt_de_rest():
    a = advies(SCENARIO)
    html = render_advies(a)
    p = ontleed(html)
    samenvatting = html.index("data-advies-samenvatting")
    assert samenvatting < html.index("<h3")  # first the summary, then the rest
    # Reasons, the subsidy conditions, the other forms and the comparison are folded.
    assert html.count("<details") >= 4
    assert html.index("<details") < html.index("kh-vergelijking")
    assert [t for t, _ in p.tags].count("summary") == html.count("<details")


def test_samenvatting_geeft_vorm_sterkste_redenen_subsidie_en_eerste_stap():
    a = advies(SCENARIO)
    html = render_samenvatting(a, "/")
    p = ontleed(html)
    assert 'data-advies-samenvatting="projectvereniging"' in html
    redenen = [t for t, attrs in p.tags if t == "li"]
    assert 1 <= len(redenen) <= 3
    sterkste = max(o.gewicht for o in a.rangschikking[0].voor)
    assert escape(next(o.tekst for o in a.rangschikking[0].voor if o.gewicht == sterkste)) in html
    assert "Werkingssubsidie " in html and 'data-in-aanmerking="' in html
    # the round's status with the verdict
    ronde = next(r.tekst for r in a.subsidie.redenen if r.vraag == "ronde_2027")
    assert ronde in html
    assert a.volgende_stappen[0].tekst in html
    assert "kh-naar-advies" not in html  # only with volledig_href


@pytest.mark.parametrize("naam,fragment", list(alle_fragmenten()))
def test_geen_klassen_van_de_widget_zelf_in_de_uitvoer(naam, fragment):
    """The widget's own chrome (the loading box .kh-status, hidden in print) must not style a
    part of the advice: 'voldaan:' once carried that class, boxed on screen and gone on paper."""
    klassen = {k for attr in re.findall(r'class="([^"]*)"', fragment) for k in attr.split()}
    assert not klassen & {"kh-status", "kh-widget", "kh-resultaat", "kh-zijvak", "kh-acties", "kh-meldingen"}, naam
