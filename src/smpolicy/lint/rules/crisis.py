"""Crisis: replying to someone in crisis without pointing them to urgent help.

Tavistock and Portman "Responding to social media users in crisis": accounts may be mentioned
"by site visitors who are experiencing a mental health crisis. An up-to-date 'Need urgent help?'
page ... can be shared with the in-distress visitor on the platform, to direct them to an
appropriate form of support". The register's `crisis_signposting` lists the organisation's own
routes (bundled registers default to NHS 111, 999 and Samaritans where a policy is silent).

Only replies are checked, and only when the message being answered (or the reply itself) shows
someone in crisis in their own words: posts about Suicide Prevention Day, a Samaritans campaign
or mental health awareness are not crises.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterable

from smpolicy.lint.rule import Hit, rule
from smpolicy.lint.rules import _cues
from smpolicy.lint.triggers import all_of, generated

# Someone saying, in the first person, that they are in crisis now.
_IN_CRISIS = _cues.cue(
    r"""(?<![\w'])(?:kill(?:ing)?\s+myself(?!\s+(?:laughing|with\s+laughter))|end\s+(?:it\s+all|my\s+(?:own\s+)?life|it\s+tonight
      |things\s+tonight)
    |take\s+my\s+(?:own\s+)?life|(?:want|wanna|going|planning|ready)\s+to\s+die
    |(?:don't|do\s+not|dont)\s+want\s+to\s+(?:be\s+(?:here|alive)|live|wake\s+up|exist|go\s+on)
      # ("doesn't want to be here in the winter, moving to Spain" is a move)
      (?!\s+(?:in\s+the\s+(?:winter|summer|cold|rain|queue|waiting\s+room)|(?:at|for|over)\s+christmas|at\s+work|in\s+(?:hospital
        |this\s+job)|on\s+the\s+ward)(?![\w]))
    |(?:can't|cannot|cant)\s+go\s+on
      # "can't go on record", "can't go on holiday": going on something is not going on living
      (?!\s+(?:(?:the\s+)?record|holiday|leave|strike|air|camera|tv|radio|site|a|an|my|our|your|their|his|her)(?![\w']))
    |(?:can't|cannot|cant)\s+(?:do\s+this|cope|carry\s+on)\s+any\s*more
    |(?:can't|cannot|cant)\s+cope\s+with\s+(?:life|anything|living|it\s+all)
    |no\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)|nothing\s+(?:left\s+)?to\s+live\s+for
    |better\s+off\s+(?:dead|without\s+me)|(?:i'm|i\s+am|feeling|feel|i\s+feel|i've\s+been|been\s+feeling)
      \s+(?:really\s+|so\s+|very\s+|quite\s+|a\s+bit\s+)?suicidal
    |(?:i'm|i\s+am|i've\s+been|i\s+keep|i\s+have\s+been)\s+having\s+suicidal\s+(?:thoughts|feelings)
    |i\s+have\s+suicidal\s+(?:thoughts|feelings)|suicidal\s+(?:again|tonight|right\s+now)
    |(?:cutting|hurting|harming|burning|starving)\s+myself
    |(?:i've\s+been|i'm|i\s+am|i\s+keep|i\s+started|i've\s+started|been|started)\s+(?:cutting|burning|scratching)
      \s+(?:again|my\s+(?:arms?|legs?|wrists?|thighs?|skin|stomach))|(?:i|i've|i\s+have|i've\s+been|i'm)\s+(?:been\s+)?
      self[\s-]?harm(?:ing|ed)?|(?:want|need|going)\s+to\s+(?:self[\s-]?harm|hurt\s+myself|harm\s+myself
      |cut\s+myself|overdose)
    |(?:taken|took|take|taking)\s+an\s+overdose|overdosed|this\s+is\s+goodbye|goodbye\s+(?:everyone|all|world)
    |(?:i'm|i\s+am)\s+(?:not\s+safe|in\s+crisis|having\s+a\s+(?:mental\s+health\s+)?crisis)
    |(?:if|whether)\s+i\s+live\s+or\s+die|(?:sleep|go\s+to\s+sleep)\s+and\s+(?:never|not)\s+wake\s+up
    |jump\s+(?:off|from)\s+(?:a|the)\s+(?:bridge|building|roof|car\s+park|cliff)|jump\s+in\s+front\s+of
    |goodbye\s+(?:letters?|notes?)|suicide\s+note
    |(?:don't|do\s+not)\s+feel\s+safe\s+(?:with|around|from)\s+myself|want\s+it\s+all\s+to\s+(?:stop|end)
    |(?:don't|do\s+not|can't|cannot)\s+see\s+(?:the|any)\s+point\s+(?:any\s*more|in\s+(?:anything|living
      |life|going\s+on|carrying\s+on|being\s+here|trying)|of\s+(?:anything|living|life|me))
    |what's\s+the\s+point\s+(?:in|of)\s+(?:living|life|anything|going\s+on|carrying\s+on|being\s+alive|me)
    |why\s+(?:do\s+i|should\s+i|would\s+i|even)?\s*(?:even\s+)?bother\s+(?:living|being\s+alive|going\s+on
      |carrying\s+on|with\s+(?:life|anything|any\s+of\s+it)|trying|any\s*more)
    |(?:there's|there\s+is)\s+no\s+point\s+(?:in\s+)?(?:living|going\s+on|carrying\s+on|being\s+here
      |me\s+being
      |trying\s+any\s*more|anything\s+any\s*more)
    |(?:what's|what\s+is)\s+the\s+point\s+(?:in|of)\s+(?:it\s+all|trying\s+any\s*more)
    |(?:done|finished)\s+with\s+(?:life|living|being\s+alive)
    |(?:thinking\s+(?:of|about)|feel\s+like)\s+(?:ending\s+(?:it|my\s+life|things)|killing\s+myself|suicide)
    |thoughts\s+of\s+(?:suicide|ending\s+(?:it|my\s+life)|killing\s+myself|self[\s-]?harm)
    |harm\s+myself|(?:want|going|gonna|about|planning|tempted|urge)\s+to\s+(?:hurt|cut)\s+myself
    |do\s+something\s+stupid\s+(?:to\s+myself|tonight)
    |wish\s+i\s+(?:was|were)\s+(?:dead|never\s+born|gone)|wish\s+i\s+(?:wasn't|weren't)\s+(?:here|alive)
    |wish\s+i\s+could\s+(?:disappear|just\s+not\s+wake\s+up|sleep\s+forever)
    |(?:can't|cannot)\s+see\s+a\s+way\s+out|no\s+way\s+out|(?:can't|cannot)\s+keep\s+going
    |nobody\s+would\s+(?:miss|notice)\s+me|no\s+one\s+would\s+(?:miss|notice)\s+me
    |(?:tired|sick)\s+of\s+(?:living|being\s+alive|life)|want\s+to\s+disappear(?:\s+forever)?
    |(?:going|want|planning|about)\s+to\s+end\s+it(?:\s+all|\s+tonight|\s+now)?
    |i\s+(?:just\s+)?(?:can't|cannot)\s+cope(?=\s*(?:[.!]|$|\n))
    |(?:taken|took|swallowed|necked|downed)\s+(?:all|(?:a\s+(?:load|lot|bunch|handful|packet|box)|loads
      |a\s+whole\s+(?:packet|box|bottle)|the\s+whole\s+(?:packet|box|bottle))|[1-9]\d+|twenty|thirty
      |forty|fifty)\s+(?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:pills|tablets
        |paracetamol|meds|medication
      |painkillers|sleeping\s+pills)
      # "I've taken all my tablets as prescribed but I'm still ill" is a question, not a crisis.
      (?!\s+(?:as|but|and\s+(?:still|i'm\s+still|it's\s+still|nothing)|away|off\s+(?:me|him|her|us)|home|back)(?![\w']))
    |(?:wants?|wanting|going|trying|tried|threatening)\s+to\s+(?:kill|harm|hurt)\s+(?:himself
      |herself|themselves)
    |(?:is|has\s+been|keeps)\s+(?:self[\s-]?harming|suicidal|talking\s+about\s+(?:suicide|dying|ending\s+it))
    |talking\s+about\s+(?:ending\s+(?:his|her|their)\s+life|killing\s+(?:himself|herself
      |themselves))
    # Saying they will not be here: "I don't think I'll still be here next week"
    |(?:don't|do\s+not|dont)\s+think\s+i(?:'ll|\s+will)\s+(?:still\s+)?be\s+(?:here|around|alive)
    # ("I won't be here next week, I'm on annual leave" is a day off)
    |(?:won't|will\s+not|wont)\s+(?:still\s+)?be\s+(?:here|around|alive)\s+(?:much\s+longer|for\s+(?:much\s+)?long
      |after\s+tonight|to\s+see)
    |(?:would|'d)\s+(?:all\s+)?be\s+better\s+off\s+(?:if\s+i\s+(?:(?:wasn't|weren't|was\s+not|were\s+not)
        \s+(?:around|here|alive|born)|was\s+gone|were\s+gone|didn't\s+exist|died)|when\s+i'm\s+gone)
    # ("I just want to sleep forever" after a night shift is tiredness)
    |(?:want|wanna|going)\s+to\s+(?:just\s+)?sleep\s+and\s+(?:never|not)\s+wake\s+up
    # The means to hand: "a bottle of pills in front of me", "I've been saving up my tablets"
    |(?:bottle|packet|box|handful|pile|stash)\s+of\s+(?:\w+\s+)?(?:pills|tablets|paracetamol|meds|painkillers)
      \s+(?:in\s+front\s+of\s+me|next\s+to\s+me|beside\s+me|ready|lined\s+up|in\s+my\s+hand)
    |(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded)\s+(?:up\s+)?(?:my\s+|all\s+my\s+)?(?:pills|tablets
      |meds|medication|painkillers)
      # ("saving up her tablets because she doesn't like taking them" is a question about medicines)
      (?!.{0,80}?(?:because|cos|'cause|(?:don't|doesn't|do\s+not|does\s+not)\s+like|side\s+effects|forget|won't\s+take|refus))
    |tonight\s+is\s+the\s+night
    |(?:taken|took|swallowed|had)\s+(?:everything|all\s+of\s+it|the\s+lot|whatever\s+(?:was|i\s+could\s+find))\s+(?:in|from)
      \s+(?:the|my)\s+(?:cupboard|drawer|medicine\s+(?:cabinet|cupboard|box)|cabinet|bathroom|box)
    # "I've decided tonight is my last night. I'm sorry to everyone." ("Today is my last day at the
    # trust after 30 years" is a retirement)
    |(?:tonight|today)\s+(?:is|will\s+be)\s+my\s+last\s+(?:night|day)(?=\s*(?:[.!]|$|\n|,\s*(?:i'm|sorry|goodbye|bye)))
    |my\s+last\s+(?:night|day)\s+(?:on\s+earth|alive)|(?:i'm|i\s+am)\s+sorry\s+(?:to\s+everyone|for\s+everything)
      (?=\s*[.!]|\s*$)
    # Where people go to end their lives: "standing on the suspension bridge"
    |(?:standing|sat|sitting|stood|at\s+the\s+edge)\s+(?:on|of|at)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:bridge|roof|ledge
      |cliff|cliffs|edge|railway\s+line|train\s+tracks|tracks|top\s+floor\s+of\s+the\s+car\s+park)
      # the place ends the sentence: not "standing on the bridge watching the balloons"
      (?=\s*(?:[.!]|$|\n)|\s+(?:right\s+now|now|tonight|again)(?![\w']))
    |(?:my\s+)?(?:last|final)\s+(?:post|message|tweet)\s+(?:ever|before\s+i\s+go
      |from\s+me))(?![\w'])"""
)
def _loose(pattern: str) -> _cues.Pattern:
    """A cue whose contractions match with or without the apostrophe ("whats", "dont", "im"):
    people in distress rarely stop to punctuate."""
    return _cues.cue(re.sub(r"'(?=[a-z])", "'?", pattern))


# Word families of crisis, whatever the tense, spelling or slang: an act against oneself
# ("killed myself", "unaliving myself", "top myself", "kms"), self-harm with intent or habit,
# being suicidal, an overdose, a plan or the means, a place to jump from, and goodbyes.
_SELF = r"(?:myself|meself|my\s+self|himself|herself|themselves|themself)"
_INTENT = r"""(?:want(?:s|ed|ing)?|wanna|gonna|going|about|plan(?:s|ned|ning)?|urges?|tempted|scared|afraid
  |might|could|will|i'll|may|keep|kept|thinking\s+(?:of|about)|think\s+about|thought\s+about|feel\s+like
  |felt\s+like|close\s+to|need|needs|trying|tried|try|can't\s+stop|started|start)"""
_HARM = r"(?:cut(?:s|ting)?|hurt(?:s|ing)?|harm(?:s|ed|ing)?|burn(?:s|t|ed|ing)?|starv(?:e|es|ed|ing)|scratch(?:es|ed|ing)?)"
_IN_CRISIS_FAMILIES = _loose(
    rf"""(?<![\w'])(?:
    # killing oneself in any tense and its slang ("killing myself laughing" is laughter)
      (?:kill(?:s|ed|ing)?|unaliv(?:e|es|ed|ing)|off(?:ed|ing)?|top(?:s|ped|ping)?|hang(?:s|ed|ing)?
        |drown(?:s|ed|ing)?|poison(?:s|ed|ing)?|suffocat(?:e|ed|ing))\s+{_SELF}
        (?!\s+(?:laughing|with\s+laughter|at\s+(?:the\s+)?(?:gym|work)|on\s+the|trying|to\s+get|to\s+make|over
          |for\s+(?:this|that|the|a|you|them)|doing|running|working|revising|studying|in\s+the\s+gym))
    |kms|unaliv(?:e|es|ed|ing)|end(?:s|ed|ing)?\s+(?:it\s+all|my\s+(?:own\s+)?life|(?:his|her|their)\s+(?:own\s+)?life)
    |tak(?:e|es|ing)\s+my\s+(?:own\s+)?life
    # harming oneself: with intent or as a habit ("cut myself shaving" is an accident)
    |{_INTENT}\s+(?:\w+\s+){{0,2}}?(?:to\s+)?{_HARM}\s+{_SELF}
    |(?:cutting|harming|burning|starving|hurting)\s+{_SELF}
    |{_HARM}\s+{_SELF}\s+(?:again|on\s+purpose|deliberately|deeper|last\s+night|tonight|every\s+(?:day|night)
      |more|badly|worse)
    |self[\s-]?harm(?:s|ed|ing|er)?(?!\s+(?:services?|teams?|awareness|research|prevention|training|pathway
      |guidance|day|month|week|study|studies|resources?|support\s+(?:services?|groups?))(?![\w]))
      (?=.{{0,60}}?(?:\b(?:again|tonight|so\s+bad|so\s+strong|can't|won't|urges?|relapse)\b))
    |(?:i|i've|i\s+have|i'm|i\s+am|been|i\s+keep|keep|started|start|urges?\s+to|want\s+to|wanna)\s+(?:\w+\s+){{0,2}}?
      self[\s-]?harm(?:ing|ed)?
    # being suicidal
    |(?:feel|feels|feeling|felt|am|i'm|been|get|gets|getting|having|had|have|is|are|was|were|so|really|very|still|always
      |more)\s+(?:\w+\s+){{0,2}}?suicidal(?!\s+(?:ideation\s+)?(?:research|patients|people|risk|training))
    |suicidal\s+(?:thoughts|feelings|ideation|urges)\s+(?:again|ever\s+since|since|every|all|tonight|lately|recently)
    |(?:wanna|want\s+to|going\s+to|gonna|ready\s+to|rather|prefer\s+to)\s+(?:just\s+)?(?:die|be\s+dead|not\s+exist)
    # an overdose
    |overdos(?:e|ed|ing)(?!\s+(?:awareness|day|prevention|risk|deaths|figures|rates|kits?|training))
    |(?:taken|took|done|did|had)\s+an?\s+od|od'd|oded
    |(?:taken|took|swallowed|necked|downed)\s+(?:all|everything|the\s+lot|a\s+(?:whole|load|handful|packet|box|bottle|strip)
      |loads|\d\d+|twenty|thirty|forty|fifty)\s+(?:of\s+)?(?:(?:my|the|her|his|their|them)\s+)?(?:[\w-]+\s+){{0,2}}?
      (?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping\s+pills|insulin)
      (?!\s+(?:as|but|with\s+(?:food|water|me)|to\s+(?:the|my)\s+(?:appointment|pharmacy)|away|off\s+(?:me|him|her|us)|home|back)(?![\w']))
    # the means to hand and a last word: "sat here with all my pills. done."
    |(?:with|got|have|holding|here\s+with)\s+(?:\w+\s+){{0,6}}?(?:all\s+(?:of\s+)?my|a\s+(?:bottle|handful|packet|box|stash)\s+of)\s+(?:\w+\s+)?
      (?:pills|tablets|meds|medication|paracetamol|painkillers)(?=.{{0,40}}?(?:\bdone\b|goodbye|\bbye\b|sorry|had\s+enough
      |that's\s+it|the\s+end|it's\s+time|for\s+good|no\s+more|love\s+you))
    # a plan, the means, a place to jump from
    |(?:have|got|made|making|i've|with)\s+(?:a\s+)?plan\s+(?:and|&)\s+(?:\w+\s+){{0,3}}?means
    |(?:have|got)\s+the\s+means(?:\s+to)?
    |jump(?:s|ed|ing)?\s+(?:off|from|in\s+front\s+of|under)\s+(?:\w+\s+){{0,4}}?(?:bridge|building|roof|car\s+park|cliffs?|train
      |tracks|motorway|balcony|ledge|tower|flats|window)
    |(?:i'm|i\s+am|im|sat|sitting|standing|stood|stuck)\s+(?:on|at|up\s+on|on\s+top\s+of|by)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?
      (?:bridge|roof|ledge|cliffs?|edge|tracks|railway|balcony)
      (?=\s*(?:[.!]|$|\n)|\s+(?:right\s+now|now|tonight|again|alone)(?![\w']))
    # the means bought, the way there, "don't try to stop me", joining someone who has died
    |(?:bought|buying|got|have|found)\s+(?:a\s+|some\s+)?(?:rope|noose|ligature)
    |(?:don't|do\s+not)\s+(?:try\s+(?:to\s+)?)?stop\s+me(?=\s*(?:[.!]|$|\n|this\s+time|now))
    |(?:walking|going|heading|driving|on\s+my\s+way)\s+(?:up\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:bridge|tracks|railway|cliffs?|roof)
      (?=\s*(?:[.!]|$|\n)|\s+(?:now|tonight|right\s+now)(?![\w']))
    |(?:i'm|i\s+am|im|gonna|going\s+to|will)\s+(?:\w+\s+)?(?:take|taking|swallow|swallowing)\s+(?:all\s+of\s+(?:it|them)|the\s+lot
      |everything|the\s+whole\s+(?:lot|packet|box|bottle))(?!\s+(?:as|with|to|in)(?![\w]))
    |(?:want|wanna|going|gonna)\s+to\s+(?:be\s+with|join)\s+(?:him|her|them)(?=\s*(?:[.!]|$|\n)|\s+(?:now|soon|tonight)(?![\w']))
    |relaps\w*\s+(?:\w+\s+){{0,2}}?self[\s-]?harm
    |wanna\s+disappear|(?:nobody|no\s+one|no-one|noone)\s+(?:would|will|'d)\s+(?:even\s+)?(?:care|notice|miss\s+me)(?=\s*(?:[.!]|$|\n))
    # goodbyes and notes
    |(?:written|wrote|writing|left)\s+(?:my|the|goodbye|farewell)\s+(?:goodbye\s+)?letters(?=\s*(?:[.!]|$|\n))
    |(?:written|wrote|writing|left)\s+(?:\w+\s+){{0,2}}?(?:letters?|notes?)\s+(?:to|for)\s+(?:my|everyone)
      # ("writing letters to my MP about the report" is a campaign)
      (?!\s+(?:mp|councillor|member|gp|consultant|local|union|manager|boss|solicitor|landlord|pen\s*pal|patients?|team)(?![\w]))
    |(?:this\s+is\s+my\s+|my\s+)(?:last|final)\s+(?:post|message|tweet|goodbye)
    |goodbye\s+(?:everyone|all|world|every\s*1|forever)
    |sorry\s+for\s+everything(?=\s*(?:[.!]|$|\n))
    |(?:nobody|no\s+one|no-one|noone)\s+(?:would|will|'d|'ll)\s+(?:\w+\s+)?(?:notice|miss\s+me|care)\s+(?:if|when)\s+i
    |better\s+off\s+(?:dead|without\s+me|if\s+i\s+(?:was|were|wasn't|weren't)\s+(?:gone|dead|here|around))
    |(?:what's|whats|what\s+is)\s+the\s+point\s+(?:of|in)\s+(?:living|life|being\s+alive|going\s+on|carrying\s+on|me)
    |(?:not|don't|do\s+not)\s+(?:safe|trust)\s+(?:with|around)?\s*{_SELF}
    |(?:i'm|i\s+am|im|i\s+feel|feel)\s+(?:really\s+|so\s+)?(?:not\s+safe|unsafe)(?=\s*(?:[.!,]|$|\n|tonight|right\s+now|at\s+the\s+moment))
    )(?![\w])"""
)


# More ways of being in crisis, each its own pattern so its trigger words stay selective.
_IN_CRISIS_INTENTS = (
    # the writer ending it: "tonight's the night I end it", "planning how to end things", "gonna
    # end everything" ("we'll end it there", "end things with my ex", "end it on a high" are not)
    _loose(
        rf"""(?<![\w'])(?:
        (?:i|i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|i'm\s+gonna|how\s+to|ways?\s+to|when\s+to
          |decided\s+to|going\s+to|gonna|planning\s+to|plan\s+to|ready\s+to|time\s+to|the\s+(?:night|day)\s+i)
          \s+(?:just\s+|finally\s+)?end\s+(?:it|things|everything|my\s+(?:own\s+)?life|it\s+all)
          (?!\s+(?:with|on|by|early|there|here|for|at|off|up|now\s+and|a\s+(?:bit|little))(?![\w]))
        )(?![\w])"""
    ),
    # a way to die named as an intent: "thinking of walking into the sea", "could just step in
    # front of a train" ("walking into the sea for the Boxing Day dip" is a charity swim)
    _loose(
        rf"""(?<![\w'])(?:
        {_INTENT}\s+(?:\w+\s+){{0,2}}?(?:walk(?:ing)?|wad(?:e|ing)|swim(?:ming)?|step(?:ping)?|throw(?:ing)?\s+{_SELF}
            |driv(?:e|ing)|crash(?:ing)?|ly(?:ing)?|lie|lay(?:ing)?)\s+(?:out\s+)?(?:into|in\s+front\s+of|under|off|onto
            |down\s+on)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:sea|river|lake|water|canal|traffic|train|bus|lorry|tracks
            |motorway|cliff|bridge|wall|tree)(?![\w])(?!\s+(?:lane|stop|station|route|pass|ticket|fare|times?)(?![\w]))
          (?!.{{0,40}}?(?:\bdip\b|\bfor\s+(?:a|the|our|charity)\b|fundrais|sponsor|challenge|\bswim\b))
        |(?:swim|walk|drive|go)\s+(?:out\s+)?(?:\w+\s+){{0,3}}?and\s+(?:not|never)\s+come\s+back
        )(?![\w])"""
    ),
    # not being alive by the time help comes: "I won't be around by the time you call me"
    _loose(
        rf"""(?<![\w'])(?:
        (?:won't|will\s+not|wont|not\s+going\s+to|i'll\s+not)\s+(?:still\s+)?be\s+(?:here|around|alive)
          \s+(?:by\s+(?:the\s+time|then)|when\s+(?:you|they|the\s+letter|my\s+(?:appointment|referral|turn))|much\s+longer
            |for\s+(?:much\s+)?long(?:er)?(?![\w]))
          (?!.{{0,40}}?(?:\bleave\b|holiday|\bwork\b|\bshift\b|\baway\b|abroad|\bmove\b|moving|retir|contract|\bjob\b|\bpost\b
            |\brole\b|secondment|rotation|placement|maternity|\bnew\b|moving|relocat))
        |i(?:'ll|\s+will)\s+(?:be\s+)?dead\s+(?:by\s+(?:then|the\s+time|tomorrow|morning)|before\s+(?:then|you|they
          |my\s+(?:appointment|turn)))(?!.{{0,30}}?(?:\blol\b|😂|🤣|\bhaha))
        |i(?:'ll|\s+will)\s+be\s+gone\s+(?:by|before)\s+then\s+anyway
        )(?![\w])"""
    ),
    # taking all the means, said as an intent ("going to take all my tablets tonight"; "take all
    # your tablets to the appointment" is an errand)
    _loose(
        rf"""(?<![\w'])(?:
        (?:going\s+to|gonna|want\s+to|wanna|will|i'll|about\s+to|ready\s+to|planning\s+to|tempted\s+to)\s+(?:just\s+)?
          (?:take|swallow|neck|down)\s+(?:all|every|each|the\s+whole|the\s+rest\s+of)\s+(?:of\s+)?(?:single\s+)?
          (?:(?:my|the|these|those|his|her|their)\s+)?(?:[\w-]+\s+)?(?:pills?|tablets?|meds|medication|paracetamol
          |painkillers?|insulin)(?:\s+(?:in\s+the\s+house|i\s+have|i've\s+got|at\s+once|tonight|now))?
          (?!\s+(?:with|to|as|back|in|into|before|after|for|on|at\s+(?:the|my|your))(?![\w]))
        |(?:pills|tablets|meds|paracetamol|painkillers)\s+(?:saved|stockpiled|hoarded|stashed)(?:\s+up)?
        )(?![\w])"""
    ),
    # wanting it all to stop, an end to suffering, being a burden
    _loose(
        rf"""(?<![\w'])(?:
        (?:want|need|wish)\s+(?:for\s+)?(?:everything|it\s+all|all\s+of\s+(?:it|this)|life)\s+to\s+(?:just\s+)?(?:stop|end)
          (?=\s*(?:[.!,]|$|\n|now|already|please|for\s+good|forever)(?![\w]))
        |end\s+(?:my|all\s+(?:my|this|the))\s+(?:suffering|misery)|end\s+(?:the|my)\s+pain\s+(?:for\s+good|permanently
          |once\s+and\s+for\s+all|forever)
        |(?:i'm|i\s+am|im|i\s+feel\s+like|feel\s+like)\s+(?:such\s+|just\s+|only\s+)?a\s+burden\s+(?:to|on|for)\s+(?:everyone
          |everybody|my\s+\w+|them|people|you\s+all)
        |(?:everyone|everybody|they|my\s+\w+|people)(?:'d|\s+would|'ll|\s+will)\s+(?:all\s+)?be\s+(?:so\s+much\s+|much\s+|so\s+)?
          (?:happier|better)\s+(?:without\s+me|if\s+i\s+(?:was|were|wasn't|weren't)\s+(?:gone|dead|here|around))
        )(?![\w])"""
    ),
    # thoughts of death that will not stop, and fear of acting on them
    _loose(
        rf"""(?<![\w'])(?:
        (?:keep|always|constantly|can't\s+stop|been|i'm)\s+(?:\w+\s+)?(?:thinking|dreaming)\s+(?:about|of)\s+(?:dying|death
          |being\s+dead|not\s+being\s+(?:here|alive|around)|not\s+existing)
          (?!.{{0,40}}?(?:\bwell\b|matters|dignity|palliative|training|end\s+of\s+life|caf[eé]|\bcare\b|bereave|hospice))
        |think(?:s|ing)?\s+about\s+(?:dying|death|being\s+dead)\s+(?:all\s+the\s+time|every\s+(?:day|night)|constantly|a\s+lot
          |non-?stop)
        |(?:scared|afraid|frightened|worried|terrified)\s+(?:that\s+)?i(?:'ll|\s+will|\s+might|\s+may|'m\s+going\s+to)\s+act\s+on
          \s+(?:it|them|(?:these|those|my|the)\s+(?:\w+\s+)?(?:thoughts|urges|feelings))
        |(?:scared|afraid|frightened|terrified)\s+of\s+what\s+i\s+(?:might|could|will|'ll|may)\s+do(?:\s+to\s+{_SELF}|\s+tonight
          |(?=\s*(?:[.!]|$|\n)))
        |(?:can't|cannot|unable\s+to|not\s+able\s+to|struggling\s+to)\s+keep\s+{_SELF}\s+safe
        |(?:can't|cannot)\s+face\s+(?:another|one\s+more)\s+(?:day|night|morning|week)
          (?=\s*(?:[.!,]|$|\n|like\s+this|alive|any\s*more|of\s+(?:this\s+)?(?:life|living|pain|feeling\s+like\s+this)))
        |(?:can't|cannot|don't|do\s+not)\s+see\s+(?:a|any)\s+future\s+(?:for\s+(?:me|myself)|any\s*more)
        )(?![\w])"""
    ),
    # letting go from a height: "on the 12th floor balcony, thinking of letting go"
    _loose(
        rf"""(?<![\w'])(?:
        (?:balcony|ledge|edge|bridge|roof|top\s+floor|\d+(?:st|nd|rd|th)\s+floor)\b.{{0,60}}?\b(?:let(?:ting)?\s+go(?!\s+of\b)
          |step(?:ping)?\s+off|over\s+the\s+(?:edge|railings?|side))(?!\s+(?:of\s+(?:the\s+)?(?:past|stress|worries)))
        )(?![\w])"""
    ),
    # someone else in crisis: "she says she wants to die", "texted goodbye and won't answer"
    _loose(
        rf"""(?<![\w'])(?:
        (?:says|said|saying|told\s+(?:me|us)|keeps\s+saying|texted|messaged)\s+(?:that\s+)?(?:she|he|they)(?:'s|\s+is
          |'re|\s+are)?\s+(?:wants?|want|going|planning|plans?)\s+to\s+(?:die|end\s+it|kill\s+(?:herself|himself|themselves))(?![\w])
          (?!\s+(?:at\s+home|in\s+(?:hospital|a\s+hospice|peace|(?:her|his|their)\s+(?:sleep|own\s+bed))|peacefully|with\s+dignity)
            (?![\w]))
        |(?:texted|sent|messaged|posted|left)\s+(?:me\s+|us\s+)?(?:a\s+)?goodbye(?:\s+(?:text|message|note))?
          (?=.{{0,80}}?(?:(?:won't|not|isn't|can't|doesn't)\s+(?:answer|answering|pick\s+up|reply|replying|respond)
            |can't\s+(?:reach|find|get\s+hold)))
        )(?![\w])"""
    ),
    # self-harm gone too far, and goodbyes made
    _loose(
        rf"""(?<![\w'])(?:
        cut\s+(?:myself\s+)?too\s+deep(?!\s+(?:shaving|cooking|chopping|gardening|while|when|on\s+(?:a|the)|with\s+(?:a|the)
          \s+(?:knife|tin|razor)|into)(?![\w]))
        |(?:said|saying)\s+(?:all\s+)?my\s+goodbyes(?!\s+to\s+(?:the|my|our)\s+(?:team|colleagues|ward|patients|staff
          |unit|department))|given\s+away\s+(?:all\s+)?my\s+(?:things|stuff|belongings|possessions)
        |(?:sorted|put)\s+(?:out\s+)?(?:all\s+)?my\s+affairs(?:\s+in\s+order)?(?=.{{0,40}}?(?:\bdone\b|goodbye|sorry
          |it's\s+time|\bbye\b))
        )(?![\w])"""
    ),
)


# Cue families: one phrase list cannot hold every way of saying it, but a crisis usually shows
# as a few kinds of words together. A means (all the tablets, the whole packet), a place to die
# (the bridge, the roof of the multi-storey), despair that has run out ("I'm done", "don't know
# what else to do") and an intent ("thinking about", "tempted to"). One family alone is an
# ordinary message ("all my tablets as prescribed", "on the bridge road", "had enough of this
# rota"); a means with an intent or despair, or a place with despair, is someone in danger.
# Pills by kind, and medicines by the endings most of their names share (sertraline, propranolol).
_DRUG = r"""(?:meds|pills|tablets|medication|medicines?|painkillers|paracetamol|ibuprofen|co-codamol|codeine|insulin
  |antidepressants|sleeping\s+pills|[\w-]{3,}(?:ine|ol|am|pam|pine|done|amol|profen|lin|ide|one|ate))(?![\w])"""
_MEANS = _loose(
    rf"""(?<![\w'])(?:
    (?:all|every\s+one|each)\s+(?:of\s+)?(?:my|the|these|those|her|his|their|[\w-]+'s)\s+(?:[\w-]+\s+)?{_DRUG}
    |(?:pills|tablets|meds|painkillers)\s+(?:all\s+)?(?:counted|lined|laid|set|sorted)\s+(?:out|up)
    |(?:the|a|my)\s+(?:whole|entire|full)\s+(?:box|packet|pack|bottle|strip|tub|lot)(?!\s+of\s+(?!(?:my\s+|the\s+)?{_DRUG}))
    |everything\s+in\s+(?:the|my|her|his|their)\s+(?:medicine\s+|bathroom\s+)?(?:cabinet|cupboard|drawer)
    |(?:box|packet|pack|bottle|strip|tub|stash)(?:es|s)?\s+of\s+(?:my\s+|the\s+)?{_DRUG}
    |(?:take|taking|swallow|swallowing|neck|necking|down|downing)\s+the\s+lot
    |(?:fatal|lethal|deadly)\s+(?:dose|amount|overdose)|how\s+(?:many|much)\s+(?:[\w-]+\s+){{0,2}}?(?:would\s+be|is)\s+(?:fatal|lethal|deadly
      |enough\s+to\s+(?:die|kill))
    # the means of hanging or gassing, held or bought: "in the car with a hosepipe", "with a rope"
    |(?:with|got|have|bought|buying|found|brought|taking|took)\s+(?:a|the|some|my)\s+(?:hose(?:pipe)?|rope|noose|ligature|razor\s*blades?
      |charcoal|length\s+of\s+(?:rope|cable|flex))
    |how\s+many\s+(?:[\w-]+\s+){{0,2}}?(?:it\s+(?:would|'d|will|'ll)\s+take|(?:would|'d|it\s+takes\s+to)\s+(?:kill|be\s+enough)
      |to\s+(?:die|overdose|od|be\s+fatal|kill))
    )(?![\w])
    # "all my tablets as prescribed", "the whole box to the pharmacy": an errand
    (?!\s+(?:as|back|to\s+(?:the|my|your|a)|into\s+(?:the|a)\s+(?:pharmacy|bin)|with\s+(?:food|water|me|you)|in\s+the\s+morning
      |at\s+(?:breakfast|bedtime|the\s+same\s+time))(?![\w']))"""
)
_PLACE = _loose(
    r"""(?<![\w'])(?:on|at|by|onto|up\s+on|on\s+top\s+of|top\s+of|edge\s+of|near)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?
    (?:bridge|roof|rooftop|multi[\s-]?storey|car\s+park\s+roof|ledge|cliffs?|cliff\s+edge|railway(?:\s+line)?|train\s+tracks
      |tracks|level\s+crossing|balcony|top\s+floor|river\s+bank|riverbank|pier|quarry)
    (?!\s+(?:road|street|st|lane|avenue|clinic|surgery|practice|medical|health|house|hospital|centre|center|station
      |car\s+park(?!\s+roof)|ward|entrance|stop|club|walk|run|repairs?|works|closure|closed|toilets?)(?![\w']))(?![\w'])"""
)
_DESPAIR = _loose(
    r"""(?<![\w'])(?:
    i'm\s+(?:so\s+|just\s+|actually\s+|completely\s+|totally\s+)?done(?!\s+(?:with\s+(?:this|the|my|your|that)\s+(?!life\b|everything\b)[\w-]+|for\s+the\s+day|now\s+(?:with|for)))
    |(?:i've\s+)?had\s+enough(?:\s+of\s+(?:everything|it\s+all|life|living|this\s+life|being\s+alive))?(?=\s*(?:[.!,]|$|\n|now|x+\b))
    |had\s+enough\s+of\s+(?:everything|it\s+all|life|living|being\s+alive)
    |(?:can't|cannot|cant)\s+(?:do|take|cope\s+with)\s+(?:this|it)\s+any\s*more
    |(?:can't|cannot|cant)\s+keep\s+(?:doing\s+this|going|living\s+like\s+this|on\s+like\s+this)
    |sorry\s+(?:everyone|everybody|all|to\s+everyone|mum|for\s+everything)(?=\s*(?:[.!,]|$|\n|x+\b))|love\s+you\s+all(?=\s*(?:[.!]|$|\n|x+\b))
    |(?:can't|cannot|cant)\s+take\s+(?:any\s*more|it\s+any\s*more|much\s+more)
    |(?:don't|do\s+not|dont)\s+know\s+what\s+else\s+to\s+do
    |(?:is|are|it's)\s+breaking\s+me|(?:given|giving)\s+up\s+on\s+(?:everything|life|myself)|i\s+give\s+up(?=\s*(?:[.!,]|$|\n))
    |(?:completely|totally|so)\s+hopeless|(?:got|have|there's|is)\s+nothing\s+left(?!\s+(?:to\s+(?:do|pay|sort|organise|book)|on\s+the|in\s+(?:the|stock)|of\s+the))
    |nothing\s+left(?:\s+(?:for\s+me|to\s+live\s+for|in\s+me))?(?=\s*(?:[.!,]|$|\n))
    |(?:this\s+is|it's)\s+(?:the\s+end|it)(?=\s*(?:[.!,]|$|\n))|be\s+done(?:\s+with\s+it(?:\s+all)?)?(?=\s*(?:[.!,]|$|\n|tonight|for\s+good))
    |(?:so\s+)?tired\s+of\s+(?:everything|it\s+all|fighting|trying)
    )(?![\w'])"""
)
_URGE = _loose(
    r"""(?<![\w'])(?:thinking\s+(?:about|of)|thought\s+about|tempted|want\s+to|wanna|going\s+to|gonna|planning|about\s+to
    |ready\s+to|could\s+(?:just|easily)|might\s+(?:just|as\s+well)|(?:looking|looked)\s+up|googl(?:e|ed|ing)|search(?:ed|ing)
    |research(?:ed|ing)|(?:keep|kept)\s+(?:staring|looking)\s+at|urge\s+to|close\s+to)(?![\w'])"""
)
# Existence with no point: "don't see the point of being here anymore", "no point in me existing"
# ("no point being here at 8am if the clinic is shut" is about a place and a time).
_NO_POINT_IN_BEING = _loose(
    r"""(?<![\w'])(?:no|see\s+no|(?:don't|do\s+not|can't|cannot)\s+see\s+(?:the|any|a)|what's\s+(?:even\s+)?the|what\s+is\s+the
      |not\s+(?:any|much)|lost\s+(?:the|any))\s+(?:point|reason)\s+(?:in\s+|of\s+|to\s+)?(?:me\s+|my\s+)?(?:even\s+)?
    (?:being\s+(?:here|alive|around)|be\s+(?:here|alive|around)|existing|exist|living|live|waking\s+up|wake\s+up
      |getting\s+up\s+any\s*more|going\s+on|go\s+on|carrying\s+on|carry\s+on|keep(?:ing)?\s+going|trying
      \s+any\s*more|anything\s+any\s*more|being\s+me|life)(?![\w'])
    (?!\s+(?:at|if|on|for|until|till|before|when|until|unless|early|without\s+(?:a|an|the|my)|in\s+(?:the|a)\s+(?:queue
      |clinic|waiting|car|morning|afternoon))(?![\w']))"""
)
_FAMILY_REACH = 160
# Help that has not come: "nobody has called back from the crisis line", "no one is answering"
_UNANSWERED = _loose(
    r"""(?<![\w'])(?:(?:nobody|no\s+one|no-one|noone)\s+(?:has\s+|have\s+|is\s+|'s\s+)?(?:called|rung|rang|answered|answering|replied
      |replying|picked\s+up|got\s+back|listening)|(?:isn't|aren't|not|won't|wont)\s+(?:answering|picking\s+up|replying))(?![\w'])"""
)
# Not wanting to be alive any more, said however: "can't be bothered being alive anymore", "so
# tired of waking up every day" ("tired of waking up at 5am for clinics" is an early start)
_NO_WILL_TO_LIVE = _loose(
    r"""(?<![\w'])(?:(?:can't|cannot|cant)\s+be\s+bothered|(?:so\s+|just\s+)?(?:tired|sick|done)\s+of|(?:don't|do\s+not|dont)
      \s+(?:want|wanna)\s+to\s+(?:keep|carry\s+on)|no\s+longer\s+want\s+to|(?:don't|dont|do\s+not)\s+want\s+to)\s+
    (?:being\s+alive|be\s+alive|living|existing|exist|waking\s+up|wake\s+up|being\s+here|be\s+here|life|breathing)
    (?=\s*(?:[.!,]|$|\n|any\s*more|every\s+(?:day|morning)|each\s+(?:day|morning)|x+\b|tbh|honestly|like\s+this))
    |(?:i'd|i\s+would|we'd|everyone\s+would|they'd)\s+(?:all\s+)?be\s+better\s+off\s+(?:gone|dead|not\s+here|not\s+around
      |not\s+existing|without\s+me)"""
)


# Words each pattern cannot match without (tests/lint/rules/test_crisis.py proves it with
# triggers.requirement). The patterns start with a look-behind, so `re` tries them at every
# character; a substring test in C skips the ones a message cannot match.
_INTENT_WORDS = (
    ("end", "everything", "things"),
    ("come", "down", "drive", "front", "into", "off", "onto", "swim", "under", "walk"),
    ("alive", "anyway", "around", "dead", "going", "here", "ill", "turn", "won't", "wont"),
    ("down", "meds", "neck", "painkillers", "paracetamol", "pills", "stashed", "stockpiled", "swallow", "tablets", "take"),
    (
        "around", "burden", "dead", "end", "everything", "forever", "gone", "here", "misery", "once", "pain",
        "permanently", "stop", "suffering", "wasn", "were", "without",
    ),
    (
        "able", "afraid", "alive", "another", "around", "cannot", "cant", "constantly", "dead", "death", "dreaming",
        "dying", "existing", "face", "frightened", "future", "might", "nonstop", "scared", "self", "terrified",
        "themselves", "thinking", "thinks", "worried",
    ),
    ("edge", "let", "railing", "side", "step"),
    ("die", "end", "goodbye", "herself", "himself", "messaged", "saying", "says", "texted", "themselves", "told"),
    ("affairs", "deep", "given", "goodbyes", "myself", "saying", "sorted"),
)
_PLACE_WORDS = ("balcony", "bridge", "cliff", "floor", "ledge", "level", "multi", "pier", "quarry", "railway", "river", "roof", "tracks")


def _families_meet(value: str) -> bool:
    """A means with an urge or despair, or a place with despair, close together."""
    places = _PLACE if _cues.mentions(value, _PLACE_WORDS) else None
    for anchor, partners in ((_MEANS, (_URGE, _DESPAIR, _PLACE, _UNANSWERED)), (places, (_DESPAIR,))):
        if anchor is None:
            continue
        for match in anchor.finditer(value):
            near = value[max(0, match.start() - _FAMILY_REACH) : match.end() + _FAMILY_REACH]
            if any(partner.search(near) for partner in partners):
                return True
    return bool(_NO_POINT_IN_BEING.search(value) or _NO_WILL_TO_LIVE.search(value))


# The reply itself names a crisis ("if you're feeling suicidal", "thoughts of ending your life").
_NAMES_CRISIS = _cues.cue(
    r"""(?<![\w'])(?:(?:you're|you\s+are|you've\s+been|you\s+feel|you're\s+feeling|feeling)\s+(?:\w+\s+)?
      (?:suicidal|like\s+(?:ending|taking)\s+your\s+(?:own\s+)?life|like\s+you\s+can't\s+go\s+on
      |like\s+(?:harming|hurting|killing)\s+yourself)
    |thoughts\s+of\s+(?:suicide|ending\s+your\s+life|harming\s+yourself|hurting\s+yourself
      |self[\s-]?harm|killing\s+yourself)|(?:kill|end)\s+(?:yourself|your\s+(?:own\s+)?life))(?![\w'])"""
)
# Cheap gate: every crisis pattern needs one of these words.
_CRISIS_WORDS = (
    "myself", "die", "alive", "live", "life", "go on", "cope", "carry on", "point", "better off",
    "suicid", "harm", "overdose", "goodbye", "crisis", "safe", "end it", "end my", "end things",
    "bother", "wish i", "way out", "keep going", "miss me", "notice me", "tired of", "sick of",
    "disappear", "pills", "tablets", "paracetamol", "meds", "medication", "painkillers", "himself",
    "herself", "themselves", "ending", "done with", "finished with", "thoughts of", "stupid",
    "wake up", "be here", "yourself", "jump", "note", "letter", "live or die", "never wake",
    "be around", "better off", "saving", "saved", "stockpil", "hoard", "tonight is",
    "last post", "final post", "last message", "final message", "last tweet", "final tweet",
    "cutting", "burning", "scratching", "last night", "last day", "sorry to everyone",
    "sorry for everything", "bridge", "roof", "ledge", "cliff", "railway", "tracks", "car park",
    "cupboard", "drawer", "cabinet", "the lot",
    # the word families (_IN_CRISIS_FAMILIES)
    "kms", "unaliv", "self", "od", "plan", "means", "suicid", "jump", "letters", "notes", "sorry",
    "nobody", "no one", "no-one", "noone", "point", "safe", "goodbye", "last", "final", "rope", "noose",
    "ligature", "stop me", "tracks", "all of", "join him", "join her", "join them", "be with", "relaps",
    "wanna", "care", "notice", "everything", "whole",
    # ending it, a way to die, not being alive when help comes
    "end everything", "into", "in front of", "under", "onto", "down on", "come back", "dead", "gone",
    "every", "each", "saved", "stop", "be over", "suffering", "misery", "pain", "burden", "happier",
    "dying", "death", "act on", "might do", "could do", "will do", "ll do", "may do", "face another",
    "face one", "future", "let go", "letting go", "step off", "stepping off", "over the", "want to die",
    "wants to die", "end it", "kill", "goodbye", "too deep", "goodbyes", "given away", "affairs",
    # the cue families (_MEANS, _PLACE, _NO_POINT_IN_BEING)
    "all ", "every one", "each ", "whole", "entire", "full ", "box", "pack", "bottle", "strip", "tub",
    "stash", "how many", "rooftop", "multi", "storey", "crossing", "balcony", "top floor", "river",
    "pier", "quarry", "existing", "exist", "waking", "getting up",
    "how much", "fatal", "lethal", "deadly", "hose", "charcoal", "blade", "length of", "bothered",
    "breathing", "nothing left", "reason",
)
# National routes to urgent help, whatever the register says.
_URGENT_HELP = _cues.cue(
    r"""(?<!\d)(?:999|111)(?!\d)|116\s*123|samaritans|(?<![\w])shout(?![\w])|85258|need\s+urgent\s+help
    |urgent\s+help|crisis\s+(?:line|team|service|number|support|caf[eé]|house|text)|a\s*&\s*e
    |a\s+and\s+e|emergency\s+department|emergency\s+services|mental\s+health\s+(?:helpline|crisis)
    |papyrus|hopeline|childline|0800\s*068\s*4141|0800\s*11\s*11|111\.nhs\.uk"""
)


@cache
def _register_routes(signposts: tuple) -> re.Pattern[str] | None:
    """The register's own signposts: names, phone numbers (any spacing) and web addresses."""
    parts: list[str] = []
    for signpost in signposts:
        if signpost.name and len(signpost.name.strip()) > 2:
            parts.append(re.escape(signpost.name.strip().lower()))
        digits = re.sub(r"\D", "", signpost.contact or "")
        if len(digits) >= 3:
            parts.append(r"(?<!\d)" + r"[\s-]?".join(digits) + r"(?!\d)")
        host = re.sub(r"^https?://(?:www\.)?", "", (signpost.url or "").lower()).rstrip("/")
        if host:
            parts.append(re.escape(host))
    return re.compile("|".join(parts)) if parts else None


def signposts_urgent_help(text: str, signposts: tuple) -> bool:
    """Whether `text` points to urgent help: the register's routes or the national ones."""
    lowered = text.lower()
    if _URGENT_HELP.search(lowered):
        return True
    routes = _register_routes(signposts)
    return bool(routes and routes.search(lowered))


@rule(
    "CR001",
    "crisis-without-signposting",
    triggers=all_of(_cues.addressed_to_someone, generated("CR001")),
    needs=lambda: [_NAMES_CRISIS, _IN_CRISIS, _IN_CRISIS_FAMILIES, *_IN_CRISIS_INTENTS, _MEANS, _PLACE, _NO_POINT_IN_BEING, _NO_WILL_TO_LIVE],
    category="crisis",
    severity="error",
    message="Reply to someone who may be in crisis gives no urgent help",
    suggestion=(
        "Share where to get urgent help now (the 'Need urgent help?' page, NHS 111, 999,"
        " Samaritans 116 123) and tell the communications team."
    ),
)
def crisis_without_signposting(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds replies to someone in crisis that do not signpost urgent help. A draft is a reply when
    its front matter has `kind: reply` or `in_reply_to`, or it opens with an @mention; the
    crisis shows in the message being answered, in the person's own words ("I can't go on", "I
    want to end it all", "I've been self-harming", "I don't think I'll be here next week",
    "everyone would be better off if I wasn't around", "I've got a bottle of pills in front of
    me", "tonight is my last night", "standing on the bridge right now"), or in the reply
    itself ("if you're feeling suicidal"). A retirement ("today is my last day at the trust")
    or a day out ("standing on the bridge watching the balloons") is not a crisis. Urgent help is the register's `crisis_signposting` (names, numbers in any
    spacing, web addresses), 999, NHS 111, Samaritans on 116 123, Shout on 85258, A&E or a "Need
    urgent help?" page. Replies to awareness posts (Suicide Prevention Day, a Samaritans
    campaign) are not checked.

    Why is this bad?
    ----------------
    Someone in crisis who reaches out to an NHS account needs to be directed to help that can
    respond now; a reply that only sympathises, or asks them to email or DM, can cost a life.

    Example
    -------
    Flagged, replying to "I can't go on, nobody at the clinic is listening": "We're sorry to
    hear this. Please email PALS with your details."
    Fine: "We're so sorry you feel like this. Please call Samaritans free on 116 123, or 999 if
    you are in danger now. Our 'Need urgent help?' page lists more support."

    Policy
    ------
    Tavistock and Portman "Responding to social media users in crisis" (share the 'Need urgent
    help?' page "to direct them to an appropriate form of support" and report it to the
    Communications Team); HRA §3.2 (consider providing links to safety and support
    organisations); BNSSG 28 §7 (signpost to official sources); HSSIB005 §4.8 Other concerns
    (seek advice from the Communications Team); HEE principle 2.
    """
    if not _cues.addressed_to_someone(draft):
        return
    body = _cues.text(draft)
    source = _cues.without_quotes(_cues.reply_source(draft))
    if not (_cues.mentions(source, _CRISIS_WORDS) or _cues.mentions(body, _CRISIS_WORDS)):
        return
    # A reply that signposts urgent help is fine whatever it answers: one search settles it
    # before the dozens of crisis patterns.
    if signposts_urgent_help(draft.body, ctx.crisis_signposts):
        return
    named = _NAMES_CRISIS.search(body)
    if not (named or _in_crisis(source) or _in_crisis(body)):
        return
    if named:
        yield Hit(named.start(), named.end())
        return
    first, last = next(_cues.sentence_spans(body), (0, 0))
    yield Hit(first, last, _message(ctx) if last == first else None)


# A goodbye on leaving a job ("last shift ever before I retire. Goodbye everyone!") is a farewell.
_LEAVING_WORK = _cues.cue(
    r"(?<![\w'])(?:retir\w*|leaving\s+(?:the|my|our|do|party|drinks|card)|last\s+shift|new\s+job|new\s+role|moving\s+on"
    r"|privilege|after\s+\d+\s+years|farewell\s+(?:do|party|drinks))"
)
_GOODBYE = re.compile(r"goodbye|last|final")


def _in_crisis(value: str) -> bool:
    return _in_crisis_as_said(value) or _in_crisis_as_said(_as_if_first_person(value))


# Someone writing about another person in crisis ("dad told me he's got a plan and doesn't want
# to be here anymore"): read as if that person said it, so every way of saying it in the first
# person also counts in the third. Dying well ("wants to die at home in the hospice") is care.
# "They" is left alone: in messages to the NHS it is mostly staff ("they took his tablets away").
_THIRD_PERSON = re.compile(
    r"(?<![\w'])(?:he's|she's|he|she|his|her|himself|herself|doesn't|does\s+not"
    r"|wants|has|keeps|he'd|she'd|he'll|she'll|is|says)(?![\w'])"
)
_FIRST_PERSON_FOR = {
    "he's": "i'm", "she's": "i'm", "they're": "i'm", "he": "i", "she": "i", "they": "i", "his": "my",
    "her": "my", "their": "my", "himself": "myself", "herself": "myself", "themselves": "myself",
    "doesn't": "don't", "does not": "do not", "wants": "want", "has": "have", "keeps": "keep",
    "he'd": "i'd", "she'd": "i'd", "they'd": "i'd", "he'll": "i'll", "she'll": "i'll", "they'll": "i'll",
    "is": "am", "says": "say",
}
_DYING_CARED_FOR = re.compile(r"hospice|palliative|end[\s-]of[\s-]life|dignity|peaceful|terminal|dementia|do\s+not\s+resuscitate|dnr")
_SOMEONE_ELSE = re.compile(r"(?<![\w'])(?:he|she|he's|she's|he'd|she'd)(?![\w'])")


def _as_if_first_person(value: str) -> str:
    if not _SOMEONE_ELSE.search(value) or _DYING_CARED_FOR.search(value):
        return ""
    return _THIRD_PERSON.sub(lambda m: _FIRST_PERSON_FOR[re.sub(r"\s+", " ", m.group(0))], value)


def _in_crisis_as_said(value: str) -> bool:
    if not value:
        return False
    for pattern, words in zip((_IN_CRISIS, _IN_CRISIS_FAMILIES, *_IN_CRISIS_INTENTS), (None, None, *_INTENT_WORDS), strict=True):
        if words and not _cues.mentions(value, words):
            continue
        for match in pattern.finditer(value):
            if not (_GOODBYE.search(match.group(0)) and _LEAVING_WORK.search(value)):
                return True
    return _families_meet(value)


def _message(ctx) -> str:
    """The message for an empty reply, which has no words to point at."""
    names = ", ".join(s.name for s in ctx.crisis_signposts) or "NHS 111, 999, Samaritans"
    return f"Reply to someone who may be in crisis gives no urgent help ({names})"


# A post speaking to people in crisis now: "to anyone feeling suicidal tonight", "if you're
# thinking about ending your life", "if you are in crisis".
_SPEAKS_TO_CRISIS = _loose(
    r"""(?<![\w'])(?:(?:to|for|dear|hey|calling)\s+(?:anyone|anybody|everyone|any\s+of\s+you|all\s+of\s+you|those|you)
      |(?:if|when|whenever)\s+(?:you|anyone|someone\s+reading\s+this)|anyone\s+out\s+there|anyone\s+reading\s+this)
    (?:(?:'re|'ve\s+been|'s)\s+|\s+(?:(?:who|that)(?:\s+(?:is|are|feels?|has\s+been|have\s+been)|'s|'re)\s+
      |(?:are|feel|have\s+been|is|has\s+been)\s+)?)
    (?:\w+\s+){0,2}?
    (?:suicidal|(?:having\s+|with\s+)?thoughts\s+of\s+(?:suicide|ending|killing|self[\s-]?harm|harming|hurting)
      |(?:thinking|thought)\s+(?:about|of)\s+(?:suicide|ending\s+(?:it|your\s+life|their\s+life|things)|killing\s+yourself
        |taking\s+your\s+(?:own\s+)?life|self[\s-]?harm)
      |like\s+(?:ending\s+it|ending\s+your\s+life|killing\s+yourself|you\s+can't\s+go\s+on|harming\s+yourself)
      |(?:self[\s-]?harming|harming\s+yourself|hurting\s+yourself)|(?:in\s+(?:a\s+)?(?:mental\s+health\s+)?crisis))
    (?![\w])"""
)


@rule(
    "CR002",
    "crisis-post-without-signposting",
    triggers=generated("CR002"),
    needs=lambda: [_SPEAKS_TO_CRISIS],
    category="crisis",
    severity="warning",
    message="Speaks to people who may be in crisis but gives no urgent help",
    suggestion=(
        "Add where to get urgent help now (the 'Need urgent help?' page, NHS 111, 999,"
        " Samaritans 116 123)."
    ),
)
def crisis_post_without_signposting(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds posts that speak directly to people who may be in crisis ("To anyone feeling suicidal
    tonight: hold on", "If you're thinking about ending your life, you are not alone", "if you
    are in crisis, we see you") and do not say where to get urgent help: the register's
    `crisis_signposting`, 999, NHS 111, Samaritans on 116 123, Shout on 85258, A&E or a "Need
    urgent help?" page. Replies are left to CR001. Posts about suicide prevention training, a
    research study, an investigation or a bereaved family's campaign talk *about* crisis, not
    to someone in it, and are not flagged.

    Why is this bad?
    ----------------
    A post that speaks to someone in crisis will be read by someone in crisis; comfort without
    a route to help now leaves them with nowhere to go.

    Example
    -------
    Flagged: "To anyone feeling suicidal tonight: hold on. It gets better. We see you."
    Fine: "If you're struggling right now, you are not alone. Call Samaritans free on 116 123,
    or NHS 111 and choose the mental health option. In an emergency, call 999."

    Policy
    ------
    Tavistock and Portman "Responding to social media users in crisis" (direct them "to an
    appropriate form of support"); HRA §3.2 (consider providing links to safety and support
    organisations); BNSSG 28 §7 (signpost to official sources); HSSIB005 §4.8 Other concerns;
    HEE principle 2.
    """
    if _cues.is_reply(draft):
        return
    body = _cues.without_quotes(_cues.text(draft))
    found = _SPEAKS_TO_CRISIS.search(body)
    if found and not signposts_urgent_help(draft.body, ctx.crisis_signposts):
        yield Hit(found.start(), found.end())
