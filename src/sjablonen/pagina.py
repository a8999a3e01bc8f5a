"""The site page of a template (Markdown) and the fill-in form (HTML)."""

from __future__ import annotations

import re
from html import escape

from keuzehulp.gemeentekiezer import render_gemeentekiezer

from .document import Run, datum_nl, elementen, plaatshouder, platte_tekst
from .model import Sjabloon

# Markers in the page body that the MkDocs hook replaces.
MARKER_DOWNLOADS = "<!-- igs:downloads -->"
MARKER_FORMULIER = "<!-- igs:formulier -->"
# The form itself goes in after Markdown (its HTML is not Markdown's to parse).
MARKER_INVULFORMULIER = "<!-- igs:invulformulier {id} -->"

_MD_SPECIAAL = re.compile(r"([\\`*_\[\]#|~])")
_REGELBEGIN = re.compile(r"^(\s*\d+|\s*)([.)+\-])(?=\s|$)")


def md_tekst(tekst: str) -> str:
    """Plain text for Markdown: HTML-escaped, Markdown syntax neutralised."""
    tekst = escape(tekst, quote=False)
    tekst = _MD_SPECIAAL.sub(r"\\\1", tekst)
    return tekst


def _md_runs(runs: tuple[Run, ...]) -> str:
    delen = []
    for tekst, soort in runs:
        if soort == "invulveld":
            delen.append(f'<span class="igs-invulveld">{md_tekst(tekst)}</span>')
        elif soort == "label":
            delen.append(f"**{md_tekst(tekst.strip())}** ")
        else:
            delen.append(md_tekst(tekst))
    # a line break inside a paragraph: two spaces are fragile, <br> is not;
    # a line that would start a list or quote is escaped
    regels = "".join(delen).split("\n")
    return "<br>\n".join(_REGELBEGIN.sub(r"\1\\\2", regel) for regel in regels)


def item_id(tekst: str) -> str:
    """Same ids as the site's checklists (src/igs_site/inhoud/weergave.py)."""
    return re.sub(r"[^a-z0-9]+", "-", tekst.lower()).strip("-")[:60]


def _inspringen(tekst: str) -> str:
    return "\n".join(("    " + regel) if regel else "" for regel in tekst.split("\n"))


def _sjabloontekst(sjabloon: Sjabloon) -> str:
    """The template text itself, with its guidance notes as admonitions."""
    uit: list[str] = []
    vorige_toelichting = False
    for el in elementen(sjabloon, None, toelichting=True, kader=False):
        if el.soort in ("titel", "kop"):
            vorige_toelichting = False
            uit.append("#" * (el.niveau + 2) + " " + _md_runs(el.runs))
        elif el.soort == "alinea" and el.stijl == "toelichting":
            tekst = _md_runs(el.runs[1:] if el.runs and el.runs[0][1] == "label" else el.runs)
            if vorige_toelichting:
                uit[-1] += "\n\n" + _inspringen(tekst)
            else:
                uit.append('!!! info "Toelichting"\n\n' + _inspringen(tekst))
            vorige_toelichting = True
        elif el.soort == "alinea":
            vorige_toelichting = False
            uit.append(_md_runs(el.runs))
        elif el.soort == "lijst":
            vorige_toelichting = False
            if el.lijstsoort == "afvinklijst":
                regels = "\n".join(
                    f'<li data-item="{escape(item_id(platte_tekst(item)))}">'
                    f"{escape(platte_tekst(item))}</li>"
                    for item in el.items
                )
                uit.append(
                    f'<ul class="igs-checklist" data-checklist="sjabloon-{sjabloon.id}">\n{regels}\n</ul>'
                )
            else:
                teken = "1." if el.lijstsoort == "nummering" else "-"
                uit.append("\n".join(f"{teken} {_md_runs(item)}" for item in el.items))
    return "\n\n".join(uit)


def markdown(sjabloon: Sjabloon) -> str:
    delen = [f"# {md_tekst(sjabloon.titel)}", md_tekst(sjabloon.beschrijving), MARKER_DOWNLOADS]
    feiten = [
        ("Waarvoor", sjabloon.doel),
        ("Wie beslist", sjabloon.wie_beslist),
        ("Stand van zaken", datum_nl(sjabloon.laatst_bijgewerkt.isoformat())),
    ]
    delen.append(
        '<div class="igs-stapkaart" markdown>\n\n'
        + "\n\n".join(f"{kop}\n:   {md_tekst(waarde)}" for kop, waarde in feiten)
        + "\n\n</div>"
    )
    if sjabloon.gebruik:
        delen.append("## Zo gebruik je dit sjabloon")
        delen.append("\n".join(f"1. {md_tekst(stap)}" for stap in sjabloon.gebruik))
    if sjabloon.formulier:
        delen.append(MARKER_FORMULIER)
    delen.append("## In te vullen gegevens")
    delen.append(
        "In de lege sjablonen staat elk gegeven dat je zelf invult tussen «punthaken», "
        "zoals «Naam van de vereniging». Vervang ze allemaal."
    )
    rijen = ["| Gegeven | Uitleg | Voorbeeld | Verplicht |", "|---|---|---|---|"]
    for veld in sjabloon.velden:
        rij = [plaatshouder(veld.label), veld.hint, veld.voorbeeld.replace("\n", " / "), "ja" if veld.verplicht else "nee"]
        rijen.append("| " + " | ".join(md_tekst(cel) for cel in rij) + " |")
    delen.append("\n".join(rijen))
    delen.append("## Tekst van het sjabloon")
    delen.append(
        "Hieronder staat de volledige tekst, met de toelichting in kaders. In de downloads "
        "staat dezelfde tekst, met de toelichting in grijze kaders die je verwijdert voor je "
        "het document voorlegt."
    )
    delen.append(_sjabloontekst(sjabloon))
    if sjabloon.niet_geverifieerd:
        delen.append("## Nog na te kijken {#nog-na-te-kijken}")
        delen.append(
            "Deze punten konden we niet bevestigen in openbare bronnen. Kijk ze na in de "
            "geconsolideerde decreetteksten op codex.vlaanderen.be of vraag het na bij het "
            "Agentschap Binnenlands Bestuur of de VVSG voor je het document gebruikt."
        )
        delen.append("\n".join(f"- {md_tekst(punt)}" for punt in sjabloon.niet_geverifieerd))
    delen.append("## Bronnen {#bronnen}")
    delen.append(
        "\n".join(
            f"1. [{md_tekst(b.titel)}]({b.url}), {md_tekst(b.uitgever)}, "
            f"{b.datum_soort} {datum_nl(b.datum)}"
            for b in sjabloon.bronnen
        )
    )
    delen.append(
        '!!! warning "Geen juridisch advies"\n\n'
        + _inspringen(
            "Dit sjabloon is een hulpmiddel om sneller tot een goed document te komen. Het "
            "is geen juridisch advies en vervangt geen nazicht door je algemeen directeur, "
            "je jurist of de VVSG. Stand van zaken: "
            f"{datum_nl(sjabloon.laatst_bijgewerkt.isoformat())}."
        )
    )
    return "\n\n".join(delen) + "\n"


def _veld_id(sjabloon: Sjabloon, veld) -> str:
    return f"igs-veld-{sjabloon.id}-{veld.id}"


def _invoer(sjabloon: Sjabloon, veld) -> str:
    """The control of one field. Its id is the target of the error summary's link."""
    vid = escape(_veld_id(sjabloon, veld))
    attrs = (
        f'id="{vid}" name="{escape(veld.id)}" aria-describedby="{vid}-hint {vid}-fout"'
        + (' required aria-required="true"' if veld.verplicht else "")
    )
    if veld.soort == "tekstvak":
        return f'<textarea {attrs} rows="5"></textarea>'
    if veld.soort == "email":
        return f'<input type="email" {attrs} autocomplete="email">'
    return f'<input type="text" {attrs}>'


def _bronvermelding_inwoners() -> str:
    from .gemeenten import bronvermelding

    bron = bronvermelding()
    return (
        '<p class="igs-hint igs-bron-inwoners">Het aantal inwoners van de gekozen gemeenten komt uit: '
        f'<a href="{escape(bron["url"])}">{escape(bron["bron"])}</a> '
        f'(<a href="{escape(bron["licentie_url"])}">{escape(bron["licentie"])}</a>). {escape(bron["voorbehoud"])}</p>'
    )


def formulier_html(sjabloon: Sjabloon) -> str:
    """An accessible HTML form built from the fields. Works as a plain page
    without JavaScript (the buttons stay disabled and a note says why).

    sjablonen.js adds: the error summary (GOV.UK pattern: a list of links that move
    focus to the field), keeping what was typed in this browser (localStorage) with
    a button to clear it, and the values that follow from the chosen municipalities."""
    groepen: dict[str, list] = {}
    for veld in sjabloon.velden:
        groepen.setdefault(veld.groep or "Gegevens", []).append(veld)
    sid = escape(sjabloon.id)
    regels = [
        f'<form class="igs-sjabloonformulier" data-sjabloon="{sid}" '
        f'id="igs-formulier-{sid}" novalidate>',
        # filled in from a link (the keuzehulp's advice): sjablonen.js says so here (the wrapper
        # carries `hidden`: the theme's admonition sets its own display)
        '<div class="igs-formulier-vooraf" role="status" hidden><div class="admonition info">'
        '<p class="admonition-title">Ingevuld vanuit de keuzehulp: kijk alles na.</p><p></p></div></div>',
        '<p class="igs-formulier-uitleg">Vul de gegevens in en download het resultaat als '
        "OpenDocument (ODT) of Word (DOCX). Velden met (verplicht) moet je invullen voor je kunt "
        "downloaden. Een ander veld mag je leeg laten: het blijft dan als «plaatshouder» in het "
        "document staan, om later in te vullen.</p>",
        '<p class="igs-formulier-privacy"><strong>Wat je typt, blijft op dit toestel.</strong> '
        "Je browser bewaart het, zodat het er nog staat als je de pagina herlaadt of later "
        "terugkomt. Het document wordt op je eigen toestel gemaakt; er wordt niets verstuurd. "
        "Werk je op een gedeelde computer, klik dan op «Wis wat je invulde» als je klaar bent.</p>",
        '<p class="igs-formulier-geenjs" data-zonder-js>Invullen op deze site werkt alleen met '
        "JavaScript. Staat JavaScript uit of laadt het niet, download dan hierboven het lege "
        "sjabloon als ODT of DOCX en vul het in met LibreOffice of Word: de lege sjablonen "
        "blijven altijd beschikbaar.</p>",
        # GOV.UK error summary: sjablonen.js adds the heading (here it would land in the
        # page's table of contents) and the links, and moves focus to it
        '<div class="igs-foutoverzicht" tabindex="-1" hidden '
        'data-titel="Kijk dit na voor je het document maakt"><div role="alert">'
        '<ul class="igs-foutoverzicht-lijst"></ul></div></div>',
    ]
    for groep, velden in groepen.items():
        regels.append(f"<fieldset><legend>{escape(groep)}</legend>")
        for veld in velden:
            vid = escape(_veld_id(sjabloon, veld))
            verplicht = ' <span class="igs-verplicht">(verplicht)</span>' if veld.verplicht else ""
            hint = f"{veld.hint} Bijvoorbeeld: {veld.voorbeeld}".replace("\n", " / ")
            regels.append(
                f'<div class="igs-veld" data-veld="{escape(veld.id)}"' + (" data-verplicht" if veld.verplicht else "") + ">"
            )
            if veld.soort == "gemeenten":
                # the keuzehulp's picker: its own label and hint; the chosen NIS codes
                # travel in a hidden field named after this field
                regels.append(
                    render_gemeentekiezer(
                        id=vid,
                        naam=veld.id,
                        label=veld.label + (" (verplicht)" if veld.verplicht else ""),
                        hint=f"{veld.hint} Typ de eerste letters van een gemeente en kies ze uit de lijst.",
                    )
                )
                regels.append(f'<p class="igs-veldfout" id="{vid}-fout" hidden></p>')
                if sjabloon.regiowaarschuwing:
                    # the keuzehulp's warning when the municipalities lie in more than one region
                    regels.append(
                        f'<div class="igs-regiowaarschuwing" id="{vid}-regio" role="status" hidden>'
                        '<div class="admonition warning"><p class="admonition-title">Meer dan één referentieregio</p>'
                        "<p></p></div></div>"
                    )
                if "inwoners" in sjabloon.veldindex:  # the form fills in their sum
                    regels.append(_bronvermelding_inwoners())
            else:
                regels.append(f'<label for="{vid}">{escape(veld.label)}{verplicht}</label>')
                regels.append(f'<p class="igs-hint" id="{vid}-hint">{escape(hint)}</p>')
                regels.append(f'<p class="igs-veldfout" id="{vid}-fout" hidden></p>')
                regels.append(_invoer(sjabloon, veld))
            regels.append("</div>")
        regels.append("</fieldset>")
    regels += [
        '<div class="igs-formulier-knoppen">',
        # disabled (and looking so) until Python is ready: sjablonen.js enables them
        '<button type="button" class="md-button md-button--primary" data-formaat="odt" disabled aria-disabled="true">'
        "Download als ODT</button>",
        '<button type="button" class="md-button" data-formaat="docx" disabled aria-disabled="true">'
        "Download als DOCX</button>",
        '<button type="button" class="md-button" data-actie="afdrukvoorbeeld" disabled aria-disabled="true">'
        "Afdrukvoorbeeld</button>",
        '<button type="button" class="md-button igs-knop-wis" data-actie="wis" hidden>Wis wat je invulde</button>',
        "</div>",
        '<p class="igs-formulier-status" role="status" aria-live="polite"></p>',
        "</form>",
    ]
    return "\n".join(regels)


def formulier_sectie(sjabloon: Sjabloon) -> str:
    """The guided form: on screen only (print and the PDF leave it out). The form's
    HTML replaces MARKER_INVULFORMULIER in the rendered page (formulier_html)."""
    return (
        '<div class="igs-alleen-web" markdown>\n\n'
        "## Vul in op deze site {#vul-in}\n\n"
        "Liever niet zelf in een tekstverwerker knippen en plakken? Vul hieronder de "
        "gegevens in en download het ingevulde document, klaar om na te lezen en voor te "
        "leggen.\n\n" + MARKER_INVULFORMULIER.format(id=sjabloon.id) + "\n\n</div>\n\n"
        # The print view of the filled-in document: outside the screen-only part.
        f'<div class="igs-afdrukvoorbeeld" id="igs-afdrukvoorbeeld-{escape(sjabloon.id)}" hidden></div>\n'
    )


def formulier_offline(sjabloon: Sjabloon, online: str) -> str:
    """In the offline copy, instead of the form: filling in needs the website (`online`, the
    template's page there); the blank templates work offline (links relative to the page)."""
    sid = sjabloon.id
    return (
        "## Invullen op de website {#vul-in}\n\n"
        '!!! info "Offline versie"\n\n'
        + _inspringen(
            "Het formulier om dit sjabloon in te vullen werkt alleen op de website, niet in deze "
            f"offline kopie: [vul het online in]({online}#vul-in).\n\n"
            f"Zonder internet download je het lege sjabloon als [ODT](downloads/{sid}.odt) of "
            f"[DOCX](downloads/{sid}.docx) en vul je het in met LibreOffice Writer of Word. "
            "De grijze kaders zeggen wat je waar invult."
        )
        + "\n"
    )
