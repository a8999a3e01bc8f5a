"""Site build (plugin igs): one page per template, with ODT and DOCX downloads.

For every template in src/sjablonen/data/ this hook
- adds a generated page sjablonen/<id>.md (front matter `titel`, `beschrijving`
  and `laatst_bijgewerkt`, body from sjablonen.markdown(id)),
- adds the blank template as sjablonen/downloads/<id>.odt and .docx, linked from
  the page with relative Markdown links (MkDocs rewrites them correctly with
  use_directory_urls true or false),
- on a template with a form (engagementsverklaring, gemeenteraadsbeslissing) inserts
  the section "Vul in op deze site"; in the offline copy (config `offline`) instead a
  section that says filling in needs the website, with a link to the page there and
  to the blank templates,
- lists the templates under "Sjablonen" in the navigation.

It comes after inhoud.py in plugin.VOLGORDE.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.utils import normalize_url

import sjablonen
from igs_site.config import offline
from igs_site.controle import markers
from igs_site.inhoud import navigatie
from keuzehulp.formulier import module_script

OVERZICHT = "sjablonen/index.md"
markers.registreer("downloads", "formulier", "invulformulier")
MIME = {
    "odt": "application/vnd.oasis.opendocument.text",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
LABEL = {"odt": "Download als ODT (OpenDocument)", "docx": "Download als Word (DOCX)"}


def grootte(aantal_bytes: int) -> str:
    """9216 -> '9 kB'; 1_500_000 -> '1,4 MB' (Dutch decimal comma)."""
    if aantal_bytes < 1024 * 1024:
        return f"{max(1, round(aantal_bytes / 1024))} kB"
    return f"{aantal_bytes / 1024 / 1024:.1f} MB".replace(".", ",")


def downloads_md(sjabloon_id: str, groottes: dict[str, int]) -> str:
    regels = [
        f"[{LABEL[formaat]}](downloads/{sjabloon_id}.{formaat})"
        f'{{ .md-button download="{sjabloon_id}.{formaat}" type="{MIME[formaat]}" }}'
        f" ({grootte(groottes[formaat])})"
        for formaat in ("odt", "docx")
    ]
    return (
        '<div class="igs-downloads" markdown>\n\n'
        + "\n".join(f"- {regel}" for regel in regels)
        + "\n\nHet lege sjabloon, met de invulvelden tussen «punthaken» en de toelichting in grijze kaders. "
        "Open het in LibreOffice Writer, Microsoft Word of een andere tekstverwerker.\n\n</div>"
    )


def pagina(sjabloon_id: str, groottes: dict[str, int], online: str | None = None) -> str:
    """The page's Markdown. `online`: the URL of this page on the website, for the offline
    copy (the form needs the website); None on the website itself."""
    sjabloon = sjablonen.laad(sjabloon_id)
    front = (
        "---\n"
        f"titel: {json.dumps(sjabloon.titel, ensure_ascii=False)}\n"
        f"beschrijving: {json.dumps(sjabloon.beschrijving, ensure_ascii=False)}\n"
        f"laatst_bijgewerkt: {sjabloon.laatst_bijgewerkt.isoformat()}\n"
        "---\n\n"
    )
    body = markers.vervang(sjablonen.markdown(sjabloon_id), {
        "downloads": lambda: downloads_md(sjabloon_id, groottes),
        "formulier": lambda: sjablonen.formulier_sectie(sjabloon_id)
        if online is None
        else sjablonen.formulier_offline(sjabloon_id, online),
    }, f"sjablonen/{sjabloon_id}.md")
    return front + body


def on_config(config):
    sjablonen.wis_cache()  # `mkdocs serve` rebuilds in the same process
    data = Path(sjablonen.__file__).resolve().parent / "data"
    if data.is_dir() and str(data) not in config.watch:
        config.watch.append(str(data))
    try:
        ids = sjablonen.ids()
        items = [(sjablonen.laad(i).titel, f"sjablonen/{i}.md") for i in ids]
    except (sjablonen.SjabloonFout, ValueError) as fout:
        raise PluginError(f"sjablonen: {fout}") from None
    if config.nav:
        navigatie.vul(config.nav, OVERZICHT, items)
    return config


def on_files(files: Files, config) -> Files:
    for sjabloon_id in sjablonen.ids():
        groottes = {}
        for formaat, maak in (("odt", sjablonen.odt), ("docx", sjablonen.docx)):
            inhoud = maak(sjabloon_id)
            groottes[formaat] = len(inhoud)
            files.append(
                File.generated(config, f"sjablonen/downloads/{sjabloon_id}.{formaat}", content=inhoud)
            )
        online = None
        if offline(config):
            online = str(config.site_url or "").rstrip("/") + f"/sjablonen/{sjabloon_id}/"
        files.append(
            File.generated(config, f"sjablonen/{sjabloon_id}.md", content=pagina(sjabloon_id, groottes, online))
        )
    return files


def on_page_content(html: str, page, config, files: Files) -> str:
    """The fill-in form, in the HTML (Markdown would take its nested HTML apart), with its
    module script beside it: only pages with a form load it (and the Python runtime behind
    it); mkdocs-material's instant navigation runs a script in the page content again. The
    offline copy has no form (module scripts do not load from file://): its page says filling
    in needs the website (pagina(online=…))."""
    script = ""
    if not offline(config):
        script = "\n" + module_script(normalize_url("assets/js/sjablonen.js", page))
    return markers.vervang(
        html, {"invulformulier": lambda sid: sjablonen.formulier_html(sid) + script}, page.file.src_uri
    )
