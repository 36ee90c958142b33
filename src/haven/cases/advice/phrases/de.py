"""German."""

# ruff: noqa: E501
from __future__ import annotations

from haven.cases.advice.kinds import AdviceKind
from haven.cases.advice.phrases import LanguagePhrases

_THEM = r"(?:ihm|ihr|ihnen|der person|dem typen|dem erpresser|der erpresserin)"
_GONE = r"(?:geloscht|entfernt|weg|verschwunden|vernichtet|runtergenommen)"
_MUST = r"(?:du musst|sie mussen|du solltest unbedingt|sie sollten unbedingt|du sollst|du hast|geh|gehen sie|ruf|rufen sie|melde|erstatte)"

PHRASES = LanguagePhrases(
    code="de",
    spaced=True,
    phrases={
        AdviceKind.PAY: (
            r"(?:zahl|zahle|bezahl|bezahle|zahlen sie|bezahlen sie|uberweise|uberweis) (?:einfach|doch|lieber|halt|ihm|ihr|ihnen|das geld|den betrag|die summe)",
            r"(?:gib|gebt|geben sie|schick|schicke|senden sie|uberweise) "
            + _THEM
            + r" (?:einfach |doch |halt |lieber )?(?:das geld|den betrag|die summe|was (?:er|sie) (?:will|verlangt|mochte|fordert))",
            r"(?:wenn du|dass du) " + _THEM + r" das geld (?:gibst|schickst|uberweist|zahlst)",
            r"(?:mach|macht|tu|tue|machen sie|tun sie) (?:einfach |doch |lieber |halt )?(?:was|das was) (?:er|sie|die|der \w+) (?:will|verlangt|sagt|mochte|fordert|wollen|verlangen)",
            r"(?:zahlen|bezahlen|nachgeben) (?:ist|ware|wäre) (?:vielleicht )?(?:das beste|am besten|am einfachsten|der einfachste weg|die beste losung|sicherer)",
            r"(?:am einfachsten|am besten|am schnellsten) (?:ist es|ware es|ist|ware)?,? (?:wenn du|zu) (?:zahlst|bezahlst|zahlen|bezahlen|nachgibst|nachgeben)",
            r"(?:gib|gebt) (?:einfach |doch |halt )?nach",
            r"(?:geh|gehen sie) (?:einfach |doch )?auf (?:die|seine|ihre) forderung",
            r"(?:du solltest|sie sollten|du konntest|du kannst ja) (?:(?:einfach|vielleicht|lieber|besser) )*(?:zahlen|bezahlen|nachgeben|das geld)",
        ),
        AdviceKind.BLAME: (
            r"warum (?:hast|hattest) du (?:\w+ ){0,4}(?:geschickt|gesendet|geteilt|vertraut|gemacht|gezeigt|aufgenommen|gegeben)",
            r"wieso (?:hast|hattest) du",
            r"warum (?:hast|hattest) du (?:das|so etwas|sowas)",
            r"(?:hattest|hatten) (?:du|sie) (?:\w+ ){0,4}(?:nicht|nie|niemals) (?:\w+ ){0,2}(?:sollen|durfen)",
            r"(?:hattest|hatten) (?:du|sie) (?:es )?(?:besser )?(?:wissen|ahnen|nachdenken) (?:mussen|sollen)",
            r"(?:du|sie) (?:hattest|hatten) (?:es |das |vorher )?(?:besser )?(?:wissen|ahnen|nachdenken|aufpassen) (?:mussen|sollen)",
            r"(?:leichtsinnig|naiv|dumm|unvorsichtig|fahrlassig|unuberlegt|verantwortungslos|bloed|blod)",
            r"selbst schuld",
            r"(?:deine|ihre) eigene schuld",
            r"(?:mit|auch) schuld",
            r"mitschuld",
            r"denk (?:das nachste mal )?(?:nach|vorher nach)",
            r"(?:beim )?(?:nachsten|nachstes) mal (?:einfach )?(?:nicht|keine|besser)",
            r"was hast du dir (?:dabei )?gedacht",
            r"das passiert,? wenn",
            r"das hast du (?:dir )?(?:selbst )?(?:eingebrockt|verdient)",
            r"man schickt (?:doch )?keine",
        ),
        AdviceKind.PROMISE: (
            r"(?:ich|wir) (?:verspreche|versprechen|garantiere|garantieren|schwore|schworen)",
            r"(?:wir sorgen|ich sorge|wir werden dafur sorgen|ich werde dafur sorgen) dafur,? dass",
            r"(?:wir werden|ich werde) dafur sorgen",
            r"(?:uberall|fur immer|endgultig|komplett) (?:\w+ )?" + _GONE,
            _GONE
            + r" (?:uberall|fur immer|endgultig|vollstandig|komplett|aus dem (?:ganzen )?internet)",
            r"(?:aus dem|im) (?:ganzen )?internet (?:\w+ )?" + _GONE,
            r"(?:er|sie|der erpresser|niemand|keiner) (?:wird|werden) (?:\w+ )?(?:nie|niemals|nichts|nie wieder|nicht) (?:\w+ ){0,3}(?:veroffentlichen|posten|teilen|schicken|sehen|erfahren|machen|tun)",
            r"(?:niemand|keiner) (?:wird|werden) (?:es |das |sie |die bilder )?(?:je |jemals )?(?:sehen|erfahren|finden)",
            r"(?:taucht|tauchen) nie wieder auf",
            r"(?:hundertprozentig|100 prozent|mit sicherheit|ganz sicher|garantiert)",
            r"(?:alles|es) wird (?:bald )?(?:wieder )?(?:gut|vorbei sein|aufhoren)",
        ),
        AdviceKind.PRESSURE: (
            _MUST + r" (?:\w+ ){0,3}(?:zur polizei|die polizei|anzeige|eine anzeige)",
            r"(?:du musst|sie mussen|du solltest unbedingt|sie sollten unbedingt) (?:es |das )?(?:sofort |jetzt |heute |unbedingt )?(?:deinen|deiner|ihren|ihrer) (?:eltern|familie|mutter|vater|schule|lehrer|lehrerin|partner|partnerin|chef) (?:sagen|erzahlen|informieren|beichten)",
            r"(?:du musst|sie mussen) (?:es |das )?(?:sofort |jetzt |heute |unbedingt )?(?:jemandem|deinen eltern|ihren eltern|deiner familie|der schule|der polizei) (?:sagen|erzahlen|melden|anzeigen)",
            r"(?:du musst|sie mussen) (?:das |es )?(?:sofort|jetzt sofort|heute noch|umgehend|unverzuglich)",
            r"(?:du musst|sie mussen) (?:dein|ihr) (?:konto|profil) loschen",
            r"(?:du hast|sie haben) keine (?:andere )?wahl",
            r"(?:es gibt|gibt es) keine andere (?:wahl|moglichkeit|option)",
        ),
    },
    doubt=r"(?:kann|konnen|konnten) (?:es |das |dir |ihnen |euch )?(?:leider )?nicht (?:versprechen|garantieren)|keine garantie|hoffen|versuchen|nicht sicher",
    negation=r"(?:nicht|nie|niemals|keinesfalls|auf keinen fall|keine|kein|keinen|bitte nicht|auf gar keinen fall|ohne|nichts|niemand|musst nicht|musst du nicht|mussen sie nicht|konnen nicht versprechen|kann nicht versprechen)(?: (?:einfach|bitte|doch|zu|etwas))?",
    negation_after=r"(?: (?:bitte|einfach|ihm|ihr|ihnen|auf|jetzt|doch|also|das|den|die|geld)){0,3} (?:nicht|nichts|keinen|kein|keine|nie|niemals)(?![a-z0-9])",
)
