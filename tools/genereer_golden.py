"""Schrijf tests/keuzehulp/golden.md opnieuw uit de regels van de keuzehulp.

Gebruik: python tools/genereer_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER))

from keuzehulp.golden import golden  # noqa: E402

DOEL = HIER.parent / "tests" / "keuzehulp" / "golden.md"


def main() -> int:
    DOEL.write_text(golden(), encoding="utf-8", newline="\n")
    print(f"Geschreven: {DOEL.relative_to(HIER.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
