// Snippet builder on the "Insluiten" page: choose what to embed, a style and
// preset answers; the copy-paste code and the preview follow. Without
// JavaScript the page shows the default snippet and this form stays hidden.
(function () {
  "use strict";

  function escapeHtml(tekst) {
    return String(tekst).replace(/[&<>"]/g, function (teken) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[teken];
    });
  }

  function activeer(formulier) {
    if (formulier.dataset.actief) return;
    formulier.dataset.actief = "ja";
    var codeVak = document.querySelector("[data-snippet]");
    if (!codeVak) return;
    // The site root as this browser sees it (the snippet's origin becomes
    // location.origin, so the preview also works on a test or local server).
    var root = new URL(formulier.dataset.basis || "../../", location.href).href;
    var melding = formulier.querySelector(".igs-bouwer-melding");
    var voorbeeldVak = formulier.querySelector(".igs-bouwer-voorbeeld");
    var voorbeeld = null;
    var uitstel = null;

    function keuzes() {
      var wat = formulier.elements.namedItem("wat").value;
      var query = new URLSearchParams();
      if (wat === "keuzehulp") {
        formulier.querySelectorAll("[data-antwoord]").forEach(function (veld) {
          var waarde = veld.value.trim();
          if (waarde !== "" && (!veld.validity || veld.validity.valid)) query.set(veld.name, waarde);
        });
      }
      var volledigQuery = query.toString();
      var thema = formulier.querySelector("input[name=thema]:checked");
      if (thema && thema.value) query.set("thema", thema.value);
      var embedQuery = query.toString();
      var stap = wat.indexOf("stappen/") === 0;
      var optie = formulier.elements.namedItem("wat").selectedOptions[0];
      return {
        wat: wat,
        embedUrl: root + "embed/" + wat + "/" + (embedQuery ? "?" + embedQuery : ""),
        volledigUrl: root + wat + "/" + (volledigQuery ? "?" + volledigQuery : ""),
        titel: stap
          ? optie.textContent + " (IGS Cultuur)"
          : "Keuzehulp juridische vorm voor samenwerking rond cultuur (IGS Cultuur)",
        linktekst: stap
          ? "Lees " + optie.textContent + " op IGS Cultuur"
          : "Open de keuzehulp juridische vorm op IGS Cultuur",
      };
    }

    function snippet(k) {
      return (
        '<iframe src="' + escapeHtml(k.embedUrl) + '" title="' + escapeHtml(k.titel) +
        '" width="720" height="900" loading="lazy" style="display:block;width:100%;border:0" data-igs-insluiten></iframe>\n' +
        '<p><a href="' + escapeHtml(k.volledigUrl) + '">' + escapeHtml(k.linktekst) + "</a></p>\n" +
        '<script src="' + escapeHtml(root + "assets/js/insluiten.js") + '" defer></' + "script>"
      );
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
      codeVak.textContent = snippet(k);
      formulier.querySelector("[data-alleen-keuzehulp]").hidden = k.wat !== "keuzehulp";
      if (voorbeeld && voorbeeld.getAttribute("src") !== k.embedUrl) {
        voorbeeld.setAttribute("src", k.embedUrl);
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
        voorbeeld.style.width = "100%";
        voorbeeld.style.border = "1px solid var(--md-default-fg-color--lightest)";
        voorbeeldVak.append(kop, voorbeeld);
      }
      voorbeeld.setAttribute("title", "Voorbeeld: " + k.titel);
      voorbeeld.setAttribute("src", k.embedUrl);
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
    formulier.querySelector("[data-actie=voorbeeld]").addEventListener("click", toonVoorbeeld);
    formulier.querySelector("[data-actie=kopieer-snippet]").addEventListener("click", function () {
      var tekst = codeVak.textContent;
      var klaar = function () {
        melding.textContent = "De code is gekopieerd. Plak ze in de HTML-weergave van je pagina.";
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(tekst).then(klaar, function () {
          window.prompt("Kopieer deze code:", tekst);
        });
      } else {
        window.prompt("Kopieer deze code:", tekst);
      }
    });
    formulier.hidden = false;
    werkBij();
  }

  function init() {
    document.querySelectorAll("form[data-igs-bouwer]").forEach(activeer);
  }

  if (window.document$) window.document$.subscribe(init);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
