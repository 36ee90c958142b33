"""Portuguese (Brazil and Portugal)."""

# ruff: noqa: E501
from __future__ import annotations

from haven.detection.lexicon.entries import Entries, combine

_MEDIA = r"(?:fotos?|videos?|imagens?|nudes|packs?|prints?|conteudos?|gravacao|gravacoes)"
_KIN = (
    r"(?:familia|amigos|amigas|seguidores|contatos|contactos|pais|mae|pai|chefe|patrao|empresa|trabalho|escola"
    r"|faculdade|colegas|professores|namorada|namorado|esposa|marido|irmaos?|irmas?|parentes|conhecidos|vizinhos"
    r"|turma|lista de amigos"
    r"|sala|classe|rh|recursos humanos|time|equipa|equipe|clube|treinador|treinadora|escritorio|firma|igreja|ex"
    r"|sogros|clientes|alunos|curso|colegio|galera|patroa|chefia)"
)
_YOUR = r"(?:para |pra )?(?:toda a tua|toda a sua|toda sua|todos os teus|todos os seus|todos teus|todos seus|tua|teus|tuas|teu|sua|seus|suas|seu|a tua|a sua|o teu|o seu)(?: (?:novo|nova|novos))?"
_AGE = r"(?:[5-9]|1[0-7])"

_CORE: Entries = {
    "threat_to_expose": (
        r"(?:recebem|recebe|receberao|recebera) uma copia",
        r"(?:postar|publicar|jogar|colocar|por) (?:na|no) (?:internet|net|rede)",
        r"(?:vou|eu vou|vamos|posso|eu posso) (?:te |as |os |a |o )?(?:postar|publicar|enviar|mandar|compartilhar|partilhar|divulgar|vazar|espalhar|mostrar|jogar na net|jogar na internet|soltar)",
        r"(?:postarei|publicarei|enviarei|mandarei|divulgarei|vazarei|espalharei|exporei|mostrarei)",
        r"(?:ou|senao) (?:eu )?(?:posto|publico|envio|mando|divulgo|vazo|espalho|mostro|solto)",
        r"(?:todo mundo|todos|ninguem) (?:vai|vao|irao|vai ficar a) (?:ver|saber|receber)",
        r"(?:todo mundo|todos|ninguem) (?:vera|verao|ve|recebe)",
        r"(?:acabar com|arruinar|destruir|acabo com) (?:a )?(?:tua|sua) (?:vida|reputacao|carreira)",
        r"(?:tua|sua) vida (?:acabou|esta acabada|vai acabar)",
        r"(?:viralizar|vai viralizar|vao viralizar)",
        r"(?:vou|eu vou|vamos|posso|eu posso) te expor",
        r"(?:vou|eu vou|vamos) expor (?:voce|vc|tu|teus|tuas|suas|seus)",
        # the material leaks by itself: "teu vídeo vaza hoje"
        r"(?:vaza|vazam|vai vazar|vao vazar|viraliza|viralizam|cai na (?:net|internet|rede)|caem na (?:net|internet|rede)|vai cair na (?:net|internet|rede)|vai pra net|vai parar na (?:net|internet))",
    ),
    "threat_to_expose:weak": (
        r"(?:compartilho|compartilharei|mostro)(?= (?:o|a|os|as|tudo))",
        r"(?:eu )?crio um grupo",
        r"(?:encaminho|encaminharei|repasso)",
        r"(?:vazar|divulgar|espalhar|expor|vazad[oa]s?)",
        r"(?:vai|vao|vai parar|vao parar|chega|chegam) (?:direto )?(?:pra|para|pros|pras|pro|no|na|nos|nas|a)",
        r"(?:recebe|recebem|recebera|receberao|vai receber|ve|veem|vai ver)(?= (?:tudo|todas|todos|teu|tua|teus|tuas|o|a|as|os))",
        r"(?:eu )?(?:posto|publico|mando|envio|divulgo|vazo|espalho)(?= (?:o|a|os|as|teu|tua|teus|tuas|tudo|na|no))",
        r"eu posto",
        # third-person threats as a victim reports them, and offers to delete
        r"(?:fica|ficara|vai ficar) (?:tudo )?entre (?:nos|a gente)",
        r"(?:eu )?(?:apago|deleto|excluo|apagarei) (?:tudo|o video|as fotos|os videos)",
        r"(?:vai|vao|ia|iam) (?:mostrar|postar|publicar|mandar|enviar|divulgar|vazar|espalhar|expor|compartilhar)",
        r"(?:mostrara|postara|publicara|mandara|enviara|divulgara|vazara|espalhara)",
        r"(?:as|os) (?:manda|mostra|posta|envia|espalha|publica|passa|mandar|mostrar) (?:a|pra|para|pros|pras)",
        r"(?:recebem|recebe|vao receber|vai receber|recebera|receberao) (?:um |o |uma )?(?:email|e mail|mensagem|link|mail) com",
        r"com (?:o )?(?:teu|seu) nome (?:completo|verdadeiro|e sobrenome|e apelido)",
        r"ninguem (?:precisa|tem que|tem de|precisa de) saber",
        r"ninguem (?:vai saber|fica sabendo|fica a saber|vai ficar sabendo|vai ver nada)",
        r"(?:fica comigo|se ficares comigo|se ficar comigo) e ninguem",
    ),
    "intimate_material": (
        r"pelad[oa]s?",
        rf"{_MEDIA} (?:intimas?|intimos?|nuas?|nus|pelad[oa]s?|sexuais|explicit[oa]s?|comprometedor[ae]s?)",
        r"nudes?",
        r"(?:voce|tu) (?:pelad[oa]|nua|nu)",
        r"(?:se masturbando|te masturbando)",
        r"momentos (?:mais )?(?:intimos|privados)",
        r"(?:sem roupa|sem roupas|sem nada vestido)",
        r"nudes (?:falsos|feitos com ia|gerados por ia)",
    ),
    "intimate_material:weak": (
        # in warnings: material obtained from others ("consegue fotos")
        r"(?:consegue|obtem|conseguiu|obteve|coleta|arranca|arrancou) (?:fotos|videos|nudes|imagens|packs)",
        r"foi gravad[oa]",
        r"gravou a gente|filmou a gente|nos gravou|nos filmou",
        r"o primeiro",
        rf"(?:teus|tuas|teu|tua|suas|seus|essas|estas|as|os|minhas|meus|nossos|nossas) {_MEDIA}",
        rf"{_MEDIA} (?:privad[oa]s?|quentes|picantes|hot|de voce|tu[oa]s|de ti|suas)",
        rf"(?:{_MEDIA}|tudo) que (?:voce|vc|tu) (?:me )?(?:mandou|mandaste|enviou)",
        r"(?:a gravacao|o video|as fotos|as imagens)",
        r"(?:te gravei|gravei voce|me gravaram|me filmaram|me gravou|me filmou)",
        r"(?:pela|pelo|com a|na) (?:sua|tua|minha) (?:camera|webcam)",
        r"(?:sites?|videos?) (?:adultos?|porno\w*)",
        r"porno\w*",
        r"(?:fotos?|videos?|imagens?|nudes|packs?|tudo) que (?:eu )?(?:te |lhe |pra ele |pra ela |para ele |para ela )?(?:mandei|enviei|passei)",
        r"(?:gravou|gravaram|filmou|filmaram|salvou|printou) (?:nossa|a nossa|a|minha) (?:videochamada|chamada de video|chamada|ligacao de video)",
        r"(?:mandei|enviei|passei) (?:um |uns |umas |minhas |meus |uma )?(?:video|videos|foto|fotos|nudes)",
        r"(?:fotos?|videos?|imagens?) (?:minhas|meus|de mim)",
        # deepfakes made from ordinary photos
        r"com (?:a )?(?:tua|sua) cara|com o (?:teu|seu) rosto",
        r"(?:tua|sua) cara (?:em|no|na|num|numa)",
        r"(?:a partir das|com as|das) (?:tuas|suas) fotos(?: de perfil)?",
        r"(?:fotomontagem|feit[oa]s? com ia|gerad[oa]s? (?:por|com) ia|com inteligencia artificial|editad[oa]s? com ia)",
        r"(?:parece|parecem) (?:muito |bem |super |mesmo )?(?:real|reais|de verdade)",
    ),
    "audience": (
        rf"{_YOUR} {_KIN}",
        r"(?:todo mundo que voce conhece|todos os teus contactos|todos os seus contatos|a escola inteira|a internet toda)",
        r"(?:em|nos) sites (?:porno|adultos)",
        r"(?:cada|todos os) (?:um dos )?(?:seus|teus) contatos",
        r"cada contato",
        r"(?:o grupo|a conversa) da (?:tua|sua) (?:turma|escola|familia)",
        r"(?:a |para a |pra )?(?:escola|turma|sala|firma|empresa|familia|faculdade) (?:toda|inteira)",
        r"(?:a |à |pra |para a )?(?:minha|tua|sua) (?:turma|sala|escola|classe) (?:toda|inteira)",
        r"(?:os )?recursos humanos|(?:o|ao|pro) rh",
    ),
    "demand_money": (
        r"(?:paga|pague|p4ga|me paga|deposita|deposite|transfere|transfira)(?= (?:me|o dinheiro|a grana|\d|r\$|ja|agora|antes|ou|em|via|no pix|o pix|pix))",
        r"(?:manda|mande) (?:o dinheiro|a grana|\d[\d,.]*|r\$ ?[\d,.]*|o pix)",
        r"(?:resgate|transferencia|cartao presente|cartoes presente|vale presente|boleto|chave pix)",
        r"quanto (?:voce pode|tu podes|pode|consegue) pagar",
        r"\d[\d,.]* ?(?:paus|conto|contos|pila|pilas|reais|euros|mangos)",
        r"(?:cartao|cartoes|vale|codigo|codigos) (?:presente |de presente )?(?:da |de )?(?:amazon|google play|steam|itunes|apple|paysafecard)",
        r"(?:a |para a |na )?carteira (?:abaixo|que te (?:mandei|enviei|passei))",
        r"(?:referencia )?multibanco",
    ),
    "demand_money:weak": (
        r"(?:dinheiro|grana|pagar|pagas|pague|paga|carteira)",
        # bargaining: part now, the rest later
        r"o resto (?:semana que vem|na proxima semana|para a semana|amanha|depois|na sexta)",
    ),
    "demand_material": (
        r"(?:videos|fotos) nov[oa]s",
        rf"(?:manda|mande|envia|envie) (?:me |mais )?(?:mais|outra|outras|outro|novas?|novos?|mais duas|\d+ mais)(?: {_MEDIA})?",
        rf"(?:quero|preciso de) (?:mais|outras|novas|outro) {_MEDIA}",
        rf"mais {_MEDIA}",
        r"(?:pede|pedem|pedindo) (?:fotos|nudes|videos|packs|imagens)",
        r"(?:eu )?mandar mais",
        # more material, demanded as a routine or under a clock
        r"se (?:voce |vc |tu )?(?:parar|parares) de me (?:mandar|enviar|passar)",
        r"(?:nao para|nao pare|nao pares) de me (?:mandar|enviar)",
        r"continua (?:mandando|me mandando|a mandar|a enviar|a me mandar|enviando)",
        r"(?:uma|um) (?:nova |novo |outra |outro )?(?:foto |video )?(?:toda|todo|cada) (?:noite|dia|manha|semana|tarde)",
        r"(?:toda|todo|cada) (?:noite|dia|manha) (?:uma|um) (?:nova|novo|outra|outro)",
        r"(?:outro|outra) (?:video|foto) em (?:\d+|uma hora)",
        r"me (?:mandar|enviar) (?:outra|outro|outras|outros|mais)",
    ),
    "demand_action": (
        r"(?:faz|faca) (?:o que|tudo o que|exatamente o que) (?:eu )?(?:mandar|digo|disser|quero|pedir)",
        r"(?:fica|fique) online",
        r"nao me (?:bloqueie|bloqueia|ignore|ignora|denuncie|denuncia)",
        r"nao (?:conta|conte) (?:nada )?(?:pra|para|a) ninguem",
        r"(?:responde|responda) (?:logo|agora|ja)",
        r"(?:chamada de video|videochamada)",
        r"(?:apaga|apague|exclua|exclui) (?:a )?(?:tua|sua) conta",
        r"(?:nada de policia|sem policia)",
        r"(?:se nao voltar|volta comigo|voltar comigo|voltar pra ele|voltar para ele)",
        r"(?:fica|fique) comigo",
    ),
    "deadline": (
        r"se ficar offline",
        r"se (?:me )?(?:bloquear|ignorar|denunciar|bloqueares|ignorares|deixar|deixares|largar|largares|trair|traires)",
        r"se (?:voce |vc |tu )?(?:terminar|terminares|acabar|acabares) comigo",
        r"ate (?:segunda|terca|quarta|quinta|sabado|domingo|amanha de manha|o fim do dia|meio dia)",
        r"(?:tem|tens|dentro de|nas proximas|em menos de|so tem|voce tem|so tens) \d+ ?(?:h|horas?|minutos?|min|dias?)",
        r"(?:senao|ou entao|ultima (?:chance|oportunidade)|ultimo aviso|o tempo esta acabando|o tempo corre|ate (?:hoje a noite|amanha|meia noite|sexta)|hoje ainda)",
    ),
    "deadline:weak": (
        r"(?:agora mesmo|imediatamente|rapido|logo|em \d+ (?:horas|minutos))",
        r"(?:se nao|a menos que)",
        r"ou(?= (?:toda|todo|teus|tua|teu|tuas|eu|posto|mando|o|a|as|os)(?![a-z0-9]))",
    ),
    "proof_of_possession": (
        r"(?:salvei|guardei) tudo",
        r"(?:olha|veja|ve) o que (?:eu )?tenho",
        r"tenho(?= (?:tuas|suas|teus|seus|todas as tuas|todas as suas|a lista|prints))",
        r"tenho (?:um|o|umas|as) (?:video|fotos|gravacao|imagens)(?= (?:de voce|suas|tuas|seus|teus))",
        r"(?:prints?|capturas? de tela|print screen|colagem|montagem)",
        r"lista(?= (?:dos|de todos os) (?:teus|seus) )",
        r"(?:hackeei|invadi|infectei|acesso ao?) (?:o |a )?(?:teu|tua|seu|sua)",
        r"(?:instalei|instalado) (?:um )?(?:malware|virus|trojan|spyware)",
        r"(?:aqui esta|segue) (?:uma )?(?:amostra|prova|previa)",
        r"sei onde (?:voce |tu |vc )?(?:mora|moras|trabalha|trabalhas|estuda|estudas|vives)",
        r"sei (?:em que (?:turma|sala|escola|colegio) (?:voce |tu |vc )?(?:esta|estas|estuda|estudas|anda|andas)|o (?:teu|seu) nome (?:completo|verdadeiro)|quem (?:voce|tu) (?:e|es))",
        r"(?:ja )?tenho (?:os )?(?:numeros|contatos|contactos|telefones) d",
        r"(?:as|os) (?:que|q) (?:eu )?(?:ja )?tenho",
    ),
    "proof_of_possession:weak": (
        r"(?:amostra|prova|previa)",
        r"tenho(?= (?:o video|as fotos|tudo|imagens))",
    ),
    "victim_disclosure": (
        r"(?:espalhar|postar|publicar|mandar|enviar|vazar|divulgar) (?:as |os )?(?:minhas|meus)",
        r"(?:esta|estao|ta|tao) me (?:chantageando|extorquindo|ameacando)",
        r"me (?:chantageia|chantageiam|extorque|ameaca|ameacam|ameacou)",
        r"amea(?:ca|cando|cam|cou)? (?:de |a )?(?:postar|publicar|enviar|mandar|divulgar|vazar|espalhar|mostrar) (?:as |os )?(?:minhas|meus|meu|minha|nossos|nossas)",
        r"sou vitima de (?:sextorsao|chantagem|extorsao)",
        r"(?:tem|tem as|tem os) (?:minhas|meus|nossos|nossas) (?:fotos?|videos?|nudes|imagens)",
        r"me (?:pede|pedem|pediu|exige|exigem|exigiu|quer)(?= (?:dinheiro|grana|\d|r\$|mais fotos|mais nudes|pix))",
        r"(?:mandei|enviei) (?:fotos?|videos?|nudes|um video|minhas fotos|umas fotos) (?:pra|para|a)",
        r"(?:minhas|meus) (?:fotos?|videos?|nudes) (?:vao ser|serao|vao) (?:postad|divulgad|vazad|espalhad|parar)\w*",
        r"(?:estou|to|tou|estava|fui|sou) sendo (?:chantagead[oa]|extorquid[oa]|ameacad[oa]|sextorquid[oa])",
        r"(?:tem|tem umas|tem uns) (?:fotos|videos|nudes|imagens) (?:minhas|meus|de mim)",
    ),
    "victim_disclosure:weak": (
        r"diz que (?:vai|vao|ira)",
        r"se eu (?:terminar|largar|deixar)",
        r"(?:o que eu faco|o que faco|o que fazer|me ajudem|me ajuda|preciso de ajuda|estou com (?:muito )?medo|to com medo|estou desesperad[oa]|que vergonha)",
        r"(?:ja )?paguei",
        r"(?:exige|exigem|pede|pedem|quer|querem) (?:dinheiro|grana|\d+|bitcoins?|cartao|cartoes|pix|mais)",
        r"amea(?:ca|cam|cando|cou) (?:de |a )?",
        r"recebi (?:um|uma|esse|este) (?:email|e mail|mensagem)",
        r"(?:tenho que|devo) pagar",
        r"dizem que (?:vao|vai)",
        r"(?:disse|falou|fala|disseram|falaram) que (?:vai|vao|ia|iam|ira)",
        r"se eu nao (?:pagar|mandar|enviar|der|voltar|fizer)",
        r"quer que eu (?:volte|mande|envie|pague|de|faca)",
        r"se eu nao (?:lhe |te |the )?(?:pagar|mandar|enviar|der) (?:mais|dinheiro|\d)",
        # first-person help-seeking, also when asking moderators
        r"nao sei (?:a quem (?:pedir ajuda|recorrer|contar)|com quem falar|o que fazer)",
        r"(?:os )?(?:mods|moderadores|admins) (?:podem|conseguem) (?:fazer alguma coisa|fazer algo|me ajudar|ajudar)",
        r"(?:devo|tenho que|tenho de) (?:ir a policia|fazer queixa|denunciar|fazer um bo|registrar um bo)",
    ),
    "third_party_warning": (
        r"(?:cuidado com|atencao|alerta)",
        r"nao (?:aceitem|respondam|sigam)",
        r"(?:bloqueiem|denunciem) (?:e (?:denunciem|bloqueiem) )?(?:essa|esta|a) conta",
        r"(?:esta|anda) (?:ameacando|golpeando|contactando|assediando) (?:pessoas|usuarios|gente|jovens|menores|varios|muitos|outros|meninos|meninas|rapazes)",
    ),
    "named_account": (
        r"(?:essa|esta|uma) conta (?:chamada|que se chama)",
        r"(?:um|o) (?:usuario|perfil) (?:chamado|que se chama)",
    ),
    "extortion_term": (r"sextors\w*", r"chantag\w*", r"extors\w*", r"extorqu\w*"),
    "self_harm_risk": (
        r"(?:(?:so |eu so |eu )?quero morrer|me matar|matar-me|me machucar|tirar (?:a )?minha (?:propria )?vida|acabar com tudo|acabar com a minha vida|nao quero mais viver|nao quero viver mais|nao aguento mais|prefiro morrer|preferia (?:morrer|estar morto|estar morta)|melhor sem mim|sem razao para viver)",
    ),
    "self_harm_risk:weak": (r"suicid\w*",),
    "minor_indicator": (
        rf"(?:tenho|tem|fiz|faco|de) {_AGE} anos",
        rf"{_AGE} anos",
        r"(?:[6-9]|1[0-2])o? ano|(?:no )?ensino (?:medio|fundamental)",
        r"(?:ando|estou|to|tou) (?:na|no) (?:secundaria|secundario|escola|colegio|basico|fundamental)",
        r"(?:menor de idade|menores de idade)",
    ),
    "minor_indicator:weak": (r"(?:adolescente|minha escola)",),
    "news_or_advice": (
        # uma ameaça típica citada como exemplo, avisos escolares e jurídicos (precisão, 3.ª rodada)
        r"(?:mensagens|dms|ameacas|emails) (?:como|do tipo|que dizem)",
        r"(?:e crime|crime previsto|codigo penal|anos de prisao|punido por lei|punida por lei|lembrete juridico)",
        r"(?:queridas familias|senhores pais|os alunos|todos os alunos|a assembleia|nosso convidado|nossa convidada|palestra sobre|a escola vai)",
        r"(?:voce nao vai ter problemas|ninguem vai ter problemas|a culpa nao e sua|nao e culpa sua)",
        r"(?:guarde|guardem) (?:as mensagens|as provas|os prints)",
        r"(?:a vitima|o agressor|o autor) (?:e|disse|diz|contou)",
        r"(?:um|uma) (?:usuario|usuaria|aluno|aluna|membro) (?:denuncia|denunciou|diz|conta) que",
        r"(?:a policia|a pf|as autoridades|os especialistas|o ministerio publico|a safernet) (?:alerta|alertam|adverte|informa|prendeu|recomenda)",
        r"(?:segundo|de acordo com|um estudo|uma pesquisa|um relatorio|casos de|aumento|cresce|cada vez mais)",
        r"se (?:alguem|um desconhecido) (?:te |lhe )?(?:ameacar|ameaca|pedir|chantagear)",
        r"(?:nunca pague|nao pague|nao paguem|nunca paguem)",
        r"(?:dicas|como (?:se proteger|agir|denunciar)|o que fazer se|vitimas|golpistas|criminosos|os jovens|adolescentes|campanha|artigo|condenado|safernet|cvv)",
        # 'preso' (arrested) needs a Portuguese verb: Italian 'ho preso il controllo' is 'I took'.
        r"(?:foi|foram|e|sao|esta|estao|ficou|ficaram|sera|serao|acabou|acabaram|sendo) pres[oa]s?",
    ),
    "policy_discussion": (
        # perguntas de moderação e hipóteses (precisão, 3.ª rodada)
        r"(?:pergunta hipotetica|hipoteticamente|em teoria|e se alguem|suponha que|pergunta para (?:a moderacao|os mods|os admins|os moderadores))",
        r"(?:vale a pena (?:filtrar|bloquear|marcar)|filtrar (?:dm|dms|mensagens)|uma denuncia|a conta denunciada|nova regra|suspensao permanente|alguem ja testou|falso positivo|falsos positivos)",
        r"(?:qualquer|toda|cada) (?:conta|usuario|usuaria|pessoa|membro) que",
        r"sera (?:suspens|banid|removid|expuls)[oa]",
        r"(?:rascunho de regra|proposta de regra)",
        r"(?:nosso|nossa|o|a|as) (?:regras?|politica|moderacao|codigo de conduta|sistema de advertencias)",
        r"(?:moderadores|moderadoras|mods|admins) (?:devem|deveriam|podem|vao|lidam)",
        r"(?:devemos|deveriamos|vamos|deveria ser) (?:banir|suspender|bloquear|expulsar|banido)",
        r"(?:banimento|proibido|regra \d+)",
    ),
    "policy_discussion:weak": (
        r"(?:nosso|este) (?:servidor|instancia)(?<!no nosso servidor)(?<!do nosso servidor)(?<!em nosso servidor)(?<!de nosso servidor)",
    ),
    "fiction": (
        # narração em volta de uma ameaça citada, resumos (precisão, 3.ª rodada)
        r"(?:o inspetor|a inspetora|o detetive|a detetive|o delegado|a delegada|a heroina|o heroi|o narrador|o assassino)",
        r"(?:suspirou|sussurrou|murmurou|franziu a testa|deu de ombros|engoliu em seco)",
        r"a mensagem (?:no (?:celular|telemovel|ecra|visor) )?(?:dizia apenas|trazia)",
        r"(?:resumo do episodio|o episodio de ontem|recap|reviravolta|spoiler|no romance|romance policial|a serie|um documentario|a trama|o enredo)",
        r"(?:capitulo|romance|conto|fanfic|enredo|personagem|vilao|protagonista|episodio|temporada|o filme|o livro|no filme|no livro|roteiro|novela|serie)",
    ),
    "third_party_warning:weak": (
        r"aviso(?<!sem aviso)",
        r"(?:o |a )?(?:mesmo|mesma) (?:script|mensagem|golpe|roteiro|esquema)",
    ),
    # A vida de todos os dias: fotos de uma ocasião comum, dinheiro para algo
    # comum, um reembolso ("as fotos da turma", "metade do aluguel").
    "everyday_context": (
        r"(?:(?:teus|tuas|teu|tua|suas|seus|essas|estas|esses|estes|as|os|minhas|meus|nossos|nossas|umas|uns|a|o) )?(?:fotos?|videos?|imagens?) (?:da turma|da sala|da escola|da viagem|de viagem|das ferias|de ferias|do casamento|de casamento|da festa|de festa|do aniversario|de aniversario|do show|de bebe|do bebe|da praia|de natal|da formatura|do karaoke|de karaoke|do apartamento|da excursao)",
        r"(?:da|do|de nossa|do nosso|da nossa|das|na|no|durante a|durante o) (?:viagem|festa|casamento|aniversario|show|ferias|praia|formatura|excursao|churrasco|festival|jogo|apartamento)",
        r"(?:a )?metade (?:do|da|dos|das) (?:aluguel|aluguer|hotel|conta|contas|caucao|jantar|almoco|ingressos|passagens|viagem|pizza|gasolina)",
        r"(?:o|do|ao|meu|nosso|seu|teu|a|da|minha|nossa) (?:senhorio|senhoria|proprietario|proprietaria|locador|locadora)",
        r"(?:pelo|pela|para o|para a|pro|pra) (?:hotel|quarto|jantar|almoco|ingresso|ingressos|passagem|passagens|pizza)",
        r"(?:devolver|devolvam|devolverem|devolva|devolve|devolvesse) (?:o |a )?(?:meu|minha|nosso|nossa) (?:dinheiro|grana)|reembols\w*",
        r"(?:essa|esta|aquela|esse|este|aquele) (?:loja|empresa|restaurante|vendedor|vendedora|marca|hotel|lanchonete)",
    ),
    "banter": (
        r"(?:to brincando|estou brincando|e brincadeira|era brincadeira|so brincadeira|e zoeira|so zoando|to zoando)(?<!nao to brincando)(?<!nao estou brincando)(?<!nao e brincadeira)(?<!nao era brincadeira)(?<!nao e zoeira)(?<!nao to zoando)",
    ),
    "banter:weak": (r"(?:rsrs|rsrsrs|haha|hahaha|hehe|hehehe|kkk|lol)",),
    # Material named as something not intimate: company data, a councillor's lies,
    # a debt, a pet, a filmed breakfast, house photos, a photographer's invoice.
    # Context shielded only by material intimate by itself (scoring).
    "not_intimate": (
        r"(?:te|o|a|voce) (?:gravei|vi|filmei) (?:comendo|dancando|cantando|cozinhando|dormindo|roncando)",
        r"(?:dados (?:dos|de) (?:clientes|seus clientes|funcionarios|empresa)|base de dados de clientes|banco de dados de clientes|declaracao de (?:imposto|irs)|documentos fiscais|ransomware|\d+ ?(?:gb|tb) de)",
        r"(?:mentiras|corrupcao|o prefeito|a prefeita|vereador|vereadora|deputado|deputada|ministro|ministra|o orcamento)",
        r"(?:me deve|me deu (?:um )?calote|deu calote|calote|pegou emprestado|nunca me pagou)",
        r"(?:um|o|fazer um|fazer o) exposed",
        r"(?:meu|minha|nosso|nossa|teu|tua|seu|sua) (?:gato|gata|cachorro|cachorra|cao|hamster|papagaio|coelho|pet)",
        r"(?:petiscos|de pijama|cereal|tirar o lixo|levar o lixo|miojo|trabalhadora sexual|trabalhadoras sexuais|brincadeira entre amigos)",
        r"fotos (?:da casa|do apartamento|do gato|do cachorro)|o corretor|a corretora|a imobiliaria",
        r"(?:a fatura|a galeria|as impressoes|o ensaio|a sessao de fotos|como combinado|conforme combinado|conforme o contrato|o restante do pagamento)",
    ),
}

# Precision round 4: reports, courts and "exposing" threads (combined into ENTRIES at the end).
_REPORTS_COURTS_AND_EXPOSES: Entries = {
    # Um caso contado como a denúncia de outra pessoa, genérica ou pública
    # (scoring: uma revelação citada dentro não a protege). "Um membro acabou de
    # denunciar que @x …" é um caso concreto e não está aqui.
    "report_framing": (
        r"(?:quando|se) (?:a|uma) (?:denuncia|reclamacao) (?:e so|e apenas|diz|fala)",
        r"(?:quando|se) (?:alguem|um usuario|uma usuaria|um membro|uma vitima|a vitima|a pessoa) (?:denuncia|reporta|relata|escreve)",
        r"(?:denuncias|reports|tickets) (?:tipo|como|que dizem|do tipo|em que|onde)",
        r"uma denuncia (?:que diz|tipo|dizendo|em que)",
        r"(?:foi condenad[oa] a|condenad[oa] a \w+ anos|anos de prisao|interrogatorio judicial|presente a tribunal|nota a imprensa|comunicado a imprensa)",
    ),
    "news_or_advice": (
        r"(?:se passam por|fingem ser|a investigacao|suspeito de|suspeita de|prendeu|deteve|o juiz|a juiza|a delegada|o delegado)",
        r"como (?:falar|conversar|abordar) (?:sobre |de )?(?:a |o )?(?:sextorsao|seguranca online)|(?:o )?primeiro (?:celular|telemovel|smartphone) (?:dela|dele)",
    ),
    "policy_discussion": (
        r"(?:da|resulta em|gera|implica|vai dar) (?:a |uma )?(?:suspensao|banimento|ban|expulsao)|= banimento",
        r"sem (?:o )?consentimento",
        r"(?:pergunta pra equipe de moderacao|pergunta para a equipe de moderacao|regras do servidor|regra pro servidor|proposta de regra)",
    ),
    "proof_of_possession": (r"sua conta (?:foi|esta) (?:hackeada|invadida|comprometida)",),
    "fiction": (
        r"(?:que reviravolta|o capitulo de (?:ontem|hoje)|a novela|os roteiristas|o final e|a serie)",
    ),
    "not_intimate": (
        r"(?:esse|essa|este|esta) (?:suposto |suposta |falso |falsa )?(?:coach|influencer|guru)",
        r"(?:crypto|cripto|life|business|trading) coach",
        r"(?:sua|suas|da sua|na sua|dele|dela) (?:live|lives|transmissao|curso|cursos|pdf|podcast)|(?:o mesmo|um) pdf",
        r"(?:compra seguidores|comprou seguidores|depoimentos? (?:falsos?|de cliente)|avaliacoes falsas)",
        r"ameac(?:ou|a) (?:me )?(?:processar|com processo|com advogado)",
        r"(?:cobranca judicial|penhora|divida em aberto|valor em aberto|debito em aberto|negativacao)",
        r"fotos (?:da casa|do apartamento|do ape|da cozinha|do banheiro|da casa de banho|do quarto|do imovel)|a caucao",
        r"no karaoke|(?:video|videos|foto|fotos) (?:sua|seu|de voce|de ti|teu|tua) (?:cantando|dancando|dormindo|roncando|comendo|a cantar|a dancar)",
    ),
    "everyday_context": (
        r"(?:paga|pagar|compra|comprar) (?:me |pra mim )?(?:um|uma) (?:lanche|pizza|cafe|cerveja|hamburguer|kebab|acai|pastel)",
    ),
}

# Recall round 2 (holdout7 and holdout8), added as new entries only: disclosures
# written on someone's behalf with the threat in the third person ("senão manda
# pra escola toda"), implied material ("aquilo que eu mandei pra ele"), recorded
# calls ("print da chamada de vídeo"), demands for an action (retirar a medida
# protetiva, a senha), bargaining ("e apago tudo").
_ON_SOMEONES_BEHALF_AND_IMPLIED: Entries = {
    # a parent asking how to talk about it is advice, not an incident
    "news_or_advice": (
        r"como (?:falo|converso|explico|falar|conversar|explicar|proteger|prevenir)(?: com| sobre| pra| para)",
    ),
    "victim_disclosure:weak": (
        r"(?:escrevo|estou escrevendo|to escrevendo|venho) (?:pela|pelo|por|em nome da|em nome do) (?:minha|meu|uma|um)(?= (?:filha|filho|amiga|amigo|namorada|namorado|irma|irmao))",
        r"(?:pediu|pediram) (?:pra|para) (?:eu|mim) (?:escrever|postar|denunciar|perguntar)",
        r"sou (?:a )?(?:mae|pai|mãe|madrasta|padrasto|tia|tio|avo) (?:de|da|do) (?:uma|um) (?:menina|menino|garota|garoto|adolescente|filha|filho)",
        r"(?:ja )?(?:mandei|paguei|dei|transferi) (?:\d[\d,.]*|r\$ ?\d[\d,.]*)",
    ),
    "threat_to_expose": (
        r"(?:senao|se nao|ou entao) (?:manda|mando|posta|posto|mostra|mostro|espalha|espalho|vaza|vazo|envia|envio|joga|jogo|publica|publico)",
        r"(?:diz|disse|fala|falou) que (?:manda|vai mandar|posta|vai postar|mostra|vai mostrar|espalha|vai espalhar|vaza|vai vazar|envia|vai enviar|publica|vai publicar)",
        r"(?:vai|vao) (?:parar|cair|direto) (?:ao|no|na|nos|nas|em|pro|pra|para o|para a)",
        r"(?:e|depois) (?:eu )?(?:apago|deleto|apagarei) (?:tudo|todas|todos|as \w+|os \w+)",
        r"(?:paga|pagas|pague|transfere) e (?:tudo|isso|elas|eles) (?:some|somem|desaparece|desaparecem|e apagado)",
    ),
    "audience": (
        r"(?:pro|pra|para o|para a|ao|a) (?:pessoal|povo|galera) (?:da|do) (?:igreja|escola|trabalho|faculdade|sala|turma|familia)(?: dele| dela)?",
        r"(?:pra|para a|a) (?:escola|sala|turma|familia|igreja|faculdade) (?:toda|inteira|dele|dela)",
        r"(?:grupo|grupos) (?:da|do) (?:tua |sua )?(?:turma|sala|escola|familia|igreja|trabalho|faculdade)",
        r"(?:pro|pra|para o|para a|ao|a) (?:namorado|namorada|marido|esposa|mae|pai|pais|chefe|familia|noivo|noiva) (?:dele|dela)",
    ),
    "intimate_material:weak": (
        r"(?:aquilo|as coisas|o que|as fotos|os videos) que (?:eu )?(?:mandei|mandava|enviei) (?:pra|para|pro) (?:ele|ela|voce|vc)",
        r"(?:coisas|conteudo|fotos|videos) (?:minhas|meus|meu)(?: que eu mandei)?",
        r"(?:fotos|videos|nudes|imagens) (?:\w+ ){0,3}?que (?:voce|vc|tu|ela|ele) (?:me )?(?:mandou|mandaste|enviou|enviaste|mandava)",
        r"(?:pediu|pedia|pede|pedindo|pediram) (?:umas |algumas )?(?:fotos|videos|nudes)",
        r"(?:print|prints|gravacao|gravou|gravaram|gravou a|printou a) (?:da |a |de )?(?:chamada|videochamada|ligacao)(?: de video)?",
        r"(?:a|as|o|os) que (?:eu )?ja tenho",
        r"(?:sabes|voce sabe|vc sabe|tu sabes) (?:bem |muito bem )?(?:qual|quais|do que eu to falando|do que estou a falar)",
    ),
    "demand_money": (
        # bargaining: a bare amount demanded
        r"(?:me da|me manda|me passa|me paga|manda|paga) \d[\d,.]*",
        r"(?:exigindo|exige|exigiu|pedindo|pede|pediu|cobrando|cobra|cobrou) (?:\d|dinheiro|grana|pix|r\$)",
        r"(?:continuar|continue|continua|seguir) (?:pagando|a pagar|mandando dinheiro)",
        r"(?:se|caso) (?:ele|ela) (?:nao|n) (?:pagar|pagasse|transferir)",
    ),
    "demand_material": (
        r"(?:me )?(?:mandas|manda|mande|mandar|envias|envia) mais (?:\w+ )?(?:fotos|videos|video|nudes|foto)",
    ),
    "demand_action": (
        r"(?:retirar|retira|retirares|retire|tirar|tira|retirasse) (?:a|o|minha|tua|sua) (?:medida protetiva|medida de protecao|queixa|denuncia|boletim de ocorrencia|bo|processo)",
        r"(?:passar|passa|passe|mandar|manda|me da|dar|me passa) (?:a |tua |sua )?senha",
        r"(?:voltar|volta|voltares|voltasse) (?:comigo|com ele|com ela|pra mim)",
    ),
}

# Recall round 3 (holdout9): first-person audience, material that goes around,
# outing threats, demands for an action (see en.py).
_CIRCULATION_OUTING_AND_ACTIONS: Entries = {
    "audience:weak": (
        rf"(?:pro|pra|para o|para a|para os|para as|ao|aos|as|para) (?:meu|minha|meus|minhas)(?: novo| nova)? {_KIN}",
    ),
    "threat_to_expose:weak": (
        r"(?:circula|circulam|circulando|rodam|roda|rodando|vai parar|vao parar|acaba|acabam|cai|caem) (?:no|na|nos|nas|em|por|pela|pelo|pelos|pelas)",
        r"(?:que )?(?:voce e|vc e|tu es|voce eh|vc eh) (?:gay|lesbica|bi|bissexual|trans|viado|sapatao)",
    ),
    "demand_action": (
        r"(?:me desbloqueia|desbloqueia me|me desbloqueie|desbloqueie me)",
        r"(?:apaga|apague|exclui|exclua|tira|tire|remove|remova|retira|retire) (?:teu|tua|seu|sua|o|a|esse|essa|aquele|aquela) (?:post|publicacao|avaliacao|comentario|video|story|denuncia|candidatura)",
        r"(?:me passa|me da|passa|me manda|manda) (?:tua|sua|a tua|a sua) (?:conta|senha|login)",
        r"(?:vem|venha) (?:sozinha|sozinho)",
        r"(?:nao conta|nao conte|nao fala|nao fale) (?:isso |nada )?(?:pra|para) ninguem",
    ),
}

# Recall round 4 (see en.py): denials of a joke, the police in a threat's
# condition, implied material, the writer's own online audience.
_JOKES_DENIED_POLICE_AND_HINTS: Entries = {
    "demand_action:weak": (
        r"(?:faz|faca|fazer) (?:a minha|o meu|minha|meu|minhas|meus) (?:licao|tarefa|dever|deveres|trabalho|prova)",
        r"(?:me passa|me manda|passa|manda) (?:amanha |hoje )?(?:as respostas|suas respostas|a cola|sua tarefa|o gabarito)",
    ),
    "threat_to_expose:weak": (
        r"imagina se (?:a escola toda|a sala toda|todo mundo|a turma toda|sua \w+|seu \w+|seus \w+) (?:visse|vissem|ve|souber|soubesse)",
    ),
    "not_a_joke": (
        r"(?:isso )?nao (?:e|eh|foi) (?:brincadeira|piada|zoeira)",
        r"(?:nao (?:to|tou|estou) brincando|to falando serio|estou falando serio|falo serio|e serio)",
    ),
    "deadline": (
        r"se (?:voce |vc |tu )?(?:for a|for na|for pra|chamar a|avisar a|contar pra|contar para|falar com a|procurar a) (?:policia|delegacia)",
        r"se (?:voce |vc |tu )?(?:me denunciar|fizer (?:um )?(?:b o|bo|boletim))",
    ),
    "intimate_material:weak": (
        r"(?:e|tenho|to com|da) (?:muito |muita |tanta )?(?:vergonhoso|vergonha)",
        r"(?:aquilo |o )?que eu fiz na (?:chamada|camera|cam|webcam|videochamada|chamada de video)",
        r"(?:fotos|videos|coisas) que eu nao (?:devia|deveria) ter (?:mandado|enviado)",
        r"(?:algo|uma coisa) (?:pessoal|privad[oa]|intim[oa]|vergonhos[oa])",
        r"coisas (?:pessoais|privadas|intimas|minhas)",
        r"de quando a gente (?:namorava|ficava|estava junto|tava junto)",
        r"o que (?:voce|vc|tu) me (?:mandou|enviou)",
    ),
    "audience:weak": (r"(?:todos )?(?:os )?meus (?:seguidores|inscritos)",),
}

# Nameless and implied (holdout11 families, in every language): a disclosure that
# names nothing ("alguém tem umas coisas minhas que não podem sair", "não consigo
# explicar mais"), a countdown as the deadline ("faltam 2 dias"), a performance
# on camera as implied material, "seria uma pena se", material named by where it
# was taken ("no banho"), "the whole congregation will see", withdrawing one's
# name, "estão comigo" and "eu sei das fotos" as proof; examples introduced by
# "tipo" and instance rules are policy talk.
_NAMELESS_AND_IMPLIED: Entries = {
    # a countdown to an event of one's own is everyday, not a deadline
    "everyday_context": (
        r"(?:faltam|falta) \d+ (?:dias|semanas) (?:para o|para a|pro|pra|para meu|para minha|até o|até a) (?:aniversário|casamento|viagem|férias|show|prova|provas|festa|natal|estreia|formatura|jogo)",
    ),
    "victim_disclosure:weak": (
        r"(?:minha filha|meu filho|nossa filha|nosso filho)(?: de \d+ anos)? (?:me|nos) mostrou",
        r"(?:alguem|um cara|uma pessoa|um desconhecido|uma desconhecida|um menino|uma menina) (?:tem|guarda|ainda tem) (?:umas |algumas )?(?:coisas minhas|coisas de mim|algo meu|algo de mim|fotos minhas|videos meus)",
        r"nao (?:consigo|posso|tenho coragem de) (?:explicar|falar|contar|dizer|escrever) (?:mais|nada mais|mais nada)(?: agora| por enquanto| por agora)?",
    ),
    "intimate_material:weak": (
        r"que nao (?:podem|pode|devem|deve|deveriam|deveria) (?:sair|vazar|existir|ser vistas|ser vistos|ser vista|ser visto|aparecer)",
        r"que ninguem (?:pode|deve|podia|deveria) ver",
        r"(?:nunca quis|nao quero|nao queria) que (?:ninguem|alguem|as pessoas) (?:visse|veja|vissem|vejam)",
        r"(?:o que (?:voce|vc|tu) fez|bela performance|belo show|que performance|que show) (?:na|em frente a|diante da|na frente da) (?:camera|cam|webcam)",
    ),
    "intimate_material": (
        r"(?:(?:as|os|tuas|teus|suas|seus|minhas|meus|essas|esses|a|o) )?(?:fotos?|videos?|clips?) (?:\w+ ){0,4}(?:no banho|no chuveiro|na banheira|tomando banho)",
    ),
    "deadline": (r"tic ?tac", r"se (?:a senhora|o senhor|voces) nao"),
    "deadline:weak": (r"(?:faltam|falta|so faltam|restam|sobram) \d+ (?:dias?|horas?|noites?)",),
    "threat_to_expose:weak": (r"(?:seria|vai ser) uma (?:pena|pena mesmo|lastima) (?:se|que)",),
    "threat_to_expose": (
        r"(?:a|o|toda a|todo o) (?:congregacao|igreja|familia|escola|empresa|turma|faculdade|sala|firma|equipe|galera|comunidade|vizinhanca) (?:inteira |inteiro |toda |todo )?(?:vai|vao) (?:ver|saber|ficar sabendo)",
    ),
    "proof_of_possession:weak": (
        r"(?:estao|tao|estão|ta|esta|está) (?:todas |todos |tudo )?comigo",
        r"(?:eu )?sei (?:das|dos|sobre as|sobre os) (?:fotos|videos|nudes|mensagens)",
    ),
    "demand_action": (
        r"(?:retirar|tirar|retire|tire|retira|tira) (?:o )?(?:seu |teu |vosso )?nome (?:da|do|de)",
    ),
    "news_or_advice": (
        r"(?:mensagens|dms|ameacas|textos|posts) (?:de (?:chantagem|extorsao|ameaca|sextorsao) )?(?:tipo|do tipo|estilo)",
    ),
    "policy_discussion": (r"(?:as )?(?:regras|normas) (?:da|desta|da nossa) instancia",),
}

_SOMEONE_ELSES_RISK: Entries = {
    # Um pai ou um amigo conta o desespero da vítima, e a idade dela.
    "self_harm_risk": (
        r"(?:quer|diz que quer|disse que quer) (?:morrer|se matar|sumir|tirar a (?:propria )?vida)",
        r"(?:se matar|tirar a (?:propria )?vida|se machucar|se cortar)",
        r"nao quer (?:mais )?viver",
    ),
    "minor_indicator": (
        rf"(?:filho|filha|sobrinho|sobrinha|irmao|irma|neto|neta) (?:de |tem )?{_AGE}(?: anos)?(?![0-9])",
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
