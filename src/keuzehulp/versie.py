"""De versie van de site, de pdf en de keuzehulp: één nummer, hier.

pyproject.toml leest het (setuptools, dynamic version), de engine zet het in elk
advies, de pdf op de omslag en "Over deze site" in de tekst. Wat er per versie
veranderde, staat in data/wijzigingen.toml; de build eist daar een regel voor
deze versie.
"""

VERSIE = "0.3.0"
