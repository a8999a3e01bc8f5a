// Embed pages: ?thema=donker switches to Material's dark scheme ("slate").
// Loaded synchronously at the top of <body> (overrides/embed.html), before the page paints.
if (new URLSearchParams(location.search).get("thema") === "donker") {
  document.body.setAttribute("data-md-color-scheme", "slate");
}
