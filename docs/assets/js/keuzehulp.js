// The keuzehulp widget. It only moves answers to the Python engine (in a Web
// Worker) and shows what the engine returns; every rule lives in Python.
// The form itself is server-rendered HTML, usable before Python is ready.
import { opStatus, roep, startWanneerRustig } from "./igs-python.js";
import { voorafAdvies } from "./keuzehulp-vooraf.js";
import { gemeentekiezer } from "./gemeentekiezer.js";
import { laadKaart } from "./kaart.js";

const MODULE = "keuzehulp.browser";

function antwoordenUitFormulier(formulier) {
  const antwoorden = {};
  for (const [naam, waarde] of new FormData(formulier)) {
    if (String(waarde).trim() !== "") antwoorden[naam] = String(waarde).trim();
  }
  return antwoorden;
}

function zetFormulier(formulier, parameters) {
  for (const [naam, waarde] of parameters) {
    const veld = formulier.elements.namedItem(naam);
    if (!veld) continue;
    if (veld instanceof RadioNodeList || veld.type === "radio") {
      const keuze = [...formulier.querySelectorAll(`input[name="${CSS.escape(naam)}"]`)].find((r) => r.value === waarde);
      if (keuze) keuze.checked = true;
    } else {
      veld.value = waarde;
    }
  }
}

// Questions never disappear: one that stops mattering stays, marked as not
// needed with the engine's reason, and can still be changed. A note also says
// when the engine derived an answer from the chosen municipalities.
function toonVragen(widget, vanToepassing, notities) {
  const zichtbaar = new Set(vanToepassing);
  widget.querySelectorAll(".kh-vragen [data-vraag]").forEach((blok) => {
    const id = blok.dataset.vraag;
    blok.classList.toggle("kh-vraag--niet-nodig", !zichtbaar.has(id));
    const notitie = blok.querySelector("[data-notitie]");
    if (!notitie) return;
    const tekst = notities[id] || "";
    notitie.textContent = tekst;
    notitie.hidden = !tekst;
  });
}

// The map ([data-kaart] with [data-nis] shapes, kaart.js) shows what the engine accepted as chosen.
function markeerKaart(widget, gekozen) {
  const codes = new Set(gekozen);
  widget.querySelectorAll("[data-kaart] [data-nis]").forEach((vorm) => {
    vorm.toggleAttribute("data-gekozen", codes.has(vorm.dataset.nis));
  });
}

// "Wijzig" in the answers: focus the control of that question.
function focusVraag(widget, id) {
  const blok = widget.querySelector(`.kh-vragen [data-vraag="${CSS.escape(id)}"]`);
  const veld = blok && (blok.querySelector("input:checked") || blok.querySelector("input, select, textarea"));
  if (!veld) return false;
  blok.scrollIntoView({ block: "center" });
  veld.focus({ preventScroll: true });
  return true;
}

function toonMeldingen(widget, meldingen) {
  const vak = widget.querySelector(".kh-meldingen");
  vak.replaceChildren();
  if (!meldingen.length) {
    vak.hidden = true;
    return;
  }
  const kop = document.createElement("p");
  kop.className = "kh-meldingen-kop";
  kop.textContent = "Niet alles kon gebruikt worden:";
  const lijst = document.createElement("ul");
  meldingen.forEach((tekst) => {
    const li = document.createElement("li");
    li.textContent = tekst;
    lijst.append(li);
  });
  vak.append(kop, lijst);
  vak.hidden = false;
}

// Display parameters (the embed's ?thema=donker) stay in the URL; the engine ignores them.
// The embed page lists them, from the build (#igs-weergave, src/igs_site/keuzehulp/insluiten.py).
const WEERGAVE = JSON.parse(document.getElementById("igs-weergave")?.textContent || '{"parameters": []}').parameters;

function zetUrl(antwoorden) {
  const huidige = new URLSearchParams(location.search);
  const parameters = new URLSearchParams(antwoorden);
  WEERGAVE.forEach((naam) => huidige.has(naam) && parameters.set(naam, huidige.get(naam)));
  const query = parameters.toString().replace(/%2C/g, ","); // nis=11002,11004 stays readable
  const url = location.pathname + (query ? "?" + query : "") + location.hash;
  history.replaceState(history.state, "", url);
}

// One widget ([data-keuzehulp], marked data-actief="ja" by lib/pagina.js). Returns what to do
// when instant navigation has removed it.
function activeer(widget) {
  const formulier = widget.querySelector("form.kh-vragen");
  const resultaat = widget.querySelector(".kh-resultaat");
  const zijvak = widget.querySelector(".kh-zijvak-inhoud");
  const status = widget.querySelector(".kh-status");
  const aankondiging = widget.querySelector(".kh-aankondiging");
  const basis = widget.dataset.basis || "";

  // Answers from a shared URL: fill the form now, let Python judge them later
  // (unknown questions or values come back as messages).
  const urlParameters = new URLSearchParams(location.search);
  zetFormulier(formulier, urlParameters);
  const kiezerElement = widget.querySelector("[data-gemeentekiezer]");
  const kiezer = kiezerElement ? gemeentekiezer(kiezerElement) : null;
  let gekozen = kiezer ? kiezer.gekozen() : [];
  let kiezerGewijzigd = false;
  if (kiezerElement) kiezerElement.addEventListener("gemeentekiezer:wijziging", () => (kiezerGewijzigd = true));
  let ruweUrlAntwoorden = Object.fromEntries(urlParameters);
  let laatste = 0;
  let pythonKlaar = false;
  let voorafGetoond = false; // advice computed at build time is on screen
  let laadt = false;

  async function werkBij({ vanUrl = false } = {}) {
    // From a shared URL: its raw values, with what the reader changed since on top. The raw
    // NIS codes count as long as the picker was not touched, so an unknown code gets a message.
    const antwoorden = vanUrl
      ? { ...ruweUrlAntwoorden, ...antwoordenUitFormulier(formulier) }
      : antwoordenUitFormulier(formulier);
    if (vanUrl && "nis" in ruweUrlAntwoorden && !kiezerGewijzigd) antwoorden.nis = ruweUrlAntwoorden.nis;
    if (!vanUrl) zetUrl(antwoorden);
    const mijnBeurt = ++laatste;
    if (!pythonKlaar) return toonVooraf(antwoorden, mijnBeurt);
    let uitkomst;
    try {
      uitkomst = JSON.parse(await roep(MODULE, "verwerk", JSON.stringify(antwoorden), basis));
    } catch (fout) {
      // The advice on screen belongs to earlier answers: it goes, it never stays beside changed ones.
      resultaat.hidden = true;
      zijvak.hidden = true;
      delete widget.dataset.aanbevolen;
      toonFout("De keuzehulp kon je antwoorden niet verwerken.", fout.message);
      return;
    }
    if (mijnBeurt !== laatste) return; // a newer answer is already on its way
    toon(uitkomst);
  }

  // Before Python is ready: the engine's output that the build computed for
  // exactly these answers, if there is one (keuzehulp-vooraf.js); else nothing.
  async function toonVooraf(antwoorden, mijnBeurt) {
    const uitkomst = await voorafAdvies(antwoorden, basis);
    if (mijnBeurt !== laatste || pythonKlaar) return;
    voorafGetoond = Boolean(uitkomst);
    widget.dataset.vooraf = uitkomst ? "ja" : "nee"; // decided (the tests wait for this, not for a time)
    const fout = status.classList.contains("kh-status--fout"); // Python failed: that stays said
    if (uitkomst) {
      toon(uitkomst);
      status.hidden = !fout;
    } else {
      resultaat.hidden = true;
      delete widget.dataset.aanbevolen;
      status.hidden = !laadt && !fout;
    }
  }

  function toon(uitkomst) {
    toonVragen(widget, uitkomst.van_toepassing, uitkomst.notities || {});
    toonMeldingen(widget, uitkomst.meldingen);
    gekozen = uitkomst.gekozen || [];
    if (kiezer) kiezer.zet(gekozen);
    markeerKaart(widget, gekozen);
    if (uitkomst.samenvatting) {
      zijvak.innerHTML = uitkomst.samenvatting;
      zijvak.hidden = false;
    }
    // A fold the reader opened stays open when the advice is updated (or Python takes over).
    const open = new Set([...resultaat.querySelectorAll("details[open]")].map((d) => d.className));
    resultaat.innerHTML = uitkomst.html;
    resultaat.querySelectorAll("details").forEach((d) => open.has(d.className) && (d.open = true));
    resultaat.hidden = !uitkomst.aanbevolen;
    widget.dataset.aanbevolen = uitkomst.aanbevolen || "";
    aankondiging.textContent = uitkomst.aankondiging;
    performance.mark("kh-advies");
  }

  function toonFout(tekst, detail = "") {
    status.hidden = false;
    status.classList.add("kh-status--fout");
    status.querySelector(".kh-status-tekst").textContent = tekst;
    // First the words for the reader, then the technical reason in small print, then the way out.
    const uitleg = status.querySelector(".kh-status-detail");
    uitleg.textContent = detail ? "Technische melding: " + detail : "";
    uitleg.hidden = !detail;
    if (!pythonKlaar && !voorafGetoond) zijvak.hidden = true; // no advice will come here
    status.querySelector(".kh-status-uitweg").hidden = false;
    status.querySelector(".kh-spinner").hidden = true; // the text stays, the spinner goes
  }

  let uitstel = null;
  formulier.addEventListener("input", (event) => {
    if (!event.target.name) return; // e.g. the picker's search text: not an answer
    clearTimeout(uitstel);
    const typen = event.target.type === "text" || event.target.type === "number";
    uitstel = setTimeout(() => werkBij(), typen ? 250 : 0);
  });
  formulier.addEventListener("submit", (event) => {
    event.preventDefault();
    werkBij();
  });

  widget.addEventListener("click", (event) => {
    const wijzig = event.target.closest("a[data-wijzig]");
    if (wijzig && focusVraag(widget, wijzig.dataset.wijzig)) event.preventDefault();
    // A click on a municipality on the map chooses it (or un-chooses it); the picker
    // stays the accessible way to do the same.
    const vorm = kiezer && event.target.closest("[data-kaart] [data-nis]");
    if (vorm) kiezer.wissel(vorm.dataset.nis);
  });

  widget.querySelector("[data-actie=kopieer]").addEventListener("click", async (event) => {
    const knop = event.currentTarget;
    // Embedded, the link to share is the one on the full site, not the iframe's.
    const volledig = document.querySelector("a[data-igs-volledig]");
    const link = volledig ? volledig.href : location.href;
    try {
      await navigator.clipboard.writeText(link);
      aankondiging.textContent = "De link naar je antwoorden is gekopieerd.";
    } catch {
      window.prompt("Kopieer deze link:", link);
    }
    knop.blur();
  });
  widget.querySelector("[data-actie=opnieuw]").addEventListener("click", () => {
    formulier.reset();
    if (kiezer) kiezer.zet([]);
    ruweUrlAntwoorden = {};
    zetUrl({});
    toonMeldingen(widget, []);
    werkBij();
    formulier.querySelector("input, select, textarea").focus();
    aankondiging.textContent = "Alle antwoorden zijn gewist.";
  });
  widget.querySelector("[data-actie=afdrukken]").addEventListener("click", () => window.print());
  widget.querySelectorAll(".kh-acties button").forEach((knop) => (knop.disabled = false));
  performance.mark("kh-interactief");

  const stop = opStatus((s) => {
    if (!widget.isConnected) return; // gone; lib/pagina.js stops this at the next page
    if (s.toestand === "laden") {
      laadt = true;
      status.hidden = voorafGetoond && !s.traag;
      status.querySelector(".kh-status-tekst").textContent = s.traag ? s.tekst : "De keuzehulp wordt geladen…";
      status.querySelector(".kh-status-uitweg").hidden = !s.traag; // slow: the step-by-step route meanwhile
      widget.dataset.python = s.traag ? "traag" : "laden";
    } else if (s.toestand === "klaar" && !pythonKlaar) {
      pythonKlaar = true;
      laadt = false;
      performance.mark("kh-python-klaar");
      status.hidden = true;
      status.querySelector(".kh-status-uitweg").hidden = true;
      widget.dataset.python = "klaar";
      werkBij({ vanUrl: true });
    } else if (s.toestand === "fout") {
      widget.dataset.python = "fout";
      toonFout("De keuzehulp kon niet laden in deze browser.", s.tekst);
    }
  });
  // A shared link: its advice at once where the build computed it, before Python.
  if (!pythonKlaar && urlParameters.size) werkBij({ vanUrl: true });
  startWanneerRustig();
  // The map after the form works: it never holds the questions up; without it the picker does all.
  const kaart = widget.querySelector("[data-kaart]");
  if (kaart) {
    const laad = () => laadKaart(kaart).then(() => markeerKaart(widget, gekozen), () => (kaart.hidden = true));
    // In idle time: drawing 285 municipalities never delays the first paint of the questions.
    if ("requestIdleCallback" in window) requestIdleCallback(laad, { timeout: 1000 });
    else setTimeout(laad, 1);
  }
  return stop; // gone from the page: it no longer follows Python's status
}

// On paper the whole advice, unfolded.
window.addEventListener("beforeprint", () => {
  document.querySelectorAll(".kh-resultaat details, .kh-advies details").forEach((d) => (d.open = true));
});

// At once (the form works before mkdocs-material's deferred bundle has run), then on every page its
// instant navigation shows; lib/pagina.js (loaded in <head>) decides when.
window.igsPagina.opElkePagina("[data-keuzehulp]", activeer);
