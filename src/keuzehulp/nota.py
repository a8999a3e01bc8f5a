"""De nota voor het college: het advies als een nota die je op de agenda van het college van
burgemeester en schepenen zet, als ODT of DOCX.

Gebouwd uit hetzelfde adviesdocument als de weergave op de site (``document.py``), met de
woorden van ``data/nota.toml``, en geschreven door de schrijvers van de sjablonen
(``sjablonen.schrijf_odt`` en ``schrijf_docx``, alleen de standaardbibliotheek: ook onder
Pyodide). Opbouw zoals een nota op de agenda: onderwerp, aanleiding (de gemeenten en hun
inwoners), advies en argumentatie (met de andere vormen), werkingssubsidie met de kalender,
aandachtspunten, financiële gevolgen en een voorstel van beslissing met artikels; daarna een
bijlage met de antwoorden, de aannames, de volgende stappen, alle bronnen en wat het advies is
(versie, stand van de feiten, disclaimer, de link die de antwoorden terugzet).

    python -m keuzehulp nota doel=regiowerking nis=44021,44020 --formaat odt -o nota.odt
"""

from __future__ import annotations

import re

from sjablonen.document import Element, Run, schoon
from sjablonen.schrijf_docx import docx_bytes
from sjablonen.schrijf_odt import odt_bytes

from . import gemeenten as gem
from . import kennis, register
from .advies import Advies
from .datum import datum_nl
from .document import Adviesdocument, Bronlink, Punt, adviesdocument, deelquery
from .notatekst import FORMATEN, bestandsnaam, nota_tekst, site_url
from .teksten import getal, opsomming, tekst
from .vragen import bestaande_vereniging

__all__ = ["FORMATEN", "nota", "nota_elementen", "afdruk_elementen", "bestandsnaam", "link"]

# --------------------------------------------------------------------------
# Bouwstenen


def _t(tekst: str) -> tuple[Run, ...]:
    return ((schoon(tekst), "tekst"),)


def _kop(tekst: str, niveau: int = 2) -> Element:
    return Element("kop", _t(tekst), niveau)


def _alinea(*runs: Run) -> Element:
    return Element("alinea", tuple((schoon(t), soort) for t, soort in runs if t))


def _lijst(items: list[tuple[Run, ...]], soort: str = "opsomming") -> list[Element]:
    return [Element("lijst", items=tuple(items), lijstsoort=soort)] if items else []


def _absoluut(url: str) -> str:
    return url if re.match(r"https?://", url) else site_url() + url


_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def _binnen_site(url: str) -> str:
    """'stappen/x.md#y' (Markdown van de startpagina) -> 'https://igscultuur.be/stappen/x/#y'."""
    pad, _, anker = url.partition("#")
    pad = re.sub(r"(?:index)?\.md$", "", pad)
    pad = pad + "/" if pad and not pad.endswith("/") else pad
    return site_url() + pad + (f"#{anker}" if anker else "")


def _zonder_markdown(tekst: str, bronnen: list[Bronlink]) -> str:
    """Markdown-links als leesbare tekst: een link binnen de site wordt 'stap 4: https://…', een bron
    alleen haar naam; de url van de bron komt in ``bronnen`` (de lijst met bronnen van de nota)."""

    def vervang(m: re.Match[str]) -> str:
        naam, url = m.group(1), m.group(2)
        if not re.match(r"https?://", url):
            return f"{naam}: {_binnen_site(url)}"
        bronnen.append(Bronlink(url, naam))
        return naam

    return _MD_LINK.sub(vervang, tekst)


def _punt(p: Punt, met_oorzaak: bool = True) -> tuple[Run, ...]:
    runs: list[Run] = []
    if p.merk:
        runs.append((nota_tekst("zin.voorwaarde", merk=p.merk_tekst[:1].upper() + p.merk_tekst[1:]), "label"))
    zin = p.tekst
    if met_oorzaak and p.vraag and p.antwoord:
        zin += f" (antwoord: {p.antwoord})"
    if not p.geverifieerd:
        zin += nota_tekst("zin.niet_geverifieerd")
    runs.append((schoon(zin), "tekst"))
    return tuple(runs)


def _punten(punten: tuple[Punt, ...]) -> list[Element]:
    return _lijst([_punt(p) for p in punten])


# --------------------------------------------------------------------------
# De nota: hoofding, aanleiding, advies, subsidie, aandachtspunten, financiën, beslissing


def _namen(doc: Adviesdocument) -> str:
    return opsomming([g.naam for g in doc.gemeenten])


def _hoofding(doc: Adviesdocument) -> list[Element]:
    onderwerp = (nota_tekst("zin.onderwerp_gemeenten", gemeenten=_namen(doc)) if doc.gemeenten
                 else nota_tekst("zin.onderwerp"))
    return [
        Element("titel", _t(nota_tekst("kop.titel")), 1),
        _alinea((nota_tekst("veld.zitting"), "label"), (f"«{nota_tekst('veld.zitting_invul')}»", "invulveld")),
        _alinea((nota_tekst("veld.dienst"), "label"), (f"«{nota_tekst('veld.dienst_invul')}»", "invulveld")),
        _alinea((nota_tekst("veld.opsteller"), "label"), (f"«{nota_tekst('veld.opsteller_invul')}»", "invulveld")),
        _alinea((nota_tekst("veld.onderwerp"), "label"), (onderwerp, "tekst")),
        Element("alinea", _t(nota_tekst("zin.bewerken")), stijl="toelichting"),
    ]


def _aanleiding(doc: Adviesdocument) -> list[Element]:
    datum = datum_nl(doc.advies.datum)
    uit = [_kop(nota_tekst("kop.aanleiding"))]
    if not doc.gemeenten:
        return uit + [_alinea((nota_tekst("zin.aanleiding", datum=datum), "tekst")),
                      _alinea((nota_tekst("zin.geen_gemeenten"), "tekst")),
                      _alinea((f"«{nota_tekst('zin.gemeenten_invul')}»", "invulveld"))]
    uit.append(_alinea((nota_tekst("zin.aanleiding_gemeenten", gemeenten=_namen(doc), datum=datum), "tekst")))
    uit += _lijst([_t(nota_tekst("zin.inwoners_gemeente", naam=g.naam, inwoners=getal(g.inwoners)))
                   for g in doc.gemeenten])
    i = gem.meta()["inwoners"]
    uit.append(_alinea((nota_tekst("zin.inwoners_samen", aantal=str(len(doc.gemeenten)),
                                   inwoners=getal(doc.inwoners_samen), inwonersdatum=datum_nl(i["datum"]),
                                   inwonersbron=i["bron"]), "tekst")))
    return uit


def _advies(doc: Adviesdocument) -> list[Element]:
    uit = [_kop(nota_tekst("kop.advies")),
           _alinea((nota_tekst("zin.aanbevolen", vorm=doc.vorm.naam), "label"), (" " + doc.vorm.kort, "tekst"))]
    for sectie in (doc.waarom, doc.let_op):
        if sectie:
            uit += [_kop(sectie.kop, 3), *_punten(sectie.punten)]
    items = []
    for v in doc.andere_vormen:
        runs: list[Run] = [(nota_tekst("zin.alternatief", vorm=v.naam, oordeel=v.oordeel_label), "label")]
        if v.tegen:
            runs.append((" " + nota_tekst("zin.tegen") + " ".join(p.tekst for p in v.tegen), "tekst"))
        elif v.voor:
            runs.append((" " + nota_tekst("zin.voor") + " ".join(p.tekst for p in v.voor), "tekst"))
        items.append(tuple(runs))
    return uit + [_kop(tekst("weergave.andere_vormen"), 3), *_lijst(items)]


def _subsidie(doc: Adviesdocument, bronnen: list[Bronlink]) -> list[Element]:
    uit = [_kop(nota_tekst("kop.subsidie")), _alinea((doc.subsidie_zin, "label")), *_punten(doc.voorwaarden.punten)]
    if doc.alternatieven:
        uit += [_alinea((doc.alternatieven.kop, "tekst")), *_punten(doc.alternatieven.punten)]
    return uit + _kalender(doc, bronnen)


def _moment(m: register.Moment, bronnen: list[Bronlink]) -> str:
    wat = _zonder_markdown(m.wat, bronnen)
    if not re.search(r"\w", m.bron):  # geen bron gevonden ('–')
        return nota_tekst("zin.kalender_zonder_bron", tekst=wat)
    return nota_tekst("zin.kalender_moment", tekst=wat, bron=_zonder_markdown(m.bron, bronnen))


def _kalender(doc: Adviesdocument, bronnen: list[Bronlink]) -> list[Element]:
    """Wat voorbij is en wat nog komt, op de dag van het advies (register.kalender)."""
    voorbij, komt = doc.kalender()
    uit = [_kop(nota_tekst("kop.kalender", datum=datum_nl(doc.advies.datum)), 3)]
    for kop, momenten in ((nota_tekst("kop.voorbij"), voorbij), (nota_tekst("kop.komt"), komt)):
        if momenten:
            uit.append(_alinea((kop, "label")))
            uit += _lijst([((f"{_zonder_markdown(m.wanneer, bronnen)}: ", "label"), (_moment(m, bronnen), "tekst"))
                           for m in momenten])
    return uit


def _aandacht(doc: Adviesdocument) -> list[Element]:
    if not doc.waarschuwingen:
        return []
    return [_kop(nota_tekst("kop.waarschuwingen")), *_punten(doc.waarschuwingen.punten)]


def _financieel(doc: Adviesdocument) -> list[Element]:
    uit = [_kop(nota_tekst("kop.financieel"))]
    bedrag = next((r for r in doc.advies.subsidie.redenen if r.regel == "bedrag"), None)
    if bedrag is not None and doc.advies.antwoorden.get("subsidie") != "nee":
        uit.append(_alinea((bedrag.tekst, "tekst")))
    uit.append(_alinea((nota_tekst("zin.geen_financieel"), "tekst")))
    uit.append(_alinea((f"«{nota_tekst('zin.financieel_invul')}»", "invulveld")))
    return uit


def _artikels(doc: Adviesdocument) -> list[str]:
    a = doc.advies
    waarden = {"datum": datum_nl(a.datum), "gemeenten": _namen(doc), "vorm_klein": doc.vorm.naam.lower(),
               "dienst": nota_tekst("veld.deze_dienst")}
    bestaand = bestaande_vereniging(a.antwoorden)
    vorm = "overleg" if doc.vorm.id == "overleg" else "bestaand" if bestaand else "vereniging"
    sleutels = ["kennis_gemeenten" if doc.gemeenten else "kennis", f"vorm_{vorm}"]
    if a.antwoorden.get("subsidie") != "nee" and a.antwoorden.get("ronde_2027") != "erkend":
        sleutels.append("subsidie_" + doc.subsidie_klasse)
    if not bestaand:
        sleutels.append("engagement")
    if len(doc.gemeenten) >= 2:
        sleutels.append("partners")
    return [nota_tekst("artikel." + s, **waarden) for s in sleutels]


def _beslissing(doc: Adviesdocument) -> list[Element]:
    uit = [_kop(nota_tekst("kop.beslissing"))]
    for nummer, zin in enumerate(_artikels(doc), 1):
        uit.append(_alinea((f"Artikel {nummer}. ", "label"), (zin, "tekst")))
    return uit


# --------------------------------------------------------------------------
# De bijlage: de antwoorden, de aannames, de volgende stappen, de bronnen en wat het advies is


def _bijlage(doc: Adviesdocument, kalenderbronnen: list[Bronlink]) -> list[Element]:
    uit = [_kop(nota_tekst("kop.bijlage")), _alinea((nota_tekst("zin.bijlage"), "tekst")),
           _kop(nota_tekst("kop.antwoorden"), 3), _alinea((nota_tekst("zin.antwoorden"), "tekst"))]
    uit += _lijst([((f"{p.tekst} ", "tekst"), (p.antwoord or "", "label"))
                   + ((f" ({tekst('weergave.afgeleid')})", "tekst"),) * p.afgeleid
                   for p in doc.antwoorden.punten])
    if doc.aannames or doc.open_vragen:
        uit.append(_kop(tekst("weergave.aannames_uitklap"), 3))
        for sectie in (doc.aannames, doc.open_vragen):
            if sectie:
                uit += [_alinea((sectie.kop, "label")), *_punten(sectie.punten)]
    uit += [_kop(nota_tekst("kop.stappen"), 3), *_lijst(
        [_t(nota_tekst("zin.stap", tekst=p.tekst, url=_absoluut(p.url or ""))) for p in doc.volgende_stappen.punten],
        "nummering")]
    return uit + _bronnen(doc, kalenderbronnen) + _over(doc)


def _bronnen(doc: Adviesdocument, extra: list[Bronlink]) -> list[Element]:
    items, gezien = [], set()
    for b in (*doc.bronnen(), *extra):
        if b.url in gezien:
            continue
        gezien.add(b.url)
        if b.titel and b.uitgever:
            items.append(_t(nota_tekst("zin.bron", titel=b.titel, uitgever=b.uitgever, url=b.url)))
        else:
            items.append(_t(nota_tekst("zin.bron_kort", uitgever=b.uitgever or b.url, url=b.url)))
    return [_kop(nota_tekst("kop.bronnen"), 3), *_lijst(items)]


def _over(doc: Adviesdocument) -> list[Element]:
    datum = doc.advies.datum
    return [
        _kop(nota_tekst("kop.over"), 3),
        _alinea((nota_tekst("zin.versie", datum=datum_nl(datum), versie=doc.versie,
                            stand=datum_nl(kennis.gecontroleerd()),
                            periode_igs=register.actuele_periode(datum).naam), "tekst")),
        _alinea((nota_tekst("zin.link", url=link(doc.advies)), "tekst")),
        _alinea((nota_tekst("zin.disclaimer", tekst=doc.disclaimer, datum=datum_nl(doc.disclaimer_datum)), "tekst")),
    ]


def link(advies: Advies) -> str:
    """De link die dezelfde antwoorden in de keuzehulp terugzet (absoluut)."""
    query = deelquery(advies)
    return site_url() + "keuzehulp/" + (f"?{query}" if query else "")


def nota_elementen(advies: Advies) -> list[Element]:
    """De nota als de elementen van de sjablonen (titel, koppen, alinea's, lijsten)."""
    doc = adviesdocument(advies)
    kalenderbronnen: list[Bronlink] = []
    return [*_hoofding(doc), *_aanleiding(doc), *_advies(doc), *_subsidie(doc, kalenderbronnen), *_aandacht(doc),
            *_financieel(doc), *_beslissing(doc), *_bijlage(doc, kalenderbronnen)]


def afdruk_elementen(advies: Advies) -> list[Element]:
    """Wat de nota toevoegt aan het advies op het scherm, voor de afdruk van het advies (html.py):
    de kalender, de financiële gevolgen, het voorstel van beslissing, de bronnen en wat het advies is.
    Dezelfde bouwstenen als de nota, dus dezelfde inhoud."""
    doc = adviesdocument(advies)
    kalenderbronnen: list[Bronlink] = []
    kalender = _kalender(doc, kalenderbronnen)
    return [*kalender, *_financieel(doc), *_beslissing(doc), *_bronnen(doc, kalenderbronnen), *_over(doc)]


def nota(advies: Advies, formaat: str) -> bytes:
    """De nota als ODT- of DOCX-bytes. ``ValueError`` bij een ander formaat."""
    if formaat not in FORMATEN:
        raise ValueError(f"Onbekend formaat '{formaat}': kies odt of docx.")
    schrijf = odt_bytes if formaat == "odt" else docx_bytes
    beschrijving = f"{nota_tekst('kop.titel')}: {advies.aanbevolen_vorm.naam}"
    return schrijf(nota_elementen(advies), beschrijving, advies.datum.isoformat())
