"""tools/site_hooks/modulepreload.py: every page that loads one of our module scripts
preloads what that script imports, read from the script itself."""

from __future__ import annotations

import re

import modulepreload


def test_imports_komen_uit_het_script_zelf():
    assert modulepreload.imports("keuzehulp.js") == [
        "igs-python.js", "keuzehulp-vooraf.js", "gemeentekiezer.js", "kaart.js"]
    assert modulepreload.imports("kaart.js") == []


def test_pagina_krijgt_preload_in_de_head():
    html = ('<html><head><title>t</title></head><body><div data-keuzehulp></div>'
            '<script src="../assets/js/keuzehulp.js" type="module"></script>'
            '<script src="../assets/js/sjablonen.js" type="module"></script></body></html>')
    uit = modulepreload.on_post_page(html, None, None)
    kop = uit.split("</head>")[0]
    links = re.findall(r'<link rel="modulepreload" href="([^"]+)">', kop)
    assert links == ["../assets/js/igs-python.js", "../assets/js/keuzehulp-vooraf.js",
                     "../assets/js/gemeentekiezer.js", "../assets/js/kaart.js"]  # igs-python.js once
    assert modulepreload.on_post_page("<html><head></head><body></body></html>", None, None).count("modulepreload") == 0
    # A page without the widget: nothing to preload for.
    zonder = html.replace("<div data-keuzehulp></div>", "")
    assert "modulepreload" not in modulepreload.on_post_page(zonder, None, None)


def test_gebouwde_keuzehulp_heeft_ze_de_startpagina_niet(site_dir):
    html = (site_dir / "keuzehulp" / "index.html").read_text(encoding="utf-8")
    kop = html.split("</head>")[0]
    for naam in modulepreload.imports("keuzehulp.js"):
        assert f'<link rel="modulepreload" href="../assets/js/{naam}">' in kop
    assert "modulepreload" not in (site_dir / "index.html").read_text(encoding="utf-8")
