"""From a template plus (optional) field values to a neutral list of elements.

The ODT, DOCX and HTML writers all start from this list, so the three outputs
always hold the same text. A text is a list of runs (text, kind):
- "tekst": fixed text of the template;
- "invulveld": a field not (yet) filled in, shown as «Label»;
- "ingevuld": a value typed by the user;
- "label": a short bold lead-in ("Toelichting: ").
"\n" inside a run is a line break, "\t" a tab.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from keuzehulp.datum import datum_nl
from keuzehulp.teksten import opsomming

from .gemeenten import als_regels
from .model import PLAATSHOUDER, Sjabloon

# Characters XML 1.0 forbids (and C1 controls, which Word rejects): removed.
_VERBODEN = re.compile("[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

Run = tuple[str, str]


@dataclass(frozen=True)
class Element:
    soort: str  # titel | kop | alinea | lijst
    runs: tuple[Run, ...] = ()
    niveau: int = 1  # titel 1, kop 2 or 3
    stijl: str = "gewoon"  # gewoon | toelichting
    items: tuple[tuple[Run, ...], ...] = ()  # lijst
    lijstsoort: str = "opsomming"  # opsomming | nummering | afvinklijst
    # page breaks: never inside this paragraph (houd_samen), never between it and the next
    # one (met_volgende); a signature block is a run of such paragraphs
    houd_samen: bool = False
    met_volgende: bool = False


def schoon(tekst: str) -> str:
    """Normalise line ends and drop characters that XML 1.0 cannot hold."""
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n")
    return _VERBODEN.sub("", tekst)


def normaliseer_velden(sjabloon: Sjabloon, velden: dict | None) -> dict[str, str] | None:
    """Keep known fields, as clean stripped text. Unknown keys are ignored."""
    if velden is None:
        return None
    if not isinstance(velden, dict):
        raise ValueError("De velden moeten een woordenboek zijn van veldnaam naar tekst.")
    uit: dict[str, str] = {}
    for veld in sjabloon.velden:
        waarde = velden.get(veld.id)
        if waarde is None:
            waarde = ""
        elif isinstance(waarde, bool) or not isinstance(waarde, (str, int, float)):
            raise ValueError(f"Het veld «{veld.label}» moet tekst bevatten.")
        uit[veld.id] = schoon(str(waarde)).strip()
        if veld.soort == "gemeenten":
            uit[veld.id] = als_regels(uit[veld.id])
    for veld in sjabloon.velden:
        if veld.zonder and uit.get(veld.zonder):
            eigen = uit[veld.zonder].casefold()
            uit[veld.id] = "\n".join(r for r in uit[veld.id].split("\n") if r.strip().casefold() != eigen)
    return uit


def plaatshouder(label: str) -> str:
    return f"«{label}»"


def runs(
    tekst: str, sjabloon: Sjabloon, velden: dict[str, str] | None, vast: dict[str, Run] | None = None
) -> tuple[Run, ...]:
    """Split a template text into runs, replacing {veld} by its value or «Label»
    (or by the run in `vast`, for the line of a repeated block)."""
    uit: list[Run] = []
    positie = 0
    for match in PLAATSHOUDER.finditer(tekst):
        if match.start() > positie:
            uit.append((tekst[positie : match.start()], "tekst"))
        veld = sjabloon.veld(match.group(1))
        waarde = (velden or {}).get(veld.id, "")
        if veld.soort == "gemeenten" and waarde:
            waarde = opsomming(_regels_van_veld(waarde))  # in a sentence: "A, B en C"
        if vast and veld.id in vast:
            uit.append(vast[veld.id])
        else:
            uit.append((waarde, "ingevuld") if waarde else (plaatshouder(veld.label), "invulveld"))
        positie = match.end()
    if positie < len(tekst):
        uit.append((tekst[positie:], "tekst"))
    return tuple(uit)


def _alineas(tekst: str) -> list[str]:
    return [deel.strip("\n") for deel in re.split(r"\n\s*\n", tekst.strip()) if deel.strip()]


_OPSOMTEKEN = re.compile(r"^\s*(?:[-*•·–]\s+|\d+[.)]\s+)")


def _regels_van_veld(waarde: str) -> list[str]:
    regels = (_OPSOMTEKEN.sub("", regel).strip() for regel in waarde.split("\n"))
    return [regel for regel in regels if regel]


def elementen(  # noqa: C901 - one branch per kind of block in a template file
    sjabloon: Sjabloon,
    velden: dict[str, str] | None,
    toelichting: bool,
    kader: bool | None = None,
) -> list[Element]:
    """The document as elements. `velden` None: the blank template.

    `toelichting`: include the guidance notes of the template text.
    `kader`: include the general guidance around it (purpose, points to check,
    sources, disclaimer); by default whenever `toelichting` is on.
    """
    if kader is None:
        kader = toelichting
    uit: list[Element] = [Element("titel", runs(sjabloon.document_titel, sjabloon, velden), 1)]

    def toelichtingsblok(tekst: str, label: str = "Toelichting: ") -> None:
        for i, alinea in enumerate(_alineas(tekst)):
            lead = ((label, "label"),) if i == 0 and label else ()
            uit.append(Element("alinea", lead + runs(alinea, sjabloon, velden), stijl="toelichting"))

    if kader:
        toelichtingsblok(
            f"{sjabloon.doel}\n\nWie beslist: {sjabloon.wie_beslist}",
            "Over dit sjabloon: ",
        )
        if sjabloon.gebruik:
            uit.append(
                Element(
                    "lijst",
                    stijl="toelichting",
                    items=tuple(((item, "tekst"),) for item in sjabloon.gebruik),
                    lijstsoort="nummering",
                )
            )

    huidig_niveau = 1
    for blok in sjabloon.blokken:
        if blok.soort == "kop":
            huidig_niveau = blok.niveau
            uit.append(Element("kop", runs(blok.tekst, sjabloon, velden), blok.niveau))
        elif blok.soort == "alinea":
            delen = [Element("alinea", runs(alinea, sjabloon, velden)) for alinea in _alineas(blok.tekst)]
            uit.extend(_ondeelbaar(delen) if blok.ondeelbaar else delen)
        elif blok.soort == "toelichting":
            if toelichting:
                toelichtingsblok(blok.tekst)
        elif blok.soort == "lijst":
            soort = "afvinklijst" if blok.checklist else "nummering" if blok.genummerd else "opsomming"
            waarde = (velden or {}).get(blok.uit_veld, "") if blok.uit_veld else ""
            if waarde:
                items = tuple(((regel, "ingevuld"),) for regel in _regels_van_veld(waarde))
            else:
                items = tuple(runs(item, sjabloon, velden) for item in blok.items)
                if blok.uit_veld and not items:
                    items = ((( plaatshouder(sjabloon.veld(blok.uit_veld).label), "invulveld"),),)
            uit.append(Element("lijst", items=items, lijstsoort=soort))
        elif blok.soort == "herhaal":
            waarde = (velden or {}).get(blok.uit_veld, "")
            leeg = (blok.leeg, "tekst") if blok.leeg else (plaatshouder(sjabloon.veld(blok.uit_veld).label), "invulveld")
            for regel in [(r, "ingevuld") for r in _regels_van_veld(waarde)] or [leeg]:
                delen = [
                    Element("alinea", runs(alinea, sjabloon, velden, {blok.uit_veld: regel}))
                    for alinea in _alineas(blok.tekst)
                ]
                uit.extend(_ondeelbaar(delen) if blok.ondeelbaar else delen)
        elif blok.soort == "artikel":
            niveau = min(huidig_niveau + 1, 3)
            kop = f"Artikel {blok.nummer}. {blok.titel}"
            uit.append(Element("kop", runs(kop, sjabloon, velden), niveau))
            for alinea in _alineas(blok.tekst) if blok.tekst else []:
                uit.append(Element("alinea", runs(alinea, sjabloon, velden)))
            if blok.items:
                uit.append(
                    Element(
                        "lijst",
                        items=tuple(runs(item, sjabloon, velden) for item in blok.items),
                        lijstsoort="nummering" if blok.genummerd else "opsomming",
                    )
                )

    if kader:
        if sjabloon.niet_geverifieerd:
            toelichtingsblok(
                "Nog na te kijken voor je dit document gebruikt (niet bevestigd in de bronnen "
                "van IGS Cultuur):",
                "",
            )
            uit.append(
                Element(
                    "lijst",
                    stijl="toelichting",
                    items=tuple(((item, "tekst"),) for item in sjabloon.niet_geverifieerd),
                )
            )
        toelichtingsblok("Bronnen:", "")
        uit.append(
            Element(
                "lijst",
                stijl="toelichting",
                items=tuple(((bron_tekst(bron), "tekst"),) for bron in sjabloon.bronnen),
            )
        )
        toelichtingsblok(
            f"Dit sjabloon van IGS Cultuur is een hulpmiddel, geen juridisch advies. "
            f"Stand van zaken: {datum_nl(sjabloon.laatst_bijgewerkt.isoformat())}. "
            "Laat de definitieve tekst nalezen door je algemeen directeur of jurist en "
            "verwijder alle toelichtingen (de grijze kaders) voor je het document voorlegt.",
            "Let op: ",
        )
    return _inleidingen_bij_volgende(uit)


def _ondeelbaar(delen: list[Element]) -> list[Element]:
    """A signature block: no page break inside a paragraph nor between them."""
    return [replace(el, houd_samen=True, met_volgende=i < len(delen) - 1) for i, el in enumerate(delen)]


def _inleidingen_bij_volgende(lijst: list[Element]) -> list[Element]:
    """A paragraph that announces what follows ("… ondertekenen deze verklaring:") stays on
    the page of what follows."""
    return [
        replace(el, met_volgende=True)
        if el.soort == "alinea" and platte_tekst(el.runs).rstrip().endswith(":") and i + 1 < len(lijst)
        else el
        for i, el in enumerate(lijst)
    ]


def bron_tekst(bron) -> str:
    return f"{bron.titel}, {bron.uitgever}, {bron.datum_soort} {datum_nl(bron.datum)}: {bron.url}"


def platte_tekst(r: tuple[Run, ...]) -> str:
    return "".join(tekst for tekst, _ in r)


def _naamdeel(tekst: str) -> str:
    """'Cultuur Scheldeland & co' -> 'cultuur-scheldeland-co': letters without accents, digits, dashes."""
    import unicodedata

    ascii_tekst = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode("ascii")
    deel = re.sub(r"[^a-z0-9]+", "-", ascii_tekst.lower()).strip("-")
    if len(deel) > 50:  # cut between words
        deel = deel[:51].rsplit("-", 1)[0] if "-" in deel[:51] else deel[:50]
    return deel


def bestandsnaam(sjabloon: Sjabloon, velden: dict[str, str] | None) -> str:
    """The name of the downloaded file, without extension: the template's id, then the values
    of its `bestandsnaam` fields that are filled in ("engagementsverklaring-cultuur-scheldeland")."""
    delen = [sjabloon.id] + [_naamdeel((velden or {}).get(v, "")) for v in sjabloon.bestandsnaam]
    return "-".join(d for d in delen if d)
