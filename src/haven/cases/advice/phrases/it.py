"""Italian."""

# ruff: noqa: E501
from __future__ import annotations

from haven.cases.advice.kinds import AdviceKind
from haven.cases.advice.phrases import LanguagePhrases

_GONE = r"(?:cancellat[oaie]|rimoss[oaie]|eliminat[oaie]|sparit[oaie]|cancellare|rimuovere|eliminare|sparire)"

PHRASES = LanguagePhrases(
    code="it",
    spaced=True,
    phrases={
        AdviceKind.PAY: (
            r"(?:pagalo|pagala|pagali|paga|paghi|pagate) (?:e|subito|quello che|i soldi|la somma|e basta|pure)",
            r"(?:pagalo|pagala|pagali)",
            r"(?:dagli|dalle|dategli|gli dia|mandagli|inviagli|dai) (?:i soldi|il denaro|la somma|quello che (?:chiede|chiedono|vuole|vogliono|pretende))",
            r"(?:dargli|darle|mandargli) (?:i soldi|il denaro|quello che)",
            r"(?:fai|faccia|fate|fare) (?:semplicemente |solo |pure )?(?:quello|cio) che (?:ti |le |vi )?(?:chiede|chiedono|dice|dicono|vuole|vogliono|pretende|pretendono)",
            r"(?:dovresti|potresti|meglio|e meglio|conviene) (?:semplicemente |solo )?(?:pagare|cedere|assecondarlo|accontentarlo|fare quello che)",
            r"(?:la cosa piu semplice|la cosa migliore|il modo piu rapido|la soluzione migliore) (?:e|sarebbe) (?:pagare|cedere|dargli|fare quello che)",
            r"(?:pagare|cedere) (?:e|sarebbe) (?:la cosa migliore|piu semplice|piu sicuro|la soluzione)",
        ),
        AdviceKind.BLAME: (
            r"perche (?:gli |le )?(?:hai|avevi) (?:\w+ ){0,2}(?:mandato|inviato|condiviso|fatto|mostrato|dato|registrato)",
            r"perche ti sei fidat[oa]",
            r"non (?:avresti|avrebbe) (?:\w+ )?dovuto",
            r"(?:avresti|avrebbe) dovuto (?:pensarci|saperlo|immaginarlo|stare attent[oaie])",
            r"(?:imprudenza|imprudente|ingenua|ingenuo|irresponsabile|stupido|stupida|sconsiderat[oa]|incosciente|avventat[oa])",
            r"(?<!non e )(?<!non e stata )(?:colpa tua|tua colpa|sua colpa|colpa sua)(?! non)",
            r"te la sei cercata",
            r"(?:sei|e) (?:anche |in parte )?responsabile",
            r"(?:cosa|che) (?:ti e passato per la testa|pensavi)",
            r"la prossima volta",
            r"pensaci prima",
            r"pensa prima",
            r"ecco cosa succede",
            r"non si mandano",
        ),
        AdviceKind.PROMISE: (
            r"(?:ti |le |vi )?(?:prometto|promettiamo|garantisco|garantiamo|giuro|giuriamo|assicuro|assicuriamo)",
            r"(?:faremo|faro) in modo che",
            r"(?:faremo|faro) (?:cancellare|rimuovere|sparire|eliminare)",
            _GONE
            + r" (?:\w+ ){0,3}(?:ovunque|dappertutto|da internet|per sempre|definitivamente|completamente|del tutto)",
            r"(?:ovunque|dappertutto) (?:su internet|online|in rete)",
            r"non (?:\w+ )?(?:pubblichera|pubblicheranno|condividera|condivideranno|mandera|manderanno|vedra|vedranno) (?:niente|nulla|mai|piu)",
            r"nessuno (?:le |lo |li |la )?(?:vedra|sapra|trovera)",
            r"(?:al cento per cento|100 per cento|di sicuro|sicuramente|senza dubbio)",
            r"(?:tutto|questo) (?:finira|si risolvera|andra bene)",
        ),
        AdviceKind.PRESSURE: (
            r"(?:devi|deve|dovete|bisogna|e necessario|hai bisogno di) (?:\w+ ){0,2}(?:andare alla polizia|andare dai carabinieri|denunciare|chiamare la polizia|sporgere denuncia|fare denuncia|fare una denuncia|andare in questura)",
            r"(?:devi|deve|dovete) (?:dirlo|dirglielo|raccontarlo|parlarne|dire tutto|parlare) (?:\w+ ){0,2}(?:ai tuoi|ai suoi|alla tua|alla sua|al tuo|al suo|con i tuoi|con la tua|con tua|con tuo|a tua|a tuo|a qualcuno)",
            r"(?:devi|deve|dovete) (?:farlo )?(?:subito|adesso|oggi stesso|immediatamente|al piu presto)",
            r"(?:devi|deve) (?:cancellare|eliminare) (?:il tuo|il suo) (?:account|profilo)",
            r"non (?:hai|ha) (?:altra )?scelta",
            r"non c e (?:altra|un altra) (?:scelta|soluzione|via)",
        ),
    },
    doubt=r"non (?:possiamo|posso|possono) (?:prometter\w*|garantir\w*)|nessuna garanzia|speriamo|provare|proveremo|cercheremo",
    negation=r"(?:non|nessuno|mai|ne|senza|niente|nulla|non devi|non sei obbligat[oa] a|non e necessario|non serve|evita di|eviti di|non possiamo promettere|non posso promettere|non possiamo garantire|non posso garantire)(?: (?:gli|le|lo|la|niente|mai|piu))?",
)
