// Removes the <link rel="alternate" type="application/json+oembed"> just before
// this script (overrides/main.html). oEmbed consumers read it from the HTML; in
// the browser mkdocs-material would fetch "sitemap.xml" next to every
// link[rel=alternate]. Synchronous, so it runs before Material's bundle.
document.currentScript.previousElementSibling.remove();
