"""The options of the igs plugin (mkdocs.yml: ``plugins: - igs: {...}``), typed.

    plugins:
      - search
      - igs:
          offline: false          # mkdocs-offline.yml: true (read from disk, no Python runtime)
          pdf: true               # link the PDF of the whole guide; unset: environment IGS_PDF
          uitgever:               # unset fields: IGS_UITGEVER, IGS_CONTACT, IGS_KLACHTEN
            naam: ...
            contact: ...          # an e-mail address or the https:// address of a form
            klachten: ...         # the https:// address of the complaints service

A value written in mkdocs.yml wins; a value left out comes from the environment, so the
public variables keep working (`make site` sets IGS_PDF=1; IGS_UITGEVER, IGS_CONTACT and
IGS_KLACHTEN when publishing). The site address stays MkDocs' own ``site_url`` (mkdocs.yml,
IGS_SITE_URL): MkDocs and mkdocs-material use it for canonical links and the sitemap, so a
second option would be a second source. IGS_DATUM is read by the engine (keuzehulp.klok).
"""

from __future__ import annotations

import os

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

ONWAAR = ("", "0", "false", "nee", "no")

UITGEVER_OMGEVING = {"naam": "IGS_UITGEVER", "contact": "IGS_CONTACT", "klachten": "IGS_KLACHTEN"}


class UitgeverConfig(Config):
    """Who publishes the site. Never invented: while empty the build warns and the pages say so."""

    naam = c.Optional(c.Type(str))
    contact = c.Optional(c.Type(str))
    klachten = c.Optional(c.Type(str))


class IgsConfig(Config):
    offline = c.Type(bool, default=False)
    pdf = c.Optional(c.Type(bool))
    uitgever = c.SubConfig(UitgeverConfig)


def pdf(opties: IgsConfig) -> bool:
    """Whether this build links the PDF: the option, else IGS_PDF (1 / true; 0, false, nee or unset: no)."""
    if opties.pdf is not None:
        return opties.pdf
    return os.environ.get("IGS_PDF", "").strip().lower() not in ONWAAR


def uitgever(opties: IgsConfig) -> dict[str, str]:
    """naam, contact, klachten: the option, else the environment variable, else empty."""
    return {
        veld: opties.uitgever[veld] if opties.uitgever[veld] is not None else os.environ.get(var, "")
        for veld, var in UITGEVER_OMGEVING.items()
    }


def opties(config) -> IgsConfig:
    """The igs plugin's options in a MkDocs configuration; the defaults when it has none
    (a configuration that does not load the plugin, as in a unit test)."""
    plugins = config.get("plugins") if hasattr(config, "get") else None
    for plugin in (plugins or {}).values():
        if isinstance(getattr(plugin, "config", None), IgsConfig):
            return plugin.config
    standaard = IgsConfig()
    standaard.load_dict({})
    standaard.validate()
    return standaard


def offline(config) -> bool:
    """The offline copy (mkdocs-offline.yml): no interactive keuzehulp, no hosting headers."""
    return bool(opties(config).offline)
