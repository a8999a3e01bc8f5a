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
//   source, referentieregio). A field the reader has not changed takes those values.
import { opStatus, roep, startWanneerRustig } from "./igs-python.js";

const MIME = {
  odt: "application/vnd.oasis.opendocument.text",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

function velden(formulier) {
  return JSON.stringify(Object.fromEntries(new FormData(formulier)));
}

function download(bytes, naam, formaat) {
  const url = URL.createObjectURL(new Blob([bytes], { type: MIME[formaat] }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${naam}.${formaat}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
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

  return {
    toon(meldingen) {
      wisVeldfouten();
      lijst.replaceChildren();
      if (!meldingen.length) {
        overzicht.hidden = true;
        return;
      }
      for (const { veld, tekst } of meldingen) {
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
      overzicht.hidden = false;
      overzicht.focus();
    },
    wis() {
      this.toon([]);
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

// One form (marked data-actief="ja" by lib/pagina.js). Resolves with what to do when instant
// navigation has removed it.
async function activeer(formulier) {
  const id = formulier.dataset.sjabloon;
  const status = formulier.querySelector(".igs-formulier-status");
  const voorbeeld = document.getElementById(`igs-afdrukvoorbeeld-${id}`);
  const knoppen = formulier.querySelectorAll("button[data-formaat], button[data-actie=afdrukvoorbeeld]");
  const wisKnop = formulier.querySelector("button[data-actie=wis]");
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
  if (kiezerElement) {
    const { gemeentekiezer } = await import("./gemeentekiezer.js");
    kiezer = gemeentekiezer(kiezerElement);
    if (kiezerElement.closest(".igs-veld[data-verplicht]")) {
      kiezerElement.querySelector('[role="combobox"]').setAttribute("aria-required", "true");
    }
    const veld = kiezerElement.querySelector('input[type="hidden"]');
    kiezer.zet(veld.value.split(",").map((s) => s.trim()).filter(Boolean));
    kiezerElement.addEventListener("gemeentekiezer:wijziging", async () => {
      try {
        const uitkomst = JSON.parse(await roep("sjablonen", "browser_gemeenten", kiezer.gekozen().join(",")));
        if (uitkomst.fout) {
          status.textContent = uitkomst.fout;
          return;
        }
        const ingevuld = [];
        for (const [naam, waarde] of Object.entries(uitkomst)) {
          const veld = formulier.elements.namedItem(naam);
          if (typeof waarde !== "string" || !veld || veld.type === "hidden") continue;
          if (veld.value === "" || veld.value === afgeleid[naam]) {
            veld.value = waarde;
            ingevuld.push((veld.labels?.[0]?.firstChild?.textContent || naam).trim().toLowerCase());
          }
          afgeleid[naam] = waarde;
        }
        bewaar();
        if (ingevuld.length) {
          status.textContent = `Aangevuld uit de gekozen gemeenten: ${ingevuld.join(", ")}. Je kunt het nog aanpassen.`;
        }
      } catch (fout) {
        status.textContent = "De gegevens van de gekozen gemeenten konden niet worden aangevuld (" + fout.message + ").";
      }
    });
  }

  formulier.addEventListener("input", bewaar);
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
        const bytes = await roep("sjablonen", "browser_download", id, velden(formulier), formaat);
        download(bytes, id, formaat);
        status.textContent = `Je document (${formaat.toUpperCase()}) is klaar en wordt gedownload.`;
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

  const stop = opStatus((s) => {
    if (!formulier.isConnected) return; // gone; lib/pagina.js stops this at the next page
    if (s.toestand === "laden") status.textContent = "Het invulhulpmiddel wordt klaargemaakt…";
    if (s.toestand === "klaar") {
      knoppen.forEach((k) => (k.disabled = false));
      if (status.textContent === "Het invulhulpmiddel wordt klaargemaakt…") status.textContent = "";
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
