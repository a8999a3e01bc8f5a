"""Site build (plugin igs): the hosting headers for the built site (hosting.py beside it).

Writes site/_headers and build/nginx/igs-cultuur.conf after every build, from
headers.toml beside it. An inline script that is not mkdocs-material's
stops the build (ours belong in files, for the Content-Security-Policy).
The offline copy (mkdocs-offline.yml, read from disk) needs neither.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from igs_site.config import offline
from igs_site.publiceren import hosting

log = logging.getLogger("mkdocs.hooks.hosting")


def on_post_build(config) -> None:
    if offline(config):
        return
    root = Path(config.config_file_path).parent
    site = Path(config.site_dir)
    # The nginx include belongs to site/; `mkdocs serve` (a temporary folder) and
    # test builds elsewhere (-d) leave it alone.
    nginx = root / hosting.NGINX if site.resolve() == (root / "site").resolve() else None
    try:
        hashes = hosting.schrijf(site, nginx)
    except hosting.HostingFout as fout:
        raise PluginError(str(fout)) from None
    log.info("Hosting-headers: _headers%s (%d inline-scripthashes)",
             f" en {hosting.NGINX}" if nginx else "", len(hashes))
