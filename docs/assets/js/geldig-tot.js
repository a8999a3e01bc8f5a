// A page computed for the day of the build carries the last day it holds
// (data-geldig-tot="JJJJ-MM-DD", src/keuzehulp/geldigheid.py decides it). Read
// after that day, its hidden warning (.igs-verlopen) appears. Only the date
// comparison happens here; without JavaScript the page still names the date.
(function () {
  function vandaag() {
    var nu = new Date();
    var twee = function (n) { return (n < 10 ? "0" : "") + n; };
    return nu.getFullYear() + "-" + twee(nu.getMonth() + 1) + "-" + twee(nu.getDate());
  }
  function controleer(el) {
    el.setAttribute("data-geldig-nagekeken", ""); // decided (a sign for the tests, either way)
    if (vandaag() <= el.getAttribute("data-geldig-tot")) return;
    el.setAttribute("data-verlopen", "");
    el.querySelectorAll(".igs-verlopen").forEach(function (melding) { melding.hidden = false; });
  }
  // On every page, also after mkdocs-material's instant navigation (lib/pagina.js).
  window.igsPagina.opElkePagina("[data-geldig-tot]", controleer);
})();
