"""What every page of the built site carries: the downloads at the top, the Dutch footer."""

from __future__ import annotations

import re

from sitepagina import html_paginas, is_keuzehulp_pad


def _inhoud(site_dir):
    return [p for p in html_paginas(site_dir) if not is_keuzehulp_pad(p, site_dir)]


def test_downloads_bovenaan_elke_pagina_als_de_build_ze_maakt(site_dir):
    start = (site_dir / "index.html").read_text(encoding="utf-8")
    if "igs-download-boven" not in start:  # a build without PDF (make build, make serve)
        assert "downloads/igs-cultuur.pdf" not in start
        return
    zonder = []
    for pad in _inhoud(site_dir):
        html = pad.read_text(encoding="utf-8")
        artikel = html.split('<article class="md-content__inner', 1)[-1]
        # the links come before the page's title, not below "Laatst bijgewerkt"
        if not re.search(r'igs-download-boven.*?igs-cultuur\.pdf.*?igs-cultuur-offline\.zip.*?<h1', artikel, re.S):
            zonder.append(pad.relative_to(site_dir).as_posix())
    assert not zonder, zonder[:10]
    # the home page also says it in a sentence
    assert re.search(r'href="downloads/igs-cultuur-offline\.zip" download>een offline kopie', start)


def test_voettekst_in_het_nederlands_met_hergebruik_van_de_teksten(site_dir):
    for pad in _inhoud(site_dir)[:10]:
        html = pad.read_text(encoding="utf-8")
        assert "Made with" not in html, pad
        voet = html.split('class="md-copyright"', 1)[1].split("</div>\n</div>", 1)[0]
        assert "Teksten vrij te hergebruiken met bronvermelding" in voet and "Gemaakt met" in voet
