"""Site text that the review found wrong stays right: one first step on the home page,
Flemish decrees by their Dutch name, one grammatical gender for "IGS cultuur", and none of
the sentences the review quoted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITETEKST = sorted(
    [*ROOT.glob("docs/**/*.md"), *ROOT.glob("stappen/*.md"), *ROOT.glob("cases/*.md"),
     *ROOT.glob("src/sjablonen/data/*.toml"), *ROOT.glob("src/keuzehulp/data/*.toml")]
)


def _naam(pad: Path) -> str:
    return pad.relative_to(ROOT).as_posix()


def test_home_heeft_een_eerste_stap():
    tekst = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    knoppen = re.findall(r"\[([^\]]+)\]\(([^)]+)\)\{[^}]*\.md-button--primary[^}]*\}", tekst)
    assert len(knoppen) == 1, f"de home heeft {len(knoppen)} hoofdknoppen in plaats van één"
    label, doel = knoppen[0]
    assert doel == "keuzehulp/index.md" and "keuzehulp" in label.lower()
    # The other ways in are ordinary links, not buttons of the same weight.
    assert len(re.findall(r"\{[^}]*\.md-button\b[^}]*\}", tekst)) == 1


@pytest.mark.parametrize("pad", SITETEKST, ids=_naam)
def test_vlaams_decreet_met_nederlandse_naam(pad):
    frans = _franse_titels(pad.read_text(encoding="utf-8"))
    assert not frans, f"{_naam(pad)} noemt een Vlaams decreet of besluit bij zijn Franse titel: {frans}"


def _franse_titels(tekst: str) -> list[str]:
    return re.findall(r"D[ée]cret [^\n\"<]{0,60}|Arr[êe]t[ée] du Gouvernement flamand[^\n\"<]{0,40}", tekst)


def test_bronnenlijsten_van_de_keuzehulp_met_nederlandse_titels():
    """The source lists the engine renders (one per form, and every source it knows) name no French title."""
    from keuzehulp import kennis
    from keuzehulp.html import render_rechtsvorm

    for vorm in kennis.rechtsvormen():
        frans = _franse_titels(render_rechtsvorm(vorm.id))
        assert not frans, f"de pagina van {vorm.id} noemt een Franse titel: {frans}"
    frans = [b.titel for b in kennis.bronnen().values() if _franse_titels(b.titel)]
    assert not frans, f"bronnen.toml: Franse titels {frans}"


@pytest.mark.parametrize("pad", SITETEKST, ids=_naam)
def test_een_erkend_igs(pad):
    """IGS (het samenwerkingsverband) is onzijdig: 'een erkend IGS cultuur'."""
    tekst = pad.read_text(encoding="utf-8")
    assert not re.search(r"\been erkende IGS\b", tekst), f"{_naam(pad)}: schrijf 'een erkend IGS'"


GESCHRAPT = [
    "Lees alles over de overleg",
    "vast voor jullie de vorm vastleggen",
    "georganiseerd zijn.",
    "zonder scripts",
    "Drie manieren om te beginnen",
    "## Ginter stopt eind",
]
# The embed page speaks to web editors, for whom "scripts" is the right word.
VOOR_WEBREDACTEURS = {"docs/keuzehulp/insluiten.md": {"zonder scripts"}}


@pytest.mark.parametrize("pad", SITETEKST, ids=_naam)
def test_geen_zinnen_uit_de_review(pad):
    tekst = pad.read_text(encoding="utf-8")
    toegestaan = VOOR_WEBREDACTEURS.get(_naam(pad), set())
    gevonden = [zin for zin in GESCHRAPT if zin in tekst and zin not in toegestaan]
    assert not gevonden, f"{_naam(pad)} bevat nog: {gevonden}"


def test_volgende_stappen_van_elk_advies_zonder_zinnen_uit_de_review():
    """Over every path through the keuzehulp, the next steps under the advice read right."""
    from keuzehulp import advies, kennis, paden

    gezien = set()
    for pad in paden():
        for stap in advies(pad.antwoorden).volgende_stappen:
            gezien.add(stap.tekst)
    assert gezien
    fout = sorted(t for t in gezien if any(zin in t for zin in GESCHRAPT))
    assert not fout, f"volgende stappen bevatten nog zinnen uit de review: {fout}"
    # The form's name opens its sentence, so no article can be wrong.
    assert {f"{v.naam}: lees de kenmerken, de procedure en de bronnen." for v in kennis.rechtsvormen()} & gezien


def test_statisch_pad_en_status_in_lezerswoorden(site_dir):
    """The static path's titles and the widget's way out speak of 'stap voor stap',
    not of scripts (words for readers, not for developers)."""
    pad = site_dir / "keuzehulp" / "pad" / "index.html"
    widget = site_dir / "keuzehulp" / "index.html"
    for bestand in (pad, widget):
        assert "zonder scripts" not in bestand.read_text(encoding="utf-8"), bestand
    assert "Keuzehulp stap voor stap" in pad.read_text(encoding="utf-8")
