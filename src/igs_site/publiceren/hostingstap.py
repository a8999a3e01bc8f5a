"""MkDocs hook: the hosting headers for the built site (tools/publiceren/hosting.py).

Writes site/_headers and build/nginx/igs-cultuur.conf after every build, from
tools/publiceren/headers.toml. An inline script that is not mkdocs-material's
stops the build (ours belong in files, for the Content-Security-Policy).
The offline copy (mkdocs-offline.yml, read from disk) needs neither.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.publiceren import hosting  # noqa: E402

log = logging.getLogger("mkdocs.hooks.hosting")


def on_post_build(config) -> None:
    if config.extra.get("igs_offline"):
        return
    site = Path(config.site_dir)
    # The nginx include belongs to site/; `mkdocs serve` (a temporary folder) and
    # test builds elsewhere (-d) leave it alone.
    nginx = ROOT / hosting.NGINX if site.resolve() == (ROOT / "site").resolve() else None
    try:
        hashes = hosting.schrijf(site, nginx)
    except hosting.HostingFout as fout:
        raise PluginError(str(fout)) from None
    log.info("Hosting-headers: _headers%s (%d inline-scripthashes)",
             f" en {hosting.NGINX}" if nginx else "", len(hashes))
