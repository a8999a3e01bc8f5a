"""Site build (plugin igs): a description and a "laatst bijgewerkt" date for every page.

- `beschrijving` in front matter becomes the page's meta description; a page
  without one is reported (and fails the strict build).
- `laatst_bijgewerkt` comes from front matter, else from the last git commit
  that touched the source file, else (uncommitted or generated) today's date.
- `<!-- igs:bouwdatum -->` in a page: the day the site was built (keuzehulp.klok: today, or
  IGS_DATUM), for a sentence that says on which day a situation was described.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from igs_site.controle import markers
from igs_site.inhoud import weergave
from keuzehulp import klok

log = logging.getLogger("mkdocs.hooks.datums")
markers.registreer("bouwdatum")

_GIT_DATUMS: dict[str, str] = {}
_ROOT: Path | None = None


def git_datums(root: Path) -> dict[str, str]:
    """Map each path (relative to the repo root) to the date of its last commit."""
    try:
        uitvoer = subprocess.run(
            ["git", "log", "--format=@%cs", "--name-only", "--no-renames"],
            cwd=root, capture_output=True, text=True, check=True, timeout=30,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    datums: dict[str, str] = {}
    huidige = ""
    for regel in uitvoer.splitlines():
        if regel.startswith("@"):
            huidige = regel[1:]
        elif regel and regel not in datums:
            datums[regel] = huidige
    return datums


def on_config(config):
    global _ROOT
    _ROOT = Path(config.config_file_path).parent.resolve()
    _GIT_DATUMS.clear()
    _GIT_DATUMS.update(git_datums(_ROOT))
    return config


def on_env(env, config, files):
    env.filters["igs_datum"] = weergave.datum_nl
    return env


def _bijgewerkt(page) -> str:
    bron = page.file.abs_src_path
    if bron and _ROOT:
        try:
            relatief = Path(bron).resolve().relative_to(_ROOT).as_posix()
        except ValueError:
            relatief = ""
        if relatief in _GIT_DATUMS:
            return _GIT_DATUMS[relatief]
    return klok.vandaag().isoformat()


def on_page_markdown(markdown, page, config, files):
    meta = page.meta
    if meta.get("beschrijving"):
        meta["description"] = str(meta["beschrijving"]).strip()
    if not meta.get("description"):
        log.warning("%s: veld 'beschrijving' ontbreekt in de front matter", page.file.src_uri)
    if meta.get("laatst_bijgewerkt"):
        meta["laatst_bijgewerkt"] = str(meta["laatst_bijgewerkt"])
    else:
        meta["laatst_bijgewerkt"] = _bijgewerkt(page)
    if meta.get("laatst_gecontroleerd"):
        meta["laatst_gecontroleerd"] = str(meta["laatst_gecontroleerd"])
    return markers.vervang(markdown, {"bouwdatum": lambda: weergave.datum_nl(klok.vandaag())},
                           page.file.src_uri)
