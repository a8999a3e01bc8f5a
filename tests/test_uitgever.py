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
