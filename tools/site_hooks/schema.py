"""Front-matter schemas for the content folders (stappen/, cases/, docs/onderzoek/).

A content file that breaks its schema stops the build with a Dutch message that
names the file and the field. Pure functions, no MkDocs: tested directly.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml


class InhoudFout(ValueError):
    """A content file does not follow its schema."""


# Ids of the legal forms, in the keuzehulp's data (one source of truth).
def rechtsvorm_ids() -> set[str]:
    from keuzehulp import kennis

    return set(kennis.rechtsvorm_ids())


EXTRA_RECHTSVORMEN = {"onbekend", "niet_van_toepassing"}

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?\n)---\s*\n", re.DOTALL)


def lees_front_matter(pad: Path) -> tuple[dict[str, Any], str]:
    """Split a Markdown file into (front matter, body). Errors name the file."""
    tekst = pad.read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(tekst)
    if not match:
        raise InhoudFout(f"{pad}: de front matter (tussen twee regels '---') ontbreekt")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as fout:
        raise InhoudFout(f"{pad}: de front matter is geen geldige YAML ({fout})") from None
    if not isinstance(meta, dict):
        raise InhoudFout(f"{pad}: de front matter moet uit velden 'naam: waarde' bestaan")
    return meta, tekst[match.end():]


# --- field checks: each returns an error text, or None when the value is fine ---

Check = Callable[[Any], "str | None"]


def tekst(waarde: Any) -> str | None:
    if not isinstance(waarde, str) or not waarde.strip():
        return "moet een niet-lege tekst zijn"
    return None


def beschrijving(waarde: Any) -> str | None:
    if fout := tekst(waarde):
        return fout
    if not 40 <= len(waarde.strip()) <= 300:
        return f"moet tussen 40 en 300 tekens lang zijn (nu {len(waarde.strip())})"
    return None


def geheel_getal(minimum: int = 0, maximum: int = 10**9) -> Check:
    def check(waarde: Any) -> str | None:
        if isinstance(waarde, bool) or not isinstance(waarde, int):
            return "moet een geheel getal zijn"
        if not minimum <= waarde <= maximum:
            return f"moet tussen {minimum} en {maximum} liggen"
        return None

    return check


def datum(waarde: Any) -> str | None:
    if isinstance(waarde, dt.datetime) or not isinstance(waarde, dt.date):
        return "moet een datum zijn in de vorm JJJJ-MM-DD"
    return None


def lijst_van_teksten(minimum: int = 0) -> Check:
    def check(waarde: Any) -> str | None:
        if not isinstance(waarde, list) or any(tekst(item) for item in waarde):
            return "moet een lijst van niet-lege teksten zijn"
        if len(waarde) < minimum:
            return f"moet minstens {minimum} item(s) bevatten"
        return None

    return check


def slugs(waarde: Any) -> str | None:
    if not isinstance(waarde, list) or not all(
        isinstance(item, str) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", item) for item in waarde
    ):
        return "moet een lijst van ids zijn (kleine letters, cijfers en streepjes)"
    return None


def bronnen(minimum: int) -> Check:
    def check(waarde: Any) -> str | None:
        if not isinstance(waarde, list) or len(waarde) < minimum:
            return f"moet een lijst van minstens {minimum} bron(nen) zijn"
        for nummer, bron in enumerate(waarde, start=1):
            if not isinstance(bron, dict):
                return f"bron {nummer} moet velden titel, uitgever en url hebben"
            for veld in ("titel", "uitgever", "url"):
                if tekst(bron.get(veld)):
                    return f"bron {nummer}: veld '{veld}' ontbreekt of is leeg"
            if not re.match(r"https?://", bron["url"]):
                return f"bron {nummer}: de url moet met http:// of https:// beginnen"
            if "datum" in bron and not isinstance(bron["datum"], (dt.date, int, str)):
                return f"bron {nummer}: de datum is ongeldig"
        return None

    return check


def rechtsvorm(waarde: Any) -> str | None:
    geldig = rechtsvorm_ids() | EXTRA_RECHTSVORMEN
    if waarde not in geldig:
        return "moet een van deze waarden zijn: " + ", ".join(sorted(geldig))
    return None


def jaartal_of_onbekend(waarde: Any) -> str | None:
    if waarde == "onbekend":
        return None
    if isinstance(waarde, bool) or not isinstance(waarde, int) or not 1800 <= waarde <= 2100:
        return "moet een jaartal zijn, of 'onbekend'"
    return None


def inwoners(waarde: Any) -> str | None:
    if not isinstance(waarde, dict):
        return "moet velden 'aantal' en 'bron' (url) hebben"
    if geheel_getal(1, 10_000_000)(waarde.get("aantal")):
        return "'aantal' moet een geheel getal zijn"
    if tekst(waarde.get("bron")) or not str(waarde["bron"]).startswith("http"):
        return "'bron' moet een url zijn"
    return None


@dataclass(frozen=True)
class Veld:
    naam: str
    check: Check
    verplicht: bool = True


STAP = (
    Veld("nummer", geheel_getal(1, 99)),
    Veld("titel", tekst),
    Veld("beschrijving", beschrijving),
    Veld("duur", tekst),
    Veld("beslist", tekst),
    Veld("resultaten", lijst_van_teksten(1)),
    Veld("sjablonen", slugs),
    Veld("checklist", lijst_van_teksten(2)),
    Veld("bronnen", bronnen(1)),
    Veld("laatst_gecontroleerd", datum),
)

CASE = (
    Veld("titel", tekst),
    Veld("beschrijving", beschrijving),
    Veld("gemeenten", lijst_van_teksten(0)),
    Veld("rechtsvorm", rechtsvorm),
    Veld("opgericht", jaartal_of_onbekend),
    Veld("inwoners", inwoners, verplicht=False),
    Veld("themas", lijst_van_teksten(1)),
    Veld("bronnen", bronnen(2)),
    Veld("laatst_gecontroleerd", datum),
)

ONDERZOEK = (
    Veld("titel", tekst),
    Veld("beschrijving", beschrijving),
    Veld("bronnen", bronnen(2)),
    Veld("laatst_gecontroleerd", datum),
)

OVERZICHT = (
    Veld("titel", tekst),
    Veld("beschrijving", beschrijving),
)


def valideer(pad: Path, meta: dict[str, Any], schema: tuple[Veld, ...]) -> None:
    """Raise InhoudFout naming the file and the first broken field."""
    for veld in schema:
        if veld.naam not in meta or meta[veld.naam] is None:
            if veld.verplicht:
                raise InhoudFout(f"{pad}: veld '{veld.naam}' ontbreekt")
            continue
        if fout := veld.check(meta[veld.naam]):
            raise InhoudFout(f"{pad}: veld '{veld.naam}' {fout}")
