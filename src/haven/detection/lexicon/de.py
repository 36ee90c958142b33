"""German."""

# ruff: noqa: E501
from __future__ import annotations

from haven.detection.lexicon.entries import Entries, combine

_MEDIA = r"(?:bilder|fotos?|videos?|aufnahmen?|inhalte|clips?|screenshots|material)"
_KIN = (
    r"(?:familie|freunde|freundinnen|follower|followern|kontakte|kontakten|eltern|mutter|vater|mama|papa|chef|chefin"
    r"|arbeitgeber|kollegen|kolleginnen|schule|lehrer|lehrerin|klasse|klassengruppe|mitschuler|frau|mann|freundin|freund|partner"
    r"|partnerin|geschwister|verwandten|firma|arbeit|gemeinde|nachbarn|freundesliste|kontaktliste"
    r"|vorgesetzten|vorgesetzter|vorgesetzte|personalabteilung|abteilung|buro|kunden|ausbilder|ausbilderin|lehrfirma"
    r"|lehrbetrieb|ausbildungsbetrieb|betrieb|trainer|trainerin|mannschaft|team|teamkollegen|mitspieler|verein"
    r"|sportverein|fussballverein|fussballteam|fussballmannschaft|mitbewohner|wg|ex|schulklasse|jahrgang|stufe"
    r"|kirche|familie|fam|schuel|kollege|kollegin|lehrer|lehrerinnen)"
)
# Swiss German: dini, dis, dim (deine, dein, deinem); a (an)
_YOUR = r"(?:an |a )?(?:deine|deiner|deinen|deinem|dein|alle deine|all deine|allen deinen|an alle deine|ihre|ihren|ihrer|alle ihre|dini|dis|dim|diner|alli dini)(?: (?:ganze|ganzen|ganzer|ganzes|ganzi|ganz|neue|neuen|neuer|gesamte|gesamten|gesamter))?"
_AGE = r"(?:[5-9]|1[0-7])"

_CORE: Entries = {
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
        r"(?:schicke|sende|stelle|poste|zeige|verbreite|veroffentliche|teile|lade) ich(?= (?:deine|dein|deinen|die|das|alles|sie|es))",
    ),
    "threat_to_expose:weak": (
        r"(?:mach|mache|erstelle) (?:ich )?eine gruppe",
        r"verschicke ich",
        r"(?:werde|werd|will|kann) (?:ich )?(?:\w+ ){0,5}(?:schicken|zeigen|posten|teilen|verschicken|zuschicken)",
        r"(?:ich werde|werde ich|ich werd)",
        r"(?:geht|gehen|gaht|gond|landet|landen|kommt|kommen|chunnt) (?:es |das |s |sie |alles |(?:das|die|s|d) (?:video|videos|bild|bilder|foto|fotos|clip|clips) )?(?:direkt |sofort |dann )?(?:per (?:dm|mail|e mail|email|whatsapp|post|nachricht) )?(?:an|a|in|zu|auf|online|raus|viral)",
        r"(?:weiss|wissen|wird|werden) (?:\w+ ){0,4}bescheid",
        r"mit (?:deinem|ihrem|dim) (?:klarnamen|vollen namen|echten namen|ganzen namen|namen und)",
        r"(?:niemand|keiner|kein mensch) (?:muss|braucht) (?:es |das |davon |je |jemals )*(?:wissen|erfahren|sehen|zu wissen|zu erfahren)",
        r"(?:bekommt|bekommen|kriegt|kriegen|erhalt|erhalten|sieht|sehen)(?= (?:es|das|alles|sie|die|jedes|dein|deine|ein|eine))",
        r"(?:poste|schicke|veroffentliche|verbreite|stelle|lade|sende|teile|zeige) ich (?:es|sie|das|alles)",
        # offers: it stays private, I delete it
        r"(?:bleibt|bleiben) (?:alles |es |das )?(?:unter uns|privat|geheim)",
        r"(?:losche ich|dann losche|losche alles|wird geloscht|werden geloscht)",
        r"(?:stellt|stelle|stellen|setzt|setze|setzen) (?:\w+ ){0,3}(?:online|ins netz|ins internet)",
        r"(?:sonst|dann) (?:zeigt|schickt|stellt|postet|verbreitet) (?:er|sie)",
    ),
    "intimate_material": (
        r"nackt\w*",
        rf"(?:intim\w*|sexuelle[nm]?|explizite[nm]?|erotische[nm]?|kompromittierende[nm]?|freizugige[nm]?) {_MEDIA}",
        r"(?:intimbilder|intimfotos|intimvideos?|sexvideos?|sex video|sexfotos|pornovideo)",
        r"(?:dich|du) (?:nackt|ausgezogen|beim ausziehen)",
        r"selbstbefriedig\w*",
        r"(?:privatesten|intimsten|intimen|privaten) momente\w*",
        r"(?:ohne (?:kleidung|klamotten|kleider|was an)|(?:nichts|nix) (?:an hast|anhast|anhatte|anhattest|an hatte|an))",
        r"(?:ki|ai) (?:nacktbilder|nacktfotos|pornos?|generierte (?:nacktbilder|bilder|videos?))",
    ),
    "intimate_material:weak": (
        # in warnings: material obtained from others ("holt sich Fotos von")
        r"(?:holt sich|besorgt sich|sammelt|erschleicht sich|bekommt|bekam) (?:intime |private )?(?:fotos|bilder|videos|nacktbilder|nacktfotos|nudes)",
        r"(?:wurde|wurden|ist) (?:\w+ )?(?:aufgezeichnet|aufgenommen|gefilmt)",
        r"uns (?:\w+ ){0,4}(?:gefilmt|aufgenommen)",
        r"das erste",
        rf"(?:deine|die|diese|deinen|meine|ihre|seine|dein|das|unsere|dini|dis|s|d) {_MEDIA}",
        rf"(?:private[nm]?|pikante[nm]?|heisse[nm]?|sexy) {_MEDIA}",
        rf"{_MEDIA} von (?:dir|ihnen)",
        rf"(?:{_MEDIA}|alles) (?:die|das) du mir (?:geschickt|gesendet)",
        r"(?:uber|mit|durch) (?:deine|ihre|die|meine) (?:webcam|kamera)",
        r"(?:gefilmt|aufgenommen) (?:haben|hat|habe|hab)",
        r"mich (?:gefilmt|aufgenommen)",
        r"(?:erwachsenen\w*|porno\w*)",
        r"(?:bilder|fotos?|videos?|aufnahmen) (?:die|das|den) ich (?:ihm |ihr |ihnen )?(?:geschickt|gesendet|geschickt habe|gesendet habe)",
        r"(?:hat|haben) (?:unseren|unser|den|meinen) (?:videocall|videoanruf|videochat|anruf|facetime) (?:aufgenommen|gespeichert|mitgeschnitten)",
        r"(?:unseren|unser) (?:videocall|videoanruf|videochat) (?:aufgenommen|mitgeschnitten)",
        r"(?:bilder|fotos|videos?|aufnahmen|nacktbilder|nacktfotos) von (?:mir|dir|uns)",
        r"(?:was|alles was|das was) du mir (?:geschickt|gesendet|geschickt hast|gesendet hast|gegeben hast)",
        # deepfakes made from ordinary photos
        r"(?:mit|aus) (?:deinem|ihrem) gesicht",
        r"(?:dein|ihr) gesicht (?:auf|in|drauf)",
        r"aus (?:deinen|ihren) (?:profilbildern|profilfotos|selfies|fotos|bildern|insta bildern)",
        r"(?:zusammengeschnitten|zusammengebastelt|montiert|gefalscht|gefakt|fotomontage|ki generiert|mit ki (?:erstellt|gemacht|generiert))",
        r"(?:sieht|aussieht) (?:total |echt |sehr |richtig |ziemlich )?echt(?: aus)?",
    ),
    "audience": (
        rf"{_YOUR} {_KIN}",
        r"(?:alle die du kennst|jeder den du kennst|alle deine kontakte|das ganze internet|die ganze schule|ganz (?:deutschland|social media))",
        r"(?:pornoseiten|porno seiten|pornoportale)",
        r"(?:jeder|jedem|alle|allen) (?:ihrer |deiner |ihren |deinen )?(?:kontakt|kontakte|kontakten)",
        r"(?:an )?alle (?:aus|in|von|bei|an) (?:deinem|deiner|deinen|deine|ihrem|ihrer) \w+",
        r"(?:an )?(?:alle )?(?:deine|deinen|ihre|ihren) \d[\d,. ]*(?:follower|followern|kontakte|kontakten|freunde|freunden|abonnenten)",
        r"(?:die )?(?:personalabteilung|hr abteilung)",
    ),
    "demand_money": (
        r"(?:zahl|bezahl|uberweis)(?:e|st|t|en)?(?= (?:mir|mich|jetzt|sofort|bis|innerhalb|oder|\d|in|per|uber|den|das|die|endlich|sie|sonst))",
        r"(?:losegeld|gutscheinkarten?|guthabenkarten?|amazon gutschein\w*|steam guthaben|uberweisung)",
        r"(?:schick|schicke|gib) mir (?:das |dein )?geld",
        r"wie viel (?:kannst du|kannst) (?:zahlen|bezahlen)",
        r"\d[\d,.]* ?(?:stutz|franken|stutz|fr|euronen|kroten)",
        r"(?:amazon|google play|itunes|apple|steam|paysafe) ?(?:gutschein\w*|karten?|guthaben)",
    ),
    "demand_money:weak": (
        r"(?:geld|kohle|zahlen|bezahlen|zahlst|bezahlst|zahle|zahlt|zahle)",
        # bargaining: part now, the rest later
        r"(?:den|der|die) rest (?:nachste woche|morgen|spater|am freitag)",
    ),
    "demand_material": (
        r"(?:\d+ )?(?:neue|weitere) (?:bilder|fotos|videos)",
        r"(?:neue|weitere) (?:bilder|fotos|videos)(?= (?:schickst|sendest|schicken))",
        rf"(?:schick|schicke|sende|send) (?:mir )?(?:heute noch )?(?:mehr|noch mehr|weitere|neue|noch ein|noch eins|noch ein paar|ein weiteres|andere|zwei weitere|\d+ weitere)(?: (?:{_MEDIA}|nacktbilder|nudes|nacktfotos))?",
        rf"(?:ich will|ich brauche|ich mochte) (?:mehr|weitere|neue) (?:{_MEDIA}|nacktbilder|nudes)",
        rf"mehr {_MEDIA}",
        r"(?:fragt|fragen|fragte) (?:\w+ )?nach (?:fotos|bildern|nacktbildern|nudes|videos)",
        r"(?:will|verlangt|fordert|wollen) (?:dass )?ich (?:ihm |ihr |ihnen )?(?:noch )?(?:mehr|weitere|neue)",
        # more material, demanded as a routine or under a clock
        r"aufhorst (?:mir )?(?:\w+ )?zu (?:schicken|senden)",
        r"(?:hor|hore) (?:ja )?nicht auf (?:mir )?(?:\w+ )?zu (?:schicken|senden)",
        r"(?:schick|schicke|sende) (?:mir )?(?:weiter|weiterhin)",
        r"(?:jeden|jede|jedes) (?:abend|tag|nacht|morgen|woche|wochenende) (?:ein|eins|eine|einen) (?:neues|neue|neuen|weiteres)",
        r"(?:ein|eins|eine|einen) (?:neues|neue|neuen|weiteres) (?:\w+ )?(?:jeden|jede|jedes) (?:abend|tag|nacht|morgen|woche)",
        r"noch (?:ein|eins|eine) (?:video|bild|foto|clip) (?:in|innerhalb)",
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
        r"(?:bleib|bleibst|bleibe) (?:bei mir|mit mir zusammen)",
    ),
    "deadline": (
        r"(?:wenn|falls) du (?:offline|weg) gehst",
        r"(?:wenn|falls|sobald) du mich (?:blockierst|ignorierst|meldest|verlasst|sitzen lasst|betrugst)",
        r"(?:wenn|falls|sobald) du (?:mit mir )?schluss machst",
        r"(?:wenn|falls|sobald) du dich (?:von mir )?trennst",
        r"(?:keine (?:verhandlung|verhandlungen|diskussion|ausreden))",
        r"(?:innerhalb von|in den nachsten|binnen|du hast|du hast noch|sie haben|nur noch|noch) \d+ ?(?:h|std|stunden?|minuten?|min|tagen?|tage)",
        r"\d+ ?(?:stunden?|minuten?|std) (?:zeit|lang|ab jetzt)",
        r"(?:sonst|ansonsten|susch|suscht|sunst|letzte (?:chance|warnung)|die zeit lauft|die uhr tickt|bis mitternacht|bis morn)",
        r"bis (?:heute abend|heute nacht|morgen(?: fruh| mittag| abend)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|zum wochenende|ende der woche)",
    ),
    "deadline:weak": (
        r"wenn du (?:mir )?(?:nicht|kein|keine)",
        r"(?:wenn|falls) nicht",
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
        r"ich (?:weiss|kenne) (?:in welche (?:klasse|schule) du|deinen (?:echten |vollen |richtigen )?namen|wie du (?:richtig )?heisst|wo du (?:lebst|studierst)|deine (?:adresse|schule))",
        r"ich (?:habe|hab) (?:schon |bereits )?(?:die )?(?:nummern|kontakte|adressen|namen) (?:von|deiner|deines|aller)",
        r"(?:was|die|das|alles was) ich (?:schon|bereits) (?:habe|hab)",
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
        r"(?:hat|haben) (?:meine|mein|unsere)(?= (?:nacktbilder|nacktfotos|bilder|fotos|videos?|nudes|intim|intime|intimen|intimes|intimer))",
        r"(?:will|verlangt|fordert|fordern|wollen|verlangen) (?:\d+ ?(?:euro|€)|geld|mehr bilder|mehr fotos) von mir",
        r"ich (?:habe|hab) (?:ihm|ihr|jemandem|einem typen|einer frau|einem mann|einem madchen) (?:bilder|fotos|nacktbilder|nacktfotos|nudes|videos?|ein video|intim\w*)",
        r"meine (?:bilder|fotos|nacktbilder|videos?|nudes) (?:werden|wurden) (?:veroffentlicht|verbreitet|geteilt|gepostet)",
        r"(?:hat|haben) (?:\w+ )?(?:bilder|fotos|videos?|nacktbilder|nacktfotos|aufnahmen) von mir",
        r"(?:droht|drohte|drohen) (?:damit )?(?:sie|es|alles) (?:\w+ ){0,5}(?:zu veroffentlichen|zu verbreiten|zu posten|zu schicken|zu zeigen|online zu stellen|weiterzuleiten|rumzuschicken)",
    ),
    "victim_disclosure:weak": (
        r"(?:sagt|sagte|meint)(?: jetzt)? (?:er|sie)(?= (?:stellt|schickt|postet|verbreitet|veroffentlicht|zeigt|teilt))",
        r"wenn ich (?:schluss mache|ihn verlasse|sie verlasse|mich trenne|nicht zuruckkomme)",
        r"(?:was soll ich (?:jetzt |nur )?(?:tun|machen)|bitte helft|helft mir|ich brauche hilfe)",
        r"ich (?:habe|hab) (?:solche |grosse )?(?:angst|panik)",
        r"ich (?:habe|hab) (?:schon |bereits )?(?:einmal )?(?:bezahlt|gezahlt)",
        r"(?:verlangt|verlangen|fordert|fordern|will|wollen) (?:\w+ )?(?:geld|\d+|bitcoin|gutscheine|gutscheinkarten|mehr)",
        r"(?:droht|drohen|drohte) (?:damit|zu)",
        r"(?:mail|nachricht|email) (?:bekommen|erhalten)",
        r"soll ich (?:zahlen|bezahlen)",
        r"(?:sie|er) (?:sagen|sagt|sagte|sagten)(?:,)? (?:sie|er) (?:schicken|schickt|veroffentlichen|posten)",
        r"wenn ich (?:ihm |ihr )?(?:nicht|kein geld) (?:zahle|bezahle|schicke|sende|gebe|treffe)",
        r"(?:er|sie) (?:sagt|meint|droht|hat gesagt) (?:dass )?(?:er|sie)(?= (?:stellt|schickt|zeigt|postet|wird))",
        r"falls ich (?:mich |ihm |ihr )?(?:nicht|kein geld) (?:\w+ ){0,3}(?:zahle|bezahle|schicke|sende|gebe|treffe|zurückkomme)",
        # first-person help-seeking, also when asking moderators
        r"ich (?:schame mich|weiss nicht (?:an wen|wem|mit wem|wohin|was ich tun soll))",
        r"(?:konnen|konnt|konnten) (?:die |ihr )?(?:mods|admins|moderatoren|moderatorinnen) (?:da )?(?:was|etwas|irgendwas) (?:tun|machen|unternehmen)",
        r"(?:mods|admins|moderatoren) (?:konnen|konnten) (?:da )?(?:was|etwas|irgendwas) (?:tun|machen|unternehmen)",
        r"soll ich (?:zur polizei|die polizei|anzeige)",
    ),
    "third_party_warning": (
        r"(?:achtung|vorsicht|warnung|passt auf|aufpassen|vorsicht vor)",
        r"nicht (?:annehmen|folgen|antworten|drauf eingehen)",
        r"(?:blockiert|meldet) (?:und meldet |und blockiert )?(?:diesen|den|das|dieses) (?:account|konto|profil|nutzer)",
        r"(?:bedroht|schreibt|kontaktiert|belastigt) (?:gerade )?(?:leute|menschen|nutzer|nutzerinnen|mitglieder|jugendliche|kinder|minderjahrige|viele|mehrere|andere|junge (?:manner|leute))",
    ),
    "third_party_warning:weak": (
        r"(?:schreibt|schreiben) (?:leute|nutzer|viele|menschen) an",
        r"(?:die |der |das )?(?:gleiche|gleichen|selbe|selben|immer gleiche|immer gleichen) (?:masche|nachricht|skript|text|betrug)",
    ),
    "named_account": (
        r"(?:dieser|dieses|der|das|ein) (?:account|konto|profil|nutzer) (?:namens|mit dem namen|heisst|ist|hat)",
        r"(?:account|profil|konto|nutzer) namens",
    ),
    "extortion_term": (r"erpress\w*", r"sextortion", r"sexerpress\w*"),
    "self_harm_risk": (
        r"(?:ich will|will ich|ich mochte|ich wurde am liebsten|ich wurde gern) (?:einfach |nur |einfach nur |echt |wirklich |nur noch |einfach nicht mehr |am liebsten )?(?:sterben|nicht mehr leben|tot sein|nicht mehr da sein|nicht mehr aufwachen|verschwinden)",
        r"(?:mich|mir) (?:umbringen|toten|was antun|etwas antun|das leben nehmen|ritzen)",
        r"(?:allem ein ende|ein ende machen|schluss machen mit allem|mit allem schluss machen|nicht mehr weiterleben|am liebsten tot|ware lieber tot|ware ich tot|ware besser tot)",
        r"(?:ich kann nicht mehr|ich halte das nicht mehr aus|ich sehe keinen (?:ausweg|sinn mehr)|hat alles keinen sinn mehr|keinen sinn mehr zu leben)",
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
        # ein typisches Drohschreiben als Beispiel, Schul- und Rechtshinweise (Präzisionsrunde 3)
        r"(?:nachrichten|dms|drohungen|mails|satze) (?:wie|der art|nach dem muster)",
        r"(?:typische|typischen|klassische) (?:nachricht|drohung|masche|drohungen)",
        r"(?:strafbar|straftat|strafgesetzbuch|stgb|freiheitsstrafe|bis zu \d+ jahren|rechtlicher hinweis|rechtshinweis)",
        r"(?:schulversammlung|liebe eltern|liebe schulerinnen|alle schuler|schulerinnen und schuler|elternabend|die schule wird|unser gast|gastvortrag|cybercrime|medienkompetenz)",
        r"(?:niemand bekommt arger|du bist nicht schuld|ihr seid nicht schuld|du bekommst keinen arger)",
        r"(?:die|der) (?:tater|taterin|betroffene|opfer) (?:ist|sind|war|sagt|sagte)",
        r"(?:ein|eine|der|die) (?:nutzer|nutzerin|schuler|schulerin|betroffene|jugendliche) (?:meldet|meldete|berichtet|sagt|sagte|erzahlt)",
        r"(?:polizei|bka|lka|europol|behorden|ermittler|experten|staatsanwaltschaft|verbraucherzentrale) (?:warnt|warnen|rat|raten|sagt|sagen|berichtet|hat|haben|nahm|nehmen|empfiehlt)",
        r"(?:laut|einer studie|eine studie|studie|berichten zufolge|falle von|zunahme|anstieg|immer mehr|immer ofter)",
        # "Bericht" after a German word only: Dutch "een bericht" is a message
        r"(?:ein|einem|einen|der|dem|im|neuer|neuen|aktueller|aktuellen|laut|jahres|lage) ?bericht|bericht (?:der|des|von|uber|zufolge)",
        r"(?:wenn|falls) (?:jemand|dich jemand|euch jemand) (?:droht|erpresst|bedroht|auffordert|fordert)",
        r"(?:niemals|nie|nicht) (?:zahlen|bezahlen)",
        r"(?:zahlt|zahle|bezahlt|zahl) (?:nicht|niemals|nie)",
        r"(?:tipps|so schutzt|wie man sich|was tun|was ihr tun|beratungsstelle|hilfetelefon|nummer gegen kummer|opfer|tater|betruger|kriminelle|jugendliche werden|eltern sollten|aufklarung|kampagne|artikel|ratgeber|festgenommen|verurteilt|angeklagt)",
    ),
    "policy_discussion": (
        # Moderationsfragen und Hypothesen (Präzisionsrunde 3)
        r"(?:hypothetisch|rein hypothetisch|angenommen|was ware wenn|was wenn jemand|gedankenexperiment)",
        r"(?:frage an (?:die )?(?:mods|admins|moderation|andere admins)|mod frage|admin frage|wie geht ihr (?:damit )?um|wie handhabt ihr|wurdet ihr|loschen oder nicht)",
        r"(?:eine meldung|die meldung|gemeldete account|gemeldeten account|gemeldete konto|neue regel|dauerhafte sperre|wortfilter|automod|filtern)",
        r"(?:jeder|jede|jedes) (?:account|nutzer|nutzerin|konto|profil|mitglied)(?: der| die| das)?",
        r"(?:wird|werden) (?:\w+ )?(?:gesperrt|gebannt|entfernt|geloscht)",
        r"(?:entwurf|vorschlag)",
        r"(?:unser|unsere|unseren|die|der) (?:regeln|regel|richtlinien|hausordnung|moderation|moderationsteam)",
        r"(?:moderatoren|moderatorinnen|mods|admins) (?:sollten|sollen|mussen|konnen|werden)",
        r"(?:sollten wir|wir sollten|wir werden|wir sperren|wir bannen)",
        r"(?:sperre|gesperrt|bann|gebannt|verboten|regelverstoss|regel \d+|strike|sperrgrund|defoderier\w*)",
    ),
    "policy_discussion:weak": (
        r"(?:unser|unseren|unserem) (?:server|instanz)(?<!auf unserem server)(?<!von unserem server)(?<!auf unserer instanz)",
    ),
    "fiction": (
        # Erzählung um eine zitierte Drohung, Zusammenfassungen (Präzisionsrunde 3)
        r"(?:kommissar|kommissarin|ermittlerin|detektiv|detektivin|die heldin|der held|die hauptfigur|der erzahler|der tater im|die autorin|der autor)",
        r"(?:seufzte|flusterte|murmelte|runzelte|zuckte mit den schultern|schluckte|starrte)",
        r"(?:die nachricht|der text|auf dem display|auf dem bildschirm) (?:lautete|stand)",
        r"(?:die folge|der folge|gestern abend in|zusammenfassung|recap|filmidee|pitch|cliffhanger|spoiler|im roman|der roman|die serie|im film|eine doku|der doku|einer doku|dokumentation)",
        r"(?:kapitel|roman|geschichte|fanfic|handlung|figur|protagonist\w*|bosewicht|schurke|folge|staffel|im film|der film|das buch|im buch|mein buch|krimi|drehbuch|serie|tatort|szene)",
    ),
    # Everyday life: photos of an ordinary occasion, money for an ordinary purpose,
    # a refund ("die Klassenfotos", "Fotos vom Urlaub", "die Hälfte der Miete").
    "everyday_context": (
        r"(?:klassen|schul|urlaubs|ferien|reise|hochzeits|party|geburtstags|baby|kinder|konzert|strand|weihnachts|abschluss|karaoke|abiball|essens|hunde|katzen|wohnungs)(?:fotos?|bilder|videos?|clips?)",
        r"(?:vom|von der|von unserem|von unserer|aus dem|auf der|bei der|beim) (?:urlaub|ausflug|klassenfahrt|konzert|geburtstag|hochzeit|party|feier|fest|reise|strand|abschlussfeier|abiball|grillen|spiel|festival)",
        r"(?:die |der )?halfte (?:der|von der|vom|des) (?:miete|hotel\w*|rechnung|kaution|nebenkosten|tickets|reise|pizza)",
        r"(?:der|die|den|dem|mein|meine|meinem|meinen|unser|unsere|unserem|unseren) (?:vermieter|vermieterin)",
        r"(?:fur|fuers|furs) (?:das|die|den|mein|meine|unser|unsere) (?:hotel|zimmer|ticket|tickets|essen|pizza|abendessen|kaution)",
        r"(?:mein|meinen|unser|unseren|dein|deinen) geld zuruck|ruckerstattung|erstatt\w*",
        r"(?:dieser|diesen|diesem|dieses|den|der|das) (?:laden|shop|geschaft|restaurant|handler|verkaufer|vermieter)",
    ),
    "banter": (
        r"(?:nur spass|war nur spass|nur ein witz|war nur ein witz|nur ein scherz|war nur ein scherz|kleiner scherz|ich mach nur spass|ich mache nur spass)",
    ),
    "banter:weak": (r"(?:haha|hahaha|hehe|lol|lach)",),
    # Material named as something not intimate: company data, a councillor's lies,
    # a debt, a pet, a filmed breakfast, house photos, a photographer's invoice.
    # Context shielded only by material intimate by itself (scoring).
    "not_intimate": (
        r"(?:dich|sie) beim (?:essen|fruhstuck|fruhstucken|tanzen|singen|kochen|schlafen|schnarchen)",
        r"(?:kundendaten|firmendaten|unternehmensdaten|mitarbeiterdaten|patientendaten|geschaftsdaten|steuerunterlagen|steuerakten|steuererklarung|kontoauszuge|kundendatenbank|ransomware|leak blog|leak seite|geschaftsfuhrung|\d+ ?(?:gb|tb) (?:ihrer|an|von))",
        r"(?:lugen|korruption|burgermeister|burgermeisterin|stadtrat|stadtratin|politiker|politikerin|ministerin|minister|haushalt)",
        r"(?:schuldet mir|geld geliehen|nie zuruckgezahlt)",
        r"(?:mein|meine|meinen|unser|unsere|dein|deine|ihre|seine) (?:katze|kater|hund|hamster|papagei|kaninchen|haustier)",
        r"(?:leckerli|leckerlis|socken und sandalen|im schlafanzug|im pyjama|mull rausbringen|mull raus|cornflakes|musli|modepolizei)",
        r"(?:fotos|bilder) (?:vom|von dem|des) (?:haus|hauses|wohnung|katze|hund|auto)|(?:fotos|bilder) der wohnung|makler|maklerin|immobilie",
        r"(?:die|deine|ihre) (?:rechnung|galerie|abzuge|fotosession|shooting)|wie vereinbart|wie besprochen|laut vertrag|restbetrag",
    ),
}

# Precision round 4: reports, courts and "exposing" threads (combined into ENTRIES at the end).
_REPORTS_COURTS_AND_EXPOSES: Entries = {
    # Ein Fall als Meldung eines anderen, allgemein oder öffentlich (scoring:
    # eine darin zitierte Offenlegung schützt nicht). "Ein Mitglied hat gerade
    # gemeldet, dass @x …" ist ein bestimmter Fall und steht nicht hier.
    "report_framing": (
        r"(?:meldungen|reports|tickets|beschwerden|fallen) (?:um )?(?:in denen|bei denen|wo|wie|der art|nach dem muster)",
        r"(?:eine|einer) meldung (?:in der|bei der|wie|die nur|die lediglich)",
        r"(?:wenn|falls|sobald) (?:jemand|ein nutzer|eine nutzerin|ein mitglied|betroffene|ein opfer|user) (?:meldet|schreibt|angibt|berichtet)",
        r"(?:das gericht (?:hat|sah|verurteilte|befand)|laut anklage|der angeklagte|die angeklagte|zu \w+ jahren (?:haft|gefangnis)|in untersuchungshaft|prozess (?:in|gegen|um)|pressemitteilung)",
    ),
    "news_or_advice": (
        r"(?:festgenommen|festnahme|ermittlungen|die ermittler|staatsanwaltschaft|kriminalpolizei|vor gericht|das urteil|die anklage)",
        r"(?:betroffene|opfer) (?:konnen|sollten|konnten) sich",
        r"wie (?:spreche|rede) ich (?:mit \w+ \w+ )?(?:uber sextortion|das thema sextortion)|(?:ihr|sein) erstes (?:handy|smartphone)",
        r"geben sich (?:\w+ )?(?:als|fur)",
    ),
    "policy_discussion": (
        r"(?:server|haus|community|instanz|discord)regeln|(?:anderung|aktualisierung|anpassung) der (?:server|haus)?regeln",
        r"(?:fuhrt|fuhren|fuhrt sofort) (?:zur|zu einer) (?:sofortigen |dauerhaften |permanenten )?(?:sperrung|sperre|bann|ausschluss|loschung)",
        r"frage an die (?:mod runde|mods|moderation|admins|moderationsrunde)",
        r"ohne (?:einwilligung|zustimmung|einverstandnis)",
    ),
    "proof_of_possession": (
        r"(?:dein|ihr) (?:konto|account|gerat) wurde (?:gehackt|kompromittiert|geknackt)",
    ),
    "fiction": (
        r"(?:was fur eine wendung|die folge von gestern|gestern (?:abend )?(?:tatort|im tatort)|die auflosung|das drehbuch|die drehbuchautoren|die staffel)",
    ),
    "not_intimate": (
        r"(?:dieser|diese|diesen|der selbsternannte|die selbsternannte|der sogenannte|die sogenannte) (?:coach|influencer|influencerin|guru)",
        r"(?:crypto|krypto|life|dating|fitness|business|trading) ?coach",
        r"(?:seinem|seinen|seine|ihrem|ihren|ihre|im) (?:livestream|stream|kurs|pdf|podcast|webinar)",
        r"(?:kauft|gekaufte|gekauft) (?:follower|likes|bewertungen)|(?:fake|gefalschte) (?:bewertungen|rezensionen)",
        r"droht (?:mir )?mit (?:einem )?(?:anwalt|klage|einer klage|anzeige|einer anzeige)",
        r"(?:gerichtsvollzieher|inkasso\w*|letzte mahnung|mahnung|lohnpfandung|pfandung|offene(?:n|r)? betrag|zahlungserinnerung)",
        r"(?:fotos|bilder) (?:von der|der|vom|des) (?:wohnung|hauses|haus|kuche|bad|bads|zimmer|badezimmer)|die kaution|der makler|die besichtigung",
        r"beim karaoke|(?:video|videos|fotos|bilder) (?:von dir|von ihm|von ihr|von mir) (?:beim (?:singen|tanzen|karaoke|schlafen|essen))",
    ),
    "everyday_context": (
        r"(?:zahlst|zahl|spendierst|spendier|kaufst|kauf) (?:du )?(?:mir|uns) (?:einen|ein|eine) (?:doner|pizza|kaffee|bier|burger|drink|runde)",
    ),
}

# Recall round 2 (holdout7 and holdout8), added as new entries only: disclosures
# written on someone's behalf with the threat in the third person, implied
# material ("die Sachen die ich ihm geschickt hab", "du weißt welche"), recorded
# calls, demands for an action (Anzeige zurückziehen, nochmal mit ihm schlafen),
# Austrian forms ("i hob des Video vo dir", "i stells auf Insta").
_ON_SOMEONES_BEHALF_AND_IMPLIED: Entries = {
    # a parent asking how to talk about it is advice, not an incident
    "news_or_advice": (r"wie (?:spreche|rede|erklare|sage|schutze|warne|bereite) (?:ich|wir)",),
    "victim_disclosure:weak": (
        r"(?:ich )?(?:schreibe|schreib|melde)(?: hier| das)? (?:fur|im namen|wegen) (?:meine|meinen|meiner|eine|einen|einer)(?= (?:tochter|sohn|kind|freundin|freund|schwester|bruder))",
        r"(?:sie|er) traut sich nicht(?:,)? (?:selbst|selber)",
        r"(?:sagt|schreibt|droht|meint) (?:ihr|ihm) (?:dass|,)? ?(?:er|sie)",
        r"ich (?:hab|habe) (?:ihm|ihr) (?:schon |bereits )?\d[\d,.]*",
    ),
    "threat_to_expose": (
        r"(?:er|sie|der typ|die person) (?:schickt|verschickt|postet|zeigt|teilt|stellt|ladt|veroffentlicht|verbreitet|schicke|schickte) (?:sie|es|die \w+|das \w+|alles) (?:an|ins|in|auf|online|hoch|herum|rum|rein)",
        r"(?:er|sie) (?:ladt|stellt) (?:sie|es|die \w+|das \w+|alles) (?:hoch|online|ins netz|ins internet)",
        r"droht (?:jetzt |damit |ihr |ihm )*(?:,)? ?(?:sie|es|die bilder|die fotos|das video|die videos|die aufnahme) (?:an|ins|in|auf|online)",
        r"(?:schick|schicke|stell|stelle|lad|lade|zeig|zeige|poste|post) (?:ich|i) (?:sie|es|die|das|des|eas|s)(?: \w+)? (?:an|ins|in|auf|online|hoch)",
        r"(?:i|ich) (?:stells|stell s|stoi s|stell es|stell des|stell sie) (?:auf|ins|in|online)",
        r"(?:landen|landet|gehen|geht|kommen|kommt|wandern|wandert) (?:die|das|sie|es)?(?: \w+)? ?(?:im|in den|in die|ins|auf) (?:klassenchat|gruppenchat|klassengruppe|netz|internet|insta|instagram|tiktok|onlyfans|pornoseiten?)",
        r"sonst (?:bekommt|bekommen|kriegt|kriegen|sieht|sehen|erfahrt|erfahren)",
        r"(?:und|dann) (?:ich )?(?:losche|losch|loschen) (?:ich )?(?:alles|sie|es|die \w+|alle)",
    ),
    "audience": (
        r"(?:an |in )?(?:seine|seiner|seinen|seinem|ihre|ihrer|ihren|ihrem)(?: (?:ganze|ganzen|gesamte))? (?:schule|klasse|familie|eltern|freunde|freundin|freund|follower|kontakte|arbeit|chef|kollegen|mitschuler|verein|mannschaft)",
        r"(?:dei|deina|deine) (?:freundin|freund|oide|oida|eltern|familie|mama|papa|chef|frau|mann)",
        r"(?:im |in den |den )?klassenchat(?: der \w+)?",
    ),
    "intimate_material:weak": (
        r"(?:die )?(?:sachen|bilder|fotos|videos)(?: die)? ich (?:ihm|ihr|dir) (?:damals )?(?:geschickt|gesendet)",
        r"(?:bilder|fotos|videos|aufnahmen|nacktbilder|nacktfotos|screenshots) von (?:ihr|ihm|meiner tochter|meinem sohn)",
        r"(?:du weisst|du woasst|du wasst|sie wissen)(?: eh| genau| schon| ja)? ?(?:,)? (?:welche|welches|welchen|was ich meine)",
        r"(?:des|das|dein|da) video vo(?:n)? (?:dir|dia)",
        r"(?:unser|unseren|das|den|ein) (?:telefonat|videotelefonat|videocall|videoanruf|anruf|facetime|skype ?call|call|gesprach)(?: mit kamera| per video)? (?:mitgeschnitten|aufgenommen|aufgezeichnet|gefilmt)",
        r"(?:mitgeschnitten|heimlich aufgenommen|heimlich gefilmt)",
        r"(?:ohne shirt|ohne oberteil|ohne was an|ohne kleidung|oben ohne)",
    ),
    "proof_of_possession:weak": (
        r"(?:liegen|liegt) (?:jetzt )?bei mir",
        r"(?:i hob|ich hab|ich habe) (?:des|das|dein|die|noch die|noch das)(?= (?:video|bilder|fotos|aufnahme|aufnahmen))",
        r"(?:hat|hab|habe) (?:sie |es |die \w+ )?noch",
    ),
    "demand_money": (
        # bargaining: a bare amount demanded
        r"(?:gib mir|schick mir|zahl mir|uberweis mir|zahl) \d[\d,.]*",
        r"(?:wenn|falls) (?:er|sie) (?:nicht|net|ned) (?:zahlt|bezahlt|uberweist)",
    ),
    "demand_material": (
        r"(?:wenn|falls) (?:sie|er) (?:ihm |ihr )?(?:nicht|net) (?:mehr|weitere|noch mehr|neue|noch welche) (?:schickt|sendet)",
        r"(?:schickst|schick|sendest) (?:du )?mir (?:\w+ )?(?:noch )?(?:zwei|drei|vier|funf|\d+|mehr|weitere) (?:neue|neuen|weitere|bilder|fotos|videos)",
    ),
    "demand_action": (
        r"(?:die |deine |meine |ihre |seine )?(?:anzeige|strafanzeige|klage|aussage|einstweilige verfugung|kontaktverbot)(?: \w+){0,3}? (?:zuruckziehst|zuruckzieht|zuruckziehe|zuruckzuziehen|zurucknimmst|zurucknimmt|zuruckzunehmen|fallen lasst)",
        r"(?:zuruckziehst|zurucknimmst|zuruckzuziehen|zuruckzunehmen)",
        r"(?:nochmal|noch mal|noch einmal|wieder) mit (?:ihm|ihr|mir) (?:schlafe|schlafst|schlaft|schlafen|ins bett)",
        r"(?:nicht|net) (?:zu|zuruck zu) (?:ihm|ihr|mir) zuruck(?:kommst|kommt|komme|gehst|geht)",
        r"(?:gib|schick|sag|gibst|schickst) (?:mir |du mir )?(?:dein|das|ihr|sein) (?:passwort|kennwort|login)",
    ),
    "deadline": (r"jede stunde (?:ohne (?:antwort|zahlung|reaktion))?",),
}

# Recall round 3 (holdout9): first-person audience, material that goes around,
# outing threats, demands for an action (see en.py).
_CIRCULATION_OUTING_AND_ACTIONS: Entries = {
    "audience:weak": (
        rf"an (?:meine|meinen|meinem|meiner|mein)(?: ganze| ganzen| neue| neuen)? {_KIN}",
        r"(?:meinen|meinem|meiner) (?:kindern|eltern|chef|chefin|arbeitgeber|mann|frau|familie|kollegen|freunden)",
    ),
    "threat_to_expose:weak": (
        r"(?:landen|landet|landen dann|landet dann) (?:in|im|auf|bei)",
        r"(?:kursieren|kursiert|rumgehen|rumgeht|herumgehen|machen die runde|macht die runde|gehen rum|geht rum|gehen herum|geht herum)",
        r"(?:kriegt|kriagt|kriegen|kriagn|bekommt|bekommen|bekamen|bekame|sieht|sehen) (?:die|de|deine|dei|alle|das|es|sie)(?= (?:fotos|bilder|buidl|videos|video|sachen|aufnahmen|nacktbilder))",
        r"(?:dass )?(?:du|sie) (?:schwul|lesbisch|bi|bisexuell|trans|queer) (?:bist|sind)",
    ),
    "demand_action": (
        r"(?:entsperr|entsperre|entsperrst|entblock|entblocke|entblockst) (?:mich|uns)",
        r"(?:losch|losche|loscht|loschst|nimm|entfern|entferne) (?:deinen|deine|dein|den|die|das) (?:post|beitrag|bewertung|kommentar|video|rezension|thread)",
        r"(?:meinen|deinen|seinen|den|ihren) (?:post|beitrag|kommentar|bewertung)(?: uber (?:ihn|sie|mich))? (?:nicht )?(?:losche|loschst|loscht|losch|zuruckziehe|zuruckziehst)",
        r"(?:gib|gibst) (?:mir )?(?:deinen|dein|deine) (?:account|konto|zugang|insta|passwort|login)",
        r"(?:komm|kommst|kommen) allein|allein kommen|(?:wir treffen uns|triff mich|treffen wir uns)(?= (?:am|um|heute|morgen|samstag|sonntag|montag|freitag|allein|beim|im))",
        r"(?:erzahl|erzahlst|sag|sagst) (?:das |es |davon )?(?:keinem|niemandem|keiner)",
    ),
}

# Recall round 4 (see en.py): denials of a joke, the police in a threat's
# condition, implied material, the writer's own online audience.
_JOKES_DENIED_POLICE_AND_HINTS: Entries = {
    "demand_action:weak": (
        r"(?:mach|machst|schreib|schreibst) (?:du )?(?:mir )?(?:meine|die) (?:hausaufgaben|hausi|hausaufgabe|referat|hausarbeit)",
        r"(?:gib|schick) (?:mir )?(?:morgen |heute |jetzt )?(?:deine|die) (?:losungen|antworten|hausaufgaben)",
        r"lass mich (?:deine|die) (?:hausaufgaben|losungen|antworten) abschreiben",
    ),
    "threat_to_expose:weak": (
        r"stell dir vor (?:wenn |dass )?(?:die ganze \w+|deine ganze \w+|alle|deine \w+) (?:das |die )?(?:sieht|sehen|sehen wurden|sahe|erfahrt|erfahren)",
    ),
    "not_a_joke": (
        r"(?:das ist |das war |ist )?(?:kein witz|kein scherz|kein spass)",
        r"ich (?:mein|meine|meins) (?:das|es) ernst|ich (?:scherze|mache keine witze|mach keine witze)(?: nicht)?|ohne witz",
    ),
    "deadline": (
        r"(?:wenn|falls|sobald) (?:du|ihr) (?:zur|die|der) polizei",
        r"(?:wenn|falls|sobald) (?:du|ihr) mich (?:anzeigst|anzeigt|meldest|meldet)",
    ),
    "intimate_material:weak": (
        r"(?:es ist|das ist|ist) (?:echt |so |sehr )?peinlich",
        r"(?:das|die|ein|einem|einen|eine|einer) (?:video|bild|foto|bilder|fotos|videos|sachen)(?: das| die)? nicht rauskommen (?:darf|durfen|soll|sollen)",
        r"(?:was|etwas) (?:privates|personliches|peinliches|intimes)",
        r"(?:private|privaten|peinliche|peinlichen|personliche|personlichen) (?:sachen|bilder|fotos|videos|dinge)",
        r"(?:bilder|fotos|videos|sachen) die ich (?:nicht hatte schicken sollen|nie hatte schicken sollen|nicht hatte schicken durfen)",
        r"was ich (?:vor der|in der|auf der|vor) (?:cam|kamera|webcam) gemacht (?:hab|habe)",
        r"(?:von damals|aus der zeit) als wir (?:noch )?zusammen waren",
        r"was du mir (?:geschickt|geschickt hast|gesendet|gesendet hast)",
    ),
    "audience:weak": (r"(?:alle )?meine (?:follower|followern|abonnenten)",),
}

# Nameless and implied (holdout11 families, in every language): a disclosure that
# names nothing ("jemand hat Sachen von mir, die niemals rauskommen dürfen", "mehr
# kann ich nicht sagen"), a countdown as the deadline ("noch 3 Tage"), a
# performance on camera as implied material, "wär doch schade, wenn", material
# named by where it was taken ("unter der Dusche"), third-person threats with a
# pronoun object ("droht danach, sie an die Schule zu schicken", "droht, die …
# hochzuladen"), demands for more ("du schickst heute mehr", "wenn ich nicht noch
# mehr schicke") and "sonst schick ich sie rum".
_TO_SPREAD = r"(?:hochzuladen|zu posten|zu schicken|zu verschicken|zu veröffentlichen|zu verbreiten|zu zeigen|weiterzuleiten|zu teilen|online zu stellen|zu stellen|rumzuschicken|herumzuschicken|zu leaken)"
_NAMELESS_AND_IMPLIED: Entries = {
    # a countdown to an event of one's own is everyday, not a deadline
    "everyday_context": (
        r"noch \d+ (?:tage|wochen) bis (?:zum|zur|zu meinem|zu meiner|zu unserem|zu unserer) (?:urlaub|geburtstag|hochzeit|konzert|release|prüfung|abschluss|party|reise|weihnachten|ferien|abi|auftritt|spiel)",
    ),
    "victim_disclosure:weak": (
        r"(?:meine|unsere) tochter(?: \d+)? (?:hat|zeigte) (?:mir|uns)|(?:mein|unser) (?:sohn|kind)(?: \d+)? (?:hat|zeigte) (?:mir|uns)",
        r"(?:jemand|irgendwer|irgendjemand|ein typ|so ein typ|einer|eine person|ein fremder) hat (?:noch )?(?:sachen|dinge|etwas|was|zeug|bilder|fotos|videos|material) (?:von mir|über mich)",
        r"mehr kann ich (?:(?:grad|gerade|jetzt|noch|dazu|hier|leider) )?(?:nicht|net) (?:sagen|schreiben|erzählen)",
        r"ich (?:kann|trau mich|traue mich) (?:(?:grad|gerade|jetzt|noch) )?(?:nicht mehr|nichts mehr|nicht mehr dazu|nicht mehr darüber) (?:sagen|schreiben|erzählen)",
    ),
    "intimate_material:weak": (
        r"(?:niemals|nie|nicht|auf keinen fall) (?:rauskommen|herauskommen|raus kommen|existieren|an die öffentlichkeit kommen|ins netz kommen) (?:dürfen|darf|sollen|soll|sollte|sollten)",
        r"(?:niemand|keiner|nie jemand|niemals jemand) (?:sehen|zu sehen) (?:darf|soll|sollte|dürfen|sollen)",
        r"(?:wollte nie|will nicht|wollte nicht|wollte niemals) dass (?:das |die |es )?(?:jemand|irgendwer|irgendjemand|leute) (?:sieht|sehen|sah)",
        r"was du (?:\w+ ){0,3}vor (?:der|deiner|die) (?:kamera|webcam|cam) (?:gemacht|getrieben|gezeigt) hast",
        r"(?:auftritt|vorstellung|show|performance) vor der (?:kamera|webcam|cam)",
        r"die (?:pics|bilder|fotos|videos|nudes|nacktbilder) die du mir (?:geschickt|gesendet|geschickt hast|gesendet hast)",
        r"(?:ich )?(?:hab|habe) (?:\w+ ){0,5}(?:bilder|fotos|videos|pics|nacktbilder|nudes) geschickt",
    ),
    "intimate_material": (
        r"(?:(?:die|deine|meine|ihre|seine|diese) )?(?:fotos?|bilder|videos?|aufnahmen|clips?) (?:von (?:dir|mir|ihr|ihm) )?unter der dusche",
    ),
    "deadline": (r"(?:tick ?tack|ticktack)",),
    "deadline:weak": (r"(?:nur )?noch \d+ (?:tage|tag|stunden|nächte)",),
    "threat_to_expose:weak": (
        r"(?:wär|wäre|wärs|wär es|wäre es) (?:doch |ja |echt |schon |wirklich )?(?:schade|blöd|dumm|ärgerlich|peinlich) (?:wenn|falls)",
    ),
    "threat_to_expose": (
        rf"(?:droht|drohte|hat gedroht)(?: damit)? (?:die|das|diese)(?: \w+){{0,5}} {_TO_SPREAD}",
        rf"(?:droht|drohte|hat gedroht) (?:danach|jetzt|auch|ihr|ihm)(?: jetzt| damit)? (?:die|sie|es|das|alles|diese)(?: \w+){{0,5}} {_TO_SPREAD}",
        r"(?:schick|schicke|sende|stell|stelle) ich (?:sie|die|es|das|alles) (?:rum|herum|weiter|an alle|rund|online)",
    ),
    "demand_material": (
        r"(?:entweder )?du schickst (?:mir )?(?:(?:heute|heute abend|morgen|jetzt|sofort|noch) )?mehr",
        r"wenn ich (?:ihm |ihr |ihnen )?nicht (?:noch )?mehr (?:schicke|sende|schick)",
    ),
    "demand_action": (
        r"(?:wieder|zurück) zu (?:ihm|ihr|mir) (?:zieht|ziehst|kommt|kommst|zurückkommt|zurückkommst)",
    ),
    "audience": (
        r"(?:deine|deiner) (?:ganze |ganzen )?(?:wg|verbindung|studentenverbindung|burschenschaft)",
    ),
}

_SOMEONE_ELSES_RISK: Entries = {
    # Eltern oder Freunde erzählen von der Verzweiflung des Opfers und seinem Alter.
    "self_harm_risk": (
        r"(?:er|sie) (?:will|mochte|wollte|sagt,? (?:er|sie) will) (?:einfach |nur |einfach nur |nur noch |echt )?(?:sterben|nicht mehr leben|tot sein|nicht mehr da sein)",
        r"will nicht mehr leben",
        r"(?:will|mochte) (?:einfach |nur |einfach nur |nur noch )?(?:sterben|tot sein)",
        r"sich (?:umbringen|das leben nehmen|was antun|etwas antun|ritzen|verletzen)",
    ),
    "minor_indicator": (
        rf"(?:sohn|tochter|kind|junge|madchen|neffe|nichte|bruder|schwester|enkel|enkelin) (?:ist |von |mit )?{_AGE}(?: jahre?n?)?(?![0-9])",
    ),
}


ENTRIES = combine(
    _CORE,
    _REPORTS_COURTS_AND_EXPOSES,
    _ON_SOMEONES_BEHALF_AND_IMPLIED,
    _CIRCULATION_OUTING_AND_ACTIONS,
    _JOKES_DENIED_POLICE_AND_HINTS,
    _NAMELESS_AND_IMPLIED,
    _SOMEONE_ELSES_RISK,
)
