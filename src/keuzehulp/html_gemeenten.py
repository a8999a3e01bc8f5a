"""HTML voor de gekozen gemeenten: het blok met wat de keuzehulp eruit afleidde.

Los van de rest van het advies (html.py), zodat wie de opmaak van het advies beheert het blok
kan plaatsen waar het past: ``render_afleiding(advies.gekozen)``. Alleen feiten uit
``keuzehulp.afleiding``; woorden die uit data komen (waarschuwing, uitleg bij 'aangrenzend',
bronvermelding) staan in data/gemeenten.toml. Geen scripts, geen inline stijlen.
"""

from __future__ import annotations

from . import gemeenten as gem
from .afleiding import Afleiding, Lidmaatschap
from .datum import datum_nl
from .teksten import getal, opsomming, tekst
from .veilig import Html, escape

LEEG = Html("")

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


def afgeleid_label(gekozen: Afleiding | None, vraag_id: str) -> Html:
    """' (afgeleid uit de gekozen gemeenten)' achter een antwoord dat het advies afleidde, anders ''."""
    if gekozen is None or vraag_id not in gekozen.afgeleid:
        return LEEG
    return Html(' <span class="kh-afgeleid">({})</span>').format(tekst("weergave.afgeleid"))


def _regios(gekozen: Afleiding) -> Html:
    regios = gekozen.referentieregios
    if len(regios) == 1:
        return Html("Eén referentieregio: {}.").format(regios[0][1])
    delen = []
    for code, naam in regios:
        leden = [g.naam for g in gekozen.gemeenten if g.referentieregio_code == code]
        delen.append(Html("{} ({})").format(naam, opsomming(leden)))
    return Html("Meerdere referentieregio's ({}): {}.").format(len(regios), Html("; ").join(delen))


def _namen(codes: tuple[str, ...]) -> str:
    return opsomming([gem.alle()[c].naam for c in codes])


def _samenhang(gekozen: Afleiding) -> Html:
    if gekozen.aantal < 2:
        return LEEG
    if gekozen.samenhangend:
        return Html("Ja: de gemeenten vormen samen één aaneengesloten gebied.")
    groepen = "; ".join(_namen(g) for g in gekozen.groepen)
    return Html("Nee: {} losse delen ({}).").format(len(gekozen.groepen), groepen)


def _aangrenzend(gekozen: Afleiding, uitleg: str, minimum: int) -> Html:
    grootste = gekozen.groepen[0] if gekozen.groepen else ()
    if gekozen.aangrenzend:
        zin = Html("Ja: {} gemeenten grenzen aan elkaar ({}).").format(len(grootste), _namen(grootste))
    elif len(grootste) < 2:
        zin = Html("Nee: geen van de gekozen gemeenten grenst aan een andere gekozen gemeente.")
    else:
        zin = Html("Nee: hoogstens {} van de gekozen gemeenten grenzen aan elkaar ({}), minder dan {}.").format(
            len(grootste), _namen(grootste), minimum)
    return Html('{} <span class="kh-uitleg">{}</span>').format(zin, uitleg)


def _lid(lid: Lidmaatschap) -> Html:
    extra = [f"erkend {lid.periode}"] if lid.periode else []
    if lid.als:
        extra.append(f"als {lid.als}, vóór de fusie van 1 januari 2025")
    if lid.einde:
        extra.append(f"gestopt op {datum_nl(lid.einde)}")
    return escape(lid.igs) + (Html(" ({})").format("; ".join(extra)) if extra else LEEG)


def _igs(gekozen: Afleiding) -> Html:
    items = []
    for g in gekozen.gemeenten:
        leden = gekozen.igs(g.nis)
        inhoud = Html("; ").join(_lid(lid) for lid in leden) if leden else Html("geen")
        items.append(Html('<li data-nis="{}">{}: {}</li>').format(g.nis, g.naam, inhoud))
    return Html('<ul class="kh-igs-lidmaatschap">{}</ul>').format(LEEG.join(items))


def inwoners_vermelding() -> Html:
    """De bronvermelding van de inwoners als HTML: 'Inwoners: Statbel, bevolking op 1 januari 2026 (CC BY 4.0)',
    met links naar de bron en de licentie; datum, bron en licentie uit data/gemeenten.toml."""
    i = gem.meta()["inwoners"]
    return Html('Inwoners: <a href="{}">{}</a> (<a href="{}">{}</a>)').format(
        i["bron_url"], i["bron"], i["licentie_url"], i["licentie"])


def render_afleiding(gekozen: Afleiding | None) -> Html:
    """Het blok 'Afgeleid uit de gekozen gemeenten' (leeg als er geen gemeenten gekozen zijn)."""
    if gekozen is None or not gekozen.gemeenten:
        return LEEG
    d = gekozen.als_dict()
    meta = gem.meta()
    inwoners = meta["inwoners"]
    namen = [g.naam for g in gekozen.gemeenten]
    rijen = [
        ("Gemeenten", Html("{}: {}").format(gekozen.aantal, opsomming(namen))),
        ("Inwoners samen",
         Html('{} op {} <span class="kh-bronnen">(bron: <a class="kh-bron" href="{}">{}</a>). {}</span>').format(
             getal(gekozen.inwoners), datum_nl(inwoners["datum"]), inwoners["bron_url"], inwoners["uitgever"],
             inwoners["voorbehoud"])),
        ("Referentieregio", _regios(gekozen)),
    ]
    samenhang = _samenhang(gekozen)
    if samenhang:
        rijen.append(("Eén aaneengesloten gebied", samenhang))
    rijen.append((f"Minstens {d['minimum_aangrenzend']} aangrenzende gemeenten",
                  _aangrenzend(gekozen, d["uitleg_aangrenzend"], d["minimum_aangrenzend"])))
    rijen.append(("Al in een erkende IGS cultuur", _igs(gekozen)))
    dl = LEEG.join(Html('<div class="kh-feit"><dt>{}</dt><dd>{}</dd></div>').format(kop, inhoud)
                   for kop, inhoud in rijen)
    waarschuwing = gekozen.waarschuwing()
    afgeleid = LEEG
    if gekozen.afgeleid:
        wat = opsomming([_WAT.get(id, id) for id in gekozen.afgeleid])
        afgeleid = Html('<p class="kh-afgeleid-uitleg">Het advies gebruikt hiervan {} als antwoord. '
                        "Vul je zelf een antwoord in, dan gaat dat voor.</p>").format(wat)
    buren = meta["buren"]["bron"]
    return Html(
        '<section class="kh-afleiding" data-afleiding aria-labelledby="kh-afleiding-titel">'
        '<h3 id="kh-afleiding-titel">{kop}</h3>'
        "{waarschuwing}"
        '<dl class="kh-feiten">{dl}</dl>'
        "{afgeleid}"
        '<p class="kh-bronvermelding">{vermelding}. {inwoners}. '
        "Wie aan wie grenst: {buren}. Erkende IGS cultuur: het overzicht "
        "op de pagina over het landschap van de erkende IGS cultuur.</p>"
        "</section>"
    ).format(
        kop=tekst("weergave.afleiding"),
        waarschuwing=Html('<p class="kh-waarschuwing" role="note">{}</p>').format(waarschuwing) if waarschuwing else LEEG,
        dl=dl, afgeleid=afgeleid, vermelding=meta["gemeenten"]["vermelding"], inwoners=inwoners_vermelding(),
        buren=buren[:1].lower() + buren[1:],
    )


def render_kaart_container(basis: str = "/") -> Html:
    """De plek voor de kaart van de gemeenten (contract: ``data-kaart``; zie src/igs_site/kaart/kaart.py).

    Met JavaScript zet ``assets/js/kaart.js`` (``laadKaart``) de SVG inline in ``[data-kaart-vlak]``:
    elke gemeente is dan een ``[data-nis]``-element dat de widget ``data-gekozen`` kan geven en
    waarop je kunt klikken. Het vlak heeft vooraf al de verhouding van de kaart, zodat niets
    verspringt. Zonder JavaScript is de hele gemeentekiezer met de kaart verborgen (keuzehulp.css,
    ``scripting: none``): er staat dus geen afbeelding vooraf, die dubbel opgehaald en getekend zou worden.
    """
    pad = (basis if basis.endswith("/") else basis + "/") + KAART_PAD if basis else KAART_PAD
    return Html(
        '<figure class="kh-kaart" data-kaart data-kaart-src="{}">'
        '<div class="kh-kaart-vlak" data-kaart-vlak></div>'
        "<figcaption>De Vlaamse gemeenten; een dikke lijn is de grens van een referentieregio. "
        '<span class="kh-bronvermelding">{}. {}.</span></figcaption>'
        "</figure>"
    ).format(pad, gem.meta()["gemeenten"]["vermelding"], inwoners_vermelding())
