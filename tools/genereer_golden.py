"""Schrijf tests/keuzehulp/golden.md en per-vraag.md opnieuw uit de regels van de keuzehulp.

Gebruik: python tools/genereer_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from keuzehulp.golden import golden, per_vraag

HIER = Path(__file__).resolve().parent

MAP = HIER.parent / "tests" / "keuzehulp"


def main() -> int:
    for naam, maak in (("golden.md", golden), ("per-vraag.md", per_vraag)):
        doel = MAP / naam
        doel.write_text(maak(), encoding="utf-8", newline="\n")
        print(f"Geschreven: {doel.relative_to(HIER.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
