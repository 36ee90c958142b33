"""Portuguese."""

# ruff: noqa: E501
from __future__ import annotations

from haven.cases.advice.kinds import AdviceKind
from haven.cases.advice.phrases import LanguagePhrases

_GONE = r"(?:apagad[oa]s?|removid[oa]s?|excluid[oa]s?|eliminad[oa]s?|retirad[oa]s?|desaparec\w*|apagar|remover|excluir|eliminar|retirar|apaguem|removam|excluam)"

PHRASES = LanguagePhrases(
    code="pt",
    spaced=True,
    phrases={
        AdviceKind.PAY: (
            r"(?:paga|pague|pagua) (?:logo|ele|ela|eles|o que|o dinheiro|o valor|a quantia|e pronto|de uma vez|rapido)",
            r"(?:da|de|manda|mande|envia|envie|transfere|transfira) (?:o dinheiro|o valor|a quantia|o que (?:ele|ela|eles) (?:pede|pedem|quer|querem|exige)) ?(?:a ele|a ela|pra ele|pra ela|para ele|para ela)?",
            r"(?:dar|mandar|enviar|pagar) o dinheiro (?:a|para|pra) (?:ele|ela|eles)",
            r"(?:dar|dê|de) o dinheiro",
            r"(?:faz|faca|fazer|facam) (?:logo |so |apenas )?o que (?:ele|ela|eles|elas) (?:te |lhe )?(?:pede|pedem|diz|dizem|quer|querem|exige|exigem|manda|mandam)",
            r"(?:voce deveria|deveria|voce podia|podia|melhor|e melhor) (?:so |apenas |simplesmente )?(?:pagar|ceder|obedecer|fazer o que)",
            r"(?:o mais facil|o melhor|o mais rapido|o mais seguro) (?:e|seria) (?:pagar|ceder|dar o dinheiro|fazer o que)",
            r"(?:pagar|ceder) (?:e|seria) (?:o melhor|o mais facil|o mais seguro|a melhor opcao)",
        ),
        AdviceKind.BLAME: (
            r"por ?que (?:voce |tu )?(?:mandou|enviou|compartilhou|fez|confiou|mostrou|gravou|deu|mandaste|enviaste)",
            r"(?:voce |tu )?(?:nao deveria|nao devia|nao devias) (?:ter|fazer|mandar|enviar|confiar)",
            r"(?:voce |tu )?(?:deveria|devia) (?:ter )?(?:pensado|sabido|tido cuidado|pensar)",
            r"(?:imprudencia|imprudente|ingenua|ingenuo|irresponsavel|burrice|burro|burra|descuidado|descuidada|inconsequente)",
            r"(?<!nao e )(?<!nao foi )(?:sua|tua) (?:propria )?culpa(?! nao)",
            r"(?:voce|tu) (?:pediu|procurou) (?:isso|por isso)",
            r"(?:voce|tu) (?:tambem |em parte )?(?:e|foi|es) (?:tambem |em parte )?responsavel",
            r"o que (?:voce estava|estavas) pensando",
            r"da proxima vez",
            r"pense antes",
            r"pensa antes",
            r"e isso que acontece",
            r"nao se manda",
            r"nao se envia",
        ),
        AdviceKind.PROMISE: (
            r"(?:eu |nos )?(?:te |lhe )?(?:prometo|prometemos|garanto|garantimos|juro|juramos)",
            r"(?:vamos|vou) (?:garantir|conseguir|fazer com) que",
            _GONE
            + r" (?:\w+ ){0,3}(?:de todo lugar|de todos os lugares|em todo lugar|da internet|para sempre|definitivamente|completamente|totalmente)",
            r"(?:de todo lugar|de todos os lugares|de toda a internet)",
            r"(?:nao|nunca|jamais) (?:\w+ )?(?:vai|vao) (?:publicar|compartilhar|enviar|mandar|fazer|ver|aparecer) (?:nada|nunca|mais)?",
            r"ninguem (?:vai|ira) (?:ver|saber|encontrar)",
            r"(?:cem por cento|100 por cento|com certeza|sem duvida)",
            r"(?:tudo|isso) (?:vai|ira) (?:acabar|passar|ficar bem|se resolver)",
        ),
        AdviceKind.PRESSURE: (
            r"(?:voce tem que|voce tem de|tem que|tens que|voce precisa|precisa|voce deve|deve) (?:\w+ ){0,2}(?:ir a policia|ir na policia|ir a delegacia|ir na delegacia|denunciar|ligar para a policia|chamar a policia|fazer um boletim|registrar um boletim|dar queixa)",
            r"(?:voce tem que|tem que|voce precisa|precisa|voce deve|deve) (?:contar|falar|dizer) (?:\w+ ){0,2}(?:aos seus|aos teus|a sua|a tua|ao seu|ao teu|com seus|com os seus|para seus|pros seus) ?(?:pais|familia|mae|pai|escola|professor|professora|parceiro|parceira|chefe)?",
            r"(?:voce tem que|tem que|voce precisa|voce deve) (?:fazer isso )?(?:agora|ja|hoje mesmo|imediatamente|o quanto antes)",
            r"(?:voce tem que|tem que|voce precisa|voce deve) (?:apagar|excluir|deletar) (?:a sua|sua) conta",
            r"(?:voce )?nao tem (?:outra )?(?:opcao|escolha|alternativa)",
            r"nao ha outra (?:opcao|saida|alternativa)",
        ),
    },
    doubt=r"nao (?:podemos|posso|conseguimos) (?:prometer|garantir)|sem garantia|nenhuma garantia|esperamos|tentar|tentaremos",
    negation=r"(?:nao|ninguem|nunca|jamais|nem|sem|nada|voce nao precisa|nao precisa|nao e preciso|nao e necessario|evite|evita|nao deve|nao podemos prometer|nao posso prometer|nao podemos garantir|nao posso garantir)(?: (?:lhe|o|a|nada|nunca|mais|de))?",
)
