"""keuzehulp.veilig.Html: escaping that cannot be bypassed by accident, and the renderers that use it."""

from __future__ import annotations

import ast
import html
from pathlib import Path

import pytest

from keuzehulp.veilig import Html, escape

KWAAD = '<script>alert("x")</script> & \'q\''
VEILIG = html.escape(KWAAD, quote=True)
WEERGAVE = Path(__file__).resolve().parents[2] / "src" / "keuzehulp"


def test_escape_geeft_html_en_laat_html_met_rust():
    assert escape(KWAAD) == VEILIG and isinstance(escape(KWAAD), Html)
    assert escape(Html("<b>")) == "<b>"
    assert escape(None) == "" and escape(12) == "12"
    assert escape(escape(KWAAD)) == VEILIG  # never twice


@pytest.mark.parametrize("maak", [
    lambda x: Html("<p>") + x,
    lambda x: x + Html("</p>"),
    lambda x: Html("<p>{}</p>").format(x),
    lambda x: Html("<p>{a}</p>").format(a=x),
    lambda x: Html("<p>{a}</p>").format_map({"a": x}),
    lambda x: Html("<p>%s</p>") % x,
    lambda x: Html("<p>%s%s</p>") % (x, x),
    lambda x: Html("").join(["<", x]),
])
def test_elke_manier_van_samenvoegen_escapet_gewone_tekst(maak):
    uit = maak(KWAAD)
    assert isinstance(uit, Html)
    assert "<script>" not in uit and VEILIG in uit


def test_html_blijft_html_bij_samenvoegen():
    stuk = Html("<em>ja</em>")
    assert Html("<p>{}</p>").format(stuk) == "<p><em>ja</em></p>"
    assert Html(", ").join([stuk, "a<b"]) == "<em>ja</em>, a&lt;b"
    assert Html("<p>") + stuk == "<p><em>ja</em>"


def test_gewone_strmethoden_verliezen_het_merk():
    # Slicing or .replace gives a plain str: added to Html again it is escaped, never trusted.
    stuk = Html("<em>ja</em>")
    assert not isinstance(stuk[4:], Html) and not isinstance(stuk.replace("ja", "nee"), Html)
    assert Html("") + stuk[4:] == "ja&lt;/em&gt;"


def test_een_getal_toevoegen_is_een_fout():
    with pytest.raises(TypeError):
        Html("<p>") + 5


def _fouten(pad: Path) -> list[str]:
    """f-strings with markup, and Html(...) around anything but a literal: the two ways around the type."""
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    fouten = []
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.JoinedStr):
            tekst = "".join(d.value for d in knoop.values if isinstance(d, ast.Constant))
            if "<" in tekst and ">" in tekst:
                fouten.append(f"{pad.name}:{knoop.lineno}: f-string met opmaak")
        is_html = isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Name) and knoop.func.id == "Html"
        if is_html and not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in knoop.args):
            fouten.append(f"{pad.name}:{knoop.lineno}: Html() rond iets anders dan letterlijke tekst")
    return fouten


@pytest.mark.parametrize("naam", ["html.py", "html_gemeenten.py", "statisch.py", "geldigheid.py"])
def test_weergave_schrijft_opmaak_alleen_via_html(naam):
    assert _fouten(WEERGAVE / naam) == []


def test_de_bewaker_ziet_een_omweg(tmp_path):
    fout = tmp_path / "fout.py"
    fout.write_text('x = 1\na = f"<p>{x}</p>"\nb = Html(f"<p>{x}</p>")\nc = Html("<p>" + str(x))\n')
    assert {f.split(":")[1] for f in _fouten(fout)} == {"2", "3", "4"}


def test_een_kwaadaardig_antwoordlabel_komt_geescaped_in_het_advies(monkeypatch):
    from keuzehulp import document
    from keuzehulp.advies import advies
    from keuzehulp.html import render_advies

    a = advies({"doel": "regiowerking", "subsidie": "ja", "inwoners": "120000"})
    monkeypatch.setattr(document, "antwoord_label", lambda *args: KWAAD)
    uit = render_advies(a, "/", wijzig_links=True)
    assert "<script>" not in uit and VEILIG in uit
