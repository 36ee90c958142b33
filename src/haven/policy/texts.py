"""The three server-rule texts, in every language: declared here and nowhere else.

They follow the three examples of community guidance in the IFTAS moderator
library's entry "Sextortion" (../shared/guide/): sextortion bypasses any strike
system, the general prohibition, and strict enforcement. The guide states no
licence, so the wording is Haven's own, written for each language rather than
translated word for word. Each text fits one Mastodon server rule (300
characters), so it can be pasted as it is.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from haven.policy.languages import Language


class RuleId(StrEnum):
    STRIKES = "strikes"
    PROHIBITION = "prohibition"
    ENFORCEMENT = "enforcement"


TEXTS: Final[dict[RuleId, dict[Language, str]]] = {
    RuleId.STRIKES: {
        "en": (
            "Sextortion is a serious crime and is not handled through our strike system: "
            "there is no warning and no second chance. Anyone who does it is banned at once."
        ),
        "de": (
            "Sextortion ist eine schwere Straftat, für die unser Verwarnungssystem nicht "
            "gilt: Es gibt keine Verwarnung und keine zweite Chance. Wer so etwas tut, wird "
            "sofort gesperrt."
        ),
        "fr": (
            "La sextorsion est une infraction grave qui échappe à notre système "
            "d'avertissements : ni avertissement, ni seconde chance. Quiconque s'y livre "
            "est banni sur-le-champ."
        ),
        "es": (
            "La sextorsión es un delito grave y queda fuera de nuestro sistema de avisos: no "
            "hay advertencias ni segundas oportunidades. Quien la practique será expulsado "
            "de inmediato."
        ),
        "pt": (
            "A sextorsão é um crime grave e fica fora do nosso sistema de advertências: "
            "não há aviso nem segunda oportunidade. Quem a praticar será banido "
            "imediatamente."
        ),
        "it": (
            "La sextortion è un reato grave e non rientra nel nostro sistema di "
            "avvertimenti: nessun richiamo, nessuna seconda possibilità. Chi la commette "
            "viene espulso immediatamente."
        ),
        "nl": (
            "Sextortion is een ernstig misdrijf en valt buiten ons waarschuwingssysteem: "
            "geen waarschuwing, geen tweede kans. Wie zich eraan schuldig maakt, wordt "
            "meteen verbannen."
        ),
        "ja": (
            "セクストーション（性的な画像などを使った脅迫）は重大な犯罪であり、"  # noqa: RUF001 (Japanese brackets)
            "段階的な警告制度の対象外です。警告や猶予は一切なく、"
            "行ったアカウントは直ちに凍結します。"
        ),
    },
    RuleId.PROHIBITION: {
        "en": (
            "It is forbidden, and illegal, to threaten to share someone's intimate images "
            "or private information in order to get money, more images or anything else "
            "from them."
        ),
        "de": (
            "Es ist verboten und strafbar, damit zu drohen, intime Bilder oder private "
            "Informationen einer Person zu veröffentlichen, um von ihr Geld, weitere Bilder "
            "oder sonst etwas zu erpressen."
        ),
        "fr": (
            "Il est interdit, et illégal, de menacer quelqu'un de diffuser ses images "
            "intimes ou des informations privées le concernant pour obtenir de l'argent, "
            "d'autres images ou quoi que ce soit d'autre."
        ),
        "es": (
            "Está prohibido, además de ser ilegal, amenazar a alguien con difundir sus "
            "imágenes íntimas o su información privada para conseguir dinero, más imágenes "
            "o cualquier otra cosa."
        ),
        "pt": (
            "É proibido, além de ilegal, ameaçar alguém com a divulgação das suas imagens "
            "íntimas ou informações privadas para obter dinheiro, mais imagens ou "
            "qualquer outra coisa."
        ),
        "it": (
            "È vietato, oltre che illegale, minacciare qualcuno di diffondere le sue "
            "immagini intime o informazioni private per ottenere denaro, altre immagini o "
            "qualsiasi altra cosa."
        ),
        "nl": (
            "Het is verboden, en strafbaar, om te dreigen met het verspreiden van iemands "
            "intieme beelden of privégegevens om zo geld, meer beelden of iets anders af "
            "te dwingen."
        ),
        "ja": (
            "他人の性的な画像や私的な情報を公開すると脅して、金銭や追加の画像、"
            "その他の行為を要求することは禁止されており、違法です。"
        ),
    },
    RuleId.ENFORCEMENT: {
        "en": (
            "Accounts found taking part in sextortion are banned at once and for good. We "
            "remove non-consensually shared material under our control, tell victims how "
            "to report to the police and where to find specialist support, and treat "
            "every such report seriously and in confidence."
        ),
        "de": (
            "Konten, die Sextortion betreiben, werden sofort und dauerhaft "
            "gesperrt. Ohne Einwilligung geteiltes Material entfernen wir, soweit es in "
            "unserer Hand liegt. Betroffenen zeigen wir, wie sie Anzeige erstatten und wo "
            "sie Fachberatung finden. Solche Meldungen behandeln wir ernst und vertraulich."
        ),
        "fr": (
            "Tout compte impliqué dans une sextorsion est banni immédiatement et "
            "définitivement. Nous retirons les contenus diffusés sans consentement que "
            "nous hébergeons, indiquons aux victimes comment porter plainte et où trouver "
            "de l'aide, et traitons ces signalements avec sérieux et confidentialité."
        ),
        "es": (
            "Toda cuenta implicada en una sextorsión será expulsada de inmediato y para "
            "siempre. Retiramos el material difundido sin consentimiento que esté a "
            "nuestro alcance, explicamos a las víctimas cómo denunciar y dónde pedir "
            "ayuda especializada, y tratamos estos casos con seriedad y confidencialidad."
        ),
        "pt": (
            "Contas envolvidas em sextorsão são banidas imediata e definitivamente. "
            "Removemos o material divulgado sem consentimento que esteja ao nosso alcance, "
            "explicamos às vítimas como denunciar e onde procurar apoio especializado, e "
            "tratamos estes casos com seriedade e sigilo."
        ),
        "it": (
            "Chi è coinvolto in casi di sextortion viene espulso subito e per sempre. "
            "Rimuoviamo il materiale diffuso senza consenso che ospitiamo, "
            "spieghiamo alle vittime come sporgere denuncia e a chi rivolgersi per un aiuto "
            "specializzato, e trattiamo ogni segnalazione con serietà e riservatezza."
        ),
        "nl": (
            "Accounts die betrokken zijn bij sextortion worden meteen en voorgoed "
            "verbannen. We verwijderen zonder toestemming gedeeld materiaal dat wij "
            "beheren, vertellen slachtoffers hoe ze aangifte doen en waar ze "
            "gespecialiseerde hulp vinden, en behandelen zulke meldingen serieus en "
            "vertrouwelijk."
        ),
        "ja": (
            "セクストーションへの関与が確認されたアカウントは、直ちに永久凍結します。"
            "当サーバーで管理している範囲で、同意なく共有された画像などを削除し、"
            "被害者には警察への相談方法や専門の支援窓口をご案内します。"
            "こうした報告は真剣に受け止め、秘密を守って対応します。"
        ),
    },
}
