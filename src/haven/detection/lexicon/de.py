"""German."""

# ruff: noqa: E501
from __future__ import annotations

_MEDIA = r"(?:bilder|fotos?|videos?|aufnahmen?|inhalte|clips?|screenshots|material)"
_KIN = (
    r"(?:familie|freunde|freundinnen|follower|followern|kontakte|kontakten|eltern|mutter|vater|mama|papa|chef|chefin"
    r"|arbeitgeber|kollegen|kolleginnen|schule|lehrer|lehrerin|klasse|klassengruppe|mitschuler|frau|mann|freundin|freund|partner"
    r"|partnerin|geschwister|verwandten|firma|arbeit|gemeinde|nachbarn|freundesliste|kontaktliste)"
)
_YOUR = r"(?:an )?(?:deine|deiner|deinen|deinem|dein|alle deine|all deine|allen deinen|an alle deine|ihre|ihren|ihrer|alle ihre)(?: (?:ganze|ganzen|neue|neuen|neuer|gesamte))?"
_AGE = r"(?:[5-9]|1[0-7])"

ENTRIES: dict[str, tuple[str, ...]] = {
    "threat_to_expose": (
        r"(?:bekommen|bekommt|erhalten|erhalt) eine kopie",
        r"(?:stellt|stellen|stelle) (?:er |sie |ich )?(?:es|sie|das|alles|die \w+)(?: \w+)? (?:online|ins netz|ins internet)",
        r"(?:veroffentlichen|veroffentliche|verbreiten|verbreite|rumschicken|herumschicken|hochladen|online stellen|ins netz stellen|ins internet stellen|leaken|blosstellen|blosszustellen|weiterleiten)",
        r"(?:stelle|stell|lade) (?:ich )?(?:sie|es|alles|das|die|deine|dein)(?: \w+){0,2} (?:online|ins netz|ins internet|hoch)",
        r"(?:schicke|schick|sende|zeige|poste|teile) (?:ich )?(?=(?:sie|es|das|alles|die \w+|deine \w+) (?:an|allen|deine|deiner|deinen|online|uberall|rum|herum))",
        r"oder ich (?:poste|schicke|veroffentliche|verbreite|zeige|stelle|lade|sende|teile)",
        r"(?:dein leben|deine karriere|dein ruf) (?:ist |wird )?(?:vorbei|ruiniert|zerstort|kaputt)",
        r"(?:ruiniere|zerstore|ruinieren|zerstoren) (?:dein|dich|deinen)",
        r"(?:alle|jeder|jede|niemand|keiner|alle deine \w+) (?:werden|wird|sieht|sehen|bekommt|bekommen|erfahrt|erfahren)(?: (?:es|das|sie|dich|alles))?(?: (?:sehen|wissen|erfahren))?",
        r"(?:geht|gehen|wird) viral",
    ),
    "threat_to_expose:weak": (
        r"(?:mach|mache|erstelle) (?:ich )?eine gruppe",
        r"verschicke ich",
        r"(?:schicken|zeigen|posten|teilen|verschicken|zuschicken)",
        r"(?:ich werde|werde ich|ich werd)",
        r"(?:geht|gehen|landet|landen|kommt|kommen) (?:direkt |sofort )?(?:an|in|zu|online|raus)",
        r"(?:bekommt|bekommen|kriegt|kriegen|erhalt|erhalten|sieht|sehen)(?= (?:es|das|alles|sie|die|jedes|dein|deine|ein|eine))",
        r"(?:poste|schicke|veroffentliche|verbreite|stelle|lade|sende|teile|zeige) ich (?:es|sie|das|alles)",
    ),
    "intimate_material": (
        r"nackt\w*",
        rf"(?:intim\w*|sexuelle[nm]?|explizite[nm]?|erotische[nm]?|kompromittierende[nm]?|freizugige[nm]?) {_MEDIA}",
        r"(?:intimbilder|intimfotos|intimvideos?|sexvideos?|sex video|sexfotos|pornovideo)",
        r"(?:dich|du) (?:nackt|ausgezogen|beim ausziehen)",
        r"selbstbefriedig\w*",
        r"(?:privatesten|intimsten|intimen|privaten) momente\w*",
    ),
    "intimate_material:weak": (
        r"(?:wurde|wurden|ist) (?:\w+ )?(?:aufgezeichnet|aufgenommen|gefilmt)",
        r"uns (?:\w+ ){0,4}(?:gefilmt|aufgenommen)",
        r"das erste",
        rf"(?:deine|die|diese|deinen|meine|ihre|seine|dein|das|unsere) {_MEDIA}",
        rf"(?:private[nm]?|pikante[nm]?|heisse[nm]?|sexy) {_MEDIA}",
        rf"{_MEDIA} von (?:dir|ihnen)",
        rf"(?:{_MEDIA}|alles) (?:die|das) du mir (?:geschickt|gesendet)",
        r"(?:uber|mit|durch) (?:deine|ihre|die|meine) (?:webcam|kamera)",
        r"(?:gefilmt|aufgenommen) (?:haben|hat|habe|hab)",
        r"mich (?:gefilmt|aufgenommen)",
        r"(?:erwachsenen\w*|porno\w*)",
    ),
    "audience": (
        rf"{_YOUR} {_KIN}",
        r"(?:alle die du kennst|jeder den du kennst|alle deine kontakte|das ganze internet|die ganze schule|ganz (?:deutschland|social media))",
        r"(?:pornoseiten|porno seiten|pornoportale)",
        r"(?:jeder|jedem|alle|allen) (?:ihrer |deiner |ihren |deinen )?(?:kontakt|kontakte|kontakten)",
    ),
    "demand_money": (
        r"(?:zahl|bezahl|uberweis)(?:e|st|t|en)?(?= (?:mir|mich|jetzt|sofort|bis|innerhalb|oder|\d|in|per|uber|den|das|die|endlich|sie|sonst))",
        r"(?:losegeld|gutscheinkarten?|guthabenkarten?|amazon gutschein\w*|steam guthaben|uberweisung)",
        r"(?:schick|schicke|gib) mir (?:das |dein )?geld",
        r"wie viel (?:kannst du|kannst) (?:zahlen|bezahlen)",
    ),
    "demand_money:weak": (r"(?:geld|kohle|zahlen|bezahlen|zahlst|bezahlst|zahle|zahlt)",),
    "demand_material": (
        r"(?:\d+ )?(?:neue|weitere) (?:bilder|fotos|videos)",
        r"(?:neue|weitere) (?:bilder|fotos|videos)(?= (?:schickst|sendest|schicken))",
        rf"(?:schick|schicke|sende|send) (?:mir )?(?:heute noch )?(?:mehr|noch mehr|weitere|neue|noch ein|noch eins|noch ein paar|ein weiteres|andere|zwei weitere|\d+ weitere)(?: (?:{_MEDIA}|nacktbilder|nudes|nacktfotos))?",
        rf"(?:ich will|ich brauche|ich mochte) (?:mehr|weitere|neue) (?:{_MEDIA}|nacktbilder|nudes)",
        rf"mehr {_MEDIA}",
        r"(?:fragt|fragen|fragte) (?:\w+ )?nach (?:fotos|bildern|nacktbildern|nudes|videos)",
    ),
    "demand_action": (
        r"(?:antwortest|antwortet|meldest dich|reagierst)",
        r"(?:tu|mach|mache) (?:was|genau was|alles was) ich (?:sage|will|verlange)",
        r"(?:bleib|bleibe) online",
        r"(?:blockier|blockiere|ignorier|ignoriere|meld|melde) mich (?:nicht|ja nicht)",
        r"(?:sag|erzahl|erzahle) (?:es |das )?(?:niemandem|keinem)",
        r"(?:antworte|antwort) (?:mir|sofort|jetzt)",
        r"(?:videoanruf|videocall|facetime|videochat)",
        r"(?:losch|losche) (?:deinen|dein) (?:account|profil|konto)",
        r"(?:keine polizei|nicht zur polizei)",
        r"(?:zu mir zuruckkommst|zuruckkommst|komm zuruck|mit mir zusammen bleibst)",
    ),
    "deadline": (
        r"(?:wenn|falls) du (?:offline|weg) gehst",
        r"(?:wenn|falls|sobald) du mich (?:blockierst|ignorierst|meldest)",
        r"(?:innerhalb von|in den nachsten|binnen|du hast|du hast noch|sie haben|nur noch|noch) \d+ ?(?:h|std|stunden?|minuten?|min|tagen?|tage)",
        r"\d+ ?(?:stunden?|minuten?|std) (?:zeit|lang|ab jetzt)",
        r"(?:sonst|ansonsten|letzte (?:chance|warnung)|die zeit lauft|die uhr tickt|bis heute abend|bis morgen fruh|bis mitternacht|bis freitag|bis morgen)",
    ),
    "deadline:weak": (
        r"wenn du (?:mir )?(?:nicht|kein|keine)",
        r"(?:sofort|jetzt gleich|schnell|in \d+ (?:stunden|minuten))",
        r"(?:wenn du nicht|falls du nicht|ausser du)",
        r"oder(?= (?:alle|jeder|deine|dein|die|der|das|ich|es|sie)(?![a-z0-9]))",
    ),
    "proof_of_possession": (
        r"(?:alles|alle) (?:gespeichert|aufgehoben|gesichert)",
        r"(?:schau|guck|sieh) (?:mal |dir )?(?:an )?was ich (?:habe|hab)",
        r"ich (?:habe|hab)(?= (?:deine|alle deine|ihre|screenshots|eine liste|aufnahmen von))",
        r"ich (?:habe|hab) (?:ein|das|einige) (?:video|aufnahmen?|fotos|bilder)(?= (?:von (?:ihnen|dir)|ihrer|deiner))",
        r"(?:screenshots?|liste|collage)(?: von)?(?= (?:deiner|deinen|aller deiner|allen deinen|deine) )",
        r"(?:gehackt|infiziert|ubernommen|zugriff auf) (?:deine|dein|deinen|ihr|ihre)",
        r"(?:trojaner|malware|schadsoftware|spyware) (?:auf|installiert)",
        r"(?:hier ist|hier hast du) (?:ein|eine|einen) (?:beweis|vorgeschmack|probe|kostprobe|ausschnitt)",
        r"ich weiss wo du (?:wohnst|arbeitest|zur schule gehst)",
    ),
    "proof_of_possession:weak": (
        r"(?:beweis|kostprobe|screenshots?)",
        r"ich (?:habe|hab)(?= (?:die|das|alles|bilder|fotos|videos?))",
    ),
    "victim_disclosure": (
        r"(?:verbreitet|veroffentlicht|postet|schickt|zeigt|teilt|verbreiten) (?:er |sie )?meine",
        r"(?:erpresst|bedroht|erpressen|bedrohen) mich",
        r"(?:ich werde|ich wurde|werde ich|wurde ich|ich werd) (?:gerade |seit \w+ )?(?:erpresst|bedroht|sextortiert)",
        r"(?:droht|drohte|hat gedroht|drohen) (?:mir )?(?:damit )?(?:meine|mein|unsere|die bilder|die fotos|das video)",
        r"(?:hat|haben) (?:meine|mein|unsere) (?:nacktbilder|nacktfotos|bilder|fotos|videos?|nudes|intim\w*)",
        r"(?:will|verlangt|fordert|fordern|wollen|verlangen) (?:\d+ ?(?:euro|€)|geld|mehr bilder|mehr fotos) von mir",
        r"ich (?:habe|hab) (?:ihm|ihr|jemandem|einem typen|einer frau|einem mann|einem madchen) (?:bilder|fotos|nacktbilder|nacktfotos|nudes|videos?|ein video|intim\w*)",
        r"meine (?:bilder|fotos|nacktbilder|videos?|nudes) (?:werden|wurden) (?:veroffentlicht|verbreitet|geteilt|gepostet)",
    ),
    "victim_disclosure:weak": (
        r"(?:sagt|sagte|meint)(?: jetzt)? (?:er|sie) (?:stellt|schickt|postet|verbreitet|veroffentlicht|zeigt|teilt)",
        r"wenn ich (?:schluss mache|ihn verlasse|sie verlasse|mich trenne|nicht zuruckkomme)",
        r"(?:was soll ich (?:jetzt |nur )?(?:tun|machen)|bitte helft|helft mir|ich brauche hilfe)",
        r"ich (?:habe|hab) (?:solche |grosse )?(?:angst|panik)",
        r"ich (?:habe|hab) (?:schon |bereits )?(?:einmal )?(?:bezahlt|gezahlt)",
        r"(?:verlangt|verlangen|fordert|fordern|will|wollen) (?:\w+ )?(?:geld|\d+|bitcoin|gutscheine|gutscheinkarten|mehr)",
        r"(?:droht|drohen|drohte) (?:damit|zu)",
        r"(?:mail|nachricht|email) (?:bekommen|erhalten)",
        r"soll ich (?:zahlen|bezahlen)",
        r"(?:sie|er) (?:sagen|sagt|sagte|sagten)(?:,)? (?:sie|er) (?:schicken|schickt|veroffentlichen|posten)",
    ),
    "third_party_warning": (
        r"(?:achtung|vorsicht|warnung|passt auf|aufpassen|vorsicht vor)",
        r"nicht (?:annehmen|folgen|antworten|drauf eingehen)",
        r"(?:blockiert|meldet) (?:und meldet |und blockiert )?(?:diesen|den|das|dieses) (?:account|konto|profil|nutzer)",
        r"(?:bedroht|schreibt|kontaktiert|belastigt) (?:gerade )?(?:leute|menschen|nutzer|nutzerinnen|mitglieder|jugendliche|kinder|minderjahrige|viele|mehrere|andere|junge (?:manner|leute))",
    ),
    "third_party_warning:weak": (r"(?:schreibt|schreiben) (?:leute|nutzer|viele|menschen) an",),
    "named_account": (
        r"(?:dieser|dieses|der|das|ein) (?:account|konto|profil|nutzer) (?:namens|mit dem namen|heisst|ist|hat)",
        r"(?:account|profil|konto|nutzer) namens",
    ),
    "extortion_term": (r"erpress\w*", r"sextortion", r"sexerpress\w*"),
    "self_harm_risk": (
        r"(?:ich will|will ich|ich mochte) (?:nur noch )?(?:sterben|nicht mehr leben|tot sein)",
        r"mich (?:umbringen|toten)",
        r"(?:allem ein ende|ein ende machen|schluss machen mit allem|nicht mehr weiterleben)",
    ),
    "self_harm_risk:weak": (r"(?:selbstmord|suizid\w*)",),
    "minor_indicator": (
        rf"(?:ich bin|bin|er ist|sie ist|ist erst|ist gerade|erst) (?:erst |gerade )?{_AGE}(?! ?(?:min|minuten|stunden|uhr|euro|km)(?![a-z0-9]))(?! ?[€%])",
        rf"{_AGE} (?:jahre alt|jahre|jahrig|j )",
        r"(?:[5-9]|1[0-2]) ?klasse",
        r"(?:noch in der schule|schuler|schulerin)",
        r"minderjahrig\w*",
    ),
    "minor_indicator:weak": (r"(?:gymnasium|realschule|hauptschule|gesamtschule|teenager)",),
    "news_or_advice": (
        r"(?:polizei|bka|lka|europol|behorden|ermittler|experten|staatsanwaltschaft|verbraucherzentrale) (?:warnt|warnen|rat|raten|sagt|sagen|berichtet|hat|haben|nahm|nehmen|empfiehlt)",
        r"(?:laut|einer studie|eine studie|studie|bericht|berichten zufolge|falle von|zunahme|anstieg|immer mehr|immer ofter)",
        r"(?:wenn|falls) (?:jemand|dich jemand|euch jemand) (?:droht|erpresst|bedroht|auffordert|fordert)",
        r"(?:niemals|nie|nicht) (?:zahlen|bezahlen)",
        r"(?:zahlt|zahle|bezahlt|zahl) (?:nicht|niemals|nie)",
        r"(?:tipps|so schutzt|wie man sich|was tun|was ihr tun|beratungsstelle|hilfetelefon|nummer gegen kummer|opfer|tater|betruger|kriminelle|jugendliche werden|eltern sollten|aufklarung|kampagne|artikel|ratgeber|festgenommen|verurteilt|angeklagt)",
    ),
    "policy_discussion": (
        r"(?:jeder|jede|jedes) (?:account|nutzer|nutzerin|konto|profil|mitglied)(?: der| die| das)?",
        r"(?:wird|werden) (?:\w+ )?(?:gesperrt|gebannt|entfernt|geloscht)",
        r"(?:entwurf|vorschlag)",
        r"(?:unser|unsere|unseren|die|der) (?:regeln|regel|richtlinien|hausordnung|moderation|moderationsteam)",
        r"(?:moderatoren|moderatorinnen|mods|admins) (?:sollten|sollen|mussen|konnen|werden)",
        r"(?:sollten wir|wir sollten|wir werden|wir sperren|wir bannen)",
        r"(?:sperre|gesperrt|bann|gebannt|verboten|regelverstoss|regel \d+|strike|sperrgrund|defoderier\w*)",
    ),
    "policy_discussion:weak": (r"(?:unser|unseren|unserem) (?:server|instanz)",),
    "fiction": (
        r"(?:kapitel|roman|geschichte|fanfic|handlung|figur|protagonist\w*|bosewicht|schurke|folge|staffel|im film|der film|das buch|im buch|mein buch|krimi|drehbuch|serie|tatort|szene)",
    ),
}
