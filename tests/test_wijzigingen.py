"""One version for the site, the PDF and the keuzehulp; the Wijzigingen page from data."""

from __future__ import annotations

import copy
import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from igs_site.inhoud import wijzigingen as hook
from keuzehulp import __version__, kennis
from keuzehulp import wijzigingen as wz
from keuzehulp.advies import VERSIE as ADVIES_VERSIE
from keuzehulp.versie import VERSIE

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "keuzehulp" / "data" / "wijzigingen.toml"


def _data() -> dict:
    return tomllib.loads(DATA.read_text(encoding="utf-8"))


# --- one version number ------------------------------------------------------

def test_een_versienummer_voor_engine_pakket_en_pdf():
    from tools.offline import gemeen

    assert re.fullmatch(r"\d+\.\d+\.\d+", VERSIE)
    assert ADVIES_VERSIE == __version__ == VERSIE
    assert gemeen.versie() == VERSIE  # no git hash for readers
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"] and "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "keuzehulp.versie.VERSIE"}


def test_pdf_omslag_toont_de_versie_zonder_hash():
    from tools.offline import drukwerk

    doc = drukwerk.Drukdocument(naam="IGS Cultuur", beschrijving="b", site_url="https://example.org/",
                                taal="nl", stylesheets=[], body_attributen={}, datum=dt.date(2026, 12, 5),
                                versie=VERSIE, commit="abc1234")
    omslag = drukwerk._omslag(doc)
    assert f"<dt>Versie</dt><dd>{VERSIE}</dd>" in omslag
    assert "<!-- commit abc1234 -->" in omslag
    zichtbaar = re.sub(r"<!--.*?-->", "", omslag)
    assert "abc1234" not in zichtbaar and "abc1234" not in doc.voetregel
    # Something that is not a hash never ends up in the comment (no "--" or "<" from outside).
    doc.commit = "x --> <script>"
    assert "<!--" not in drukwerk._omslag(doc)


def test_advies_toont_dezelfde_versie():
    from keuzehulp import advies as maak_advies
    from keuzehulp.html import render_advies

    a = maak_advies({"doel": "afstemmen", "subsidie": "nee"}, dt.date(2026, 12, 5))
    assert a.versie == VERSIE
    html = render_advies(a, "/")
    assert f'<span class="kh-versie">Versie {VERSIE} (' in html
    assert 'href="/over/wijzigingen/"' in html


# --- the data ------------------------------------------------------------------

def test_wijzigingen_geldig_en_huidige_versie_bovenaan():
    versies = wz.versies()
    assert versies[0].nummer == VERSIE == wz.huidige().nummer
    assert [v.nummer for v in versies][-2:] == ["0.2.0", "0.1.0"]
    assert all(v.wijzigingen for v in versies)
    assert {w.soort for v in versies for w in v.wijzigingen} == {"feit", "advies", "site"}


def _fout(bewerk) -> str:
    data = copy.deepcopy(_data())
    bewerk(data)
    with pytest.raises(wz.WijzigingenFout) as fout:
        wz.lees(data)
    return str(fout.value)


@pytest.mark.parametrize("bewerk, verwacht", [
    (lambda d: d["versie"][1]["wijziging"][0].update(soort="fiet"),
     r"versie 0\.2\.0, wijziging 1, veld 'soort': 'fiet'"),
    (lambda d: d["versie"][0]["wijziging"][1].update(tekst=" "),
     r"versie 0\.3\.0, wijziging 2, veld 'tekst'"),
    (lambda d: d["versie"][0]["wijziging"][0].update(bronnen=["bestaat_niet"]),
     r"veld 'bronnen': 'bestaat_niet' staat niet in bronnen\.toml"),
    (lambda d: d["versie"][0]["wijziging"][0].update(tekts="tikfout"),
     r"versie 0\.3\.0, wijziging 1: onbekend veld 'tekts'"),
    (lambda d: d["versie"][1].update(datum="28 november"), r"versie 0\.2\.0, veld 'datum'"),
    (lambda d: d["versie"][1].update(nummer="0.2"), r"\[\[versie\]\] nummer 2, veld 'nummer'"),
    (lambda d: d["versie"][1].update(wijziging=[]), r"versie 0\.2\.0, veld 'wijziging'"),
    (lambda d: d["versie"].reverse(), r"veld 'nummer': staat na"),
    (lambda d: d["versie"][1].update(datum=dt.date(2027, 1, 1)), r"versie 0\.2\.0, veld 'datum': 2027-01-01 ligt na"),
    (lambda d: d["versie"].pop(0), r"de nieuwste versie is 0\.2\.0, maar de site heeft versie"),
])
def test_kapotte_regel_noemt_bestand_en_veld(bewerk, verwacht):
    melding = _fout(bewerk)
    assert melding.startswith("keuzehulp/data/wijzigingen.toml: ")
    assert re.search(verwacht, melding), melding


def test_kapot_bestand_stopt_de_build(monkeypatch):
    def kapot():
        raise wz.WijzigingenFout("keuzehulp/data/wijzigingen.toml: versie 0.3.0, veld 'datum': kapot")

    kapot.cache_clear = lambda: None
    monkeypatch.setattr(wz, "versies", kapot)
    with pytest.raises(PluginError, match=r"wijzigingen\.toml: versie 0\.3\.0, veld 'datum'"):
        hook.on_config({})


def test_markdowntekens_in_een_tekst_blijven_tekst():
    assert hook._tekst("a *b* [c](d) <e> #f") == r"a \*b\* \[c\](d) \<e\> \#f"


# --- the built pages -------------------------------------------------------------

def test_wijzigingenpagina_per_versie_met_datum_en_bron(site_dir):
    html = (site_dir / "over" / "wijzigingen" / "index.html").read_text(encoding="utf-8")
    for versie in wz.versies():
        assert f'id="{versie.anker}"' in html
        assert f"Versie {versie.nummer} van {versie.datum.day} " in html
    assert html.count('class="igs-soort igs-soort-') == sum(len(v.wijzigingen) for v in wz.versies())
    bron = kennis.bronnen()["abb_afwijking"]
    assert f'href="{bron.url}"' in html
    assert "igs:wijzigingen" not in html


def test_over_deze_site_toont_de_versie_en_linkt_naar_wijzigingen(site_dir):
    html = (site_dir / "over" / "index.html").read_text(encoding="utf-8")
    assert f"<strong>versie {VERSIE}</strong>" in html
    assert f'datetime="{wz.huidige().datum.isoformat()}"' in html
    assert 'href="wijzigingen/"' in html
