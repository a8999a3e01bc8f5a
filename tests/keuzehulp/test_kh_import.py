"""Importeren leest geen bestanden (belangrijk voor Pyodide en snelle start)."""

import subprocess
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "src"

CODE = r"""
import sys
geopend = []
def haak(gebeurtenis, args):
    if gebeurtenis == "open" and args and isinstance(args[0], str) and not args[0].endswith((".py", ".pyc")):
        geopend.append(args[0])
sys.addaudithook(haak)
import keuzehulp, keuzehulp.html, keuzehulp.tekst, keuzehulp.golden, keuzehulp.__main__
from keuzehulp import kennis, landschap
data = [p for p in geopend if "keuzehulp" in p]
assert data == [], data
assert kennis._data_bestand.cache_info().currsize == 0
assert landschap._pakket_landschap.cache_info().currsize == 0
keuzehulp.vragen()
assert kennis._data_bestand.cache_info().currsize > 0
print("ok")
"""


def test_import_leest_geen_bestanden():
    uit = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         env={"PYTHONPATH": str(TOOLS), "PYTHONDONTWRITEBYTECODE": "1"})
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.strip() == "ok"
