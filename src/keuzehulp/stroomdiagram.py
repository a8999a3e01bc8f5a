"""Het beslisschema: welke antwoorden tot welke vorm leiden, gegenereerd uit alle paden.

Een vraag staat er alleen waar ze het advies verandert; antwoorden met hetzelfde vervolg
zijn samengenomen. Alleen de build gebruikt dit (de pagina Beslisschema), niet de browser.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import kennis
from .html import e, link
from .pad import Pad, paden
from .vragen import vraag

__all__ = ["render_stroomdiagram", "stroomboom"]



@dataclass(frozen=True)
class _Uitkomst:
    aanbevolen: str


@dataclass(frozen=True)
class _Knoop:
    vraag: str
    takken: tuple[tuple[tuple[str, ...], "_Knoop | _Uitkomst"], ...]  # (labels, kind)


def _bouw(groep: list[Pad], diepte: int) -> "_Knoop | _Uitkomst":
    uitkomsten = {p.aanbevolen for p in groep}
    if len(uitkomsten) == 1:
        return _Uitkomst(uitkomsten.pop())
    vraag_id = groep[0].stappen[diepte].vraag
    per_waarde: dict[Any, list[Pad]] = {}
    labels: dict[Any, str] = {}
    for p in groep:
        stap = p.stappen[diepte]
        per_waarde.setdefault(stap.waarde, []).append(p)
        labels[stap.waarde] = stap.label
    takken: list[tuple[tuple[str, ...], _Knoop | _Uitkomst]] = []
    for waarde, subgroep in per_waarde.items():
        kind = _bouw(subgroep, diepte + 1)
        for i, (bestaande_labels, bestaand_kind) in enumerate(takken):
            if bestaand_kind == kind:  # zelfde deelboom: antwoorden samennemen
                takken[i] = (bestaande_labels + (labels[waarde],), bestaand_kind)
                break
        else:
            takken.append(((labels[waarde],), kind))
    if len(takken) == 1:  # de vraag maakt hier geen verschil
        return takken[0][1]
    return _Knoop(vraag_id, tuple(takken))


def _render_knoop(knoop: "_Knoop | _Uitkomst", basis: str) -> str:
    if isinstance(knoop, _Uitkomst):
        vorm = kennis.rechtsvorm(knoop.aanbevolen)
        return (
            f'<p class="kh-stroom-uitkomst kh-vorm-{e(vorm.id)}" data-rechtsvorm="{e(vorm.id)}">'
            f'<span class="kh-stroom-pijl" aria-hidden="true">→ </span>Advies: '
            f'<a href="{e(link(basis, vorm.pad))}">{e(vorm.naam)}</a></p>'
        )
    takken = []
    for labels, kind in knoop.takken:
        tekst = " of ".join(f"‘{lab}’" for lab in labels)
        takken.append(
            f'<li class="kh-stroom-antwoord"><span class="kh-stroom-antwoordtekst">{e(tekst)}</span>'
            f"{_render_knoop(kind, basis)}</li>"
        )
    return (
        f'<ul class="kh-stroom" role="list"><li class="kh-stroom-vraag" data-vraag="{e(knoop.vraag)}">'
        f'<span class="kh-stroom-vraagtekst">{e(vraag(knoop.vraag).tekst)}</span>'
        f'<ul class="kh-stroom-antwoorden">{"".join(takken)}</ul></li></ul>'
    )


def stroomboom() -> "_Knoop | _Uitkomst":
    return _bouw(paden(), 0)


def render_stroomdiagram(basis: str = "/") -> str:
    """Stroomdiagram als geneste lijst: welke antwoorden tot welke vorm leiden."""
    return (
        '<figure class="kh-stroomdiagram">'
        "<figcaption>Lees van boven naar beneden: onder elke vraag staan de antwoorden die een verschil "
        "maken, met daaronder de volgende vraag of het advies. Antwoorden die tot hetzelfde leiden, "
        "staan samen.</figcaption>"
        '<div class="kh-stroom-omhulsel" role="region" tabindex="0" aria-label="Beslisschema">'
        f"{_render_knoop(stroomboom(), basis)}</div></figure>"
    )
