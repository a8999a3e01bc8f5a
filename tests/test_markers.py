"""The one marker style of the site hooks (igs_site.controle.markers).

The build-level tests (a page with an unknown or left-over marker fails the
build naming file and marker) are in test_inhoud.py, next to the other broken-content builds."""

from __future__ import annotations

import pytest

from igs_site.controle import markers


def test_vervang_vult_alleen_de_eigen_namen():
    markers.registreer("proef-a", "proef-b")
    tekst = "<p>x</p>\n<!-- igs:proef-a -->\n<!-- igs:proef-b vzw -->\n<!-- igs:ander -->\n"
    uit = markers.vervang(tekst, {"proef-a": lambda: "A", "proef-b": lambda arg: f"B({arg})"}, "p.md")
    assert uit == "<p>x</p>\nA\nB(vzw)\n<!-- igs:ander -->\n"


def test_marker_tekst_en_vervang_passen_bij_elkaar():
    assert markers.marker("proef-c", "gemeentelijke_vzw") == "<!-- igs:proef-c gemeentelijke_vzw -->"
    assert markers.vervang(markers.marker("proef-c", "x"), {"proef-c": str.upper}, "p.md") == "X"


def test_onbekend_argument_noemt_bron_en_marker():
    def rechtsvorm(vorm_id):
        raise KeyError(vorm_id)

    with pytest.raises(markers.MarkerFout, match=r"pagina\.md: <!-- igs:proef-d foo -->: onbekend argument 'foo'"):
        markers.vervang("<!-- igs:proef-d foo -->", {"proef-d": rechtsvorm}, "pagina.md")


@pytest.mark.parametrize(
    "tekst, reden",
    [
        ("<!-- igs:bestaat-niet -->", "onbekende marker"),
        ("<!-- igs:proef-e -->", "niet vervangen"),
        ("<!-- keuzehulp:widget -->", "oude stijl"),
        ("<!-- landschap-tabel -->", "oude stijl"),
        ("<!-- keuzehulp:rechtsvorm:gemeentelijke_vzw -->", "oude stijl"),
    ],
)
def test_controleer_faalt_op_wat_overblijft(tekst, reden):
    markers.registreer("proef-e")
    with pytest.raises(markers.MarkerFout) as fout:
        markers.controleer(f"<p>Tekst</p>\n{tekst}\n", "docs/x.md")
    assert str(fout.value).startswith(f"docs/x.md: {tekst}: ")
    assert reden in str(fout.value)


def test_gewone_commentaar_is_geen_marker():
    markers.controleer("<p>a</p><!-- Dit is een opmerking voor schrijvers. --><!-- TODO -->", "docs/x.md")


def test_ongeldige_naam_wordt_geweigerd():
    with pytest.raises(ValueError):
        markers.registreer("Keuzehulp:Widget")
