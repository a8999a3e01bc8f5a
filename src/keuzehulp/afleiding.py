"""Wat de keuzehulp afleidt uit de gekozen gemeenten (URL-parameter ``nis``).

Contract: ``nis=<code>,<code>,…`` met NIS-codes van de 285 gemeenten sinds 1 januari 2025.
Uit die gemeenten volgen antwoorden op bestaande vragen:

- ``gemeenten``: hun aantal (alleen vanaf het minimum van de vraag, twee);
- ``inwoners``: de som van hun inwoners, met datum en bron (data/gemeenten.toml);
- ``referentieregio``: ``een`` of ``meerdere``;
- ``aangrenzend``: ``ja`` als minstens vier gekozen gemeenten samen één aaneengesloten gebied vormen
  (gemeenschappelijke grens, geen hoekpunt; het minimum komt uit data/subsidie.toml), anders ``nee``.

Een uitdrukkelijk antwoord in de URL gaat altijd voor. Een afgeleid antwoord wordt alleen
gebruikt voor een vraag die de keuzehulp kent. Daarnaast zegt de afleiding of alle gemeenten
één aaneengesloten gebied vormen, in welke referentieregio('s) ze liggen en tot welke erkende
IGS cultuur elke gemeente al behoort (data/landschap.csv via ``keuzehulp.landschap``; namen
van vóór 2025 via de fusietabel data/fusies2025.csv).

Standaardbibliotheek; draait ook onder Pyodide.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from . import gemeenten as gem
from . import kennis, landschap
from .datum import datum_nl
from .gemeenten import Gemeente

__all__ = ["NIS", "een_gemeente", "Afleiding", "Lidmaatschap", "lees_nis", "leid_af", "vul_aan", "igs_per_gemeente",
           "onbekende_landschapsnamen"]

NIS = "nis"
_CODE = re.compile(r"\d{5}")


def _getal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def drempel() -> int:
    return kennis.subsidieregel("inwoners").parameters["drempel"]


def minimum_aangrenzend() -> int:
    return kennis.subsidieregel("overgang").parameters["minimum_gemeenten"]


# --------------------------------------------------------------------------
# Inlezen


def _onbekend(code: str) -> str:
    uitleg = ("Een NIS-code is de code van vijf cijfers die Statbel aan elke gemeente geeft, bijvoorbeeld "
              f"11002 voor Antwerpen; de keuzehulp kent de codes van de {len(gem.alle())} Vlaamse gemeenten "
              "sinds de fusies van 2025.")
    fusie = gem.fusies().get(code)
    if fusie is not None and fusie.oud_nis != fusie.nis:
        nieuw = gem.gemeente(fusie.nis)
        return (f"De NIS-code '{code}' in 'nis' is van {fusie.oud_naam}, dat op 1 januari 2025 opging in "
                f"{nieuw.naam if nieuw else fusie.nis}. Gebruik de code {fusie.nis}.")
    if _CODE.fullmatch(code):
        return f"Onbekende NIS-code '{code}' in 'nis': geen Vlaamse gemeente. {uitleg}"
    return f"'{code}' in 'nis' is geen NIS-code. {uitleg}"


def een_gemeente(code: str) -> str:
    """De melding voor 'nis' met één gemeente: intergemeentelijke samenwerking vraagt er minstens twee."""
    return (f"Met alleen {gem.gemeente(code).naam} is er nog geen intergemeentelijke samenwerking: "
            "kies minstens twee gemeenten.")


def lees_nis(ruw: Any) -> tuple[tuple[str, ...], list[str]]:
    """Tekst 'code,code,…' -> (geldige codes zonder dubbels, in de gegeven volgorde; meldingen)."""
    delen = ruw if isinstance(ruw, (list, tuple)) else str(ruw).split(",")
    codes: list[str] = []
    meldingen: list[str] = []
    for deel in delen:
        code = str(deel).strip()
        if not code:
            continue
        if gem.gemeente(code) is None:
            meldingen.append(_onbekend(code))
        elif code not in codes:
            codes.append(code)
    return tuple(codes), meldingen


# --------------------------------------------------------------------------
# Het landschap: welke erkende IGS cultuur per gemeente


@dataclass(frozen=True)
class Lidmaatschap:
    """Een gemeente (2025) in een erkende IGS cultuur; ``als``: de naam in landschap.csv als die anders is."""

    igs: str
    als: str = ""
    periode: str = ""
    einde: str = ""  # ISO-datum waarop de samenwerking stopte, of ""

    def als_dict(self) -> dict[str, str]:
        return {"naam": self.igs, "als": self.als, "periode": self.periode, "einde": self.einde}


@functools.cache
def _igs() -> tuple[dict[str, tuple[Lidmaatschap, ...]], tuple[tuple[str, str], ...]]:
    per_nis: dict[str, list[Lidmaatschap]] = {}
    onbekend: list[tuple[str, str]] = []
    for rij in landschap.lees_landschap():
        for naam in rij["gemeenten"]:
            nis = gem.nis_voor_naam(naam)
            if nis is None:
                onbekend.append((rij["naam"], naam))
                continue
            als = "" if gem.alle()[nis].naam == naam else naam
            lid = Lidmaatschap(rij["naam"], als, rij["periode"], rij["einde"])
            lijst = per_nis.setdefault(nis, [])
            if all((bestaand.igs, bestaand.periode) != (lid.igs, lid.periode) for bestaand in lijst):
                lijst.append(lid)
    return {nis: tuple(leden) for nis, leden in per_nis.items()}, tuple(onbekend)


def igs_per_gemeente() -> dict[str, tuple[Lidmaatschap, ...]]:
    """NIS-code (2025) -> de erkende IGS cultuur (landschap.csv) waartoe de gemeente behoort."""
    return _igs()[0]


def onbekende_landschapsnamen() -> tuple[tuple[str, str], ...]:
    """(IGS, gemeentenaam) voor namen in landschap.csv die geen gemeente (2025 of vóór de fusies) zijn."""
    return _igs()[1]


# --------------------------------------------------------------------------
# Grenzen: aaneengesloten groepen


def groepen(codes: Iterable[str]) -> list[tuple[str, ...]]:
    """De aaneengesloten groepen (gemeenschappelijke grens) binnen de codes, grootste eerst."""
    gekozen = list(dict.fromkeys(codes))
    over = set(gekozen)
    buren = gem.buren()
    uit: list[tuple[str, ...]] = []
    for start in gekozen:
        if start not in over:
            continue
        over.discard(start)
        groep, rij = [start], [start]
        while rij:
            for buur in buren.get(rij.pop(), ()):
                if buur in over:
                    over.discard(buur)
                    groep.append(buur)
                    rij.append(buur)
        uit.append(tuple(c for c in gekozen if c in groep))
    return sorted(uit, key=len, reverse=True)


# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Afleiding:
    gemeenten: tuple[Gemeente, ...]
    groepen: tuple[tuple[str, ...], ...]
    afgeleid: tuple[str, ...] = field(default=())  # ids van de antwoorden die het advies afgeleid gebruikte

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(g.nis for g in self.gemeenten)

    @property
    def aantal(self) -> int:
        return len(self.gemeenten)

    @property
    def inwoners(self) -> int:
        return sum(g.inwoners for g in self.gemeenten)

    @property
    def referentieregios(self) -> tuple[tuple[str, str], ...]:
        """(code, naam) van de referentieregio's, in de volgorde van de gekozen gemeenten."""
        return tuple(dict.fromkeys((g.referentieregio_code, g.referentieregio) for g in self.gemeenten))

    @property
    def samenhangend(self) -> bool:
        return len(self.groepen) == 1

    @property
    def aangrenzend(self) -> bool:
        return bool(self.groepen) and len(self.groepen[0]) >= minimum_aangrenzend()

    def igs(self, nis: str) -> tuple[Lidmaatschap, ...]:
        return igs_per_gemeente().get(nis, ())

    def antwoorden(self) -> dict[str, Any]:
        """Vraag-id -> afgeleid antwoord (zonder te kijken welke vragen bestaan)."""
        uit: dict[str, Any] = {"inwoners": self.inwoners,
                               "referentieregio": "een" if len(self.referentieregios) == 1 else "meerdere",
                               "aangrenzend": "ja" if self.aangrenzend else "nee"}
        if self.aantal >= 2:
            uit["gemeenten"] = self.aantal
        return uit

    def waarschuwing(self) -> str | None:
        """Een waarschuwing als de som binnen de marge rond de subsidiedrempel ligt."""
        d = drempel()
        afleiding = gem.meta()["afleiding"]
        if abs(self.inwoners - d) > d * afleiding["marge_drempel"]:
            return None
        return afleiding["waarschuwing_drempel"].format(
            inwoners=_getal(self.inwoners), datum=datum_nl(gem.meta()["inwoners"]["datum"]), drempel=_getal(d))

    def met_afgeleid(self, gebruikt: dict[str, Any]) -> "Afleiding":
        """Dezelfde afleiding, met de ids van de antwoorden in ``gebruikt`` die gelijk zijn aan de afgeleide."""
        ids = tuple(id for id, waarde in self.antwoorden().items() if id in gebruikt and gebruikt[id] == waarde)
        return Afleiding(self.gemeenten, self.groepen, ids)

    def als_dict(self) -> dict[str, Any]:
        meta = gem.meta()
        return {
            "nis": list(self.codes),
            "aantal": self.aantal,
            "inwoners": self.inwoners,
            "inwoners_datum": str(meta["inwoners"]["datum"]),
            "inwoners_bron": meta["inwoners"]["bron"],
            "inwoners_voorbehoud": meta["inwoners"]["voorbehoud"],
            "referentieregios": [{"code": c, "naam": n} for c, n in self.referentieregios],
            "samenhangend": self.samenhangend,
            "groepen": [list(g) for g in self.groepen],
            "aangrenzend": self.aangrenzend,
            "minimum_aangrenzend": minimum_aangrenzend(),
            "uitleg_aangrenzend": meta["afleiding"]["uitleg_aangrenzend"].format(minimum=minimum_aangrenzend()),
            "waarschuwing": self.waarschuwing(),
            "afgeleid": list(self.afgeleid),
            "vermelding": meta["gemeenten"]["vermelding"],
        }

    def gemeenten_als_dict(self) -> list[dict[str, Any]]:
        return [{**g.als_dict(), "igs": [lid.als_dict() for lid in self.igs(g.nis)]} for g in self.gemeenten]


def leid_af(codes: Iterable[str]) -> Afleiding:
    """De afleiding voor geldige NIS-codes (zie ``lees_nis``)."""
    gekozen = tuple(dict.fromkeys(codes))
    gemeenten = tuple(gem.alle()[c] for c in gekozen)
    return Afleiding(gemeenten, tuple(groepen(gekozen)))


def vul_aan(antwoorden: dict[str, Any], nis_ruw: Any, geldig: dict[str, Any]) -> list[str]:
    """Vul ``antwoorden`` aan met wat uit ``nis_ruw`` volgt; geeft de meldingen over foute codes.

    ``geldig``: vraag-id -> Vraag. Een id die al in ``antwoorden`` staat (uitdrukkelijk antwoord), blijft.
    Een afgeleid getal buiten het bereik van de vraag wordt niet gebruikt. De codes zelf komen onder
    ``antwoorden['nis']`` ('code,code'), zodat het advies de afleiding kan tonen.
    """
    codes, meldingen = lees_nis(nis_ruw)
    if not codes:
        return meldingen
    if len(codes) == 1:  # een samenwerking vraagt minstens twee gemeenten: niets afleiden
        return meldingen + [een_gemeente(codes[0])]
    antwoorden[NIS] = ",".join(codes)
    for id, waarde in leid_af(codes).antwoorden().items():
        v = geldig.get(id)
        if v is None or id in antwoorden:
            continue
        if v.type == "getal" and not (v.min <= waarde <= v.max):
            continue
        if v.type == "keuze" and waarde not in v.waarden():
            continue
        antwoorden[id] = waarde
    return meldingen
