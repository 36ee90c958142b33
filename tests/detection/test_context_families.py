"""Texts that quote or mimic a threat without being one, next to victims who quote theirs.

Each family is checked in several languages, with the context signal that should
explain the low score, so that removing the family's entries fails the test:
narration and recaps around a quoted threat (fiction), awareness, school and
legal notices that quote a typical threat (news_or_advice), moderators'
hypotheticals and workflow questions (policy_discussion), and threats about
material named as something not intimate (not_intimate): a filmed breakfast,
customer data, a pet, house photos, a photographer's invoice, a debt.
"""

# ruff: noqa: E501, RUF001  (whole texts in eight languages, Japanese punctuation)
from __future__ import annotations

import pytest

from haven.detection import Label, detect
from haven.detection.detection import Signal, SignalType
from haven.detection.scoring import score

S = SignalType

NEGATIVES = [
    # fiction: narration, recaps, pitches
    (
        S.FICTION,
        "The message on her phone read: 'Pay, or your wife sees the video.' Detective Moreau sighed and put the phone down.",
    ),
    (
        S.FICTION,
        "Recap of last night's episode: the villain texts Jen 'send 2k or your nudes go to your boss' and she finally calls the police.",
    ),
    (
        S.FICTION,
        "Film pitch: a lonely teacher gets a message, 'pay $5,000 or everyone at your school sees the video', and hunts the blackmailer down.",
    ),
    (
        S.FICTION,
        "Auf dem Display stand: „Zahl 500 Euro, oder deine Frau sieht das Video.“ Kommissarin Brandt seufzte und legte das Handy weg.",
    ),
    (
        S.FICTION,
        "Le message affichait : « Paie, ou ta femme verra la vidéo. » L'inspecteur Moreau soupira et reposa le téléphone.",
    ),
    (
        S.FICTION,
        "El mensaje rezaba: «Paga o tu mujer verá el vídeo». La inspectora Ruiz suspiró y dejó el móvil sobre la mesa.",
    ),
    (
        S.FICTION,
        "Resumo do episódio de ontem: o vilão manda pra Ana 'paga 2 mil ou teus nudes vão pro teu chefe'. Spoiler!",
    ),
    (
        S.FICTION,
        "Il messaggio sul telefono recitava: «Paga, o tua moglie vedrà il video». Il commissario Rossi sospirò.",
    ),
    (
        S.FICTION,
        "Op het scherm stond: 'Betaal, of je vrouw ziet de video.' Inspecteur De Vries zuchtte en legde de telefoon neer.",
    ),
    (
        S.FICTION,
        "スマホの画面には「金を払え。さもないと妻に動画を見せる」と書かれていた。刑事の佐藤はため息をついた。",
    ),
    # news, awareness, school and legal texts quoting a typical threat
    (
        S.NEWS_OR_ADVICE,
        "Messages like 'pay me $500 or I send your nudes to your whole family' are sextortion. Don't pay, screenshot, block, report.",
    ),
    (
        S.NEWS_OR_ADVICE,
        'Reminder for tomorrow\'s assembly: our guest from the police cyber unit will talk about sextortion, when someone online gets a photo and then says "pay me or I send it to your school".',
    ),
    (
        S.NEWS_OR_ADVICE,
        "Legal reminder: threatening to share intimate images to get money is a criminal offence punishable by up to 5 years.",
    ),
    (
        S.NEWS_OR_ADVICE,
        "Nachrichten wie „zahl 300 € oder ich schicke deine Nacktbilder an deine Familie“ sind Sextortion. Nicht zahlen, melden. Das ist strafbar.",
    ),
    (
        S.NEWS_OR_ADVICE,
        "Rappel juridique : menacer quelqu'un de diffuser des images intimes pour obtenir de l'argent constitue une extorsion, lourdement punie par la loi.",
    ),
    (
        S.NEWS_OR_ADVICE,
        "Mensajes como «paga 300 € o envío tus fotos íntimas a tu familia» son sextorsión. No pagues. Es delito.",
    ),
    (
        S.NEWS_OR_ADVICE,
        "Messaggi come «paga 300 € o mando le tue foto intime alla tua famiglia» sono sextortion. Non pagare. È reato.",
    ),
    (
        S.NEWS_OR_ADVICE,
        'Berichten als "betaal 200 euro of ik stuur je naaktfoto\'s naar je familie" zijn sextortion. De dader is strafbaar, jij niet.',
    ),
    (
        S.NEWS_OR_ADVICE,
        "保護者の皆様へ：全校集会で警察の方から性的脅迫についてお話しいただきます。画像を拡散すると脅されたら、お金を払わず先生に相談するよう指導します。",
    ),
    (
        S.NEWS_OR_ADVICE,
        "「金払わないと裸の画像を家族にばらまく」みたいなDMはセクストーション（性的脅迫）です。払わない、スクショ保存、通報。",
    ),
    # moderation policy, workflow questions and hypotheticals
    (
        S.POLICY_DISCUSSION,
        "Mod question: when a user reports that someone is threatening to leak their nudes unless they pay, what's your workflow?",
    ),
    (
        S.POLICY_DISCUSSION,
        "How should mods handle a report where someone says they'll leak nudes unless paid?",
    ),
    (
        S.POLICY_DISCUSSION,
        "Rein hypothetisch: Wenn jemand postet „schick mir 100 € oder ich poste deine Fotos“, würdet ihr das löschen?",
    ),
    (
        S.POLICY_DISCUSSION,
        "Pregunta hipotética para el equipo de moderación: si alguien cita «paga o lo publico», ¿se marca como contenido sensible?",
    ),
    (
        S.POLICY_DISCUSSION,
        'Vale a pena filtrar DM que tenha "pix" e "nudes" na mesma mensagem? Alguém já testou isso?',
    ),
    (
        S.POLICY_DISCUSSION,
        "Question pour les modos : comment gérez-vous un signalement où quelqu'un menace de publier des nudes si on ne paie pas ?",
    ),
    (
        S.POLICY_DISCUSSION,
        "他サーバーの管理者さんに質問です。性的画像をネタに脅されているという通報が来たとき、どう対応していますか？",
    ),
    # material named as something not intimate
    (
        S.NOT_INTIMATE,
        "I hacked your webcam and recorded you eating cereal in your pyjamas. Pay $500 in bitcoin within 24 hours or I send the video to all your contacts.",
    ),
    (
        S.NOT_INTIMATE,
        "Sehr geehrter Herr, ich habe Ihre Webcam gehackt und gesehen, wie Sie in Socken und Sandalen den Müll rausbringen. Zahlen Sie 1 BTC oder ich schicke das Video an die Modepolizei.",
    ),
    (
        S.NOT_INTIMATE,
        "Te grabé comiendo cereales en pijama. Paga 0,1 BTC o mando el vídeo a tu madre.",
    ),
    (
        S.NOT_INTIMATE,
        "An die Geschäftsführung: Wir haben 400 GB Ihrer Kundendaten kopiert. Zahlen Sie 15 BTC innerhalb von 72 Stunden, sonst veröffentlichen wir alles.",
    ),
    (
        S.NOT_INTIMATE,
        "Nous avons copié les données clients de votre entreprise. Payez 10 BTC sous 48 heures ou nous publions tout.",
    ),
    (
        S.NOT_INTIMATE,
        "I'm going to expose every single lie this councillor told about the housing budget. Pay attention.",
    ),
    (
        S.NOT_INTIMATE,
        "my cat has threatened to expose my 3am snack habits to the entire family unless I pay him in treats.",
    ),
    (
        S.NOT_INTIMATE,
        "mon chat menace de révéler à toute la famille que je mange des pâtes froides si je le paie pas en croquettes.",
    ),
    (S.NOT_INTIMATE, "Mijn hond dreigt mijn ex te appen als ik hem niet nog een koekje geef."),
    (
        S.NOT_INTIMATE,
        "Kun je de foto's van het huis doorsturen? De makelaar wil ze voor morgen 12 uur hebben.",
    ),
    (
        S.NOT_INTIMATE,
        "Ciao Martina! Le foto del servizio boudoir sono pronte. Come da contratto ti invio la galleria completa appena ricevo il saldo (180 €).",
    ),
    (
        S.NOT_INTIMATE,
        "Hoi Eva! Je boudoirfoto's zijn klaar. Zoals afgesproken stuur ik de volledige galerij zodra de factuur (250 euro) betaald is.",
    ),
    (
        S.NOT_INTIMATE,
        "Vou fazer um exposed desse cara que me deu calote de 800 reais e sumiu. Prints das conversas abaixo, cuidado com ele.",
    ),
    (
        S.NOT_INTIMATE,
        "3万借りたまま音信不通になった元同僚、LINEのスクショ晒しとくので皆さん気をつけて",
    ),
]


@pytest.mark.parametrize(("kind", "text"), NEGATIVES)
def test_quoted_mimicked_or_ordinary_threats_are_not_sextortion(kind, text):
    result = detect(text)
    assert result.of_type(kind), text
    assert result.label is Label.NOT_SEXTORTION, (result.score, text)


# A victim (or a parent, or a witness) quoting what was sent stays sextortion.
VICTIMS = [
    "he sent me this: 'pay 300 or your family sees the video'",
    "er hat mir das geschickt: „zahl 300 oder deine familie sieht das video“",
    "me mandó esto: «paga 300 o tu familia ve el vídeo»",
    "ele me mandou isso: 'paga 300 ou tua família vê o vídeo'",
    "mi ha mandato questo: «paga 300 o la tua famiglia vede il video»",
    "hij stuurde me dit: 'betaal 300 of je familie ziet de video'",
    "こんなDMが来た「30万払わないと家族に動画を送る」",
    "my ex says he'll post the video unless I come back",
    "mi ex dice que va a publicar el vídeo si no vuelvo con él",
    "meu ex disse que vai postar o vídeo se eu não voltar pra ele",
    "il mio ex dice che pubblicherà il video se non torno con lui",
    "mijn ex zegt dat hij de video post als ik niet terugkom",
    "元彼が復縁しないなら動画をネットに上げるって言ってる",
    "My son (14) is being threatened: someone says they'll send his photos to his school unless he pays 200. What do we do?",
    "Mon fils de 14 ans se fait faire chanter : quelqu'un menace d'envoyer ses photos à son collège s'il ne paie pas 200 €.",
    "A mi hijo de 14 años lo están chantajeando: alguien amenaza con mandar sus fotos a su colegio si no paga 200 €.",
    "Meu filho de 14 anos está sendo chantageado: alguém ameaça mandar as fotos dele pra escola se ele não pagar 200.",
    "Mio figlio di 14 anni è ricattato: qualcuno minaccia di mandare le sue foto alla scuola se non paga 200 €.",
    "息子（14）が脅されています。写真を学校に送られたくなければ2万払えと言われたそうです。",
    "Beware of @x@example.social, he is blackmailing people with their nudes.",
    "Vorsicht vor @x@example.social, er erpresst Leute mit ihren Nacktbildern.",
    "Attention à @x@example.social, il fait chanter des gens avec leurs nudes.",
    "Cuidado con @x@example.social, está chantajeando a gente con sus fotos íntimas.",
    "Attenzione a @x@example.social, ricatta le persone con le loro foto intime.",
    "Pas op voor @x@example.social, hij chanteert mensen met hun naaktfoto's.",
]


@pytest.mark.parametrize("text", VICTIMS)
def test_victims_parents_and_witnesses_quoting_a_threat_stay_sextortion(text):
    result = detect(text)
    assert result.label is Label.SEXTORTION, (result.score, text)


def _signals(*kinds: SignalType) -> list[Signal]:
    return [Signal(kind, i, i + 1, "x") for i, kind in enumerate(kinds)]


THREAT = (S.THREAT_TO_EXPOSE, S.AUDIENCE, S.DEMAND_MONEY, S.DEADLINE, S.PROOF_OF_POSSESSION)


def test_context_outweighs_a_fully_spelled_out_threat_unless_a_victim_speaks():
    quoted = _signals(*THREAT, S.INTIMATE_MATERIAL, S.EXTORTION_TERM, S.NEWS_OR_ADVICE)
    assert score(quoted) < 0.5
    disclosed = quoted + _signals(S.VICTIM_DISCLOSURE)
    assert score(disclosed) > 0.9


def test_not_intimate_material_is_shielded_only_by_material_intimate_by_itself():
    ordinary = _signals(*THREAT, S.NOT_INTIMATE)
    assert score(ordinary) < 0.5
    # a disclosure does not shield it: "my cat threatened to expose my snack habits"
    assert score(_signals(S.VICTIM_DISCLOSURE, S.DEMAND_MONEY, S.NOT_INTIMATE)) < 0.5
    weak = Signal(S.INTIMATE_MATERIAL, 9, 10, "the video", weight=0.5)
    assert score([*ordinary, weak]) < 0.5
    assert score([*ordinary, Signal(S.INTIMATE_MATERIAL, 9, 10, "nudes")]) > 0.9
