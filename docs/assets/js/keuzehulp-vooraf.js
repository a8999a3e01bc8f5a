// Advice before Python is ready, for answers that the build already ran through
// the engine (tools/site_hooks/vooraf.py writes keuzehulp/vooraf/). Everything
// that decides which file belongs to which answers was decided there: per
// question, regular expressions for the raw values the engine reads as an
// answer (a number by its band), and per complete answer set, the file with
// the engine's output (for a number, worded by its band: Python gives the
// exact figures when it is ready).
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
  // Every answer, as the part of a key it matches ("vraag=waarde", or "vraag=band" for a number).
  const delen = new Set();
  for (const [vraag, patronen] of idx.vragen) {
    if (!Object.hasOwn(antwoorden, vraag)) continue;
    const treffer = patronen.find(([, patroon]) => new RegExp(patroon, "i").test(antwoorden[vraag]));
    if (!treffer) return null;
    delen.add(`${vraag}=${treffer[0]}`);
  }
  if (delen.size !== namen.length) return null; // a parameter the build did not cover
  // The one answer set whose parts are all in the link. Other answers in the link are to
  // questions that do not apply to that set: the engine ignores them (tests/test_vooraf.py checks it).
  const sleutel = Object.keys(idx.uitkomsten).find((s) => s.split("&").every((deel) => delen.has(deel)));
  const bestand = sleutel && idx.uitkomsten[sleutel];
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
