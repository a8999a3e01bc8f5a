"""HTML-weergave van het advies en van de rechtsvormen, gedeeld door de widget en de statische pagina's.

Het advies komt uit het adviesdocument (document.py): deze module legt het alleen uit in HTML.
Het statische pad staat in statisch.py, het beslisschema in stroomdiagram.py.

Alle functies geven een HTML-fragment terug als ``Html`` (veilig.py): semantische HTML, koppen
vanaf h2, klassen met prefix ``kh-``, geen inline stijlen, geen scripts. Opmaak staat als
letterlijke tekst in ``Html(...)``; elke waarde komt erin via ``format`` of ``join`` en wordt dus
ge-escaped. ``basis`` is het prefix voor links binnen de site.
"""

from __future__ import annotations

import datetime as _dt
from os import PathLike
from typing import Iterable

from . import kennis
from .advies import Advies
from .datum import datum_nl
from .document import Adviesdocument, Bronlink, Punt, Vormoordeel, adviesdocument
from .geldigheid import render_geldig_tot
from .html_gemeenten import afgeleid_label, render_afleiding
from .kennis import Eigenschap, Rechtsvorm
from .landschap import voorbeelden
from .notatekst import FORMATEN, bestandsnaam, nota_tekst
from .teksten import tekst
from .veilig import Html, escape

__all__ = ["render_advies", "render_samenvatting", "render_vergelijking", "render_rechtsvorm",
           "render_nota_knoppen", "link", "e"]

LEEG = Html("")
# Het oude hulpje om te escapen: nu de constructor van veilige HTML uit gewone tekst.
e = escape


def link(basis: str, pad: str) -> str:
    """Sitepad met prefix: link('/', 'stappen/subsidie/') -> '/stappen/subsidie/'."""
    if not basis:
        return pad
    return (basis if basis.endswith("/") else basis + "/") + pad


def _tijd(datum: _dt.date) -> Html:
    return Html('<time datetime="{}">{}</time>').format(datum.isoformat(), datum_nl(datum))


def _niet_geverifieerd(opmerking: str | None = None) -> Html:
    uitleg = Html('<span class="kh-opmerking">{}</span>').format(opmerking) if opmerking else LEEG
    return Html('<span class="kh-niet-geverifieerd">{}</span>{}').format(tekst("weergave.niet_geverifieerd"), uitleg)


def _bronlinks(eigenschap: Eigenschap) -> Html:
    links = Html(", ").join(
        Html('<a class="kh-bron" href="{}">{}<span class="igs-visueel-verborgen">: {}</span></a>').format(
            b.url, b.uitgever, b.titel)
        for b in eigenschap.bronnen
    )
    return Html('<span class="kh-bronnen">Bron: {}</span>').format(links)


def _eigenschap_inhoud(eigenschap: Eigenschap, met_opmerking: bool) -> Html:
    delen = [Html('<span class="kh-waarde">{}</span>').format(eigenschap.tekst)]
    if eigenschap.artikel:
        delen.append(Html('<span class="kh-artikel">{}</span>').format(eigenschap.artikel))
    if not eigenschap.geverifieerd:
        delen.append(_niet_geverifieerd(eigenschap.opmerking if met_opmerking else None))
    elif met_opmerking and eigenschap.opmerking:
        delen.append(Html('<span class="kh-opmerking">{}</span>').format(eigenschap.opmerking))
    delen.append(_bronlinks(eigenschap))
    return Html(" ").join(delen)


# --------------------------------------------------------------------------
# Vergelijking


def render_vergelijking(aanbevolen: str | None = None, basis: str = "/") -> Html:
    """Toegankelijke tabel: de vormen als kolommen, de eigenschappen als rijen."""
    vormen = kennis.rechtsvormen()
    if aanbevolen is not None:
        kennis.rechtsvorm(aanbevolen)  # KeyError bij een onbekende vorm

    def kolomklasse(vorm: Rechtsvorm) -> Html:
        return Html("kh-vorm kh-vorm-{}{}").format(vorm.id, " kh-aanbevolen" if vorm.id == aanbevolen else "")

    kop = [Html('<th scope="col">Eigenschap</th>')]
    for vorm in vormen:
        label = Html(' <span class="kh-label-aanbevolen">(aanbevolen)</span>') if vorm.id == aanbevolen else LEEG
        kop.append(Html('<th scope="col" class="{}" data-rechtsvorm="{}"><a href="{}">{}</a>{}</th>').format(
            kolomklasse(vorm), vorm.id, link(basis, vorm.pad), vorm.naam, label))
    rijen = []
    for sleutel, label in kennis.eigenschap_labels().items():
        cellen = [Html('<th scope="row">{}</th>').format(label)]
        for vorm in vormen:
            eigenschap = vorm.eigenschappen[sleutel]
            klasse = kolomklasse(vorm) + ("" if eigenschap.geverifieerd else " kh-onzeker")
            cellen.append(Html('<td class="{}">{}</td>').format(
                klasse, _eigenschap_inhoud(eigenschap, met_opmerking=False)))
        rijen.append(Html('<tr class="kh-eigenschap-{}">{}</tr>').format(sleutel, LEEG.join(cellen)))
    bijschrift = "De vormen van intergemeentelijke samenwerking naast elkaar"
    if aanbevolen:
        bijschrift += f"; aanbevolen: {kennis.rechtsvorm(aanbevolen).naam}"
    # On a phone the table scrolls sideways inside its own region (keyboard: focusable),
    # with the row headers kept in view and a visible cue.
    return Html(
        '<p class="kh-tabel-uitleg">Kenmerken met de vermelding ‘niet geverifieerd’ moet je nog nakijken '
        "(stand van {stand}).</p>"
        '<p class="kh-tabel-hint" aria-hidden="true">Schuif de tabel opzij om alle vormen te zien →</p>'
        '<div class="kh-tabel-omhulsel" role="region" tabindex="0" '
        'aria-label="Vergelijking van de vormen, schuift opzij op een smal scherm">'
        '<table class="kh-vergelijking"{aanbevolen}>'
        "<caption>{bijschrift}</caption>"
        "<thead><tr>{kop}</tr></thead>"
        "<tbody>{rijen}</tbody></table></div>"
    ).format(
        stand=datum_nl(kennis.gecontroleerd()),
        aanbevolen=Html(' data-aanbevolen="{}"').format(aanbevolen) if aanbevolen else LEEG,
        bijschrift=bijschrift, kop=LEEG.join(kop), rijen=LEEG.join(rijen),
    )


# --------------------------------------------------------------------------
# Eén rechtsvorm


def _voorbeeldenlijst(
    rechtsvorm_id: str, landschap: str | PathLike[str] | None, basis: str, op: _dt.date | None = None
) -> Html:
    rijen = voorbeelden(rechtsvorm_id, landschap, op=op)
    if not rijen:
        return LEEG
    items = []
    for rij in rijen:
        naam = escape(rij["naam"])
        if rij.get("bron"):
            naam = Html('<a href="{}">{}</a>').format(rij["bron"], naam)
        extra = (Html(' <span class="kh-regio">({})</span>').format(rij["referentieregio"])
                 if rij.get("referentieregio") else LEEG)
        items.append(Html("<li>{}{}: {}</li>").format(naam, extra, Html(", ").join(rij["gemeenten"])))
    return Html('<ul class="kh-voorbeelden">{}</ul><p><a href="{}">Alle erkende IGS cultuur</a></p>').format(
        LEEG.join(items), link(basis, "onderzoek/landschap/"))


def render_rechtsvorm(id: str, basis: str = "/", *, landschap: str | PathLike[str] | None = None) -> Html:
    """Paginatekst voor één vorm: alle eigenschappen en een bronnenlijst."""
    vorm = kennis.rechtsvorm(id)
    items = LEEG.join(
        Html('<div class="kh-eigenschap kh-eigenschap-{}"><dt>{}</dt><dd>{}</dd></div>').format(
            sleutel, eigenschap.label, _eigenschap_inhoud(eigenschap, met_opmerking=True))
        for sleutel, eigenschap in vorm.eigenschappen.items()
    )
    bronnen = LEEG.join(
        Html("<li><a href=\"{}\">{}</a>, {}{}</li>").format(
            b.url, b.titel, b.uitgever, Html(" ({})").format(_tijd(b.datum)) if b.datum else LEEG)
        for b in vorm.bronnenlijst()
    )
    voorbeeldblok = _voorbeeldenlijst(vorm.id, landschap, basis)
    return Html(
        '<article class="kh-rechtsvorm kh-vorm-{id}" data-rechtsvorm="{id}">'
        "<h2>{naam}</h2>"
        '<p class="kh-kort">{kort}</p>'
        '<dl class="kh-eigenschappen">{items}</dl>'
        "{voorbeelden}"
        '<h3>Bronnen</h3><ol class="kh-bronnenlijst">{bronnen}</ol>'
        '<p class="kh-stand">Kader: {kader}. Stand van {stand}.</p>'
        "</article>"
    ).format(
        id=vorm.id, naam=vorm.naam, kort=vorm.kort, items=items, bronnen=bronnen, kader=_kader(),
        voorbeelden=Html("<h3>Voorbeelden uit het landschap</h3>{}").format(voorbeeldblok) if voorbeeldblok else LEEG,
        stand=_tijd(kennis.gecontroleerd()),
    )


def _kader() -> str:
    return kennis._data_bestand("rechtsvormen.toml")["meta"]["kader"]


# --------------------------------------------------------------------------
# Advies: de blokken van het adviesdocument in HTML


def _oorzaak(p: Punt) -> Html:
    """'(jullie antwoord: …)' achter een punt dat uit een antwoord volgt."""
    if p.vraag is None:
        return LEEG
    return Html(' <span class="kh-oorzaak" data-vraag="{}">(jullie antwoord: {})</span>').format(p.vraag, p.antwoord)


def _bron_link(b: Bronlink) -> Html:
    """'Bron' with the publisher, so two sources side by side stay apart."""
    return Html(' <a class="kh-bron" href="{}">{}</a>').format(b.url, f"Bron: {b.uitgever}" if b.uitgever else "Bron")


def _bronnen(p: Punt) -> Html:
    return LEEG.join(_bron_link(b) for b in p.bronnen)


def _onzeker(p: Punt) -> Html:
    return LEEG if p.geverifieerd else Html(" {}").format(_niet_geverifieerd())


def _redenen(punten: Iterable[Punt], klasse: str) -> Html:
    items = LEEG.join(Html("<li>{}{}</li>").format(p.tekst, _oorzaak(p)) for p in punten)
    return Html('<ul class="kh-redenen {}">{}</ul>').format(klasse, items) if items else LEEG


def _lijst(punten: Iterable[Punt], klasse: str) -> Html:
    items = LEEG.join(Html("<li>{}{}</li>").format(p.tekst, _bronnen(p)) for p in punten)
    return Html('<ul class="{}">{}</ul>').format(klasse, items) if items else LEEG


def _subsidieblok(doc: Adviesdocument) -> Html:
    items = []
    for p in doc.voorwaarden.punten:
        merk = Html('<span class="kh-voorwaarde-oordeel">{}:</span> ').format(p.merk_tekst) if p.merk else LEEG
        items.append(Html('<li class="kh-voorwaarde kh-voorwaarde-{}">{}{}{}{}{}</li>').format(
            p.merk.replace("_", "-") if p.merk else "info", merk, p.tekst, _oorzaak(p), _onzeker(p), _bronnen(p)))
    blok = Html('<p class="kh-subsidie kh-subsidie-{klasse}" data-in-aanmerking="{klasse}">{zin}</p>'
                '<ul class="kh-voorwaarden">{items}</ul>').format(
        klasse=doc.subsidie_klasse, zin=doc.subsidie_zin, items=LEEG.join(items))
    if doc.alternatieven:
        alternatieven = LEEG.join(Html("<li>{}{}{}</li>").format(x.tekst, _onzeker(x), _bronnen(x))
                                  for x in doc.alternatieven.punten)
        blok += Html('<h4>{}</h4><ul class="kh-alternatieven">{}</ul>').format(doc.alternatieven.kop, alternatieven)
    return blok


def _andere_vorm(v: Vormoordeel, basis: str) -> Html:
    tegen = Html('<p class="kh-subkop">Tegen:</p>{}').format(_redenen(v.tegen, "kh-tegen")) if v.tegen else LEEG
    voor = Html('<p class="kh-subkop">Voor:</p>{}').format(_redenen(v.voor, "kh-voor")) if v.voor else LEEG
    return Html(
        '<li class="kh-andere-vorm" data-rechtsvorm="{id}" data-geschikt="{geschikt}" data-oordeel="{oordeel}">'
        '<a href="{href}">{naam}</a> <span class="kh-geschiktheid">({label})</span>{tegen}{voor}</li>'
    ).format(id=v.id, geschikt=str(v.geschikt).lower(), oordeel=v.oordeel, href=link(basis, v.pad), naam=v.naam,
             label=v.oordeel_label, tegen=tegen, voor=voor)


def _samenvatting(doc: Adviesdocument, basis: str, volledig_href: str | None) -> Html:
    vorm = doc.vorm
    redenen = LEEG.join(Html("<li>{}</li>").format(t) for t in doc.sterkste)
    stappen = doc.volgende_stappen.punten
    delen = [
        Html('<div class="kh-samenvatting" data-advies-samenvatting="{}">').format(vorm.id),
        Html('<p class="kh-aanbeveling" data-aanbevolen="{id}"><span class="kh-aanbeveling-label">{label}:</span> '
             '<strong><a href="{href}">{naam}</a></strong></p>').format(
            id=vorm.id, label=tekst("weergave.aanbevolen"), href=link(basis, vorm.pad), naam=vorm.naam),
        Html('<ul class="kh-samenvatting-redenen">{}</ul>').format(redenen) if redenen
        else Html('<p class="kh-samenvatting-redenen">{}</p>').format(vorm.kort),
        Html('<p class="kh-samenvatting-subsidie kh-subsidie-{klasse}" data-in-aanmerking="{klasse}">'
             '<span class="kh-oordeel">{zin}</span>{ronde}</p>').format(
            klasse=doc.subsidie_klasse, zin=doc.subsidie_zin,
            ronde=Html(' <span class="kh-ronde">{}</span>').format(doc.ronde) if doc.ronde else LEEG),
    ]
    if doc.beslissend:
        delen.append(Html('<ul class="kh-samenvatting-punten">{}</ul>').format(
            LEEG.join(Html('<li class="kh-beslissend">{}</li>').format(t) for t in doc.beslissend)))
    if doc.dringend:
        delen.append(Html('<p class="kh-samenvatting-dringend">{}</p>').format(doc.dringend))
    if doc.bestaande_igs:
        delen.append(Html('<p class="kh-samenvatting-igs" data-bestaande-igs="{}">{}</p>').format(
            doc.aantal_bestaande_igs, doc.bestaande_igs))
    if stappen:
        delen.append(Html('<p class="kh-samenvatting-stap"><strong>{}:</strong> <a href="{}">{}</a></p>').format(
            tekst("weergave.eerste_stap"), link(basis, stappen[0].url), stappen[0].tekst))
    if volledig_href:
        delen.append(Html('<p class="kh-naar-advies"><a href="{}">Bekijk het volledige advies</a></p>').format(
            volledig_href))
    delen.append(Html("</div>"))
    return LEEG.join(delen)


def render_samenvatting(advies: Advies, basis: str = "/", *, volledig_href: str | None = None) -> Html:
    """Het advies in het kort: de vorm, de sterkste redenen, de subsidie in één zin met de stand
    van de ronde, en de eerste stap. Draagt ``data-advies-samenvatting`` (de aanbevolen vorm).

    ``volledig_href`` voegt een link naar het volledige advies toe (de widget, waar de
    samenvatting naast de vragen blijft staan).
    """
    return _samenvatting(adviesdocument(advies), basis, volledig_href)


def _nota_link(href: str, met_banden: bool) -> Html:
    """Zonder Python (het statische pad): een link naar de interactieve keuzehulp, die de nota maakt.
    Kort: het statische pad telt ruim 1.400 pagina's met een budget per pagina."""
    uitleg = nota_tekst("knop.pad_uitleg") + (" " + nota_tekst("knop.pad_banden") if met_banden else "")
    return Html('<p class="kh-nota kh-nota-pad"><a href="{}">{}</a> {}</p>').format(
        href, nota_tekst("knop.pad_link"), uitleg)


def render_nota_knoppen(advies: Advies) -> Html:
    """De knoppen die de nota voor het college downloaden (contract met de widget: ``data-nota`` is het
    formaat, ``data-bestandsnaam`` de naam van het bestand; het script roept keuzehulp.browser.nota)."""
    knoppen = Html(" ").join(
        Html('<button type="button" class="md-button" data-nota="{}" data-bestandsnaam="{}">{}</button>').format(
            formaat, bestandsnaam(advies.aanbevolen, advies.datum, formaat), nota_tekst("knop." + formaat))
        for formaat in FORMATEN
    )
    return Html('<h3 id="kh-advies-nota">{}</h3><div class="kh-nota"><p>{}</p>'
                '<p class="kh-nota-knoppen">{}</p></div>').format(
        nota_tekst("knop.kop"), nota_tekst("knop.uitleg"), knoppen)


_RUN = {"label": Html("<strong>{}</strong>"), "invulveld": Html('<span class="kh-invulveld">{}</span>')}
_KOP = {1: Html("<h3>{}</h3>"), 2: Html("<h3>{}</h3>"), 3: Html("<h4>{}</h4>")}


def _element(el) -> Html:
    """Eén element van de nota (sjablonen.document.Element) als HTML, binnen het advies (koppen vanaf h3)."""
    def runs(r) -> Html:
        return LEEG.join(_RUN.get(soort, Html("{}")).format(t) for t, soort in r)

    if el.soort in ("titel", "kop"):
        return _KOP[el.niveau].format(runs(el.runs))
    if el.soort == "lijst":
        lijst = Html("<ol>{}</ol>") if el.lijstsoort == "nummering" else Html("<ul>{}</ul>")
        return lijst.format(LEEG.join(Html("<li>{}</li>").format(runs(item)) for item in el.items))
    return Html("<p>{}</p>").format(runs(el.runs))


def render_afdruk(advies: Advies) -> Html:
    """Alleen op papier (verborgen op het scherm; keuzehulp.css, 'Afdruk = nota'): wat de nota voor het
    college toevoegt aan het advies, uit dezelfde bouwstenen als de nota (nota.afdruk_elementen)."""
    from .nota import afdruk_elementen  # de schrijvers van de sjablonen pas laden als het nodig is

    return Html('<section class="kh-afdruk" hidden><h3>{}</h3><p>{}</p>{}</section>').format(
        nota_tekst("knop.kop"), nota_tekst("knop.afdruk"), LEEG.join(_element(el) for el in afdruk_elementen(advies)))


def _uitklap(titel: str, inhoud: Html, klasse: str) -> Html:
    return Html('<details class="kh-uitklap {}"><summary>{}</summary>{}</details>').format(klasse, titel, inhoud)


def _antwoorden(doc: Adviesdocument, wijzig_links: bool) -> Html:
    def wijzig(p: Punt) -> Html:
        if not wijzig_links:
            return LEEG
        return Html(' <a class="kh-wijzig" href="#kh-vraag-{id}" data-wijzig="{id}">Wijzig'
                    '<span class="igs-visueel-verborgen"> je antwoord op: {vraag}</span></a>').format(
            id=p.vraag, vraag=p.tekst)

    return LEEG.join(
        Html('<div class="kh-antwoord" data-vraag="{}"><dt>{}</dt><dd>{}{}{}</dd></div>').format(
            p.vraag, p.tekst, p.antwoord, afgeleid_label(doc.advies.gekozen, p.vraag), wijzig(p))
        for p in doc.antwoorden.punten
    )


def _situatie(doc: Adviesdocument) -> Html:
    return Html('<p class="kh-datum">{}</p>').format(_met_datum("weergave.situatie", doc.advies.datum))


def _bovenaan(doc: Adviesdocument, basis: str, met_antwoorden: bool, wijzig_links: bool,
              nota_href: str | None, nota_banden: bool) -> list[Html]:
    """De samenvatting, de datum, de waarschuwingen, de gemeenten, de antwoorden en de volgende stappen."""
    delen = [
        Html('<section class="kh-advies" data-aanbevolen="{}" aria-labelledby="kh-advies-titel">').format(doc.vorm.id),
        Html('<h2 id="kh-advies-titel">{}</h2>').format(doc.titel),
        _samenvatting(doc, basis, None),
        _situatie(doc),
    ]
    if doc.waarschuwingen:
        delen += [Html("<h3>{}</h3>").format(doc.waarschuwingen.kop), _lijst(doc.waarschuwingen.punten, "kh-waarschuwingen")]
    delen.append(render_afleiding(doc.advies.gekozen))  # de gekozen gemeenten (html_gemeenten.py)
    if doc.antwoorden and met_antwoorden:
        delen += [Html("<h3>{}</h3>").format(doc.antwoorden.kop),
                  Html('<dl class="kh-antwoorden">{}</dl>').format(_antwoorden(doc, wijzig_links))]
    delen += [
        Html("<h3>{}</h3>").format(doc.volgende_stappen.kop),
        Html('<ul class="kh-volgende-stappen">{}</ul>').format(LEEG.join(
            Html('<li><a href="{}">{}</a></li>').format(link(basis, p.url), p.tekst)
            for p in doc.volgende_stappen.punten)),
    ]
    if wijzig_links:  # de widget: de nota voor het college, gemaakt door Python in de browser
        delen.append(render_nota_knoppen(doc.advies))
    elif nota_href:  # het statische pad: de weg naar de widget, die de nota maakt
        delen.append(_nota_link(nota_href, nota_banden))
    return delen


def _meer(doc: Adviesdocument, basis: str, landschap: str | PathLike[str] | None, met_vergelijking: bool) -> list[Html]:
    """'Meer over dit advies': de uitklapblokken met alle redenen, de subsidie, de aannames en de andere vormen."""
    vorm = doc.vorm
    delen = [Html('<h3 id="kh-advies-meer">{}</h3>').format(tekst("weergave.meer"))]
    redenen = Html('<p class="kh-kort">{}</p>').format(vorm.kort) + (
        _redenen(doc.waarom.punten, "kh-voor") or Html('<p class="kh-geen">{}</p>').format(tekst("weergave.geen_reden")))
    if doc.let_op:
        redenen += Html('<p class="kh-subkop">{}:</p>{}').format(doc.let_op.kop, _redenen(doc.let_op.punten, "kh-tegen"))
    delen.append(_uitklap(tekst("weergave.waarom_uitklap", vorm=vorm.naam.lower()), redenen, "kh-uitklap-redenen"))
    delen.append(_uitklap(tekst("weergave.subsidie_uitklap"), _subsidieblok(doc), "kh-uitklap-subsidie"))
    onzeker = LEEG
    for sectie, klasse in ((doc.aannames, "kh-aannames"), (doc.open_vragen, "kh-open-vragen")):
        if sectie:
            onzeker += Html('<p class="kh-subkop">{}:</p>{}').format(sectie.kop, _lijst(sectie.punten, klasse))
    if onzeker:
        delen.append(_uitklap(tekst("weergave.aannames_uitklap"), onzeker, "kh-uitklap-aannames"))
    andere = Html('<ol class="kh-rangschikking">{}</ol>').format(LEEG.join(_andere_vorm(v, basis) for v in doc.andere_vormen))
    delen.append(_uitklap(tekst("weergave.andere_vormen"), andere, "kh-uitklap-andere"))
    if met_vergelijking:
        delen.append(_uitklap(tekst("weergave.vergelijking_uitklap"), render_vergelijking(vorm.id, basis),
                              "kh-uitklap-vergelijking"))
    else:
        delen.append(Html('<p><a href="{}#vergelijking">Bekijk alle vormen naast elkaar in de vergelijkingstabel</a>.</p>')
                     .format(link(basis, "juridische-vormen/")))
    voorbeeldblok = _voorbeeldenlijst(vorm.id, landschap, basis, op=doc.advies.datum)
    if voorbeeldblok:
        delen.append(_uitklap(f"Voorbeelden: erkende IGS cultuur als {vorm.naam.lower()}", voorbeeldblok,
                              "kh-uitklap-voorbeelden"))
    return delen


def _met_datum(sleutel: str, datum: _dt.date) -> Html:
    """Een zin uit de teksten met de datum als <time>."""
    voor, _, na = tekst(sleutel, datum="\0").partition("\0")
    return Html("{}{}{}").format(voor, _tijd(datum), na)


def _slot(doc: Adviesdocument, basis: str, wijzig_links: bool) -> list[Html]:
    return [
        render_afdruk(doc.advies) if wijzig_links else LEEG,
        render_geldig_tot(doc.advies.datum),
        Html('<p class="kh-disclaimer">{} {} <span class="kh-versie">{} (<a href="{}">'
             "wat er per versie veranderde</a>).</span></p>").format(
            doc.disclaimer, _met_datum("weergave.stand", doc.disclaimer_datum),
            tekst("weergave.versie", versie=doc.versie), link(basis, "over/wijzigingen/")),
        Html("</section>"),
    ]


def render_advies(
    advies: Advies,
    basis: str = "/",
    *,
    landschap: str | PathLike[str] | None = None,
    met_vergelijking: bool = True,
    met_antwoorden: bool = True,
    wijzig_links: bool = False,
    nota_href: str | None = None,
    nota_banden: bool = False,
) -> Html:
    """Het volledige advies als HTML-fragment: eerst de samenvatting, de rest uitgeklapt op vraag.

    met_vergelijking=False laat de volledige vergelijkingstabel weg en linkt ernaar
    (voor de honderden statische uitkomstpagina's, die zo klein blijven).
    met_antwoorden=False laat de antwoorden weg (de statische pagina toont ze al, met Wijzig-links).
    wijzig_links=True is de widget: een Wijzig-link bij elk antwoord naar de vraag (#kh-vraag-<id>),
    de knoppen voor de nota voor het college en, alleen op papier, wat de nota toevoegt.
    nota_href: zonder Python (het statische pad) een link naar de keuzehulp die de nota maakt;
    nota_banden: de link draagt de getallen niet die alleen als band bekend zijn (de lezer vult ze daar in).
    """
    doc = adviesdocument(advies)
    return LEEG.join([*_bovenaan(doc, basis, met_antwoorden, wijzig_links, nota_href, nota_banden),
                      *_meer(doc, basis, landschap, met_vergelijking), *_slot(doc, basis, wijzig_links)])
