"""The site build of IGS Cultuur as one MkDocs plugin (``plugins: - igs``).

plugin.py holds the order of the concerns, config.py the options; the concerns live in
subpackages: inhoud (content folders, pages, front matter, facts), keuzehulp (the site pages
of the engine and its browser runtime), kaart (maps and the landscape table), publiceren
(hosting headers, sitemap, links for the offline copy) and controle (markers, valid HTML,
the stylesheet and script bundles). The engine itself (keuzehulp, sjablonen) is not part of
this package: it stays standard library only and also runs in the browser.
"""
