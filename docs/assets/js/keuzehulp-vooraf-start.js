// Loaded with async in the <head> of the keuzehulp page (tools/site_hooks/vooraf.py adds it):
// while the page is still being parsed, it starts fetching the advice the build computed for
// the answers in the link, and starts Python (at once on a visit with a memory snapshot, else
// when the page is idle). The widget (keuzehulp.js) asks the same later and finds both on
// their way. It shows nothing itself.
import { startWanneerRustig } from "./igs-python.js";
import { voorafAdvies } from "./keuzehulp-vooraf.js";

startWanneerRustig();

const antwoorden = Object.fromEntries(new URLSearchParams(location.search));
if (Object.keys(antwoorden).length) voorafAdvies(antwoorden, new URL("../../", import.meta.url).href);
