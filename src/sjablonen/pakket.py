"""A deterministic zip writer for ODT and DOCX (fixed timestamps and attributes)."""

from __future__ import annotations

import io
import zipfile

# 1 January 1980 is the earliest date a zip file can hold.
_TIJD = (1980, 1, 1, 0, 0, 0)


def zip_bytes(bestanden: list[tuple[str, bytes, bool]]) -> bytes:
    """Zip (name, data, compress) entries in the given order, byte for byte reproducible."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        for naam, data, comprimeer in bestanden:
            info = zipfile.ZipInfo(naam, date_time=_TIJD)
            info.create_system = 3  # the same on every platform (Pyodide included)
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED if comprimeer else zipfile.ZIP_STORED
            archief.writestr(info, data, compresslevel=6 if comprimeer else None)
    return buffer.getvalue()
