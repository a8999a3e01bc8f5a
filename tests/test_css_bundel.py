"""igs_site.controle.css_bundel: the pages link one stylesheet of ours, joined from extra_css."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from igs_site.controle import css_bundel

ROOT = Path(__file__).resolve().parents[1]


def _extra_css() -> list[str]:
    class Laden(yaml.SafeLoader):
        pass

    Laden.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
    Laden.add_multi_constructor("!", lambda *_: None)
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Laden)["extra_css"]


def test_de_bundel_volgt_extra_css_in_volgorde(site_dir):
    bronnen = _extra_css()
    assert len(bronnen) > 1
    tekst = (site_dir / css_bundel.BUNDEL).read_text(encoding="utf-8")
    posities = [tekst.index((ROOT / "docs" / bron).read_text(encoding="utf-8").rstrip()) for bron in bronnen]
    assert posities == sorted(posities)


def test_paginas_linken_alleen_de_bundel(site_dir):
    for pagina in ("index.html", "keuzehulp/index.html", "stappen/verkennen/index.html"):
        html = (site_dir / pagina).read_text(encoding="utf-8")
        eigen = re.findall(r'<link rel="stylesheet" href="[^"]*assets/css/([^"]+)">', html)
        assert eigen == ["igs-site.css"], (pagina, eigen)


def test_ontbrekend_bestand_noemt_het(tmp_path: Path):
    (tmp_path / "a.css").write_text("a{}", encoding="utf-8")
    assert "a{}" in css_bundel.bundel(tmp_path, ["a.css"])
    with pytest.raises(FileNotFoundError, match="extra_css: weg.css"):
        css_bundel.bundel(tmp_path, ["a.css", "weg.css"])
