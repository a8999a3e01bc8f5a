// Guided templates (e.g. the engagementsverklaring): the form is plain HTML; this
// script sends what is typed to the same Python that builds the templates at
// build time (under Pyodide, in the page's worker) and offers the result as a
// download. Nothing typed leaves the browser: it is kept in this browser only
// (localStorage), until the reader clears it.
//
// - Errors: Python says which field is wrong and why (browser_controleer); the
//   error summary lists them as links that move focus to the field (GOV.UK pattern),
//   and each field shows its own message.
// - Municipalities: the gemeentekiezer (gemeentekiezer.js) sends NIS codes; Python
//   (browser_gemeenten) returns what follows from them (inhabitants with date and
//   source, referentieregio, the keuzehulp's warning for more than one referentieregio).
//   A field the reader has not changed takes those values.
// - A link (?nis=…&rechtsvorm=…, from the keuzehulp's advice): Python (browser_vooraf) says
//   which field gets which value and which values cannot be used; the page fills in, says
//   so above the form, and removes the parameters from the address (a reload keeps what the
//   reader changed since). Values from the link replace what was kept in this browser.
// - The buttons stay disabled (and look it) until Python is ready.
import { opStatus, roep, startWanneerRustig } from "./igs-python.js";
import { download } from "./lib/download.js";

function velden(formulier) {
  return JSON.stringify(Object.fromEntries(new FormData(formulier)));
}

// --- kept in this browser -------------------------------------------------------

function opslag(id) {
  const sleutel = `igs-sjabloon:${id}`;
  const bereikbaar = (() => {
    try {
      return window.localStorage;
    } catch {
      return null; // storage blocked: the form works, it just forgets on reload
    }
  })();
  return {
    lees() {
      try {
        const bewaard = JSON.parse(bereikbaar?.getItem(sleutel) || "null");
        return bewaard && typeof bewaard.velden === "object" ? bewaard : null;
      } catch {
        return null;
      }
    },
    schrijf(inhoud) {
      try {
        bereikbaar?.setItem(sleutel, JSON.stringify(inhoud));
      } catch {
        /* full or blocked: nothing to do */
      }
    },
    wis() {
      try {
        bereikbaar?.removeItem(sleutel);
      } catch {
        /* blocked */
      }
    },
  };
}

// --- the error summary ----------------------------------------------------------

function foutweergave(formulier) {
  const overzicht = formulier.querySelector(".igs-foutoverzicht");
  const lijst = overzicht.querySelector(".igs-foutoverzicht-lijst");
  if (!overzicht.querySelector(".igs-foutoverzicht-titel")) {
    const titel = document.createElement("h3");
    titel.className = "igs-foutoverzicht-titel";
    titel.id = `${formulier.id}-fouten`;
    titel.textContent = overzicht.dataset.titel;
    lijst.before(titel);
    lijst.setAttribute("aria-labelledby", titel.id);
  }
  // The messages on screen: field id -> text (in the summary when it is shown); `uitLink`: the
  // fields whose message is about a value from a link (no check repeats it).
  let getoond = new Map();
  const uitLink = new Set();

  // The element that gets focus for a field: the picker's text field, or the control.
  function doel(veldId) {
    const blok = formulier.querySelector(`.igs-veld[data-veld="${CSS.escape(veldId)}"]`);
    if (!blok) return null;
    return blok.querySelector('[role="combobox"]') || blok.querySelector(`[name="${CSS.escape(veldId)}"]`);
  }

  function wisVeldfouten() {
    formulier.querySelectorAll(".igs-veld").forEach((blok) => {
      blok.classList.remove("igs-veld-fout");
      const melding = blok.querySelector(".igs-veldfout");
      melding.textContent = "";
      melding.hidden = true;
      blok.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
    });
  }

  function teken(meldingen, metOverzicht) {
    wisVeldfouten();
    lijst.replaceChildren();
    getoond = new Map();
    for (const { veld, tekst } of meldingen) {
      getoond.set(veld, tekst);
      const invoer = doel(veld);
      const li = document.createElement("li");
      if (invoer) {
        const link = document.createElement("a");
        link.href = `#${invoer.id}`;
        link.textContent = tekst;
        li.append(link);
        const blok = invoer.closest(".igs-veld");
        blok.classList.add("igs-veld-fout");
        const melding = blok.querySelector(".igs-veldfout");
        melding.textContent = tekst;
        melding.hidden = false;
        invoer.setAttribute("aria-invalid", "true");
        const beschreven = (invoer.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        if (!beschreven.includes(melding.id)) invoer.setAttribute("aria-describedby", [...beschreven, melding.id].join(" "));
      } else li.textContent = tekst;
      lijst.append(li);
    }
    overzicht.hidden = !(metOverzicht && meldingen.length);
  }

  return {
    // After a click on a download button: every problem, at its field and in the summary.
    toon(meldingen) {
      uitLink.clear();
      teken(meldingen, true);
      if (meldingen.length) overzicht.focus();
    },
    // Messages at their fields only, no summary (values from a link that cannot be used).
    bijVelden(meldingen) {
      meldingen.forEach(({ veld }) => uitLink.add(veld));
      teken(meldingen, !overzicht.hidden);
    },
    // While the reader types: a message goes as soon as its field is fine (Python's check of
    // now); no new messages appear, and focus stays where it is.
    verfijn(meldingen) {
      if (!getoond.size) return;
      const nu = new Map(meldingen.map(({ veld, tekst }) => [veld, tekst]));
      const blijft = [...getoond].filter(([veld]) => uitLink.has(veld) || nu.has(veld));
      teken(blijft.map(([veld, tekst]) => ({ veld, tekst: uitLink.has(veld) ? tekst : nu.get(veld) })), !overzicht.hidden);
    },
    // The reader changed a field: a message about a value from the link there has done its work.
    vergeet(veldId) {
      if (!uitLink.delete(veldId) || !getoond.has(veldId)) return;
      getoond.delete(veldId);
      teken([...getoond].map(([veld, tekst]) => ({ veld, tekst })), !overzicht.hidden);
    },
    heeftMeldingen: () => getoond.size > 0,
    wis() {
      uitLink.clear();
      teken([], false);
    },
    // A link in the summary: focus the field, with its label in view.
    volgLinks() {
      lijst.addEventListener("click", (event) => {
        const link = event.target.closest("a[href^='#']");
        if (!link) return;
        const invoer = document.getElementById(decodeURIComponent(link.hash.slice(1)));
        if (!invoer) return;
        event.preventDefault();
        const label = formulier.querySelector(`label[for="${CSS.escape(invoer.id)}"]`) || invoer;
        label.scrollIntoView({ block: "center" });
        invoer.focus({ preventScroll: true });
      });
    },
  };
}

// --- the form -------------------------------------------------------------------

const KLAARMAKEN = "Het formulier wordt klaargemaakt. De knoppen werken zodra het klaar is.";

// The label of a field as the reader sees it ("Rechtsvorm"), for a message.
function labelVan(formulier, naam) {
  const blok = formulier.querySelector(`.igs-veld[data-veld="${CSS.escape(naam)}"]`);
  const label = blok?.querySelector("label");
  return (label?.firstChild?.textContent || naam).trim();
}

// One form (marked data-actief="ja" by lib/pagina.js). Resolves with what to do when instant
// navigation has removed it.
async function activeer(formulier) {
  const id = formulier.dataset.sjabloon;
  const status = formulier.querySelector(".igs-formulier-status");
  const voorbeeld = document.getElementById(`igs-afdrukvoorbeeld-${id}`);
  const knoppen = formulier.querySelectorAll("button[data-formaat], button[data-actie=afdrukvoorbeeld]");
  const wisKnop = formulier.querySelector("button[data-actie=wis]");
  const voorafMelding = formulier.querySelector(".igs-formulier-vooraf");
  const regioMelding = formulier.querySelector(".igs-regiowaarschuwing");
  const fouten = foutweergave(formulier);
  const bewaard = opslag(id);
  formulier.querySelectorAll("[data-zonder-js]").forEach((el) => (el.hidden = true));
  fouten.volgLinks();

  // Values Python derived from the chosen municipalities, per field: a field that
  // still holds the derived value (or nothing) follows a new choice.
  let afgeleid = {};

  function bewaar() {
    bewaard.schrijf({ velden: Object.fromEntries(new FormData(formulier)), afgeleid });
  }

  // 1. What was typed before, in this browser.
  const vorige = bewaard.lees();
  if (vorige) {
    for (const [naam, waarde] of Object.entries(vorige.velden)) {
      const veld = formulier.elements.namedItem(naam);
      if (veld && "value" in veld && typeof waarde === "string") veld.value = waarde;
    }
    afgeleid = vorige.afgeleid && typeof vorige.afgeleid === "object" ? vorige.afgeleid : {};
  }

  // 2. The municipality picker, when the page has one (reads the restored codes).
  const kiezerElement = formulier.querySelector("[data-gemeentekiezer]");
  let kiezer = null;

  // What follows from the chosen municipalities; `melden`: say which fields changed.
  async function vulUitGemeenten(melden) {
    const uitkomst = JSON.parse(await roep("sjablonen", "browser_gemeenten", kiezer.gekozen().join(","), id));
    if (uitkomst.fout) {
      status.textContent = uitkomst.fout;
      return;
    }
    if (regioMelding) {
      regioMelding.querySelector("p:not(.admonition-title)").textContent = uitkomst.waarschuwing || "";
      regioMelding.hidden = !uitkomst.waarschuwing;
    }
    const ingevuld = [];
    for (const [naam, waarde] of Object.entries(uitkomst)) {
      const veld = formulier.elements.namedItem(naam);
      if (typeof waarde !== "string" || !veld || veld.type === "hidden") continue;
      if (veld.value === "" || veld.value === afgeleid[naam]) {
        if (veld.value !== waarde) ingevuld.push(labelVan(formulier, naam).toLowerCase());
        veld.value = waarde;
      }
      afgeleid[naam] = waarde;
    }
    bewaar();
    if (melden && ingevuld.length) {
      status.textContent = `Aangevuld uit de gekozen gemeenten: ${ingevuld.join(", ")}. Je kunt het nog aanpassen.`;
    }
  }

  if (kiezerElement) {
    const { gemeentekiezer } = await import("./gemeentekiezer.js");
    kiezer = gemeentekiezer(kiezerElement);
    if (kiezerElement.closest(".igs-veld[data-verplicht]")) {
      kiezerElement.querySelector('[role="combobox"]').setAttribute("aria-required", "true");
    }
    const veld = kiezerElement.querySelector('input[type="hidden"]');
    kiezer.zet(veld.value.split(",").map((s) => s.trim()).filter(Boolean));
    kiezerElement.addEventListener("gemeentekiezer:wijziging", () =>
      vulUitGemeenten(true).catch((fout) => {
        status.textContent = "De gegevens van de gekozen gemeenten konden niet worden aangevuld (" + fout.message + ").";
      })
    );
  }

  // 3. Values from a link (the keuzehulp's advice): they win over what was kept here.
  async function vulUitLink() {
    const parameters = Object.fromEntries(new URLSearchParams(location.search));
    if (!Object.keys(parameters).length) return;
    const { velden: waarden, fouten: problemen } = JSON.parse(
      await roep("sjablonen", "browser_vooraf", id, JSON.stringify(parameters))
    );
    const vervangen = [];
    for (const [naam, waarde] of Object.entries(waarden)) {
      const veld = formulier.elements.namedItem(naam);
      if (!veld || !("value" in veld)) continue;
      if (vorige && vorige.velden[naam] && vorige.velden[naam] !== waarde) vervangen.push(`«${labelVan(formulier, naam)}»`);
      if (kiezer && veld === kiezerElement.querySelector('input[type="hidden"]')) {
        kiezer.zet(waarde.split(",").filter(Boolean));
      } else veld.value = waarde;
    }
    if (!Object.keys(waarden).length && !problemen.length) return;
    if (kiezer && kiezer.gekozen().length) await vulUitGemeenten(false);
    fouten.bijVelden(problemen);
    bewaar();
    const uitleg = voorafMelding.querySelector("p:not(.admonition-title)");
    uitleg.textContent =
      "De gegevens uit het advies staan hieronder. Vul de rest zelf in en pas aan wat niet klopt." +
      (vervangen.length ? ` Wat je eerder op dit toestel invulde bij ${vervangen.join(", ")}, is vervangen.` : "") +
      (problemen.length ? " Niet alles uit de link kon worden ingevuld: zie de meldingen bij de velden." : "");
    voorafMelding.hidden = false;
    // A reload keeps what the reader changes from now on (it is kept in this browser).
    const zonder = new URL(location.href);
    zonder.search = "";
    history.replaceState(history.state, "", zonder);
  }

  // 4. A message goes as soon as its field is fine: check again while the reader types.
  let wachtrij = null;
  function controleerLater(event) {
    if (event.target?.closest?.(".igs-veld")) fouten.vergeet(naamVanVeld(event.target));
    if (!fouten.heeftMeldingen() || status.dataset.python !== "klaar") return;
    clearTimeout(wachtrij);
    wachtrij = setTimeout(async () => {
      try {
        fouten.verfijn(JSON.parse(await roep("sjablonen", "browser_controleer", id, velden(formulier))));
      } catch {
        /* the next download click checks again */
      }
    }, 150);
  }
  // The field id of a control (the picker's hidden field carries it as its name).
  function naamVanVeld(el) {
    return el.closest(".igs-veld")?.dataset.veld || el.name;
  }

  formulier.addEventListener("input", (event) => {
    bewaar();
    controleerLater(event);
  });
  formulier.addEventListener("change", controleerLater);
  wisKnop.hidden = false;

  async function controleer() {
    const meldingen = JSON.parse(await roep("sjablonen", "browser_controleer", id, velden(formulier)));
    fouten.toon(meldingen);
    return meldingen.length === 0;
  }

  formulier.addEventListener("click", async (event) => {
    const knop = event.target.closest("button");
    if (!knop || knop.disabled) return;
    if (knop.dataset.actie === "wis") {
      formulier.reset();
      kiezer?.zet([]);
      afgeleid = {};
      bewaard.wis();
      fouten.wis();
      if (voorbeeld) voorbeeld.hidden = true;
      if (regioMelding) regioMelding.hidden = true;
      voorafMelding.hidden = true;
      status.textContent = "Alles wat je invulde is gewist, ook op dit toestel.";
      return;
    }
    if (!knop.dataset.formaat && knop.dataset.actie !== "afdrukvoorbeeld") return;
    try {
      if (!(await controleer())) {
        status.textContent = "Vul eerst de verplichte velden in.";
        return;
      }
      if (knop.dataset.formaat) {
        const formaat = knop.dataset.formaat;
        status.textContent = `Document wordt gemaakt (${formaat.toUpperCase()})…`;
        const [bytes, naam] = await Promise.all([
          roep("sjablonen", "browser_download", id, velden(formulier), formaat),
          roep("sjablonen", "browser_bestandsnaam", id, velden(formulier), formaat),
        ]);
        download(bytes, naam, formaat);
        status.textContent = `Je document (${naam}) is klaar en wordt gedownload.`;
      } else {
        voorbeeld.innerHTML = await roep("sjablonen", "afdrukvoorbeeld_html", id, velden(formulier));
        voorbeeld.hidden = false;
        document.body.classList.add("igs-afdruk-sjabloon");
        status.textContent = "Het afdrukvoorbeeld staat onder het formulier.";
        window.print();
      }
    } catch (fout) {
      status.textContent = "Dat lukte niet (" + fout.message + "). Je kunt het lege sjabloon hierboven downloaden.";
    }
  });

  let gestart = false;
  const stop = opStatus((s) => {
    if (!formulier.isConnected) return; // gone; lib/pagina.js stops this at the next page
    // (while loading; a message of the reader's own action, such as "gewist", stays)
    if (s.toestand === "laden" && !status.textContent) status.textContent = KLAARMAKEN;
    if (s.toestand === "klaar" && !gestart) {
      gestart = true;
      (async () => {
        try {
          await vulUitLink();
          // kept municipalities: their warning (and derived values) without a message
          if (kiezer && kiezer.gekozen().length && voorafMelding.hidden) await vulUitGemeenten(false);
        } catch (fout) {
          status.textContent = "De gegevens uit de link konden niet worden ingevuld (" + fout.message + "). Vul ze zelf in.";
        }
        knoppen.forEach((k) => {
          k.disabled = false;
          k.removeAttribute("aria-disabled");
        });
        if (status.textContent === KLAARMAKEN) status.textContent = "";
        // a sign for tests and scripts: the form is ready (links applied, buttons enabled)
        status.dataset.python = "klaar";
      })();
    }
    if (s.toestand === "fout") {
      status.textContent = "Invullen op deze site lukt hier niet: " + s.tekst + " Download het lege sjabloon hierboven.";
    }
  });
  startWanneerRustig();
  return stop; // gone from the page: it no longer follows Python's status
}

// At once (the form works before mkdocs-material's deferred bundle has run), then on every page its
// instant navigation shows; lib/pagina.js (loaded in <head>) decides when.
window.igsPagina.opElkePagina("form.igs-sjabloonformulier[data-sjabloon]", activeer);
