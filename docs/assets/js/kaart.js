// The keuzehulp map (src/igs_site/kaart/kaart.py writes the SVG at build time).
// laadKaart(container): fetch the SVG named in container.dataset.kaartSrc and put it inline in
// [data-kaart-vlak], which already has the map's proportions (nothing moves).
// Resolves to the <svg> element, whose municipalities are [data-nis] paths: the widget marks
// chosen ones with data-gekozen and listens for clicks. Call it once the form works; the map never
// blocks the questions. On failure the promise rejects (the widget then hides the empty figure):
// the combobox and the questions keep working.
//
// The file is 140 kB of path data: parsed and drawn at once, it holds up the page for a moment
// on a slow phone. So the frame (the <svg>, its title and the empty layers) comes first, and the
// <path> elements of each layer follow in small pieces, each task stopping after a few
// milliseconds. kaart.py writes exactly that shape: <svg><title/><g>paths</g><g>paths</g></svg>.
const TEKENS_PER_STUK = 4000; // markup parsed together (a few municipalities, or one region outline)
const MS_PER_TAAK = 5; // then the page gets its turn: even four times slower, a task stays short

const volgendeTaak = () => new Promise((verder) => setTimeout(verder, 0));
const LAAG = /(<g\b[^>]*>)([\s\S]*?)(<\/g>)/g;

function ontleed(html) {
  const sjabloon = document.createElement("template");
  sjabloon.innerHTML = html;
  return sjabloon.content;
}

// Whole <path> elements, joined until a piece holds about TEKENS_PER_STUK characters.
function inStukken(markup) {
  const stukken = [];
  let stuk = "";
  for (const pad of markup.split(/(?=<path\b)/)) {
    stuk += pad;
    if (stuk.length >= TEKENS_PER_STUK) {
      stukken.push(stuk);
      stuk = "";
    }
  }
  if (stuk) stukken.push(stuk);
  return stukken;
}

export async function laadKaart(container) {
  const vlak = container.querySelector("[data-kaart-vlak]");
  const antwoord = await fetch(container.dataset.kaartSrc);
  if (!antwoord.ok) throw new Error("De kaart kon niet geladen worden (" + antwoord.status + ").");
  const tekst = await antwoord.text();
  const inhoud = []; // the markup inside each layer, in order
  const kader = tekst.replace(LAAG, (_, open, binnen, sluit) => (inhoud.push(binnen), open + sluit));
  const svg = ontleed(kader).firstElementChild;
  if (!svg || svg.nodeName.toLowerCase() !== "svg") throw new Error("De kaart is geen SVG-bestand.");
  const lagen = [...svg.children].filter((kind) => kind.nodeName.toLowerCase() === "g");
  if (lagen.length !== inhoud.length) throw new Error("De kaart heeft niet de verwachte lagen.");
  vlak.replaceChildren(svg);
  for (const [i, laag] of lagen.entries()) {
    const stukken = inStukken(inhoud[i]);
    let volgende = 0;
    while (volgende < stukken.length) {
      await volgendeTaak();
      const start = performance.now();
      do {
        // Inside <svg> the HTML parser makes SVG elements, as in the whole file.
        laag.append(...ontleed("<svg>" + stukken[volgende++] + "</svg>").firstElementChild.childNodes);
      } while (volgende < stukken.length && performance.now() - start < MS_PER_TAAK);
    }
  }
  return svg;
}
