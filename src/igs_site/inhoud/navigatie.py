"""Filling a section of the navigation with pages that hooks generate or collect."""

from __future__ import annotations


def vul(nav: list, doel: str, items: list[tuple[str, str]]) -> bool:
    """Replace the nav entry that points at `doel` by a section: `doel` first, then the items.

    Returns whether the entry was found.
    """
    for positie, entry in enumerate(nav):
        if not isinstance(entry, dict):
            continue
        for titel, waarde in entry.items():
            if waarde == doel:
                nav[positie] = {titel: [doel, *({t: uri} for t, uri in items)]}
                return True
            if isinstance(waarde, list) and vul(waarde, doel, items):
                return True
    return False
