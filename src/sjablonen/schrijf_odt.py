"""Write the elements of a document as an OpenDocument text file (ODT, ODF 1.3)."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from .document import Element, Run, platte_tekst
from .pakket import zip_bytes

MIMETYPE = "application/vnd.oasis.opendocument.text"

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'office:version="1.3"'
)

_KOPSTIJL = {1: "Heading_20_1", 2: "Heading_20_2", 3: "Heading_20_3"}
_LIJSTSTIJL = {"opsomming": "Opsomming", "nummering": "Nummering", "afvinklijst": "Afvinklijst"}
_RUNSTIJL = {"invulveld": "Invulveld", "label": "Strong_20_Emphasis"}


def _tekst(runs: tuple[Run, ...]) -> str:
    """Runs as ODF inline XML. Spaces that ODF would collapse become <text:s/>."""
    delen: list[str] = []
    vorige_spatie = True  # leading spaces of a paragraph are dropped too
    for tekst, soort in runs:
        stuk: list[str] = []
        spaties = 0

        def spaties_uit() -> None:
            nonlocal spaties
            if spaties:
                # Called only within this iteration, so `stuk` is this run's list
                stuk.append("<text:s/>" if spaties == 1 else f'<text:s text:c="{spaties}"/>')  # noqa: B023
                spaties = 0

        for teken in tekst:
            if teken == " ":
                if vorige_spatie:
                    spaties += 1
                else:
                    stuk.append(" ")
                    vorige_spatie = True
                continue
            spaties_uit()
            if teken == "\n":
                stuk.append("<text:line-break/>")
                vorige_spatie = True
            elif teken == "\t":
                stuk.append("<text:tab/>")
                vorige_spatie = True
            else:
                stuk.append(escape(teken))
                vorige_spatie = False
        spaties_uit()
        inhoud = "".join(stuk)
        if soort in _RUNSTIJL and inhoud:
            inhoud = f'<text:span text:style-name="{_RUNSTIJL[soort]}">{inhoud}</text:span>'
        delen.append(inhoud)
    return "".join(delen)


# Paragraphs that a page break may not split or separate from the next (automatic styles).
_SAMEN = {
    (True, True): ("P_samen_volgende", 'fo:keep-together="always" fo:keep-with-next="always"'),
    (True, False): ("P_samen", 'fo:keep-together="always"'),
    (False, True): ("P_volgende", 'fo:keep-with-next="always"'),
}


def _alinea_stijl(element: Element, in_lijst: bool = False) -> str:
    if element.stijl == "toelichting":
        return "Toelichting"
    if not in_lijst and (element.houd_samen or element.met_volgende):
        return _SAMEN[(element.houd_samen, element.met_volgende)][0]
    return "Lijstalinea" if in_lijst else "Text_20_body"


def _automatische_stijlen() -> str:
    return "".join(
        f'<style:style style:name="{naam}" style:family="paragraph" style:parent-style-name="Text_20_body">'
        f"<style:paragraph-properties {eigenschappen}/></style:style>"
        for naam, eigenschappen in _SAMEN.values()
    )


def content_xml(elementen: list[Element]) -> str:
    body: list[str] = []
    for el in elementen:
        if el.soort in ("titel", "kop"):
            body.append(
                f'<text:h text:style-name="{_KOPSTIJL[el.niveau]}" '
                f'text:outline-level="{el.niveau}">{_tekst(el.runs)}</text:h>'
            )
        elif el.soort == "alinea":
            body.append(f'<text:p text:style-name="{_alinea_stijl(el)}">{_tekst(el.runs)}</text:p>')
        elif el.soort == "lijst":
            items = "".join(
                f'<text:list-item><text:p text:style-name="{_alinea_stijl(el, True)}">'
                f"{_tekst(item)}</text:p></text:list-item>"
                for item in el.items
            )
            body.append(f'<text:list text:style-name="{_LIJSTSTIJL[el.lijstsoort]}">{items}</text:list>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document-content {_NS}>"
        "<office:automatic-styles>" + _automatische_stijlen() + "</office:automatic-styles>"
        "<office:body><office:text>" + "".join(body) + "</office:text></office:body>"
        "</office:document-content>"
    )


def _lijststijl(naam: str, weergave: str, teken: str | None) -> str:
    uitlijning = (
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" '
        'text:list-tab-stop-position="1cm" fo:text-indent="-0.6cm" fo:margin-left="1cm"/>'
        "</style:list-level-properties>"
    )
    if teken is None:
        niveau = (
            '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
            + uitlijning
            + "</text:list-level-style-number>"
        )
    else:
        niveau = (
            f'<text:list-level-style-bullet text:level="1" text:bullet-char="{teken}">'
            + uitlijning
            + "</text:list-level-style-bullet>"
        )
    return (
        f'<text:list-style style:name="{naam}" style:display-name="{weergave}">{niveau}</text:list-style>'
    )


def _kop(niveau: int, grootte: str, boven: str) -> str:
    return (
        f'<style:style style:name="Heading_20_{niveau}" style:display-name="Heading {niveau}" '
        'style:family="paragraph" style:parent-style-name="Heading" '
        f'style:next-style-name="Text_20_body" style:default-outline-level="{niveau}" style:class="text">'
        f'<style:paragraph-properties fo:margin-top="{boven}" fo:margin-bottom="0.2cm"/>'
        f'<style:text-properties fo:font-size="{grootte}" fo:font-weight="bold"/>'
        "</style:style>"
    )


def styles_xml() -> str:
    outline = "".join(
        f'<text:outline-level-style text:level="{n}" style:num-format=""/>' for n in range(1, 11)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document-styles {_NS}>"
        "<office:font-face-decls>"
        '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
        'style:font-family-generic="swiss" style:font-pitch="variable"/>'
        "</office:font-face-decls>"
        "<office:styles>"
        '<style:default-style style:family="paragraph">'
        '<style:paragraph-properties style:writing-mode="lr-tb"/>'
        '<style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" '
        'fo:language="nl" fo:country="BE" fo:hyphenate="false"/>'
        "</style:default-style>"
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="text">'
        '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"/>'
        "</style:style>"
        '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" '
        'style:next-style-name="Text_20_body" style:class="text">'
        '<style:paragraph-properties fo:keep-with-next="always"/>'
        '<style:text-properties fo:color="#1a237e"/>'
        "</style:style>"
        + _kop(1, "18pt", "0cm")
        + _kop(2, "14pt", "0.5cm")
        + _kop(3, "12pt", "0.4cm")
        + '<style:style style:name="Lijstalinea" style:display-name="Lijstalinea" style:family="paragraph" '
        'style:parent-style-name="Text_20_body" style:class="list">'
        '<style:paragraph-properties fo:margin-bottom="0.1cm"/>'
        "</style:style>"
        '<style:style style:name="Toelichting" style:display-name="Toelichting" style:family="paragraph" '
        'style:parent-style-name="Text_20_body" style:class="text">'
        '<style:paragraph-properties fo:background-color="#eef1f8" fo:padding="0.15cm" '
        'fo:border-left="0.1cm solid #3f51b5" fo:margin-bottom="0.1cm"/>'
        '<style:text-properties fo:font-size="10pt" fo:color="#2b2b2b"/>'
        "</style:style>"
        '<style:style style:name="Voettekst" style:display-name="Footer" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="extra">'
        '<style:paragraph-properties fo:text-align="center"/>'
        '<style:text-properties fo:font-size="9pt" fo:color="#4d4d4d"/>'
        "</style:style>"
        '<style:style style:name="Invulveld" style:display-name="Invulveld" style:family="text">'
        '<style:text-properties fo:background-color="#fff3c4"/>'
        "</style:style>"
        '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">'
        '<style:text-properties fo:font-weight="bold"/>'
        "</style:style>"
        f'<text:outline-style style:name="Outline">{outline}</text:outline-style>'
        + _lijststijl("Opsomming", "Opsomming", "•")
        + _lijststijl("Nummering", "Nummering", None)
        + _lijststijl("Afvinklijst", "Afvinklijst", "☐")
        + "</office:styles>"
        "<office:automatic-styles>"
        '<style:page-layout style:name="A4">'
        '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" '
        'fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/>'
        "</style:footer-style>"
        "</style:page-layout>"
        "</office:automatic-styles>"
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">'
        # page numbers: "Pagina 2 van 5"
        '<style:footer><text:p text:style-name="Voettekst">Pagina '
        '<text:page-number text:select-page="current">1</text:page-number> van '
        "<text:page-count>1</text:page-count></text:p></style:footer>"
        "</style:master-page></office:master-styles>"
        "</office:document-styles>"
    )


def meta_xml(titel: str, beschrijving: str, datum: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document-meta {_NS}><office:meta>"
        "<meta:generator>IGS Cultuur sjablonen</meta:generator>"
        f"<dc:title>{escape(titel)}</dc:title>"
        f"<dc:description>{escape(beschrijving)}</dc:description>"
        "<dc:language>nl-BE</dc:language>"
        f"<meta:creation-date>{datum}T00:00:00</meta:creation-date>"
        "</office:meta></office:document-meta>"
    )


def manifest_xml() -> str:
    regels = [
        f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        f"manifest:media-type={quoteattr(MIMETYPE)}/>"
    ] + [
        f'<manifest:file-entry manifest:full-path="{naam}" manifest:media-type="text/xml"/>'
        for naam in ("content.xml", "styles.xml", "meta.xml")
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">' + "".join(regels) + "</manifest:manifest>"
    )


def odt_bytes(elementen: list[Element], beschrijving: str, datum: str) -> bytes:
    titel = platte_tekst(elementen[0].runs)
    return zip_bytes(
        [
            ("mimetype", MIMETYPE.encode("ascii"), False),  # first, not compressed
            ("META-INF/manifest.xml", manifest_xml().encode("utf-8"), True),
            ("content.xml", content_xml(elementen).encode("utf-8"), True),
            ("styles.xml", styles_xml().encode("utf-8"), True),
            ("meta.xml", meta_xml(titel, beschrijving, datum).encode("utf-8"), True),
        ]
    )
