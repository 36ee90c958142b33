"""French."""

# ruff: noqa: E501
from __future__ import annotations

from haven.detection.lexicon.entries import Entries, combine

_MEDIA = r"(?:photos?|videos?|images?|nudes|cliches|captures?|contenus?|enregistrements?)"
_KIN = (
    r"(?:famille|amis|amies|abonnes|abonnees|followers|contacts|parents|mere|pere|patron|patronne|employeur|collegues"
    r"|ecole|lycee|college|fac|classe|profs?|copine|copain|femme|mari|freres?|soeurs?|proches|entourage|travail"
    r"|boulot|entreprise|voisins|cousins|liste d amis"
    r"|boss|chef|cheffe|manager|superieur|superieure|rh|club|club de foot|equipe|coequipiers|coequipieres|coach"
    r"|entraineur|entraineuse|blonde|chum|coloc|colocs|colocataires|ex|promo|asso|paroisse|eglise|clients|eleves"
    r"|etudiants|classe entiere)"
)
_YOUR = r"(?:toute ta|tous tes|toutes tes|tout ton|tout votre|ta|tes|ton|votre|vos|toute votre|tous vos|a toute ta|a tous tes|a tout ton|a ta|a tes|a ton)(?: (?:nouveau|nouvelle|nouveaux))?"
_AGE = r"(?:[5-9]|1[0-7])"

_CORE: Entries = {
    "threat_to_expose": (
        r"(?:en )?(?:recoivent|recoit|recevront|recevra) une copie",
        r"(?:mettra|mettrai|met|mettre|mets) (?:la|les|ta|tes|ca|tout|cette) ?(?:\w+ )?en ligne",
        r"(?:je vais|j vais|jvais|je peux|je compte|on va) (?:les |la |le |l |tout |te |t |vous )?(?:publier|poster|diffuser|envoyer|partager|balancer|montrer|divulguer|mettre en ligne|faire tourner|leaker|afficher|transferer)",
        r"(?:publierai|posterai|diffuserai|enverrai|partagerai|balancerai|montrerai|divulguerai|afficherai)",
        r"(?:sinon|ou) (?:je|j) (?:publie|poste|diffuse|envoie|balance|montre|partage|les|la|te|vais)",
        r"(?:tout le monde|personne|tous|toute ta \w+) (?:verra|saura|va voir|va savoir|voit|sait|recevra|ne verra)",
        r"(?:ruiner|detruire|gacher|ruinerai|detruirai) ta (?:vie|reputation|carriere)",
        r"ta vie (?:est|sera) (?:finie|fichue|detruite|foutue)",
        r"(?:devenir|deviendra|va faire le) (?:viral|buzz)",
        r"(?:vont|va) tourner (?:partout|sur)",
        r"(?:je vais|on va|je peux|je compte) (?:t |te |vous )exposer",
        r"(?:je )?(?:t |te |vous )exposerai",
    ),
    "threat_to_expose:weak": (
        r"(?:je )?(?:cree|creer|fais) un groupe",
        r"(?:publier|diffuser|balancer|divulguer|exposer|afficher|mettre en ligne|faire tourner)",
        r"(?:part|partent|partira|finit|finissent|finira|va|vont|ira) (?:direct |directement )?(?:chez|a|au|aux|dans|sur|en ligne)",
        r"(?:aura|auront|recevra|recevront|recoit|recoivent|verra|verront|voit|voient)(?= (?:tout|toutes|tous|ta|tes|ton|la|les|ca))",
        r"(?:je|j) (?:publie|poste|envoie|balance|diffuse|partage|mets|montre)",
        # third-person threats as a victim reports them, and offers to delete
        r"(?:ca |tout |cela )?(?:reste|restera) entre nous",
        r"(?:je )?(?:supprime|efface|supprimerai|effacerai) (?:tout|la video|les photos|les videos)",
        r"(?:il|elle|ils|elles) (?:va|vont) (?:les |la |le |l )?(?:montrer|envoyer|publier|diffuser|partager|balancer)",
        r"(?:montrera|enverra|publiera|diffusera|partagera|balancera)",
        r"(?:les|la|le|l) (?:recoit|recoivent|recevra|recevront|verra|verront|voit|voient|aura|auront)",
        r"(?:voie|voient) (?:ca|tout|tes|ta|ton|ces|cette)",
        r"avec ton (?:nom complet|vrai nom|nom et prenom|nom de famille)",
        r"(?:personne (?:n a besoin de|n est oblige de|ne doit|n a pas a) (?:le )?savoir|personne n en saura rien|personne ne saura rien)",
        r"(?:reste|restes) (?:avec moi )?et personne (?:ne )?(?:verra|saura|voit|sait)",
    ),
    "intimate_material": (
        rf"{_MEDIA} (?:intimes?|denudee?s?|nue?s?|sexuelles?|explicites?|compromettantes?|a caractere sexuel)",
        r"(?:sextape|sex tape|nudes?|nud3s)",
        r"(?:toi|te voir|tu es) (?:nue?|a poil|denudee?)",
        r"a poil",
        r"(?:vous|te) (?:masturber|masturbant|touchant)",
        r"moments (?:les )?plus (?:intimes|prives)",
        r"moments intimes",
        r"(?:sans (?:vetements|habits|rien sur (?:toi|moi))|(?:toute )?nue? comme un ver)",
        r"(?:fausses? nudes?|nudes? (?:generee?s? par|faites? avec|par) (?:l )?ia)",
    ),
    "intimate_material:weak": (
        # in warnings: material obtained from others ("récupère des photos")
        r"(?:recupere|obtient|a obtenu|collecte|soutire|se fait envoyer) (?:des |les )?(?:photos|videos|nudes|images)",
        r"a ete (?:enregistre|filme)e?",
        r"nous a (?:filme|filmee|filmes|enregistre)s?",
        r"la premiere",
        rf"(?:tes|ta|ton|ces|les|vos|mes|ses|nos) {_MEDIA}",
        rf"{_MEDIA} (?:osees?|coquines?|privees?|hot|sexy)",
        rf"{_MEDIA} de (?:toi|vous)",
        rf"(?:{_MEDIA}|tout) que tu m as (?:envoyee?s?|donnee?s?)",
        r"(?:l enregistrement|la video|les photos|les images|la sextape)",
        r"(?:filme|enregistre)e?s? (?:par|via|avec|grace a) (?:ta|votre|la|ma) (?:webcam|camera)",
        r"(?:m ont|m a|ils m ont|il m a) (?:filme|enregistre)e?",
        r"(?:videos?|sites?|contenus?) (?:pour adultes|porno\w*|x)",
        r"porno\w*",
        r"(?:photos?|videos?|images?|nudes|celles|ceux|ce) que je (?:lui |leur |t )?(?:ai envoye|avais envoye)\w*",
        r"(?:a enregistre|ont enregistre|a filme|a capture) (?:notre|l|mon) (?:appel video|appel|visio|facetime)",
        r"j ai envoye (?:une |des |ma |mes |quelques )?(?:video|videos|photo|photos|nudes)",
        r"(?:photos?|videos?|images?) de moi",
        r"(?:les |tes |ces )?(?:photos?|videos?|images?|nudes) que tu m as (?:envoyee?s?|donnee?s?)",
        # deepfakes made from ordinary photos
        r"(?:avec|a partir de) (?:ton|votre) visage",
        r"(?:ton|votre) visage (?:sur|colle)",
        r"(?:a partir de|avec|depuis) (?:tes|vos) (?:photos de profil|selfies|photos insta|photos)",
        r"(?:photo ?montage|trucage|truquee?s?|retouchee?s?|genere par (?:l )?ia|generee?s? par (?:l )?ia|faite? par (?:l )?ia|avec l ia)",
        r"(?:l )?air (?:trop |vraiment |tres |super )?(?:vrai|reel|reelle)",
    ),
    "audience": (
        rf"{_YOUR} {_KIN}",
        r"(?:tout ton entourage|tout le monde que tu connais|toute ta liste|tous tes contacts)",
        r"(?:sur|a) (?:des )?sites? (?:porno|pour adultes|x)",
        r"(?:chacun|chaque contact|tous) (?:de )?(?:vos|tes) contacts",
        r"(?:le groupe|la conversation) de (?:ta|ton) (?:classe|ecole|lycee|college|famille|travail)",
        r"(?:(?:les|aux|a la|la) )?(?:rh|ressources humaines|service du personnel)",
    ),
    "demand_money": (
        r"(?:paye|payes|paie|paies|payez|p4ie|verse|versez|vire|virez)(?= (?:moi|\d|l argent|les \d|maintenant|tout de suite|sinon|avant|en|par|via|vite|ou))",
        r"(?:envoie|envoyez) (?:moi )?(?:\d|l argent|les \d)",
        r"(?:rancon|virement|cartes? cadeaux?|coupons? (?:pcs|neosurf|transcash)|recharges? pcs|pcs|transcash|neosurf)",
        r"combien (?:tu peux|peux tu|pouvez vous) (?:payer|donner)",
        r"\d[\d,.]* ?(?:balles|piasses|piastres|boules|francs|dollars)",
        r"(?:cartes?|cheques?|bons?|codes?) (?:cadeaux? )?(?:amazon|google play|steam|itunes|apple|fnac|paysafecard)",
    ),
    "demand_money:weak": (
        r"(?:argent|fric|thune|payer|paies|paie|payes|paye)",
        # bargaining: part now, the rest later
        r"le reste (?:la semaine prochaine|demain|plus tard|lundi|vendredi)",
    ),
    "demand_material": (
        r"(?:\d+ )?nouvelles (?:photos|videos|images)",
        r"(?:de nouvelles|d autres) (?:photos|videos|images)",
        rf"(?:envoie|envoies|envoyez|envoie moi|envoies moi) (?:moi )?(?:plus|d autres|encore|une autre|un autre|de nouvelles?|d autre|encore deux|deux autres|\d+ autres)(?: (?:de )?{_MEDIA})?",
        rf"(?:je veux|il me faut|j exige) (?:plus|d autres|encore) (?:de )?{_MEDIA}",
        rf"plus de {_MEDIA}",
        r"(?:demande|demandent|demandait) (?:des|de|d autres) (?:photos|nudes|videos|images)",
        r"(?:j en envoie|que j en envoie|en envoyer) d autres",
        # more material, demanded as a routine or under a clock
        r"(?:si )?(?:tu|t) (?:arretes|arrete|stoppes|stoppe) de m (?:envoyer|en envoyer)",
        r"(?:n arrete pas|arrete pas|ne t arrete pas) de m (?:envoyer|en envoyer)",
        r"(?:continue|continues|continuez) (?:de|a) m (?:envoyer|en envoyer)",
        r"(?:une|un) (?:nouvelle|nouveau|autre) (?:photo |video )?(?:chaque|tous les|toutes les) (?:soir|soirs|jour|jours|nuit|nuits|matin|matins|semaine)",
        r"(?:chaque|tous les|toutes les) (?:soir|soirs|jour|jours|nuit|nuits|matin) (?:une|un) (?:nouvelle|nouveau|autre)",
        r"(?:une|un) autre (?:photo|video) dans (?:\d+|l heure)",
        r"(?:m envoyer|me renvoyer) (?:une autre|un autre|d autres|plus de|encore)",
    ),
    "demand_action": (
        r"(?:fais|faites) (?:ce que|exactement ce que|tout ce que) je (?:dis|veux|demande)",
        r"(?:reste|restez) en ligne",
        r"(?:ne )?(?:me )?bloque pas",
        r"(?:ne dis|n en parle|ne le dis|n en parles) (?:rien )?a personne",
        r"(?:reponds moi|repondez moi|reponds vite|reponds maintenant)",
        r"(?:appel video|facetime|visio)",
        r"(?:supprime|efface) ton (?:compte|profil)",
        r"pas de (?:police|flics)",
        r"(?:si tu ne reviens pas|reviens avec moi|reviens moi|si je ne reviens pas)",
        r"(?:reste|restes) avec moi",
    ),
    "deadline": (
        # "s'il ne paie pas" is a condition, not the advice "ne payez pas" (precision round 3)
        r"(?:s il|si elle|s ils|si elles) ne (?:paie|paye|paient|payent) pas",
        r"si tu te (?:deconnectes|barres)",
        r"(?:si tu|si vous) me (?:bloques|bloquez|ignores|ignorez|signales|signalez|quittes|quittez|largues|laisses|trompes)",
        r"(?:si tu|si t|si vous) (?:romps|pars|me quittes|casses avec moi)",
        r"d ici (?:demain|ce soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi|minuit|la fin de la journee)(?: matin| soir| midi)?",
        r"avant (?:lundi|mardi|mercredi|jeudi|samedi|dimanche|demain matin|demain soir|midi|la fin de la journee)",
        r"(?:dans les|d ici|sous|tu as|vous avez|il te reste|il vous reste|dans) \d+ ?(?:h|heures?|minutes?|min|jours?)",
        r"(?:sinon|autrement|derniere chance|dernier avertissement|le temps presse|compte a rebours|avant ce soir|avant minuit|avant demain|d ici ce soir|avant vendredi)",
    ),
    "deadline:weak": (
        r"(?:tout de suite|immediatement|vite|maintenant)",
        r"(?:si tu ne|si vous ne|a moins que)",
        # spoken French drops "ne": "si tu paies pas"
        r"si (?:tu|t) (?:me |m |lui )?(?:envoies|envoie|paies|payes|paye|paie|reponds|obeis|fais|donnes|vires|continues|reviens) pas",
        r"ou(?= (?:toute|tout|tes|ta|ton|je|j|la|le|les|ca|tous)(?![a-z0-9]))",
    ),
    "proof_of_possession": (
        r"j ai tout (?:garde|sauvegarde|enregistre)",
        r"(?:regarde|vois|voila) ce que j ai",
        r"j ai(?= (?:tes|toutes tes|tous tes|la liste|des captures|une capture|ta liste))",
        r"j ai (?:une|la|des) (?:video|photos|enregistrement|images)(?= de (?:vous|toi|vos|tes))",
        r"(?:captures? d ecran|screenshots?|collage|montage)",
        r"liste de(?= (?:tes|tous tes) )",
        r"(?:pirate|infecte|acces a) (?:ton|ta|votre|vos|tes)",
        r"(?:logiciel espion|malware|cheval de troie|virus) (?:sur|installe)",
        r"(?:voici|voila) (?:un |une )?(?:extrait|apercu|preuve|echantillon)",
        r"je sais ou tu (?:habites|travailles|vis)",
        r"je (?:sais|connais) (?:ou tu (?:etudies|bosses)|dans quel(?:le)? (?:classe|ecole|college|lycee|boite) tu|ton (?:vrai nom|nom complet|nom de famille|adresse|ecole|college|lycee))",
        r"j ai (?:deja )?(?:les )?(?:numeros|contacts|adresses|noms) (?:de|des|du)",
        r"(?:celles|ceux) que j ai(?: deja)?",
        r"ce que j ai deja",
    ),
    "proof_of_possession:weak": (
        r"(?:preuve|extrait|echantillon)",
        r"j ai(?= (?:tout|les|ta|ton|enregistre|filme))",
    ),
    "victim_disclosure": (
        r"(?:diffuser|publier|envoyer|partager|montrer|poster|balancer|diffusera|publiera|enverra) mes",
        r"(?:me fait|me font|m a fait|me faisait) (?:du )?chanter",
        r"(?:menace|menacent|m a menacee?|me menace|me menacent) (?:de|d) (?:publier|diffuser|envoyer|partager|montrer|balancer|poster|tout|exposer|divulguer|reveler|afficher) (?:mes|ma|mon|nos|tout)",
        r"je suis (?:victime de (?:sextorsion|chantage)|(?:fait|faite) chanter|menacee?)",
        r"(?:il|elle|ils|quelqu un|on|cette personne|ce mec|cette fille|@acct|qui) a (?:mes|ma|mon|nos)(?= (?:photos?|videos?|nudes|images?))",
        r"(?:me demande|m a demande|me reclame|m exige|exige|veut)(?= (?:de l argent|\d|des cartes|plus de photos|d autres photos|que je paie))",
        r"j ai envoye (?:des |mes |une |quelques )?(?:photos?|videos?|nudes)",
        r"mes (?:photos?|videos?|nudes) (?:vont etre|seront|vont) (?:publiees|diffusees|partagees|envoyees|circuler)",
    ),
    "victim_disclosure:weak": (
        r"(?:il|elle) dit qu (?:il|elle)",
        r"si je (?:le|la) quitte|si je romps",
        r"(?:que dois je faire|je fais quoi|qu est ce que je dois faire|qu est ce que je fais|aidez moi|aide moi|j ai (?:tres |trop )?peur|je panique|j ai (?:trop |tellement )?honte)",
        r"j ai (?:deja )?paye",
        r"(?:exige|exigent|reclame|reclament|demande|demandent|veut|veulent) (?:de l argent|\d+|des bitcoins?|des cartes|plus|encore)",
        r"(?:menace|menacent|menacait) de",
        r"(?:recu|reçu) (?:un|une|ce) (?:mail|message|email|courriel)",
        r"(?:je dois payer|dois je payer|faut il payer)",
        r"(?:ils|il|elle|elles) disent? qu (?:ils|il|elle|elles) (?:vont|va)",
        r"si je (?:ne )?(?:paie pas|paye pas|refuse|lui envoie pas|n envoie pas|ne lui envoie pas|reviens pas|ne reviens pas)",
        # first-person help-seeking, also when asking moderators
        r"(?:les )?(?:modos|moderateurs|moderatrices|admins) (?:peuvent|pourraient|pouvez) (?:faire (?:quelque chose|qqch|qqc|un truc)|m aider|agir)",
        r"(?:vous pouvez|pouvez vous|est ce que vous pouvez) (?:m aider|faire quelque chose)",
        r"(?:que j aille|je dois|dois je|faut il) (?:porter plainte|aller a la police|aller voir la police)",
        r"je (?:ne )?sais (?:pas|plus) (?:a qui|vers qui|quoi faire)",
    ),
    "third_party_warning": (
        r"(?:attention a|mefiez vous|mefie toi|faites attention|prudence|alerte|avertissement|attention)",
        r"ne (?:repondez|acceptez|suivez) pas",
        r"n acceptez pas",
        r"(?:bloquez|signalez) (?:et signalez |et bloquez )?(?:ce|cet|le) (?:compte|profil|utilisateur)",
        r"(?:menace|contacte|harcele|arnaque|cible) (?:des|les|plusieurs|beaucoup de|plein d) (?:gens|personnes|utilisateurs|membres|ados|jeunes|mineurs|hommes|femmes)",
    ),
    "named_account": (
        r"(?:ce|cet|le|un) (?:compte|profil|utilisateur) (?:appele|nomme|qui s appelle|a)",
        r"(?:compte|profil|utilisateur) nomme",
    ),
    "extortion_term": (
        r"sextorsion\w*",
        r"chantage",
        r"extorsion",
        r"extorqu\w*",
        r"(?:fait|faire|font|fais) chanter",
    ),
    "self_harm_risk": (
        r"(?:envie de mourir|envie de crever|je (?:veux|voudrais) (?:juste |vraiment |seulement |simplement )?(?:mourir|crever|disparaitre|plus me reveiller)|me suicider|me tuer|me faire du mal|en finir|mettre fin a mes jours|plus envie de vivre|je ne veux plus vivre|je veux plus vivre|j en peux plus|je n en peux plus|je prefererais (?:mourir|etre morte?)|mieux sans moi|aucune raison de vivre)",
    ),
    "self_harm_risk:weak": (r"suicid\w*",),
    "minor_indicator": (
        rf"(?:j ai|il a|elle a|a seulement|a) {_AGE} ans",
        rf"{_AGE} ans(?! de)",
        r"(?:en|je suis en) (?:6e|5e|4e|3e|6eme|5eme|4eme|3eme|seconde|premiere|terminale)",
        r"(?:mineure?s?)",
    ),
    "minor_indicator:weak": (
        r"(?:au college|au lycee|ado|adolescente?|mon lycee|mon college|collegien|collegienne|lyceen|lyceenne)",
        # Quebec and Belgian secondary years
        r"(?:en )?(?:secondaire [1-5]|sec [1-5]|(?:1re|2e|3e|4e|premiere|deuxieme|troisieme|quatrieme|cinquieme) secondaire|rheto)",
    ),
    "news_or_advice": (
        # une menace typique citée en exemple, annonces scolaires et rappels juridiques (précision, 3e tour)
        r"(?:des |les )?(?:messages|dm|menaces|mails) (?:comme|du type|du genre|qui disent)",
        r"(?:rappel juridique|puni par la loi|punie par la loi|punissable|code penal|delit|ans de prison|ans d emprisonnement|constitue une)",
        r"(?:chers parents|les eleves|tous les eleves|l assemblee|notre invite|intervenant|intervenante|l etablissement|le college organise|reunion d information)",
        r"(?:vous n etes pas|tu n es pas|personne ne sera) (?:en faute|coupable|puni|en tort)",
        r"(?:conservez|gardez|garde) (?:les messages|les preuves|tout)",
        r"(?:l auteur|la victime|le coupable) (?:est|sont|a dit|dit|explique)",
        r"(?:un|une) (?:utilisateur|utilisatrice|eleve|ado|membre) (?:signale|a signale|dit|raconte)",
        r"(?:la police|la gendarmerie|les autorites|les enqueteurs|les experts|le parquet|europol|pharos) (?:met en garde|alerte|alertent|previent|signale|a arrete|recommande|conseille|appelle)",
        r"(?:selon|d apres|une etude|un rapport|les cas de|en hausse|hausse des|augmentation|explosion des|de plus en plus)",
        r"si (?:quelqu un|une personne|un inconnu|on) (?:vous|te) (?:menace|demande|fait chanter)",
        r"ne (?:payez|paie|paye|payer) (?:jamais|pas)(?<!je ne paie pas)(?<!je ne paye pas)(?<!je ne paie jamais)",
        r"(?:conseils|comment (?:reagir|se proteger|signaler)|que faire si|victimes|escrocs|criminels|arnaqueurs|les ados|les jeunes|sensibilisation|campagne|article|enquete|interpelle|condamne|e enfance|3018|numero vert)",
    ),
    "policy_discussion": (
        # questions de modération et hypothèses (précision, 3e tour)
        r"(?:hypothetique|hypothetiquement|en theorie|et si quelqu un|imaginons que|question pour les (?:modos|admins|moderateurs))",
        r"(?:comment (?:les modos|les admins|vous) (?:gerez|gerer|traitez)|un signalement|le compte signale|nouvelle regle|suspension definitive|filtrer les)",
        r"(?:tout|toute|chaque) (?:compte|utilisateur|utilisatrice|membre|personne) qui",
        r"sera (?:suspendu|banni|supprime)e?",
        r"(?:projet de regle|proposition de regle)",
        r"(?:notre|nos|le|la|les) (?:regles?|charte|moderation|politique|cgu|conditions d utilisation|systeme d avertissements)",
        r"(?:moderateurs?|moderatrices?|modos|admins?) (?:doivent|devraient|peuvent|vont|gerent)",
        r"(?:devrait on|doit on|on devrait|nous allons|faut il|devrait etre) (?:bannir|suspendre|defederer|supprimer|banni)",
        r"(?:bannissement|banni|bannir|strictement interdit|interdit|regle \d+)",
    ),
    "policy_discussion:weak": (
        r"(?:notre|ce) (?:serveur|instance)(?<!sur notre serveur)(?<!sur ce serveur)(?<!de notre serveur)(?<!de ce serveur)(?<!sur notre instance)",
    ),
    "fiction": (
        # narration autour d'une menace citée, résumés (précision, 3e tour)
        r"(?:l inspecteur|l inspectrice|le commissaire|la commissaire|le detective|la detective|le heros|l heroine|le narrateur|le tueur|l auteur du roman)",
        r"(?:soupira|murmura|chuchota|fronca les sourcils|haussa les epaules|deglutit)",
        r"(?:le message|l ecran|le texto) (?:affichait|indiquait)",
        r"(?:resume de l episode|l episode d hier|recap|le pitch|rebondissement|cliffhanger|spoiler|dans le roman|le polar|la serie|un documentaire)",
        r"(?:chapitre|roman|nouvelle|histoire|fanfic|intrigue|personnage|mechant|heroine?|episode|saison|le film|le livre|dans le film|dans le livre|scenario|feuilleton|serie|la scene)",
    ),
    "third_party_warning:weak": (
        r"(?:le |la )?(?:meme|memes) (?:script|message|messages|arnaque|mode operatoire|technique)",
    ),
    # La vie de tous les jours : photos d'une occasion ordinaire, argent pour un
    # usage ordinaire, un remboursement ("les photos de classe", "la moitié du loyer").
    "everyday_context": (
        r"(?:(?:tes|ta|ton|ces|les|vos|mes|ses|nos|des|la|une|un|leurs) )?(?:photos?|videos?|images?) (?:de classe|de vacances|du voyage|des vacances|du mariage|de mariage|de la soiree|de la fete|de l anniversaire|d anniversaire|du concert|de bebe|du bebe|de la plage|de noel|de la remise des diplomes|de karaoke|du karaoke|de l appart|de l appartement)",
        r"(?:du|de notre|de mon|de ton|de la|de l|des|pendant le|pendant les|au|a la) (?:voyage|vacances|mariage|soiree|fete|anniversaire|concert|plage|remise des diplomes|sortie scolaire|voyage scolaire|barbecue|festival|match|appart|appartement)",
        r"(?:la )?moitie (?:du|de la|de l|des) (?:loyer|hotel|facture|factures|caution|courses|billets?|repas|resto|restaurant|pizza|essence)",
        r"(?:le|du|mon|notre|son|ton|au|la|ma|sa|ta) (?:proprio|proprietaire)",
        r"(?:pour|de) (?:l hotel|la chambre|le resto|le restaurant|les billets|le billet|la pizza|le repas|le diner)",
        r"(?:mon|notre|ton|son) argent|rembours\w*",
        r"(?:cette|ce|cet) (?:boutique|magasin|restaurant|resto|vendeur|vendeuse|commerce|hotel|proprio)",
    ),
    "banter": (
        r"(?:je rigole|je plaisante|je blague)(?! pas)",
        r"(?:c est une blague|c etait une blague|pour rire|c est pour rire)(?<!crois que c est une blague)(?<!penses que c est une blague)(?<!pas pour rire)",
    ),
    "banter:weak": (r"(?:mdr|ptdr|lol|haha|hahaha|hihi|hehe)",),
    # Material named as something not intimate: company data, a councillor's lies,
    # a debt, a pet, a filmed breakfast, house photos, a photographer's invoice.
    # Context shielded only by material intimate by itself (scoring).
    "not_intimate": (
        r"(?:je t ai|je vous ai) (?:vu|vue|filme|filmee|enregistre|enregistree) (?:manger|danser|chanter|cuisiner|dormir|ronfler)",
        r"(?:donnees (?:clients|de vos clients|de l entreprise|des salaries|bancaires)|fichiers clients|base de donnees clients|declarations? d impots|documents fiscaux|rancongiciel|ransomware|\d+ ?(?:go|to) de)",
        r"(?:mensonges|corruption|le maire|la maire|conseiller municipal|conseillere municipale|depute|deputee|ministre|le budget)",
        r"(?:me doit|m a emprunte|jamais rembourse)",
        r"(?:mon|ma|notre|ton|ta|son|sa) (?:chat|chatte|chien|chienne|hamster|perroquet|lapin)",
        r"(?:croquettes|friandises|en pyjama|cereales|pates froides|chaussettes et sandales|sortir les poubelles|micro ondes|croissants)",
        r"photos (?:de la maison|de l appartement|de l appart|du chat|du chien)|l agent immobilier|l agence immobiliere",
        r"(?:la facture|la galerie|les tirages|la seance photo|le shooting|comme convenu|selon le contrat|le solde)",
    ),
}

# Precision round 4: reports, courts and "exposing" threads (combined into ENTRIES at the end).
_REPORTS_COURTS_AND_EXPOSES: Entries = {
    # Un cas présenté comme le signalement de quelqu'un d'autre, générique ou
    # public (scoring : un aveu cité dedans ne le protège pas). « Un membre vient
    # de signaler que @x … » est un cas précis et n'est pas ici.
    "report_framing": (
        r"(?:quand|lorsqu|si|des qu) (?:un|une|le|la) (?:signalement|ticket|plainte) (?:dit|indique|parle|affirme|contient)",
        r"(?:un|des) signalements? (?:qui dit|qui disent|du type|comme|ou|ou quelqu un|ou la personne|de ce type)",
        r"(?:quand|lorsqu|si) (?:quelqu un|un membre|un utilisateur|une utilisatrice|une victime|la victime) (?:signale|nous ecrit|ecrit|rapporte|declare)",
        r"(?:condamne a \w+ ans|ans de prison|comparution immediate|mis en examen|mise en examen|place en garde a vue|placee en garde a vue|l audience|communique de presse)",
    ),
    "news_or_advice": (
        r"(?:se font passer pour|les enqueteurs|l enquete|la gendarmerie|interpelle|soupconne d avoir|le tribunal|a ete condamne)",
        r"comment (?:parler|aborder|lui parler|leur parler) (?:de la |de |du |d )?(?:sextorsion|securite en ligne)|(?:son|leur) premier (?:telephone|portable|smartphone)",
    ),
    "policy_discussion": (
        r"(?:entraine|entrainera|entrainent|donne lieu a|vaut) (?:une |la |un )?(?:suspension|exclusion|bannissement|ban)",
        r"sans (?:son |leur |le )?consentement",
        r"(?:regles du serveur|reglement du serveur|charte de l instance|charte du serveur|question aux modos)",
    ),
    "proof_of_possession": (r"votre (?:compte|appareil) a ete (?:pirate|compromis|hacke)",),
    "fiction": (
        r"(?:quel rebondissement|l episode d hier|les scenaristes|le scenario|la serie|le final|la fin est)",
    ),
    "not_intimate": (
        r"(?:ce|cette|cet) (?:soi disant |pseudo |faux |fausse )?(?:coach|influenceur|influenceuse|gourou)",
        r"(?:crypto|life|love|business|trading) coach",
        r"(?:son|ses|sa) (?:live|lives|stream|formation|formations|pdf|podcast|webinaire)|formations volees",
        r"(?:achete|achetes|acheter) (?:ses |des )?(?:abonnes|followers|avis)|(?:faux|fausses) (?:avis|temoignages)",
        r"menace de (?:porter plainte|me poursuivre|m attaquer|me faire un proces)",
        r"(?:huissier|mise en demeure|saisie sur salaire|recouvrement|montant impaye|somme impayee|facture impayee)",
        r"photos (?:de la maison|de l appartement|de l appart|de la cuisine|de la salle de bain|de la chambre|du logement|du bien)|la caution|l agence immobiliere",
        r"au karaoke|(?:video|videos|photo|photos) de (?:toi|moi|lui|elle) (?:qui (?:chante|chantes|danse|danses|dort|dors|mange|manges|ronfle|ronfles)|en train de (?:chanter|danser|dormir|manger|ronfler))",
    ),
    "everyday_context": (
        r"(?:payes|paies|payer|paie|paye|offres|offrir|offre) (?:me |m |nous )?(?:un|une|le|la|des) (?:kebab|pizza|cafe|biere|verre|burger|tacos|grec|resto|mcdo|croissant)",
    ),
    "banter:weak": (r"(?:c est )?toi qui m en dois une|tu m en dois une",),
}

# Recall round 2 (holdout7 and holdout8), added as new entries only: disclosures
# written on someone's behalf with the threat in the third person, implied
# material ("ce que je lui envoyais"), recorded calls, demands for an action
# (retirer sa plainte, revenir), bargaining ("et je supprime tout").
_ON_SOMEONES_BEHALF_AND_IMPLIED: Entries = {
    # a parent asking how to talk about it is advice, not an incident
    "news_or_advice": (
        r"comment (?:lui|leur|en) (?:parler|expliquer|aborder)|comment (?:aborder|expliquer|parler de|proteger|prevenir)",
    ),
    "victim_disclosure:weak": (
        r"(?:j ecris|je signale|je poste|j ecris ici) (?:pour|de la part de|au nom de) (?:mon|ma|une|un)(?= (?:fils|fille|enfant|ado|ami|amie|copine|copain|soeur|sœur|frere))",
        r"(?:il|elle) (?:n ose pas|ose pas|n arrive pas a) (?:ecrire|en parler|le dire)",
        r"(?:lui|me) (?:ecrit|dit|repete) (?:toutes les heures |tous les jours |sans arret )?que",
        r"(?:elle|il) dit que",
        r"j (?:ai|lui ai) (?:deja )?(?:paye|envoye|donne|verse) \d[\d,.]*",
    ),
    "threat_to_expose": (
        r"(?:menace|menacent|a menace|menacait) de (?:les|la|le|l) (?:envoyer|publier|poster|montrer|diffuser|partager|balancer|mettre en ligne)",
        r"(?:va|vont|allait|allaient) (?:les|la|le|l) (?:voir|recevoir|avoir)",
        r"(?:vont|va) (?:le|la|les|l) (?:recevoir|voir)(?= si)",
        r"(?:les|la|le|l) (?:envoie|enverra|envoyer|publie|publiera|montre|montrera|balance|balancera|diffuse|diffusera) a (?:son|sa|ses|leur|leurs|tout|toute|tous)",
        r"(?:et|puis) (?:je|j) (?:supprime|efface|detruis|supprimerai|effacerai) (?:tout|toutes|tous|les \w+|la \w+|le \w+)",
        r"(?:paie|paye|payes|paies|vire|envoie l argent) et (?:tout|ca|elles|ils) (?:disparait|disparaissent|part|est efface|sont effacees|est supprime)",
    ),
    "audience": (
        r"a (?:tout son|toute sa|tous ses|son|sa|ses) (?:lycee|college|ecole|classe|famille|parents|copain|copine|mec|amis|potes|abonnes|travail|boulot|patron|collegues|contacts|entourage)",
        r"(?:tout son|toute sa) (?:lycee|college|ecole|classe|famille|entourage|club|equipe)",
    ),
    "intimate_material:weak": (
        r"(?:ce que|ce qu|tout ce que|les trucs que|les photos que|les videos que|les choses que) (?:je|j|elle|il) (?:lui|t|te|leur) (?:envoyais|envoyait|ai envoye|a envoye|avais envoye|envoyer)",
        r"(?:photos?|videos?|images?|nudes|captures?) (?:d elle|de lui|de ma fille|de mon fils)",
        r"(?:lui a fait|leur a fait|m a fait|a fait) (?:envoyer|faire) des (?:photos|videos|nudes|images)",
        r"(?:a fait|fait|a pris) des captures (?:pendant|de|durant)",
        r"(?:a|avait) (?:enregistre|filme|capture) (?:notre|leur|l|notre appel|l appel)",
        r"(?:notre|leur|l) appel(?: video)?(?= (?:video|facetime|et|il|elle|avec))",
        r"(?:tu sais|vous savez|tu vois) (?:tres bien |bien |tres )?(?:lesquelles|lesquels|laquelle|lequel|de quoi je parle|ce que je veux dire)",
        r"(?:il|elle) a garde",
    ),
    "demand_money": (
        # bargaining: a bare amount demanded
        r"(?:donne moi|envoie moi|file moi|paie moi|paye moi|vire moi) \d[\d,.]*",
        r"(?:s il|si elle|s ils|si elles) (?:ne )?(?:paie|paye|paient|payent|vire|verse) (?:pas )?(?:\d|l argent|encore)",
        r"(?:continue|continuer|continues) (?:a|de) (?:payer|lui payer|verser)",
    ),
    "demand_material": (
        r"(?:continue|continues|continuer) (?:pas )?a (?:lui|leur|m|me|t|te) envoyer",
        r"(?:si elle|s il|s ils) ne (?:lui |leur )?(?:en )?envoie pas (?:d autres|plus|encore)",
    ),
    "demand_action": (
        r"(?:retire|retires|retirez|retirer|retirais|retirait|retira|retirer) (?:pas )?(?:ma|ta|sa|la|votre|leur) (?:plainte|main courante|denonciation|ordonnance)",
        r"(?:revient|reviens|revenir|reviennes|retourne|retourner) (?:pas )?(?:avec|vers|chez) (?:lui|elle|moi)",
        r"(?:coucher|coucher encore|recoucher|dormir) avec (?:lui|elle|moi)",
        r"(?:donne|envoie|file|passe|donnes|envoies)(?: moi)? (?:ton|son|ta|sa) (?:mot de passe|code)",
    ),
}

# Recall round 3 (holdout9): first-person audience, material that goes around,
# outing threats, demands for an action (see en.py).
_CIRCULATION_OUTING_AND_ACTIONS: Entries = {
    "audience:weak": (rf"(?:a|aupres de) (?:mon|ma|mes)(?: nouveau| nouvelle)? {_KIN}",),
    "threat_to_expose:weak": (
        r"(?:tourne|tournent|tournera|tourneront|circule|circulent|circulera|circuleront|finit|finissent|finira|finiront|atterrit|atterrissent|atterrira|atterriront) (?:sur|dans|en|partout|chez|sous|au|aux)",
        r"(?:que )?(?:t es|tu es|vous etes) (?:gay|gai|lesbienne|bi|bisexuel|bisexuelle|trans|queer)",
    ),
    "demand_action": (
        r"(?:debloque|debloques|debloquez) (?:moi|nous)",
        r"(?:supprime|supprimes|supprimez|retire|retires|retirez|efface|effaces|effacez|enleve|enleves) (?:ton|ta|tes|votre|vos|le|la|ce|cet|cette) (?:post|publication|avis|commentaire|message|video|story|tweet|note|candidature)",
        r"(?:donne|donnes|file|passe|envoie)(?: moi)? (?:ton|ta|tes|votre) (?:compte|insta|snap|acces|identifiants|login)",
        r"(?:viens|venez|tu viens) (?:seul|seule|seuls)",
        r"(?:le dis|le dites|en parle|en parles|en parlez) a personne|(?:dis|dites) (?:rien|le pas) a personne",
    ),
}

# Recall round 4 (see en.py): denials of a joke, the police in a threat's
# condition, implied material, the writer's own online audience.
_JOKES_DENIED_POLICE_AND_HINTS: Entries = {
    "demand_action:weak": (
        r"(?:fais|tu fais|tu me fais|fais moi) (?:mes|mon|ma) (?:devoirs|dm|expose|projet|redaction|exos)",
        r"(?:donne|envoie|file|passe)(?: moi)? (?:demain |ce soir )?(?:tes|les) (?:reponses|devoirs|corriges)",
    ),
    "threat_to_expose:weak": (
        r"imagine si (?:toute la \w+|tout le \w+|tout le monde|tes \w+|ta \w+|ton \w+) (?:voit|voyait|voient|voyaient|l apprenait|savait)",
    ),
    "not_a_joke": (
        r"(?:c est |ce n est |c etait |ce n etait )?pas (?:une blague|pour rire|un jeu)",
        r"(?:je (?:ne )?(?:rigole|plaisante|blague) pas|je suis (?:serieux|serieuse)|c est serieux)",
    ),
    "deadline": (
        r"si (?:tu|vous) (?:vas voir|vas a|allez a|allez voir|appelles|appelez|previens|prevenez|contactes|contactez|parles a|parlez a) (?:la police|les flics|la gendarmerie|les gendarmes)",
        r"si (?:tu|vous) (?:portes|portez) plainte|si (?:tu|vous) me (?:denonces|denoncez|signales|signalez)",
    ),
    "intimate_material:weak": (
        r"c est (?:trop |tres |un peu )?genant",
        r"ce que (?:j ai|j avais) fait (?:en|devant la|sur|a la) (?:cam|webcam|camera|visio|facetime)",
        r"(?:photos|videos|trucs|choses) (?:que )?j (?:aurais|aurai) pas du (?:envoyer|lui envoyer|partager)",
        r"quelque chose de (?:perso|personnel|prive|genant|intime)",
        r"(?:photos|videos|trucs|choses) (?:perso|persos|personnelles|personnels|privees|prives|genantes|genants)",
        r"de quand on (?:etait|sortait) ensemble",
        r"ce que tu m as envoye",
    ),
    "audience:weak": (r"(?:tous )?mes (?:abonnes|abonnees|followers)",),
}

# Nameless and implied (holdout11 families, in every language): a disclosure that
# names nothing ("quelqu'un a des trucs de moi qui doivent pas sortir", "je peux
# pas en dire plus"), a countdown as the deadline ("plus que 3 jours"), a
# performance on camera as implied material, "ce serait dommage que", things
# "you don't want to see published", material named by where it was taken ("sous
# la douche"), third-person threats ("en menaçant de publier celles qu'elle a
# déjà envoyées", "lui réclame des photos").
_NAMELESS_AND_IMPLIED: Entries = {
    # a countdown to an event of one's own is everyday, not a deadline
    "everyday_context": (
        r"(?:plus que|encore|il reste) \d+ (?:jours|semaines) (?:avant|jusqu a) (?:la|le|mon|ma|les|l|notre) (?:sortie|anniversaire|mariage|concert|vacances|voyage|examen|examens|fete|noel|album|spectacle|match|diplome|bac)",
    ),
    "victim_disclosure:weak": (
        r"(?:ma fille|mon fils|mon enfant|notre fille|notre fils)(?: de \d+ ans)? (?:m a|nous a) (?:montre|fait voir)",
        r"(?:quelqu un|quelqu une|un mec|un type|une fille|une personne|un inconnu|une inconnue) (?:a|possede|garde|detient|a encore) (?:des trucs|des choses|quelque chose|un truc|des photos|des videos|des images|du contenu) (?:de moi|a moi|sur moi)",
        r"(?:je (?:ne )?(?:peux|peut|sais|ose)|j ose|je n ose) (?:pas|plus) (?:en )?(?:dire|raconter|expliquer|écrire) (?:plus|davantage|rien de plus)",
    ),
    "intimate_material:weak": (
        r"qui (?:ne )?(?:doivent|doit|devraient|devrait|peuvent|peut) (?:pas|jamais|surtout pas) (?:sortir|être vus|être vues|être vu|être vue|exister|fuiter|circuler)",
        r"que (?:personne|nul) ne (?:doit|peut|devrait) voir|que personne (?:doit|peut|devrait) voir",
        r"(?:jamais|pas) voulu que (?:quelqu un|personne|qui que ce soit|les gens) (?:voie|voient|les voie|le voie)",
        r"(?:des choses|des trucs|ce) que (?:tu ne veux|vous ne voulez|tu veux|vous voulez) pas (?:voir publiees|voir publies|voir publie|voir diffusees|voir sortir|que les gens voient|que tout le monde voie)",
        r"ce que (?:tu as|t as|vous avez) fait (?:devant|sur|en|face a) (?:la|ta|votre) (?:cam|camera|webcam|visio)",
        r"(?:ta|votre) (?:prestation|performance) (?:devant|sur|a) (?:la|ta|votre) (?:cam|camera|webcam)",
        r"(?:celles|ceux|celle|celui) qu (?:elle|il) (?:lui )?(?:a|avait) (?:deja )?(?:envoyees|envoyes|envoyee|envoye)",
    ),
    "intimate_material": (
        r"(?:(?:les|tes|mes|ses|ces|la|ta|sa|cette) )?(?:photos?|videos?|images?|clips?) (?:de (?:toi|moi|elle|lui) )?sous la douche",
    ),
    "deadline": (r"tic ?tac", r"delai (?:de )?\d+ (?:jours?|heures?|h)"),
    "deadline:weak": (
        r"(?:plus que|il reste|il te reste|il vous reste|encore) \d+ (?:jours?|heures?|nuits?)",
    ),
    "threat_to_expose:weak": (
        r"(?:ce serait|ca serait|ce sera|ca va etre) (?:vraiment |quand meme |bien )?(?:dommage|bete|triste) (?:que|si|qu)",
    ),
    "threat_to_expose": (
        r"(?:en )?menacant (?:de|d) (?:les |la |le |l )?(?:publier|diffuser|envoyer|partager|montrer|poster|balancer|mettre en ligne)",
    ),
    "demand_material": (
        r"(?:lui|leur) (?:reclame|demande|exige|reclament|demandent|exigent) (?:des|d autres|plus de|encore des) (?:photos|videos|nudes|images)",
    ),
    "audience:weak": (r"(?:ton|votre) (?:cabinet|bureau|etude|agence)",),
}

_SOMEONE_ELSES_RISK: Entries = {
    # Un parent ou un ami raconte le désespoir de la victime, et son âge.
    "self_harm_risk": (
        r"(?:il|elle) (?:veut|voudrait|dit qu (?:il|elle) veut) (?:juste |vraiment |seulement )?(?:mourir|en finir|se tuer|disparaitre|se suicider)",
        r"(?:il|elle) (?:ne veut plus|veut plus|n a plus envie de|a plus envie de) vivre",
        r"se (?:suicider|tuer|faire du mal|scarifier|mutiler)",
        r"(?:veut|voudrait) (?:juste |vraiment |seulement )?(?:mourir|en finir|se tuer|se suicider)",
    ),
    "minor_indicator": (
        rf"(?:fils|fille|enfant|neveu|niece|frere|soeur|petit fils|petite fille) (?:de |a |qui a )?{_AGE}(?: ans)?(?![0-9])",
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
