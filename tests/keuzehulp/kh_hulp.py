"""Hulpfuncties voor de tests."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

HIER = Path(__file__).resolve().parent
FIXTURE_LANDSCHAP = HIER / "landschap_fixture.csv"

LEGE_ELEMENTEN = {"br", "hr", "img", "input", "meta", "link", "wbr"}


class Structuur(HTMLParser):
    """Controleert dat tags netjes sluiten en verzamelt tags en attributen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stapel: list[str] = []
        self.fouten: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.tekst: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in LEGE_ELEMENTEN:
            self.stapel.append(tag)

    def handle_endtag(self, tag):
        if not self.stapel or self.stapel[-1] != tag:
            self.fouten.append(f"onverwachte </{tag}>, open: {self.stapel[-3:]}")
        else:
            self.stapel.pop()

    def handle_data(self, data):
        self.tekst.append(data)


def ontleed(html: str) -> Structuur:
    p = Structuur()
    p.feed(html)
    p.close()
    if p.stapel:
        p.fouten.append(f"niet gesloten: {p.stapel}")
    return p
