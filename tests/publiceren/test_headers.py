"""The hosting headers: site/_headers under Cloudflare Pages' rules, and the same
headers from real nginx with the generated include (build/nginx/igs-cultuur.conf)."""

from __future__ import annotations

import gzip
import json
import re
import urllib.request
from pathlib import Path

import pytest

from igs_site.publiceren import hosting

VERSIE = "public, max-age=31536000, immutable"


def lees_headers_bestand(pad: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """_headers as (pattern, [(name, value)]) in file order."""
    regels: list[tuple[str, list[tuple[str, str]]]] = []
    for regel in pad.read_text(encoding="utf-8").splitlines():
        if not regel.strip() or regel.startswith("#"):
            continue
        if not regel[0].isspace():
            regels.append((regel.strip(), []))
        else:
            naam, _, waarde = regel.strip().partition(":")
            regels[-1][1].append((naam.strip(), waarde.strip()))
    return regels


def past(patroon: str, pad: str) -> bool:
    """Cloudflare Pages matching: '*' (a splat) matches any characters, also '/'."""
    return re.fullmatch(re.escape(patroon).replace(r"\*", ".*"), pad) is not None


def site_paden(site: Path) -> list[str]:
    """Every url the site serves: each file, and each folder with an index.html."""
    paden = []
    for bestand in site.rglob("*"):
        if bestand.is_file() and bestand.name != "_headers":
            rel = "/" + bestand.relative_to(site).as_posix()
            paden.append(rel)
            if bestand.name == "index.html":
                paden.append(rel.removesuffix("index.html"))
    return paden


@pytest.fixture(scope="module")
def headers_bestand(site_dir):
    return lees_headers_bestand(site_dir / "_headers")


def test_elke_url_krijgt_precies_een_regel(site_dir, headers_bestand):
    """Cloudflare joins the values of a header set by two matching rules: two
    CSPs would both be enforced (an embed blocked by frame-ancestors 'self'),
    two HSTS values are invalid. So exactly one rule per url."""
    patronen = [p for p, _ in headers_bestand]
    assert len(patronen) <= 100 and len(set(patronen)) == len(patronen)
    fout = {}
    for pad in site_paden(site_dir):
        treffers = [p for p in patronen if past(p, pad)]
        if len(treffers) != 1:
            fout[pad] = treffers
    assert not fout, list(fout.items())[:10]


def test_elke_regel_heeft_alle_headers_een_keer(headers_bestand):
    for patroon, headers in headers_bestand:
        namen = [n for n, _ in headers]
        assert len(namen) == len(set(namen)), patroon
        assert {"Content-Security-Policy", "Cache-Control", "X-Content-Type-Options", "Referrer-Policy",
                "Strict-Transport-Security"} <= set(namen), patroon
        csp = dict(headers)["Content-Security-Policy"]
        script_src = re.search(r"script-src ([^;]+)", csp).group(1)
        assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
        assert "'wasm-unsafe-eval'" in script_src
        for richtlijn in ("connect-src 'self'", "worker-src 'self'", "frame-src 'self'", "object-src 'none'"):
            assert richtlijn in csp
        insluitbaar = patroon.startswith(tuple("/" + map_ for map_ in hosting.INSLUITBAAR))
        # Embeddable: no frame-ancestors at all ("*" would refuse a sandboxed parent, headers.toml).
        if insluitbaar:
            assert "frame-ancestors" not in csp, patroon
        else:
            assert csp.endswith("frame-ancestors 'self'"), patroon


def _regel_voor(headers_bestand, pad: str) -> dict[str, str]:
    [headers] = [dict(h) for p, h in headers_bestand if past(p, pad)]
    return headers


def test_lang_bewaren_alleen_voor_bestanden_met_versie(site_dir, headers_bestand):
    manifest = (site_dir / "assets/pyodide/manifest.json").read_text(encoding="utf-8")
    versiemap = re.search(r'"map": "([^"]+)"', manifest).group(1)
    wheel = next((site_dir / "assets/wheels").glob("*.whl")).name
    bundel = next((site_dir / "assets/javascripts").glob("bundle.*.min.js")).name
    for pad in (f"/assets/pyodide/{versiemap}pyodide.asm.wasm", f"/assets/wheels/{wheel}",
                f"/assets/javascripts/{bundel}"):
        assert _regel_voor(headers_bestand, pad)["Cache-Control"] == VERSIE, pad
    for pad in ("/", "/index.html", "/stappen/", "/assets/pyodide/manifest.json", "/assets/js/keuzehulp.js",
                "/embed/keuzehulp/", "/sitemap.xml"):
        assert _regel_voor(headers_bestand, pad)["Cache-Control"] == "no-cache", pad


def test_csp_hashes_dekken_precies_de_inline_scripts(site_dir, headers_bestand):
    csp = _regel_voor(headers_bestand, "/")["Content-Security-Policy"]
    in_csp = set(re.findall(r"'sha256-[^']+'", csp))
    gevonden = {hosting.csp_hash(code) for p in site_dir.rglob("*.html")
                for code in hosting.inline_scripts(p.read_text(encoding="utf-8"))}
    assert in_csp == gevonden
    assert 2 <= len(in_csp) <= 20


def test_eigen_inline_script_laat_de_build_falen(tmp_path):
    (tmp_path / "index.html").write_text(
        "<html><head><script>__md_scope=new URL(\".\",location)</script></head>"
        "<body><script>alert(1)</script></body></html>", encoding="utf-8")
    with pytest.raises(hosting.HostingFout, match=r"index.html: inline script dat niet van mkdocs-material is: 'alert\(1\)'"):
        hosting.script_hashes(tmp_path)
    (tmp_path / "index.html").write_text('<script type="application/json">{"a": 1}</script>', encoding="utf-8")
    assert hosting.script_hashes(tmp_path) == {}


# --- real nginx ----------------------------------------------------------------------------------


def haal(url: str, **headers) -> tuple[int, dict[str, str], bytes]:
    verzoek = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(verzoek, timeout=30) as antwoord:
            return antwoord.status, {k.lower(): v for k, v in antwoord.headers.items()}, antwoord.read()
    except urllib.error.HTTPError as fout:
        return fout.code, {k.lower(): v for k, v in fout.headers.items()}, fout.read()


def test_nginx_stuurt_de_headers_van_headers_bestand(site_dir, nginx, headers_bestand):
    manifest = (site_dir / "assets/pyodide/manifest.json").read_text(encoding="utf-8")
    versiemap = re.search(r'"map": "([^"]+)"', manifest).group(1)
    wheel = next((site_dir / "assets/wheels").glob("*.whl")).name
    for pad in ("/", "/stappen/", "/embed/keuzehulp/", f"/assets/pyodide/{versiemap}pyodide.asm.wasm",
                "/assets/pyodide/manifest.json", f"/assets/wheels/{wheel}", "/assets/js/keuzehulp.js"):
        status, headers, _ = haal(nginx + pad.lstrip("/"))
        assert status == 200, pad
        for naam, waarde in _regel_voor(headers_bestand, pad).items():
            assert headers.get(naam.lower()) == waarde, (pad, naam, headers.get(naam.lower()))


def test_nginx_inhoudstypes_en_404(site_dir, nginx):
    manifest = (site_dir / "assets/pyodide/manifest.json").read_text(encoding="utf-8")
    versiemap = re.search(r'"map": "([^"]+)"', manifest).group(1)
    _, wasm, _ = haal(f"{nginx}assets/pyodide/{versiemap}pyodide.asm.wasm")
    _, mjs, _ = haal(f"{nginx}assets/pyodide/{versiemap}pyodide.mjs")
    assert wasm["content-type"] == "application/wasm"
    assert mjs["content-type"].startswith("text/javascript")
    status, headers, inhoud = haal(nginx + "bestaat-niet/")
    assert status == 404 and "content-security-policy" in headers and b"<html" in inhoud
    assert haal(nginx + "_headers")[0] == 404


def test_runtime_gecomprimeerd_overgedragen(site_dir, nginx):
    manifest = (site_dir / "assets/pyodide/manifest.json").read_text(encoding="utf-8")
    versiemap = re.search(r'"map": "([^"]+)"', manifest).group(1)
    stdlib = json.loads(manifest)["stdlib"].removeprefix(versiemap)
    for naam in ("pyodide.asm.wasm", stdlib, "pyodide.asm.mjs"):
        origineel = (site_dir / f"assets/pyodide/{versiemap}{naam}").read_bytes()
        status, headers, inhoud = haal(f"{nginx}assets/pyodide/{versiemap}{naam}", **{"Accept-Encoding": "gzip"})
        assert status == 200 and headers.get("content-encoding") == "gzip", (naam, headers)
        assert gzip.decompress(inhoud) == origineel
        assert "Accept-Encoding" in headers.get("vary", "")
        print(f"\n{naam}: {len(origineel):,} -> {len(inhoud):,} bytes over the wire")


def test_nginx_eigen_foutantwoorden_dragen_de_headers(nginx):
    """400, 414 and 405 come from nginx itself, before any location: the server level's headers."""
    import http.client
    from urllib.parse import urlparse

    adres = urlparse(nginx)
    for methode, pad in (("GET", "/%2e%2e/etc/passwd"), ("GET", "/keuzehulp/?nis=" + "11002," * 1500),
                         ("TRACE", "/")):
        verbinding = http.client.HTTPConnection(adres.hostname, adres.port, timeout=10)
        verbinding.putrequest(methode, pad, skip_accept_encoding=True)
        verbinding.endheaders()
        antwoord = verbinding.getresponse()
        headers = {k.lower(): v for k, v in antwoord.getheaders()}
        verbinding.close()
        assert antwoord.status in (400, 405, 414), (methode, pad[:40], antwoord.status)
        assert "frame-ancestors 'self'" in headers.get("content-security-policy", ""), (antwoord.status, headers)
        assert headers.get("x-content-type-options") == "nosniff", antwoord.status
        assert "strict-transport-security" in headers, antwoord.status


def test_nginx_zonder_waarschuwingen(site_dir, tmp_path):
    """No 'duplicate extension' (Debian's mime.types already knows .wasm) nor any other warning,
    and .wasm and .mjs still get their types (test_nginx_inhoudstypes_en_404)."""
    import subprocess

    from webserver import MIME_TYPES, NGINX, nginx_conf

    bron = hosting.lees_bron()
    rules = hosting.regels(site_dir, hosting.versiepatronen(bron))
    include = tmp_path / "igs-cultuur.conf"
    include.write_text(hosting.render_nginx(bron, hosting.script_hashes(site_dir), rules,
                                            hosting.extensies_per_regel(site_dir, rules)), encoding="utf-8")
    (tmp_path / "tmp").mkdir()
    (tmp_path / "mime.types").write_bytes(Path(MIME_TYPES).read_bytes())
    conf = tmp_path / "nginx.conf"
    conf.write_text(nginx_conf(tmp_path, site_dir.resolve(), include, 1), encoding="utf-8")
    test = subprocess.run([NGINX, "-t", "-p", str(tmp_path), "-c", str(conf)], capture_output=True, text=True)
    assert test.returncode == 0, test.stderr
    assert "[warn]" not in test.stderr and "[emerg]" not in test.stderr, test.stderr
