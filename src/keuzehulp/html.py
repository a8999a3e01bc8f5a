"""HTML-weergave van het advies en van de rechtsvormen, gedeeld door de widget en de statische pagina's.

Het statische pad staat in statisch.py, het beslisschema in stroomdiagram.py.

Alle functies geven een HTML-fragment terug: semantische HTML, koppen vanaf
h2, klassen met prefix ``kh-``, geen inline stijlen, geen scripts. Elke waarde
wordt ge-escaped. ``basis`` is het prefix voor links binnen de site.
"""

from __future__ import annotations

import datetime as _dt
from html import escape
from os import PathLike
from typing import Any, Iterable

from . import kennis
from .datum import datum_nl
from .geldigheid import render_geldig_tot
from .html_gemeenten import afgeleid_label, render_afleiding
from .advies import Advies, Beoordeling
from .kennis import Eigenschap, Rechtsvorm
from .landschap import voorbeelden
from .notatekst import FORMATEN, bestandsnaam, nota_tekst
from .teksten import tekst
from .vragen import bestaande_vereniging, vraag

__all__ = ["render_advies", "render_samenvatting", "render_vergelijking", "render_rechtsvorm", "link", "e"]



def e(waarde: Any) -> str:
    return escape("" if waarde is None else str(waarde), quote=True)


def link(basis: str, pad: str) -> str:
    """Sitepad met prefix: link('/', 'stappen/subsidie/') -> '/stappen/subsidie/'."""
    if not basis:
        return pad
    return (basis if basis.endswith("/") else basis + "/") + pad





def _niet_geverifieerd(opmerking: str | None = None) -> str:
    uitleg = f'<span class="kh-opmerking">{e(opmerking)}</span>' if opmerking else ""
    return f'<span class="kh-niet-geverifieerd">{e(tekst("weergave.niet_geverifieerd"))}</span>{uitleg}'


def _bronlinks(eigenschap: Eigenschap) -> str:
    links = ", ".join(
        f'<a class="kh-bron" href="{e(b.url)}">{e(b.uitgever)}<span class="igs-visueel-verborgen">: '
        f"{e(b.titel)}</span></a>"
        for b in eigenschap.bronnen
    )
    return f'<span class="kh-bronnen">Bron: {links}</span>'


def _eigenschap_inhoud(eigenschap: Eigenschap, met_opmerking: bool) -> str:
    delen = [f'<span class="kh-waarde">{e(eigenschap.tekst)}</span>']
    if eigenschap.artikel:
        delen.append(f'<span class="kh-artikel">{e(eigenschap.artikel)}</span>')
    if not eigenschap.geverifieerd:
        delen.append(_niet_geverifieerd(eigenschap.opmerking if met_opmerking else None))
    elif met_opmerking and eigenschap.opmerking:
        delen.append(f'<span class="kh-opmerking">{e(eigenschap.opmerking)}</span>')
    delen.append(_bronlinks(eigenschap))
    return " ".join(delen)


# --------------------------------------------------------------------------
# Vergelijking


def render_vergelijking(aanbevolen: str | None = None, basis: str = "/") -> str:
    """Toegankelijke tabel: de vormen als kolommen, de eigenschappen als rijen."""
    vormen = kennis.rechtsvormen()
    if aanbevolen is not None:
        kennis.rechtsvorm(aanbevolen)  # KeyError bij een onbekende vorm

    def kolomklasse(vorm: Rechtsvorm) -> str:
        return f"kh-vorm kh-vorm-{e(vorm.id)}" + (" kh-aanbevolen" if vorm.id == aanbevolen else "")

    kop = ['<th scope="col">Eigenschap</th>']
    for vorm in vormen:
        label = ' <span class="kh-label-aanbevolen">(aanbevolen)</span>' if vorm.id == aanbevolen else ""
        kop.append(
            f'<th scope="col" class="{kolomklasse(vorm)}" data-rechtsvorm="{e(vorm.id)}">'
            f'<a href="{e(link(basis, vorm.pad))}">{e(vorm.naam)}</a>{label}</th>'
        )
    rijen = []
    for sleutel, label in kennis.eigenschap_labels().items():
        cellen = [f'<th scope="row">{e(label)}</th>']
        for vorm in vormen:
            eigenschap = vorm.eigenschappen[sleutel]
            klasse = kolomklasse(vorm) + ("" if eigenschap.geverifieerd else " kh-onzeker")
            cellen.append(f'<td class="{klasse}">{_eigenschap_inhoud(eigenschap, met_opmerking=False)}</td>')
        rijen.append(f'<tr class="kh-eigenschap-{e(sleutel)}">' + "".join(cellen) + "</tr>")
    bijschrift = "De vormen van intergemeentelijke samenwerking naast elkaar"
    if aanbevolen:
        bijschrift += f"; aanbevolen: {kennis.rechtsvorm(aanbevolen).naam}"
    # On a phone the table scrolls sideways inside its own region (keyboard: focusable),
    # with the row headers kept in view and a visible cue.
    return (
        f'<p class="kh-tabel-uitleg">Kenmerken met de vermelding ‘niet geverifieerd’ moet je nog nakijken '
        f"(stand van {e(datum_nl(kennis.gecontroleerd()))}).</p>"
        '<p class="kh-tabel-hint" aria-hidden="true">Schuif de tabel opzij om alle vormen te zien →</p>'
        '<div class="kh-tabel-omhulsel" role="region" tabindex="0" '
        'aria-label="Vergelijking van de vormen, schuift opzij op een smal scherm">'
        f'<table class="kh-vergelijking"{f" data-aanbevolen={chr(34)}{e(aanbevolen)}{chr(34)}" if aanbevolen else ""}>'
        f"<caption>{e(bijschrift)}</caption>"
        "<thead><tr>" + "".join(kop) + "</tr></thead>"
        "<tbody>" + "".join(rijen) + "</tbody></table></div>"
    )


# --------------------------------------------------------------------------
# Eén rechtsvorm


def _voorbeeldenlijst(
    rechtsvorm_id: str, landschap: str | PathLike[str] | None, basis: str, op: _dt.date | None = None
) -> str:
    rijen = voorbeelden(rechtsvorm_id, landschap, op=op)
    if not rijen:
        return ""
    items = []
    for rij in rijen:
        naam = e(rij["naam"])
        if rij.get("bron"):
            naam = f'<a href="{e(rij["bron"])}">{naam}</a>'
        details = ", ".join(e(g) for g in rij["gemeenten"])
        extra = f' <span class="kh-regio">({e(rij["referentieregio"])})</span>' if rij.get("referentieregio") else ""
        items.append(f"<li>{naam}{extra}: {details}</li>")
    return (
        '<ul class="kh-voorbeelden">' + "".join(items) + "</ul>"
        f'<p><a href="{e(link(basis, "onderzoek/landschap/"))}">Alle erkende IGS cultuur</a></p>'
    )


def render_rechtsvorm(id: str, basis: str = "/", *, landschap: str | PathLike[str] | None = None) -> str:
    """Paginatekst voor één vorm: alle eigenschappen en een bronnenlijst."""
    vorm = kennis.rechtsvorm(id)
    items = []
    for sleutel, eigenschap in vorm.eigenschappen.items():
        items.append(
            f'<div class="kh-eigenschap kh-eigenschap-{e(sleutel)}"><dt>{e(eigenschap.label)}</dt>'
            f"<dd>{_eigenschap_inhoud(eigenschap, met_opmerking=True)}</dd></div>"
        )
    bronnen = "".join(
        f'<li><a href="{e(b.url)}">{e(b.titel)}</a>, {e(b.uitgever)}'
        + (f' (<time datetime="{e(b.datum.isoformat())}">{e(datum_nl(b.datum))}</time>)' if b.datum else "")
        + "</li>"
        for b in vorm.bronnenlijst()
    )
    voorbeeldblok = _voorbeeldenlijst(vorm.id, landschap, basis)
    return (
        f'<article class="kh-rechtsvorm kh-vorm-{e(vorm.id)}" data-rechtsvorm="{e(vorm.id)}">'
        f"<h2>{e(vorm.naam)}</h2>"
        f'<p class="kh-kort">{e(vorm.kort)}</p>'
        f'<dl class="kh-eigenschappen">{"".join(items)}</dl>'
        + (f"<h3>Voorbeelden uit het landschap</h3>{voorbeeldblok}" if voorbeeldblok else "")
        + f'<h3>Bronnen</h3><ol class="kh-bronnenlijst">{bronnen}</ol>'
        f'<p class="kh-stand">Kader: {e(kennis.rechtsvormen() and _kader())}. Stand van '
        f'<time datetime="{e(kennis.gecontroleerd().isoformat())}">{e(datum_nl(kennis.gecontroleerd()))}</time>.</p>'
        "</article>"
    )


def _kader() -> str:
    return kennis._data_bestand("rechtsvormen.toml")["meta"]["kader"]


# --------------------------------------------------------------------------
# Advies


def _antwoord_label(vraag_id: str, antwoord: Any, labels: dict[str, str] | None = None) -> str:
    if labels and vraag_id in labels:
        return labels[vraag_id]
    try:
        return vraag(vraag_id).label(antwoord)
    except (KeyError, ValueError):
        return str(antwoord)


def _reden_li(tekst_: str, vraag_id: str | None, antwoord: Any, extra: str = "",
              labels: dict[str, str] | None = None) -> str:
    bron = ""
    if vraag_id is not None and antwoord is not None:
        bron = (f' <span class="kh-oorzaak" data-vraag="{e(vraag_id)}">(jullie antwoord: '
                f"{e(_antwoord_label(vraag_id, antwoord, labels))})</span>")
    return f"<li>{e(tekst_)}{bron}{extra}</li>"


def _redenen(oordelen: Iterable[Any], klasse: str, labels: dict[str, str] | None = None) -> str:
    items = "".join(_reden_li(o.tekst, o.vraag, o.antwoord, labels=labels) for o in oordelen)
    return f'<ul class="kh-redenen {klasse}">{items}</ul>' if items else ""


def _bron_link(url: str | None) -> str:
    """'Bron' with the publisher, so two sources side by side stay apart."""
    if not url:
        return ""
    uitgever = next((b.uitgever for b in kennis.bronnen().values() if b.url == url), None)
    label = f"Bron: {uitgever}" if uitgever else "Bron"
    return f' <a class="kh-bron" href="{e(url)}">{e(label)}</a>'



def _subsidie_oordeel(advies: Advies) -> tuple[str, str]:
    """(klasse, zin): het oordeel over de werkingssubsidie in één zin."""
    klasse, sleutel = {True: ("ja", "ja"), False: ("nee", "nee"), None: ("onbeslist", "onbeslist")}[advies.subsidie.in_aanmerking]
    if advies.antwoorden.get("subsidie") == "nee":
        sleutel = "niet_gevraagd"
    return klasse, tekst("oordeel.kop_" + sleutel)


def _subsidieblok(advies: Advies) -> str:
    toets = advies.subsidie
    klasse, zin = _subsidie_oordeel(advies)
    items = []
    for r in toets.redenen:
        merk_sleutel = {True: "voldaan", False: "niet_voldaan", None: "open"}[r.voldaan]
        merk = tekst("oordeel." + merk_sleutel) if r.toets else "info"
        extra = ("" if r.geverifieerd else " " + _niet_geverifieerd()) + _bron_link(r.bron)
        items.append(
            f'<li class="kh-voorwaarde kh-voorwaarde-{e(merk_sleutel.replace("_", "-") if r.toets else "info")}">'
            + (f'<span class="kh-voorwaarde-oordeel">{e(merk)}:</span> ' if r.toets else "")
            + _reden_li(r.tekst, r.vraag, r.antwoord, extra, advies.labels)[4:]  # zonder de openingstag <li>
        )
    blok = (
        f'<p class="kh-subsidie kh-subsidie-{klasse}" data-in-aanmerking="{e(klasse)}">{e(zin)}</p>'
        f'<ul class="kh-voorwaarden">{"".join(items)}</ul>'
    )
    if toets.alternatieven:
        alternatieven = "".join(
            f"<li>{e(x.tekst)}{'' if x.geverifieerd else ' ' + _niet_geverifieerd()}{_bron_link(x.bron)}</li>"
            for x in toets.alternatieven
        )
        blok += f'<h4>{e(tekst("alternatief.kop"))}</h4><ul class="kh-alternatieven">{alternatieven}</ul>'
    return blok


def _lijst(items: Iterable[dict[str, Any]], klasse: str) -> str:
    inhoud = "".join(
        f"<li>{e(x['tekst'])}" + "".join(_bron_link(url) for url in x.get("bronnen", ())) + "</li>" for x in items
    )
    return f'<ul class="{klasse}">{inhoud}</ul>' if inhoud else ""


def _andere_vorm(b: Beoordeling, basis: str, labels: dict[str, str] | None = None) -> str:
    return (
        f'<li class="kh-andere-vorm" data-rechtsvorm="{e(b.rechtsvorm.id)}" data-geschikt="{str(b.geschikt).lower()}"'
        f' data-oordeel="{e(b.oordeel)}">'
        f'<a href="{e(link(basis, b.rechtsvorm.pad))}">{e(b.rechtsvorm.naam)}</a> '
        f'<span class="kh-geschiktheid">({e(b.oordeel_label)})</span>'
        + (f'<p class="kh-subkop">Tegen:</p>{_redenen(b.tegen, "kh-tegen", labels)}' if b.tegen else "")
        + (f'<p class="kh-subkop">Voor:</p>{_redenen(b.voor, "kh-voor", labels)}' if b.voor else "")
        + "</li>"
    )


def _sterkste_redenen(advies: Advies, aantal: int = 3) -> tuple[Any, ...]:
    """De zwaarst wegende redenen voor de aanbevolen vorm (bij gelijk gewicht: hun volgorde)."""
    return tuple(sorted(advies.rangschikking[0].voor, key=lambda o: -o.gewicht)[:aantal])


def _ronde(advies: Advies) -> str | None:
    """Waar jullie staan in de aanvraagronde (de reden van de subsidietoets over de ronde)."""
    return next((r.tekst for r in advies.subsidie.redenen if r.vraag == "ronde_2027"), None)


def _beslissend(advies: Advies, klasse: str) -> list[str]:
    """Wat een 'nee' of 'nog niet te zeggen' beslist (naast de ronde), en een niet-aaneengesloten groep."""
    if advies.antwoorden.get("subsidie") == "nee":
        return []
    uit = []
    gezocht = {"nee": False, "onbeslist": None}.get(klasse, "geen")
    eerste = next((r for r in advies.subsidie.redenen
                   if r.toets and r.voldaan is gezocht and r.vraag != "ronde_2027"), None)
    if eerste:
        uit.append(eerste.tekst)
    uit += [r.tekst for r in advies.subsidie.redenen if r.sleutel == "subsidie.niet_aaneengesloten"]
    return uit


def _punten(teksten: list[str]) -> str:
    if not teksten:
        return ""
    return '<ul class="kh-samenvatting-punten">' + "".join(f'<li class="kh-beslissend">{e(t)}</li>' for t in teksten) + "</ul>"


def _pv_einde(advies: Advies) -> str:
    """De projectvereniging die afloopt (waarschuwing projectvereniging_einde) ook in de samenvatting."""
    if not any("projectvereniging_einde" in w.sleutels for w in advies.waarschuwingen):
        return ""
    if not bestaande_vereniging(advies.antwoorden):  # alleen bovenaan als de vereniging er al is
        return ""
    einde = kennis.subsidieregel("projectvereniging_einde", advies.datum).parameters["einde"]
    zin = tekst("samenvatting.pv_einde", dagen=str((einde - advies.datum).days))
    return f'<p class="kh-samenvatting-dringend">{e(zin)}</p>'


def _bestaande_igs(advies: Advies) -> str:
    igs = advies.situatie.bestaande_igs
    if not igs:
        return ""
    totaal = advies.situatie.aantal_gekozen
    lijst = "; ".join(tekst("samenvatting.igs", igs=b.naam, aantal=str(len(b.leden)), totaal=str(totaal)) for b in igs)
    zin = tekst("samenvatting.bestaande_igs_" + ("een" if len(igs) == 1 else "meer"), igs=lijst)
    return f'<p class="kh-samenvatting-igs" data-bestaande-igs="{len(igs)}">{e(zin)}</p>'


def render_samenvatting(advies: Advies, basis: str = "/", *, volledig_href: str | None = None) -> str:
    """Het advies in het kort: de vorm, de sterkste redenen, de subsidie in één zin met de stand
    van de ronde, en de eerste stap. Draagt ``data-advies-samenvatting`` (de aanbevolen vorm).

    ``volledig_href`` voegt een link naar het volledige advies toe (de widget, waar de
    samenvatting naast de vragen blijft staan).
    """
    vorm = advies.aanbevolen_vorm
    redenen = "".join(f"<li>{e(o.tekst)}</li>" for o in _sterkste_redenen(advies))
    klasse, zin = _subsidie_oordeel(advies)
    ronde = _ronde(advies)
    stap = advies.volgende_stappen[0] if advies.volgende_stappen else None
    delen = [
        f'<div class="kh-samenvatting" data-advies-samenvatting="{e(vorm.id)}">',
        f'<p class="kh-aanbeveling" data-aanbevolen="{e(vorm.id)}"><span class="kh-aanbeveling-label">'
        f'Aanbevolen vorm:</span> <strong><a href="{e(link(basis, vorm.pad))}">{e(vorm.naam)}</a></strong></p>',
        f'<ul class="kh-samenvatting-redenen">{redenen}</ul>' if redenen
        else f'<p class="kh-samenvatting-redenen">{e(vorm.kort)}</p>',
        f'<p class="kh-samenvatting-subsidie kh-subsidie-{klasse}" data-in-aanmerking="{e(klasse)}">'
        f'<span class="kh-oordeel">{e(zin)}</span>'
        + (f' <span class="kh-ronde">{e(ronde)}</span>' if ronde else "") + "</p>",
        _punten(_beslissend(advies, klasse)),
        _pv_einde(advies),
        _bestaande_igs(advies),
    ]
    if stap:
        delen.append(
            f'<p class="kh-samenvatting-stap"><strong>Eerste stap:</strong> '
            f'<a href="{e(link(basis, stap.url))}">{e(stap.tekst)}</a></p>'
        )
    if volledig_href:
        delen.append(f'<p class="kh-naar-advies"><a href="{e(volledig_href)}">Bekijk het volledige advies</a></p>')
    delen.append("</div>")
    return "".join(delen)


def render_nota_knoppen(advies: Advies) -> str:
    """De knoppen die de nota voor het college downloaden (contract met de widget: ``data-nota`` is het
    formaat, ``data-bestandsnaam`` de naam van het bestand; het script roept keuzehulp.browser.nota)."""
    knoppen = " ".join(
        f'<button type="button" class="md-button" data-nota="{formaat}" '
        f'data-bestandsnaam="{e(bestandsnaam(advies.aanbevolen, advies.datum, formaat))}">'
        f"{e(nota_tekst('knop.' + formaat))}</button>"
        for formaat in FORMATEN
    )
    return (f'<h3 id="kh-advies-nota">{e(nota_tekst("knop.kop"))}</h3>'
            f'<div class="kh-nota"><p>{e(nota_tekst("knop.uitleg"))}</p>'
            f'<p class="kh-nota-knoppen">{knoppen}</p></div>')


def _uitklap(titel: str, inhoud: str, klasse: str) -> str:
    return f'<details class="kh-uitklap {klasse}"><summary>{e(titel)}</summary>{inhoud}</details>'


def render_advies(
    advies: Advies,
    basis: str = "/",
    *,
    landschap: str | PathLike[str] | None = None,
    met_vergelijking: bool = True,
    met_antwoorden: bool = True,
    wijzig_links: bool = False,
) -> str:
    """Het volledige advies als HTML-fragment: eerst de samenvatting, de rest uitgeklapt op vraag.

    met_vergelijking=False laat de volledige vergelijkingstabel weg en linkt ernaar
    (voor de honderden statische uitkomstpagina's, die zo klein blijven).
    met_antwoorden=False laat de antwoorden weg (de statische pagina toont ze al, met Wijzig-links).
    wijzig_links=True zet bij elk antwoord een Wijzig-link naar de vraag (#kh-vraag-<id>, de widget).
    """
    vorm = advies.aanbevolen_vorm
    eerste = advies.rangschikking[0]
    labels = advies.labels

    def wijzig(id: str) -> str:
        if not wijzig_links:
            return ""
        return (f' <a class="kh-wijzig" href="#kh-vraag-{e(id)}" data-wijzig="{e(id)}">Wijzig'
                f'<span class="igs-visueel-verborgen"> je antwoord op: {e(vraag(id).tekst)}</span></a>')

    antwoorden = "".join(
        f'<div class="kh-antwoord" data-vraag="{e(id)}"><dt>{e(vraag(id).tekst)}</dt>'
        f"<dd>{e(_antwoord_label(id, waarde, labels))}{afgeleid_label(advies.gekozen, id)}{wijzig(id)}</dd></div>"
        for id, waarde in advies.antwoorden.items()
    )
    delen = [
        f'<section class="kh-advies" data-aanbevolen="{e(vorm.id)}" aria-labelledby="kh-advies-titel">',
        f'<h2 id="kh-advies-titel">{e(tekst("weergave.titel"))}</h2>',
        render_samenvatting(advies, basis),
        '<p class="kh-datum">' + e(tekst("weergave.situatie", datum="\0")).replace(
            "\0", f'<time datetime="{e(advies.datum.isoformat())}">{e(datum_nl(advies.datum))}</time>') + "</p>",
    ]
    if advies.waarschuwingen:
        delen += [f"<h3>{e(tekst('weergave.waarschuwingen'))}</h3>", _lijst((w.als_dict() for w in advies.waarschuwingen), "kh-waarschuwingen")]
    delen.append(render_afleiding(advies.gekozen))  # de gekozen gemeenten (html_gemeenten.py)
    if antwoorden and met_antwoorden:
        delen += [f"<h3>{e(tekst('weergave.antwoorden'))}</h3>", f'<dl class="kh-antwoorden">{antwoorden}</dl>']
    delen += [
        f"<h3>{e(tekst('weergave.volgende_stappen'))}</h3>",
        '<ul class="kh-volgende-stappen">'
        + "".join(f'<li><a href="{e(link(basis, s.url))}">{e(s.tekst)}</a></li>' for s in advies.volgende_stappen)
        + "</ul>",
    ]
    if wijzig_links:  # de widget: de nota voor het college, gemaakt door Python in de browser
        delen.append(render_nota_knoppen(advies))
    delen.append('<h3 id="kh-advies-meer">Meer over dit advies</h3>')
    redenen = f'<p class="kh-kort">{e(vorm.kort)}</p>' + (
        _redenen(eerste.voor, "kh-voor", labels) or f'<p class="kh-geen">{e(tekst("weergave.geen_reden"))}</p>'
    )
    if eerste.tegen:
        redenen += (f'<p class="kh-subkop">{e(tekst("weergave.let_op"))}:</p>'
                    + _redenen(eerste.tegen, "kh-tegen", labels))
    delen.append(_uitklap(tekst("weergave.waarom_uitklap", vorm=vorm.naam.lower()), redenen, "kh-uitklap-redenen"))
    delen.append(_uitklap(tekst("weergave.subsidie_uitklap"), _subsidieblok(advies), "kh-uitklap-subsidie"))
    onzeker = ""
    if advies.aannames:
        onzeker += f'<p class="kh-subkop">{e(tekst("weergave.aannames"))}:</p>' + _lijst(advies.aannames, "kh-aannames")
    if advies.open_vragen:
        onzeker += (f'<p class="kh-subkop">{e(tekst("weergave.open_vragen"))}:</p>'
                    + _lijst(advies.open_vragen, "kh-open-vragen"))
    if onzeker:
        delen.append(_uitklap("Aannames en open vragen", onzeker, "kh-uitklap-aannames"))
    andere = ('<ol class="kh-rangschikking">'
              + "".join(_andere_vorm(b, basis, labels) for b in advies.rangschikking[1:]) + "</ol>")
    delen.append(_uitklap("Andere vormen", andere, "kh-uitklap-andere"))
    if met_vergelijking:
        delen.append(_uitklap("Vergelijking van alle vormen", render_vergelijking(vorm.id, basis),
                              "kh-uitklap-vergelijking"))
    else:
        delen.append(f'<p><a href="{e(link(basis, "juridische-vormen/"))}#vergelijking">Bekijk alle vormen naast '
                     "elkaar in de vergelijkingstabel</a>.</p>")
    voorbeeldblok = _voorbeeldenlijst(vorm.id, landschap, basis, op=advies.datum)
    if voorbeeldblok:
        delen.append(_uitklap(f"Voorbeelden: erkende IGS cultuur als {vorm.naam.lower()}", voorbeeldblok,
                              "kh-uitklap-voorbeelden"))
    datum = _dt.date.fromisoformat(advies.disclaimer["datum"])
    delen += [
        render_geldig_tot(advies.datum),
        f'<p class="kh-disclaimer">{e(advies.disclaimer["tekst"])} Stand van '
        f'<time datetime="{e(datum.isoformat())}">{e(datum_nl(datum))}</time>. '
        f'<span class="kh-versie">Versie {e(advies.versie)} (<a href="{e(link(basis, "over/wijzigingen/"))}">'
        "wat er per versie veranderde</a>).</span></p>",
        "</section>",
    ]
    return "".join(delen)
