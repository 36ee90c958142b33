"""English."""

# ruff: noqa: E501
from __future__ import annotations

from haven.detection.lexicon.entries import Entries, combine

_WILL = r"(?:i ?ll|i will|i am going to|i m going to|im going to|i m gonna|im gonna|gonna|going to|will|i can|i would|i d|i shall|about to)"
_SPREAD = r"(?:post|send|share|leak|release|publish|upload|spread|expose|forward|show|distribute|circulate|broadcast|blast|dm|email|drop|plaster|put)"
_SPREADING = r"(?:post|send|shar|leak|releas|publish|upload|spread|expos|forward|show|distribut|circulat)(?:ing|ed|es|s|e)?"
_MEDIA = r"(?:pics?|photos?|pictures?|videos?|vids?|images?|selfies?|snaps?|clips?|recordings?|footage|content|screenshots?|material|shots)"
_NUDES = r"n[uo]+d(?:e|ie|y)?[sz]"
_KIN = (
    r"(?:family|fam|friends|friend list|friends list|followers|follower list|followers list|contacts|contact list"
    r"|parents|mom|mum|dad|mother|father|brothers?|sisters?|siblings|wife|husband|girlfriend|boyfriend|partner"
    r"|kids|children|relatives|cousins|grandparents|boss|employer|coworkers|co workers|colleagues|workplace|job"
    r"|company|school|teachers?|classmates|university|uni|college|church|pastor|community|neighbou?rs|mutuals"
    r"|subscribers|fans|clients|customers|team|loved ones|social media|socials|dms|inbox|group chat|class"
    r"|manager|managers|supervisor|line manager|hr|hr department|principal|headteacher|head teacher|coach|coaches"
    r"|teammates|team mates|squad|club|sports team|football team|soccer team|roommates|flatmates|in laws"
    r"|youth group|year group|form group|homeroom|dorm|ex|exes|landlord|students|congregation)"
)
_YOUR = r"(?:your|ur|all your|all ur|all of your|every one of your|each of your|every single one of your|your whole|ur whole|your entire)(?: (?:new|own|whole|entire|little|old|big))?"
_AGE = r"(?:[5-9]|1[0-7])"
_NOT_UNIT = r"(?! ?(?:min|mins|minutes|hours?|hrs?|h|k|km|miles|mi|am|pm|dollars|euros|bucks|usd|times|days|weeks|months|followers)(?![a-z0-9]))(?! ?[%$€])"
_DAYS = r"(?:tonight|midnight|tomorrow|end of (?:the )?day|noon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|\d+ ?(?:pm|am))"

_CORE: Entries = {
    "threat_to_expose": (
        r"(?:put|post|upload|throw|stick|share) (?:it|them|that|this|the \w+|everything|those|these) (?:online|on the internet|on the net|on the web)",
        rf"{_WILL} {_SPREAD}",
        rf"{_SPREADING} (?:it|them|these|this|those|everything|all of (?:it|them)) (?:to|with|on|online|everywhere|all over|publicly|in|across)",
        r"(?:expose|exposing) (?:you|u)",
        r"(?:go|goes|going) viral",
        r"make (?:it|them|this|you|everything) (?:go )?(?:viral|public)",
        r"(?:will|ll|gonna|going to|are going to|is going to) (?:see|know about|find out|watch|receive|get a copy)",
        r"or (?:i|ill|i ll|i will) (?:post|send|leak|share|release|upload|expose|show)",
        r"before i (?:post|send|leak|share|release|upload|expose)",
        r"(?:ruin|destroy|end) your (?:life|reputation|career|marriage|future|relationship)",
        r"your (?:life|reputation|career) (?:is|will be) (?:over|ruined|finished|destroyed)",
        r"(?:tag|tagging)(?= (?:all )?(?:your|ur))",
        r"(?:everyone|everybody|they all|all of them|the whole \w+|nobody|no one) (?:sees|see|will see|gets|get|will get|receives|will receive|knows|will know|finds out|find out)",
    ),
    "threat_to_expose:weak": (
        r"(?:make|create|start) a (?:group|group chat|gc) with",
        r"leak(?:ed|ing|s)?",
        r"expos(?:e|ed|ing)",
        r"viral",
        r"publicly",
        r"(?:goes|go|going|gets|get|sent|end up|ends up|lands?|going out) (?:straight |right )?(?:out )?(?:to|in|on|online|public)",
        r"(?:gets|get|will get|receives|will receive) (?:every|all|them|it|the|a copy|copies|everything)",
        r"(?:post|leak|share|publish|release|send|upload|show|boost) (?:them|it|these|those|this)",
        r"i m (?:uploading|posting|sending|leaking|sharing|publishing|releasing|boosting)",
        r"(?:start|starting|begin) (?:sending|posting|leaking|sharing|uploading)",
        # offers and hints: pay and it stays private, I delete it
        r"(?:keep|keeps|keeping) (?:it|this|that|them|everything|things|the \w+) (?:between us|quiet|private|secret|hidden|offline|off the internet)",
        r"(?:it|this|that|everything|they) (?:stays|stay|remains|remain|will stay|ll stay) (?:between us|quiet|private|secret|hidden|offline)",
        r"(?:i ll|i will|and i|then i|i can|i ll just|i d) (?:delete|erase|remove|wipe|destroy) (?:it|them|everything|all of it|the \w+)",
        r"(?:would|d|will|ll) be a (?:shame|pity) if",
        r"(?:got|get|gets|getting) to see",
        r"(?:tag|tagging|tags) (?:my|our|your|ur|all)",
        r"(?:no one|nobody|noone|no one else) (?:has to|needs to|ever has to|ever needs to|will ever|would ever|ever) (?:know|find out|see)",
        r"(?:with|and|under|next to) (?:your|ur) (?:full|real|whole) name",
        r"(?:stay|stay with me|don t leave|don t leave me) and (?:no one|nobody|noone) (?:sees|will see|gets|finds out|knows)",
    ),
    "intimate_material": (
        _NUDES,
        rf"(?:nude|naked|topless) {_MEDIA}",
        rf"(?:intimate|explicit|sexual|compromising|nsfw|x rated|erotic|lewd) {_MEDIA}",
        r"(?:sex ?tapes?|dick pics?|d pics?)",
        rf"{_MEDIA} of you (?:naked|nude|undressed|undressing)",
        r"you (?:naked|nude|undressed|undressing)",
        r"(?:me|i was|i m|im|i am|while i was|when i was) (?:naked|nude|topless|undressed|undressing)",
        r"(?:deepfakes?|deep fakes?|fake nudes)",
        r"(?:you|yourself) (?:pleasuring|touching|satisfying) (?:yourself|urself)",
        r"(?:while|when) (?:you were |you re )?(?:watching|visiting|browsing) (?:adult|porn\w*|xxx|explicit)",
        r"(?:your )?(?:most )?(?:private|intimate) moments",
        r"(?:ai|a i) (?:generated )?(?:nudes|porn|naked \w+|nude \w+)",
        r"(?:put|putting|pasted|edited|photoshopped) your face on",
        r"(?:with nothing on|without (?:any )?clothes|without clothes on|with no clothes on)",
    ),
    "intimate_material:weak": (
        r"(?:was|got|been|is) recorded",
        r"(?:gets?|receives?|will get|will receive) a copy",
        r"(?:recorded|filmed) us",
        r"(?:the|that) (?:first|last|next) one",
        rf"(?:your|ur|my|his|her|their|our) {_MEDIA}",
        rf"(?:private|sexy|spicy|naughty|dirty|adult|revealing|personal) {_MEDIA}",
        rf"(?:the|that|this|these|those) {_MEDIA} (?:of you|you sent)",
        rf"{_MEDIA} of (?:you|yourself|u)",
        rf"(?:the|those|these|that)(?: first| next| last| other)? (?:{_MEDIA}|tape)",
        r"(?:pics|photos|pictures|videos?|vids|images|stuff|everything|all) you (?:sent|shared|gave)",
        r"what you sent(?: me)?",
        r"(?:recorded|filmed|recording|filming) (?:you|u|yourself|me|us|him|her|our (?:video )?(?:call|chat|session|stream))",
        r"(?:your|the) (?:webcam|camera|cam) (?:video|recording|footage)",
        r"(?:through|via|with|on|from|using) (?:my|your|ur|the) (?:webcam|camera|cam)",
        r"caught you on (?:cam|camera|webcam|video)",
        r"porn\w*",
        r"(?:sexting|sexts?)",
        r"edited your (?:pics|photos|pictures|face)",
        r"what you (?:were|was) doing (?:on|in front of) (?:the |your |ur )?(?:cam|camera|webcam|video|facetime|call)",
        r"what you did (?:on|in front of) (?:the |your |ur )?(?:cam|camera|webcam|video|facetime|call)",
        r"(?:screen ?record(?:ed|ing)?|recorded|filmed|saved) (?:our|the|that|ur|your) (?:facetime|video call|video chat|vc|call|chat|stream|session)",
        r"(?:your|ur|my|his|her|their|our) (?:old|private|personal|own|secret|last|little) (?:pics?|photos?|pictures?|videos?|vids?|images?|selfies?|snaps?|clips?|recordings?)",
        r"(?:pics?|photos?|pictures?|videos?|vids?|images?|selfies?|snaps?|nudes|stuff) (?:i|we) (?:sent|shared|took|made|gave)",
        r"i (?:sent|showed) (?:him |her |them |someone |a guy |a girl |this guy |this girl )?(?:a |some |my |a few |a couple of )?(?:video|vid|pic|photo|picture|selfie|clip)s?",
        r"(?:pics?|photos?|pictures?|videos?|vids?|images?|nudes) of (?:me|us)",
        # in warnings: material obtained from others ("gets pics from people")
        r"(?:gets|got|getting|collects|collected|collecting|obtains|obtained|asks for|asked for|asking for) (?:intimate |private |nude |naked )?(?:pics|photos|pictures|videos|vids|images|nudes) from",
        # deepfakes made from ordinary photos
        r"(?:from|using|out of|with) (?:your|ur) (?:profile (?:pics?|photos?|pictures?)|pfp|selfies|insta (?:pics|photos)|instagram (?:pics|photos)|face)",
        r"(?:face ?swap\w*|photoshopped|morphed|ai edited|ai generated)",
        r"(?:looks|look|looking) (?:so |very |really |pretty |super )?real",
        r"(?:the )?ones (?:you|u) (?:already )?(?:sent|gave|shared)(?: me)?",
        r"(?:the ones|what|everything|all) (?:you|u) already (?:sent|gave|shared)",
    ),
    "audience": (
        rf"{_YOUR} {_KIN}",
        r"(?:everyone|everybody|anyone) (?:you know|you love|you care about|in your life|on your (?:list|friends? list|contacts?|followers? list))",
        r"(?:the|your) whole (?:internet|school|world|town|family|server|fediverse|timeline|office|neighbou?rhood|class)",
        r"(?:to|on) (?:porn|adult|xxx) (?:sites?|websites?)",
        r"(?:every|all) (?:platforms?|sites|social media)",
        r"every (?:contact|single contact|person you know|one of your contacts)",
        r"(?:everyone|everybody|all|people) (?:at|in|from) (?:your|ur) \w+",
        r"(?:the )?(?:hr|human resources) (?:department|team|manager|office)",
        r"human resources",
    ),
    "audience:weak": (r"(?:hr|all of them|they all)",),
    "demand_money": (
        r"pay(?= (?:me|up|now|us|the|what|in|via|with|using|through|before|or|within|today|tonight|\$|\d))",
        r"(?:send|give|transfer|wire) (?:me )?(?:the )?(?:money|cash|funds|payment)",
        r"wire(?= (?:me |the )?(?:\$|\d|money|it|cash))",
        r"(?:how much|what) (?:can|will) you (?:afford|pay)",
        r"(?:ransom|payment due|pay ?up)",
        r"(?:buy|get) (?:me )?(?:a |some )?(?:gift|steam|amazon|itunes|apple|google play) ?cards?",
        r"(?:wallet|btc|bitcoin|crypto) address",
        r"\d[\d,.]*(?: ?k)? ?(?:dollars?|bucks|quid|pounds|grand)",
        r"bank (?:transfer|account|details)",
        r"wire (?:transfer|the money)",
    ),
    "demand_money:weak": (
        r"(?:money|cash|pay|paid|payment|wallet)",
        # bargaining: part now, the rest later
        r"(?:the rest|the other half|the remainder) (?:next week|tomorrow|later|by friday)",
    ),
    "demand_material": (
        rf"send (?:me )?(?:more|another|other|new|extra|a few more|some more|better|\d+ more|even more) {_MEDIA}",
        rf"send (?:me )?(?:more|another|{_NUDES})",
        rf"(?:i want|i need|give me|gimme) (?:more|another|new|\d+ more) (?:{_MEDIA}|{_NUDES})",
        r"(?:send|record|make|film|take) (?:me )?(?:a |another )?(?:video|vid|pic|photo|selfie) (?:of (?:you|yourself)|doing)",
        r"(?:keep|continue) sending",
        r"show (?:me )?more",
        rf"more (?:{_NUDES}|explicit|intimate)",
        rf"(?:ask|asks|asking|asked) (?:\w+ )?for (?:more )?(?:pics|photos|pictures|videos|{_NUDES}|intimate)",
        r"send (?:him|her|them) (?:more|another|other|new)",
        # more material, demanded as a routine or under a clock
        r"(?:if|when|once|the moment) (?:you|u) (?:stop|quit) (?:sending|sending me)",
        r"(?:don t|dont|do not|never) (?:stop|quit) sending",
        r"keep (?:them|the pics|the videos|the vids|it) coming",
        rf"(?:a|one|another) (?:new |fresh )?(?:one|{_MEDIA}) (?:every|each) (?:night|day|morning|evening|week|hour|weekend)",
        rf"(?:every|each) (?:night|day|morning|evening|week) (?:a|one) (?:new |fresh )?(?:one|{_MEDIA})",
        r"(?:send|want|need|give me|gimme) (?:me )?(?:new|more|fresh|other) ones",
        rf"another (?:one|{_MEDIA}) (?:in|within|by) (?:\d+|the next|the hour)",
    ),
    "demand_action": (
        r"do (?:what|exactly what|everything) i (?:say|tell you|want|ask)",
        r"(?:do as i say|follow my (?:instructions|orders|rules))",
        r"(?:stay|be|remain) online",
        r"(?:don t|do not|dont) (?:even )?(?:block|ignore|leave|go offline|log off|report|tell|delete|unfollow|mute|screenshot|think about (?:reporting|blocking|telling|ignoring)|try (?:reporting|blocking|to report|to block))",
        r"(?:answer|reply|respond) (?:me|now|to me|fast|immediately|quickly)",
        r"(?:meet|meeting) (?:me|up with me)",
        r"(?:video ?call|facetime|get on (?:cam|camera|video))",
        r"(?:delete|close|deactivate) your (?:account|profile)",
        r"(?:send|give) me your (?:password|login|phone number|number|address|snapchat|snap|instagram|insta)",
        r"(?:don t|do not) tell (?:anyone|anybody|your|the police|the cops)",
        r"(?:obey|comply|cooperate) (?:or|and|with)",
        r"you (?:will|must|have to) (?:do|obey|follow)",
        r"(?:come back to me|get back together|take me back|stay with me|don t leave me|go out with me|date me|move back in)",
    ),
    "deadline": (
        r"(?:if|and) you (?:tell|go to) (?:anyone|anybody|the police|the cops)",
        r"(?:if|when) you (?:block|ignore|report|unfollow|mute|go offline|leave|log off)(?: me)?",
        r"(?:if|when|the day|the moment) you (?:dump|break up with|cheat on|ghost|walk out on|leave) me",
        r"if you (?:break up|end (?:it|this|us|things)|walk away|move on|see (?:him|her|someone else))",
        r"(?:you (?:have|ve got|got)|within|under|only|next) \d+ ?(?:h|hrs?|hours?|mins?|minutes?|secs?|seconds?|days?)",
        r"\d+ ?(?:h|hrs?|hours?|mins?|minutes?) (?:left|to pay|or|before|from now|starting now)",
        r"(?:or else|last (?:chance|warning)|final (?:warning|chance|notice)|time is (?:running out|ticking)|clock is ticking|tick tock|tik tok|before it s too late|don t make me wait|no more waiting|the timer)",
        rf"(?:by|before|until) {_DAYS}",
        r"(?:till|til) (?:tonight|midnight|tomorrow|noon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|\d+ ?(?:pm|am))",
    ),
    "deadline:weak": (
        r"(?:right now|immediately|asap|hurry|quickly|fast|now or never|in \d+ (?:minutes|hours))",
        r"unless",
        r"if you (?:don t|dont|do not|won t)",
        r"otherwise",
        r"or(?= (?:everyone|everybody|your|ur|the|i|it|they|all|my|else|hr)(?![a-z0-9]))",
    ),
    "proof_of_possession": (
        r"(?:saved|kept|screenshotted) (?:everything|all) (?:you|u) (?:sent|shared)",
        r"(?:look|see|check) (?:at )?what i (?:have|got|found)",
        r"i (?:have|ve got|got|saved|kept|still have|recorded|screenshotted|captured|downloaded)(?= (?:your|ur|all your|all of your|copies of your|screenshots of your))",
        r"i (?:saved|kept|screenshotted|recorded|downloaded|have) (?:everything|all|every single)(?= (?:you|of|your))",
        r"i (?:have|ve got|got) (?:a |the |some )?(?:video|recording|footage|pics|photos|pictures|images)(?= of (?:you|your))",
        r"(?:screenshot|screenshotted|screenshoted|saved|recorded|have a list of|made a list of|collected|a list of|the list of)(?= (?:all )?(?:of )?(?:your|ur) (?:followers|friends|family|contacts|following|friend list|friends list|follower list))",
        r"(?:here s|here is|this is) (?:a |the )?(?:sample|preview|proof|taste|first one|one of them)",
        r"i (?:already )?(?:sent|showed) (?:one|it|a pic|a photo|this|them) to (?:your|one of your)",
        r"(?:collage|montage|compilation)",
        r"i know where you (?:live|work|study|go to school)",
        r"i know (?:your (?:real|full) name|your (?:school|employer|workplace|address)|which (?:school|class|team|company) you|what school you)",
        r"i (?:already )?(?:have|ve got|got) (?:the )?(?:numbers|contacts|phone numbers|emails|addresses|names) of (?:your|ur)",
        r"(?:the ones|everything|all) (?:i|i ve) (?:already )?(?:have|got|saved|kept|recorded)",
        r"what i already (?:have|got)",
        r"(?:hacked|infected|accessed|compromised|took over) your (?:device|computer|phone|account|camera|webcam|email|system|laptop)",
        r"(?:installed|planted|injected) (?:a )?(?:malware|trojan|virus|spyware|rat|keylogger)",
        r"screen ?record(?:ed|ing)?",
    ),
    "proof_of_possession:weak": (
        r"(?:sample|preview|proof)",
        r"i (?:have|ve got|got|saved|kept|still have)(?= (?:the|every|everything|it all|copies|a copy|screenshots|them))",
    ),
    "victim_disclosure": (
        r"(?:will |ll |going to |gonna )?(?:post|share|send|leak|spread|publish|upload|expose|release)(?:s|ing)? my (?:nudes|pics|photos|pictures|videos?|private|intimate)",
        r"(?:is|are|was|were|has been|have been|keeps|kept|started|been|now|he s|she s|they re) (?:threatening|blackmailing|extorting|sextorting) me",
        r"(?:threatening|threatens|threatened|threaten|threat) (?:me )?to (?:post|share|send|leak|release|publish|upload|spread|expose|show|forward|distribute) (?:my|me|our|them to my|it to my)",
        r"(?:i m|im|i am|i ve been|i have been|i was|i got|i m getting|i am getting) (?:being )?(?:sextorted|blackmailed|extorted|threatened)",
        # the material and the amount are only looked at, left to match as what they are
        rf"(?:has|have|got|kept|saved|took|screenshotted|recorded) (?:my|our)(?= (?:{_NUDES}|pics|photos|pictures|videos?|intimate|private|naked))",
        rf"(?:leaked|posted|shared|sent|exposed|spread) my (?:{_NUDES}|pics|photos|pictures|videos?|intimate|private|naked)",
        r"(?:asking|asks|asked|demanding|demands|demanded|wants|wanted|told|tells|telling|forcing|forced|making) me (?:for|to) (?:pay|send|give|buy|money|more|\$ ?[\d,.]*|\d[\d,.]*|do|transfer)",
        r"(?:want|wants|wanted|demanding|demands|asking for|asks for|asked for) (?:\$ ?\d+|\d+ ?(?:dollars|euros|usd|bucks)|money|more pics|more photos|more nudes|gift cards|bitcoin) from me",
        rf"i sent (?:him|her|them|someone|somebody|this (?:guy|girl|person)|a (?:guy|girl|stranger|man|woman)) (?:some |a few |my |a )?(?:pics|photos|pictures|{_NUDES}|videos?|intimate|private|naked|a video|a pic)",
        r"i (?:shouldn t|should not|should never) have sent",
        rf"my (?:{_NUDES}|pics|photos|pictures|videos?|intimate \w+|private \w+) (?:will|would|are going to|could|might) (?:be )?(?:posted|leaked|shared|sent|released|everywhere|online|out)",
        r"(?:threatening|threatens|threatened|threaten) (?:me )?to (?:put|throw|stick|plaster|make) (?:my|our)",
    ),
    "victim_disclosure:weak": (
        r"(?:he|she|they) (?:ll|will|would|d|is going to|s going to|are going to|re going to) (?:put|post|upload|share|send|leak|show|spread)",
        r"(?:if|unless) i (?:break up|leave him|leave her|leave them|dump|stop seeing|don t get back)",
        r"(?:he|she|they|someone|somebody|this (?:guy|girl|person|account|user)|the scammer) (?:says|said|told me|tells me|keeps saying|threatens|threatened) (?:he|she|they)(?: ll| d| will| would| is going to| are going to| is gonna| are gonna)",
        r"(?:what (?:do|should|can) i do|please help|help me|i need help|i don t know what to do|i dont know what to do|idk what to do)",
        r"i m (?:so )?(?:scared|terrified|panicking|freaking out)|i feel (?:so )?(?:stupid|ashamed|trapped|sick)",
        r"i (?:paid|already paid|sent (?:him|her|them) (?:money|\$ ?[\d,.]*|\d[\d,.]*))",
        r"i (?:got|was|have been) (?:scammed|catfished)",
        r"(?:a|this) (?:guy|girl|person|account|scammer) i (?:met|was talking to|matched with|was chatting with)",
        r"(?:demanding|demands|demanded|asking for|asks for|asked for|wants|wanted)(?= (?:money|cash|\$|\d|bitcoin|crypto|gift cards|payment|more pics|more photos|more nudes))",
        r"threat(?:en|ens|ened|ening) (?:me |us )?to (?:post|share|send|leak|release|publish|upload|spread|expose|show)",
        r"(?:says|said|saying|told me) (?:to )?pay",
        r"(?:should|do|must|have to) i (?:pay|send)",
        r"(?:got|received|get) (?:an? |one of those |this |these )?(?:emails?|e mails?|mails?|messages?|dms?) (?:saying|that says|claiming|telling me)",
        r"(?:if|unless) i (?:don t|dont|do not|won t|refuse to|can t) (?:pay|send|go back|get back|come back|give|do|meet|stay)",
        r"(?:says|said|keeps saying|told me|tells me|is saying|threatens|threatened) (?:that )?(?:he|she|they) (?:ll|will|would|d|is going to|s going to|re going to|are going to|is gonna|s gonna)",
        r"unless i (?:send|pay|give|do|meet|go back|get back)",
        # first-person help-seeking, also when asking moderators
        r"(?:can|could) (?:the |you )?(?:mods|moderators|admins|you guys) (?:do (?:something|anything)|help(?: me)?)",
        r"(?:mods|moderators|admins) (?:can|could) (?:do (?:something|anything)|help(?: me)?)",
        r"(?:should|do) i (?:go to|call|tell) the (?:police|cops)",
        r"(?:i don t know|i dont know|idk) who to (?:talk|tell|turn|go) to",
        r"who (?:do|should|can) i (?:talk|turn|go) to",
        r"i m (?:so )?(?:ashamed|embarrassed)",
    ),
    "third_party_warning": (
        r"(?:beware of|watch out for|be careful (?:with|of)|stay away from|look out for)",
        r"(?:don t|do not|dont) (?:accept|follow|reply|engage with|respond to|trust|interact with|answer)",
        r"(?:block and report|report and block|block (?:this|that|them|him|her|the) account|report (?:this|that|the|these) accounts?|please (?:report|block))",
        r"(?:is|are|has been|have been|was|keeps|been) (?:scamming|threatening|targeting|harassing|messaging|dming|contacting) (?:people|users|members|folks|others|everyone|kids|teens|minors|young (?:men|people|guys)|guys|women|men|girls|boys|multiple|several|a (?:friend|few|lot)|my friend|friends|our|new)",
        r"(?:psa|heads up|beware|caution|alert)",
    ),
    "third_party_warning:weak": (
        r"warning(?<!without warning)",
        r"(?:same|similar) (?:script|message|dm|scam)",
        r"(?:going around|making the rounds|circulating)",
        r"(?:asking|asks|messaging|dming) (?:people|users|guys|teens|folks|members|everyone) for",
    ),
    "named_account": (
        r"(?:this|that|the following|these|an|a) (?:accounts?|users?|profiles?) (?:called|named|is|are|has|have|going)",
        r"(?:account|user|profile|handle) (?:called|named)",
    ),
    "extortion_term": (r"sextort\w*", r"blackmail\w*", r"extort\w*", r"sexual extortion"),
    "self_harm_risk": (
        r"(?:i|i m|im|i am) (?:just |really |honestly |seriously |literally |actually |kind of |kinda |sometimes |still )?(?:want|wanna|wanted|am going|m going|gonna|plan|planning|need|have|feel like i need|feel like i have) to (?:die|end it|end it all|end my life|kill myself|disappear forever|not wake up|not exist|not be here)",
        r"(?:kill|killing|hurt|hurting|cut|cutting|harm|harming) myself",
        r"(?:end it all|ending it all|end my life|ending my life|take my (?:own )?life|taking my (?:own )?life)",
        r"(?:i )?(?:don t|do not|dont|no longer|really don t) (?:want|wanna) to (?:live|be alive|exist|be here|wake up)(?: anymore)?",
        r"i (?:wish|just wish) (?:i (?:was|were) dead|i could die|i (?:didn t|did not) exist|i (?:had|d) never been born|i could disappear)",
        r"(?:i d|i would|i ll) (?:rather|sooner) (?:die|be dead)",
        r"(?:no reason to live|no point (?:in )?living|no point in going on|better off dead|better off without me|nobody would (?:miss|care if) me|can t go on|cant go on|can t live (?:like this|with this)|can t take (?:it|this) anymore|can t do this anymore)",
        r"(?:thinking|thought|thoughts|thinking a lot) (?:about|of) (?:ending it|ending my life|killing myself|suicide|dying|not being here)",
        r"self ?harm",
        r"not (?:be )?(?:here|alive) tomorrow",
    ),
    "self_harm_risk:weak": (r"suicid\w*",),
    "minor_indicator": (
        rf"(?:i m|im|i am|he s|she s|he is|she is|they re|they are|is only|is just|aged?|turning|turned) (?:only |just )?{_AGE}{_NOT_UNIT}",
        rf"{_AGE} ?(?:yo|y o|yrs? old|years? old|year old|yr old)",
        r"(?:[6-9]|1[0-2])th grade|grade (?:[6-9]|1[0-2])|year (?:[7-9]|1[0-3])",
        r"(?:in|at|still in|go to) (?:high|middle|secondary|junior high) school",
        r"(?:high|middle) schooler",
        r"(?:freshman|sophomore|junior|senior) (?:in|at) high school",
        r"(?:a minor|underage|under age|under 18|minors)",
    ),
    "minor_indicator:weak": (r"(?:teenager|teen|my (?:son|daughter|kid) is)",),
    "news_or_advice": (
        # quoting a typical threat as an example, school and legal notices (precision round 3)
        r"(?:messages|dms|texts|emails|threats|scripts|lines) (?:like|such as|that say|saying)",
        r"(?:a|the) (?:typical|common|classic|standard) (?:message|threat|script|dm|email|line)",
        r"(?:punishable|a criminal offen[cs]e|a serious crime|criminal code|penal code|prison sentence|up to \d+ years)",
        r"(?:assembly|all students|students should|students will|dear parents|parents and (?:guardians|carers)|school staff|the school will|our guest|guest speaker|cyber unit|information evening|pupils)",
        r"(?:legal reminder|public service announcement|announcement|notice to parents|awareness week)",
        r"(?:you are not|you re not|no one will be|nobody will be|you won t be) in trouble",
        r"(?:screenshot|screenshots) block report|(?:preserve|keep) (?:the )?(?:evidence|messages|all messages)",
        r"when (?:someone|somebody|a stranger|a scammer|an offender|a predator|a criminal) (?:online )?(?:gets|obtains|has|sends|threatens|asks|says)",
        r"(?:the|a) (?:perpetrator|offender|culprit|victim) (?:is|was|said|says|told|reported)",
        r"(?:a|the) (?:user|member|student|teen|child|kid|person|victim|parent|pupil) (?:reports|reported|says|said|tells|told|explains|explained) (?:that )?",
        r"(?:police|fbi|ncmec|europol|interpol|authorities|officials|investigators|prosecutors|the court|experts?|charities|agencies) (?:warn|warned|warning|say|said|are|have|report|reported|arrested|charged|urge|urged|advise|recommend)",
        r"(?:according to|a (?:new )?(?:report|study|survey)|reports? (?:show|say|found)|statistics|data shows|cases (?:of|have|are)|on the rise|rise in|surge in|increase in|spike in|sharp rise|wave of|a growing)",
        r"if (?:someone|anyone|somebody|a stranger|a scammer|they|a person|a contact) (?:threatens|asks|is threatening|demands|tries|sends|contacts|messages)",
        r"(?:if you re|if you are|if you have been|if this happens|if it happens|if you get|if you receive|if you ve been)",
        r"(?:never|don t|do not|dont) pay(?<!i never pay)(?<!i don t pay)(?<!i do not pay)(?<!i dont pay)",
        r"(?:stop ?ncii|take it down|takeitdown|cybertipline|helplines?|hotlines?|support line|crisis line|samaritans)",
        r"(?:tips|how to (?:protect|spot|recognise|recognize|handle|respond|report|deal|help)|what to do if|here s what to do|you are not alone|it s not your fault|not your fault|reach out to|talk to (?:someone|a trusted))",
        r"(?:scammers|criminals|perpetrators|offenders|extortionists|fraudsters|predators|gangs|networks|the scammer) (?:often|typically|usually|are|who|will|may|then|pose|use|target|posing|threaten|demand|send|ask)",
        r"(?:victims|teens|teenagers|young people|children|kids|boys|parents|users|people) (?:are|who|should|can|were|have been|often|being)",
        r"(?:awareness|campaign|article|webinar|workshop|guide|research|researchers|journalist|documentary|podcast|newsletter|blog post|press release|headline|explainer)",
        r"(?:arrested|sentenced|convicted|jailed|indicted|extradited|pleaded guilty)",
        r"(?:this|the|a common) (?:scam|trick|tactic|scheme)",
    ),
    "policy_discussion": (
        # moderation workflow questions and hypotheticals (precision round 3)
        r"(?:hypothetical(?:ly)?|what if (?:someone|somebody|a user|a member|an account|people)|in theory|thought experiment)",
        r"(?:mod|admin|moderation|moderator) (?:question|q|team)|question for (?:the )?(?:mods|admins|moderators|other admins|other mods)",
        r"how (?:should|do|would|can) (?:mods|admins|moderators|we|you) (?:handle|deal|respond|treat|moderate|flag|filter)",
        r"(?:a|the) (?:report|ticket|flag) (?:where|in which|that says|about)|when a (?:user|member) reports|the reported (?:account|user|post)|reported accounts?",
        r"(?:new rule|rule change|permanent suspension|permanently suspended|instant ban|auto ?mod|automod|keyword filter|word filter|content filter|the remote admin|remote admins?|other instances?)",
        r"(?:should we|could we|do we|would you|is it worth|worth it to) (?:filter|flag|block|auto ?flag|auto ?hide|hide|mute|scan)",
        r"(?:filter|filtering|flag|flagging) (?:dms|messages|posts|toots|replies) (?:with|that|containing|mentioning)",
        r"(?:your|our) (?:workflow|moderation workflow|escalation process)",
        r"(?:any|every|each) (?:account|user|member|person|one|profile) (?:who|that|found)",
        r"will be (?:suspended|banned|removed|blocked|defederated)(?: \w+)?",
        r"(?:draft|proposed) (?:policy|rule)",
        r"(?:our|the|this|my) (?:rules?|policy|policies|code of conduct|coc|tos|terms of service|community guidelines|moderation team|mod team)",
        r"(?:moderators?|mods|admins?|moderation) (?:should|must|can|will|need|team|policy|queue|tools?|workflow|guide|decision|question)",
        r"(?:should we|do we|we should|we will|we ll|we do|we would) (?:ban|suspend|defederate|remove|allow|handle|treat)",
        r"(?:strike system|rule \d+|bannable|zero tolerance|permanent(?:ly)? ban\w*|immediate(?:ly)? ban\w*|defederat\w*|instance admins?|report queue|reports? form)",
        r"(?:anyone|any account|accounts|users|any user|people) (?:who|that|found) (?:threaten|share|post|engage|is|are|do|try)",
        r"(?:strictly )?prohibited|not allowed|against (?:the|our) rules|violat(?:e|es|ed|ing|ion|ions)",  # not Italian "violato" (hacked)
    ),
    # "our server" is policy talk, "people on our server" a place
    "policy_discussion:weak": (
        r"(?:our|this) (?:server|instance)(?<!on our server)(?<!on this server)(?<!from our server)(?<!from this server)(?<!on our instance)(?<!on this instance)",
    ),
    "fiction": (
        # narration around a quoted threat, recaps and pitches (precision round 3)
        r"(?:detective|inspector|sergeant|constable|the heroine|the hero|the narrator|the killer|the kidnapper|the main character|the lead character|the showrunner|the writers|the author)",
        r"(?:he|she|they) (?:sighed|whispered|muttered|murmured|frowned|shrugged|gasped|smirked|glanced|stared|swallowed)",
        r"(?:message|text|note|letter|email|screen|words) (?:on (?:her|his|the) (?:phone|screen) )?read",
        r"(?:recap|episode \d+|last night s episode|this week s episode|tonight s episode|the finale|cliffhanger|plot twist|film pitch|logline|opening scene|the scene where|cut to|crime novel|crime drama|the series|the sequel|the pilot)",
        r"in (?:the|this|my|her|his) (?:novel|book|film|movie|series|episode|chapter|script|screenplay)",
        r"(?:chapter|novel|short story|my story|the story|fanfic|fan fiction|fic|plot|plotline|storyline|protagonist|villain|antagonist|screenplay|thriller|sitcom|soap opera|writing prompt|worldbuilding|npc|roleplay|spoilers?)",
        r"(?:the|this|my) (?:character|film|movie|show|series|book|play|episode|manuscript|script|wip|draft|scene)",
        r"season (?:\d+|finale)",
        r"in the (?:book|film|movie|show|game|story|episode)",
    ),
    # Everyday life: photos named by an ordinary occasion or subject, money for
    # an ordinary purpose, a refund. Context, not evidence: "the class photos",
    # "the pics from the trip", "half the rent", "my money back".
    "everyday_context": (
        rf"(?:class|school|team|graduation|wedding|holiday|vacation|trip|travel|party|birthday|baby|childhood|concert|beach|christmas|prom|yearbook|karaoke|festival|camping|food|dog|cat|pet|apartment|flat){' '}{_MEDIA}",
        r"(?:from|of|at|during) (?:the|our|my|your|his|her|that|this) (?:trip|wedding|party|birthday|concert|holiday|holidays|vacation|beach|graduation|barbecue|bbq|festival|christmas party|reunion|picnic|ceremony|school trip|field trip|match|game|apartment|flat|dog|cat)",
        r"(?:half|part|a share|my share|your share|his share|her share) (?:of )?(?:the|my|our|your|his|her) (?:rent|hotel|room|bill|bills|deposit|dinner|lunch|groceries|tickets?|trip|flight|taxi|uber|gas|electricity|repairs?|pizza|drinks)",
        r"(?:for|towards) (?:the|my|our|your|his|her) (?:hotel|room|deposit|dinner|lunch|groceries|tickets?|flight|taxi|uber|repairs?|pizza|drinks)",
        r"(?:the|my|our|your|his|her) (?:landlord|landlady)",
        r"(?:pay|paying|pays|paid) (?:me |you |him |her |us |them )?back",
        r"(?:my|our|your) money back|(?:a |full )?refund|reimburse\w*",
        r"(?:this|that) (?:shop|store|restaurant|seller|brand|landlord|hotel)",
    ),
    "banter": (
        r"(?:just kidding|just joking|only joking|i m kidding|im kidding|i m joking|jk|jking|lmao|lmfao|rofl)",
    ),
    "banter:weak": (r"(?:lol|lolol|haha|hahaha|hahahaha|hehe|hehehe)",),
    "demand_material:weak": (
        r"(?:new|more|fresh|extra) (?:pics|photos|pictures|videos|vids|nudes)",
    ),
    # Material named as something not intimate: company data, a councillor's lies,
    # a debt, a pet, a filmed breakfast, house photos, a photographer's invoice.
    # Context shielded only by material intimate by itself (scoring).
    "not_intimate": (
        r"(?:customer|client|company|corporate|employee|patient|user|payroll|financial|internal|confidential) (?:data|records|files|database|documents|emails)",
        r"(?:ransomware|leak site|leak blog|data breach|trade secrets|source code|tax (?:records|returns|documents|filings)|bank statements|\d+ ?(?:gb|tb) of)",
        r"(?:every (?:single )?lie|(?:his|her|their|the|your) lies|corruption|councillor|councilor|the council|the mayor|city hall|senator|politician|the minister|the budget|housing budget|leaked documents|documents expose|receipts incoming)",
        r"(?:owes me|owed me|borrowed (?:money|\d+|\$)|never paid (?:me )?back)",
        r"(?:my|our|your|his|her|the) (?:cat|cats|kitty|kitten|dog|dogs|puppy|hamster|parrot|bunny|rabbit|goldfish|guinea pig|pet)",
        r"(?:pics|photos|pictures|videos) of (?:your|my|the|our) (?:cat|dog|kitten|puppy|hamster|parrot|pet|house|flat|apartment|property|kitchen|garden|car|room)",
        r"(?:in treats|cat treats|dog treats|snack habits|cereal|pyjamas|pajamas|pjs|onesie|socks and sandals|taking out the (?:trash|bins|garbage)|cup noodles|instant noodles)",
        r"(?:watched|saw|seen|recorded|filmed) you (?:eat|eating|cook|cooking|dance|dancing|sing|singing|snore|snoring|sleep|sleeping|vacuum|vacuuming|do the dishes|doing the dishes)",
        r"(?:estate agent|realtor|real estate agent|the listing|the viewing)",
        r"(?:the|your|my) (?:invoice|full gallery|gallery|prints|photo session|photoshoot|boudoir session)|(?:as agreed|per our contract|as per the contract|the remaining balance|balance due)",
    ),
}

# Precision round 4: reports, courts and "exposing" threads (combined into ENTRIES at the end).
_REPORTS_COURTS_AND_EXPOSES: Entries = {
    # A case framed as someone else's report, generic or public: a disclosure
    # quoted inside it does not shield it (scoring). "A member just reported
    # that @x is threatening…" is a specific case and is not here.
    "report_framing": (
        r"(?:when|if|whenever|once) (?:someone|somebody|a user|a member|a person|people|users|members|a victim|victims|a kid|kids|a teen|teens|the victim) (?:reports?|flags?|writes? in|submits?|complains?) (?:that|saying|something like|like|with|only|just)",
        r"(?:reports|tickets|flags|complaints) (?:like|such as|that (?:just |only )?(?:say|said|read|claim|go like)|saying|where (?:someone|the user|a user|the victim|a member))",
        r"(?:a|the) (?:report|ticket|flag) that (?:just|only) says",
        r"(?:keep|kept|we keep|we get|we got|we re getting|getting) (?:getting )?(?:reports|tickets|flags) (?:that|like|saying|where)",
        r"(?:the court (?:heard|was told)|told the court|(?:was|were|has been|have been) (?:jailed|sentenced|imprisoned|remanded) (?:for|to|in)|pleaded (?:guilty|not guilty)|the (?:defendant|accused) (?:was|had|admitted|denied)|on suspicion of|remanded in custody|police said in a statement)",
    ),
    "news_or_advice": (
        r"(?:the (?:judge|prosecutor|prosecution|defence|defense) (?:said|described|told|argued)|the (?:trial|hearing|sentencing)|crown court|district court|magistrates)",
        # a parent asking how to talk about it
        r"how (?:do|can|should) i (?:bring up|talk about|explain|raise|discuss) (?:sextortion|online safety|sexting)",
        r"talk to (?:her|him|them|my (?:son|daughter|kids?|child|children|teen|teenager)) about (?:sextortion|online safety|sexting)",
        r"(?:her|his|their) first (?:phone|smartphone|mobile)",
    ),
    "policy_discussion": (
        r"(?:results?|resulting|will result|leads?|will lead) (?:in|to) (?:an? )?(?:immediate |permanent |instant )?(?:ban|suspension|removal)",
        r"without (?:their |anyone s |someone s |the person s )?consent",
        r"(?:server|instance|community|house) rules",
    ),
    "proof_of_possession": (
        r"your (?:account|device|email) (?:has been|was|is) (?:hacked|compromised|breached)",
    ),
    "fiction": (
        r"(?:what a twist|can t stop watching|cant stop watching|the writers|the acting|the ending|the finale)",
    ),
    "not_intimate": (
        # exposing a scammer, coach or politician: their livestream, course, reviews
        r"(?:life|crypto|dating|fitness|business|trading|mindset|wellness|spiritual|relationship|alpha|forex|money) coach(?:es)?",
        r"(?:this|that) (?:so called |self proclaimed )?(?:coach|influencer|guru|grifter)",
        r"(?:his|her|their) (?:live ?stream|livestreams|stream|podcast|course|courses|pdf|ebook|e book|webinar)",
        r"(?:fake|fakes|faked|bought|buys|buying) (?:every |all )?(?:reviews?|testimonials?|followers|likes)",
        r"(?:the same|a) pdf|(?:bad|negative|fake) reviews|(?:i ve got|i have|got|here are the|all the) receipts",
        r"threaten(?:s|ed|ing)? (?:me )?(?:to sue|with a lawsuit|with legal action|with (?:a |his |her )?lawyers?)",
        # debts and bailiffs
        r"(?:debt collector|debt collection|bailiffs?|outstanding (?:balance|amount|debt|invoice)|wage garnishment|garnish\w*)",
        # a filmed song or dance
        r"(?:videos?|vids?|clips?|recordings?|footage|pics?|photos?) of (?:you|u|me|him|her) (?:singing|dancing|snoring|sleeping|eating|falling|doing karaoke)",
        r"(?:at|doing) karaoke|karaoke night",
    ),
    "everyday_context": (
        r"buy (?:me|us) (?:a|an|some) (?:kebab|pizza|coffee|beer|drink|burger|lunch|dinner|round)",
    ),
}

# Recall round 2 (holdout7 and holdout8), added as new entries only: disclosures
# written on someone's behalf with the threat told in the third person, material
# only implied ("what I sent him", "you know which one", "our call"), demands for
# an action (drop the report, come back), and bargaining ("and I delete everything").
_THIRD = r"(?:he|she|they|this (?:guy|girl|person|account)|the (?:guy|girl|person|account|scammer))"
_HIS = r"(?:his|her|their)"
_ON_SOMEONES_BEHALF_AND_IMPLIED: Entries = {
    # a parent asking how to talk about it is advice, not an incident
    "news_or_advice": (
        r"how (?:do|should|can) (?:i|we) (?:talk to|bring (?:it|this|sextortion) up|bring up|explain|speak to|raise|have the talk|prepare|warn|protect)",
    ),
    "victim_disclosure:weak": (
        r"(?:i m |i am )?(?:writing|posting|reporting|asking|messaging|reaching out|writing this|posting this|reporting this)(?: here)? (?:for|on behalf of) (?:my|a|our)(?= (?:\d+ ?(?:yo|year old) )?(?:son|daughter|kid|child|friend|best friend|girlfriend|boyfriend|partner|wife|husband|brother|sister|student|nephew|niece|cousin|teenager|teen))",
        r"(?:my|our) (?:son|daughter|kid|child|friend|best friend|girlfriend|boyfriend|brother|sister) (?:asked me to (?:write|post|report)|is too (?:scared|ashamed|embarrassed))",
        r"i (?:already )?(?:sent|paid|gave) (?:him |her |them )?(?:\$ ?)?\d[\d,.]*",
        r"(?:says|said|saying|tells|told) (?:him|her|them|my son|my daughter) (?:that )?(?:he|she|they|his|her|their)",
    ),
    "threat_to_expose": (
        rf"(?:threatening|threatens|threatened|threaten) (?:him |her |them )?to (?:post|share|send|leak|release|publish|upload|spread|expose|show|forward) (?:it|them|those|the \w+|everything) to (?:{_HIS}|my)",
        rf"{_THIRD}(?: ll| will| would| d| is going to| s going to| are going to| re going to| is gonna| s gonna)? (?:post|send|share|leak|show|spread|upload|forward|sends|posts|shares|leaks|shows|spreads|uploads|forwards) (?:it|them|those|these|the \w+|everything|all of it) to {_HIS}",
        r"(?:show|tell|send it to|send them to) (?:everyone|everybody) (?:what|who) (?:i|you|he|she) (?:m|re|am|are|is|really)",
        r"(?:go|goes|going|end up|ends up|land|lands|will go|will end up) (?:on|onto) (?:a|some|every|the) (?:site|website|porn site|forum|page)",
        r"(?:and|then|after that|once you pay|once paid) (?:i|i ll|i will) (?:delete|erase|wipe|destroy) (?:everything|it all|all of it|all|every \w+|them all)",
        r"(?:pay|paid|send it|transfer it) and (?:it|everything|they|it all|the \w+) (?:disappears|disappear|goes away|go away|is gone|are gone|gets deleted|get deleted|vanishes|vanish)",
    ),
    "audience": (
        rf"{_HIS} (?:whole|entire) (?:school|class|family|team|club|church|office|year|grade|friends? list|contacts|followers)",
        r"to (?:his|her|their)(?: whole| entire| new)? (?:school|class|classmates|family|parents|mom|mum|dad|friends|followers|boyfriend|girlfriend|wife|husband|partner|boss|employer|work|workplace|coworkers|colleagues|teachers?|contacts|team|church)",
        rf"(?:everyone|everybody|people|all) (?:at|in|from) {_HIS} (?:school|class|work|office|job|church|team|club|gym)",
    ),
    "intimate_material:weak": (
        r"(?:what|everything|the stuff|stuff|things|the things|the pics|the photos|the videos) (?:i|she|he|we) (?:sent|used to send|gave|showed) (?:him|her|them)(?: when| back when| while)?",
        r"(?:stuff|things|content|something|pictures|pics|photos|videos) (?:of|from) (?:me|him|her) (?:that )?(?:i|she|he) (?:sent|gave)",
        r"(?:stuff|things|content) of (?:me|him|her)",
        r"(?:pics?|photos?|pictures?|videos?|vids?|nudes|images) of (?:him|her|my son|my daughter)",
        r"(?:got|made|convinced|tricked|pressured) (?:him|her|them) (?:to send|into sending) (?:pics|photos|pictures|videos|nudes|selfies)",
        r"(?:pics?|photos?|pictures?|videos?|vids?|the video|that video) from (?:that|the other|last) night",
        r"(?:you|u) know (?:which|what) (?:one|ones|video|pics|photos|pictures|i mean|i m talking about)",
        r"(?:recorded|screen ?recorded|filmed|screenshotted|captured|saved) (?:it|the call|our call|that call|the video call|our video call|the facetime|our facetime)",
        r"(?:video ?called|facetimed|was on (?:a )?(?:video )?call) with",
    ),
    "demand_money": (
        # bargaining: a bare amount demanded
        r"(?:give me|send me|pay me|gimme|transfer me|wire me) \d[\d,.]*(?: ?k)?",
        r"(?:if|unless) (?:he|she|they) (?:doesn t |does not |don t |won t |can t )?(?:pay|pays|transfers|keeps paying|sends money)",
        r"(?:keep|keeps|continue|continues) (?:on )?paying",
        r"\d[\d,.]*(?: ?k)? in (?:btc|bitcoin|crypto|eth|usdt|gift cards)",
        r"(?:ok |okay |fine )?then \d[\d,.]*(?: ?k)?(?= (?:and|or|by|today|tonight|now|final|last)|$)",
    ),
    "demand_material": (
        r"(?:if|unless) (?:he|she|they) (?:doesn t |don t |won t )?(?:send|sends) (?:him |her |them )?(?:more|another)",
    ),
    "demand_action": (
        r"(?:drop|withdraw|retract|cancel|take back|pull) (?:the|my|your|her|his|that) (?:protective order|restraining order|order of protection|police report|report|complaint|charges|case|statement)",
        r"(?:be|are|re|get|come|not|aren t|isn t) back (?:together )?with (?:me|him|her)",
        r"(?:sleep|sleeps|sleeping|hook up|hooks up) with (?:me|him|her) again",
        r"(?:see|meet|sees|meets) (?:me|him|her) again",
        r"(?:give|hand over|send) (?:me )?(?:your|his|her) (?:password|passcode|login|pin)",
        r"(?:keep|keeps) (?:your|his|her) mouth shut|(?:stay|stays|keep|keeps) quiet about",
    ),
    "deadline": (
        r"(?:if|when) (?:you re|you are) not back",
        r"(?:clock s|clocks|the clock s) ticking",
        r"(?:every|each) hour (?:without|with no) (?:an )?(?:answer|reply|payment)",
    ),
}

# Recall round 3 (holdout9), paradigms rather than sentences: the first-person
# audience ("to my wife", next to "your" and "his/her"), material that goes
# around by itself ("your pics go around"), threats to out someone, and demands
# for an action (unblock me, delete your post, give me your account, come alone).
_CIRCULATION_OUTING_AND_ACTIONS: Entries = {
    "audience:weak": (rf"to my(?: whole| entire| new)? {_KIN}",),
    "threat_to_expose:weak": (
        r"(?:go|goes|going|will go|gonna go|get passed|gets passed|getting passed) (?:around|round)",
        r"(?:do|does|doing|will do) the rounds",
        r"(?:circulate|circulates|circulating|will circulate) (?:in|on|around|through|among|at)",
        r"(?:that )?(?:you re|you are|ur|youre) (?:gay|bi|bisexual|lesbian|trans|queer|into (?:men|guys|women|girls))",
    ),
    "threat_to_expose": (
        r"(?:tell|telling|tells|show|showing) (?:everyone|everybody|them all|the whole \w+) (?:that )?(?:you re|you are|ur|youre) (?:gay|bi|bisexual|lesbian|trans|queer)",
    ),
    "demand_action": (
        r"unblock (?:me|my account|my number|us)",
        r"(?:delete|remove|take down|take off|pull) (?:your|ur|that|the|this) (?:post|review|comment|video|thread|story|tweet|message|rating)",
        r"(?:withdraw|pull) (?:your|ur) (?:candidacy|application|nomination|name|candidature)",
        r"(?:give|hand over|send) (?:me )?(?:your|ur) (?:account|instagram|insta|snap|snapchat|tiktok|login|logins)",
        r"(?:come|meet me|be there|show up) alone",
        r"(?:don t|do not|dont|never) tell (?:anyone|anybody|no one|your \w+)",
    ),
    "deadline": (r"if i (?:don t|do not|dont) hear (?:from|back from) (?:you|u)",),
}

# Recall round 4: denials of a joke (they cancel banter), the police inside a
# threat's condition, material only implied by the words around it (personal,
# private, embarrassing, "shouldn't have sent", "what I did on cam", "from when
# we were together"), the writer's own online audience, game currency as payment.
_JOKES_DENIED_POLICE_AND_HINTS: Entries = {
    "demand_action:weak": (
        r"(?:do|finish|write) my (?:\w+ )?(?:homework|hw|assignment|essay|lab|lab report|project|coursework|test)",
        r"(?:give|send|text) me (?:your|ur|all your|all ur) (?:\w+ )?(?:answers|homework|hw|test answers)",
        r"let me copy (?:your|ur) (?:\w+ )?(?:homework|hw|answers|test)",
    ),
    "threat_to_expose:weak": (
        r"imagine if (?:the whole \w+|everyone|everybody|your \w+|ur \w+|all your \w+) (?:saw|sees|found out|finds out|got|gets)",
    ),
    "not_a_joke": (
        r"(?:this is |it s |its |that s |thats )?(?:not a joke|no joke|not joking|not kidding)",
        r"(?:i m|im|i am) (?:not (?:joking|kidding)|serious|dead serious|deadass)",
        r"(?:i|i do) mean it",
    ),
    "deadline": (
        r"(?:if|when|once) (?:you|u) (?:go to|tell|call|contact|involve|report (?:this |me |it )?to|talk to|run to|snitch to) (?:the )?(?:police|cops|authorities|feds|fbi)",
        r"(?:if|when|once) (?:you|u) (?:report|snitch on) me",
    ),
    "intimate_material:weak": (
        r"it s (?:really |so |kinda |a bit )?embarrassing",
        r"what (?:u|you) sent(?: me)?",
        r"(?:something|stuff|things) (?:personal|private|embarrassing|intimate)",
        r"(?:personal|private|embarrassing) (?:stuff|things|pics|photos|pictures|videos|vids|content)",
        r"(?:pics|photos|pictures|videos|vids|stuff|things|something) i (?:shouldn t|should not|shouldnt) have (?:sent|shared)",
        r"(?:what|something|stuff|things) i did on (?:cam|camera|webcam|video call|video chat|facetime|stream)",
        r"from (?:back )?when we (?:were together|were dating|dated)",
    ),
    "audience:weak": (r"(?:all )?my (?:followers|subscribers|mutuals|friends list|friend list)",),
}

# Nameless and implied (holdout11 families, in every language): a disclosure that
# names nothing ("someone has something of mine that must not get out", "I can't
# say more"), a countdown as the deadline ("3 days left"), a performance on camera
# as implied material, "it would be a shame if" (already above), material named
# by where it was taken ("in the shower"), action demands (give me mod, move out).
_NAMELESS_AND_IMPLIED: Entries = {
    # a countdown to an event of one's own is everyday, not a deadline
    "everyday_context": (
        r"\d+ (?:days?|weeks?|sleeps) (?:left |to go )?(?:until|till|before) (?:my|our|the|his|her) (?:birthday|wedding|holiday|holidays|vacation|trip|party|concert|release|launch|exam|exams|graduation|show|game|match|premiere|christmas)",
    ),
    "victim_disclosure:weak": (
        r"(?:my|our) (?:\d+ ?(?:yo|year old) )?(?:son|daughter|kid|child|teen|teenager)(?: \d+)? (?:showed|has shown|just showed) (?:me|us)",
        r"(?:someone|somebody|some guy|a guy|this guy|some girl|a girl|this girl|a person|this person|a stranger|someone online) (?:has|s got|has got|got|still has|is holding|is keeping|kept) (?:something|stuff|things|some stuff|some things|content|pictures|pics|photos|videos) (?:of mine|of me|from me|i sent)",
        r"(?:please )?(?:don t|dont|do not) make me (?:explain|say|talk about it|go into it|describe it)(?: more| any more| anymore| further)?",
        r"i (?:can t|cannot|can not|cant|don t dare to|don t dare) (?:say|tell you|explain|write|talk about it|go into it) (?:more|any more|anymore|much more|more than that|further)(?: right now| now| yet| for now)?",
    ),
    "intimate_material:weak": (
        r"(?:i )?(?:never wanted|didn t want|don t want|do not want|wouldn t want) (?:anyone|anybody|people|the world) to see",
        r"(?:that|which|what) (?:must not|mustn t|can t|cannot|can never|should never|shouldn t|should not|must never|may not) (?:get out|come out|be seen|see the light|exist|go public|leak)",
        r"(?:that|which|what) (?:nobody|no one|noone) (?:may|can|should|must|is allowed to|is supposed to) (?:see|ever see|know about)",
        r"(?:your|that|the|nice|quite a|what a|some) (?:performance|show|display) (?:on|in front of) (?:the |your )?(?:camera|cam|webcam)",
    ),
    "intimate_material": (
        r"(?:(?:the|those|these|my|your|her|his) )?(?:pics?|photos?|pictures?|videos?|vids?|clips?|footage|recordings?) of (?:you|u|me|her|him) (?:in the shower|in the bath|in the bathtub|showering|in the tub)",
    ),
    "deadline:weak": (r"(?:only )?\d+ (?:days?|hours?|nights?) (?:left|to go|remaining)",),
    "demand_action:weak": (
        r"(?:give|make) me (?:a )?(?:mod|moderator|admin|vip)",
        r"(?:move out|leave the (?:flat|apartment|house|room))(?= by| before| or| and| tomorrow| tonight| this)",
    ),
    "audience": (
        r"(?:your|ur) (?:whole |entire )?(?:frat|fraternity|sorority|student house|flatshare|house group chat)",
    ),
}

_SOMEONE_ELSES_RISK: Entries = {
    # A parent or friend telling of the victim's despair, and of their age.
    "self_harm_risk": (
        r"(?:he|she|they|he s|she s|they re) (?:just |really |keeps saying (?:he|she|they) |says (?:he|she|they) |said (?:he|she|they) )?(?:wants?|wanna|wanted|is going|s going|are going|plans?|planning) to (?:die|end it|end it all|kill (?:himself|herself|themselves|themself)|end (?:his|her|their) life|disappear forever)",
        r"(?:kill|killing|hurt|hurting|cut|cutting|harm|harming) (?:himself|herself|themselves|themself)",
        r"(?:he|she|they) (?:doesn t|does not|don t|do not|no longer) (?:want|wants|wanna) to (?:live|be alive|exist|be here)(?: anymore)?",
        r"(?:take|taking|end|ending) (?:his|her|their) (?:own )?life",
        r"(?:wants|wanted) to (?:die|end it all|kill (?:himself|herself|themselves))",
        r"talk(?:s|ing|ed)? about (?:dying|suicide|ending it|killing (?:himself|herself|themselves))",
    ),
    "minor_indicator": (
        rf"(?:son|daughter|kid|child|boy|girl|nephew|niece|brother|sister|stepson|stepdaughter|grandson|granddaughter) (?:is |who is |who s |aged |age )?{_AGE}{_NOT_UNIT}(?![0-9])",
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
