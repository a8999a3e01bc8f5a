// The keuzehulp widget. It only moves answers to the Python engine (in a Web
// Worker) and shows what the engine returns; every rule lives in Python.
// The form itself is server-rendered HTML, usable before Python is ready.
import { opnieuwStarten, opStatus, roep, startWanneerRustig, voortgangTekst } from "./igs-python.js";
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

// The answers in a query, without the display parameters.
function alleenAntwoorden(parameters) {
  const antwoorden = new URLSearchParams(parameters);
  WEERGAVE.forEach((naam) => antwoorden.delete(naam));
  return antwoorden;
}

const leesbaar = (parameters) => parameters.toString().replace(/%2C/g, ","); // nis=11002,11004 stays readable

// The last answers, kept for this tab only (sessionStorage), per page: a trip through the menu
// and back (also by instant navigation) finds them again. Only on the full site: an embed shows
// what its host page (or the snippet builder's preview) asks for. Storage may be refused:
// then the answers live in the URL only, as before.
const opslagSleutel = () => "igs-keuzehulp:" + location.pathname;

function bewaar(query) {
  try {
    if (query) sessionStorage.setItem(opslagSleutel(), query);
    else sessionStorage.removeItem(opslagSleutel());
  } catch {
    // no storage here
  }
}

function bewaard() {
  try {
    return sessionStorage.getItem(opslagSleutel()) || "";
  } catch {
    return "";
  }
}

function zetUrl(antwoorden) {
  const huidige = new URLSearchParams(location.search);
  const parameters = new URLSearchParams(antwoorden);
  WEERGAVE.forEach((naam) => huidige.has(naam) && parameters.set(naam, huidige.get(naam)));
  const query = leesbaar(parameters);
  const url = location.pathname + (query ? "?" + query : "") + location.hash;
  history.replaceState(history.state, "", url);
  return leesbaar(alleenAntwoorden(parameters));
}

// The link that brings these answers back. Embedded, it points to the full site's keuzehulp
// ("Open op de volledige site", a[data-igs-volledig]) on the frame's own origin, never to
// the frame's bare page.
function deelLink() {
  const volledig = document.querySelector("a[data-igs-volledig]");
  const url = new URL(volledig ? volledig.getAttribute("href") : location.pathname, location.href);
  url.search = leesbaar(alleenAntwoorden(location.search));
  url.hash = "";
  return url.href;
}

// A number the engine cannot use (-5, abc, 300 municipalities): its message at the field,
// the field marked invalid; fixed, both go. ongeldig: {question id: Dutch message} from Python.
function toonOngeldig(widget, ongeldig) {
  widget.querySelectorAll(".kh-vragen [data-vraag]").forEach((blok) => {
    const veld = blok.querySelector("input.kh-getal");
    if (!veld) return;
    const foutId = `kh-${blok.dataset.vraag}-fout`;
    const tekst = Object.hasOwn(ongeldig, blok.dataset.vraag) ? String(ongeldig[blok.dataset.vraag]) : "";
    const beschreven = (veld.getAttribute("aria-describedby") || "").split(/\s+/).filter((id) => id && id !== foutId);
    let fout = blok.querySelector(".kh-fout");
    blok.classList.toggle("kh-vraag--ongeldig", Boolean(tekst));
    if (!tekst) {
      fout?.remove();
      veld.removeAttribute("aria-invalid");
      veld.setAttribute("aria-describedby", beschreven.join(" "));
      return;
    }
    if (!fout) {
      fout = document.createElement("p");
      fout.className = "kh-fout";
      fout.id = foutId;
      veld.before(fout); // under the question and its hint, above the field (read before it)
    }
    fout.textContent = tekst;
    veld.setAttribute("aria-invalid", "true");
    veld.setAttribute("aria-describedby", [foutId, ...beschreven].join(" "));
  });
}

// The visible answer to an action, under the buttons: copied, copy by hand, or undo. It goes
// at the next answer (a copied link or an undo then belongs to other answers).
function actieBericht(widget) {
  const vak = document.createElement("div");
  vak.className = "kh-actie-bericht";
  vak.hidden = true;
  widget.querySelector(".kh-acties").after(vak);
  return {
    toon(soort, ...inhoud) {
      vak.dataset.bericht = soort;
      vak.replaceChildren(...inhoud);
      vak.hidden = false;
    },
    wis() {
      delete vak.dataset.bericht;
      vak.replaceChildren();
      vak.hidden = true;
    },
  };
}

function element(naam, eigenschappen = {}, ...kinderen) {
  const el = Object.assign(document.createElement(naam), eigenschappen);
  el.append(...kinderen);
  return el;
}

// One widget ([data-keuzehulp], marked data-actief="ja" by lib/pagina.js). Returns what to do
// when instant navigation has removed it.
function activeer(widget) {
  const formulier = widget.querySelector("form.kh-vragen");
  const resultaat = widget.querySelector(".kh-resultaat");
  const zijvak = widget.querySelector(".kh-zijvak-inhoud");
  const status = widget.querySelector(".kh-status");
  const statusTekst = status.querySelector(".kh-status-tekst");
  const aankondiging = widget.querySelector(".kh-aankondiging");
  const basis = widget.dataset.basis || "";
  const leeg = zijvak.innerHTML; // "the advice appears here once you answer" (the engine's words)
  const bericht = actieBericht(widget);

  // Loading progress under the status: bytes when the runtime reports them, else words.
  const balk = element("progress", { className: "kh-laadbalk", hidden: true });
  const laadTekst = element("span", { className: "kh-laadtekst", id: "kh-laadtekst" });
  balk.setAttribute("aria-labelledby", "kh-laadtekst");
  const laadRij = element("p", { className: "kh-laadvoortgang", hidden: true }, balk, laadTekst);
  status.querySelector(".kh-voortgang").after(laadRij);
  // After a failure that may pass (network, a file that did not match): start again.
  const opnieuw = element("button", { type: "button", className: "md-button kh-opnieuw", hidden: true,
    textContent: "Probeer opnieuw" });
  opnieuw.addEventListener("click", () => opnieuwStarten());
  status.querySelector(".kh-status-uitweg").before(opnieuw);

  // Answers from a shared URL: fill the form now, let Python judge them later
  // (unknown questions or values come back as messages). Without answers in the URL, the
  // last answers of this tab come back (and go into the URL): a URL with answers wins.
  const onthoud = widget.dataset.embed !== "ja";
  const zetUrlEnBewaar = (antwoorden) => {
    const query = zetUrl(antwoorden);
    if (onthoud) bewaar(query);
  };
  let urlParameters = new URLSearchParams(location.search);
  if (onthoud && alleenAntwoorden(urlParameters).size === 0 && bewaard()) {
    const terug = new URLSearchParams(bewaard());
    WEERGAVE.forEach((naam) => urlParameters.has(naam) && terug.set(naam, urlParameters.get(naam)));
    urlParameters = terug;
    history.replaceState(history.state, "", location.pathname + "?" + leesbaar(terug) + location.hash);
    aankondiging.textContent = "Je antwoorden van daarnet staan er weer.";
  } else if (onthoud) {
    bewaar(leesbaar(alleenAntwoorden(urlParameters)));
  }
  zetFormulier(formulier, urlParameters);
  const kiezerElement = widget.querySelector("[data-gemeentekiezer]");
  const kiezer = kiezerElement ? gemeentekiezer(kiezerElement) : null;
  let gekozen = kiezer ? kiezer.gekozen() : [];
  let kiezerGewijzigd = false;
  if (kiezerElement) kiezerElement.addEventListener("gemeentekiezer:wijziging", () => (kiezerGewijzigd = true));
  let ruweUrlAntwoorden = Object.fromEntries(urlParameters);
  let laatste = 0;
  let ankerUitLink = location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : "";
  let laatsteAntwoorden = {}; // what Python last got: the nota is made from the same
  let pythonKlaar = false;
  let pythonStatus = { toestand: "uit" };
  let voorafGetoond = false; // advice computed at build time is on screen
  let wachtOpAdvies = alleenAntwoorden(urlParameters).size > 0; // answers given, no advice yet

  async function werkBij({ vanUrl = false } = {}) {
    // From a shared URL: its raw values, with what the reader changed since on top. The raw
    // NIS codes count as long as the picker was not touched, so an unknown code gets a message.
    const antwoorden = vanUrl
      ? { ...ruweUrlAntwoorden, ...antwoordenUitFormulier(formulier) }
      : antwoordenUitFormulier(formulier);
    if (vanUrl && "nis" in ruweUrlAntwoorden && !kiezerGewijzigd) antwoorden.nis = ruweUrlAntwoorden.nis;
    if (!vanUrl) zetUrlEnBewaar(antwoorden);
    laatsteAntwoorden = antwoorden;
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
  // exactly these answers, if there is one (keuzehulp-vooraf.js); else the panel says
  // that the advice is being computed (answers given) or waits for a first answer.
  async function toonVooraf(antwoorden, mijnBeurt) {
    wachtOpAdvies = alleenAntwoorden(antwoorden).size > 0;
    if (!voorafGetoond) toonLaden();
    const uitkomst = await voorafAdvies(antwoorden, basis);
    if (mijnBeurt !== laatste || pythonKlaar) return;
    voorafGetoond = Boolean(uitkomst);
    widget.dataset.vooraf = uitkomst ? "ja" : "nee"; // decided (the tests wait for this, not for a time)
    if (uitkomst) toon(uitkomst);
    else {
      resultaat.hidden = true;
      delete widget.dataset.aanbevolen;
      zijvak.innerHTML = leeg;
      // answers given, or Python failed: no invitation to a first answer
      zijvak.hidden = wachtOpAdvies || widget.dataset.python === "fout";
    }
    toonLaden();
  }

  // While Python loads (or has not started): the status, with progress, and the panel.
  function toonLaden() {
    if (pythonKlaar || widget.dataset.python === "fout") return; // ready, or the failure stays said
    // (again) loading: an earlier failure and its way out are gone
    status.classList.remove("kh-status--fout");
    status.querySelector(".kh-spinner").hidden = false;
    status.querySelector(".kh-status-detail").hidden = true;
    opnieuw.hidden = true;
    const traag = Boolean(pythonStatus.traag);
    status.hidden = voorafGetoond && !traag;
    statusTekst.textContent = traag ? pythonStatus.tekst
      : wachtOpAdvies ? "Het advies wordt berekend…" : "De keuzehulp wordt geladen…";
    status.querySelector(".kh-status-uitweg").hidden = !traag; // slow: the step-by-step route meanwhile
    const { geladen, totaal } = pythonStatus;
    const bytes = Number.isFinite(totaal) && totaal > 0 && Number.isFinite(geladen);
    balk.hidden = !bytes;
    if (bytes) {
      balk.max = totaal;
      balk.value = Math.min(geladen, totaal);
    }
    laadTekst.textContent = !bytes ? (wachtOpAdvies ? "De keuzehulp wordt geladen…" : "")
      : geladen < totaal ? `${wachtOpAdvies || traag ? "De keuzehulp wordt geladen" : "Gedownload"}: ${voortgangTekst(pythonStatus)}`
        : "De keuzehulp is geladen en start nu…";
    laadRij.hidden = !laadTekst.textContent;
    // Answers given and nothing computed yet: the panel does not invite to a first answer.
    if (!voorafGetoond) {
      if (!wachtOpAdvies) zijvak.innerHTML = leeg;
      zijvak.hidden = wachtOpAdvies;
    }
  }

  // A link to a place in the advice (the static path's "#kh-advies-nota"): that place exists only
  // once the advice is drawn, so the browser could not scroll there; do it once, when it is there.
  function naarAnkerUitLink() {
    if (ankerUitLink && naarPlaatsInAdvies(ankerUitLink)) ankerUitLink = "";
  }

  // Scroll to a place in the drawn advice (an id); false when the advice does not have it (yet).
  function naarPlaatsInAdvies(id, { focus = false } = {}) {
    const doel = !resultaat.hidden && document.getElementById(id);
    if (!doel || !resultaat.contains(doel)) return false;
    doel.scrollIntoView({ block: "start" });
    if (focus) {
      if (!doel.hasAttribute("tabindex")) doel.tabIndex = -1;
      doel.focus({ preventScroll: true });
    }
    return true;
  }

  function toon(uitkomst) {
    toonVragen(widget, uitkomst.van_toepassing, uitkomst.notities || {});
    toonMeldingen(widget, uitkomst.meldingen);
    toonOngeldig(widget, uitkomst.ongeldig || {});
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
    naarAnkerUitLink();
    widget.dataset.aanbevolen = uitkomst.aanbevolen || "";
    zetNotaKnoppen();
    aankondiging.textContent = uitkomst.aankondiging;
    performance.mark("kh-advies");
  }

  function toonFout(tekst, detail = "") {
    status.hidden = false;
    status.classList.add("kh-status--fout");
    statusTekst.textContent = tekst;
    laadRij.hidden = true;
    // First the words for the reader, then the technical reason in small print, then the way out.
    const uitleg = status.querySelector(".kh-status-detail");
    uitleg.textContent = detail ? "Technische melding: " + detail : "";
    uitleg.hidden = !detail;
    if (!pythonKlaar && !voorafGetoond) zijvak.hidden = true; // no advice will come here
    status.querySelector(".kh-status-uitweg").hidden = false;
    status.querySelector(".kh-spinner").hidden = true; // the text stays, the spinner goes
  }

  // --- the nota voor het college: buttons [data-nota] in the engine's advice -----------------
  // They look disabled (aria-disabled, still focusable: a click says why) until Python is ready.
  function zetNotaKnoppen() {
    widget.querySelectorAll("button[data-nota]").forEach((knop) => knop.setAttribute("aria-disabled", String(!pythonKlaar)));
  }

  function notaStatus(knop, tekst, fout = false) {
    // The advice may have been drawn again meanwhile: its button of the same format.
    if (!knop.isConnected) knop = widget.querySelector(`button[data-nota="${CSS.escape(knop.dataset.nota)}"]`) || knop;
    const houder = knop.parentElement;
    let vak = houder.nextElementSibling;
    if (!vak || !vak.matches(".kh-nota-status")) {
      vak = element("p", { className: "kh-nota-status" });
      houder.after(vak);
    }
    vak.classList.toggle("kh-nota-status--fout", fout);
    vak.textContent = tekst;
    aankondiging.textContent = tekst;
  }

  async function maakNota(knop) {
    const formaat = knop.dataset.nota;
    if (!pythonKlaar) {
      notaStatus(knop, "De nota kan gemaakt worden zodra de keuzehulp geladen is.");
      return;
    }
    if (knop.getAttribute("aria-busy") === "true") return;
    knop.setAttribute("aria-busy", "true");
    notaStatus(knop, `De nota (${formaat.toUpperCase()}) wordt gemaakt…`);
    try {
      const [bytes, { download }] = await Promise.all([
        roep(MODULE, "nota", JSON.stringify(laatsteAntwoorden), formaat),
        import("./lib/download.js"),
      ]);
      if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new Error("geen document ontvangen");
      const naam = download(bytes, knop.dataset.bestandsnaam || `nota-voor-het-college.${formaat}`, formaat);
      notaStatus(knop, `Klaar: de nota wordt gedownload als ${naam}.`);
    } catch (fout) {
      notaStatus(knop, `De nota kon niet gemaakt worden (${fout.message}). Probeer het opnieuw, of druk het advies af.`, true);
    } finally {
      knop.removeAttribute("aria-busy");
    }
  }

  let uitstel = null;
  formulier.addEventListener("input", (event) => {
    if (!event.target.name) return; // e.g. the picker's search text: not an answer
    bericht.wis(); // a copied link or an undo belongs to the answers before this one
    clearTimeout(uitstel);
    const typen = event.target.type === "text" || event.target.type === "number";
    uitstel = setTimeout(() => {
      uitstel = null;
      werkBij();
    }, typen ? 250 : 0);
  });
  formulier.addEventListener("submit", (event) => {
    event.preventDefault();
    werkBij();
  });

  widget.addEventListener("click", (event) => {
    const wijzig = event.target.closest("a[data-wijzig]");
    if (wijzig && focusVraag(widget, wijzig.dataset.wijzig)) event.preventDefault();
    // "Bekijk het volledige advies" (and any link to a place in the advice): scroll there
    // ourselves, also where instant navigation would take the click and do nothing with it.
    const anker = event.target.closest('a[href^="#"]:not([data-wijzig])');
    if (anker && anker.hash.length > 1 && naarPlaatsInAdvies(decodeURIComponent(anker.hash.slice(1)), { focus: true })) {
      event.preventDefault();
      event.stopPropagation();
      history.replaceState(history.state, "", location.pathname + location.search + anker.hash);
    }
    const nota = event.target.closest("button[data-nota]");
    if (nota) maakNota(nota);
    // A click on a municipality on the map chooses it (or un-chooses it); the picker
    // stays the accessible way to do the same.
    const vorm = kiezer && event.target.closest("[data-kaart] [data-nis]");
    if (vorm) kiezer.wissel(vorm.dataset.nis);
  });

  // "Kopieer link": a visible "copied"; where the clipboard is refused (no permission, a frame
  // without allow="clipboard-write", no https), the link in a field to copy by hand.
  widget.querySelector("[data-actie=kopieer]").addEventListener("click", async () => {
    if (uitstel) {
      // an answer still being typed: into the URL first
      clearTimeout(uitstel);
      uitstel = null;
      werkBij();
    }
    const link = deelLink();
    try {
      if (!navigator.clipboard?.writeText) throw new Error("geen klembord");
      await navigator.clipboard.writeText(link);
      const teken = element("span", { className: "kh-bericht-teken", textContent: "✓" });
      teken.setAttribute("aria-hidden", "true");
      bericht.toon("gekopieerd", element("p", { className: "kh-bericht kh-bericht--gelukt" },
        teken, " De link naar je antwoorden is gekopieerd. Plak hem in een e-mail of een document."));
      aankondiging.textContent = "De link naar je antwoorden is gekopieerd.";
    } catch {
      const veld = element("input", { type: "text", readOnly: true, value: link, id: "kh-deellink", className: "kh-deellink" });
      veld.addEventListener("focus", () => veld.select());
      bericht.toon("handmatig",
        element("label", { htmlFor: "kh-deellink", className: "kh-bericht" },
          "Kopiëren lukte hier niet automatisch. Selecteer de link en kopieer hem zelf (Ctrl+C, op een Mac ⌘+C):"),
        veld);
      veld.focus();
      veld.select();
    }
  });

  function zetAntwoorden(parameters) {
    formulier.reset();
    zetFormulier(formulier, parameters);
    if (kiezer) kiezer.zet((parameters.get("nis") || "").split(",").map((s) => s.trim()).filter(Boolean));
    kiezerGewijzigd = false;
    ruweUrlAntwoorden = Object.fromEntries(parameters);
    zetUrlEnBewaar(alleenAntwoorden(parameters));
    toonMeldingen(widget, []);
    werkBij({ vanUrl: true });
  }

  // "Opnieuw beginnen" at once, with a way back: "Ongedaan maken" until the next answer.
  widget.querySelector("[data-actie=opnieuw]").addEventListener("click", () => {
    const vorige = alleenAntwoorden(location.search);
    clearTimeout(uitstel);
    uitstel = null;
    zetAntwoorden(new URLSearchParams());
    aankondiging.textContent = "Alle antwoorden zijn gewist.";
    if (vorige.size === 0) return bericht.wis();
    const terug = element("button", { type: "button", className: "kh-ongedaan", textContent: "Ongedaan maken" });
    terug.addEventListener("click", () => {
      zetAntwoorden(vorige);
      bericht.wis();
      widget.querySelector("[data-actie=opnieuw]").focus();
      aankondiging.textContent = "Je antwoorden staan er weer.";
    });
    bericht.toon("gewist", element("p", { className: "kh-bericht" }, "Alle antwoorden zijn gewist. ", terug));
  });
  widget.querySelector("[data-actie=afdrukken]").addEventListener("click", () => window.print());
  widget.querySelectorAll(".kh-acties button").forEach((knop) => (knop.disabled = false));
  performance.mark("kh-interactief");

  const stop = opStatus((s) => {
    if (!widget.isConnected) return; // gone; lib/pagina.js stops this at the next page
    pythonStatus = s;
    if (s.toestand === "laden" || (s.toestand === "uit" && !pythonKlaar)) {
      widget.dataset.python = s.traag ? "traag" : "laden";
      toonLaden();
    } else if (s.toestand === "klaar" && !pythonKlaar) {
      pythonKlaar = true;
      performance.mark("kh-python-klaar");
      status.hidden = true;
      status.querySelector(".kh-status-uitweg").hidden = true;
      widget.dataset.python = "klaar";
      werkBij({ vanUrl: true }); // its advice makes the nota buttons work (toon)
    } else if (s.toestand === "fout") {
      widget.dataset.python = "fout";
      toonFout("De keuzehulp kon niet laden in deze browser.", s.tekst);
      opnieuw.hidden = !s.kanOpnieuw;
    }
  });
  // Answers in the link (or kept in this tab): their advice at once where the build computed
  // it, before Python; else the panel says it is being computed.
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
