"""Volgende stappen: links naar de stappen van de gids en de sjablonen.

De zinnen staan in data/teksten.toml (sectie ``stap``); hier staat alleen welke
stap bij welke vorm en welk antwoord hoort, en waar hij naartoe linkt.

Paden zijn relatief aan de siteroot, zonder voorloopschuine streep; de
weergave zet er een prefix (``basis``) voor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from . import kennis
from .kennis import Rechtsvorm
from .situatie import Situatie
from .teksten import tekst
from .vragen import bestaande_vereniging

Antwoorden = Mapping[str, Any]

STAP_VERKENNEN = "stappen/verkennen/"
STAP_DRAAGVLAK = "stappen/draagvlak/"
STAP_AMBITIE = "stappen/ambitie-en-inhoud/"
STAP_VORM = "stappen/juridische-vorm-kiezen/"
STAP_FORMALISEREN = "stappen/formaliseren/"
STAP_SUBSIDIE = "stappen/subsidie/"
STAP_WAT_KAN_NOG = "stappen/subsidie/#wat-kan-nu-nog"
STAP_EVALUEREN = "stappen/samenwerken-en-evalueren/"
SJABLOON_ENGAGEMENT = "sjablonen/engagementsverklaring/"
SJABLOON_OVEREENKOMST_IV = "sjablonen/samenwerkingsovereenkomst-interlokale-vereniging/"
SJABLOON_STATUTEN_PV = "sjablonen/statuten-projectvereniging/"
SJABLOON_RAADSBESLISSING = "sjablonen/gemeenteraadsbeslissing/"
SJABLOON_CHECKLIST_SUBSIDIE = "sjablonen/checklist-subsidieaanvraag/"
KEUZEHULP = "keuzehulp/"
# Sjablonen die de gekozen gemeenten en de vorm uit het advies overnemen (zie vooraf_ingevuld).
_VOORAF_INGEVULD = frozenset({SJABLOON_ENGAGEMENT, SJABLOON_RAADSBESLISSING})
LANDSCHAP = "onderzoek/landschap/"


@dataclass(frozen=True)
class VolgendeStap:
    tekst: str
    url: str
    sleutel: str = ""  # de zin in teksten.toml (sectie stap), voor het goldenbestand

    def als_dict(self) -> dict[str, str]:
        return {"tekst": self.tekst, "url": self.url}


# Het formulier op de pagina van een sjabloon (src/sjablonen/pagina.py, '## Vul in op deze site {#vul-in}'):
# een vooraf ingevuld sjabloon opent daar, niet bovenaan de uitleg.
FORMULIER_ANKER = "vul-in"


def vooraf_ingevuld(a: Antwoorden, vorm: Rechtsvorm, situatie: Situatie) -> str:
    """De query die een sjabloon vooraf invult (``?nis=…&rechtsvorm=…#vul-in``, gelezen door het formulier van
    het sjabloon): alleen voor een nieuwe samenwerking met minstens twee gekozen gemeenten, anders ''."""
    if situatie.aantal_gekozen < 2 or bestaande_vereniging(a):
        return ""
    return f"?nis={','.join(situatie.gekozen.codes)}&rechtsvorm={vorm.id}#{FORMULIER_ANKER}"


def volgende_stappen(a: Antwoorden, vorm: Rechtsvorm, situatie: Situatie) -> list[VolgendeStap]:
    def stap(sleutel: str, url: str, **waarden: str) -> VolgendeStap:
        if url in _VOORAF_INGEVULD:
            url += ingevuld
        return VolgendeStap(tekst(f"stap.{sleutel}", **waarden), url, sleutel)

    ingevuld = vooraf_ingevuld(a, vorm, situatie)

    stappen = []
    igs = situatie.bestaande_igs
    if len(igs) == 1:
        stappen.append(stap("bestaande_igs", LANDSCHAP, igs=igs[0].naam))
    elif igs:
        stappen.append(stap("bestaande_igs_meer", LANDSCHAP, igs=", ".join(b.naam for b in igs)))
    bestaand = bestaande_vereniging(a)
    stappen += [
        stap("vorm", vorm.pad, vorm=vorm.naam),
        stap("draagvlak", STAP_DRAAGVLAK),
        stap("sjabloon_engagement", SJABLOON_ENGAGEMENT),
        stap("ambitie", STAP_AMBITIE),
    ]
    if vorm.id == "overleg":
        stappen.append(stap("overleg_overeenkomst", kennis.rechtsvorm("interlokale_vereniging").pad))
    elif vorm.id == "interlokale_vereniging":
        stappen += [
            stap("iv_overeenkomst", SJABLOON_OVEREENKOMST_IV),
            stap("iv_raadsbeslissing", SJABLOON_RAADSBESLISSING),
            stap("iv_formaliseren", STAP_FORMALISEREN),
        ]
    elif vorm.id == "projectvereniging":
        stappen += [
            stap("pv_statuten", SJABLOON_STATUTEN_PV),
            stap("raadsbeslissing", SJABLOON_RAADSBESLISSING),
            stap("bestaande_vereniging" if bestaand else "pv_formaliseren", STAP_FORMALISEREN),
        ]
    else:
        if vorm.id == "dienstverlenende_vereniging" and a.get("bestaande_dv") == "ja":
            sleutel = "bestaande_dv"
        else:
            sleutel = "bestaande_vereniging" if bestaand else "nieuwe_vereniging"
        stappen += [
            stap(sleutel, STAP_FORMALISEREN),
            stap("raadsbeslissing", SJABLOON_RAADSBESLISSING),
        ]
    if a.get("subsidie") != "nee" and situatie.buiten_bereik:
        stappen.append(stap("wat_kan_nog", STAP_WAT_KAN_NOG))
    elif a.get("subsidie") != "nee" and a.get("ronde_2027") != "erkend":
        stappen += [stap("subsidie", STAP_SUBSIDIE), stap("sjabloon_checklist", SJABLOON_CHECKLIST_SUBSIDIE)]
    stappen += [
        stap("landschap", LANDSCHAP),
        stap("evalueren", STAP_EVALUEREN),
        stap("keuzehulp", KEUZEHULP),
    ]
    return stappen


ALLE_PADEN = (
    STAP_VERKENNEN, STAP_DRAAGVLAK, STAP_AMBITIE, STAP_VORM, STAP_FORMALISEREN, STAP_SUBSIDIE, STAP_WAT_KAN_NOG,
    STAP_EVALUEREN,
    SJABLOON_ENGAGEMENT, SJABLOON_OVEREENKOMST_IV, SJABLOON_STATUTEN_PV, SJABLOON_RAADSBESLISSING,
    SJABLOON_CHECKLIST_SUBSIDIE, KEUZEHULP, LANDSCHAP,
)
