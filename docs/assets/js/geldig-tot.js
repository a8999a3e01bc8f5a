// A page computed for the day of the build carries the last day it holds
// (data-geldig-tot="JJJJ-MM-DD", tools/keuzehulp/geldigheid.py decides it). Read
// after that day, its hidden warning (.igs-verlopen) appears. Only the date
// comparison happens here; without JavaScript the page still names the date.
(function () {
  function vandaag() {
    var nu = new Date();
    var twee = function (n) { return (n < 10 ? "0" : "") + n; };
    return nu.getFullYear() + "-" + twee(nu.getMonth() + 1) + "-" + twee(nu.getDate());
  }
  function controleer() {
    var dag = vandaag();
    document.querySelectorAll("[data-geldig-tot]").forEach(function (el) {
      if (dag <= el.getAttribute("data-geldig-tot")) return;
      el.setAttribute("data-verlopen", "");
      el.querySelectorAll(".igs-verlopen").forEach(function (melding) { melding.hidden = false; });
    });
  }
  // mkdocs-material's instant navigation swaps the content without a new page load; its
  // bundle is deferred too, so document$ exists at DOMContentLoaded at the latest.
  function abonneer() {
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(controleer);
    }
  }
  controleer();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", abonneer);
  else abonneer();
})();
