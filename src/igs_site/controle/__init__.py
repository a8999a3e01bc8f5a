"""Checks and fixes on every page: markers, valid HTML, the stylesheet and script bundles."""
