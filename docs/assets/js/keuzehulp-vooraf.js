// Advice before Python is ready, for answers that the build already ran through
// the engine (src/igs_site/keuzehulp/vooraf.py writes keuzehulp/vooraf/). Everything
// that decides which file belongs to which answers was decided there: per
// question, regular expressions for the raw values the engine reads as an
// answer (a number by its band), and per complete answer set, the file with
// the engine's output (for a number, worded by its band: Python gives the
// exact figures when it is ready).
// This module only matches, fetches and hands the output over; when anything
// does not match exactly, it returns null and the page waits for Python.
const opgehaald = new Map(); // url -> promise of its JSON (or null): each file is fetched once

function haal(url) {
  const sleutel = String(url);
  if (!opgehaald.has(sleutel)) {
    opgehaald.set(sleutel, fetch(sleutel)
      .then((antwoord) => (antwoord.ok ? antwoord.json() : null))
      .catch(() => null));
  }
  return opgehaald.get(sleutel);
}

// Today in the reader's time zone, as JJJJ-MM-DD (compares as text with the build's date).
export function vandaag(nu = new Date()) {
  const twee = (n) => String(n).padStart(2, "0");
  return `${nu.getFullYear()}-${twee(nu.getMonth() + 1)}-${twee(nu.getDate())}`;
}

// antwoorden: raw answers as the widget sends them to Python ({vraag: tekst}).
// Resolves with the engine's output for exactly these answers, or null.
export async function voorafAdvies(antwoorden, basis) {
  // No answers: no build-time outcome can match; leave the network to Python.
  if (Object.keys(antwoorden).length === 0) return null;
  const root = new URL(basis || "./", location.href);
  const map = new URL("keuzehulp/vooraf/", root);
  const idx = await haal(new URL("index.json", map));
  if (!idx || new URL(idx.pagina, root).pathname !== location.pathname) return null;
  // Computed for the build date; read after its last valid day (the build decided which day):
  // show nothing early, Python computes the advice for today.
  if (idx.geldig_tot && vandaag() > idx.geldig_tot) return null;
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
  if (!sleutel) return null;
  // The output and its comparison table (shared by every advice with the same recommendation), both at once.
  const [bestand, tabelNummer] = idx.uitkomsten[sleutel];
  const tabelNaam = tabelNummer === null ? null : idx.tabellen[tabelNummer];
  const [uitkomst, tabel] = await Promise.all([
    haal(new URL(bestand, map)),
    tabelNaam ? haal(new URL(tabelNaam, map)) : null,
  ]);
  if (!uitkomst || (uitkomst.tabel || null) !== tabelNaam) return null;
  if (!tabelNaam) return uitkomst;
  return tabel && { ...uitkomst, html: uitkomst.html + tabel.html + uitkomst.html_na };
}
