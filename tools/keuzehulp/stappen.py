"""Volgende stappen: links naar de stappen van de gids en de sjablonen.

Paden zijn relatief aan de siteroot, zonder voorloopschuine streep; de
weergave zet er een prefix (``basis``) voor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from .kennis import Rechtsvorm

Antwoorden = Mapping[str, Any]

STAP_VERKENNEN = "stappen/verkennen/"
STAP_DRAAGVLAK = "stappen/draagvlak/"
STAP_AMBITIE = "stappen/ambitie-en-inhoud/"
STAP_VORM = "stappen/juridische-vorm-kiezen/"
STAP_FORMALISEREN = "stappen/formaliseren/"
STAP_SUBSIDIE = "stappen/subsidie/"
STAP_EVALUEREN = "stappen/samenwerken-en-evalueren/"
SJABLOON_ENGAGEMENT = "sjablonen/engagementsverklaring/"
SJABLOON_OVEREENKOMST_IV = "sjablonen/samenwerkingsovereenkomst-interlokale-vereniging/"
SJABLOON_STATUTEN_PV = "sjablonen/statuten-projectvereniging/"
SJABLOON_RAADSBESLISSING = "sjablonen/gemeenteraadsbeslissing/"
SJABLOON_CHECKLIST_SUBSIDIE = "sjablonen/checklist-subsidieaanvraag/"
KEUZEHULP = "keuzehulp/"
LANDSCHAP = "onderzoek/landschap/"


@dataclass(frozen=True)
class VolgendeStap:
    tekst: str
    url: str

    def als_dict(self) -> dict[str, str]:
        return {"tekst": self.tekst, "url": self.url}


def volgende_stappen(a: Antwoorden, vorm: Rechtsvorm) -> list[VolgendeStap]:
    stappen = [
        VolgendeStap(f"Lees alles over de {vorm.naam.lower()}: kenmerken, procedure en bronnen.", vorm.pad),
        VolgendeStap("Zorg voor draagvlak: het college kan een engagementsverklaring ondertekenen.", STAP_DRAAGVLAK),
        VolgendeStap("Sjabloon: engagementsverklaring.", SJABLOON_ENGAGEMENT),
        VolgendeStap("Leg samen ambitie en inhoud vast voor jullie de vorm vastleggen.", STAP_AMBITIE),
    ]
    if vorm.id == "overleg":
        stappen.append(VolgendeStap("Hebben jullie toch vaste afspraken nodig? Bekijk het sjabloon voor een "
                            "samenwerkingsovereenkomst.", SJABLOON_OVEREENKOMST_IV))
    elif vorm.id == "interlokale_vereniging":
        stappen += [
            VolgendeStap("Sjabloon: samenwerkingsovereenkomst voor een interlokale vereniging.", SJABLOON_OVEREENKOMST_IV),
            VolgendeStap("Sjabloon: gemeenteraadsbeslissing (oprichten en toetreden beslist de gemeenteraad).",
                 SJABLOON_RAADSBESLISSING),
            VolgendeStap("Formaliseer de samenwerking.", STAP_FORMALISEREN),
        ]
    elif vorm.id == "projectvereniging":
        stappen += [
            VolgendeStap("Sjabloon: statuten van een projectvereniging.", SJABLOON_STATUTEN_PV),
            VolgendeStap("Sjabloon: gemeenteraadsbeslissing.", SJABLOON_RAADSBESLISSING),
            VolgendeStap("Formaliseer de samenwerking: oprichtingsakte, statuten en publicatie.", STAP_FORMALISEREN),
        ]
    else:
        if vorm.id == "dienstverlenende_vereniging" and a.get("bestaande_dv") == "ja":
            tekst = ("Bespreek met de bestaande dienstverlenende vereniging hoe een cluster cultuur kan werken, "
                     "en leg de toetreding of statutenwijziging voor aan elke gemeenteraad.")
        else:
            tekst = ("Formaliseer de samenwerking: een nieuwe vereniging volgt een procedure in drie stappen, "
                     "met eerst een overlegorgaan van gemeenten.")
        stappen += [
            VolgendeStap(tekst, STAP_FORMALISEREN),
            VolgendeStap("Sjabloon: gemeenteraadsbeslissing.", SJABLOON_RAADSBESLISSING),
        ]
    if a.get("subsidie") != "nee":
        stappen += [
            VolgendeStap("Bereid de aanvraag voor de werkingssubsidie voor: cultuurnota, regiocoördinator en "
                 "cofinanciering.", STAP_SUBSIDIE),
            VolgendeStap("Sjabloon: checklist voor de subsidieaanvraag.", SJABLOON_CHECKLIST_SUBSIDIE),
        ]
    stappen += [
        VolgendeStap("Bekijk hoe erkende IGS cultuur in Vlaanderen georganiseerd zijn.", LANDSCHAP),
        VolgendeStap("Werk samen en evalueer geregeld.", STAP_EVALUEREN),
        VolgendeStap("Vergelijk de vormen opnieuw of wijzig jullie antwoorden in de keuzehulp.", KEUZEHULP),
    ]
    return stappen


ALLE_PADEN = (
    STAP_VERKENNEN, STAP_DRAAGVLAK, STAP_AMBITIE, STAP_VORM, STAP_FORMALISEREN, STAP_SUBSIDIE, STAP_EVALUEREN,
    SJABLOON_ENGAGEMENT, SJABLOON_OVEREENKOMST_IV, SJABLOON_STATUTEN_PV, SJABLOON_RAADSBESLISSING,
    SJABLOON_CHECKLIST_SUBSIDIE, KEUZEHULP, LANDSCHAP,
)
