"""Fixtures for the template tests: the package from tools/, field values."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
for pad in (ROOT / "tools", ROOT / "tools" / "site_hooks"):
    if str(pad) not in sys.path:
        sys.path.insert(0, str(pad))

import sjablonen  # noqa: E402

IDS = sjablonen.ids()


def voorbeeldwaarden(sjabloon_id: str) -> dict[str, str]:
    """Every field filled in with its example."""
    return {veld.id: veld.voorbeeld for veld in sjablonen.laad(sjabloon_id).velden}


@pytest.fixture(params=IDS)
def sjabloon_id(request) -> str:
    return request.param
