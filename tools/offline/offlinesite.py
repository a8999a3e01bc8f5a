"""Build the site for reading from disk and zip it:
site/downloads/igs-cultuur-offline.zip.

    python -m tools.offline.offlinesite [--site site] [--uit …zip]

Steps: `mkdocs build -f mkdocs-offline.yml` into build/offline-site (search
index inlined, no directory URLs, no instant navigation); add the local
iframe-worker shim the config lists in extra.polyfills (folder links in
generated HTML are fixed by igs_site.publiceren.mappenlinks); remove the Python
runtime of the keuzehulp (13 MB, cannot run from file://: the keuzehulp page
then says it needs the website and links to the static path, which works
offline); add the PDF when it has been built; zip deterministically.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
import zipfile
from pathlib import Path

from .gemeen import BUILD, PDF_PAD, ROOT, SITE, ZIP_PAD, OfflineFout, mkdocs_build

CONFIG = "mkdocs-offline.yml"
OFFLINE_SITE = BUILD / "offline-site"
SHIM_BRON = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
SHIM_DOEL = "assets/vendor/iframe-worker/shim.js"
ZONDER = ("assets/pyodide", "assets/wheels")  # interactive keuzehulp: needs http(s)
MAP_IN_ZIP = "igs-cultuur"
# Zip timestamps: 1980-01-01 (the zip epoch) unless SOURCE_DATE_EPOCH is set.
ZIP_TIJD = (1980, 1, 1, 0, 0, 0)


def _zip_tijd() -> tuple[int, ...]:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return ZIP_TIJD
    return max(ZIP_TIJD, time.gmtime(int(epoch))[:6])


def bouw_offline_site(doel: Path = OFFLINE_SITE, pdf: Path | None = None, root: Path = ROOT) -> Path:
    shim_bron = root / SHIM_BRON.relative_to(ROOT)
    if not shim_bron.exists():
        raise OfflineFout(f"{shim_bron} ontbreekt: draai eerst `npm ci` (make deps)")
    # The pages link the PDF only when the copy carries it (overrides/partials/actions.html).
    met_pdf = pdf is not None and pdf.exists()
    vorige = os.environ.get("IGS_PDF")
    os.environ["IGS_PDF"] = "1" if met_pdf else "0"
    try:
        mkdocs_build(root, config=CONFIG, site_dir=doel)
    finally:
        if vorige is None:
            os.environ.pop("IGS_PDF", None)
        else:
            os.environ["IGS_PDF"] = vorige
    shim = doel / SHIM_DOEL
    shim.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shim_bron, shim)
    for pad in ZONDER:
        shutil.rmtree(doel / pad, ignore_errors=True)
    if pdf is not None and pdf.exists():
        (doel / PDF_PAD).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, doel / PDF_PAD)
    return doel


def zip_map(map_: Path, uit: Path, prefix: str = MAP_IN_ZIP) -> int:
    """Zip a folder reproducibly: sorted names, fixed times and permissions.
    Returns the number of files."""
    bestanden = sorted(p for p in map_.rglob("*") if p.is_file())
    uit.parent.mkdir(parents=True, exist_ok=True)
    tijdelijk = uit.with_suffix(".zip.tmp")
    tijd = _zip_tijd()
    with zipfile.ZipFile(tijdelijk, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for pad in bestanden:
            info = zipfile.ZipInfo(f"{prefix}/{pad.relative_to(map_).as_posix()}", date_time=tijd)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # unix, whatever the build machine
            z.writestr(info, pad.read_bytes())
    tijdelijk.replace(uit)
    return len(bestanden)


def bouw_zip(site: Path = SITE, uit: Path | None = None, doel: Path = OFFLINE_SITE, root: Path = ROOT) -> dict:
    begin = time.perf_counter()
    uit = uit or site / ZIP_PAD
    bouw_offline_site(doel, pdf=site / PDF_PAD, root=root)
    aantal = zip_map(doel, uit)
    return {"pad": uit, "bestanden": aantal, "bytes": uit.stat().st_size,
            "pdf": (doel / PDF_PAD).exists(), "seconden": time.perf_counter() - begin}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bouw de offline site en zip ze.")
    parser.add_argument("--site", type=Path, default=SITE, help="gebouwde site, voor de PDF en het doel")
    parser.add_argument("--uit", type=Path, help=f"zip-bestand (standaard: <site>/{ZIP_PAD})")
    parser.add_argument("--offline-site", type=Path, default=OFFLINE_SITE, help="bouwmap van de offline site")
    parser.add_argument("--root", type=Path, default=ROOT, help="project (met mkdocs-offline.yml)")
    args = parser.parse_args(argv)
    try:
        r = bouw_zip(args.site, args.uit, args.offline_site.resolve(), args.root)
    except OfflineFout as fout:
        print(f"Offline-zip niet gemaakt: {fout}", file=sys.stderr)
        return 1
    pdf = "met PDF" if r["pdf"] else "zonder PDF (draai eerst make pdf)"
    print(f"{r['pad']}: {r['bestanden']} bestanden, {r['bytes'] / 1024:.0f} KB, {pdf}, {r['seconden']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
