"""The keuzehulp's question form as HTML, rendered at build time from the questions.

The form is real HTML (fieldset, legend, labels, hints) that works before Python
is loaded in the browser: the widget script only reads it, sends the answers
to the engine and shows what comes back. Field names and values are the
engine's question ids and option values, so the form and the shareable URL
speak the same contract.
"""

from __future__ import annotations

from html import escape

from .gemeentekiezer import render_gemeentekiezer
from .html_gemeenten import render_kaart_container
from .vragen import Vraag, vragen

# What the advice beside the questions says before the first answer (also the engine's reply then).
LEEG_SAMENVATTING = '<p class="kh-leeg">Het advies verschijnt hier zodra je een eerste vraag beantwoordt.</p>'


def _hint(id_: str, tekst: str | None) -> str:
    return f'<p class="kh-hint" id="{id_}">{escape(tekst)}</p>' if tekst else ""


def _keuzevraag(v: Vraag) -> str:
    hint_id = f"kh-{v.id}-hint"
    opties = []
    for optie in v.opties:
        optie_id = f"kh-{v.id}-{optie.waarde}"
        optie_hint_id = f"{optie_id}-hint"
        beschreven = f' aria-describedby="{optie_hint_id}"' if optie.hint else ""
        opties.append(
            '<div class="kh-optie">'
            f'<input type="radio" name="{v.id}" id="{optie_id}" value="{escape(optie.waarde)}"{beschreven}>'
            f'<label for="{optie_id}">{escape(optie.label)}</label>'
            f"{_hint(optie_hint_id, optie.hint)}"
            "</div>"
        )
    return (
        f'<div class="kh-vraag" id="kh-vraag-{v.id}" data-vraag="{v.id}">'
        f'<fieldset aria-describedby="{hint_id} kh-{v.id}-notitie">'
        f'<legend class="kh-vraagtekst">{escape(v.tekst)}</legend>'
        f"{_hint(hint_id, v.hulptekst)}"
        f'<div class="kh-opties">{"".join(opties)}</div>'
        f"</fieldset>{_notitie(v)}</div>"
    )


def _getalvraag(v: Vraag) -> str:
    veld_id = f"kh-{v.id}"
    hint_id = f"{veld_id}-hint"
    # type="text" with inputmode: "120.000" is a normal way to write a number in
    # Flanders, and the engine (not the browser) judges what was typed.
    return (
        f'<div class="kh-vraag" id="kh-vraag-{v.id}" data-vraag="{v.id}">'
        f'<label class="kh-vraagtekst" for="{veld_id}">{escape(v.tekst)}</label>'
        f"{_hint(hint_id, v.hulptekst)}"
        f'<input class="kh-getal" type="text" inputmode="numeric" autocomplete="off" '
        f'name="{v.id}" id="{veld_id}" aria-describedby="{hint_id} {veld_id}-notitie" size="10">'
        f"{_notitie(v)}</div>"
    )


def render_vragen() -> str:
    """Every question as its form field (also used by the snippet builder on the Insluiten page)."""
    return "".join(_keuzevraag(v) if v.type == "keuze" else _getalvraag(v) for v in vragen())


def _notitie(v: Vraag) -> str:
    """Room for what the engine says about this question (derived, or not needed)."""
    return f'<p class="kh-notitie" id="kh-{v.id}-notitie" data-notitie="{v.id}" hidden></p>'


def module_script(src: str, *, meteen: bool = False) -> str:
    """A script tag for one of our module scripts (the keuzehulp, the template form). A module
    is deferred, but fetched at high priority by default; ours are not needed for the first
    paint (the page is usable HTML first), so they ask for low priority and leave the way to
    the stylesheets. meteen: async, it runs as soon as it has arrived."""
    return f'<script type="module"{" async" if meteen else ""} fetchpriority="low" src="{escape(src)}"></script>'


def render_formulier(pad_href: str, embed: bool = False, basis: str = "../") -> str:
    """The whole widget: form, advice summary beside it, actions, status, result and the no-script route.

    pad_href: link to the static path (no JavaScript needed); basis: link prefix
    from this page to the site root, used by the engine's links in the advice.
    The widget's module script comes along, so only pages with the widget load it
    (and with it the Python runtime). mkdocs-material's instant navigation runs a
    script that stands in the page content again on every page it appears on.
    """
    vragen_html = render_vragen()
    kiezer = render_gemeentekiezer(
        id="kh-gemeentekiezer",
        label="Welke gemeenten werken samen?",
        hint="Typ de eerste letters en kies uit de lijst. De keuzehulp telt dan zelf de inwoners en "
        "zoekt de referentieregio op. Je kunt dit ook overslaan en de vragen zelf beantwoorden.",
    )
    stil = f'<a href="{escape(pad_href)}">Liever stap voor stap, één vraag per pagina?</a>'
    noscript = (f'<noscript><p class="kh-noscript">Dit formulier werkt alleen met JavaScript. {stil} '
                "Die versie stelt dezelfde vragen, één per pagina, en geeft hetzelfde advies.</p></noscript>")
    laden = ('<p class="kh-voortgang"><span class="kh-spinner" aria-hidden="true"></span>'
             '<span class="kh-status-tekst">De keuzehulp wordt geladen…</span></p>')
    return f"""<div class="kh-widget" data-keuzehulp data-basis="{escape(basis)}" data-embed="{'ja' if embed else 'nee'}">
{noscript}
<div class="kh-meldingen" role="alert" hidden></div>
<div class="kh-indeling">
<form class="kh-vragen" aria-label="Vragen van de keuzehulp" novalidate>
<div class="kh-vraag kh-vraag--gemeenten">{kiezer}{render_kaart_container(basis)}</div>
{vragen_html}
</form>
<section class="kh-zijvak" aria-label="Advies in het kort">
<div class="kh-status">
{laden}
<p class="kh-status-detail" hidden></p>
<p class="kh-status-uitweg" hidden>Je kunt ook verder zonder te wachten: {stil}</p>
</div>
<div class="kh-zijvak-inhoud">{LEEG_SAMENVATTING}</div>
</section>
</div>
<div class="kh-acties">
<button type="button" class="md-button" data-actie="kopieer" disabled>Kopieer link</button>
<button type="button" class="md-button" data-actie="opnieuw" disabled>Opnieuw beginnen</button>
<button type="button" class="md-button" data-actie="afdrukken" disabled>Afdrukken</button>
</div>
<p class="kh-aankondiging igs-visueel-verborgen" aria-live="polite" role="status"></p>
<section class="kh-resultaat" aria-label="Advies" hidden></section>
<p class="kh-stil-pad">{stil}</p>
</div>
{module_script(basis + "assets/js/keuzehulp.js")}"""
