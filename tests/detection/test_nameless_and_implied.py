"""Recall round 5 (holdout11): hesitant disclosures that name nothing, webcam-style
threats that only imply the material, parents and friends telling the threat in
the third person, action demands and dialect, and examples quoted in policy
debates. Paradigms rather than the seen sentences, each in several languages.

None of these texts is in a corpus file. The signal cases name the signal each
family must produce; the whole texts must be read as sextortion, and the
negatives (countdowns to a birthday or a release, a diary nobody may see, a
borrowed bike, a bath-time photo for grandma, a rained-out wedding) must stay
negative.
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest

from haven.detection import Label, SignalType, detect
from tests.detection.families import assert_read_as, assert_signal, signal_cases

S = SignalType

FAMILIES = {
    "someone has something of mine": [
        ("en", "somebody has stuff of mine", S.VICTIM_DISCLOSURE),
        ("de", "irgendwer hat Zeug von mir", S.VICTIM_DISCLOSURE),
        ("fr", "un inconnu a des choses de moi", S.VICTIM_DISCLOSURE),
        ("es", "un desconocido tiene cosas mías", S.VICTIM_DISCLOSURE),
        ("pt", "um cara tem algo meu", S.VICTIM_DISCLOSURE),
        ("it", "un tizio ha qualcosa di mio", S.VICTIM_DISCLOSURE),
        ("nl", "een onbekende heeft dingen van mij", S.VICTIM_DISCLOSURE),
        ("ja", "写真を持ってる相手がいる", S.VICTIM_DISCLOSURE),
    ],
    "that must not get out": [
        ("en", "which must never come out", S.INTIMATE_MATERIAL),
        ("en", "that no one should ever see", S.INTIMATE_MATERIAL),
        ("de", "die niemand sehen soll", S.INTIMATE_MATERIAL),
        ("de", "die nie an die Öffentlichkeit kommen dürfen", S.INTIMATE_MATERIAL),
        ("fr", "qui devraient pas exister", S.INTIMATE_MATERIAL),
        ("es", "que nadie debe ver", S.INTIMATE_MATERIAL),
        ("pt", "que não deveriam existir", S.INTIMATE_MATERIAL),
        ("it", "che nessuno deve vedere", S.INTIMATE_MATERIAL),
        ("nl", "die nooit had mogen bestaan", S.INTIMATE_MATERIAL),
        ("ja", "誰にも見せられない動画", S.INTIMATE_MATERIAL),
    ],
    "not daring to say more": [
        ("en", "i can't tell you more right now", S.VICTIM_DISCLOSURE),
        ("de", "mehr kann ich leider nicht schreiben", S.VICTIM_DISCLOSURE),
        ("fr", "j'ose pas en dire davantage", S.VICTIM_DISCLOSURE),
        ("es", "no me atrevo a decir nada más", S.VICTIM_DISCLOSURE),
        ("pt", "não tenho coragem de contar mais", S.VICTIM_DISCLOSURE),
        ("it", "non oso raccontare di più", S.VICTIM_DISCLOSURE),
        ("nl", "ik durf niets meer te zeggen", S.VICTIM_DISCLOSURE),
        ("ja", "詳しくは書けません", S.VICTIM_DISCLOSURE),
    ],
    "a countdown sent as a deadline": [
        ("en", "2 nights left", S.DEADLINE),
        ("de", "nur noch 2 Tage", S.DEADLINE),
        ("fr", "il te reste 4 jours", S.DEADLINE),
        ("fr", "tic tac", S.DEADLINE),
        ("es", "te quedan 5 horas", S.DEADLINE),
        ("pt", "restam 3 dias", S.DEADLINE),
        ("it", "ti restano 2 giorni", S.DEADLINE),
        ("nl", "nog maar 2 dagen", S.DEADLINE),
        ("nl", "tik tak", S.DEADLINE),
        ("ja", "あと2日", S.DEADLINE),
    ],
    "a performance on camera": [
        ("en", "quite a show in front of the webcam", S.INTIMATE_MATERIAL),
        ("de", "was du gestern vor der Webcam gemacht hast", S.INTIMATE_MATERIAL),
        ("fr", "ce que vous avez fait devant votre webcam", S.INTIMATE_MATERIAL),
        ("es", "lo que hiciste anoche frente a la cámara", S.INTIMATE_MATERIAL),
        ("pt", "o que você fez na frente da câmera", S.INTIMATE_MATERIAL),
        ("it", "quello che hai fatto davanti alla telecamera", S.INTIMATE_MATERIAL),
        ("nl", "wat je voor de webcam deed", S.INTIMATE_MATERIAL),
        ("ja", "カメラの前でしてたこと", S.INTIMATE_MATERIAL),
    ],
    "it would be a shame if": [
        ("de", "wäre echt blöd, wenn", S.THREAT_TO_EXPOSE),
        ("fr", "ça serait vraiment dommage si", S.THREAT_TO_EXPOSE),
        ("es", "sería una lástima si", S.THREAT_TO_EXPOSE),
        ("pt", "seria uma pena se", S.THREAT_TO_EXPOSE),
        ("it", "sarebbe un vero peccato se", S.THREAT_TO_EXPOSE),
        ("nl", "het zou jammer zijn als", S.THREAT_TO_EXPOSE),
        ("ja", "知られたら残念なことになる", S.THREAT_TO_EXPOSE),
    ],
    "material named by where it was taken": [
        ("en", "those videos of her in the bath", S.INTIMATE_MATERIAL),
        ("de", "deine Fotos unter der Dusche", S.INTIMATE_MATERIAL),
        ("fr", "tes vidéos sous la douche", S.INTIMATE_MATERIAL),
        ("es", "los videos tuyos en la bañera", S.INTIMATE_MATERIAL),
        ("pt", "as fotos de você no chuveiro", S.INTIMATE_MATERIAL),
        ("it", "le foto di te sotto la doccia", S.INTIMATE_MATERIAL),
        ("nl", "je filmpjes onder de douche", S.INTIMATE_MATERIAL),
    ],
    "a third-person threat with a pronoun object": [
        ("de", "droht jetzt, die überall zu verbreiten", S.THREAT_TO_EXPOSE),
        ("de", "droht ihr, sie an ihre Eltern zu schicken", S.THREAT_TO_EXPOSE),
        ("fr", "en menaçant de les diffuser", S.THREAT_TO_EXPOSE),
        ("it", "lo minaccia di mandarle", S.THREAT_TO_EXPOSE),
        ("it", "ha minacciato di diffonderli", S.THREAT_TO_EXPOSE),
        ("nl", "dreigt ze online te zetten", S.THREAT_TO_EXPOSE),
        ("nl", "dreigt haar oude filmpjes te delen", S.THREAT_TO_EXPOSE),
        ("pt", "a turma inteira vai saber", S.THREAT_TO_EXPOSE),
    ],
    "a third-person demand for more": [
        ("fr", "leur demande d'autres photos", S.DEMAND_MATERIAL),
        ("nl", "wil nog meer foto's", S.DEMAND_MATERIAL),
        ("de", "wenn ich ihr nicht mehr sende", S.DEMAND_MATERIAL),
    ],
    "a parent shown the messages": [
        ("en", "our 14 year old daughter showed us", S.VICTIM_DISCLOSURE),
        ("de", "unser Sohn hat uns", S.VICTIM_DISCLOSURE),
        ("fr", "mon fils de 15 ans m'a montré", S.VICTIM_DISCLOSURE),
        ("es", "mi hijo de 14 años me mostró", S.VICTIM_DISCLOSURE),
        ("pt", "minha filha de 13 anos me mostrou", S.VICTIM_DISCLOSURE),
        ("it", "mio figlio di 14 anni mi ha fatto vedere", S.VICTIM_DISCLOSURE),
        ("nl", "mijn zoon liet me vandaag screenshots zien", S.VICTIM_DISCLOSURE),
        ("ja", "娘がDMを見せてくれた", S.VICTIM_DISCLOSURE),
    ],
    "action demands": [
        ("en", "make me a moderator", S.DEMAND_ACTION),
        ("es", "dame admin", S.DEMAND_ACTION),
        ("es", "te mudas del departamento", S.DEMAND_ACTION),
        ("pt", "tirar o seu nome da chapa", S.DEMAND_ACTION),
        ("de", "zurück zu mir kommst", S.DEMAND_ACTION),
        ("ja", "明日会いに来い", S.DEMAND_ACTION),
    ],
    "dialect and plural threats": [
        ("es", "o las ven tu viejos", S.THREAT_TO_EXPOSE),
        ("es", "publicamos tus fotos", S.THREAT_TO_EXPOSE),
        ("es", "tenemos las capturas", S.PROOF_OF_POSSESSION),
        ("pt", "tão todas comigo", S.PROOF_OF_POSSESSION),
        ("ja", "インスタに晒す", S.THREAT_TO_EXPOSE),
    ],
    "examples and rules in a policy debate": [
        ("es", "amenazas tipo", S.NEWS_OR_ADVICE),
        ("es", "la normativa de esta instancia", S.POLICY_DISCUSSION),
        ("pt", "mensagens de chantagem tipo", S.NEWS_OR_ADVICE),
        ("it", "messaggi di ricatto tipo", S.NEWS_OR_ADVICE),
        ("it", "le regole di questa istanza", S.POLICY_DISCUSSION),
        ("ja", "「晒すぞ」みたいな通報", S.REPORT_FRAMING),
        ("ja", "運営方針について", S.POLICY_DISCUSSION),
    ],
}


@pytest.mark.parametrize(("lang", "text", "kind"), signal_cases(FAMILIES))
def test_family_signal(lang: str, text: str, kind: SignalType) -> None:
    assert_signal(lang, text, kind)


POSITIVES = [
    # hesitant disclosures that name nothing
    (
        "en",
        "idk if i can post this here. somebody has stuff of mine that nobody should ever see and every night it's just '2 days left'. i can't say more",
    ),
    (
        "de",
        "sorry falls falsch hier. irgendwer hat Bilder von mir, die nie rauskommen sollten, und schreibt jeden Tag nur 'noch 2 Tage'. Mehr kann ich nicht sagen.",
    ),
    (
        "es",
        "no sé si va aquí. un desconocido tiene cosas mías que nadie debe ver y me escribe 'te quedan 2 días'. no me atrevo a decir más",
    ),
    (
        "it",
        "scusate. un tizio ha qualcosa di mio che non dovrebbe esistere e mi scrive 'mancano 2 giorni'. non riesco a dire di più",
    ),
    (
        "ja",
        "相談していいのかな…人に見せられない写真を持ってる相手がいて、毎日「あと2日」って来る。これ以上は書けない",
    ),
    # webcam-style threats, material implied
    (
        "fr",
        "Je sais ce que vous avez fait devant votre webcam samedi. Ce serait dommage que votre bureau l'apprenne. 300 € en BTC avant vendredi.",
    ),
    (
        "es",
        "Vi lo que hiciste anoche frente a la cámara. Sería una pena que tu jefe lo viera. 0,01 BTC y se olvida todo.",
    ),
    (
        "it",
        "Ho visto quello che hai fatto davanti alla telecamera. Sarebbe un peccato se la tua famiglia lo vedesse. 0,02 BTC entro lunedì.",
    ),
    (
        "ja",
        "カメラの前でしてたこと、全部見ました。家族に知られたら残念なことになりますね。金曜までに0.01BTC。",
    ),
    # third-person threats told by a friend or parent
    (
        "fr",
        "J'écris pour une amie. Son ex lui demande d'autres photos en menaçant de diffuser celles qu'elle lui a envoyées.",
    ),
    (
        "it",
        "Mio figlio di 14 anni mi ha fatto vedere i messaggi: un tizio lo minaccia di mandarle ai compagni se non gli dà 200 euro.",
    ),
    (
        "nl",
        "Mijn zoon liet me vandaag screenshots zien: iemand wil nog meer foto's en dreigt de eerdere online te zetten.",
    ),
    # material named by where it was taken, with an action demand
    (
        "es",
        "O te mudas del departamento este mes o los videos tuyos en la bañera los ve toda la facultad.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), POSITIVES)
def test_positive(lang: str, text: str) -> None:
    assert_read_as(Label.SEXTORTION, text, lang)


NEGATIVES = [
    # countdowns to one's own event, with a teaser
    ("en", "only 3 days left until my birthday!! can't say more, it's a surprise"),
    ("de", "noch 3 Tage bis zum Urlaub, mehr kann ich grad nicht sagen 😅"),
    ("fr", "plus que 3 jours avant la sortie de l'album ! je peux pas en dire plus"),
    ("es", "quedan 3 días para mi cumpleaños, no puedo contar más que es sorpresa"),
    ("pt", "faltam 2 dias pro show! não posso contar mais nada"),
    ("nl", "nog 3 dagen tot de vakantie! meer kan ik nu niet zeggen"),
    ("ja", "誕生日まであと3日。これ以上は言えない"),
    # things nobody may see, someone has something of mine
    ("en", "my diary is something nobody may see, not even my sister"),
    ("en", "someone has something of mine: my bike! they borrowed it and never returned it"),
    ("de", "jemand hat Sachen von mir aus dem Keller geklaut"),
    # "a shame if", a performance on camera, bath photos
    ("es", "sería una pena que lloviera el sábado"),
    ("it", "sarebbe un peccato se il concerto saltasse"),
    ("en", "nice performance on camera at the town hall meeting!"),
    ("ja", "先週のカメラの前での姿、堂々としててかっこよかった"),
    ("es", "fotos del bebé en la bañera para la abuela"),
    ("de", "Ihr Ex droht, die Kaution einzubehalten"),
    # policy debates quoting a threat
    (
        "es",
        "Propuesta para la normativa de la instancia: ¿ponemos CW a los posts que citan amenazas tipo 'paga o publico tus fotos'?",
    ),
    (
        "pt",
        "Debate sobre as regras da instância: escondemos atrás de CW posts que citam mensagens de chantagem tipo 'paga ou vaza tuas fotos'?",
    ),
    (
        "ja",
        "運営方針の相談です。「金払わないと写真をばらまく」みたいな通報は最優先で対応、という運用でいいですか。",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_negative(lang: str, text: str) -> None:
    assert_read_as(Label.NOT_SEXTORTION, text, lang)


def test_according_to_him_is_not_news() -> None:
    """Italian "secondo lui" is an opinion, not a source: only "secondo la polizia"
    and the like are news."""
    assert (
        S.NEWS_OR_ADVICE not in detect("i soldi che secondo lui gli deve", lang="it").signal_types
    )
    assert (
        S.NEWS_OR_ADVICE in detect("secondo la polizia i casi sono tanti", lang="it").signal_types
    )


def test_on_this_instance_is_a_place() -> None:
    """Dutch "op deze instance" is where the writer asks for help, like "op deze server"."""
    assert (
        S.POLICY_DISCUSSION
        not in detect("bij wie moeten we zijn op deze instance", lang="nl").signal_types
    )
