"""Publishing: hosting headers (site/_headers, nginx), the sitemap, folder links for the offline copy."""
