// Loaded with async in the <head> of the keuzehulp page (tools/site_hooks/vooraf.py adds it):
// while the page is still being parsed, it starts fetching the advice the build computed for
// the answers in the link. The widget (keuzehulp.js) asks keuzehulp-vooraf.js the same later
// and finds the files already on their way. It shows nothing itself.
import { voorafAdvies } from "./keuzehulp-vooraf.js";

const antwoorden = Object.fromEntries(new URLSearchParams(location.search));
if (Object.keys(antwoorden).length) voorafAdvies(antwoorden, new URL("../../", import.meta.url).href);
