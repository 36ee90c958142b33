"""English."""

# ruff: noqa: E501
from __future__ import annotations

from haven.cases.advice.kinds import AdviceKind
from haven.cases.advice.phrases import LanguagePhrases

_THEM = (
    r"(?:him|her|them|that person|this person|the person|the scammer|the blackmailer|they|he|she)"
)
_MEDIA = r"(?:it|them|this|that|the (?:photos?|pictures?|pics|images?|videos?|posts?|content|material)|your (?:photos?|pictures?|pics|images?|videos?))"
_GONE = r"(?:deleted|removed|taken down|wiped|erased|gone|scrubbed|disappear)"
_OBLIGED = r"(?:you (?:must|have to|ve got to|got to|need to|should|ought to|really need to|really should|definitely need to|absolutely must)|you re going to have to|it is essential that you|you are required to|make sure you|go and|go)"
_STEP = r"(?:go to the police|go to the cops|call the police|call the cops|contact the police|report (?:it|this|him|her|them)?(?: to the police)?|file a (?:police )?report|tell (?:your|the) (?:parents|mum|mom|dad|family|school|teacher|boss|partner|husband|wife)|tell someone|tell somebody|tell your \w+|talk to your (?:parents|family|school|teacher)|press charges|get a lawyer|delete your account)"

PHRASES = LanguagePhrases(
    code="en",
    spaced=True,
    phrases={
        AdviceKind.PAY: (
            r"just pay",
            r"pay up",
            r"pay (?:the|what|him|her|them|it)",
            r"(?:could|should|might|may as well|might as well|better) (?:just )?pay",
            r"(?:give|send|transfer) "
            + _THEM
            + r" (?:the money|the cash|what (?:he|she|they) (?:want|wants|ask|asks|asked|demand|demands)|the amount|the \w+ (?:euros|dollars|pounds))",
            r"(?:send|give) (?:the|them the|him the|her the) (?:money|payment|gift cards?|bitcoin)",
            r"do what (?:he|she|they|the \w+) (?:says|say|asks|ask|asked|wants|want|demands|demand|tells you)",
            r"(?:go along with|comply with|give in to|give in|do as (?:he|she|they) (?:says|say)) ?(?:it|them|him|her|the demands?)?",
            r"(?:paying|payment) (?:is|might be|may be|could be) (?:the )?(?:best|easiest|quickest|fastest|safest|only)",
            r"(?:easiest|quickest|simplest|best|safest|fastest) (?:way|thing|option)?(?: out)? (?:is|would be) to (?:pay|give|send|do what)",
            r"(?:send|give) (?:him|her|them) (?:more )?(?:pictures|photos|pics|videos)",
        ),
        AdviceKind.BLAME: (
            r"why (?:did|would|on earth did|the hell did) you (?:ever )?(?:send|share|trust|take|do|talk|agree|give|show|film|record|make)",
            r"why didn t you",
            r"you should(?: not| never|n t)(?: ever)? have",
            r"you shouldn t have",
            r"you should have (?:known|thought|been|realised|realized|seen)",
            r"what were you thinking",
            r"think before you",
            r"next time(?: just)? don t",
            r"next time be",
            r"(?:was|that s|that was|were|is|so|very|pretty|rather|quite|a bit|too|really) (?:careless|stupid|naive|reckless|foolish|silly|irresponsible|dumb|unwise)",
            r"you (?:brought|asked for) (?:this|it)",
            r"this is what happens when",
            r"your own fault",
            r"you (?:were|are) (?:partly |partially |also )?(?:to blame|responsible)",
            r"part of the blame",
            r"(?:lesson|learn from) (?:learned|learnt|this)",
            r"you (?:really )?(?:should|ought to) know better",
            r"never send (?:nudes|pictures|photos|intimate)",
            r"how could you",
        ),
        AdviceKind.PROMISE: (
            r"(?:i|we) (?:promise|guarantee|swear)",
            r"(?:i|we) (?:can |will )?assure you",
            r"(?:will|ll|are going to|can|re going to) (?:make sure|ensure|guarantee)",
            _GONE
            + r" (?:from )?(?:everywhere|from the (?:whole )?internet|from the web|everywhere online|for good|forever|for ever|permanently|from every \w+|completely|entirely)",
            r"(?:have|get|got) "
            + _MEDIA
            + r" (?:all )?"
            + _GONE
            + r"(?: everywhere| from the internet)",
            r"(?:he|she|they|the scammer|the blackmailer|nobody|no one) (?:will|ll) never (?:post|share|publish|send|leak|see|find|contact|bother|do)",
            r"(?:he|she|they|the scammer|the blackmailer) (?:won t|will not|isn t going to|aren t going to) (?:post|share|publish|send|leak|do anything|contact|bother)",
            r"(?:nobody|no one|noone) (?:will|is going to) (?:ever )?(?:see|find|know)",
            r"(?:never|won t) (?:appear|be seen|resurface|surface|show up|come back) (?:again|anywhere|online)",
            r"(?:it|this|everything) (?:will|ll) (?:all )?(?:be over|go away|be fine|be okay|be ok|stop)",
            r"(?:100|hundred) percent",
            r"(?:definitely|certainly|surely) (?:be )?" + _GONE,
        ),
        AdviceKind.PRESSURE: (
            _OBLIGED + r" (?:now |immediately |today |right away |tonight )?" + _STEP,
            r"(?:you must|you have to|you need to|you ve got to) (?:do (?:this|it|that) )?(?:now|today|immediately|right now|right away|tonight)",
            r"(?:go|call|contact|go straight) (?:to )?the (?:police|cops) (?:now|immediately|right away|today|tonight|straight away)",
            r"(?:there is no other|there s no other|the only) (?:option|choice|way)",
            r"you (?:don t|do not) have (?:a|any) choice",
            r"you have no choice",
            r"(?:if you don t|unless you) (?:go to|report|tell|call) ",
        ),
    },
    doubt=r"(?:can t|cannot|can not|unable to|not able to|no one can|nobody can) (?:promise|guarantee)|no guarantee|not sure|hope|try|trying|will try",
    negation=r"(?:don t|do not|never|not|nobody|no one|no need to|shouldn t|should not|mustn t|must not|nobody should|no one should|refuse to|won t|will not|can t|cannot|can not|stop|avoid|nothing|no|never ever|don t ever|we can t|we cannot|can t promise|cannot promise|can t guarantee|cannot guarantee|no guarantee|no way to|not possible to|hard to|impossible to|without)(?: (?:have|need|ought) to)?(?: (?:just|ever|even|really|simply|actually|any|anything|that|we|i))?",
)
