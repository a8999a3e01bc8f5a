"""`make site`'s last step (python -m tools.publiceren) and the PDF link."""

from __future__ import annotations

import gzip
import os

from tools.publiceren.__main__ import comprimeer, ontbrekende_downloads


def test_ontbrekende_download_wordt_gevonden(tmp_path):
    (tmp_path / "stappen").mkdir()
    (tmp_path / "downloads").mkdir()
    (tmp_path / "downloads" / "igs-cultuur.pdf").write_bytes(b"%PDF")
    (tmp_path / "stappen" / "index.html").write_text(
        '<a href="../downloads/igs-cultuur.pdf" download>PDF</a>'
        '<a href="../downloads/igs-cultuur-offline.zip">zip</a>'
        '<a href="https://elders.be/x.pdf">extern</a>', encoding="utf-8")
    assert ontbrekende_downloads(tmp_path) == ["stappen/index.html -> ../downloads/igs-cultuur-offline.zip"]


def test_comprimeren_alleen_waar_het_iets_oplevert(tmp_path):
    (tmp_path / "a.js").write_text("var x = 1;\n" * 500, encoding="utf-8")
    (tmp_path / "b.wasm").write_bytes(os.urandom(5000))  # incompressible
    (tmp_path / "weg.css.gz").write_bytes(b"oud")  # its original is gone
    aantal, voor, na = comprimeer(tmp_path, ["js", "wasm", "css"], 0.01)
    assert aantal == 1 and na < voor
    assert gzip.decompress((tmp_path / "a.js.gz").read_bytes()) == (tmp_path / "a.js").read_bytes()
    assert not (tmp_path / "b.wasm.gz").exists() and not (tmp_path / "weg.css.gz").exists()


def test_geen_link_naar_een_pdf_die_de_build_niet_maakt(site_dir):
    """make build / make serve: no PDF, so no page links to one; make site: the PDF is there."""
    assert ontbrekende_downloads(site_dir) == []
