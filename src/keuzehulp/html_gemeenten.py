"""HTML voor de gekozen gemeenten: het blok met wat de keuzehulp eruit afleidde.

Los van de rest van het advies (html.py), zodat wie de opmaak van het advies beheert het blok
kan plaatsen waar het past: ``render_afleiding(advies.gekozen)``. Alleen feiten uit
``keuzehulp.afleiding``; woorden die uit data komen (waarschuwing, uitleg bij 'aangrenzend',
bronvermelding) staan in data/gemeenten.toml. Geen scripts, geen inline stijlen.
"""

from __future__ import annotations

from html import escape
from typing import Any

from . import gemeenten as gem
from .afleiding import Afleiding, Lidmaatschap
from .datum import datum_nl
from .teksten import opsomming, tekst

__all__ = ["render_afleiding", "afgeleid_label", "render_kaart_container", "inwoners_vermelding", "KAART_PAD"]

# De kaart van de keuzehulp, door src/igs_site/kaart/kaart.py bij de build geschreven (pad in de site).
KAART_PAD = "assets/kaart/vlaanderen.svg"
# Wat een afgeleid antwoord zegt, in woorden voor de lezer (vraag-id -> omschrijving).
_WAT = {
    "gemeenten": "het aantal gemeenten",
    "inwoners": "het aantal inwoners",
    "referentieregio": "de referentieregio",
    "aangrenzend": "of genoeg gemeenten aan elkaar grenzen",
}


def e(waarde: Any) -> str:
    return escape("" if waarde is None else str(waarde), quote=True)


def _getal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def afgeleid_label(gekozen: Afleiding | None, vraag_id: str) -> str:
    """' (afgeleid uit de gekozen gemeenten)' achter een antwoord dat het advies afleidde, anders ''."""
    if gekozen is None or vraag_id not in gekozen.afgeleid:
        return ""
    return f' <span class="kh-afgeleid">({e(tekst("weergave.afgeleid"))})</span>'


def _regios(gekozen: Afleiding) -> str:
    regios = gekozen.referentieregios
    if len(regios) == 1:
        return f"Eén referentieregio: {e(regios[0][1])}."
    delen = []
    for code, naam in regios:
        leden = [g.naam for g in gekozen.gemeenten if g.referentieregio_code == code]
        delen.append(f"{e(naam)} ({e(opsomming(leden))})")
    return f"Meerdere referentieregio's ({len(regios)}): " + "; ".join(delen) + "."


def _namen(codes: tuple[str, ...]) -> str:
    return opsomming([gem.alle()[c].naam for c in codes])


def _samenhang(gekozen: Afleiding) -> str:
    if gekozen.aantal < 2:
        return ""
    if gekozen.samenhangend:
        return "Ja: de gemeenten vormen samen één aaneengesloten gebied."
    groepen = "; ".join(_namen(g) for g in gekozen.groepen)
    return f"Nee: {len(gekozen.groepen)} losse delen ({e(groepen)})."


def _aangrenzend(gekozen: Afleiding, uitleg: str, minimum: int) -> str:
    grootste = gekozen.groepen[0] if gekozen.groepen else ()
    if gekozen.aangrenzend:
        zin = f"Ja: {len(grootste)} gemeenten grenzen aan elkaar ({e(_namen(grootste))})."
    elif len(grootste) < 2:
        zin = "Nee: geen van de gekozen gemeenten grenst aan een andere gekozen gemeente."
    else:
        zin = (f"Nee: hoogstens {len(grootste)} van de gekozen gemeenten grenzen aan elkaar "
               f"({e(_namen(grootste))}), minder dan {minimum}.")
    return f'{zin} <span class="kh-uitleg">{e(uitleg)}</span>'


def _lid(lid: Lidmaatschap) -> str:
    extra = [f"erkend {lid.periode}"] if lid.periode else []
    if lid.als:
        extra.append(f"als {lid.als}, vóór de fusie van 1 januari 2025")
    if lid.einde:
        extra.append(f"gestopt op {datum_nl(lid.einde)}")
    return e(lid.igs) + (f" ({e('; '.join(extra))})" if extra else "")


def _igs(gekozen: Afleiding) -> str:
    items = []
    for g in gekozen.gemeenten:
        leden = gekozen.igs(g.nis)
        if leden:
            tekst = "; ".join(_lid(lid) for lid in leden)
        else:
            tekst = "geen"
        items.append(f'<li data-nis="{e(g.nis)}">{e(g.naam)}: {tekst}</li>')
    return f'<ul class="kh-igs-lidmaatschap">{"".join(items)}</ul>'


def inwoners_vermelding() -> str:
    """De bronvermelding van de inwoners als HTML: 'Inwoners: Statbel, bevolking op 1 januari 2026 (CC BY 4.0)',
    met links naar de bron en de licentie; datum, bron en licentie uit data/gemeenten.toml."""
    i = gem.meta()["inwoners"]
    return (f'Inwoners: <a href="{e(i["bron_url"])}">{e(i["bron"])}</a> '
            f'(<a href="{e(i["licentie_url"])}">{e(i["licentie"])}</a>)')


def render_afleiding(gekozen: Afleiding | None) -> str:
    """Het blok 'Afgeleid uit de gekozen gemeenten' (leeg als er geen gemeenten gekozen zijn)."""
    if gekozen is None or not gekozen.gemeenten:
        return ""
    d = gekozen.als_dict()
    meta = gem.meta()
    inwoners = meta["inwoners"]
    namen = [g.naam for g in gekozen.gemeenten]
    rijen = [
        ("Gemeenten", f"{gekozen.aantal}: {e(opsomming(namen))}"),
        ("Inwoners samen",
         f"{_getal(gekozen.inwoners)} op {e(datum_nl(inwoners['datum']))} "
         f'<span class="kh-bronnen">(bron: <a class="kh-bron" href="{e(inwoners["bron_url"])}">'
         f"{e(inwoners['uitgever'])}</a>). {e(inwoners['voorbehoud'])}</span>"),
        ("Referentieregio", _regios(gekozen)),
    ]
    samenhang = _samenhang(gekozen)
    if samenhang:
        rijen.append(("Eén aaneengesloten gebied", samenhang))
    rijen.append((f"Minstens {d['minimum_aangrenzend']} aangrenzende gemeenten",
                  _aangrenzend(gekozen, d["uitleg_aangrenzend"], d["minimum_aangrenzend"])))
    rijen.append(("Al in een erkende IGS cultuur", _igs(gekozen)))
    dl = "".join(f'<div class="kh-feit"><dt>{e(kop)}</dt><dd>{inhoud}</dd></div>' for kop, inhoud in rijen)
    waarschuwing = gekozen.waarschuwing()
    afgeleid = ""
    if gekozen.afgeleid:
        wat = opsomming([_WAT.get(id, id) for id in gekozen.afgeleid])
        afgeleid = (f'<p class="kh-afgeleid-uitleg">Het advies gebruikt hiervan {e(wat)} als antwoord. '
                    "Vul je zelf een antwoord in, dan gaat dat voor.</p>")
    return (
        f'<section class="kh-afleiding" data-afleiding aria-labelledby="kh-afleiding-titel">'
        f'<h3 id="kh-afleiding-titel">Afgeleid uit de gekozen gemeenten</h3>'
        + (f'<p class="kh-waarschuwing" role="note">{e(waarschuwing)}</p>' if waarschuwing else "")
        + f'<dl class="kh-feiten">{dl}</dl>'
        + afgeleid
        + f'<p class="kh-bronvermelding">{e(meta["gemeenten"]["vermelding"])}. {inwoners_vermelding()}. '
        'Wie aan wie grenst: '
        f'{e(meta["buren"]["bron"][:1].lower() + meta["buren"]["bron"][1:])}. Erkende IGS cultuur: het overzicht '
        "op de pagina over het landschap van de erkende IGS cultuur.</p>"
        "</section>"
    )


def render_kaart_container(basis: str = "/") -> str:
    """De plek voor de kaart van de gemeenten (contract: ``data-kaart``; zie src/igs_site/kaart/kaart.py).

    Met JavaScript zet ``assets/js/kaart.js`` (``laadKaart``) de SVG inline in ``[data-kaart-vlak]``:
    elke gemeente is dan een ``[data-nis]``-element dat de widget ``data-gekozen`` kan geven en
    waarop je kunt klikken. Het vlak heeft vooraf al de verhouding van de kaart, zodat niets
    verspringt. Zonder JavaScript is de hele gemeentekiezer met de kaart verborgen (keuzehulp.css,
    ``scripting: none``): er staat dus geen afbeelding vooraf, die dubbel opgehaald en getekend zou worden.
    """
    pad = (basis if basis.endswith("/") else basis + "/") + KAART_PAD if basis else KAART_PAD
    return (
        f'<figure class="kh-kaart" data-kaart data-kaart-src="{e(pad)}">'
        '<div class="kh-kaart-vlak" data-kaart-vlak></div>'
        "<figcaption>De Vlaamse gemeenten; een dikke lijn is de grens van een referentieregio. "
        f'<span class="kh-bronvermelding">{e(gem.meta()["gemeenten"]["vermelding"])}. '
        f"{inwoners_vermelding()}.</span></figcaption>"
        "</figure>"
    )
