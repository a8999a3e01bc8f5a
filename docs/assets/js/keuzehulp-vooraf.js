// Advice before Python is ready, for answers that the build already ran through
// the engine (tools/site_hooks/vooraf.py writes keuzehulp/vooraf/). Everything
// that decides which file belongs to which answers was decided there: per
// question, regular expressions for the raw values the engine reads as an
// answer, and per complete answer set, the file with the engine's output.
// This module only matches, fetches and hands the output over; when anything
// does not match exactly, it returns null and the page waits for Python.
let index = null;

function laadIndex(url) {
  if (!index) {
    index = fetch(url)
      .then((antwoord) => (antwoord.ok ? antwoord.json() : null))
      .catch(() => null);
  }
  return index;
}

// antwoorden: raw answers as the widget sends them to Python ({vraag: tekst}).
// Resolves with the engine's output for exactly these answers, or null.
export async function voorafAdvies(antwoorden, basis) {
  // No answers: no build-time outcome can match; leave the network to Python.
  if (Object.keys(antwoorden).length === 0) return null;
  const root = new URL(basis || "./", location.href);
  const map = new URL("keuzehulp/vooraf/", root);
  const idx = await laadIndex(new URL("index.json", map));
  if (!idx || new URL(idx.pagina, root).pathname !== location.pathname) return null;
  const namen = Object.keys(antwoorden).filter((naam) => !idx.weergave.includes(naam));
  const sleutel = [];
  for (const [vraag, patronen] of idx.vragen) {
    if (!Object.hasOwn(antwoorden, vraag)) continue;
    const treffer = patronen.find(([, patroon]) => new RegExp(patroon, "i").test(antwoorden[vraag]));
    if (!treffer) return null;
    sleutel.push(`${vraag}=${treffer[0]}`);
  }
  if (sleutel.length !== namen.length) return null; // a parameter the build did not cover
  const bestand = Object.hasOwn(idx.uitkomsten, sleutel.join("&")) && idx.uitkomsten[sleutel.join("&")];
  if (!bestand) return null;
  try {
    const antwoord = await fetch(new URL(bestand, map));
    if (!antwoord.ok) return null;
    const uitkomst = await antwoord.json();
    if (!uitkomst.tabel) return uitkomst;
    // The comparison table is shared by every advice with the same recommendation.
    const tabel = await fetch(new URL(uitkomst.tabel, map));
    if (!tabel.ok) return null;
    return { ...uitkomst, html: uitkomst.html + (await tabel.json()).html + uitkomst.html_na };
  } catch {
    return null;
  }
}
