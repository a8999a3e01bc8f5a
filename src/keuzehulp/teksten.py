"""The keuzehulp's wording, from ``data/teksten.toml``, filled in from the facts.

A sentence never holds a threshold, date, period or list of forms as typed text:
it names a placeholder, filled from ``subsidie.toml`` and ``rechtsvormen.toml``
(``feiten()``), or from the reader's answers (the names in ``ANTWOORD``). The file
is checked when it is first read: an unknown placeholder fails with the file and
the key, so a typo cannot reach a reader.
"""

from __future__ import annotations

import datetime as _dt
import functools
import string
from typing import Any

from . import kennis, klok
from .datum import datum_nl

__all__ = ["tekst", "sleutels", "opsomming", "feiten", "getal", "euro", "TekstFout", "controleer", "ANTWOORD"]

BESTAND = "teksten.toml"

# Placeholders filled from the answers or the advice, per sentence.
ANTWOORD = frozenset({
    "vorm", "inwoners", "gemeenten", "datum", "dagen", "bedrag", "bedrag_minimum", "kp_volgende", "duur",
    "redenen", "vorm_zonder", "vorm_zonder_klein", "vraag", "gevolgen", "antwoord", "delen", "oordeel",
    "leden", "aantal", "totaal", "igs", "periode_igs", "nieuw", "oud", "groepen", "bron",
    "tot", "versie",
})


class TekstFout(ValueError):
    """A broken wording file: the message names the file and the key."""


def getal(n: int) -> str:
    """120000 -> '120.000'."""
    return f"{n:,}".replace(",", ".")


def euro(bedrag: float) -> str:
    """76499.1 -> '76.499,10 euro'; 100000 -> '100.000 euro'."""
    if float(bedrag).is_integer():
        return getal(int(bedrag)) + " euro"
    geheel, _, cent = f"{bedrag:.2f}".partition(".")
    return f"{getal(int(geheel))},{cent} euro"


def opsomming(delen: list[str] | tuple[str, ...], voegwoord: str = "en") -> str:
    """['A', 'B', 'C'] -> 'A, B en C' (of met een ander voegwoord)."""
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + f" {voegwoord} " + delen[-1]


def feiten(datum: _dt.date | None = None) -> dict[str, str]:
    """The facts a sentence may name, as the reader reads them, as they hold on ``datum``
    (default: ``klok.vandaag()``, so ``IGS_DATUM``). Period-bound facts come from the
    dated records in the registry (``register.actuele_periode``)."""
    return dict(_feiten(datum or klok.vandaag()))


@functools.cache
def _feiten(datum: _dt.date) -> dict[str, str]:
    from . import gemeenten, register

    regel = functools.partial(kennis.subsidieregel, datum=datum)
    periode = register.actuele_periode(datum)
    vorige = register.vorige_periode(periode)
    duur = {v.id: v.max_duur_jaren for v in kennis.rechtsvormen()}
    met_subsidie = [v.naam.lower() for v in kennis.rechtsvormen() if v.werkingssubsidie]
    kp = regel("kleine_projecten").parameters
    kp_data = [datum_nl(_dt.date(2000, int(d[:2]), int(d[3:])))[:-5] for d in kp["indiendata"]]
    return {
        "drempel": getal(regel("inwoners").parameters["drempel"]),
        "minimum_gemeenten": str(regel("overgang").parameters["minimum_gemeenten"]),
        "minimum_gemeenten_woord": _TELWOORD.get(regel("overgang").parameters["minimum_gemeenten"],
                                                 str(regel("overgang").parameters["minimum_gemeenten"])),
        "overgang_tot": str(regel("overgang").parameters["tot"]),
        "periode": periode.naam,
        "vorige_periode": vorige.naam if vorige else "",
        "periode_start": datum_nl(periode.start),
        "periode_start_jaar": str(periode.start.year),
        "periode_einde": datum_nl(periode.waarde("einde")),
        "vorige_periode_einde": datum_nl(vorige.einde) if vorige and vorige.einde else "",
        "indiendatum": datum_nl(regel("cultuurnota").parameters["indiendatum"]),
        "bedrag_per_inwoner": euro(regel("bedrag").parameters["bedrag_per_inwoner"]),
        "minimum_ontwerp": euro(regel("bedrag").parameters["minimum_ontwerp"]),
        "vormen_met_subsidie": "een vereniging met rechtspersoonlijkheid: " + opsomming(met_subsidie, "of"),
        "pv_duur": str(duur["projectvereniging"]),
        "dv_duur": str(duur["dienstverlenende_vereniging"]),
        "ov_duur": str(duur["opdrachthoudende_vereniging"]),
        "kp_max_subsidie": euro(kp["max_subsidie"]),
        "kp_max_projectkost": euro(kp["max_projectkost"]),
        "kp_indiendata": " en ".join(kp_data),
        "kp_eerste_indiendatum": datum_nl(kp["eerste_indiendatum"]),
        "kp_eerste_start": datum_nl(kp["eerste_start"]),
        "pv_einde": datum_nl(regel("projectvereniging_einde").parameters["einde"]),
        "volgende_na": str(periode.waarde("einde").year),
        "volgende_start": datum_nl(register.volgende_periode(periode).start)
        if register.volgende_periode(periode) else "",
        "aantal_gemeenten": str(len(gemeenten.alle())),
        "aantal_referentieregios": str(len(gemeenten.referentieregios())),
        "decreet": kennis.subsidie_meta()["decreet"],
    }


_TELWOORD = {2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien"}


def _plaatshouders(zin: str) -> set[str]:
    return {naam for _, naam, _, _ in string.Formatter().parse(zin) if naam is not None}


def controleer(data: dict[str, Any], bestand: str = BESTAND, extra: frozenset[str] = frozenset()) -> dict[str, str]:
    """Flatten the wording to 'section.key' -> sentence, checking every placeholder
    (the facts, ``ANTWOORD`` and the names in ``extra``)."""
    bekend = set(feiten()) | ANTWOORD | extra
    uit: dict[str, str] = {}

    def loop(prefix: str, waarde: Any) -> None:
        if isinstance(waarde, dict):
            for k, v in waarde.items():
                loop(f"{prefix}.{k}" if prefix else k, v)
            return
        if not isinstance(waarde, str):
            raise TekstFout(f"{bestand}, sleutel '{prefix}': verwacht tekst, kreeg {type(waarde).__name__}.")
        try:
            namen = _plaatshouders(waarde)
        except ValueError as fout:
            raise TekstFout(f"{bestand}, sleutel '{prefix}': ongeldige accolades ({fout}).") from None
        onbekend = sorted(n for n in namen if n not in bekend)
        if onbekend:
            raise TekstFout(
                f"{bestand}, sleutel '{prefix}': onbekende plaatshouder {{{onbekend[0]}}}. "
                f"Bekend zijn: {', '.join(sorted(bekend))}."
            )
        uit[prefix] = waarde

    loop("", data)
    return uit


@functools.cache
def _teksten() -> dict[str, str]:
    return controleer(kennis._data_bestand(BESTAND))


def sleutels(voorvoegsel: str = "") -> frozenset[str]:
    """De sleutels in teksten.toml die met ``voorvoegsel`` beginnen (bv. 'vraag.doel.')."""
    return frozenset(k for k in _teksten() if k.startswith(voorvoegsel))


def tekst(sleutel: str, **waarden: Any) -> str:
    """The sentence for ``sleutel`` with the facts and ``waarden`` filled in."""
    try:
        zin = _teksten()[sleutel]
    except KeyError:
        raise TekstFout(f"{BESTAND}: de sleutel '{sleutel}' ontbreekt.") from None
    try:
        return zin.format_map({**feiten(), **waarden})
    except KeyError as fout:
        raise TekstFout(f"{BESTAND}, sleutel '{sleutel}': geen waarde voor {{{fout.args[0]}}}.") from None
