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
     *ROOT.glob("tools/sjablonen/data/*.toml")]
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
    tekst = pad.read_text(encoding="utf-8")
    frans = re.findall(r"D[ée]cret [^\n\"]{0,60}|Arr[êe]t[ée] du Gouvernement flamand[^\n\"]{0,40}", tekst)
    assert not frans, f"{_naam(pad)} noemt een Vlaams decreet of besluit bij zijn Franse titel: {frans}"


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
