"""Opdrachtregel: ``python -m keuzehulp``.

Bewust zonder argparse, zodat alle meldingen en de hulp in het Nederlands zijn.
"""

from __future__ import annotations

import errno
import json
import os
import sys
from typing import Sequence

HULP = """\
Gebruik: python -m keuzehulp OPDRACHT [OPTIES]

Keuzehulp voor intergemeentelijke samenwerking rond cultuur (IGS Cultuur):
welke vorm van samenwerking past bij jullie antwoorden?

Opdrachten:
  vragen [--json]            Toon de vragen, hun geldige antwoorden en wanneer ze gelden.
  advies VRAAG=WAARDE ...    Geef advies bij de antwoorden, bijvoorbeeld:
                               python -m keuzehulp advies doel=regiowerking subsidie=ja \\
                                 inwoners=120.000 referentieregio=een personeel=eigen
                             Met nis=CODE,CODE,... (NIS-codes van 2025) leidt de keuzehulp
                             het aantal gemeenten, de inwoners, de referentieregio en of
                             ze aangrenzen af; een antwoord dat je zelf geeft, gaat voor.
         [--json]            Het advies als JSON in plaats van leesbare tekst.
         [--html]            Het advies als HTML-fragment.
         [--basis PREFIX]    Prefix voor links in de HTML (standaard "/").
         [--datum JJJJ-MM-DD] Advies voor de situatie op die datum (standaard vandaag, of IGS_DATUM).
  nota VRAAG=WAARDE ... --formaat odt|docx -o BESTAND
                             Het advies als nota voor het college van burgemeester en
                             schepenen (ODT of DOCX), met een voorstel van beslissing.
         [--datum JJJJ-MM-DD] Zoals bij advies.
  paden [--json]             Tel (of toon) alle antwoordpaden van het statische pad.
  golden [--schrijf BESTAND] Toon het goldenbestand, of schrijf het weg.
  stroomdiagram [--basis P]  Het stroomdiagram als HTML-fragment.

Algemene opties:
  -h, --help                 Toon deze hulp.
  --versie                   Toon het versienummer.

Ontbrekende antwoorden mogen: het advies zegt wat het aannam en welke open
vragen het advies kunnen veranderen. Een onbekende vraag, een onbekende waarde of
een ongeldig getal geeft afsluitcode 2 en een melding met de geldige waarden.

Dit is richting, geen juridisch advies.
"""


def _fout(melding: str) -> int:
    print(f"keuzehulp: {melding}", file=sys.stderr)
    return 2


def _neem_optie(args: list[str], naam: str) -> tuple[str | None, list[str], str | None]:
    """Haal '--naam WAARDE' of '--naam=WAARDE' uit args. Geeft (waarde, rest, fout)."""
    rest: list[str] = []
    waarde = None
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == naam:
            if i + 1 >= len(args):
                return None, args, f"optie {naam} verwacht een waarde."
            waarde = args[i + 1]
            i += 2
            continue
        if arg.startswith(naam + "="):
            waarde = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        i += 1
    return waarde, rest, None


def _vlaggen(args: list[str], toegestaan: set[str]) -> tuple[set[str], list[str], str | None]:
    vlaggen = {a for a in args if a.startswith("--")}
    onbekend = sorted(vlaggen - toegestaan)
    if onbekend:
        return vlaggen, args, (f"onbekende optie {onbekend[0]}. Geldige opties: "
                               f"{', '.join(sorted(toegestaan)) or 'geen'}.")
    return vlaggen, [a for a in args if not a.startswith("--")], None


def cmd_vragen(args: list[str]) -> int:
    from .vragen import vraag_als_dict, vragen

    vlaggen, rest, fout = _vlaggen(args, {"--json"})
    if fout or rest:
        return _fout(fout or f"onverwacht argument '{rest[0]}'.")
    if "--json" in vlaggen:
        print(json.dumps([vraag_als_dict(v) for v in vragen()], ensure_ascii=False, indent=2))
        return 0
    for v in vragen():
        print(f"{v.id}: {v.tekst}")
        if v.type == "keuze":
            for o in v.opties:
                print(f"    {o.waarde:<16} {o.label}")
        else:
            banden = "; ".join(b.label for b in v.banden)
            print(f"    geheel getal van {v.min} tot {v.max} (banden: {banden})")
        print(f"    van toepassing: {v.toepassing.uitleg}")
    return 0


def _datum(args: list[str]):
    """(datum, rest, fout) uit '--datum JJJJ-MM-DD'; zonder: de ene klok (vandaag, of IGS_DATUM)."""
    import datetime as dt

    from .klok import KlokFout, vandaag

    datum_tekst, args, fout = _neem_optie(args, "--datum")
    if fout:
        return None, args, fout
    if datum_tekst is None:
        try:
            return vandaag(), args, None
        except KlokFout as fout_klok:
            return None, args, str(fout_klok)
    try:
        return dt.date.fromisoformat(datum_tekst), args, None
    except ValueError:
        return None, args, f"ongeldige datum '{datum_tekst}': gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-28."


def _ruwe_antwoorden(rest: list[str]) -> tuple[dict[str, str], str | None]:
    ruw: dict[str, str] = {}
    for arg in rest:
        if "=" not in arg:
            return ruw, f"ongeldig argument '{arg}': gebruik VRAAG=WAARDE, bijvoorbeeld doel=projecten."
        sleutel, waarde = arg.split("=", 1)
        ruw[sleutel] = waarde
    return ruw, None


def _bereken(ruw: dict[str, str], datum):
    """(antwoorden, advies), of None na de meldingen op stderr (een ongeldig antwoord)."""
    from .advies import advies as maak_advies
    from .antwoorden import OngeldigAntwoord, lees_antwoorden_strikt

    try:
        antwoorden = lees_antwoorden_strikt(ruw)
        return antwoorden, maak_advies(antwoorden, datum)
    except OngeldigAntwoord as fout_antwoord:
        for melding in fout_antwoord.meldingen:
            print(f"keuzehulp: {melding}", file=sys.stderr)
        return None


def cmd_advies(args: list[str]) -> int:
    basis, args, fout = _neem_optie(args, "--basis")
    if fout:
        return _fout(fout)
    datum, args, fout = _datum(args)
    if fout:
        return _fout(fout)
    vlaggen, rest, fout = _vlaggen(args, {"--json", "--html"})
    if fout:
        return _fout(fout)
    if {"--json", "--html"} <= vlaggen:
        return _fout("kies --json of --html, niet allebei.")
    ruw, fout = _ruwe_antwoorden(rest)
    if fout:
        return _fout(fout)
    berekend = _bereken(ruw, datum)
    if berekend is None:
        return 2
    antwoorden, resultaat = berekend
    if "--json" in vlaggen:
        print(json.dumps(resultaat.als_dict(), ensure_ascii=False, indent=2))
    elif "--html" in vlaggen:
        from .html import render_advies

        print(render_advies(resultaat, basis if basis is not None else "/"))
    else:
        from .tekst import render_tekst

        gegeven = {k.strip().lower() for k in ruw} - {"nis"}  # niet de afgeleide antwoorden
        niet_gebruikt = [k for k in antwoorden if k in gegeven and k not in resultaat.antwoorden]
        sys.stdout.write(render_tekst(resultaat, niet_gebruikt))
    return 0


def cmd_nota(args: list[str]) -> int:
    from .notatekst import FORMATEN

    formaat, args, fout = _neem_optie(args, "--formaat")
    bestand, args, fout2 = _neem_optie(args, "-o")
    datum, args, fout3 = _datum(args)
    if fout or fout2 or fout3:
        return _fout(fout or fout2 or fout3)
    _, rest, fout = _vlaggen(args, {"--formaat", "--datum", "-o"})
    if fout:
        return _fout(fout)
    if formaat not in FORMATEN:
        return _fout(f"kies het formaat met --formaat odt of --formaat docx (niet '{formaat}')." if formaat
                     else "kies het formaat met --formaat odt of --formaat docx.")
    if not bestand:
        return _fout("geef het bestand voor de nota met -o BESTAND, bijvoorbeeld -o nota.odt.")
    ruw, fout = _ruwe_antwoorden(rest)
    if fout:
        return _fout(fout)
    if not ruw:
        return _fout("geef minstens één antwoord, bijvoorbeeld doel=regiowerking of nis=44021,44020.")
    berekend = _bereken(ruw, datum)
    if berekend is None:
        return 2
    from .nota import nota

    inhoud = nota(berekend[1], formaat)
    with open(bestand, "wb") as f:
        f.write(inhoud)
    print(f"Geschreven: {bestand}")
    return 0


def cmd_paden(args: list[str]) -> int:
    from .pad import paden

    vlaggen, rest, fout = _vlaggen(args, {"--json"})
    if fout or rest:
        return _fout(fout or f"onverwacht argument '{rest[0]}'.")
    alle = paden()
    if "--json" in vlaggen:
        print(json.dumps([{"antwoorden": p.antwoorden, "aanbevolen": p.aanbevolen,
                           "in_aanmerking": p.in_aanmerking} for p in alle], ensure_ascii=False, indent=1))
    else:
        print(f"{len(alle)} paden")
    return 0


def cmd_golden(args: list[str]) -> int:
    from .golden import golden

    bestand, args, fout = _neem_optie(args, "--schrijf")
    if fout or args:
        return _fout(fout or f"onverwacht argument '{args[0]}'.")
    inhoud = golden()
    if bestand:
        with open(bestand, "w", encoding="utf-8", newline="\n") as f:
            f.write(inhoud)
        print(f"Geschreven: {bestand}")
    else:
        sys.stdout.write(inhoud)
    return 0


def cmd_stroomdiagram(args: list[str]) -> int:
    from .stroomdiagram import render_stroomdiagram

    basis, args, fout = _neem_optie(args, "--basis")
    if fout or args:
        return _fout(fout or f"onverwacht argument '{args[0]}'.")
    print(render_stroomdiagram(basis if basis is not None else "/"))
    return 0


OPDRACHTEN = {
    "vragen": cmd_vragen,
    "advies": cmd_advies,
    "nota": cmd_nota,
    "paden": cmd_paden,
    "golden": cmd_golden,
    "stroomdiagram": cmd_stroomdiagram,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        sys.stdout.write(HULP)
        return 0 if args else 2
    if args[0] == "--versie":
        from .advies import VERSIE

        print(VERSIE)
        return 0
    opdracht, rest = args[0], args[1:]
    if opdracht not in OPDRACHTEN:
        return _fout(f"onbekende opdracht '{opdracht}'. Geldige opdrachten: {', '.join(OPDRACHTEN)}. "
                     "Zie python -m keuzehulp --help.")
    if any(a in ("-h", "--help") for a in rest):
        sys.stdout.write(HULP)
        return 0
    return _voer_uit(opdracht, rest)


def _stdout_weg() -> None:
    """Na een schrijffout op stdout: de rest gaat naar /dev/null, zodat Python bij het afsluiten
    geen tweede fout (met traceback) geeft bij het leegmaken van de buffer."""
    try:
        nul = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nul, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _voer_uit(opdracht: str, rest: list[str]) -> int:
    """Een opdracht, met een Nederlandse melding en code 2 in plaats van een traceback als de uitvoer
    niet geschreven kan worden: een afgesloten pijp (… | head), een vol of onbestaand bestand, een
    terminal die de tekens niet kan tonen."""
    try:
        code = OPDRACHTEN[opdracht](rest)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _stdout_weg()
        return _fout("de uitvoer werd afgesloten voor ze volledig was (bijvoorbeeld door head).")
    except UnicodeEncodeError:
        _stdout_weg()
        return _fout("de uitvoer bevat tekens die deze terminal niet kan tonen. Zet PYTHONIOENCODING=utf-8 "
                     "of vraag de uitvoer als JSON (--json).")
    except OSError as fout:
        if fout.filename is None:  # stdout zelf (bijvoorbeeld /dev/full)
            _stdout_weg()
        waar = fout.filename or "de uitvoer"
        reden = _OS_FOUTEN.get(fout.errno, fout.strerror or str(fout))
        return _fout(f"kon niet schrijven naar {waar}: {reden}.")


_OS_FOUTEN = {
    errno.ENOENT: "die map bestaat niet",
    errno.ENOSPC: "er is geen plaats meer op de schijf",
    errno.EACCES: "geen toestemming om daar te schrijven",
    errno.EROFS: "alleen lezen toegestaan",
    errno.EISDIR: "dat is een map, geen bestand",
}


if __name__ == "__main__":
    sys.exit(main())
