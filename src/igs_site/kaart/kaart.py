"""Site build (plugin igs): maps of Flanders, generated at build time from the municipal boundaries.

Source: tools/kaart/data/gemeenten-vlaanderen.geojson (285 municipalities of 2025, WGS84; sources and
terms in src/keuzehulp/data/gemeenten.toml). At every build

1. mapshaper (npm, pinned exactly in package.json) projects the boundaries to Belgian Lambert 2008
   and simplifies them *topologically*: a border two municipalities share is one arc, simplified
   once, so neighbours keep touching (no slivers). The 15 referentieregio's are dissolved from the
   same arcs, so their outlines lie exactly on the municipal borders.
2. This hook writes two maps from that geometry (pure functions below; tests/kaart tests them):

   a. ``assets/kaart/vlaanderen.svg`` (``keuzehulp.html_gemeenten.KAART_PAD``), the keuzehulp map.
      Every municipality is one ``<path data-nis="<NIS 2025>" data-regio="REFREGnn">`` with a
      ``<title>`` (its accessible name and tooltip: "Aartselaar, Regio Antwerpen: 15.085 inwoners op
      1 januari 2026", the inhabitants and their date from keuzehulp.gemeenten, the credit in the
      figcaption of ``render_kaart_container``); the referentieregio's are
      outlined in a group on top that ignores the pointer. Colours are presentation attributes, so
      the page's CSS overrides them (``[data-gekozen]`` in keuzehulp.css).

      Contract for the widget: ``keuzehulp.html_gemeenten.render_kaart_container(basis)`` gives
      the container ``<figure data-kaart data-kaart-src="…/vlaanderen.svg">`` with the credit line.
      ``docs/assets/js/kaart.js`` exports ``laadKaart(container)``: it fetches the SVG (after the
      form is usable, it never blocks it), inserts it *inline* into ``[data-kaart-vlak]`` and
      resolves to the ``<svg>`` element. Inline, so that JavaScript can set ``data-gekozen`` on
      ``[data-nis]`` elements, CSS can style them and clicks on a path reach the page's listeners
      (an ``<img>`` allows none of that, an ``<object>`` only across a document boundary).

   b. On onderzoek/landschap.md, the marker ``<!-- igs:landschap-kaart -->`` becomes an inline
      SVG map of the recognised IGS cultuur per subsidy period in landschap.csv (2020-2026, and
      2027-2032 as soon as rows for it exist), with a numbered legend in HTML: the number is on the
      map as well, so the map does not rely on colour alone. Inline, so it is in the PDF too.

No tile server, no other host: everything is in the site.
"""

from __future__ import annotations

import json
import logging
import math
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from html import escape
from pathlib import Path

from mkdocs.exceptions import PluginError

from igs_site.controle import markers
from keuzehulp import gemeenten as gem
from keuzehulp.afleiding import igs_per_gemeente
from keuzehulp.html_gemeenten import KAART_PAD
from keuzehulp.landschap import PERIODES, lees_landschap

log = logging.getLogger("mkdocs.hooks.kaart")

GRENZEN = Path("tools") / "kaart" / "data" / "gemeenten-vlaanderen.geojson"
MAPSHAPER = Path("node_modules") / "mapshaper" / "bin" / "mapshaper"
LANDSCHAP_PAGINA = "onderzoek/landschap.md"
MARKER = "landschap-kaart"
markers.registreer(MARKER)

# Belgian Lambert 2008 (EPSG:3812), the projection of Belgium's own maps.
LAMBERT_2008 = ("+proj=lcc +lat_0=50.797815 +lon_0=4.35921583333333 +lat_1=49.8333333333333 "
                "+lat_2=51.1666666666667 +x_0=649328 +y_0=665262 +ellps=GRS80 +units=m +no_defs")
# Detail mapshaper keeps (Visvalingam, weighted): bends smaller than about this many metres go.
# A distance, not a share of the vertices, so small pieces (Baarle-Hertog's enclaves) keep their
# shape too; well within the size budget (≈ 150 kB gzip, see tests/kaart).
BEHOUD = "interval=100"
BREEDTE = 3200  # width of the map in SVG units (integer coordinates: 1 unit ≈ 80 m)
MARGE = 8

# Colours (presentation attributes; CSS may override them).
GEMEENTE_VULLING = "#e3e6f3"
GEMEENTE_LIJN = "#ffffff"
REGIO_LIJN = "#1a237e"
GEEN_IGS = "#eeeeee"
# Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; neighbouring IGS
# never share one (greedy colouring), and every IGS carries its number on the map and in the legend.
PALET = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#CC79A7", "#D55E00", "#0072B2", "#999933")


class KaartFout(PluginError):
    """The maps could not be made (missing tool or broken boundary file). The message says which."""


# --------------------------------------------------------------------------
# 1. Geometry: mapshaper, then integer SVG coordinates


@dataclass(frozen=True)
class Geometrie:
    breedte: int
    hoogte: int
    gemeenten: dict[str, list[list[tuple[int, int]]]]  # NIS -> rings
    regios: dict[str, list[list[tuple[int, int]]]]  # REFREG code -> rings


def vereenvoudig(root: Path) -> tuple[dict, dict]:
    """Run mapshaper; returns (municipalities, regions) as GeoJSON FeatureCollections in metres."""
    bron = root / GRENZEN
    if not bron.is_file():
        raise KaartFout(f"{GRENZEN}: het bestand met de gemeentegrenzen ontbreekt")
    mapshaper = root / MAPSHAPER
    node = shutil.which("node")
    if node is None or not mapshaper.is_file():
        raise KaartFout(f"{MAPSHAPER} of node ontbreekt: draai 'make deps' (npm ci) om de kaarten te kunnen maken")
    with tempfile.TemporaryDirectory() as tmp:
        uit = Path(tmp)
        opdracht = [
            node, str(mapshaper), "-i", str(bron), "name=gemeenten",
            "-proj", LAMBERT_2008,
            "-simplify", "visvalingam", "weighted", BEHOUD, "keep-shapes",
            "-dissolve", "referentieregio", "+", "name=regios",
            "-o", str(uit) + "/", "target=*", "format=geojson", "precision=1",
        ]
        resultaat = subprocess.run(opdracht, capture_output=True, text=True)
        if resultaat.returncode != 0:
            raise KaartFout(f"{GRENZEN}: mapshaper faalde: {resultaat.stderr.strip()[:500]}")
        try:
            gemeenten = json.loads((uit / "gemeenten.json").read_text(encoding="utf-8"))
            regios = json.loads((uit / "regios.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as fout:
            raise KaartFout(f"{GRENZEN}: uitvoer van mapshaper onleesbaar ({fout})") from None
    return gemeenten, regios


def _ringen(geometrie: dict) -> list[list[list[float]]]:
    if geometrie is None:
        return []
    if geometrie["type"] == "Polygon":
        return list(geometrie["coordinates"])
    if geometrie["type"] == "MultiPolygon":
        return [ring for polygoon in geometrie["coordinates"] for ring in polygoon]
    return []


def naar_svg(gemeenten: dict, regios: dict) -> Geometrie:
    """Metres -> integer SVG coordinates (y down), the same transform for every ring, so shared
    vertices stay shared after rounding."""
    alle = [p for f in gemeenten["features"] for ring in _ringen(f["geometry"]) for p in ring]
    minx, maxx = min(p[0] for p in alle), max(p[0] for p in alle)
    miny, maxy = min(p[1] for p in alle), max(p[1] for p in alle)
    schaal = (BREEDTE - 2 * MARGE) / (maxx - minx)
    hoogte = math.ceil((maxy - miny) * schaal) + 2 * MARGE

    def ring(r: list[list[float]]) -> list[tuple[int, int]]:
        punten: list[tuple[int, int]] = []
        for x, y in r:
            p = (round((x - minx) * schaal) + MARGE, round((maxy - y) * schaal) + MARGE)
            if not punten or punten[-1] != p:
                punten.append(p)
        if len(punten) > 1 and punten[0] == punten[-1]:
            punten.pop()
        return punten

    def lagen(collectie: dict, sleutel: str) -> dict[str, list[list[tuple[int, int]]]]:
        uit: dict[str, list[list[tuple[int, int]]]] = {}
        for f in collectie["features"]:
            ringen = [r for r in (ring(r) for r in _ringen(f["geometry"])) if len(r) >= 3]
            uit.setdefault(str(f["properties"][sleutel]), []).extend(ringen)
        return uit

    return Geometrie(BREEDTE, hoogte, lagen(gemeenten, "nis_code"), lagen(regios, "referentieregio"))


def pad(ringen: list[list[tuple[int, int]]]) -> str:
    """SVG path data, relative and compact: 'M12 34l5-3 2 0z…'."""
    delen = []
    vorige = (0, 0)
    for ring in ringen:
        x0, y0 = ring[0]
        stukken = [f"M{x0} {y0}" if not delen else f"m{x0 - vorige[0]} {y0 - vorige[1]}"]
        px, py = x0, y0
        stappen = []
        for x, y in ring[1:]:
            stappen.append(f"{x - px} {y - py}".replace(" -", "-"))
            px, py = x, y
        stukken.append("l" + " ".join(stappen) + "z")
        delen.append("".join(stukken).replace(" -", "-"))
        vorige = (x0, y0)  # after 'z' the current point is the ring's start
    return "".join(delen)


# --------------------------------------------------------------------------
# 2a. The keuzehulp map


def e(tekst: object) -> str:
    return escape(str(tekst), quote=True)


def _getal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def gemeente_titel(g: gem.Gemeente) -> str:
    """The title of a municipality on the keuzehulp map: name, referentieregio, inhabitants with their date."""
    from keuzehulp.datum import datum_nl

    return f"{g.naam}, {g.referentieregio}: {_getal(g.inwoners)} inwoners op {datum_nl(gem.meta()['inwoners']['datum'])}"


def keuzehulp_svg(geo: Geometrie) -> str:
    regionamen = gem.referentieregios()
    paden = []
    for nis, g in gem.alle().items():
        ringen = geo.gemeenten.get(nis)
        if not ringen:
            raise KaartFout(f"{GRENZEN}: geen grens voor gemeente {nis} ({g.naam})")
        paden.append(f'<path data-nis="{nis}" data-regio="{e(g.referentieregio_code)}" d="{pad(ringen)}">'
                     f"<title>{e(gemeente_titel(g))}</title></path>")
    regios = [f'<path data-regio="{e(code)}" d="{pad(geo.regios[code])}"/>' for code in regionamen]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {geo.breedte} {geo.hoogte}" '
        f'class="igs-kaart igs-kaart-keuzehulp" role="group" aria-labelledby="igs-kaart-titel">'
        f'<title id="igs-kaart-titel">Kaart van de {len(paden)} Vlaamse gemeenten, met de grenzen van de '
        f"{len(regios)} referentieregio's</title>"
        f'<g class="igs-kaart-gemeenten" fill="{GEMEENTE_VULLING}" stroke="{GEMEENTE_LIJN}" stroke-width="2" '
        f'stroke-linejoin="round">{"".join(paden)}</g>'
        f'<g class="igs-kaart-regios" fill="none" stroke="{REGIO_LIJN}" stroke-width="4.4" stroke-linejoin="round" '
        f'pointer-events="none" aria-hidden="true">{"".join(regios)}</g>'
        "</svg>\n"
    )


# --------------------------------------------------------------------------
# 2b. The landscape map


@dataclass(frozen=True)
class Igs:
    nummer: int
    naam: str
    kleur: str
    gemeenten: tuple[str, ...]  # NIS 2025
    deels: tuple[str, ...]  # NIS 2025 of which only a part (a former municipality) is a member
    einde: str


def igs_van_periode(periode: str) -> list[Igs]:
    """The IGS of one period, numbered in the order of landschap.csv, coloured so neighbours differ."""
    rijen = [r for r in lees_landschap() if r["periode"] == periode]
    leden = igs_per_gemeente()
    fusies = gem.fusies()
    voorlopig = []
    for rij in rijen:
        codes = tuple(dict.fromkeys(nis for nis, lidmaatschappen in leden.items()
                                    for lid in lidmaatschappen
                                    if lid.igs == rij["naam"] and lid.periode == periode))
        genoemd = {naam.casefold() for naam in rij["gemeenten"]}
        deels = tuple(
            nis for nis in codes
            if any(f.nis == nis and f.oud_naam.casefold() not in genoemd for f in fusies.values())
        )
        voorlopig.append((rij, codes, deels))
    buren = gem.buren()
    kleuren: list[str] = []
    for i, (_, codes, _) in enumerate(voorlopig):
        naast = {kleuren[j] for j, (_, andere, _) in enumerate(voorlopig[:i])
                 if any(b in andere for c in codes for b in buren[c] | {c})}
        kleuren.append(next((k for k in PALET if k not in naast), PALET[i % len(PALET)]))
    return [Igs(i + 1, rij["naam"], kleur, codes, deels, rij["einde"])
            for i, ((rij, codes, deels), kleur) in enumerate(zip(voorlopig, kleuren, strict=True))]


def _zwaartepunt(ringen: list[list[tuple[int, int]]]) -> tuple[float, float, float]:
    """(area, cx, cy) of the largest ring (shoelace)."""
    beste = (0.0, 0.0, 0.0)
    for r in ringen:
        a = cx = cy = 0.0
        for (x1, y1), (x2, y2) in zip(r, r[1:] + r[:1], strict=True):
            k = x1 * y2 - x2 * y1
            a += k
            cx += (x1 + x2) * k
            cy += (y1 + y2) * k
        if a and abs(a) / 2 > beste[0]:
            beste = (abs(a) / 2, cx / (3 * a), cy / (3 * a))
    return beste


def _labelpunt(geo: Geometrie, codes: tuple[str, ...]) -> tuple[int, int]:
    """Where the IGS number goes: the centre of the member closest to the group's weighted centre."""
    punten = [(_zwaartepunt(geo.gemeenten[c]), c) for c in codes]
    totaal = sum(p[0] for p, _ in punten) or 1
    gx = sum(p[0] * p[1] for p, _ in punten) / totaal
    gy = sum(p[0] * p[2] for p, _ in punten) / totaal
    (_, x, y), _ = min(punten, key=lambda pc: (pc[0][1] - gx) ** 2 + (pc[0][2] - gy) ** 2)
    return round(x), round(y)


def landschap_svg(geo: Geometrie, igs: list[Igs], periode: str, sleutel: str) -> str:
    per_nis: dict[str, list[Igs]] = {}
    for i in igs:
        for nis in i.gemeenten:
            per_nis.setdefault(nis, []).append(i)
    paden = []
    patronen = []
    for nis, g in gem.alle().items():
        leden = per_nis.get(nis, [])
        lid = leden[0] if leden else None  # in two IGS at once: the colour of the first, both in the title
        namen = "; ".join(("deels " if nis in i.deels else "") + f"{i.naam} ({i.nummer})" for i in leden)
        if lid is None:
            vulling, titel = GEEN_IGS, f"{g.naam}: geen erkende IGS cultuur"
        elif nis in lid.deels:
            patroon = f"{sleutel}-deels-{lid.nummer}"
            if patroon not in patronen:
                patronen.append(patroon)
            vulling, titel = f"url(#{patroon})", f"{g.naam}: {namen}"
        else:
            vulling, titel = lid.kleur, f"{g.naam}: {namen}"
        paden.append(f'<path data-nis="{nis}" fill="{vulling}" d="{pad(geo.gemeenten[nis])}"><title>{e(titel)}</title></path>')
    defs = "".join(
        f'<pattern id="{p}" width="16" height="16" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="16" height="16" fill="{GEEN_IGS}"/><rect width="8" height="16" '
        f'fill="{next(i.kleur for i in igs if p.endswith(f"-{i.nummer}"))}"/></pattern>'
        for p in patronen
    )
    regios = "".join(f'<path d="{pad(r)}"/>' for r in geo.regios.values())
    labels = []
    for i in igs:
        if not i.gemeenten:
            continue
        volledig = tuple(c for c in i.gemeenten if c not in i.deels) or i.gemeenten
        x, y = _labelpunt(geo, volledig)  # on a full member: a merged city is not the centre of the IGS
        labels.append(f'<g transform="translate({x} {y})"><circle r="46" fill="#fff" stroke="#000" stroke-width="4"/>'
                      f'<text y="18" text-anchor="middle" font-size="52" font-weight="700" '
                      f'font-family="sans-serif" fill="#000">{i.nummer}</text></g>')
    titel_id = f"{sleutel}-titel"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {geo.breedte} {geo.hoogte}" '
        f'class="igs-kaart igs-kaart-landschap" role="img" aria-labelledby="{titel_id}">'
        f'<title id="{titel_id}">Kaart van de erkende IGS cultuur {e(periode)}: {len(igs)} samenwerkingsverbanden, '
        "elk met een nummer uit de legende; de tabel hieronder geeft dezelfde gegevens.</title>"
        + (f"<defs>{defs}</defs>" if defs else "")
        + f'<g stroke="#ffffff" stroke-width="1.6" stroke-linejoin="round">{"".join(paden)}</g>'
        f'<g fill="none" stroke="{REGIO_LIJN}" stroke-width="3.2" stroke-linejoin="round" stroke-dasharray="12 6">{regios}</g>'
        f'<g>{"".join(labels)}</g>'
        "</svg>"
    )


def _staal(kleur: str, deels: bool = False) -> str:
    if deels:
        return ('<svg class="igs-staal" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">'
                f'<rect width="18" height="18" fill="{GEEN_IGS}"/>'
                f'<path d="M0 18L18 0M-4 6L6-4M12 22L22 12" stroke="{kleur}" stroke-width="4"/></svg>')
    return (f'<svg class="igs-staal" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">'
            f'<rect width="18" height="18" fill="{kleur}" stroke="#555" stroke-width="1"/></svg>')


def landschap_blok(geo: Geometrie) -> str:
    """The map(s) with legend and credit line, one per period that has rows in landschap.csv."""
    meta = gem.meta()
    delen = []
    for periode in PERIODES:
        igs = igs_van_periode(periode)
        if not igs:
            continue
        sleutel = f"igs-kaart-{periode}"
        items = []
        for i in igs:
            gestopt = ""
            if i.einde:
                from keuzehulp.datum import datum_nl

                gestopt = f", gestopt op {datum_nl(i.einde)}"
            deels = ""
            if i.deels:
                namen = ", ".join(gem.alle()[n].naam for n in i.deels)
                deels = f' <span class="igs-deels">{_staal(i.kleur, True)} deels: {e(namen)} (alleen een deelgemeente van vóór 2025)</span>'
            items.append(f'<li><span class="igs-nummer">{i.nummer}</span>{_staal(i.kleur)} {e(i.naam)} '
                         f"({len(i.gemeenten)} gemeenten{gestopt}){deels}</li>")
        delen.append(
            f'<figure class="igs-kaartfiguur" id="{sleutel}">'
            + landschap_svg(geo, igs, periode, sleutel)
            + f"<figcaption><strong>Erkende IGS cultuur {e(periode)}</strong>, op de gemeentegrenzen van 2025. "
            "Een stippellijn is de grens van een referentieregio; grijs is een gemeente zonder erkende IGS cultuur."
            f'<ol class="igs-legende">{"".join(items)}</ol>'
            f'<span class="igs-bronvermelding">{e(meta["gemeenten"]["vermelding"])}. Samenwerkingsverbanden: '
            "de tabel hieronder, met een bron per rij.</span></figcaption></figure>"
        )
    if not delen:
        raise KaartFout("src/keuzehulp/data/landschap.csv: geen enkele rij met een subsidieperiode voor de kaart")
    return "\n".join(delen)


# --------------------------------------------------------------------------
# MkDocs events

_ROOT: Path | None = None
_GEO: dict[tuple[str, int], Geometrie] = {}


def geometrie(root: Path) -> Geometrie:
    """The simplified geometry, made once per version of the boundary file (mkdocs serve rebuilds
    without running mapshaper again unless the boundaries changed)."""
    bron = root / GRENZEN
    sleutel = (str(bron), bron.stat().st_mtime_ns if bron.exists() else 0)
    if sleutel not in _GEO:
        _GEO.clear()
        _GEO[sleutel] = naar_svg(*vereenvoudig(root))
    return _GEO[sleutel]


def on_config(config):
    global _ROOT
    _ROOT = Path(config.config_file_path).parent.resolve()
    return config


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.file.src_uri != LANDSCHAP_PAGINA:
        return markdown
    root = _ROOT or Path(config.config_file_path).parent.resolve()
    blok = landschap_blok(geometrie(root))
    return markers.vervang(markdown, {MARKER: lambda: "\n" + blok + "\n"}, page.file.src_uri)


def on_post_build(config):
    root = _ROOT or Path(config.config_file_path).parent.resolve()
    doel = Path(config.site_dir) / KAART_PAD
    doel.parent.mkdir(parents=True, exist_ok=True)
    doel.write_text(keuzehulp_svg(geometrie(root)), encoding="utf-8")


def on_serve(server, config, builder):
    root = Path(config.config_file_path).parent
    server.watch(str(root / GRENZEN))
    return server
