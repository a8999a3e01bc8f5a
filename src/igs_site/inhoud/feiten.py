"""Site build (plugin igs): feiten uit het register in de pagina's, en zinnen die van de dag afhangen.

Een drempel, periode, datum of bedrag staat nooit getypt in een pagina, maar als marker
(markers.py), ook midden in een zin of in de front matter:

    minstens <!-- igs:feit drempel --> inwoners         -> minstens 85.000 inwoners
    <!-- igs:tijd pv-einde-beslissen -->                -> de zin die vandaag klopt
    <!-- igs:kalender voorbij -->  /  <!-- igs:kalender komt -->   (een tabel, op een eigen regel)

`feit NAAM` komt uit keuzehulp.teksten.feiten() (de namen die teksten.toml ook kent);
`tijd ID` uit keuzehulp/data/tijdzinnen.toml: per zin een tekst vóór, op en na een
geregistreerde datum (keuzehulp.register.tijdzin); `kalender voorbij|komt` de kalender
uit hetzelfde bestand, verdeeld volgens de dag (keuzehulp.register.kalender). De dag is die van keuzehulp.klok
(vandaag, of IGS_DATUM=JJJJ-MM-DD); de build meldt hem één keer. Een onbekende naam
laat de build stoppen met het bestand en de marker.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from mkdocs.exceptions import PluginError

from igs_site.controle import markers
from keuzehulp import kennis, klok, register, teksten
from keuzehulp.datum import datum_nl
from keuzehulp.geldigheid import render_stand_verlopen

markers.registreer("feit", "tijd", "kalender")
log = logging.getLogger("mkdocs.hooks.feiten")


def _feit(feiten: dict[str, str]):
    def render(naam: str | None = None) -> str:
        if naam is None or naam not in feiten:
            raise LookupError(naam)
        return feiten[naam]
    return render


def _tijd(datum: dt.date):
    def render(zin: str | None = None) -> str:
        if zin is None:
            raise LookupError(zin)
        return register.tijdzin(zin, datum)
    return render


def _kalender(datum: dt.date):
    def render(deel: str | None = None) -> str:
        if deel not in ("voorbij", "komt"):
            raise LookupError(deel)
        voorbij, komt = register.kalender(datum)
        rijen = voorbij if deel == "voorbij" else komt
        if not rijen:
            return "Niets." if deel == "voorbij" else "Geen gekende data meer."
        regels = ["| Wanneer | Wat | Bron |", "|---|---|---|"]
        regels += [f"| {m.wanneer} | {m.wat} | {m.bron} |" for m in rijen]
        return "\n".join(regels)
    return render


def vul(tekst: str, bron: str, datum: dt.date | None = None) -> str:
    """Vervang elke feit- en tijdmarker in ``tekst``; een onbekende naam stopt met ``bron``."""
    if not any(f"igs:{naam}" in tekst for naam in ("feit", "tijd", "kalender")):
        return tekst
    datum = datum or klok.vandaag()
    try:
        return markers.vervang(tekst, {"feit": _feit(teksten.feiten(datum)), "tijd": _tijd(datum),
                                       "kalender": _kalender(datum)}, bron)
    except markers.MarkerFout as fout:
        bekend = ", ".join(sorted(teksten.feiten(datum))) if "igs:feit" in str(fout) else \
            ", ".join(sorted(register.tijdzinnen())) if "igs:tijd" in str(fout) else "voorbij, komt"
        raise markers.MarkerFout(f"{fout} (bekend: {bekend})") from None


def vul_meta(waarde: Any, bron: str, datum: dt.date | None = None) -> Any:
    """Dezelfde vervanging in elke tekst van een front matter (lijsten en tabellen mee)."""
    if isinstance(waarde, str):
        return vul(waarde, bron, datum)
    if isinstance(waarde, list):
        return [vul_meta(w, bron, datum) for w in waarde]
    if isinstance(waarde, dict):
        for k, w in waarde.items():
            waarde[k] = vul_meta(w, bron, datum)
    return waarde


def on_config(config):
    try:
        datum = klok.vandaag()
        teksten.feiten(datum)
        register.tijdzinnen(), register.kalender(datum)
    except (klok.KlokFout, kennis.KennisFout, teksten.TekstFout) as fout:
        raise PluginError(str(fout)) from None
    log.info(f"IGS Cultuur: feiten en teksten voor {datum_nl(datum)} ({klok.bron()})")
    return config


def met_verloopmelding(markdown: str, url: str, datum: dt.date | None = None) -> str:
    """A page whose sentences depend on the day (tijd, kalender, bouwdatum markers) warns when it
    is read after the day that changes them (geldigheid.render_stand_verlopen, below its title)."""
    if not any(f"igs:{naam}" in markdown for naam in ("tijd", "kalender", "bouwdatum")):
        return markdown
    melding = str(render_stand_verlopen(datum or klok.vandaag(), "../" * url.count("/")))
    if not melding:
        return markdown
    regels = markdown.split("\n")
    titel = next((i for i, regel in enumerate(regels) if regel.startswith("# ")), -1)
    return "\n".join([*regels[:titel + 1], "", melding, "", *regels[titel + 1:]])


def on_page_markdown(markdown: str, page, config, files) -> str:
    bron = page.file.src_uri
    vul_meta(page.meta, bron)
    return vul(met_verloopmelding(markdown, page.url), bron)
