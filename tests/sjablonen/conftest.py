"""Fixtures for the template tests: field values."""

from __future__ import annotations

import pytest
from sj_hulp import IDS  # helpers live in sj_hulp: "conftest" is ambiguous across folders


@pytest.fixture(params=IDS)
def sjabloon_id(request) -> str:
    return request.param
