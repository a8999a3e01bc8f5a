"""Hosting configuration from one source (headers.toml) for a built site/.

- ``site/_headers`` for Cloudflare Pages and Netlify. Cloudflare gives a path
  the headers of *every* rule that matches and joins a header set twice with a
  comma (two CSPs are then both enforced; two HSTS values are invalid). So the
  rules here never overlap: the site's folder tree is cut into parts that each
  need one set of headers (``/stappen/*``, ``/embed/*``,
  ``/assets/pyodide/314.0.7/*``, single files where a folder is mixed).
- ``build/nginx/igs-cultuur.conf``: the same rules as nginx ``location``
  blocks, to ``include`` in a ``server {}`` (see README, Publiceren).

The Content-Security-Policy allows inline scripts by their SHA-256 only. The
hashes are taken from the built HTML; only mkdocs-material's own inline scripts
are accepted (:data:`MATERIAL_INLINE`): any other inline script fails the build,
ours belong in files.
"""

from __future__ import annotations

import base64
import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

BRON = Path(__file__).with_name("headers.toml")
NGINX = Path("build/nginx/igs-cultuur.conf")

# How mkdocs-material's inline scripts start (templates base.html and main.html of
# mkdocs-material 9.8): the scope/storage helpers (one per page depth) and the
# script that opens a <details> named in the url's #hash.
MATERIAL_INLINE = ("__md_scope=new URL(", "var target=document.getElementById(location.hash.slice(1))")

_INLINE_SCRIPT = re.compile(r"<script(?P<attr>(?:\s+[^>]*)?)>(?P<code>.*?)</script>", re.S | re.I)


class HostingFout(ValueError):
    """The site cannot be published with these headers (message names file and reason)."""


def lees_bron(pad: Path = BRON) -> dict:
    return tomllib.loads(pad.read_text(encoding="utf-8"))


# --- inline scripts -> CSP hashes -----------------------------------------------------------


def inline_scripts(html: str) -> list[str]:
    """The code of every inline script that runs (JSON data blocks such as
    mkdocs-material's __config do not run and need no hash)."""
    scripts = []
    for match in _INLINE_SCRIPT.finditer(html):
        attr = match.group("attr") or ""
        if re.search(r"\bsrc\s*=", attr):
            continue
        soort = re.search(r"""\btype\s*=\s*["']?([^"'\s>]+)""", attr)
        if soort and soort.group(1).lower() not in ("text/javascript", "module", "application/javascript"):
            continue
        scripts.append(match.group("code"))
    return scripts


def csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def script_hashes(site: Path) -> dict[str, str]:
    """CSP hash -> what the script is (for the report), over all HTML of the site."""
    hashes: dict[str, str] = {}
    for pagina in sorted(site.rglob("*.html")):
        for code in inline_scripts(pagina.read_text(encoding="utf-8")):
            if not code.strip().startswith(MATERIAL_INLINE):
                regel = code.strip().splitlines()[0][:80] if code.strip() else "(leeg)"
                raise HostingFout(
                    f"{pagina.relative_to(site)}: inline script dat niet van mkdocs-material is: '{regel}'. "
                    "Zet het in een bestand (docs/assets/js/) en laad het met <script src>."
                )
            if (sleutel := csp_hash(code)) not in hashes:
                hashes[sleutel] = _beschrijf(code)
    return hashes


def _beschrijf(code: str) -> str:
    if match := re.match(r'\s*__md_scope=new URL\((".*?")', code):
        return f"mkdocs-material __md_scope, basis {match.group(1)}"
    return "mkdocs-material: open <details> bij #anker"


# --- classes of files and their headers ------------------------------------------------------


@dataclass(frozen=True)
class Soort:
    """What a file needs: its frame-ancestors, whether it is versioned, and whether it is the
    Python worker (which runs Pyodide's modules from blob: after checking them)."""

    embed: bool
    versie: bool
    worker: bool = False


# What other websites may show in an iframe: the embed pages, and the static
# keuzehulp path, where the embedded keuzehulp leads the reader inside the frame
# when it is sandboxed (WordPress oEmbed; tests/browser/test_wordpress.py).
INSLUITBAAR = ("embed/", "keuzehulp/pad/")


# The Python worker downloads Pyodide's two JavaScript modules itself, checks their SHA-256
# against manifest.json and only then imports them from a Blob of the checked bytes
# (docs/assets/js/python-worker.js). A worker follows the Content-Security-Policy of its own
# script, so only this file gets blob: in script-src; pages keep script-src 'self'. A blob: URL
# can only be made by script that already runs in this origin, so it lets nothing new in.
PYTHON_WORKER = "assets/js/python-worker.js"


def soort(pad: str, versiepatronen: list[re.Pattern]) -> Soort:
    """pad: path inside site/ with '/' (a trailing .gz is ignored)."""
    pad = pad.removesuffix(".gz")
    return Soort(embed=pad.startswith(INSLUITBAAR), versie=any(p.search(pad) for p in versiepatronen),
                 worker=pad == PYTHON_WORKER)


def csp(bron: dict, hashes: list[str], embed: bool, worker: bool = False) -> str:
    richtlijnen = {k: v for k, v in bron["csp"].items() if isinstance(v, str)}
    richtlijnen["script-src"] = " ".join([richtlijnen["script-src"], *(["blob:"] if worker else []), *sorted(hashes)])
    voorouders = bron["csp"]["frame-ancestors"]["embed" if embed else "site"]
    if voorouders:  # empty: no directive (headers.toml)
        richtlijnen["frame-ancestors"] = voorouders
    return "; ".join(f"{naam} {waarde}" for naam, waarde in richtlijnen.items())


def headers_voor(bron: dict, hashes: list[str], s: Soort) -> dict[str, str]:
    return {
        **bron["altijd"],
        "Content-Security-Policy": csp(bron, hashes, s.embed, s.worker),
        "Cache-Control": bron["cache"]["versie" if s.versie else "herbevestigen"],
    }


# --- non-overlapping rules over the site's tree ----------------------------------------------


@dataclass(frozen=True)
class Regel:
    patroon: str  # _headers form: "/stappen/*", "/", "/404.html"
    soort: Soort


def regels(site: Path, versiepatronen: list[re.Pattern]) -> list[Regel]:
    """Cut the site into parts that each need one Soort; no two rules overlap.
    A folder whose files all need the same headers becomes one "/folder/*" rule;
    a mixed folder is split into its subfolders and files (and "/folder/" for
    its index.html)."""
    uit: list[Regel] = []

    def soorten(map_: Path) -> set[Soort]:
        return {soort(p.relative_to(site).as_posix(), versiepatronen) for p in map_.rglob("*") if p.is_file()}

    def bezoek(map_: Path) -> None:
        rel = map_.relative_to(site).as_posix()
        prefix = "/" if rel == "." else f"/{rel}/"
        alle = soorten(map_)
        if len(alle) == 1:
            uit.append(Regel(prefix + "*", alle.pop()))
            return
        for kind in sorted(map_.iterdir()):
            if kind.name == "_headers":
                continue
            kind_rel = kind.relative_to(site).as_posix()
            if kind.is_dir():
                if any(kind.rglob("*")):
                    bezoek(kind)
                continue
            s = soort(kind_rel, versiepatronen)
            uit.append(Regel(prefix + kind.name, s))
            if kind.name == "index.html":
                uit.append(Regel(prefix, s))

    bezoek(site)
    return uit


# --- writers ----------------------------------------------------------------------------------


def render_headers(bron: dict, hashes: dict[str, str], rules: list[Regel]) -> str:
    lijst = sorted(hashes)
    regels_tekst = [
        "# Generated by src/igs_site/publiceren/hosting.py from src/igs_site/publiceren/headers.toml: do not edit.",
        "# Cloudflare Pages / Netlify. The rules never overlap, so no header is set twice.",
        "# Inline-script hashes in script-src:",
        *(f"#   {h} {wat}" for h, wat in sorted(hashes.items(), key=lambda x: x[1])),
        "",
    ]
    for regel in rules:
        regels_tekst.append(regel.patroon)
        regels_tekst += [f"  {naam}: {waarde}" for naam, waarde in headers_voor(bron, lijst, regel.soort).items()]
        regels_tekst.append("")
    tekst = "\n".join(regels_tekst)
    if len(rules) > 100:
        raise HostingFout(f"_headers: {len(rules)} regels; Cloudflare Pages aanvaardt er hoogstens 100")
    if te_lang := [r for r in tekst.splitlines() if len(r) > 2000]:
        raise HostingFout(f"_headers: een regel van {len(te_lang[0])} tekens; Cloudflare Pages aanvaardt hoogstens 2.000")
    return tekst


def _nginx_locatie(patroon: str) -> str:
    if patroon.endswith("*"):
        return f"location {patroon[:-1]}"  # prefix; nginx takes the longest
    return f"location = {patroon}"


def _nginx_waarde(waarde: str) -> str:
    return '"' + waarde.replace("\\", "\\\\").replace('"', '\\"') + '"'


# Content types for the other extensions in a location that gets its own types block (below).
STANDAARD_TYPES = {"json": "application/json", "map": "application/json", "zip": "application/zip",
                   "js": "text/javascript", "whl": "application/zip", "txt": "text/plain"}


def extensies_per_regel(site: Path, rules: list[Regel]) -> dict[str, set[str]]:
    """Regel.patroon -> the extensions of the files it covers (without a trailing .gz)."""
    uit: dict[str, set[str]] = {}
    for regel in rules:
        if regel.patroon.endswith("*"):
            map_ = site / regel.patroon.strip("/*")
            bestanden = [p for p in map_.rglob("*") if p.is_file()] if map_.is_dir() else []
        else:
            pad = site / regel.patroon.lstrip("/")
            bestanden = [pad] if pad.is_file() else []
        uit[regel.patroon] = {p.name.removesuffix(".gz").rsplit(".", 1)[-1] for p in bestanden if "." in p.name}
    return uit


def _types_blok(bron: dict, extensies: set[str]) -> list[str]:
    """A location-level types block when the location serves a type nginx may not know (.wasm
    before nginx 1.21, .mjs): it replaces the inherited map for that location only, so the
    server's mime.types is never extended twice (no 'duplicate extension' warning)."""
    if not extensies & set(bron["types"]):
        return []
    onbekend = extensies - set(bron["types"]) - set(STANDAARD_TYPES)
    if onbekend:
        raise HostingFout(f"nginx: geen inhoudstype bekend voor .{', .'.join(sorted(onbekend))} naast "
                          f".{', .'.join(sorted(extensies & set(bron['types'])))}; vul STANDAARD_TYPES aan")
    typen = {**STANDAARD_TYPES, **bron["types"]}
    return ["    types { " + " ".join(f"{typen[e]} {e};" for e in sorted(extensies)) + " }"]


def render_nginx(bron: dict, hashes: dict[str, str], rules: list[Regel],
                 extensies: dict[str, set[str]] | None = None) -> str:
    lijst = sorted(hashes)
    extensies = extensies or {}
    compressie = sorted({bron["types"].get(e, "") for e in bron["comprimeren"]["extensies"]} - {""}
                        | {"text/css", "application/javascript", "application/json", "image/svg+xml",
                           "application/xml", "text/plain", "application/zip"})
    blokken = [
        "# Generated by src/igs_site/publiceren/hosting.py from src/igs_site/publiceren/headers.toml: do not edit.",
        "# Include it in a server block whose root is the folder site/, for example:",
        "#   server { listen 443 ssl; server_name igscultuur.be; root /srv/igs-cultuur/site;",
        "#            include /etc/nginx/snippets/igs-cultuur.conf; }",
        "",
        "index index.html;",
        "error_page 404 /404.html;",
        "charset utf-8;",
        "charset_types text/css text/javascript application/javascript application/json image/svg+xml"
        " application/xml text/plain;",
        "# nginx's mime.types knows neither .mjs nor (before 1.21) .wasm: the locations that",
        "# serve them have their own types block (complete for their files).",
        "include mime.types;",
        "# Precompressed name.gz (make site) when the browser accepts gzip; otherwise on the fly.",
        "gzip_static on;",
        "gzip on;",
        "gzip_vary on;",
        "gzip_comp_level 6;",
        "gzip_min_length 1024;",
        f"gzip_types {' '.join(t for t in compressie if t != 'text/html')};",
        "location = /_headers { return 404; }",
        "",
    ]

    def headers(s: Soort, inspringen: str) -> list[str]:
        return [f"{inspringen}add_header {naam} {_nginx_waarde(waarde)} always;"
                for naam, waarde in headers_voor(bron, lijst, s).items()]

    def blok(kop: str, s: Soort, patroon: str = "") -> str:
        return "\n".join([f"{kop} {{", *_types_blok(bron, extensies.get(patroon, set())), *headers(s, "    "), "}"])

    # nginx's own answers that no location handles (400 for a malformed request, 414 for a
    # request line over 8 KB, 405 for TRACE) take the headers of the server level; every
    # location sets its own, so these are never added twice.
    blokken += ["# nginx's own error answers (400, 414, 405 TRACE): the headers of a page.",
                *headers(Soort(embed=False, versie=False), ""), ""]

    # A default for paths no rule names (a 404 at an unknown top-level path).
    if not any(r.patroon == "/*" for r in rules):
        blokken.append(blok("location /", Soort(embed=False, versie=False)))
    blokken += [blok(_nginx_locatie(r.patroon), r.soort, r.patroon) for r in rules]
    return "\n".join(blokken) + "\n"


def versiepatronen(bron: dict) -> list[re.Pattern]:
    return [re.compile(p) for p in bron["cache"]["versiepatronen"]]


def schrijf(site: Path, nginx_pad: Path | None) -> dict[str, str]:
    """Write site/_headers (and the nginx include when nginx_pad is given).
    Returns the inline-script hashes with what they are for."""
    bron = lees_bron()
    hashes = script_hashes(site)
    rules = regels(site, versiepatronen(bron))
    (site / "_headers").write_text(render_headers(bron, hashes, rules), encoding="utf-8")
    if nginx_pad is not None:
        nginx_pad.parent.mkdir(parents=True, exist_ok=True)
        nginx_pad.write_text(render_nginx(bron, hashes, rules, extensies_per_regel(site, rules)), encoding="utf-8")
    return hashes
