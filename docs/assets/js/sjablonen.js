// Guided templates (e.g. the engagementsverklaring): the form is plain HTML; this
// script sends what is typed to the same Python that builds the templates at
// build time (under Pyodide, in the page's worker) and offers the result as a
// download. Nothing typed leaves the browser.
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

function activeer(formulier) {
  if (formulier.dataset.actief) return;
  formulier.dataset.actief = "ja";
  const id = formulier.dataset.sjabloon;
  const status = formulier.querySelector(".igs-formulier-status");
  const fouten = formulier.querySelector(".igs-formulier-fouten");
  const voorbeeld = document.getElementById(`igs-afdrukvoorbeeld-${id}`);
  const knoppen = formulier.querySelectorAll("button[data-formaat], button[data-actie]");
  formulier.querySelectorAll("[data-zonder-js]").forEach((el) => (el.hidden = true));

  async function controleer() {
    const meldingen = JSON.parse(await roep("sjablonen", "browser_valideer", id, velden(formulier)));
    fouten.replaceChildren();
    if (!meldingen.length) {
      fouten.hidden = true;
      return true;
    }
    const lijst = document.createElement("ul");
    meldingen.forEach((tekst) => {
      const li = document.createElement("li");
      li.textContent = tekst;
      lijst.append(li);
    });
    fouten.append(lijst);
    fouten.hidden = false;
    fouten.focus();
    return false;
  }

  formulier.addEventListener("click", async (event) => {
    const knop = event.target.closest("button");
    if (!knop || knop.disabled) return;
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
      } else if (knop.dataset.actie === "afdrukvoorbeeld") {
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

  opStatus((s) => {
    if (!formulier.isConnected) return;
    if (s.toestand === "laden") status.textContent = "Het invulhulpmiddel wordt klaargemaakt…";
    if (s.toestand === "klaar") {
      knoppen.forEach((k) => (k.disabled = false));
      status.textContent = "";
    }
    if (s.toestand === "fout") {
      status.textContent = "Invullen op deze site lukt hier niet: " + s.tekst + " Download het lege sjabloon hierboven.";
    }
  });
  startWanneerRustig();
}

function init() {
  document.querySelectorAll("form.igs-sjabloonformulier[data-sjabloon]").forEach(activeer);
}

if (window.document$) window.document$.subscribe(init);
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
