"""Running headers and footers of the PDF, as CSS paged media.

Chromium (131+) draws @page margin boxes and supports named pages (the CSS
`page` property). Every top-level section of the guide gets its own named page
whose top-right margin box carries the section name; the footer says
"Pagina N van M" with counter(page) / counter(pages). The cover is a named page
without margin boxes. No running strings (string-set) are needed, and nothing
is stamped on afterwards, so the tagged PDF stays intact.
(Chromium's headerTemplate/footerTemplate cannot vary per page or skip the cover.)
"""

from __future__ import annotations

import re


def css_tekst(tekst: str) -> str:
    """A CSS string literal."""
    return '"' + re.sub(r'(["\\])', r"\\\1", tekst).replace("\n", " ") + '"'


def paginanaam(index: int) -> str:
    return f"igs-sectie-{index}"


def paginastijl(titel: str, onder: str, secties: list[str]) -> str:
    """@page rules: the default page (header with the guide's name, footer with
    date/version and page number), the cover, the table of contents and one
    named page per section."""
    kader = "font-family: Helvetica, Arial, sans-serif; font-size: 8pt; color: #333;"
    regels = [
        f"""@page {{
  @top-left {{ content: {css_tekst(titel)}; {kader} vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.3pt solid #999; }}
  @top-right {{ {kader} font-weight: bold; vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.3pt solid #999; }}
  @bottom-left {{ content: {css_tekst(onder)}; {kader} vertical-align: top; padding-top: 3mm; }}
  @bottom-right {{ content: "Pagina " counter(page) " van " counter(pages); {kader} vertical-align: top; padding-top: 3mm; }}
}}""",
        """@page igs-omslag {
  @top-left { content: none; border: none; }
  @top-right { content: none; border: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}""",
        "@page igs-inhoud { @top-right { content: \"Inhoud\"; } }",
        ".igs-omslag { page: igs-omslag; }",
        ".igs-inhoud { page: igs-inhoud; }",
    ]
    for index, sectie in enumerate(secties):
        regels.append(f"@page {paginanaam(index)} {{ @top-right {{ content: {css_tekst(sectie)}; }} }}")
        regels.append(f'.igs-hoofdstuk[data-sectie-nr="{index}"] {{ page: {paginanaam(index)}; }}')
    return "\n".join(regels)
