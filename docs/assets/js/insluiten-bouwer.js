// Snippet builder on the "Insluiten" page: choose what to embed, a style and
// preset answers; the copy-paste code and the preview follow. Without
// JavaScript the page shows the default snippet and this form stays hidden.
// Everything it writes comes from the build: the snippet template
// (data-snippet-sjabloon), titles and link texts per choice (data-titel,
// data-linktekst), the question fields (the keuzehulp's own). Answers go into
// the address exactly as typed: the keuzehulp's engine reads them, as it reads
// a shared link, and the preview shows what it makes of them.
(function () {
  "use strict";

  function escapeHtml(tekst) {
    return String(tekst).replace(/[&<>"]/g, function (teken) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[teken];
    });
  }

  function vul(sjabloon, waarden) {
    return sjabloon.replace(/\{(\w+)\}/g, function (geheel, naam) {
      return Object.prototype.hasOwnProperty.call(waarden, naam) ? escapeHtml(waarden[naam]) : geheel;
    });
  }

  function activeer(formulier) {
    var codeVak = document.querySelector("[data-snippet]");
    if (!codeVak) return;
    // The site root as this browser sees it (the snippet's origin becomes
    // location.origin, so the preview also works on a test or local server).
    var root = new URL(formulier.dataset.basis || "../../", location.href).href;
    var sjabloon = formulier.dataset.snippetSjabloon;
    var antwoordVak = formulier.querySelector("[data-alleen-keuzehulp]");
    var melding = formulier.querySelector(".igs-bouwer-melding");
    var voorbeeldVak = formulier.querySelector(".igs-bouwer-voorbeeld");
    var voorbeeld = null;
    var uitstel = null;

    function antwoorden() {
      var query = new URLSearchParams();
      antwoordVak.querySelectorAll("input").forEach(function (veld) {
        if ((veld.type === "radio" || veld.type === "checkbox") && !veld.checked) return;
        var waarde = veld.value.trim();
        if (veld.name && waarde !== "") query.append(veld.name, waarde);
      });
      return query;
    }

    function keuzes() {
      var optie = formulier.elements.namedItem("wat").selectedOptions[0];
      var wat = optie.value;
      var query = wat === "keuzehulp" ? antwoorden() : new URLSearchParams();
      var volledigQuery = query.toString();
      var stijl = formulier.querySelector(".igs-bouwer-stijl input:checked");
      if (stijl && stijl.value) query.set(stijl.name, stijl.value);
      var embedQuery = query.toString();
      return {
        wat: wat,
        embed: root + "embed/" + wat + "/" + (embedQuery ? "?" + embedQuery : ""),
        volledig: root + wat + "/" + (volledigQuery ? "?" + volledigQuery : ""),
        titel: optie.dataset.titel,
        linktekst: optie.dataset.linktekst,
        root: root,
      };
    }

    function laadHoogteScript() {
      var src = root + "assets/js/insluiten.js";
      if (document.querySelector('script[src="' + src + '"]')) return;
      var script = document.createElement("script");
      script.src = src;
      document.head.append(script);
    }

    function werkBij() {
      var k = keuzes();
      codeVak.textContent = vul(sjabloon, k);
      antwoordVak.hidden = k.wat !== "keuzehulp";
      if (voorbeeld && voorbeeld.getAttribute("src") !== k.embed) {
        voorbeeld.setAttribute("src", k.embed);
        voorbeeld.setAttribute("title", "Voorbeeld: " + k.titel);
      }
    }

    function toonVoorbeeld() {
      var k = keuzes();
      laadHoogteScript();
      if (!voorbeeld) {
        var kop = document.createElement("p");
        kop.className = "igs-bouwer-voorbeeldkop";
        kop.textContent = "Zo ziet het eruit op een andere website:";
        voorbeeld = document.createElement("iframe");
        voorbeeld.setAttribute("data-igs-insluiten", "");
        voorbeeld.setAttribute("height", "900");
        voorbeeld.style.display = "block";
        voorbeeld.style.width = "100%";
        voorbeeld.style.border = "1px solid var(--md-default-fg-color--lightest)";
        voorbeeldVak.append(kop, voorbeeld);
      }
      voorbeeld.setAttribute("title", "Voorbeeld: " + k.titel);
      voorbeeld.setAttribute("src", k.embed);
      voorbeeldVak.hidden = false;
      melding.textContent = "Het voorbeeld staat onder de knoppen en volgt je keuzes.";
    }

    formulier.addEventListener("input", function () {
      clearTimeout(uitstel);
      uitstel = setTimeout(werkBij, 300);
    });
    formulier.addEventListener("change", werkBij);
    formulier.addEventListener("submit", function (event) {
      event.preventDefault();
      werkBij();
    });
    formulier.querySelector("[data-actie=wis-antwoorden]").addEventListener("click", function () {
      antwoordVak.querySelectorAll("input").forEach(function (veld) {
        if (veld.type === "radio" || veld.type === "checkbox") veld.checked = false;
        else veld.value = "";
      });
      werkBij();
      melding.textContent = "De vooraf ingevulde antwoorden zijn gewist.";
    });
    formulier.querySelector("[data-actie=voorbeeld]").addEventListener("click", toonVoorbeeld);
    // "Kopieer de code": under the code block and in the form; the message next to the button used.
    document.querySelectorAll("[data-actie=kopieer-snippet]").forEach(function (knop) {
      var bericht = knop.parentElement.querySelector("[role=status]") || melding;
      var acties = knop.closest(".igs-snippet-acties");
      if (acties) acties.hidden = false;
      knop.addEventListener("click", function () {
        var tekst = codeVak.textContent;
        var klaar = function () {
          bericht.textContent = "De code is gekopieerd. Plak ze in de HTML-weergave van je pagina.";
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(tekst).then(klaar, function () {
            window.prompt("Kopieer deze code:", tekst);
          });
        } else {
          window.prompt("Kopieer deze code:", tekst);
        }
      });
    });
    formulier.hidden = false;
    werkBij();
  }

  // On every page, also after instant navigation (lib/pagina.js).
  window.igsPagina.opElkePagina("form[data-igs-bouwer]", activeer);
})();
