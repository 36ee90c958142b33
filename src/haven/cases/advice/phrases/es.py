"""Spanish."""

# ruff: noqa: E501
from __future__ import annotations

from haven.cases.advice.kinds import AdviceKind
from haven.cases.advice.phrases import LanguagePhrases

_GONE = r"(?:borrad[oa]s?|eliminad[oa]s?|quitad[oa]s?|retirad[oa]s?|desaparec\w*|borrar|eliminar|retirar|quitar|borren|eliminen|retiren|quiten)"

PHRASES = LanguagePhrases(
    code="es",
    spaced=True,
    phrases={
        AdviceKind.PAY: (
            r"(?:pagale|pagales|paga|pague|paguele|pagad) (?:y|ya|lo que|el dinero|la cantidad|rapido|de una vez|sin mas)",
            r"(?:pagale|pagales|paguele|paguenle)",
            r"(?:dale|dales|dele|deles|enviale|mandale|transfierele) (?:el dinero|la plata|la cantidad|lo que (?:pide|piden|quiere|quieren|exige))",
            r"(?:darle|darles|enviarle|mandarle) (?:el dinero|la plata|lo que pide|lo que quiere)",
            r"(?:haz|haga|hagan|hacer) (?:simplemente |solo |mejor )?lo que (?:te |le |les )?(?:pide|piden|dice|dicen|quiere|quieren|exige|exigen)",
            r"(?:deberias|deberia|podrias|mejor|es mejor) (?:simplemente |solo )?(?:pagar|ceder|pagarle|hacerle caso|hacer lo que)",
            r"(?:lo mas facil|lo mejor|lo mas rapido|lo mas seguro) (?:es|seria) (?:pagar|pagarle|darle|ceder|hacer lo que)",
            r"(?:pagar|ceder) (?:es|seria) (?:lo mejor|lo mas facil|lo mas seguro|la mejor opcion)",
            r"(?:cede|ceda) (?:ante|a)",
        ),
        AdviceKind.BLAME: (
            r"por que (?:le |les )?(?:mandaste|enviaste|compartiste|hiciste|confiaste|mostraste|grabaste|diste|mando|envio)",
            r"(?:no deberias|no debiste|no deberia|no tendrias que|no tenias que) (?:haberlo|haberle|haberlas|haberlos|haber|hacerlo|mandar|enviar|confiar)",
            r"(?:debiste|deberias haber|tendrias que haber) (?:pensar|pensado|saberlo|sabido|tener cuidado|tenido cuidado)",
            r"(?:imprudencia|imprudente|ingenua|ingenuo|irresponsable|tonto|tonta|estupido|estupida|descuidado|descuidada|insensato)",
            r"(?<!no es )(?<!no fue )(?:tu|su) (?:propia )?culpa(?! no)",
            r"(?:te lo buscaste|se lo busco)",
            r"(?:eres|es|fuiste) (?:tambien |en parte )?responsable",
            r"en que (?:estabas pensando|pensabas)",
            r"la proxima vez",
            r"piensa antes",
            r"eso (?:es lo que )?pasa (?:por|cuando)",
            r"no se mandan",
            r"no se envian",
        ),
        AdviceKind.PROMISE: (
            r"(?:te|le|os|les)? ?(?:prometo|prometemos|garantizo|garantizamos|juro|juramos|aseguro|aseguramos)",
            r"(?:vamos a|voy a) (?:conseguir|lograr|asegurarnos|asegurarme|hacer) que",
            _GONE
            + r" (?:\w+ ){0,3}(?:de todas partes|en todas partes|de todos lados|de internet|para siempre|definitivamente|por completo|totalmente)",
            r"(?:de todas partes|de todo internet)",
            r"(?:no|nunca|jamas) (?:\w+ )?(?:publicara|publicaran|compartira|compartiran|enviara|enviaran|vera|veran|volvera|volveran) (?:nada|nunca|jamas|a aparecer|a molestar)",
            r"no (?:va|van) a (?:publicar|compartir|enviar|hacer) nada",
            r"nadie (?:lo |las |los |la )?(?:vera|sabra|encontrara|va a ver)",
            r"(?:al cien por cien|cien por ciento|100 por ciento|con toda seguridad|seguro que)",
            r"(?:todo|esto) (?:va a|se va a) (?:terminar|acabar|estar bien|solucionar)",
        ),
        AdviceKind.PRESSURE: (
            r"(?:tienes que|tiene que|debes|debe|hay que|necesitas) (?:\w+ ){0,2}(?:ir a la policia|ir a la comisaria|denunciar\w*|llamar a la policia|poner una denuncia|acudir a la policia)",
            r"(?:tienes que|tiene que|debes|debe|necesitas) (?:contarselo|decirselo|contarle|decirle|hablar con) (?:\w+ ){0,2}(?:a |con )?(?:tus|sus|tu|su) (?:padres|familia|madre|padre|escuela|colegio|profesor|profesora|pareja|jefe)",
            r"(?:tienes que|tiene que|debes) (?:hacerlo )?(?:ya|ahora mismo|hoy mismo|inmediatamente|cuanto antes)",
            r"(?:tienes que|tiene que|debes) (?:borrar|eliminar) (?:tu|su) cuenta",
            r"no (?:tienes|tiene) (?:otra )?(?:opcion|eleccion|alternativa)",
            r"no hay otra (?:opcion|salida|alternativa)",
        ),
    },
    doubt=r"no (?:te |le |les |os )?(?:podemos|puedo|podremos) (?:prometer|garantizar)|sin garantia|ninguna garantia|esperamos|intentar|intentaremos",
    negation=r"(?:no|nadie|ninguno|nunca|jamas|ni|sin|nada|no le|no les|no tienes que|no tiene que|no hace falta|no es necesario|no necesitas|evita|evite|no debes|no deberias|no podemos prometer|no puedo prometer|no podemos garantizar|no puedo garantizar)(?: (?:le|les|lo|la|nada|nunca))?",
)
