"""Write the elements of a document as a Word file (DOCX, Office Open XML)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from .document import Element, Run, platte_tekst
from .pakket import zip_bytes

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_KOPSTIJL = {1: "Heading1", 2: "Heading2", 3: "Heading3"}
_ABSTRACT = {"opsomming": 1, "nummering": 2, "afvinklijst": 3}


def _runs(runs: tuple[Run, ...]) -> str:
    uit: list[str] = []
    for tekst, soort in runs:
        eigenschappen = {
            "invulveld": '<w:rPr><w:rStyle w:val="Invulveld"/></w:rPr>',
            "label": '<w:rPr><w:rStyle w:val="Strong"/></w:rPr>',
        }.get(soort, "")
        for i, regel in enumerate(tekst.split("\n")):
            delen = [f"<w:r>{eigenschappen}"]
            if i:
                delen.append("<w:br/>")
            for j, stuk in enumerate(regel.split("\t")):
                if j:
                    delen.append("<w:tab/>")
                if stuk:
                    delen.append(f'<w:t xml:space="preserve">{escape(stuk)}</w:t>')
            delen.append("</w:r>")
            uit.append("".join(delen))
    return "".join(uit)


def _alinea(stijl: str, runs: tuple[Run, ...], num_id: int = 0, element: Element | None = None) -> str:
    nummering = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>' if num_id else ""
    # page breaks (order of w:pPr: pStyle, keepNext, keepLines, ..., numPr)
    houd = ("<w:keepNext/>" if element is not None and element.met_volgende else "") + (
        "<w:keepLines/>" if element is not None and element.houd_samen else ""
    )
    return f'<w:p><w:pPr><w:pStyle w:val="{stijl}"/>{houd}{nummering}</w:pPr>{_runs(runs)}</w:p>'


def document_xml(elementen: list[Element]) -> tuple[str, list[str]]:
    """document.xml and the list kinds, one per list (each list restarts its numbering)."""
    body: list[str] = []
    lijsten: list[str] = []
    for el in elementen:
        if el.soort in ("titel", "kop"):
            body.append(_alinea(_KOPSTIJL[el.niveau], el.runs))
        elif el.soort == "alinea":
            body.append(_alinea("Toelichting" if el.stijl == "toelichting" else "Normal", el.runs, element=el))
        elif el.soort == "lijst":
            lijsten.append(el.lijstsoort)
            stijl = "Toelichting" if el.stijl == "toelichting" else "ListParagraph"
            body.extend(_alinea(stijl, item, len(lijsten)) for item in el.items)
    sectie = (
        f'<w:sectPr><w:footerReference w:type="default" r:id="{_VOETTEKST_ID}"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1418" w:bottom="1134" w:left="1418" '
        'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>'
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document {_W} xmlns:r="{_R}"><w:body>' + "".join(body) + sectie + "</w:body></w:document>"
    )
    return xml, lijsten


_VOETTEKST_ID = "rId4"


def _veld(instructie: str) -> str:
    return f'<w:fldSimple w:instr=" {instructie} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'


# Page numbers: "Pagina 2 van 5" (fields PAGE and NUMPAGES, which Word and LibreOffice fill in).
_FOOTER = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:ftr {_W} xmlns:r="{_R}"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:t xml:space="preserve">Pagina </w:t></w:r>' + _veld("PAGE")
    + '<w:r><w:t xml:space="preserve"> van </w:t></w:r>' + _veld("NUMPAGES") + "</w:p></w:ftr>"
)


def numbering_xml(lijsten: list[str]) -> str:
    def abstract(nummer: int, formaat: str, tekst: str) -> str:
        return (
            f'<w:abstractNum w:abstractNumId="{nummer}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{formaat}"/>'
            f'<w:lvlText w:val="{tekst}"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
        )

    nums = "".join(
        f'<w:num w:numId="{i}"><w:abstractNumId w:val="{_ABSTRACT[soort]}"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        for i, soort in enumerate(lijsten, 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:numbering {_W}>"
        + abstract(1, "bullet", "•")
        + abstract(2, "decimal", "%1.")
        + abstract(3, "bullet", "☐")
        + nums
        + "</w:numbering>"
    )


def _stijl(soort: str, stijl_id: str, naam: str, inhoud: str, eigen: bool = False, extra: str = "") -> str:
    custom = ' w:customStyle="1"' if eigen else ""
    return (
        f'<w:style w:type="{soort}"{custom} w:styleId="{stijl_id}"><w:name w:val="{naam}"/>'
        f"{extra}{inhoud}</w:style>"
    )


def _kop(niveau: int, grootte: int, voor: int) -> str:
    return _stijl(
        "paragraph",
        f"Heading{niveau}",
        f"heading {niveau}",
        f'<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{voor}" w:after="120"/>'
        f'<w:outlineLvl w:val="{niveau - 1}"/></w:pPr>'
        f'<w:rPr><w:b/><w:bCs/><w:color w:val="1A237E"/><w:sz w:val="{grootte}"/><w:szCs w:val="{grootte}"/></w:rPr>',
        extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>',
    )


def styles_xml() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:styles {_W}>"
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nl-BE" w:eastAsia="nl-BE" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        + _kop(1, 36, 0)
        + _kop(2, 28, 360)
        + _kop(3, 24, 240)
        + _stijl(
            "paragraph",
            "ListParagraph",
            "List Paragraph",
            '<w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr>',
            extra='<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>',
        )
        + _stijl(
            "paragraph",
            "Toelichting",
            "Toelichting",
            '<w:pPr><w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="3F51B5"/></w:pBdr>'
            '<w:shd w:val="clear" w:color="auto" w:fill="EEF1F8"/><w:spacing w:after="60"/>'
            '<w:ind w:left="170"/></w:pPr><w:rPr><w:color w:val="2B2B2B"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>',
            eigen=True,
            extra='<w:basedOn w:val="Normal"/><w:qFormat/>',
        )
        + _stijl(
            "paragraph",
            "Footer",
            "footer",
            '<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="4D4D4D"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>',
            extra='<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
        )
        + _stijl(
            "character",
            "Invulveld",
            "Invulveld",
            '<w:rPr><w:shd w:val="clear" w:color="auto" w:fill="FFF3C4"/></w:rPr>',
            eigen=True,
            extra='<w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/>',
        )
        + _stijl(
            "character",
            "Strong",
            "Strong",
            "<w:rPr><w:b/><w:bCs/></w:rPr>",
            extra='<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="22"/><w:qFormat/>',
        )
        + "</w:styles>"
    )


_SETTINGS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f"<w:settings {_W}>"
    '<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
    'w:val="15"/></w:compat><w:themeFontLang w:val="nl-BE"/>'
    "</w:settings>"
)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/footer1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/word/settings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)

_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_R}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_R}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_R}/numbering" Target="numbering.xml"/>'
    f'<Relationship Id="rId3" Type="{_R}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rId4" Type="{_R}/footer" Target="footer1.xml"/>'
    "</Relationships>"
)

_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>IGS Cultuur sjablonen</Application></Properties>"
)


def core_xml(titel: str, beschrijving: str, datum: str) -> str:
    tijd = f"{datum}T00:00:00Z"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(titel)}</dc:title>"
        f"<dc:description>{escape(beschrijving)}</dc:description>"
        "<dc:creator>IGS Cultuur</dc:creator>"
        "<dc:language>nl-BE</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{tijd}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{tijd}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def docx_bytes(elementen: list[Element], beschrijving: str, datum: str) -> bytes:
    titel = platte_tekst(elementen[0].runs)
    document, lijsten = document_xml(elementen)
    return zip_bytes(
        [
            ("[Content_Types].xml", _CONTENT_TYPES.encode("utf-8"), True),
            ("_rels/.rels", _RELS.encode("utf-8"), True),
            ("word/document.xml", document.encode("utf-8"), True),
            ("word/_rels/document.xml.rels", _DOCUMENT_RELS.encode("utf-8"), True),
            ("word/styles.xml", styles_xml().encode("utf-8"), True),
            ("word/numbering.xml", numbering_xml(lijsten).encode("utf-8"), True),
            ("word/settings.xml", _SETTINGS.encode("utf-8"), True),
            ("word/footer1.xml", _FOOTER.encode("utf-8"), True),
            ("docProps/core.xml", core_xml(titel, beschrijving, datum).encode("utf-8"), True),
            ("docProps/app.xml", _APP.encode("utf-8"), True),
        ]
    )
