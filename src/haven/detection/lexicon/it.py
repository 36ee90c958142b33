"""Italian."""

# ruff: noqa: E501
from __future__ import annotations

from haven.detection.lexicon.entries import Entries, combine

_MEDIA = r"(?:foto|video|immagini|nudes|screenshot|contenuti|registrazioni?)"
_KIN = (
    r"(?:famiglia|amici|amiche|follower|seguaci|contatti|genitori|madre|padre|mamma|papa|capo|datore di lavoro"
    r"|colleghi|scuola|universita|professori|prof|compagni|compagni di classe|ragazza|ragazzo|moglie|marito"
    r"|fratelli?|sorelle?|parenti|conoscenti|vicini|classe|lista di amici|compagno|compagna"
    r"|squadra|compagni di squadra|allenatore|allenatrice|mister|ufficio|responsabile|risorse umane|hr|societa|azienda"
    r"|club|oratorio|parrocchia|coinquilini|ex|suoceri|clienti|alunni|studenti|sezione|professoressa)"
)
_YOUR = r"(?:a |ai |al |alla )?(?:tutta la tua|tutti i tuoi|tutte le tue|la tua|i tuoi|le tue|il tuo|tua|tuoi|tue|tuo)(?: (?:nuovo|nuova|nuovi))?"
_AGE = r"(?:[5-9]|1[0-7])"

_CORE: Entries = {
    "threat_to_expose": (
        r"(?:ne )?(?:ricevono|riceve|riceveranno|ricevera) una copia",
        r"(?:lo |la |le |li )?(?:mettera|mettero|metto|caricera|pubblichera) (?:\w+ )?online",
        r"(?:ti |le |li |lo |la )?(?:pubblichero|mandero|inviero|condividero|diffondero|mostrero|postero|carichero|spargero|faro girare|mettero online|mettero in rete)",
        r"(?:sto per|posso|voglio|vado a) (?:pubblicare|mandare|inviare|condividere|diffondere|mostrare|postare|caricare)",
        r"(?:o|altrimenti) (?:le |li |lo |la |ti )?(?:pubblico|mando|invio|diffondo|mostro|posto|carico)",
        r"(?:tutti|nessuno) (?:vedranno|sapranno|lo sapranno|lo vedranno|vedra|sapra|vede|riceveranno)",
        r"(?:rovinare|rovinero|distruggere|distruggero|rovino|distruggo) (?:la )?tua (?:vita|reputazione|carriera)",
        r"la tua vita (?:e|sara) (?:finita|rovinata|distrutta)",
        r"(?:diventera virale|diventeranno virali|diventano virali)",
    ),
    "threat_to_expose:weak": (
        r"(?:condivido|condividero)(?= (?:il|la|le|i|tutto|quell))",
        r"creo un gruppo",
        r"(?:giro|girero|inoltro)(?= (?:quelli|quelle|le|i|tutto))",
        r"(?:pubblicare|diffondere|divulgare|postare|sputtanare|sputtanarti|virale|virali)",
        r"(?:va|vanno|finisce|finiscono|arriva|arrivano) (?:dritto |dritte |direttamente )?(?:a|ai|al|alla|nel|nella|sui|online)",
        r"(?:riceve|ricevono|ricevera|riceveranno|vede|vedono|vedra|vedranno|le avra|avra)(?= (?:tutto|tutte|tutti|il|la|le|i|tua|tue|tuoi))",
        r"(?:lo|la|le|li|ti) (?:pubblico|mando|invio|carico|posto|diffondo|mostro)",
        r"(?:carico|pubblico|posto|mando|diffondo)(?= (?:il|la|le|i|tutto|tue|tuoi|subito))",
        # third-person threats as a victim reports them, and offers to delete
        r"(?:resta|rimane|restera|rimarra) (?:tutto )?tra (?:noi|me e te)",
        r"(?:cancello|elimino|cancellero|eliminero) (?:tutto|il video|le foto|i video)",
        r"(?:mandera|pubblichera|mostrera|inviera|diffondera|condividera|girera|postera)",
        r"(?:vuole|vogliono) (?:mandare|pubblicare|mostrare|inviare|diffondere|condividere|postare)",
        r"(?:faro|fara|faranno|faccio|facciamo) (?:vedere|girare)",
        r"(?:ricevono|riceve|ricevera|riceveranno) (?:una |la |un )?(?:mail|email|messaggio|link) con",
        r"con (?:il tuo )?nome e cognome|con il tuo nome (?:completo|vero)",
        r"nessuno (?:deve|dovra|ha bisogno di|ha bisogno di) saper(?:lo|e niente|e nulla)",
        r"nessuno (?:lo sapra|sapra niente|sapra nulla|vedra niente|vedra nulla)",
    ),
    "intimate_material": (
        rf"{_MEDIA} (?:intime|intimi|nud[oeai]|sessuali|esplicit[eia]|compromettenti|ose|hard)",
        r"nudes?",
        r"(?:te|ti) (?:nud[oa]|svestit[oa])",
        r"(?:nud[oa]|svestit[oa]|ti masturbi|masturbarti)",
        r"momenti (?:piu )?(?:intimi|privati)",
        r"(?:senza (?:vestiti|niente addosso)|nud[ie] fals[ie]|foto nude false)",
    ),
    "intimate_material:weak": (
        # in warnings: material obtained from others ("ottiene foto")
        r"(?:ottiene|ha ottenuto|si fa mandare|si fa inviare|raccoglie|estorce) (?:foto|video|nudes|immagini)",
        r"(?:e|e stata|e stato) (?:registrat|ripres)[oa]",
        r"ci ha (?:filmat|registrat|ripres)[oi]",
        r"il primo",
        rf"(?:le tue|i tuoi|queste|quelle|le|le mie|i miei|tue|tuoi|il tuo|il|i nostri|le nostre) {_MEDIA}",
        rf"{_MEDIA} (?:private|privati|piccanti|hot|sexy|di te|tue|tuoi)",
        rf"(?:{_MEDIA}|tutto) che mi hai (?:mandato|inviato|mandate|inviate)",
        r"(?:quelle che ho|quelli che ho)",
        r"(?:ti ho registrat[oa]|ti ho ripres[oa]|mi hanno ripreso|mi hanno registrato|mi ha ripreso|mi ha registrato)",
        r"(?:dalla|con la|tramite la) (?:tua|mia) (?:webcam|telecamera)",
        r"(?:siti|video) (?:per adulti|porno\w*)",
        r"porno\w*",
        r"(?:foto|video|immagini|nudes|quelle|quelli) che (?:gli |le |ti )?(?:ho mandato|ho inviato|ho mandate|ho inviate|avevo mandato|avevo inviato)",
        r"(?:ha registrato|hanno registrato|ha filmato|ha salvato|registrato) (?:la nostra|la|la mia) (?:videochiamata|chiamata|videochat)",
        r"(?:gli |le )?ho (?:mandato|inviato) (?:un |dei |delle |le mie |alcune )?(?:video|foto|nudes)",
        r"(?:foto|video|immagini) (?:mie|miei|di me)",
        r"(?:registra|registrano|ha registrato|filma|filmano) (?:le |la |delle )?(?:videochiamate|videochiamata|chiamate)",
        # deepfakes made from ordinary photos
        r"con (?:la tua faccia|il tuo viso|il tuo volto)",
        r"(?:la tua faccia|il tuo viso|il tuo volto) (?:su|sopra|in)",
        r"(?:dalle|con le|partendo dalle) tue foto(?: (?:profilo|del profilo|di instagram))?",
        r"(?:fotomontaggio|fotomontaggi|ritoccat[oaie]|generat[oaie] con (?:l )?ia|fatt[oaie] con (?:l )?ia|con l intelligenza artificiale)",
        r"(?:sembra|sembrano) (?:proprio |davvero |molto |super )?(?:vera|vere|vero|veri|reale|reali)",
    ),
    "audience": (
        rf"{_YOUR} {_KIN}",
        r"(?:tutti quelli che conosci|tutti i tuoi contatti|tutta la scuola|tutto internet)",
        r"(?:su|nei|sui) siti (?:porno|per adulti)",
        r"(?:ogni|ciascun) contatto",
        r"(?:il gruppo|la chat) della (?:tua )?(?:classe|scuola|famiglia)",
        r"(?:in|nel tuo|al tuo|all) ufficio",
        r"(?:a )?tutta la (?:classe|scuola|squadra|famiglia|azienda|sezione|palestra|parrocchia)",
        r"(?:all ufficio del personale|(?:alle )?risorse umane)",
    ),
    "demand_money": (
        r"(?:paga|pagami|p4ga|versa|versami|bonifica)(?= (?:mi|i soldi|\d|€|subito|ora|adesso|entro|o|in|con|tramite))",
        r"(?:mandami|inviami) (?:i soldi|\d[\d,.]*|€ ?[\d,.]*)",
        r"(?:riscatto|bonifico|ricarica|carte regalo|carta regalo|postepay|buoni regalo|buono regalo)",
        r"quanto (?:puoi|riesci a) pagare",
        r"(?:buoni|buono|carta|carte|codice|codici) (?:regalo )?(?:amazon|google play|steam|itunes|apple|paysafecard)",
        r"(?:al |sul )?(?:wallet|portafoglio) (?:qui sotto|che ti ho (?:mandato|dato))",
    ),
    "demand_money:weak": (
        r"(?:soldi|denaro|pagare|paghi|grana|sacchi)",
        # bargaining: part now, the rest later
        r"il resto (?:la settimana prossima|settimana prossima|domani|dopo|venerdi|lunedi)",
    ),
    "demand_material": (
        r"(?:video|foto) nuov[ie]",
        rf"(?:manda|mandami|invia|inviami) (?:mi )?(?:altre|altri|un altra|un altro|ancora|nuove|nuovi|piu|altre due|\d+ altre)(?: {_MEDIA})?",
        rf"(?:voglio|mi servono) (?:altre|altri|nuove|nuovi|piu) {_MEDIA}",
        rf"(?:altre|altri|piu) {_MEDIA}",
        r"(?:chiede|chiedono|chiedendo) (?:foto|nudes|video|immagini)",
        r"(?:gliene mandi|mandarne) altr[ie]",
        # more material, demanded as a routine or under a clock
        r"(?:mandarmi|inviarmi|mandarmene) (?:un altro|un altra|altre|altri|ancora|nuove|nuovi|piu|subito)",
        r"(?:se )?smetti di (?:mandarmi|inviarmi|mandarmele)",
        r"non smettere di (?:mandarmi|inviarmi)",
        r"continua a (?:mandarmi|inviarmi|mandarmele)",
        r"(?:uno|una|un) (?:nuovo |nuova |altro |altra )?(?:foto |video )?ogni (?:sera|giorno|notte|mattina|settimana)",
        r"ogni (?:sera|giorno|notte|mattina) (?:uno|una|un) (?:nuovo|nuova|altro|altra)",
        r"un altro (?:video|foto) (?:tra|fra|entro) (?:\d+|un ora)",
    ),
    "demand_action": (
        r"(?:fai|fa) (?:quello che|tutto quello che|esattamente quello che|cio che) (?:ti )?(?:dico|chiedo|voglio)",
        r"(?:resta|rimani) online",
        r"non (?:mi )?(?:bloccare|ignorare|segnalare)",
        r"non (?:dirlo|dire niente|dire nulla|raccontarlo|parlarne) a nessuno",
        r"(?:rispondi|rispondimi)(?: subito| ora| adesso)?",
        r"videochiamata",
        r"(?:cancella|elimina) (?:il )?tuo (?:account|profilo)",
        r"(?:niente polizia|non andare alla polizia)",
        r"(?:se non torni|torna con me|torni con me|non torno con)",
        r"(?:resta|rimani|resti|rimani) con me",
        r"(?:resta|rimani|resti) (?:con me )?e nessuno",
    ),
    "deadline": (
        r"se vai offline",
        r"se mi (?:blocchi|ignori|segnali|lasci|molli|tradisci|scarichi)",
        r"se (?:chiudi|rompi|la fai finita) con me",
        r"entro (?:lunedi|martedi|mercoledi|giovedi|sabato|domenica|domattina|domani mattina|stanotte|mezzogiorno|le \d+)",
        r"(?:entro|hai|nelle prossime|tra|fra|hai solo|hai ancora) \d+ ?(?:h|ore|ora|minuti|min|giorni)",
        r"(?:altrimenti|ultima (?:possibilita|occasione)|ultimo avviso|il tempo sta scadendo|il tempo stringe|entro stasera|entro domani|entro mezzanotte|entro venerdi)",
    ),
    "deadline:weak": (
        r"(?:subito|immediatamente|in fretta)",
        r"(?:se non|a meno che)",
        r"o(?= (?:tutta|tutto|tutti|le|la|il|i|tua|tuo|tuoi|tue|lo|li|ti|quelle)(?![a-z0-9]))",
    ),
    "proof_of_possession": (
        r"ho (?:salvato|conservato) tutto",
        r"(?:guarda|vedi) (?:cosa|che cosa) ho",
        r"ho(?= (?:le tue|i tuoi|tutte le tue|tutti i tuoi|la lista))",
        r"ho (?:un|il|delle|le) (?:video|foto|registrazione|immagini)(?= (?:di te|dei tuoi|tue|tuoi))",
        r"(?:collage|montaggio)",
        r"lista(?= (?:dei|di tutti i) tuoi )",
        r"(?:hackerato|infettato|accesso al?) (?:il )?(?:tuo|tua)",
        r"(?:installato) (?:un )?(?:malware|virus|trojan|spyware)",
        r"(?:ecco|ti mando) (?:un |una )?(?:assaggio|prova|anteprima|campione)",
        r"so dove (?:abiti|lavori|studi|vai a scuola)",
        r"so (?:in che (?:classe|scuola|sezione) (?:sei|vai)|il tuo nome (?:e cognome|completo|vero)|chi sei)",
        r"ho (?:gia )?(?:i )?(?:numeri|contatti|indirizzi) (?:di|dei|delle|del|della)",
        r"ho gia i (?:numeri|contatti)",
    ),
    "proof_of_possession:weak": (
        r"(?:screenshot|prova|assaggio)",
        r"ho(?= (?:tutte le|tutti i|il video|le foto|tutto))",
    ),
    "victim_disclosure": (
        r"(?:diffondere|pubblicare|mandare|inviare|diffondera|pubblichera|mandera) (?:le mie|i miei)",
        r"mi (?:sta|stanno) (?:ricattando|estorcendo|minacciando)",
        r"mi (?:ricatta|ricattano|minaccia|minacciano|ha minacciat[oa]) (?:di|che|perche)",
        r"minaccia(?:no|ndo|to)? di (?:pubblicare|mandare|inviare|diffondere|condividere|mostrare|postare) (?:le mie|i miei|la mia|il mio|i nostri|le nostre)",
        r"sono vittima di (?:sextortion|ricatto|estorsione)",
        r"(?:ha|hanno) (?:le mie|i miei|i nostri|le nostre)(?= (?:foto|video|nudes|immagini))",
        r"mi (?:chiede|chiedono|ha chiesto|pretende|vuole)(?= (?:soldi|\d|€|altre foto|altri video|denaro))",
        r"(?:gli|le) ho (?:mandato|inviato) (?:delle |le mie |alcune )?(?:foto|video|nudes)",
        r"ho (?:mandato|inviato) (?:delle |le mie |alcune )?(?:foto|video|nudes) (?:a|ad)",
        r"(?:le mie|i miei) (?:foto|video|nudes) (?:saranno|verranno|finiranno) (?:pubblicat|diffus|condivis|online)\w*",
        r"mi (?:ricatta|ricattano|minaccia|minacciano) con",
        r"(?:sono|vengo|sono stat[oa]) (?:ricattat[oa]|estort[oa]|minacciat[oa])",
    ),
    "victim_disclosure:weak": (
        r"dice che (?:lo|la|le|li|mandera|pubblichera|mettera)",
        r"se (?:lo|la) lascio",
        r"(?:cosa (?:devo|posso) fare|che faccio|aiutatemi|aiutami|ho (?:tanta |molta )?paura|sono disperat[oa]|che vergogna)",
        r"ho (?:gia )?pagato",
        r"(?:pretende|pretendono|chiede|chiedono|vuole|vogliono) (?:soldi|denaro|\d+|bitcoin|carte|altri|altre)",
        r"minaccia(?:no|ndo|to)? di",
        r"(?:arrivata|ricevuto) (?:una|un) (?:mail|email|messaggio)",
        r"devo pagare",
        r"dicono che (?:manderanno|pubblicheranno|invieranno)",
        r"se non (?:gli |le )?(?:pago|mando|invio|do|torno)",
        r"(?:ha detto|mi ha detto|dice|dicono) che (?:le |li |lo |la )?(?:mandera|pubblichera|mostrera|mettera|inviera|diffondera)",
        r"vuole che (?:torni|gli mandi|le mandi|paghi|gli dia|le dia)",
        r"dice che (?:fara|faranno) (?:vedere|girare)",
        # first-person help-seeking, also when asking moderators
        r"(?:i )?(?:mod|moderatori|admin) (?:possono|potrebbero) (?:fare qualcosa|aiutarmi|fare niente)",
        r"(?:devo|dovrei) (?:andare|rivolgermi) (?:\w+ )?(?:alla|dalla) polizia",
        r"(?:devo|dovrei) (?:denunciare|fare denuncia|sporgere denuncia)",
        r"non so (?:a chi|con chi) (?:parlarne|rivolgermi|chiedere|dirlo)",
        r"mi vergogno",
    ),
    "third_party_warning": (
        r"(?:attenzione|occhio a|state attenti|fate attenzione|allerta)",
        r"non (?:accettate|rispondete|seguite)",
        r"(?:bloccate|segnalate) (?:e (?:segnalate|bloccate) )?(?:questo|quest|l|il) ?(?:account|profilo|utente)",
        r"(?:minacciando|truffando|contattando|molestando) (?:persone|utenti|ragazzi|ragazze|minori|giovani|molti|diversi|altri)",
        r"occhio (?:a|al|all|alla|allo|ai|agli)",
        r"(?:segnalatel[oaei]|bloccatel[oaei])",
    ),
    "named_account": (
        r"(?:questo|quest|un|l|quell) ?(?:account|profilo|utente) (?:chiamato|di nome|che si chiama|ha)",
    ),
    "extortion_term": (r"sextortion", r"ricatt\w*", r"estors\w*", r"estorc\w*"),
    "self_harm_risk": (
        r"(?:voglio (?:solo |solamente |davvero |soltanto )?morire|vorrei (?:solo )?morire|uccidermi|ammazzarmi|togliermi la vita|farla finita|farmi del male|non voglio piu vivere|non ho piu voglia di vivere|non ce la faccio piu|suicidarmi|preferirei (?:morire|essere morto|essere morta)|meglio senza di me|nessun motivo per vivere)",
    ),
    "self_harm_risk:weak": (r"suicid\w*",),
    "minor_indicator": (
        rf"(?:ho|ha|compio|di) {_AGE} anni",
        rf"{_AGE} anni",
        r"(?:prima|seconda|terza) media|(?:alle|in|faccio le) medie|al liceo|(?:primo|secondo|terzo|quarto|quinto) (?:anno di )?liceo",
        r"(?:prima|seconda|terza|quarta|quinta) (?:superiore|liceo|itis)|alle superiori|all (?:itis|istituto tecnico|alberghiero)",
        r"(?:minorenne|minorenni)",
    ),
    "minor_indicator:weak": (r"(?:adolescente|liceale|la mia scuola)",),
    "news_or_advice": (
        # una minaccia tipica citata come esempio, avvisi scolastici e legali (precisione, 3º giro)
        r"(?:messaggi|dm|minacce|email) (?:come|del tipo|che dicono)",
        r"(?:punito dalla legge|punita dalla legge|codice penale|e reato|costituisce reato|anni di reclusione|promemoria legale)",
        r"(?:gentili famiglie|cari genitori|gli studenti|tutti gli studenti|l assemblea|il nostro ospite|la nostra ospite|incontro sul|la scuola organizza)",
        r"(?:non finirai nei guai|nessuno finira nei guai|non e colpa tua)",
        r"(?:conserva|conservate|salva) (?:i messaggi|le prove|gli screenshot)",
        r"(?:la vittima|l autore|il colpevole) (?:e|ha detto|dice|racconta)",
        r"(?:un|una) (?:utente|studente|studentessa|membro) (?:segnala|ha segnalato|dice|racconta) che",
        r"(?:la polizia|la polizia postale|i carabinieri|le autorita|gli esperti|la procura) (?:avverte|avvisa|mette in guardia|segnala|ha arrestato|consiglia|raccomanda)",
        r"(?:secondo(?= (?:la|il|lo|gli|le|i|l|un|una|uno|dati|esperti|fonti|quanto|recenti|gli esperti|polizia|istat))|uno studio|un rapporto|i casi di|in aumento|aumento dei|sempre piu)",
        r"se (?:qualcuno|uno sconosciuto) (?:ti )?(?:minaccia|chiede|ricatta)",
        r"(?:non pagate|non pagare mai|mai pagare|non pagare)",
        r"(?:consigli|come (?:proteggersi|difendersi|reagire|denunciare)|cosa fare se|vittime|truffatori|criminali|i giovani|adolescenti|campagna|articolo|arrestato|condannato)",
    ),
    "policy_discussion": (
        # domande di moderazione e ipotesi (precisione, 3º giro)
        r"(?:domanda ipotetica|ipoteticamente|in teoria|e se qualcuno|supponiamo che|domanda per (?:gli admin|i mod|i moderatori))",
        r"(?:e da ban|da bannare|una segnalazione|l account segnalato|nuova regola|sospensione permanente|filtrare i (?:dm|messaggi))",
        r"(?:qualsiasi|ogni|qualunque) (?:account|utente|persona|profilo) che",
        r"(?:verra|sara) (?:sospes|bannat|rimoss|bloccat)[oa]",
        r"(?:bozza di regola|proposta di regola)",
        r"(?:il nostro|la nostra|il|la|le) (?:regole|regola|policy|moderazione|regolamento|sistema di avvertimenti)",
        r"(?:moderatori|moderatrici|mod|admin) (?:devono|dovrebbero|possono|gestiscono)",
        r"(?:dovremmo|dobbiamo|andrebbe) (?:bannare|sospendere|bloccare|bannato)",
        r"(?:bannare|bannato|vietato|regola \d+|motivo di ban)",
    ),
    "policy_discussion:weak": (
        r"(?:il nostro|questo) (?:server|istanza)(?<!su questo server)(?<!in questo server)(?<!di questo server)",
    ),
    "fiction": (
        # narrazione intorno a una minaccia citata, riassunti (precisione, 3º giro)
        r"(?:l ispettore|l ispettrice|il commissario|la commissaria|il detective|l eroina|l eroe|il narratore|l assassino)",
        r"(?:sospiro|sussurro|mormoro|aggrotto la fronte|alzo le spalle|deglutì)",
        r"il messaggio (?:sul (?:telefono|cellulare|display) )?recitava",
        r"(?:riassunto della puntata|la puntata di ieri|recap|colpo di scena|spoiler|nel romanzo|il giallo|la serie|un documentario|la trama)",
        r"(?:capitolo|romanzo|racconto|fanfic|trama|personaggio|cattivo|protagonista|episodio|stagione|il film|il libro|nel film|nel libro|sceneggiatura|serie)",
    ),
    "third_party_warning:weak": (
        r"avviso(?<!senza avviso)",
        r"(?:lo |la )?(?:stesso|stessa) (?:copione|messaggio|truffa|schema|trucco)",
    ),
    # La vita di tutti i giorni: foto di un'occasione comune, soldi per qualcosa di
    # comune, un rimborso ("le foto di classe", "metà dell'affitto").
    "everyday_context": (
        r"(?:(?:le tue|i tuoi|queste|quelle|questi|quei|le|le mie|i miei|tue|tuoi|il tuo|il|i nostri|le nostre|i|gli|delle|dei|la|una|un) )?(?:foto|video|immagini) (?:di classe|della classe|del viaggio|di viaggio|delle vacanze|di vacanza|del matrimonio|di matrimonio|della festa|del compleanno|di compleanno|del concerto|da bambino|da bambina|del bambino|della bambina|della spiaggia|di natale|della laurea|della gita|del karaoke|dell appartamento|della casa)",
        r"(?:del|della|delle|dal|dalla|dalle|al|alla|durante il|durante la|durante le) (?:viaggio|festa|matrimonio|compleanno|concerto|vacanze|spiaggia|laurea|gita|grigliata|festival|partita|appartamento)",
        r"(?:la )?meta (?:del|dell|della|delle|dei) (?:affitto|hotel|albergo|bolletta|bollette|cauzione|cena|pranzo|biglietti|viaggio|pizza|benzina|conto)",
        r"(?:il|al|dal|del|il mio|il nostro|il suo|la|alla|dalla|della|la mia) (?:padrone di casa|padrona di casa|proprietario di casa)",
        r"(?:per l|per la|per il|per i|per le) (?:hotel|albergo|camera|cena|pranzo|biglietti|biglietto|pizza)",
        r"(?:restituire|restituisca|restituiscano|ridare|ridammi|ridarmi|rendere|rendimi) (?:i miei|i nostri|il mio) (?:soldi|denaro)|(?:i miei|i nostri) soldi indietro|rimbors\w*",
        r"(?:questo|questa|quel|quella|quest) (?:negozio|azienda|ristorante|venditore|venditrice|albergo|hotel|marchio)",
    ),
    "banter": (
        r"(?:sto scherzando|stavo scherzando|scherzavo|per scherzo|e uno scherzo|era uno scherzo)(?<!non sto scherzando)(?<!non stavo scherzando)(?<!non scherzavo)(?<!non e uno scherzo)(?<!non era uno scherzo)",
    ),
    "banter:weak": (r"(?:ahah|ahahah|ahahahah|haha|hahaha|lol|ahaha)",),
    # Material named as something not intimate: company data, a councillor's lies,
    # a debt, a pet, a filmed breakfast, house photos, a photographer's invoice.
    # Context shielded only by material intimate by itself (scoring).
    "not_intimate": (
        r"ti ho (?:filmato|filmata|visto|vista|registrato|registrata) (?:mentre mangiavi|mentre ballavi|mentre cantavi|mentre cucinavi|mentre dormivi|mangiare|ballare|cantare)",
        r"(?:dati (?:dei|dei vostri|dei suoi) clienti|dati aziendali|database clienti|dichiarazion[ei] dei redditi|documenti fiscali|ransomware|\d+ ?(?:gb|tb) di)",
        r"(?:bugie|corruzione|il sindaco|la sindaca|consigliere comunale|consigliera comunale|deputato|deputata|ministro|ministra|il bilancio)",
        r"(?:mi deve dei soldi|mi deve \d+|prestito mai restituito)",
        r"(?:il mio|la mia|il nostro|la nostra|il tuo|la tua) (?:gatto|gatta|cane|criceto|pappagallo|coniglio)",
        r"(?:crocchette|in pigiama|cereali|portare fuori la spazzatura|calzini e sandali|pasta fredda|scommessa|ha perso una scommessa)",
        r"foto (?:della casa|dell appartamento|del gatto|del cane)|l agente immobiliare|l agenzia immobiliare",
        r"(?:la fattura|la galleria|le stampe|il servizio fotografico|il servizio boudoir|come da contratto|come d accordo|il saldo)",
    ),
}

# Precision round 4: reports, courts and "exposing" threads (combined into ENTRIES at the end).
_REPORTS_COURTS_AND_EXPOSES: Entries = {
    # Un caso raccontato come la segnalazione di un altro, generica o pubblica
    # (scoring: una confessione citata dentro non la protegge). "Un membro ha
    # appena segnalato che @x …" è un caso preciso e non sta qui.
    "report_framing": (
        r"(?:quando|se) (?:una|la) (?:segnalazione|denuncia) (?:dice|riporta|contiene|e solo)",
        r"(?:segnalazioni|denunce|report|ticket) (?:come|del tipo|che dicono|in cui|dove)",
        r"una segnalazione (?:che dice|in cui|del tipo|tipo)",
        r"(?:quando|se) (?:qualcuno|un utente|un utentessa|una utente|un membro|una vittima|la vittima) (?:segnala|scrive|denuncia|riporta)",
        r"(?:condannat[oa] a \w+ anni|anni di reclusione|anni di carcere|il tribunale di|il gip|il pm|agli atti|comunicato stampa)",
    ),
    "news_or_advice": (
        r"(?:si fingono|gli agenti|le indagini|accusato di|accusata di|il tribunale|condannato)",
        r"come (?:parlare|affrontare|spiegare) (?:di |della |del )?(?:sextortion|sicurezza online)|(?:il )?suo primo (?:telefono|cellulare|smartphone)",
    ),
    "policy_discussion": (
        r"(?:comporta|comportera|porta a|portera a) (?:la |una |il )?(?:sospensione|espulsione|ban)",
        r"senza (?:il )?consenso",
        r"(?:domanda per la moderazione|domanda per i moderatori|domanda per gli admin|regole del server|regole dell istanza|linee guida)",
    ),
    "proof_of_possession": (
        r"(?:il tuo|tuo) account (?:e stato|risulta) (?:violato|hackerato|compromesso)",
    ),
    "fiction": (
        r"(?:colpo di scena|la puntata di (?:ieri|stasera|oggi)|ieri sera (?:la puntata|l episodio)|gli sceneggiatori|il finale|la serie)",
    ),
    "not_intimate": (
        r"(?:questo|questa|quel|quella) (?:presunto |presunta |finto |finta |sedicente )?(?:coach|influencer|guru)",
        r"(?:crypto|cripto|life|business|trading) coach",
        r"(?:la sua|sua|nella sua|sue|le sue) (?:diretta|dirette|live|stream|corso|corsi|pdf|podcast)",
        r"(?:compra follower|comprato follower|follower comprati|recensioni (?:false|negative)|testimonianze false)",
        r"minaccia(?:to)? di (?:querelarmi|denunciarmi|farmi causa)",
        r"(?:ufficiale giudiziario|pignoramento|sollecito di pagamento|recupero crediti|importo insoluto|decreto ingiuntivo)",
        r"foto (?:della|dell|delle|del) (?:casa|appartamento|cucina|bagno|camera|camere|stanza|stanze|villa|immobile|soggiorno)|la caparra",
        r"al karaoke|(?:video|foto) (?:tuo|tua|di te) (?:che canti|che balli|mentre canti|mentre balli|che dormi|che russi)",
    ),
    "everyday_context": (
        r"(?:mi|ci) (?:paghi|offri|compri) (?:un|una|la|il) (?:kebab|pizza|caffe|birra|aperitivo|spritz|panino|gelato)",
    ),
}

# Recall round 2 (holdout7 and holdout8), added as new entries only: disclosures
# written on someone's behalf with the threat in the third person ("le manda al
# nuovo ragazzo"), implied material ("pezzi di quella chiamata", "sai quale"),
# demands for an action (ritirare la denuncia, tornare da lui), Roman forms
# ("er video tuo ce l'ho io", "la vede pure tua madre"), bargaining.
_ON_SOMEONES_BEHALF_AND_IMPLIED: Entries = {
    # a parent asking how to talk about it is advice, not an incident
    "news_or_advice": (
        r"come (?:gli|le) (?:parlo|spiego)|come (?:parlare|spiegare|proteggere|affrontare)(?: con| di| a)",
    ),
    "victim_disclosure:weak": (
        r"(?:scrivo|segnalo|ti scrivo|vi scrivo) (?:per|a nome di|da parte di) (?:mia|mio|una mia|un mio|una|un)(?= (?:figlia|figlio|amica|amico|ragazza|ragazzo|sorella|fratello|nipote))",
        r"(?:che )?non se la sente(?: di scrivere)?",
        r"(?:le|gli) ha detto che",
        r"(?:le|gli) ho (?:gia )?(?:dato|mandato|pagato|versato) \d[\d,.]*",
    ),
    "threat_to_expose": (
        r"(?:le|li|lo|la) (?:manda|mandera|pubblica|pubblichera|posta|postera|fa vedere|fara vedere|mostra|mostrera|gira|girera|invia|inviera|spedisce) (?:a|al|alla|ai|alle|all|su|in|online|pure|anche)",
        r"(?:senno|sennò|altrimenti|se no) (?:lo|la|le|li) (?:manda|mando|pubblica|pubblico|posta|posto|fa vedere|faccio vedere|mostra|mostro|gira|giro|invia|invio)",
        r"(?:lo|la|le|li) (?:vede|vedono|vedra|vedranno|ricevera|riceveranno|riceve|ricevono) (?:pure|anche|tutta|tutto|tutti|tua|tuo|i tuoi|la tua|il tuo)",
        r"(?:finiscono|finisce|finiranno|finira|vanno|andranno) (?:su|in|online|sui|nei|nel|nella) (?:un sito|internet|rete|siti|gruppi|gruppo|chat|social|instagram|telegram|onlyfans)",
        r"(?:e|poi) (?:io )?(?:cancello|elimino|cancellero|eliminero) (?:tutto|tutte|tutti|le \w+|i \w+)",
        r"(?:paghi|pagate|paga) e (?:tutto|sparisce|spariscono|le|li) (?:sparisce|spariscono|cancello)?",
    ),
    "audience": (
        r"(?:al|alla|ai|alle|a) (?:suo |sua |suoi |sue )?(?:nuovo ragazzo|nuova ragazza|nuovo fidanzato|nuova fidanzata)",
        r"(?:al|alla|ai|alle) (?:suo|sua|suoi|sue) (?:ragazzo|ragazza|fidanzato|fidanzata|genitori|famiglia|scuola|classe|amici|moglie|marito|colleghi|capo|compagni)",
        r"a (?:mia moglie|mio marito|mia fidanzata|mio fidanzato|mio capo)",
        r"(?:tutta|tutto) la (?:palestra|scuola|classe|squadra|famiglia|compagnia)",
    ),
    "intimate_material:weak": (
        r"(?:pezzi|parti|spezzoni|pezzetti|screenshot|registrazioni|la registrazione) (?:di|della|dalla) (?:quella|nostra|la|una) (?:chiamata|videochiamata|call)",
        r"(?:le )?foto di quando (?:stavamo|stavano|eravamo|erano|stavate) insieme",
        r"(?:le foto|i video|quello|quelle|tutto quello|le cose) che (?:mi|gli|le|ti) (?:mandavi|mandavo|mandava|hai mandato|ho mandato|ha mandato|inviavi|inviavo)",
        r"(?:er|il|quel) video tuo",
        r"(?:sai|lo sai|sapete|sai benissimo|sai bene) (?:benissimo |bene |gia )?(?:quale|quali|di cosa parlo|cosa intendo)",
        r"ci siamo (?:sentiti|visti) in (?:video|videochiamata)",
    ),
    "proof_of_possession:weak": (
        r"(?:ce l ho|c ho|ce l ho ancora|ce l ho io|ha ancora)(?= (?:io|ancora|le|i|la|il|altri|tutto))",
        r"ce l ho (?:io|ancora)",
    ),
    "demand_money": (
        # bargaining: a bare amount demanded
        r"(?:dammi|dacci|mandami|passami|pagami) \d[\d,.]*",
        r"(?:me|mi) (?:dai|dà|da|mandi|passi) \d[\d,.]*",
    ),
    "demand_action": (
        r"(?:ritiri|ritira|ritirare|ritirate|ritirasse) (?:la|tua|sua|mia) (?:denuncia|querela|segnalazione)",
        r"(?:torna|tornare|torni|ritorna|ritorni|tornasse) (?:con|da) (?:lui|lei|me)",
        r"(?:dammi|mandami|passami|dimmi|mi dai|mi passi|mi mandi) (?:la tua |la )?password",
    ),
    "deadline": (
        r"(?:rivolgersi|andare|chiamare|contattare) (?:alla|la) polizia non (?:servira|serve)(?: a nulla| a niente)?",
    ),
    "proof_of_possession": (
        r"(?:il tuo|tuo) (?:dispositivo|account|computer|telefono|pc|cellulare) e stato (?:violato|hackerato|compromesso)",
    ),
}

# Recall round 3 (holdout9): first-person audience, material that goes around,
# outing threats, demands for an action (see en.py).
_CIRCULATION_OUTING_AND_ACTIONS: Entries = {
    "threat_to_expose:weak": (
        r"(?:girano|gira|girera|gireranno|circolano|circola|circoleranno|finiscono|finisce|finiranno|finira) (?:per|su|in|nel|nella|nei|sul|sulla|sui|tra|ovunque|dappertutto)",
        r"(?:che )?(?:sei|tu sei) (?:gay|lesbica|bi|bisessuale|trans|frocio)",
        r"ti vedi con (?:uomini|donne|ragazzi|ragazze|un uomo|una donna)",
    ),
    "demand_action": (
        r"sbloccami|(?:sblocca|sblocchi) (?:me|il mio)",
        r"(?:cancella|cancelli|elimina|elimini|togli|ritira|ritiri|rimuovi) (?:il tuo|la tua|i tuoi|le tue|quel|quella|quello|il|la) (?:post|recensione|commento|video|storia|candidatura|denuncia)",
        r"(?:dammi|passami|mi dai|mi passi) (?:il tuo|la tua) (?:account|password|profilo)",
        r"(?:vieni|vieni da) (?:sola|solo)",
        r"(?:non dirlo|non lo dire|non dire niente|non dirlo mai) a nessuno",
    ),
}

# Recall round 4 (see en.py): denials of a joke, the police in a threat's
# condition, implied material, the writer's own online audience.
_JOKES_DENIED_POLICE_AND_HINTS: Entries = {
    "demand_action:weak": (
        r"(?:fammi|fai|mi fai|fare) (?:i compiti|il compito|la verifica|la relazione|la tesina|la ricerca)",
        r"(?:passami|dammi|mandami) (?:domani |stasera )?(?:le risposte|i compiti|le tue risposte|la verifica)",
    ),
    "threat_to_expose:weak": (
        r"immagina se (?:tutta la \w+|tutto il \w+|tutti|tua \w+|tuo \w+|i tuoi \w+) (?:vedesse|vedessero|vede|sapesse|sapessero)",
    ),
    "not_a_joke": (
        r"(?:non e|non era) (?:uno scherzo|una battuta|un gioco)",
        r"(?:non sto scherzando|non scherzo|dico sul serio|faccio sul serio|sono serio|sono seria)",
    ),
    "deadline": (
        r"se (?:avvisi|chiami|contatti|informi|vai da|vai alla|lo dici alla|parli con la|ti rivolgi alla) (?:la )?(?:polizia(?: postale)?|postale|carabinieri|i carabinieri)",
        r"se (?:mi denunci|fai denuncia|sporgi denuncia)",
    ),
    "intimate_material:weak": (
        r"(?:e|e molto|e troppo) imbarazzante|mi vergogno",
        r"cose (?:mie )?(?:private|personali|intime)",
        r"qualcosa di (?:personale|privato|intimo|imbarazzante)",
        r"quello che ho fatto (?:in|davanti alla) (?:cam|webcam|videochiamata|telecamera)",
        r"(?:foto|video|cose) che non avrei dovuto (?:mandare|inviare)",
        r"di quando stavamo insieme",
        r"(?:i|le) (?:foto|video) che hai mandato",
    ),
    "audience:weak": (
        r"(?:tutti )?(?:i )?miei (?:follower|seguaci|iscritti)|(?:tutti )?quelli che mi seguono",
    ),
}

# Nameless and implied (holdout11 families, in every language): a disclosure that
# names nothing ("qualcuno ha delle cose mie che non devono uscire", "non riesco a
# dire altro"), a countdown as the deadline ("mancano 3 giorni", "tic tac"), a
# performance on camera as implied material, "sarebbe un peccato se", material
# named by where it was taken ("sotto la doccia"), third-person threats with the
# pronoun on the verb ("la minaccia di pubblicarle"); examples introduced by
# "tipo" and instance rules are policy talk.
_NAMELESS_AND_IMPLIED: Entries = {
    # a countdown to an event of one's own is everyday, not a deadline
    "everyday_context": (
        r"(?:mancano|ancora) \d+ (?:giorni|settimane) (?:alla|al|all|alle|ai|per la|per il) (?:laurea|festa|matrimonio|vacanza|vacanze|concerto|esame|esami|compleanno|natale|partita|uscita|gita|viaggio)",
    ),
    "victim_disclosure:weak": (
        r"(?:mia figlia|mio figlio|nostra figlia|nostro figlio)(?: di \d+ anni)? (?:mi|ci) ha (?:mostrato|fatto vedere)",
        r"(?:qualcuno|un tizio|una persona|un tipo|uno sconosciuto|una sconosciuta) (?:ha|tiene|conserva|ha ancora) (?:delle |alcune |le )?(?:cose mie|cose di me|qualcosa di mio|qualcosa di me|foto mie|video miei|mie foto)",
        r"non (?:riesco|posso|ce la faccio|oso) (?:a )?(?:dire|raccontare|spiegare|scrivere) (?:altro|di piu|niente altro|nient altro)(?: ora| adesso| per ora)?",
        r"scrivo per (?:la mia|il mio|mia|mio)(?= (?:ragazza|ragazzo|figlia|figlio|sorella|fratello|amica|amico|compagna|compagno|cugina|cugino))",
    ),
    "intimate_material:weak": (
        r"che non (?:devono|deve|dovrebbero|dovrebbe|possono|puo) (?:uscire|esistere|essere viste|essere visti|essere vista|essere visto|girare|vedersi)",
        r"che nessuno (?:deve|puo|dovrebbe) vedere",
        r"(?:non ho mai voluto|non voglio|non volevo) che (?:nessuno|qualcuno|la gente) (?:vedesse|veda|vedessero|vedano)",
        r"(?:bella figura|bello spettacolo|quello che hai fatto|cosa hai fatto|la tua performance|che performance|bella performance|bel numero) (?:in|davanti alla|davanti la|sulla|con la) (?:webcam|cam|telecamera|videochiamata)",
    ),
    "intimate_material": (
        r"(?:(?:le|i|tue|tuoi|sue|suoi|mie|miei|quelle|quei) )?(?:foto|video|clip) (?:\w+ ){0,4}(?:sotto la doccia|nella vasca|in bagno nuda|in bagno nudo)",
    ),
    "deadline": (r"tic ?tac",),
    "deadline:weak": (
        r"(?:mancano|ti mancano|restano|ti restano) (?:ancora )?\d+ (?:giorni|giorno|ore|notti)",
    ),
    "threat_to_expose:weak": (r"(?:sarebbe|sara|e) (?:proprio )?un (?:peccato|vero peccato) se",),
    "threat_to_expose": (
        r"(?:la |lo |li |le |mi |ci )?(?:minaccia|minacciano|minacciava|ha minacciato|ha minacciata|sta minacciando) di (?:pubblicar|mandar|inviar|diffonder|postar|mostrar|girar|condivider|caricar|metter)(?:le|la|lo|li)(?: online| in rete)?",
    ),
    "news_or_advice": (
        r"(?:messaggi|dm|minacce|testi|post) (?:di (?:ricatto|estorsione|minaccia|sextortion) )?(?:tipo|del tipo|stile)",
    ),
    "policy_discussion": (
        r"(?:le )?(?:regole|norme) (?:dell istanza|di questa istanza|della nostra istanza)",
    ),
}

_SOMEONE_ELSES_RISK: Entries = {
    # Un genitore o un amico racconta la disperazione della vittima, e la sua età.
    "self_harm_risk": (
        r"(?:vuole|dice che vuole|ha detto che vuole) (?:morire|farla finita|uccidersi|ammazzarsi|sparire)",
        r"(?:uccidersi|ammazzarsi|togliersi la vita|farsi del male|tagliarsi)",
        r"non vuole piu vivere",
    ),
    "minor_indicator": (
        rf"(?:figlio|figlia|nipote|fratello|sorella|bambino|bambina) (?:di |ha )?{_AGE}(?: anni)?(?![0-9])",
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
