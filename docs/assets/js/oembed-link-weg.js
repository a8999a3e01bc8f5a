// Removes the <link rel="alternate" type="application/json+oembed"> (overrides/main.html) on a
// full load. After instant navigation the link comes back (Material copies the new page's head);
// the JSON therefore sits at the site root, where Material's "sitemap.xml" next to it is ours.
// oEmbed consumers read it from the HTML; in the browser mkdocs-material would fetch
// "sitemap.xml" next to every link[rel=alternate]. Deferred: it runs after Material's bundle
// but before DOMContentLoaded, the moment Material first looks for those links.
document.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]').forEach((link) => link.remove());
