"""Site build (plugin igs), last in plugin.VOLGORDE: no page leaves the build with a marker in it.

Every hook fills its own <!-- igs:naam --> markers (markers.py); what is still
there once all hooks ran is a mistake, and would otherwise sit silently in the
page. The build fails naming the page's file and the marker.
"""

from __future__ import annotations

from pathlib import Path

from igs_site.controle import markers


def _bron(page, config) -> str:
    """The file a writer edits: docs/…, stappen/…, or the generated page's address."""
    pad = page.file.abs_src_path
    if pad:
        root = Path(config.config_file_path).parent.resolve()
        try:
            return str(Path(pad).resolve().relative_to(root))
        except ValueError:
            return pad
    return f"{page.file.src_uri} (gemaakt door een hook)"


def on_post_page(output: str, page, config) -> str:
    markers.controleer(page.content or "", _bron(page, config))
    return output
