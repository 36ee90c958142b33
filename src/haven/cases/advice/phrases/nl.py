"""Dutch."""

# ruff: noqa: E501
from __future__ import annotations

from haven.cases.advice.kinds import AdviceKind
from haven.cases.advice.phrases import LanguagePhrases

_GONE = r"(?:verwijderd|weggehaald|gewist|weg|verdwenen|offline gehaald)"

PHRASES = LanguagePhrases(
    code="nl",
    spaced=True,
    phrases={
        AdviceKind.PAY: (
            r"(?:betaal|betaalt|betaal je) (?:hem|haar|ze|hen|gewoon|maar|dan|toch|het geld|het bedrag|wat)",
            r"(?:geef|stuur|maak) (?:hem|haar|ze|hen) (?:gewoon |maar |dan |toch )?(?:het geld|het bedrag|wat (?:hij|zij|ze) (?:wil|willen|vraagt|vragen|eist))",
            r"(?:hem|haar|ze) (?:gewoon )?het geld (?:geven|sturen|overmaken|betalen)",
            r"(?:doe|doen) (?:(?:gewoon|maar|dan|voorlopig|nu|even) )*wat (?:hij|zij|ze|die) (?:vraagt|vragen|wil|willen|zegt|zeggen|eist|eisen)",
            r"(?:je zou|je kunt|u zou|u kunt|je kan) (?:beter |misschien |gewoon )*(?:kunnen )?(?:betalen|toegeven|het geld geven)",
            r"(?:het makkelijkste|het snelste|het beste|het veiligste|het eenvoudigste) (?:is|zou zijn|is om|om)(?: om)? (?:te betalen|hem \w+ (?:te geven|te betalen)|haar \w+ (?:te geven|te betalen)|toe te geven|het geld te geven|te doen wat|hem het geld|haar het geld)",
            r"(?:betalen|toegeven) is (?:misschien )?(?:het beste|het makkelijkst|de beste optie|veiliger)",
            r"geef (?:gewoon |maar )?toe",
        ),
        AdviceKind.BLAME: (
            r"waarom (?:heb|had) je (?:\w+ ){0,4}(?:gestuurd|verstuurd|gedeeld|vertrouwd|gedaan|laten zien|opgenomen|gegeven)",
            r"waarom (?:heb|had|deed) je (?:dat|dit|zoiets)",
            r"(?:had|hadden) (?:je|u|jij) (?:\w+ ){0,3}(?:niet|nooit) (?:\w+ ){0,2}moeten",
            r"(?:je|u|jij) (?:had|hadden) (?:\w+ ){0,3}(?:niet|nooit) (?:\w+ ){0,2}moeten",
            r"(?:je|u|jij) (?:had|hadden) (?:het )?beter (?:moeten weten|moeten nadenken)",
            r"(?:had|hadden) (?:je|u|jij) (?:beter )?(?:moeten weten|moeten nadenken|beter moeten weten)",
            r"(?:onvoorzichtig|naief|naïef|dom|stom|onverstandig|onverantwoordelijk|roekeloos|dwaas)",
            r"(?:je|jouw|uw) eigen schuld",
            r"(?:ook|deels|mede) (?:jouw |je )?schuld",
            r"(?:medeschuldig|medeverantwoordelijk)",
            r"denk (?:de volgende keer )?(?:eerst )?na",
            r"(?:de )?volgende keer",
            r"wat dacht je",
            r"dat krijg je (?:ervan|als)",
            r"zo gaat het als",
            r"stuur (?:nooit|geen) naakt",
        ),
        AdviceKind.PROMISE: (
            r"(?:ik|wij|we) (?:beloof|beloven|garandeer|garanderen|zweer|zweren)",
            r"(?:we zorgen|ik zorg|we gaan ervoor zorgen|ik ga ervoor zorgen|we zullen ervoor zorgen) (?:ervoor )?dat",
            r"(?:overal|voorgoed|voor altijd|definitief) " + _GONE,
            _GONE
            + r" (?:\w+ ){0,2}(?:overal|voorgoed|voor altijd|definitief|helemaal|van het (?:hele )?internet)",
            r"(?:van het|op het) (?:hele )?internet (?:\w+ )?" + _GONE,
            r"(?:hij|zij|ze|de afperser|niemand) (?:zal|zullen|gaat|gaan) (?:\w+ )?(?:nooit|niets|niks|niet) (?:\w+ ){0,3}(?:plaatsen|posten|delen|sturen|versturen|zien|doen|publiceren)",
            r"niemand (?:zal|gaat) (?:het |ze |dit )?(?:ooit )?(?:zien|weten|vinden)",
            r"(?:komt|komen) nooit meer (?:terug|online)",
            r"(?:honderd procent|100 procent|zeker weten|gegarandeerd)",
            r"(?:alles|het) (?:komt|wordt) (?:goed|snel voorbij)",
            r"het houdt (?:snel |vanzelf )?op",
        ),
        AdviceKind.PRESSURE: (
            r"(?:je moet|u moet|jij moet|moet je|je bent verplicht) (?:\w+ ){0,3}(?:naar de politie|aangifte|de politie (?:bellen|inschakelen))",
            r"(?:je moet|u moet|jij moet) (?:het |dit |dat )?(?:meteen |nu |vandaag |direct )?(?:aan )?(?:je|jouw|uw) (?:ouders|familie|moeder|vader|school|leraar|partner|baas) (?:vertellen|zeggen|inlichten)",
            r"(?:je moet|u moet|jij moet) (?:het |dit |dat )?(?:meteen|nu meteen|vandaag nog|direct|onmiddellijk)",
            r"(?:je moet|u moet) (?:je|jouw|uw) account verwijderen",
            r"(?:je hebt|u heeft) geen (?:andere )?keus",
            r"er is geen andere (?:keus|keuze|optie|oplossing)",
        ),
    },
    doubt=r"(?:kunnen|kan) (?:we |ik )?(?:niet|geen) (?:beloven|garanderen|garantie)|geen garantie|hopen|proberen|niet zeker",
    negation=r"(?:niet|nooit|geen|zonder|niets|niks|je hoeft niet|u hoeft niet|hoeft niet|het is niet nodig om|we kunnen niet beloven|ik kan niet beloven|we kunnen niet garanderen|ik kan niet garanderen)(?: (?:te|om|hem|haar|ze))?",
    negation_after=r"(?: (?:hem|haar|ze|hen|alsjeblieft|echt|dus|het|je)){0,2} (?:niet|niets|niks|nooit|geen)(?![a-z0-9])",
)
