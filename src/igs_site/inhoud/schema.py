"""Front-matter schemas for the content folders (stappen/, cases/, docs/onderzoek/).

A content file that breaks its schema stops the build with a Dutch message that
names the file and the field. Pure functions, no MkDocs: tested directly.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable

import yaml

from igs_site.inhoud import feiten


class InhoudFout(ValueError):
    """A content file does not follow its schema."""


# Ids of the legal forms, in the keuzehulp's data (one source of truth).
def rechtsvorm_ids() -> set[str]:
    from keuzehulp import kennis

    return set(kennis.rechtsvorm_ids())


EXTRA_RECHTSVORMEN = {"onbekend", "niet_van_toepassing"}

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?\n)---\s*\n", re.DOTALL)


class _StrikteLader(yaml.SafeLoader):
    """SafeLoader that refuses a key given twice (PyYAML keeps the last one silently)."""

    def construct_mapping(self, node, deep=False):
        gezien: dict[Any, int] = {}
        for sleutel_node, _ in node.value:
            sleutel = self.construct_object(sleutel_node, deep=True)
            regel = sleutel_node.start_mark.line + 1
            if sleutel in gezien:
                raise InhoudFout(f"veld '{sleutel}' staat twee keer in de front matter (regels {gezien[sleutel]} en {regel})")
            gezien[sleutel] = regel
        for sleutel_node, waarde_node in node.value:
            try:
                self.construct_object(waarde_node, deep=True)
            except InhoudFout:
                raise
            except ValueError as fout:  # PyYAML's date constructor: 2024-02-30
                sleutel = self.construct_object(sleutel_node)
                raise InhoudFout(f"veld '{sleutel}' bevat een onmogelijke datum op regel "
                                 f"{waarde_node.start_mark.line + 1} ({fout})") from None
        return super().construct_mapping(node, deep)


def lees_tekst(pad: Path) -> str:
    """The file as text; invalid UTF-8 stops with a message naming the file and the place."""
    try:
        return pad.read_bytes().decode("utf-8")
    except UnicodeDecodeError as fout:
        regel = pad.read_bytes()[: fout.start].count(b"\n") + 1
        raise InhoudFout(f"{pad}: geen geldige UTF-8 op regel {regel} (byte {fout.start}); bewaar het bestand als UTF-8") from None


def lees_front_matter(pad: Path) -> tuple[dict[str, Any], str]:
    """Split a Markdown file into (front matter, body). Errors name the file."""
    tekst = lees_tekst(pad)
    match = _FRONT_MATTER.match(tekst)
    if not match:
        raise InhoudFout(f"{pad}: de front matter (tussen twee regels '---') ontbreekt")
    try:
        meta = yaml.load(match.group(1), Loader=_StrikteLader) or {}
    except InhoudFout as fout:
        raise InhoudFout(f"{pad}: {fout}") from None
    except yaml.YAMLError as fout:
        raise InhoudFout(f"{pad}: de front matter is geen geldige YAML ({fout})") from None
    if not isinstance(meta, dict):
        raise InhoudFout(f"{pad}: de front matter moet uit velden 'naam: waarde' bestaan")
    try:  # <!-- igs:feit naam --> en <!-- igs:tijd id --> in de front matter (hook feiten.py)
        feiten.vul_meta(meta, str(pad))
    except feiten.markers.MarkerFout as fout:  # de melding noemt al bestand en marker
        raise InhoudFout(str(fout)) from None
    except feiten.klok.KlokFout as fout:
        raise InhoudFout(f"{pad}: {fout}") from None
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


def gecontroleerd_op(waarde: Any) -> str | None:
    """The day a page was last checked: a date, and not after the day of the build (today, or
    IGS_DATUM when that is later: a build for a later day may carry checks up to that day)."""
    from keuzehulp import klok

    if fout := datum(waarde):
        return fout
    bouwdag = max(dt.date.today(), klok.vandaag())
    if waarde > bouwdag:
        return f"ligt in de toekomst ({waarde.isoformat()}; de build is van {bouwdag.isoformat()})"
    return None


_DATUMTEKST = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def datum_of_deel(waarde: Any) -> str | None:
    """A date, or a year (2024) or month ("2024-02") for a source that gives no day."""
    if isinstance(waarde, dt.date) and not isinstance(waarde, dt.datetime):
        return None
    if isinstance(waarde, int) and not isinstance(waarde, bool):
        waarde = str(waarde)
    if isinstance(waarde, str) and (match := _DATUMTEKST.fullmatch(waarde.strip())):
        jaar, maand, dag = (int(deel) if deel else 1 for deel in match.groups())
        try:
            dt.date(jaar, maand, dag)
            return None
        except ValueError:
            pass
    return f"moet een bestaande datum zijn als 2024-04-26, 2024-04 of 2024, niet '{waarde}'"


_URL = re.compile(r"https?://[^\s/?#@]+\.[^\s/?#@]+(?:[/?#]\S*)?")


def url(waarde: Any) -> str | None:
    """Only http(s) links to a host are published: no javascript:, data:, file: or relative urls."""
    if not isinstance(waarde, str) or not _URL.fullmatch(waarde.strip()):
        return f"moet een url zijn die met http:// of https:// begint, niet '{str(waarde)[:80]}'"
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


BRONVELDEN = {"titel", "uitgever", "url", "datum"}


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
            onbekend = set(bron) - BRONVELDEN
            if onbekend:
                return f"bron {nummer}: {_onbekend_veld(sorted(onbekend)[0], BRONVELDEN)}"
            if fout := url(bron["url"]):
                return f"bron {nummer}: veld 'url' {fout}"
            if "datum" in bron and (fout := datum_of_deel(bron["datum"])):
                return f"bron {nummer}: veld 'datum' {fout}"
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
    if set(waarde) - {"aantal", "bron"}:
        return _onbekend_veld(sorted(set(waarde) - {"aantal", "bron"})[0], {"aantal", "bron"})
    if fout := url(waarde.get("bron")):
        return f"'bron' {fout}"
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
    Veld("laatst_gecontroleerd", gecontroleerd_op),
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
    Veld("laatst_gecontroleerd", gecontroleerd_op),
)

ONDERZOEK = (
    Veld("titel", tekst),
    Veld("beschrijving", beschrijving),
    Veld("bronnen", bronnen(2)),
    Veld("laatst_gecontroleerd", gecontroleerd_op),
)

OVERZICHT = (
    Veld("titel", tekst),
    Veld("beschrijving", beschrijving),
)


# Front-matter keys that MkDocs, mkdocs-material or our hooks read on any page.
ALGEMENE_VELDEN = {"title", "description", "hide", "template", "search", "status", "icon", "subtitle",
                   "noindex", "laatst_bijgewerkt"}


def _onbekend_veld(naam: str, bekend: set[str]) -> str:
    tekst = f"onbekend veld '{naam}'"
    if gelijkend := difflib.get_close_matches(str(naam), sorted(bekend), n=1, cutoff=0.75):
        tekst += f" (bedoel je '{gelijkend[0]}'?)"
    return tekst


def valideer(pad: Path, meta: dict[str, Any], schema: tuple[Veld, ...]) -> None:
    """Raise InhoudFout naming the file and the first broken field; unknown
    (often misspelled) fields are refused too, or they would be silently ignored."""
    for veld in schema:
        if veld.naam not in meta or meta[veld.naam] is None:
            if veld.verplicht:
                raise InhoudFout(f"{pad}: veld '{veld.naam}' ontbreekt")
            continue
        if fout := veld.check(meta[veld.naam]):
            raise InhoudFout(f"{pad}: veld '{veld.naam}' {fout}")
    bekend = {veld.naam for veld in schema} | ALGEMENE_VELDEN
    for naam in meta:
        if naam not in bekend:
            raise InhoudFout(f"{pad}: {_onbekend_veld(naam, bekend)}")


_LINK_MET_SCHEMA = re.compile(r"""\b(href|src|action|formaction)\s*=\s*["']?\s*([a-zA-Z][a-zA-Z0-9+.-]*):""")
TOEGELATEN_SCHEMAS = {"http", "https", "mailto"}


def verboden_links(html: str) -> list[str]:
    """Attributes in rendered HTML that point to a scheme other than http(s) or mailto
    (javascript:, data:, file:, vbscript: ...): those are never published."""
    return sorted({f'{m.group(1)}="{m.group(2)}:…"' for m in _LINK_MET_SCHEMA.finditer(html)
                   if m.group(2).lower() not in TOEGELATEN_SCHEMAS})


# Attributes that make the browser fetch a file (the site promises: no files from other servers).
_BRON_ATTRIBUTEN = {"src", "srcset", "poster", "data"}
_LINK_LADEN = {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "apple-touch-icon"}


class _Lezer(HTMLParser):
    def __init__(self, eigen_host: str | None):
        super().__init__(convert_charrefs=True)
        self.eigen_host = eigen_host
        self.fouten: list[str] = []

    def _extern(self, adres: str) -> bool:
        adres = adres.strip()
        if adres.startswith("//"):
            adres = "https:" + adres
        match = re.match(r"(?i)https?://([^/?#:]+)", adres)
        return bool(match) and match.group(1).lower() != self.eigen_host

    def handle_starttag(self, tag, attrs):
        waarden = dict(attrs)
        if "style" in waarden:
            self.fouten.append(f"<{tag} style=\"…\">: geen opmaak in de tekst (de Content-Security-Policy "
                               "weigert ze); gebruik een klasse uit de stylesheet")
        bronnen = [waarden[a] or "" for a in _BRON_ATTRIBUTEN & waarden.keys()]
        if tag == "link" and _LINK_LADEN & set((waarden.get("rel") or "").lower().split()):
            bronnen.append(waarden.get("href") or "")
        for bron in bronnen:
            for adres in bron.split(","):  # srcset: "url 1x, url 2x"
                adres = adres.strip().split(" ")[0]
                if self._extern(adres):
                    self.fouten.append(f"<{tag}> laadt een bestand van een andere server ({adres[:80]}); "
                                       "zet het bestand in docs/assets/")

    handle_startendtag = handle_starttag


# Only the tags that can break the rule go through the (slow) parser: elements that load a file,
# and any tag with a style attribute. Text in <code> is escaped (&lt;), so it is never a tag.
_KANDIDAAT = re.compile(
    r"<(?:img|script|iframe|frame|source|video|audio|embed|object|track|input|image|link)\b[^>]*>"
    r"|<[a-zA-Z][a-zA-Z0-9-]*\s[^<>]*?(?<=[\s\"'])style\s*=[^>]*>",
    re.IGNORECASE,
)


def verboden_inhoud(html: str, eigen_host: str | None = None) -> list[str]:
    """What a rendered page may not contain: an inline style attribute, or an element that loads
    a file (image, script, frame, stylesheet, ...) from another host than ``eigen_host``."""
    lezer = _Lezer((eigen_host or "").lower() or None)
    for tag in _KANDIDAAT.finditer(html):
        if "//" not in tag.group(0) and "style" not in tag.group(0).lower():
            continue  # nothing from another server, no style: nothing to parse
        lezer.reset()  # one tag at a time: after <script> the parser would read the rest as its code
        lezer.feed(tag.group(0))
    return list(dict.fromkeys(lezer.fouten))
