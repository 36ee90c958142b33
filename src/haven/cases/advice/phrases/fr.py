"""French."""

# ruff: noqa: E501
from __future__ import annotations

from haven.cases.advice.kinds import AdviceKind
from haven.cases.advice.phrases import LanguagePhrases

_GONE = r"(?:supprime|supprimees?|supprimes|efface|effacees?|effaces|retire|retirees?|retires|disparu|disparaitre|disparaitront|supprimer|effacer|retirer)"

PHRASES = LanguagePhrases(
    code="fr",
    spaced=True,
    phrases={
        AdviceKind.PAY: (
            r"(?:paie|paye|payez|paies) (?:le|la|les|lui|leur|simplement|juste|donc|vite|ce qu|la somme|le montant|l argent)",
            r"(?:donne|donnez|envoie|envoyez|verse|versez) (?:lui|leur|simplement|juste)? ?(?:l argent|la somme|le montant|ce qu (?:il|elle|ils) (?:veut|veulent|demande|demandent|exige))",
            r"(?:lui|leur) (?:donner|envoyer|verser) l argent",
            r"(?:fais|faites|faire) (?:simplement |juste |donc )?ce qu (?:il|elle|ils|elles|on) (?:te |vous )?(?:demande|demandent|veut|veulent|exige|exigent|dit|disent)",
            r"(?:tu devrais|vous devriez|il vaut mieux|mieux vaut|tu pourrais|vous pourriez) (?:simplement |juste )?(?:payer|ceder|obeir|faire ce qu|lui donner)",
            r"(?:le plus simple|le mieux|le plus rapide|le plus sur) (?:c est|est|serait) (?:de )?(?:payer|ceder|lui donner|leur donner|faire ce qu)",
            r"(?:payer|ceder) (?:est|serait) (?:la meilleure|le mieux|le plus simple|plus sur)",
            r"(?:cede|cedez) (?:lui|leur|a)",
        ),
        AdviceKind.BLAME: (
            r"pourquoi (?:tu |vous )?(?:lui |leur )?(?:as|avez|avais|aviez) (?:tu |vous )?(?:\w+ ){0,3}(?:envoye|partage|fait|montre|confiance|filme)",
            r"pourquoi (?:as tu|avez vous|tu as|vous avez)",
            r"(?:tu n aurais|vous n auriez|tu aurais|vous auriez) (?:\w+ ){0,2}(?:pas |jamais )?du",
            r"il ne fallait pas",
            r"fallait pas",
            r"(?:imprudent|imprudente|imprudence|naif|naive|stupide|irresponsable|inconscient|inconsciente|negligent|negligente|idiot|bete)",
            r"(?<!pas )(?<!pas de )(?<!pas du tout )(?:ta|votre) (?:propre )?faute",
            r"(?:tu l as|vous l avez) (?:\w+ ){0,2}cherche",
            r"(?:tu es|vous etes) (?:aussi |en partie )?responsable",
            r"a quoi (?:tu pensais|pensiez vous|as tu pense)",
            r"la prochaine fois",
            r"reflechis avant",
            r"reflechissez avant",
            r"voila ce qui arrive",
            r"on n envoie pas",
        ),
        AdviceKind.PROMISE: (
            r"(?:je|nous) (?:te |vous )?(?:promets|promettons|garantis|garantissons|jure|jurons)",
            r"(?:nous allons|on va|je vais|nous veillerons|je veillerai) (?:faire )?(?:en sorte|veiller a ce)",
            r"(?:faire |fera |ferons )?" + _GONE + r" (?:\w+ ){0,3}partout",
            r"partout sur (?:internet|le web)",
            _GONE
            + r" (?:definitivement|pour toujours|a jamais|completement|totalement|d internet|de tout internet)",
            r"(?:il|elle|ils|personne|le maitre chanteur) ne (?:\w+ ){0,2}(?:publiera|publieront|partagera|partageront|enverra|verra|verront|saura|fera) (?:rien|jamais|plus|pas)",
            r"personne ne (?:le |les |la )?(?:verra|saura|trouvera)",
            r"(?:ne reapparaitra|ne reapparaitront) (?:jamais|plus)",
            r"(?:a coup sur|a cent pour cent|100 pour cent|c est certain|sans aucun doute)",
            r"(?:tout|ca|cela) (?:va|sera) (?:bientot )?(?:s arreter|fini|termine|rentrer dans l ordre)",
        ),
        AdviceKind.PRESSURE: (
            r"(?:tu dois|vous devez|il faut que tu|il faut que vous|il faut) (?:\w+ ){0,2}(?:aller|porter plainte|appeler|contacter|prevenir|aller voir) (?:\w+ ){0,2}(?:police|gendarmerie|plainte|commissariat)",
            r"(?:tu dois|vous devez|il faut que tu|il faut que vous) (?:absolument |immediatement |tout de suite )?porter plainte",
            r"(?:tu dois|vous devez|il faut que tu|il faut que vous) (?:absolument |immediatement |tout de suite )?(?:le |en )?(?:dire|parler|parles|parliez|dises|disiez|raconter|racontes|avouer) (?:a|avec) (?:tes|vos|ta|votre|ton|quelqu un)",
            r"(?:tu dois|vous devez|il faut) (?:le faire )?(?:maintenant|immediatement|tout de suite|aujourd hui)",
            r"(?:tu dois|vous devez) (?:absolument )?supprimer (?:ton|votre) compte",
            r"(?:tu n as|vous n avez) pas le choix",
            r"(?:il n y a|y a) pas d autre (?:choix|solution|option)",
        ),
    },
    doubt=r"(?:ne peux|ne pouvons|ne peut|ne pourrons) pas (?:te |vous )?(?:promettre|garantir)|aucune garantie|esperons|essayer|essayons|pas sur",
    negation=r"(?:ne|n|pas|jamais|surtout pas|ne jamais|surtout ne|sans|ne pas|rien|aucun|aucune|tu n es pas oblige de|vous n etes pas oblige de|tu n es pas obligee de|rien ne t oblige a|pas besoin de|inutile de|evite de|evitez de|ne surtout pas|ne peux pas promettre|ne pouvons pas promettre|ne pouvons pas garantir|ne peux pas garantir)(?: (?:le|la|les|lui|leur|jamais|pas|surtout|rien))?",
    negation_after=r"(?: (?:le|la|les|lui|leur|l|y)){0,2} (?:pas|jamais|rien|surtout pas)(?![a-z0-9])",
)
