"""The igs plugin: the whole site build of IGS Cultuur, registered as an entry point.

    # pyproject.toml
    [project.entry-points."mkdocs.plugins"]
    igs = "igs_site.plugin:IgsPlugin"

    # mkdocs.yml
    plugins:
      - search
      - igs

Each concern is a module with MkDocs event functions (``on_config``, ``on_files``,
``on_page_markdown``, ...), as the hooks were before. ``VOLGORDE`` below is the order in which
every event calls them: the order of the former ``hooks:`` list in mkdocs.yml, with the reason
where it matters. An event calls only the concerns that have a function for it, passing on
what the previous one returned, as MkDocs does between plugins.

State per build: a concern keeps what one build collects in its module (a register of pages,
the steps, the template files, the git dates, ...) and empties it in the first event it has
in every build (``on_config``, ``on_pre_build`` or ``on_files``), so ``mkdocs serve`` rebuilds
start clean. What the plugin itself decides per build (PDF link, publisher) lives on the
plugin instance, read from ``IgsConfig`` in ``on_config``; the concerns read the options with
``igs_site.config.opties(config)``.
"""

from __future__ import annotations

from types import ModuleType

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from igs_site import config as igs_config
from igs_site.config import IgsConfig
from igs_site.inhoud.schema import InhoudFout
from igs_site.publiceren.hosting import HostingFout
from keuzehulp.kennis import KennisFout
from keuzehulp.klok import KlokFout
from keuzehulp.landschap import LandschapFout
from keuzehulp.teksten import TekstFout
from sjablonen.model import SjabloonFout

# A data or content file that is wrong: its message names file and field, and it is all the
# editor needs to see. The build stops with that message alone (mkdocs' PluginError: no
# traceback before it); any other exception is a bug in the build and keeps its traceback.
DATAFOUTEN = (KennisFout, KlokFout, LandschapFout, TekstFout, SjabloonFout, InhoudFout, HostingFout)

try:  # some concerns read the engine's data when they are imported (kaart: the periods)
    from igs_site.controle import css_bundel, geldige_html, markercontrole, material_bundel
    from igs_site.inhoud import datums, feiten, inhoud, sjablonen_pagina, uitgever, wijzigingen, zoektekst
    from igs_site.kaart import kaart, landschap
    from igs_site.keuzehulp import insluiten, keuzehulp_site, pyodide_runtime, vooraf
    from igs_site.publiceren import hostingstap, mappenlinks, sitemap
except DATAFOUTEN as _fout:
    raise PluginError(str(_fout)) from None

# The order of the concerns in every event. Where the order matters, the reason says why.
VOLGORDE: tuple[tuple[ModuleType, str], ...] = (
    (css_bundel, "first: replaces extra_css by the one joined stylesheet (on_config) before "
                 "anything reads extra_css; writes it after the build"),
    (material_bundel, "mkdocs-material's bundle deferred (on_post_page, on_post_template)"),
    (inhoud, "reads and checks stappen/ and cases/ when the configuration loads (a broken file "
             "stops the build naming file and field) and adds their pages; the concerns below "
             "that read the same folders leave the error message to it"),
    (sjablonen_pagina, "after inhoud, as its docstring asks: the content folders are read and "
                       "checked first"),
    (keuzehulp_site, ""),
    (insluiten, "after inhoud: skips a broken step and lets inhoud report it; on_page_context "
                "copies a step's rendered content, so every page is rendered by then"),
    (landschap, "before kaart on the landscape page: the table, then the map"),
    (kaart, ""),
    (datums, "on_env: the igs_datum filter for the templates"),
    (pyodide_runtime, "before vooraf and hostingstap: the runtime and the wheel are in the site "
                      "before the headers are written for them"),
    (vooraf, "after the pages, before mappenlinks (on_post_page adds its module script to <head>)"),
    (mappenlinks, "after every concern that writes raw HTML links (on_post_page): points them at "
                  "the files MkDocs wrote when the build has no directory URLs (the offline copy)"),
    (sitemap, "on_page_context notes the noindex pages, on_post_build drops them from sitemap.xml"),
    (uitgever, ""),
    (zoektekst, "on_page_content: a line break between table cells, for the search index"),
    (wijzigingen, "versie en wijzigingen (keuzehulp/data/wijzigingen.toml)"),
    (geldige_html, "after the pages are final: takes out what the Nu HTML Checker refuses"),
    (hostingstap, "after every concern that writes into the site (on_post_build): _headers and "
                  "the nginx include come from the built HTML (hashes of the inline scripts) "
                  "and the folders it finds"),
    (feiten, "after every concern that puts Markdown or front matter into a page "
             "(on_page_markdown): <!-- igs:feit naam --> and <!-- igs:tijd id --> for the date "
             "of keuzehulp.klok"),
    (markercontrole, "last: fails on a marker no concern filled"),
)


def volgorde(event: str) -> list[ModuleType]:
    """The concerns that handle ``event`` ("config", "page_markdown", ...), in the order they run."""
    return [module for module, _ in VOLGORDE if callable(getattr(module, f"on_{event}", None))]


class IgsPlugin(BasePlugin[IgsConfig]):
    """Every concern of the site build, called in the order of ``VOLGORDE``."""

    def __init__(self) -> None:
        super().__init__()
        self.pdf = False  # the PDF link on the pages (overrides/partials/actions.html)

    def _keten(self, event: str, item, *args):
        """Call the concerns for an event with an item, passing on what each returns."""
        for module in volgorde(event):
            try:
                uit = getattr(module, f"on_{event}")(item, *args)
            except DATAFOUTEN as fout:
                raise PluginError(str(fout)) from None
            if uit is not None:
                item = uit
        return item

    def _elk(self, event: str, *args) -> None:
        for module in volgorde(event):
            try:
                getattr(module, f"on_{event}")(*args)
            except DATAFOUTEN as fout:
                raise PluginError(str(fout)) from None

    # --- MkDocs events ---------------------------------------------------------------

    def on_config(self, config):
        self.pdf = igs_config.pdf(self.config)
        return self._keten("config", config)

    def on_pre_build(self, *, config) -> None:
        self._elk("pre_build", config)

    def on_files(self, files, *, config):
        return self._keten("files", files, config)

    def on_env(self, env, *, config, files):
        return self._keten("env", env, config, files)

    def on_page_markdown(self, markdown, *, page, config, files):
        return self._keten("page_markdown", markdown, page, config, files)

    def on_page_content(self, html, *, page, config, files):
        return self._keten("page_content", html, page, config, files)

    def on_page_context(self, context, *, page, config, nav):
        return self._keten("page_context", context, page, config, nav)

    def on_post_page(self, output, *, page, config):
        return self._keten("post_page", output, page, config)

    def on_post_template(self, output_content, *, template_name, config):
        return self._keten("post_template", output_content, template_name, config)

    def on_post_build(self, *, config) -> None:
        self._elk("post_build", config)

    def on_serve(self, server, *, config, builder):
        return self._keten("serve", server, config, builder)
