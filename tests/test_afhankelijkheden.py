"""requirements.lock: every package pinned with hashes, and in step with pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _lock() -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes)."""
    pakketten: dict[str, tuple[str, int]] = {}
    for blok in re.split(r"\n(?=[A-Za-z0-9])", (ROOT / "requirements.lock").read_text(encoding="utf-8")):
        if match := re.match(r"([A-Za-z0-9_.-]+)==(\S+)", blok):
            pakketten[match.group(1).lower().replace("_", "-")] = (match.group(2), blok.count("--hash=sha256:"))
    return pakketten


def test_elk_pakket_vastgepind_met_hash():
    lock = _lock()
    assert len(lock) > 30
    assert [naam for naam, (_, hashes) in lock.items() if hashes == 0] == []
    assert "pip" in lock, "pip zelf staat in de lock: de Makefile installeert het met hash"


def test_lock_volgt_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    vereist = project["dependencies"] + [p for lijst in project["optional-dependencies"].values() for p in lijst]
    lock = _lock()
    for eis in vereist:
        naam, versie = eis.split("==")
        naam = naam.lower().replace("_", "-")
        assert lock.get(naam, ("ontbreekt",))[0] == versie, f"{eis}: draai 'make lock' (lock heeft {lock.get(naam)})"


def test_makefile_installeert_met_hashcontrole():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements.lock" in makefile
    assert "--upgrade pip" not in makefile
