// The keuzehulp map (tools/site_hooks/kaart.py writes the SVG at build time).
// laadKaart(container): fetch the SVG named in container.dataset.kaartSrc and put it inline in
// [data-kaart-vlak], which already has the map's proportions (nothing moves).
// Resolves to the <svg> element, whose municipalities are [data-nis] paths: the widget marks
// chosen ones with data-gekozen and listens for clicks. Call it once the form works; the map never
// blocks the questions. On failure the promise rejects (the widget then hides the empty figure):
// the combobox and the questions keep working.
const PER_KEER = 60; // municipalities drawn per task: each part stays a short task on a slow phone

const volgendeTaak = () => new Promise((verder) => setTimeout(verder, 0));

export async function laadKaart(container) {
  const vlak = container.querySelector("[data-kaart-vlak]");
  const antwoord = await fetch(container.dataset.kaartSrc);
  if (!antwoord.ok) throw new Error("De kaart kon niet geladen worden (" + antwoord.status + ").");
  const tekst = await antwoord.text();
  // Our own file from the build: parsed once, straight into the page (no separate document to copy).
  const tijdelijk = document.createElement("template");
  tijdelijk.innerHTML = tekst;
  const svg = tijdelijk.content.firstElementChild;
  if (!svg || svg.nodeName.toLowerCase() !== "svg") throw new Error("De kaart is geen SVG-bestand.");
  // Drawn in parts, in separate tasks: 285 shapes at once would hold up the page for a moment.
  const lagen = [...svg.children].filter((laag) => laag.nodeName.toLowerCase() === "g");
  const delen = lagen.map((laag) => [...laag.children]);
  lagen.forEach((laag) => laag.replaceChildren());
  vlak.replaceChildren(svg);
  for (const [i, laag] of lagen.entries()) {
    for (let start = 0; start < delen[i].length; start += PER_KEER) {
      await volgendeTaak();
      laag.append(...delen[i].slice(start, start + PER_KEER));
    }
  }
  return svg;
}
