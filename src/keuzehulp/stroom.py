"""De stroom van de keuzehulp, per vraag: wat doet een antwoord?

Lees dit bestand van boven naar onder, zoals een lezer de vragen krijgt (de volgorde
van ``vragen()``). Per vraag staat hier:

- wanneer ze geldt (de ``Toepassing`` in vragen.py; de woorden in data/teksten.toml);
- de regels die een antwoord erop laat wegen voor of tegen een vorm (regels.py);
- de toetsen van de werkingssubsidie die het antwoord leest (subsidietoets.py);
- de waarschuwingen die erdoor kunnen vallen (waarschuwingen.py).

Welke zin elk van die functies zegt, staat in data/teksten.toml; welke zinnen bij elk
antwoord echt vallen over alle paden, staat in tests/keuzehulp/per-vraag.md (gegenereerd
naast het goldenbestand). Een functie die meer vragen leest, staat bij de vraag die
haar start; ``leest`` noemt de andere.

De engine gebruikt deze tabel: de regels lopen in deze volgorde (``REGELS``). De
waarschuwingen staan in het advies in volgorde van belang (``waarschuwingen.CONTROLES``);
een test houdt beide lijsten gelijk aan deze tabel.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import regels as r
from . import subsidietoets as t
from . import waarschuwingen as w

__all__ = ["Stap", "STROOM", "GEKOZEN_GEMEENTEN", "REGELS", "stap"]


@dataclass(frozen=True)
class Stap:
    vraag: str
    regels: tuple[r.Regel, ...] = ()
    toetsen: tuple[Callable, ...] = ()
    waarschuwingen: tuple[w.Controle, ...] = ()
    leest: tuple[str, ...] = ()  # andere vragen die deze functies ook lezen


STROOM: tuple[Stap, ...] = (
    Stap("doel",
         regels=(r.regel_afstemmen, r.regel_projecten, r.regel_regiowerking, r.regel_taakoverdracht,
                 r.regel_taak_via_beherende_gemeente),
         waarschuwingen=(w.personeelsoverdracht, w.cultuurpact, w.beheersoverdracht_bindt),
         leest=("personeel", "subsidie")),
    Stap("subsidie",
         regels=(r.regel_subsidie,),
         toetsen=(t.bereik, t.toets_rechtspersoon, t.info_cofinanciering),
         waarschuwingen=(w.subsidie_onbekend, w.subsidie_zwaarder_dan_doel),
         leest=("doel",)),
    Stap("ronde_2027",
         toetsen=(t.toets_ronde, t.alternatieven),
         waarschuwingen=(w.cultuurnota_termijn, w.projectvereniging_einde),
         leest=("erkend",)),
    Stap("bestond_bij_indiening",
         toetsen=(t.toets_bestond,),
         leest=("erkend",)),
    Stap("inwoners",
         toetsen=(t.toets_omvang, t.info_bedrag),
         waarschuwingen=(w.onder_inwonersdrempel,)),
    Stap("erkend",
         leest=("ronde_2027",)),  # telt in toets_omvang (overgang), toets_bestond en projectvereniging_einde
    Stap("gemeenten"),  # telt in toets_omvang (overgangsregeling)
    Stap("aangrenzend"),  # telt in toets_omvang (overgangsregeling)
    Stap("personeel",
         regels=(r.regel_eigen_personeel, r.regel_personeel_via_gemeente, r.regel_geen_personeel),
         toetsen=(t.toets_regiocoordinator,),
         waarschuwingen=(w.geen_regiocoordinator, w.eigen_personeel_zonder_rechtspersoon,
                         w.opdrachthoudend_zonder_personeel),
         leest=("doel", "subsidie", "partners")),
    Stap("partners",
         regels=(r.regel_private_partners,),
         waarschuwingen=(w.private_partners_en_subsidie, w.overheidsopdrachten),
         leest=("subsidie", "doel", "personeel")),
    Stap("referentieregio",
         regels=(r.regel_meerdere_referentieregios,),
         toetsen=(t.toets_referentieregio,),
         waarschuwingen=(w.meerdere_referentieregios, w.regio_onbekend_vereniging),
         leest=("ronde_2027", "erkend", "bestaande_dv")),
    Stap("looptijd",
         regels=(r.regel_afgebakende_looptijd, r.regel_structurele_looptijd),
         waarschuwingen=(w.looptijd_projectvereniging, w.opdrachthoudend_afgebakend)),
    Stap("bestaande_dv",
         regels=(r.regel_bestaande_dv, r.regel_geen_bestaande_dv),
         waarschuwingen=(w.bestaande_dv_statuten,),
         leest=("doel", "referentieregio")),
)

# Wat niet uit een vraag komt maar uit de gekozen gemeenten (nis=, afleiding.py en situatie.py).
GEKOZEN_GEMEENTEN = Stap(
    "nis",
    toetsen=(t.info_aaneengesloten,),
    waarschuwingen=(w.bestaande_igs, w.fusie_opvolging),
)

# De regels in de volgorde van de stroom: zo staan de redenen in het advies.
REGELS: tuple[r.Regel, ...] = tuple(regel for s in STROOM for regel in s.regels)


def stap(vraag_id: str) -> Stap:
    """De stap van een vraag (of 'nis' voor de gekozen gemeenten)."""
    if vraag_id == GEKOZEN_GEMEENTEN.vraag:
        return GEKOZEN_GEMEENTEN
    return next(s for s in STROOM if s.vraag == vraag_id)
