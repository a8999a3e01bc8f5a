// Gemeentekiezer: choose several Flemish municipalities by name.
// WAI-ARIA APG combobox with a listbox (list autocomplete, no automatic selection),
// plus the list of chosen municipalities, each with a remove button.
//
// STABLE API (also used by the guided templates; add to it, do not break it)
//
//   HTML: render it with keuzehulp.gemeentekiezer.render_gemeentekiezer(id=…, naam=…,
//   label=…, hint=…). It holds every municipality as <li role="option" data-nis
//   data-regio> and one <input type="hidden" name="<naam>"> with the chosen NIS codes
//   ("11002,11004", in the order chosen): a surrounding <form> reads that field.
//
//   import { gemeentekiezer } from "./gemeentekiezer.js";
//   const kiezer = gemeentekiezer(element);   // element: [data-gemeentekiezer];
//                                              // calling it again returns the same kiezer
//   kiezer.gekozen()        -> ["11002", …]        chosen NIS codes, in the order chosen
//   kiezer.gemeente(nis)    -> { nis, naam, referentieregio } or null (unknown code)
//   kiezer.kies(nis)        add one (a reader's action: fires the events below)
//   kiezer.verwijder(nis)   remove one (idem)
//   kiezer.wissel(nis)      add or remove (idem; e.g. a click on a map)
//   kiezer.zet([nis, …])    replace the choice silently (e.g. from the URL);
//                           unknown codes are left out; fires no events
//
//   Events, both bubbling, after every change by the reader (typing/choosing,
//   a remove button, kies/verwijder/wissel):
//   - "input" on the hidden field (so a form's input listener sees it);
//   - "gemeentekiezer:wijziging" on the element, detail { gekozen: [{ nis, naam, referentieregio }] }.
//
// Keyboard: type to filter; the first match is highlighted at once (APG: list autocomplete
// with automatic selection), so "Hers" + Enter chooses Herselt; Down/Up open the list and move
// through it (wrapping; the first Down goes to the highlighted match itself); Enter chooses (or
// un-chooses) the highlighted municipality; Escape closes the list, or clears the text when it
// is closed. Focus stays in the text field; the listbox is followed with aria-activedescendant
// once the arrow keys are used (the automatic highlight is only said in the live region).

const kiezers = new WeakMap();

function normaal(tekst) {
  return tekst.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
}

export function gemeentekiezer(element) {
  if (kiezers.has(element)) return kiezers.get(element);
  const kiezer = maak(element);
  kiezers.set(element, kiezer);
  return kiezer;
}

function maak(element) {
  const invoer = element.querySelector('[role="combobox"]');
  const lijst = element.querySelector('[role="listbox"]');
  const geen = element.querySelector(".igs-gk-geen");
  const veld = element.querySelector('input[type="hidden"]');
  const gekozenLijst = element.querySelector(".igs-gk-gekozen");
  const telling = element.querySelector(".igs-gk-telling");
  const melding = element.querySelector("[data-gk-melding]");
  const perNis = new Map(
    [...lijst.querySelectorAll('[role="option"]')].map((optie) => [
      optie.dataset.nis,
      {
        optie,
        nis: optie.dataset.nis,
        naam: optie.querySelector(".igs-gk-naam").textContent,
        referentieregio: optie.dataset.regio,
        zoek: normaal(optie.querySelector(".igs-gk-naam").textContent),
      },
    ])
  );
  let gekozen = [];
  let zichtbaar = [];
  let actief = -1;
  let automatisch = false; // the highlight came from typing, not from the arrow keys
  let meldingUitstel = null;

  function kondig(tekst, uitstel = 0) {
    clearTimeout(meldingUitstel);
    meldingUitstel = setTimeout(() => {
      melding.textContent = tekst;
    }, uitstel);
  }

  // --- the listbox -------------------------------------------------------
  function filter(tekst) {
    const zoek = normaal(tekst);
    const begin = [];
    const woord = [];
    for (const g of perNis.values()) {
      if (!zoek || g.zoek.startsWith(zoek)) begin.push(g);
      else if (g.zoek.split(/[\s\-']+/).some((deel) => deel.startsWith(zoek))) woord.push(g);
    }
    zichtbaar = [...begin, ...woord];
    const toon = new Set(zichtbaar);
    for (const g of perNis.values()) g.optie.hidden = !toon.has(g);
    // The shown options in this order (prefix matches first) at the end of the list.
    lijst.append(...zichtbaar.map((g) => g.optie));
    return zichtbaar.length;
  }

  function open() {
    lijst.hidden = zichtbaar.length === 0;
    geen.hidden = zichtbaar.length !== 0 || invoer.value.trim() === "";
    invoer.setAttribute("aria-expanded", String(!lijst.hidden));
  }

  function sluit() {
    lijst.hidden = true;
    geen.hidden = true;
    invoer.setAttribute("aria-expanded", "false");
    markeer(-1);
  }

  function markeer(index, { vanzelf = false } = {}) {
    if (actief >= 0 && zichtbaar[actief]) zichtbaar[actief].optie.classList.remove("igs-gk-actief");
    actief = index;
    automatisch = vanzelf;
    if (index < 0 || !zichtbaar[index]) {
      actief = -1;
      automatisch = false;
      invoer.removeAttribute("aria-activedescendant");
      return;
    }
    const optie = zichtbaar[index].optie;
    optie.classList.add("igs-gk-actief");
    if (vanzelf) invoer.removeAttribute("aria-activedescendant");
    else invoer.setAttribute("aria-activedescendant", optie.id);
    optie.scrollIntoView({ block: "nearest" });
  }

  // --- the choice ------------------------------------------------------------
  function toonGekozen() {
    const knoppen = [];
    gekozenLijst.replaceChildren(
      ...gekozen.map((nis) => {
        const g = perNis.get(nis);
        const li = document.createElement("li");
        li.dataset.nis = nis;
        const naam = document.createElement("span");
        naam.textContent = g.naam;
        const knop = document.createElement("button");
        knop.type = "button";
        knop.className = "igs-gk-verwijder";
        knop.dataset.nis = nis;
        const kruis = document.createElement("span");
        kruis.setAttribute("aria-hidden", "true");
        kruis.textContent = "✕";
        const uitleg = document.createElement("span");
        uitleg.className = "igs-visueel-verborgen";
        uitleg.textContent = "Verwijder " + g.naam;
        knop.append(kruis, uitleg);
        knoppen.push(knop);
        li.append(naam, " ", knop);
        return li;
      })
    );
    for (const g of perNis.values()) g.optie.setAttribute("aria-selected", String(gekozen.includes(g.nis)));
    veld.value = gekozen.join(",");
    telling.textContent = gekozen.length ? `(${gekozen.length})` : "(nog geen)";
    return knoppen;
  }

  function meld() {
    veld.dispatchEvent(new Event("input", { bubbles: true }));
    element.dispatchEvent(
      new CustomEvent("gemeentekiezer:wijziging", { bubbles: true, detail: { gekozen: kiezer.gekozenGemeenten() } })
    );
  }

  function aantal() {
    return gekozen.length === 1 ? "1 gemeente gekozen" : `${gekozen.length} gemeenten gekozen`;
  }

  function kies(nis) {
    if (!perNis.has(nis) || gekozen.includes(nis)) return;
    gekozen = [...gekozen, nis];
    toonGekozen();
    kondig(`${perNis.get(nis).naam} toegevoegd. ${aantal()}.`);
    meld();
  }

  function verwijder(nis, { focus = false } = {}) {
    const plaats = gekozen.indexOf(nis);
    if (plaats < 0) return;
    gekozen = gekozen.filter((n) => n !== nis);
    const knoppen = toonGekozen();
    if (focus) (knoppen[plaats] || knoppen[plaats - 1] || invoer).focus();
    kondig(`${perNis.get(nis).naam} verwijderd. ${aantal()}.`);
    meld();
  }

  function wissel(nis) {
    if (gekozen.includes(nis)) verwijder(nis);
    else kies(nis);
  }

  function kiesActief() {
    const g = zichtbaar[actief] || (zichtbaar.length === 1 && invoer.value.trim() ? zichtbaar[0] : null);
    if (!g) return false;
    wissel(g.nis);
    invoer.value = "";
    filter("");
    sluit();
    return true;
  }

  // --- events -----------------------------------------------------------
  invoer.addEventListener("input", () => {
    const n = filter(invoer.value);
    markeer(-1);
    if (invoer.value.trim()) {
      open();
      if (n) markeer(0, { vanzelf: true });
      const eerste = n ? ` Enter kiest ${zichtbaar[0].naam}.` : "";
      kondig((n === 0 ? "Geen gemeente gevonden." : n === 1 ? "1 gemeente gevonden." : `${n} gemeenten gevonden.`) + eerste, 600);
    } else sluit();
  });

  invoer.addEventListener("keydown", (event) => {
    const isOpen = !lijst.hidden;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!isOpen) {
          filter(invoer.value);
          open();
          if (!event.altKey) markeer(0);
        } else if (automatisch) markeer(actief);
        else markeer(actief + 1 < zichtbaar.length ? actief + 1 : 0);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!isOpen) {
          filter(invoer.value);
          open();
          markeer(zichtbaar.length - 1);
        } else markeer(actief > 0 ? actief - 1 : zichtbaar.length - 1);
        break;
      case "Enter":
        event.preventDefault(); // never submit the surrounding form from here
        if (isOpen || invoer.value.trim()) kiesActief();
        break;
      case "Escape":
        if (isOpen) {
          event.preventDefault();
          sluit();
        } else if (invoer.value) {
          event.preventDefault();
          invoer.value = "";
          filter("");
        }
        break;
      case "Tab":
        sluit();
        break;
    }
  });

  invoer.addEventListener("click", () => {
    if (lijst.hidden && invoer.value.trim()) {
      filter(invoer.value);
      open();
    }
  });

  // Keep focus in the text field when the pointer chooses an option.
  lijst.addEventListener("mousedown", (event) => event.preventDefault());
  lijst.addEventListener("click", (event) => {
    const optie = event.target.closest('[role="option"]');
    if (!optie) return;
    markeer(zichtbaar.findIndex((g) => g.optie === optie));
    kiesActief();
    invoer.focus();
  });

  element.addEventListener("focusout", (event) => {
    if (!element.contains(event.relatedTarget)) sluit();
  });

  gekozenLijst.addEventListener("click", (event) => {
    const knop = event.target.closest(".igs-gk-verwijder");
    if (knop) verwijder(knop.dataset.nis, { focus: true });
  });

  const kiezer = {
    gekozen: () => [...gekozen],
    gemeente(nis) {
      const g = perNis.get(String(nis));
      return g ? { nis: g.nis, naam: g.naam, referentieregio: g.referentieregio } : null;
    },
    gekozenGemeenten: () => gekozen.map((nis) => kiezer.gemeente(nis)),
    kies: (nis) => kies(String(nis)),
    verwijder: (nis) => verwijder(String(nis)),
    wissel: (nis) => wissel(String(nis)),
    zet(codes) {
      gekozen = [...new Set([...codes].map(String).filter((nis) => perNis.has(nis)))];
      toonGekozen();
    },
  };

  // Codes already in the field (a restored form, or filled in before the script ran).
  kiezer.zet(veld.value.split(",").map((s) => s.trim()).filter(Boolean));
  element.dataset.gemeentekiezer = "actief";
  return kiezer;
}
