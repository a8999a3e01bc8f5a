"""The package API: ids, laad, valideer_velden, browser entry points, markdown,
the form, and that importing reads no files."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from sj_hulp import ROOT, voorbeeldwaarden

import sjablonen
from keuzehulp.datum import datum_nl
from sjablonen.model import SjabloonFout, _bouw


def test_ids_en_laad():
    assert sjablonen.ids() == [
        "engagementsverklaring",
        "samenwerkingsovereenkomst-interlokale-vereniging",
        "statuten-projectvereniging",
        "gemeenteraadsbeslissing",
        "checklist-subsidieaanvraag",
    ]
    sjabloon = sjablonen.laad("engagementsverklaring")
    assert sjabloon.formulier and sjabloon.velden and sjabloon.bronnen
    assert sjablonen.laad("engagementsverklaring") is sjabloon  # cached


@pytest.mark.parametrize("fout_id", ["bestaat-niet", "../data/x", "", "Engagementsverklaring"])
def test_onbekend_sjabloon(fout_id):
    with pytest.raises(ValueError, match="Onbekend sjabloon"):
        sjablonen.laad(fout_id)


def test_metadata(sjabloon_id):
    sjabloon = sjablonen.laad(sjabloon_id)
    assert 40 <= len(sjabloon.beschrijving) <= 300
    assert sjabloon.doel and sjabloon.wie_beslist and sjabloon.niet_geverifieerd
    for bron in sjabloon.bronnen:
        assert bron.titel and bron.uitgever and bron.url.startswith("http") and bron.datum
    assert any(veld.verplicht for veld in sjabloon.velden)


# --- valideer_velden -------------------------------------------------------


def test_valideer_velden_meldt_ontbrekende_verplichte_velden():
    meldingen = sjablonen.valideer_velden("engagementsverklaring", {})
    verplicht = [v for v in sjablonen.laad("engagementsverklaring").velden if v.verplicht]
    assert len(meldingen) == len(verplicht)
    assert meldingen[0] == "Vul «Werknaam van de samenwerking» in: dit gegeven is verplicht."
    # optional fields are not reported
    assert not any("Referentieregio" in m for m in meldingen)


def test_valideer_velden_volledig_en_onbekende_sleutels(sjabloon_id):
    velden = voorbeeldwaarden(sjabloon_id) | {"onbekend_veld": "wordt genegeerd"}
    assert sjablonen.valideer_velden(sjabloon_id, velden) == []


def test_valideer_velden_alleen_spaties_of_stuurtekens_is_leeg():
    velden = voorbeeldwaarden("engagementsverklaring") | {"naam_samenwerking": "  \n\t\x00 "}
    assert sjablonen.valideer_velden("engagementsverklaring", velden) == [
        "Vul «Werknaam van de samenwerking» in: dit gegeven is verplicht."
    ]
    assert sjablonen.valideer_velden("engagementsverklaring", None)  # None: nothing filled in


def test_valideer_velden_verkeerd_type():
    velden = voorbeeldwaarden("engagementsverklaring") | {"ambitie": {"a": 1}}
    assert sjablonen.valideer_velden("engagementsverklaring", velden) == [
        "Het veld «Gezamenlijke ambitie» moet tekst bevatten."
    ]
    assert sjablonen.valideer_velden("engagementsverklaring", ["geen", "object"]) == [
        "De velden moeten een woordenboek zijn van veldnaam naar tekst."
    ]


# --- browser entry points ---------------------------------------------------


def test_browser_download_geeft_dezelfde_bestanden():
    velden = voorbeeldwaarden("engagementsverklaring")
    data = json.dumps(velden)
    assert sjablonen.browser_download("engagementsverklaring", data, "odt") == sjablonen.odt(
        "engagementsverklaring", velden
    )
    assert sjablonen.browser_download("engagementsverklaring", data, "docx") == sjablonen.docx(
        "engagementsverklaring", velden
    )
    # an empty form gives the document with all placeholders
    assert sjablonen.browser_download("engagementsverklaring", "{}", "odt")[:2] == b"PK"


@pytest.mark.parametrize(
    "velden_json, melding",
    [
        ("{niet geldig", "geen geldige JSON"),
        ("[1, 2]", "JSON-object"),
        ('"tekst"', "JSON-object"),
        ('{"ambitie": [1]}', "moet tekst bevatten"),
    ],
)
def test_browser_download_slechte_json(velden_json, melding):
    with pytest.raises(ValueError, match=melding):
        sjablonen.browser_download("engagementsverklaring", velden_json, "odt")


@pytest.mark.parametrize("formaat", ["pdf", "ODT", "", "doc"])
def test_browser_download_onbekend_formaat(formaat):
    with pytest.raises(ValueError, match="Onbekend formaat.*kies 'odt' of 'docx'"):
        sjablonen.browser_download("engagementsverklaring", "{}", formaat)


def test_browser_controleer_noemt_het_veld_bij_elke_melding():
    meldingen = json.loads(sjablonen.browser_controleer("engagementsverklaring", "{}"))
    verplicht = [v.id for v in sjablonen.laad("engagementsverklaring").velden if v.verplicht]
    assert [m["veld"] for m in meldingen] == verplicht
    assert meldingen[0]["tekst"] == "Vul «Werknaam van de samenwerking» in: dit gegeven is verplicht."
    assert next(m for m in meldingen if m["veld"] == "gemeenten")["tekst"] == (
        "Kies minstens één gemeente bij «Deelnemende gemeenten»."
    )
    volledig = json.dumps(voorbeeldwaarden("engagementsverklaring"))
    assert json.loads(sjablonen.browser_controleer("engagementsverklaring", volledig)) == []
    # an unknown NIS code from the picker: a message at that field, the others stay fine
    fout = json.loads(sjablonen.browser_controleer(
        "engagementsverklaring", json.dumps(voorbeeldwaarden("engagementsverklaring") | {"gemeenten": "11002,99999"})
    ))
    assert fout == [{"veld": "gemeenten", "tekst": "De NIS-code 99999 hoort bij geen Vlaamse gemeente (sinds 2025). "
                     "Kies de gemeenten opnieuw."}]


def test_afdrukvoorbeeld_is_ontsnapte_html():
    velden = voorbeeldwaarden("engagementsverklaring") | {
        "naam_samenwerking": "<script>alert(1)</script> & \"co\"",
        "ambitie": "regel 1\nregel 2",
    }
    fragment = sjablonen.afdrukvoorbeeld_html("engagementsverklaring", json.dumps(velden))
    assert "<script>" not in fragment
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;" in fragment
    assert "regel 1<br>regel 2" in fragment
    assert fragment.startswith('<article class="igs-afdruk" lang="nl-BE">')
    assert "<h1>" in fragment and "<h2>1. De deelnemende gemeenten</h2>" in fragment
    assert "igs-toelichting" not in fragment  # a print view of the filled-in document
    # an empty form shows the placeholders
    assert "«Werknaam van de samenwerking»" in sjablonen.afdrukvoorbeeld_html("engagementsverklaring", "{}")
    with pytest.raises(ValueError):
        sjablonen.afdrukvoorbeeld_html("engagementsverklaring", "nee")


# --- markdown --------------------------------------------------------------


def _zichtbare_tekst(markdown: str) -> str:
    tekst = re.sub(r"\\(.)", r"\1", markdown)  # Markdown escapes
    tekst = re.sub(r"<[^>]+>", "", tekst)  # inline HTML such as the placeholder span
    return html.unescape(tekst)


def test_markdown_bevat_koppen_bronnen_en_velden(sjabloon_id):
    from sj_hulp import verwachte_koppen

    md = sjablonen.markdown(sjabloon_id)
    sjabloon = sjablonen.laad(sjabloon_id)
    assert md.startswith(f"# {sjabloon.titel}\n")
    zichtbaar = _zichtbare_tekst(md)
    for _, kop in verwachte_koppen(sjabloon_id):
        assert kop in zichtbaar, kop
    for bron in sjabloon.bronnen:
        assert f"]({bron.url})" in md
    for veld in sjabloon.velden:
        assert f"«{veld.label}»" in zichtbaar
    for punt in sjabloon.niet_geverifieerd:
        assert punt in zichtbaar
    assert sjablonen.MARKER_DOWNLOADS in md
    assert (sjablonen.MARKER_FORMULIER in md) == sjabloon.formulier
    assert "Geen juridisch advies" in md and datum_nl(sjabloon.laatst_bijgewerkt) in md


def test_markdown_koppen_in_volgorde_en_diepte(sjabloon_id):
    koppen = re.findall(r"^(#+) ", sjablonen.markdown(sjabloon_id), re.MULTILINE)
    assert koppen[0] == "#" and koppen.count("#") == 1
    assert max(len(k) for k in koppen) <= 5


def test_markdown_checklist_voor_de_site():
    md = sjablonen.markdown("checklist-subsidieaanvraag")
    assert '<ul class="igs-checklist" data-checklist="sjabloon-checklist-subsidieaanvraag">' in md


# --- form ------------------------------------------------------------------


class _Verzamelaar(HTMLParser):
    LEEG = {"input", "br", "meta", "img"}

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.LEEG:
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> sluit {self.open[-1:]}"
        self.open.pop()


def test_formulier_toegankelijk_en_zonder_javascript_bruikbaar():
    formulier = sjablonen.formulier_html("engagementsverklaring")
    parser = _Verzamelaar()
    parser.feed(formulier)
    assert parser.open == []  # well nested
    tags = parser.tags
    form = tags[0]
    assert form[0] == "form" and form[1]["class"] == "igs-sjabloonformulier"
    assert form[1]["data-sjabloon"] == "engagementsverklaring"
    ids = {a.get("id") for _, a in tags}
    labels = {a["for"] for t, a in tags if t == "label"}
    velden = [(t, a) for t, a in tags if t in ("input", "textarea") and a.get("name")]
    assert [a["name"] for _, a in velden] == [v.id for v in sjablonen.laad("engagementsverklaring").velden]
    # the municipalities: the keuzehulp's picker, a labelled combobox and a hidden field with NIS codes
    kiezer = next(a for t, a in tags if a.get("role") == "combobox")
    assert kiezer["id"] in labels and kiezer["aria-describedby"] in ids
    assert ("input", {"type": "hidden", "name": "gemeenten", "value": ""}) in velden
    for _, attrs in velden:
        if attrs.get("type") == "hidden":
            continue
        assert attrs["id"] in labels
        assert attrs["aria-describedby"].split() == [attrs["id"] + "-hint", attrs["id"] + "-fout"]
        assert set(attrs["aria-describedby"].split()) <= ids
    assert [t for t, _ in tags].count("fieldset") == [t for t, _ in tags].count("legend") >= 4
    knoppen = [a for t, a in tags if t == "button"]
    # the downloads wait for Python; the clear button appears with the script
    assert [("disabled" in a, "hidden" in a) for a in knoppen] == [(True, False)] * 3 + [(False, True)]
    tekst = re.sub(r"<[^>]+>", "", formulier)
    for knop in ("Download als ODT", "Download als DOCX", "Afdrukvoorbeeld"):
        assert knop in tekst
    assert "werkt alleen met JavaScript" in tekst and "lege sjablonen" in tekst
    assert "blijft op dit toestel" in tekst and "Wis wat je invulde" in tekst
    # the error summary (GOV.UK): a titled list the script fills with links
    assert '<div class="igs-foutoverzicht" tabindex="-1" hidden' in formulier
    assert '<div role="alert"><ul class="igs-foutoverzicht-lijst"></ul>' in formulier
    # where the inhabitants come from, from the municipality data (one source)
    from keuzehulp import gemeenten
    assert gemeenten.meta()["inwoners"]["bron_url"] in formulier
    for naam in ("gemeenten", "ambitie", "contact_politiek", "contact_ambtelijk",
                 "budget_voortraject", "tijdspad"):
        assert f'name="{naam}"' in formulier


# --- data checks ---------------------------------------------------------------


MINIMAAL = {
    "titel": "T", "document_titel": "D {a}", "doel": "d", "wie_beslist": "w",
    "beschrijving": "x" * 50, "laatst_bijgewerkt": __import__("datetime").date(2026, 11, 27),
    "bronnen": [{"titel": "t", "uitgever": "u", "url": "https://x.be", "datum": "2026-11"}],
    "velden": [{"id": "a", "label": "A", "hint": "h", "voorbeeld": "v"}],
    "blokken": [{"soort": "alinea", "tekst": "tekst"}],
}


@pytest.mark.parametrize(
    "wijziging, melding",
    [
        ({"document_titel": "D {b}"}, "plaatshouder \\{b\\} is geen gedefinieerd veld"),
        ({"document_titel": "D"}, "velden zonder plaatshouder"),
        ({"beschrijving": "kort"}, "40 tot 300 tekens"),
        ({"bronnen": []}, "minstens één bron"),
        ({"blokken": [{"soort": "kop", "niveau": 1, "tekst": "x"}]}, "niveau 2 of 3"),
        ({"blokken": [{"soort": "tabel"}]}, "'soort' moet een van"),
    ],
)
def test_gegevensfouten_worden_gemeld(wijziging, melding):
    _bouw("test", MINIMAAL, "test.toml")  # the minimal template itself is fine
    with pytest.raises(SjabloonFout, match=melding):
        _bouw("test", MINIMAAL | wijziging, "test.toml")


# --- no I/O at import ----------------------------------------------------------


def test_importeren_leest_geen_bestanden():
    code = (
        "import sys\n"
        "gelezen = []\n"
        "def hook(event, args):\n"
        "    pad = str(args[0]) if args else ''\n"
        "    if event in ('open', 'os.listdir', 'os.scandir') and (\n"
        "            'sjablonen/data' in pad or pad.endswith('.toml')):\n"
        "        gelezen.append((event, pad))\n"
        "sys.addaudithook(hook)\n"
        "import sjablonen\n"
        "from sjablonen import model\n"
        "assert gelezen == [], gelezen\n"
        "assert model._CACHE == {} and model._IDS == []\n"
        "sjablonen.laad('engagementsverklaring')\n"
        "assert any(p.endswith('engagementsverklaring.toml') for _, p in gelezen), gelezen\n"
    )
    env_pad = str(ROOT / "src")
    resultaat = subprocess.run(
        [sys.executable, "-c", code], env={"PYTHONPATH": env_pad, "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True,
    )
    assert resultaat.returncode == 0, resultaat.stderr


def test_alleen_standaardbibliotheek():
    """The package must run under Pyodide: no third-party imports.

    keuzehulp ships in the same wheel and is itself standard-library only."""
    import ast

    toegestaan = set(sys.stdlib_module_names) | {"__future__", "keuzehulp"}
    for bestand in (ROOT / "src" / "sjablonen").glob("*.py"):
        for knoop in ast.walk(ast.parse(bestand.read_text())):
            if isinstance(knoop, ast.Import):
                namen = [alias.name for alias in knoop.names]
            elif isinstance(knoop, ast.ImportFrom) and knoop.level == 0:
                namen = [knoop.module]
            else:
                continue
            for naam in namen:
                assert naam.split(".")[0] in toegestaan, f"{bestand.name}: {naam}"


def test_datapakket_in_pyproject():
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'sjablonen = ["data/*.toml"]' in pyproject
    assert len(list((ROOT / "src" / "sjablonen" / "data").glob("*.toml"))) == len(sjablonen.ids())
