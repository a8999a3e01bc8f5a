"""Publisher, contact and complaints route: from configuration, never invented."""

from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

from igs_site.inhoud import uitgever


def _render(waarden: dict) -> dict[str, str]:
    uitgever.UITGEVER.clear()
    uitgever.UITGEVER.update(uitgever.lees(waarden))
    return {naam: uitgever.render(naam) for naam in ("uitgever", "uitgever-contact", "uitgever-klachten")}


def test_niet_ingevuld_staat_er_gewoon():
    html = _render({})
    assert all(uitgever.NIET_INGEVULD in deel and "href" not in deel for deel in html.values())


def test_ingevuld_wordt_gelinkt():
    html = _render({"naam": "Gemeente Testdorp", "contact": "cultuur@testdorp.be",
                    "klachten": "https://www.testdorp.be/klachten"})
    assert "Gemeente Testdorp" in html["uitgever"]
    assert '<a href="mailto:cultuur@testdorp.be">' in html["uitgever-contact"]
    assert '<a href="https://www.testdorp.be/klachten">' in html["uitgever-klachten"]
    assert not any(uitgever.NIET_INGEVULD in deel for deel in html.values())


@pytest.mark.parametrize("veld", ["contact", "klachten"])
@pytest.mark.parametrize("waarde", ["javascript:alert(1)", "www.testdorp.be", "iemand@"])
def test_ongeldige_waarde_stopt_de_build(veld, waarde):
    with pytest.raises(PluginError, match=f"uitgever.{veld}"):
        uitgever.lees({veld: waarde})


def test_paginas_tonen_wat_ingevuld_is(site_dir):
    verklaring = (site_dir / "over" / "toegankelijkheid" / "index.html").read_text(encoding="utf-8")
    assert verklaring.count('class="igs-uitgever"') == 3
    over = (site_dir / "over" / "index.html").read_text(encoding="utf-8")
    assert over.count('class="igs-uitgever"') == 2


# --- the concept notice (every page, the PDF, the last line of `make site`) -----------------

VOLLEDIG = {"naam": "Gemeente Testdorp", "contact": "cultuur@testdorp.be",
            "klachten": "https://www.testdorp.be/klachten"}


def test_conceptmelding_noemt_wat_ontbreekt():
    assert uitgever.concept(VOLLEDIG) == ""
    alles = uitgever.concept({})
    assert alles.startswith("Conceptversie: ") and "nog niet ingevuld" in alles
    assert "de uitgever, het contactadres en de klachtendienst" in alles and " zijn " in alles
    een = uitgever.concept({**VOLLEDIG, "contact": ""})
    assert "het contactadres van deze site is nog niet ingevuld" in een and "uitgever" not in een


def test_klachtenadres_zonder_https_stopt_de_build_met_een_nederlandse_melding():
    with pytest.raises(PluginError) as fout:
        uitgever.lees({"klachten": "http://www.testdorp.be/klachten"})
    assert "IGS_KLACHTEN" in str(fout.value) and "https://" in str(fout.value)
    assert "moet een e-mailadres" in str(fout.value)


def test_mailto_wordt_aanvaard_en_een_keer_gelinkt():
    html = _render({**VOLLEDIG, "klachten": "mailto:klachten@testdorp.be"})
    assert '<a href="mailto:klachten@testdorp.be">klachten@testdorp.be</a>' in html["uitgever-klachten"]


def _announce(concept: str, url: str = "stappen/verkennen/") -> str:
    """The announce block of overrides/main.html, rendered with mkdocs-material's Jinja
    environment (the real template, without a site build)."""
    from types import SimpleNamespace

    from mkdocs.theme import Theme

    from bouwhulp import ROOT

    env = Theme(name="material", custom_dir=str(ROOT / "overrides"), language="nl").get_env()
    sjabloon = env.get_template("main.html")
    context = sjabloon.new_context({"igs_concept": concept, "page": SimpleNamespace(url=url),
                                    "config": {"use_directory_urls": True}, "base_url": ".."})
    return "".join(sjabloon.blocks["announce"](context))


def test_elke_pagina_toont_de_melding_behalve_de_ingesloten_widget():
    melding = uitgever.concept({})
    html = _announce(melding)
    assert f"data-igs-concept>{melding} <a" in html and "Over deze site" in html
    assert 'href="../../over/"' in html  # relative to stappen/verkennen/
    # Material draws a bar only when the block is not empty: nothing at all without a notice
    assert _announce("") == ""
    # the widget on another site stays clean
    assert _announce(melding, "embed/keuzehulp/") == ""


def test_on_env_zet_de_melding_alleen_zolang_iets_ontbreekt():
    from jinja2 import Environment

    for waarden, verwacht in ((VOLLEDIG, ""), ({}, uitgever.concept({}))):
        _render(waarden)
        env = uitgever.on_env(Environment(), None, None)
        assert env.globals["igs_concept"] == verwacht


def test_make_site_drukt_de_melding_als_laatste_regel(tmp_path, capsys):
    (tmp_path / "index.html").write_text(
        '<p class="igs-concept" data-igs-concept>Conceptversie: de uitgever van deze site is nog niet '
        'ingevuld. <a href="over/">Lees meer</a>.</p>', encoding="utf-8")
    uitgever.main([str(tmp_path)])
    regel = capsys.readouterr().out.strip()
    assert regel.startswith("LET OP: Conceptversie: de uitgever") and "\n" not in regel
    (tmp_path / "index.html").write_text("<p>Gepubliceerd</p>", encoding="utf-8")
    uitgever.main([str(tmp_path)])
    assert capsys.readouterr().out == ""
    # the Makefile: the notice is the last command of `make site`
    from bouwhulp import ROOT

    recept = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nsite: deps", 1)[1].split("\n\n", 1)[0]
    assert recept.strip().splitlines()[-1].strip() == "@$(PY) -m igs_site.inhoud.uitgever site"


@pytest.mark.parametrize(("pdf", "offline", "verwacht", "niet"), [
    (True, False, ["../downloads/igs-cultuur.pdf", "../downloads/igs-cultuur-offline.zip"], []),
    (True, True, ["../downloads/igs-cultuur.pdf"], ["offline.zip"]),
    (False, False, ["PDF"], ["href"]),
])
def test_downloads_alleen_gelinkt_als_de_build_ze_maakt(pdf, offline, verwacht, niet):
    from mkdocs.utils import get_relative_url

    html = uitgever.downloads(pdf, offline, lambda pad: get_relative_url(pad, "over/"))
    assert all(v in html for v in verwacht) and not any(n in html for n in niet)


def test_elke_pagina_van_de_site_toont_de_melding_zolang_de_uitgever_ontbreekt(site_dir):
    melding = uitgever.melding_van_site(site_dir)
    paginas = [p for p in site_dir.rglob("*.html") if "keuzehulp/pad" not in p.as_posix()]
    paginas += sorted((site_dir / "keuzehulp" / "pad").rglob("*.html"))[:20]
    zonder, ingesloten = [], []
    for pad in paginas:
        html = pad.read_text(encoding="utf-8")
        relatief = pad.relative_to(site_dir).as_posix()
        if relatief.startswith("embed/"):
            if "data-igs-concept" in html:
                ingesloten.append(relatief)
        elif (f"data-igs-concept>{melding} <a" in html) != bool(melding):
            zonder.append(relatief)
    assert len(paginas) > 40
    assert not zonder, f"pagina's {'zonder' if melding else 'met'} conceptmelding: {zonder[:10]}"
    assert not ingesloten, f"conceptmelding in de ingesloten widget: {ingesloten}"


@pytest.mark.traag
def test_met_uitgever_nergens_een_conceptmelding(tmp_path):
    """A real build with the publisher in the environment: no notice on any page, and
    `make site` prints nothing about it."""
    import os
    import subprocess
    import sys

    from bouwhulp import ROOT

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "IGS_UITGEVER": "Gemeente Testdorp",
           "IGS_CONTACT": "cultuur@testdorp.be", "IGS_KLACHTEN": "https://www.testdorp.be/klachten",
           "IGS_PDF": "1"}
    site = tmp_path / "site"
    bouw = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert bouw.returncode == 0, bouw.stderr[-2000:]
    assert "uitgever nog niet ingevuld" not in bouw.stderr
    met = [p.relative_to(site).as_posix() for p in site.rglob("*.html")
           if "keuzehulp/pad" not in p.as_posix() and "data-igs-concept" in p.read_text(encoding="utf-8")]
    assert not met, met[:10]
    over = (site / "over" / "index.html").read_text(encoding="utf-8")
    assert "Gemeente Testdorp" in over and "downloads/igs-cultuur.pdf" in over
    assert uitgever.melding_van_site(site) == ""
