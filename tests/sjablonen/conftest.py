"""Fixtures for the template tests: the package from tools/, field values."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
for pad in (ROOT / "tools", ROOT / "tools" / "site_hooks"):
    if str(pad) not in sys.path:
        sys.path.insert(0, str(pad))

from sj_hulp import IDS  # noqa: E402  (helpers live in sj_hulp: "conftest" is ambiguous across folders)


@pytest.fixture(params=IDS)
def sjabloon_id(request) -> str:
    return request.param
