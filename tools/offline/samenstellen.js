// DOM work for the PDF builder (tools/offline/drukwerk.py), run in headless
// Chromium: read the navigation of a built page, and turn one built page into
// a chapter of the print document. Pure functions of (HTML text, options):
// the pages are parsed with DOMParser, nothing is loaded or executed.
(() => {
  "use strict";

  // Parts of a page that make no sense on paper.
  const WEG = [
    ".kh-widget", "[data-keuzehulp]",            // the interactive keuzehulp
    "a.headerlink", ".md-content__button",        // ¶ anchors, edit buttons
    ".igs-alleen-web", ".igs-filter", ".igs-download",
    "script", "noscript", "template", "iframe", "form", "button",
  ].join(",");
  // Pages that are not part of the printed guide, even if linked.
  const NIET_AFDRUKKEN = /(^|\/)(keuzehulp\/pad|embed)(\/|$)/;

  const tekst = (el) => (el ? el.textContent.replace(/\s+/g, " ").trim() : "");

  // "…/stappen/verkennen/" and "…/stappen/verkennen/index.html" are one page.
  function sleutel(url) {
    const u = new URL(url);
    u.hash = "";
    u.search = "";
    if (u.pathname.endsWith("/")) u.pathname += "index.html";
    return u.href;
  }

  // The primary navigation of a built page as a flat list in reading order:
  // {url, titel, pad: [titles of the enclosing sections], diepte}.
  function navigatie(html, paginaUrl) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    const nav = doc.querySelector("nav.md-nav--primary");
    if (!nav) throw new Error("geen primaire navigatie (nav.md-nav--primary) gevonden");
    const uit = [];
    const gezien = new Set();

    function voegToe(a, pad) {
      const href = a.getAttribute("href");
      if (!href || href.startsWith("#")) return;
      const url = sleutel(new URL(href, paginaUrl).href);
      if (gezien.has(url) || NIET_AFDRUKKEN.test(new URL(url).pathname)) return;
      gezien.add(url);
      uit.push({ url, titel: tekst(a), pad, diepte: pad.length });
    }

    function loop(lijst, pad) {
      for (const li of lijst.querySelectorAll(":scope > li.md-nav__item")) {
        const sub = li.querySelector(":scope > nav.md-nav:not(.md-nav--secondary)");
        if (!sub) {
          const a = li.querySelector(":scope > a.md-nav__link");
          if (a) voegToe(a, pad);
          continue;
        }
        // A section: its index page (navigation.indexes) sits in the container.
        const index = li.querySelector(":scope > .md-nav__container > a.md-nav__link");
        const titel = index ? tekst(index) : tekst(sub.querySelector(":scope > label.md-nav__title"));
        if (index) voegToe(index, pad);
        const kinderen = sub.querySelector(":scope > ul.md-nav__list");
        if (kinderen) loop(kinderen, [...pad, titel]);
      }
    }
    loop(nav.querySelector(":scope > ul.md-nav__list"), []);
    return uit;
  }

  // Metadata of the site, read from a built page.
  function siteInfo(html, paginaUrl) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    const abs = (el, attr) => new URL(el.getAttribute(attr), paginaUrl).href;
    const canonical = doc.querySelector('link[rel="canonical"]');
    const body = doc.body;
    return {
      naam: tekst(doc.querySelector(".md-header__topic .md-ellipsis")) || doc.title,
      beschrijving: (doc.querySelector('meta[name="description"]') || { content: "" }).content,
      canonical: canonical ? canonical.getAttribute("href") : "",
      taal: doc.documentElement.getAttribute("lang") || "nl",
      stylesheets: [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => abs(l, "href")),
      bodyAttributen: Object.fromEntries([...body.attributes].map((a) => [a.name, a.value])),
      // The concept notice of the site (overrides/main.html), "" when the publisher is filled in.
      // Its text up to the link "Lees meer bij Over deze site".
      concept: tekst((doc.querySelector("[data-igs-concept]") || { firstChild: null }).firstChild),
    };
  }

  function prefixIds(root, prefix) {
    root.querySelectorAll("[id]").forEach((el) => { el.id = `${prefix}-${el.id}`; });
    for (const attr of ["for", "aria-labelledby", "aria-describedby", "aria-controls", "headers", "list"]) {
      root.querySelectorAll(`[${attr}]`).forEach((el) => {
        el.setAttribute(attr, el.getAttribute(attr).split(/\s+/).map((id) => `${prefix}-${id}`).join(" "));
      });
    }
  }

  // Links: to a printed page -> in-document anchor; to another page of the
  // site -> its public address; the rest stays. External links get a class
  // so that the print CSS writes their address after them.
  function herschrijfLinks(root, o) {
    const siteRoot = new URL(o.siteRoot);
    root.querySelectorAll("a[href]").forEach((a) => {
      const href = a.getAttribute("href");
      if (/^(mailto|tel|javascript|data):/i.test(href)) return;
      const doel = new URL(href, o.paginaUrl);
      if (doel.protocol === "file:") {
        const hoofdstuk = o.hoofdstukken[sleutel(doel.href)];
        if (hoofdstuk) {
          const anker = decodeURIComponent(doel.hash.slice(1));
          a.setAttribute("href", anker ? `#${hoofdstuk}-${anker}` : `#${hoofdstuk}`);
          a.classList.add("igs-intern");
          return;
        }
        if (!doel.href.startsWith(siteRoot.href) || !o.siteUrl) return;
        let pad = doel.pathname.slice(siteRoot.pathname.length).replace(/(^|\/)index\.html$/, "$1");
        a.setAttribute("href", new URL(pad + doel.hash, o.siteUrl).href);
      }
      if (/^https?:/.test(a.href) || /^https?:/.test(a.getAttribute("href"))) {
        a.classList.add("igs-extern");
        const zichtbaar = tekst(a).replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
        const adres = a.getAttribute("href").replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
        if (zichtbaar === adres) a.classList.add("igs-adres-zichtbaar");
      }
    });
  }

  // In tables an address after each link makes the columns unreadable: there
  // the links get a number, and the addresses follow the chapter as a list.
  function tabelnoten(root) {
    const nummers = new Map();
    root.querySelectorAll("table a.igs-extern:not(.igs-adres-zichtbaar)").forEach((a) => {
      const adres = a.getAttribute("href");
      if (!nummers.has(adres)) nummers.set(adres, nummers.size + 1);
      a.classList.add("igs-met-noot");
      const sup = a.ownerDocument.createElement("sup");
      sup.className = "igs-linknoot";
      sup.textContent = `[${nummers.get(adres)}]`;
      a.after(sup);
    });
    if (!nummers.size) return;
    const doc = root.ownerDocument;
    const blok = doc.createElement("section");
    blok.className = "igs-linknoten";
    const kop = doc.createElement("p");
    kop.className = "igs-linknoten-kop";
    kop.textContent = "Adressen van de links in de tabellen";
    const lijst = doc.createElement("ol");
    for (const adres of nummers.keys()) {
      const li = doc.createElement("li");
      li.textContent = adres;
      lijst.append(li);
    }
    blok.append(kop, lijst);
    root.append(blok);
  }

  function absoluteBronnen(root, paginaUrl) {
    const abs = (waarde) => new URL(waarde, paginaUrl).href;
    root.querySelectorAll("[src]").forEach((el) => el.setAttribute("src", abs(el.getAttribute("src"))));
    root.querySelectorAll("object[data]").forEach((el) => el.setAttribute("data", abs(el.getAttribute("data"))));
    root.querySelectorAll("[srcset]").forEach((el) => {
      el.setAttribute("srcset", el.getAttribute("srcset").split(",").map((deel) => {
        const [url, ...rest] = deel.trim().split(/\s+/);
        return [abs(url), ...rest].join(" ");
      }).join(", "));
    });
  }

  // One built page -> {html, kop, datum} for the print document. The page's dates
  // ("Laatst bijgewerkt", overrides/partials/source-file.html) leave the end of the chapter,
  // where they could end up alone on a page, and go into its heading line (drukwerk.py).
  function hoofdstuk(html, o) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    const artikel = doc.querySelector("article.md-content__inner");
    if (!artikel) throw new Error(`${o.paginaUrl}: geen <article class="md-content__inner"> gevonden`);
    const datums = artikel.querySelector(".igs-paginadatum");
    const datum = datums ? [...datums.querySelectorAll(".md-source-file__fact")].map(tekst).join(" · ") : "";
    if (datums) datums.remove();
    artikel.querySelectorAll(WEG).forEach((el) => el.remove());
    artikel.querySelectorAll("details").forEach((el) => el.setAttribute("open", ""));
    artikel.querySelectorAll("[loading]").forEach((el) => el.removeAttribute("loading"));
    herschrijfLinks(artikel, o);
    tabelnoten(artikel);
    absoluteBronnen(artikel, o.paginaUrl);
    prefixIds(artikel, o.prefix);
    const kop = artikel.querySelector("h1");
    return { html: artikel.innerHTML, kop: tekst(kop), datum };
  }

  window.igsDrukwerk = { navigatie, siteInfo, hoofdstuk, sleutel };
})();
