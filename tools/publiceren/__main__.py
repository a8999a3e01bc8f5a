"""Last step of `make site`: make site/ ready to upload.

    python -m tools.publiceren [--site site]

1. Every download a page links to (the PDF, the offline zip, templates) exists.
2. Precompressed name.gz next to the files a server may send compressed
   (nginx gzip_static), where gzip saves at least the minimum in headers.toml.
   No Brotli: Debian's nginx has no Brotli module, and Cloudflare and Netlify
   compress by themselves.
3. site/_headers and build/nginx/igs-cultuur.conf again, now that downloads/
   holds the PDF and the zip and the .gz files exist (igs_site.publiceren.hosting).
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

from igs_site.publiceren import hosting

ROOT = Path(__file__).resolve().parents[2]
DOWNLOAD = re.compile(r"""<a\b[^>]*\shref="([^"#?]+\.(?:pdf|zip|odt|docx))"[^>]*>""", re.I)


class PublicatieFout(RuntimeError):
    pass


def ontbrekende_downloads(site: Path) -> list[str]:
    """'page -> link' for every download link whose file is not in site/."""
    ontbreekt = []
    for pagina in sorted(site.rglob("*.html")):
        rel = pagina.relative_to(site).as_posix()
        for href in DOWNLOAD.findall(pagina.read_text(encoding="utf-8")):
            if urlparse(href).scheme:
                continue
            doel = urlparse(urljoin("http://x/" + rel, href)).path.lstrip("/")
            if not (site / unquote(doel)).is_file():
                ontbreekt.append(f"{rel} -> {href}")
    return ontbreekt


def comprimeer(site: Path, extensies: list[str], minimum_winst: float) -> tuple[int, int, int]:
    """Write name.gz where worthwhile. Returns (files, bytes before, bytes after)."""
    aantal = voor = na = 0
    for pad in sorted(site.rglob("*")):
        if not pad.is_file() or pad.suffix.lstrip(".") not in extensies:
            continue
        gz = pad.with_name(pad.name + ".gz")
        inhoud = pad.read_bytes()
        if gz.exists() and gz.stat().st_mtime >= pad.stat().st_mtime:
            klein = gz.read_bytes()
        else:
            klein = gzip.compress(inhoud, compresslevel=9, mtime=0)
            if len(klein) > len(inhoud) * (1 - minimum_winst):
                gz.unlink(missing_ok=True)
                continue
            gz.write_bytes(klein)
        aantal += 1
        voor += len(inhoud)
        na += len(klein)
    # A .gz whose original is gone would be served for a file that no longer exists.
    for gz in site.rglob("*.gz"):
        if gz.name != "sitemap.xml.gz" and not gz.with_suffix("").exists():
            gz.unlink()
    return aantal, voor, na


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.publiceren", description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    args = parser.parse_args(argv)
    site: Path = args.site
    begin = time.perf_counter()
    try:
        if not (site / "index.html").exists():
            raise PublicatieFout(f"{site}: geen gebouwde site (draai 'make site')")
        if ontbreekt := ontbrekende_downloads(site):
            raise PublicatieFout("links naar een download die ontbreekt:\n  " + "\n  ".join(ontbreekt[:20]))
        bron = hosting.lees_bron()["comprimeren"]
        aantal, voor, na = comprimeer(site, bron["extensies"], bron["minimum_winst"])
        # After compressing: a .gz in a mixed folder needs its own rule too.
        hashes = hosting.schrijf(site, ROOT / hosting.NGINX)
    except (PublicatieFout, hosting.HostingFout) as fout:
        print(f"publiceren: {fout}", file=sys.stderr)
        return 1
    print(f"publiceren: {site}/_headers en {hosting.NGINX} ({len(hashes)} inline-scripthashes); "
          f"{aantal} bestanden voorgecomprimeerd (gzip), {voor / 1e6:.1f} MB -> {na / 1e6:.1f} MB; "
          f"{time.perf_counter() - begin:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
