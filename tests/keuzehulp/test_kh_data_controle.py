"""De databestanden van de keuzehulp: kapotte invoer stopt met een melding die bestand en veld noemt."""

import pytest

from keuzehulp import kennis

GOEDE_BRON = {"titel": "Decreet", "uitgever": "Vlaamse overheid", "url": "https://codex.vlaanderen.be/x?id=1"}


@pytest.fixture
def bronnenbestand(monkeypatch):
    """Vervang bronnen.toml door een gegeven inhoud (en wis de caches, ook achteraf)."""
    echte = kennis._data_bestand

    def gebruik(bronnen: dict):
        monkeypatch.setattr(kennis, "_data_bestand", lambda naam: bronnen if naam == "bronnen.toml" else echte(naam))
        kennis.bronnen.cache_clear()

    yield gebruik
    kennis.bronnen.cache_clear()


def test_echte_bronnen_zijn_geldig():
    assert all(b.url.startswith(("https://", "http://")) for b in kennis.bronnen().values())


@pytest.mark.parametrize(
    "fout, verwacht",
    [
        ({"url": "javascript:alert(document.cookie)"}, "veld 'url'"),
        ({"url": "JAVASCRIPT:alert(1)"}, "veld 'url'"),
        ({"url": "data:text/html,<script>x</script>"}, "veld 'url'"),
        ({"url": "/relatief"}, "veld 'url'"),
        ({"url": ""}, "veld 'url'"),
        ({"titel": " "}, "veld 'titel'"),
        ({"uitgevr": "X"}, "onbekend veld 'uitgevr'"),
    ],
)
def test_kapotte_bron_noemt_bestand_en_veld(bronnenbestand, fout, verwacht):
    bronnenbestand({"dlb": GOEDE_BRON, "kapot": {**GOEDE_BRON, **fout}})
    with pytest.raises(kennis.KennisFout) as uitzondering:
        kennis.bronnen()
    assert "bronnen.toml, [kapot]" in str(uitzondering.value) and verwacht in str(uitzondering.value)


@pytest.mark.parametrize(
    "inhoud, verwacht",
    [
        (b'[a]\ntitel = "x"\ntitel = "y"\n', "geen geldige TOML"),  # dubbele sleutel
        (b"[a]\ndatum = 2024-02-30\n", "geen geldige TOML"),  # onmogelijke datum
        (b'[a]\ntitel = "Ca\xe9"\n', "geen geldige UTF-8"),
    ],
)
def test_kapot_tomlbestand_noemt_bestand(monkeypatch, tmp_path, inhoud, verwacht):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "kapot.toml").write_bytes(inhoud)
    monkeypatch.setattr(kennis.resources, "files", lambda pakket: tmp_path)
    with pytest.raises(kennis.KennisFout, match=f"keuzehulp/data/kapot.toml: {verwacht}"):
        kennis._data_bestand.__wrapped__("kapot.toml")
