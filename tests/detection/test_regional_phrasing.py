"""Families of phrasing added for recall after holdout6, each in several languages.

Each case names the signal the family must produce; none of these texts is in a
corpus file, and each was missed before the family was added.
"""

from __future__ import annotations

import pytest

from haven.detection import Label, SignalType, detect
from tests.detection.families import assert_read_as, assert_signal, signal_cases

S = SignalType

FAMILIES = {
    "regional payment apps and vouchers": [
        ("de", "300 Franken per Twint", S.DEMAND_MONEY),
        ("fr", "250$ par Interac", S.DEMAND_MONEY),
        ("nl", "stuur het via Payconiq", S.DEMAND_MONEY),
        ("es", "pasame 100 lucas por Nequi", S.DEMAND_MONEY),
        ("es", "mándalo por Mercado Pago", S.DEMAND_MONEY),
        ("fr", "en coupons Transcash", S.DEMAND_MONEY),
        ("it", "due buoni Amazon", S.DEMAND_MONEY),
        ("pt", "100 paus agora", S.DEMAND_MONEY),
        ("ja", "0.01BTCを送金", S.DEMAND_MONEY),
        ("ja", "PayPayで払え", S.DEMAND_MONEY),
    ],
    "workplace, club and team audiences": [
        ("en", "or ur manager sees them", S.AUDIENCE),
        ("en", "sent to your coach", S.AUDIENCE),
        ("de", "an deinen ganzen Verein", S.AUDIENCE),
        ("de", "a dini ganzi Familie", S.AUDIENCE),
        ("fr", "à tout ton club de foot", S.AUDIENCE),
        ("fr", "ton boss pis ta blonde", S.AUDIENCE),
        ("es", "Recursos Humanos recibe", S.AUDIENCE),
        ("pt", "pra tua sala toda", S.AUDIENCE),
        ("it", "ai tuoi compagni di squadra", S.AUDIENCE),
        ("nl", "heel uw school", S.AUDIENCE),
        ("nl", "je hele voetbalteam", S.AUDIENCE),
        ("ja", "人事部宛に送る", S.AUDIENCE),
    ],
    "school levels across school systems": [
        ("fr", "je suis en secondaire 3", S.MINOR_INDICATOR),
        ("es", "voy al instituto", S.MINOR_INDICATOR),
        ("es", "tengo 16, un pibe", S.MINOR_INDICATOR),
        ("pt", "ando na secundária", S.MINOR_INDICATOR),
        ("it", "faccio la terza superiore", S.MINOR_INDICATOR),
        ("nl", "ik zit in het vierde middelbaar", S.MINOR_INDICATOR),
    ],
    "more material as a routine or on a clock": [
        ("en", "if you stop sending I post them", S.DEMAND_MATERIAL),
        ("en", "a new one every night", S.DEMAND_MATERIAL),
        ("de", "jeden Abend ein neues", S.DEMAND_MATERIAL),
        ("fr", "si t'arrêtes de m'envoyer", S.DEMAND_MATERIAL),
        ("es", "si dejas de mandarme", S.DEMAND_MATERIAL),
        ("pt", "se parar de me mandar", S.DEMAND_MATERIAL),
        ("it", "10 minuti per mandarmi un altro video", S.DEMAND_MATERIAL),
        ("nl", "je stopt niet met sturen", S.DEMAND_MATERIAL),
        ("ja", "もっと送らないと", S.DEMAND_MATERIAL),
    ],
    "an ex's condition": [
        ("en", "if you break up with me", S.DEADLINE),
        ("de", "wenn du mit mir Schluss machst", S.DEADLINE),
        ("fr", "si tu me quittes", S.DEADLINE),
        ("es", "si me dejas", S.DEADLINE),
        ("pt", "se me deixares", S.DEADLINE),
        ("it", "se mi lasci", S.DEADLINE),
        ("nl", "als je me verlaat", S.DEADLINE),
        ("ja", "別れるなら", S.DEADLINE),
    ],
    "deepfakes from ordinary photos": [
        ("en", "made from your profile pics", S.INTIMATE_MATERIAL),
        ("de", "ein Video mit deinem Gesicht", S.INTIMATE_MATERIAL),
        ("fr", "un montage avec ton visage", S.INTIMATE_MATERIAL),
        ("es", "un montaje con tu cara", S.INTIMATE_MATERIAL),
        ("it", "un fotomontaggio con la tua faccia", S.INTIMATE_MATERIAL),
        ("nl", "van je profielfoto's iets gemaakt", S.INTIMATE_MATERIAL),
        ("ja", "顔写真を使って合成画像を作った", S.INTIMATE_MATERIAL),
    ],
    "I know who you are": [
        ("en", "i know which school you go to", S.PROOF_OF_POSSESSION),
        ("fr", "j'ai déjà les numéros de ton coach", S.PROOF_OF_POSSESSION),
        ("pt", "sei onde trabalhas", S.PROOF_OF_POSSESSION),
        ("it", "ho già i numeri", S.PROOF_OF_POSSESSION),
        ("nl", "ik weet in welke klas ge zit", S.PROOF_OF_POSSESSION),
        ("ja", "お前の裏垢特定した", S.PROOF_OF_POSSESSION),
    ],
    "weekday and Flemish deadlines": [
        ("fr", "avant lundi", S.DEADLINE),
        ("es", "antes del viernes", S.DEADLINE),
        ("pt", "até segunda", S.DEADLINE),
        ("it", "entro lunedì", S.DEADLINE),
        ("nl", "tegen morgen", S.DEADLINE),
        ("ja", "金曜日までに", S.DEADLINE),
    ],
    "first-person help-seeking": [
        ("en", "can the mods do something?", S.VICTIM_DISCLOSURE),
        ("fr", "les modos peuvent faire quelque chose ?", S.VICTIM_DISCLOSURE),
        ("it", "i mod possono fare qualcosa?", S.VICTIM_DISCLOSURE),
        ("de", "können die Mods da was tun?", S.VICTIM_DISCLOSURE),
        ("es", "no sé con quién hablar", S.VICTIM_DISCLOSURE),
        ("pt", "não sei a quem pedir ajuda", S.VICTIM_DISCLOSURE),
    ],
}


@pytest.mark.parametrize(("lang", "text", "kind"), signal_cases(FAMILIES))
def test_family_signal(lang, text, kind):
    assert_signal(lang, text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "si tu me quittes j'envoie nos vidéos à ton patron. reste avec moi et personne ne "
        "saura rien",
        "hice un montaje con tu cara que parece muy real. 50 lucas por nequi antes del lunes "
        "o lo ve todo tu curso",
        "als je me verlaat stuur ik onze filmpjes naar je baas. blijf bij me en niemand hoeft "
        "het te weten",
        "wenn du aufhörst mir Bilder zu schicken, sieht dein ganzer Verein was ich schon habe",
        "お前の本名と学校は特定済み。毎晩1枚送らないとフォロワーに晒す",
    ],
)
def test_threats_in_new_phrasing_are_sextortion(text):
    assert_read_as(Label.SEXTORTION, text)


@pytest.mark.parametrize(
    "text",
    [
        # help-seeking is not a disclosure of sextortion by itself
        "not sure if this is the right place to ask, but can the mods do something about the "
        "spam bots?",
        "if you stop sending me those memes I'll be sad lol. a new one every night please",
        "the new AI filter makes your profile pics look very real, try it",
        "Pagué 100 lucas por nequi por la bici, el resto la semana que viene",
        "reste avec moi ce soir, on regarde un film",
    ],
)
def test_everyday_uses_of_the_new_words_are_not(text):
    assert_read_as(Label.NOT_SEXTORTION, text)


def test_a_hesitant_disclosure_to_moderators_is_not_policy_talk():
    text = (
        "je sais pas trop si c'est le bon endroit... quelqu'un menace d'envoyer nos "
        "conversations à mes collègues si je paye pas. les modos peuvent faire quelque chose ?"
    )
    result = detect(text, lang="fr")
    assert not result.of_type(S.POLICY_DISCUSSION)
    assert result.label is Label.SEXTORTION
