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
from smpolicy.lint.triggers import all_of

# Someone saying, in the first person, that they are in crisis now.
_IN_CRISIS = _cues.cue(
    r"""(?<![\w'])(?:kill(?:ing)?\s+myself(?!\s+(?:laughing|with\s+laughter))|end\s+(?:it\s+all|my\s+(?:own\s+)?life|it\s+tonight
      |things\s+tonight)
    |take\s+my\s+(?:own\s+)?life|(?:want|wanna|going|planning|ready)\s+to\s+die
    |(?:don't|do\s+not|dont)\s+want\s+to\s+(?:be\s+(?:here|alive)|live|wake\s+up|exist|go\s+on)
    |(?:can't|cannot|cant)\s+go\s+on|(?:can't|cannot|cant)\s+(?:do\s+this|cope|carry\s+on)\s+any\s*more
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
      (?!\s+(?:as|but|and\s+(?:still|i'm\s+still|it's\s+still|nothing))(?![\w']))
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
      (?!\s+(?:as|but|with\s+(?:food|water|me)|to\s+(?:the|my)\s+(?:appointment|pharmacy))(?![\w']))
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


# CR001 runs only on replies (and posts to one person) with one of these words (smpolicy.lint.triggers).
_CR001_TRIGGERS = (
    "'d all be better off|'d be better off|a burden for|a burden on|a burden to|a plan &|"
    "a plan and|about to cut myself|about to end it|about to end it all|about to end it now|"
    "about to end it tonight|about to hurt myself|afraid of what i could do|"
    "afraid of what i might do|all of it|and never come back|and not come back|be alive|be around|"
    "been burning|been cutting|been scratching|being alive|better off without me|bridge|"
    "burning myself|can't carry on any|can't cope any|can't cope with anything|"
    "can't cope with it all|can't cope with life|can't cope with living|can't do this any|"
    "can't face another day|can't face another morning|can't face another night|"
    "can't face another week|can't face one more day|can't face one more morning|"
    "can't face one more night|can't face one more week|can't go on|can't keep going|"
    "can't see a future|can't see a way out|can't see any future|can't see any point|"
    "can't see the point|cannot carry on any|cannot cope any|cannot cope with anything|"
    "cannot cope with it all|cannot cope with life|cannot cope with living|"
    "cannot face another day|cannot face another morning|cannot face another night|"
    "cannot face another week|cannot face one more day|cannot face one more morning|"
    "cannot face one more night|cannot face one more week|cannot keep going|cannot see a future|"
    "cannot see any future|cannot see any point|cannot see the point|cant carry on any|"
    "cant cope any|cant cope with anything|cant cope with it all|cant cope with life|"
    "cant cope with living|cant face another day|cant face another morning|"
    "cant face another night|cant face another week|cant face one more day|"
    "cant face one more morning|cant face one more night|cant face one more week|"
    "cant see a future|cant see any future|cliff|cliffs|cut myself|cut myself too deep|"
    "cutting myself|do not feel safe around myself|do not feel safe from myself|"
    "do not feel safe with myself|do not see a future|do not see any future|do not see any point|"
    "do not see the point|do not stop me|do not try stop me|do not try to stop me|"
    "do not want to be alive|do not want to be here|do not want to exist|do not want to go on|"
    "do not want to live|do not want to wake up|do something stupid to myself|"
    "do something stupid tonight|don't feel safe around myself|don't feel safe from myself|"
    "don't feel safe with myself|don't see a future|don't see any future|don't see any point|"
    "don't see the point|don't stop me|don't try stop me|don't try to stop me|"
    "don't want to be alive|don't want to be here|don't want to exist|don't want to go on|"
    "don't want to live|don't want to wake up|done with being alive|done with living|"
    "dont see a future|dont see any future|dont stop me|dont try stop me|dont try to stop me|"
    "dont want to be alive|dont want to be here|dont want to exist|dont want to go on|"
    "dont want to live|dont want to wake up|downed|edge|end all my misery|end all my suffering|"
    "end all the misery|end all the suffering|end all this misery|end all this suffering|"
    "end everything|end it tonight|end my misery|end my pain for good|end my pain forever|"
    "end my pain once and for all|end my pain permanently|end my suffering|end the pain for good|"
    "end the pain forever|end the pain once and for all|end the pain permanently|end things|"
    "end things tonight|end yourself|everything|farewell goodbye letters|farewell letters|feel|"
    "feel like ending it|feel like ending my life|feel like ending things|"
    "feel like killing myself|feel like suicide|feeling|final|finally end everything|"
    "finally end things|finished with being alive|finished with living|"
    "frightened of what i could do|frightened of what i might do|from my|from the|"
    "given away all my belongings|given away all my possessions|given away all my stuff|"
    "given away all my things|given away my belongings|given away my possessions|"
    "given away my stuff|given away my things|go to sleep and never wake up|"
    "go to sleep and not wake up|going to cut myself|going to end it tonight|going to hurt myself|"
    "going to join her|going to join him|going to join them|going to just sleep and never wake up|"
    "going to just sleep and not wake up|going to sleep and never wake up|"
    "going to sleep and not wake up|gonna to cut myself|gonna to hurt myself|gonna to join her|"
    "gonna to join him|gonna to join them|goodbye goodbye letters|goodbye letter|goodbye letters|"
    "goodbye notes|goodbye world|got the means|got the means to|had a od|had an od|harm myself|"
    "harming myself|have the means|have the means to|hoarded|hurt myself|hurting myself|"
    "i am burning|i am cutting|i am having a crisis|i am having a mental health crisis|"
    "i am having suicidal feelings|i am having suicidal thoughts|i am in crisis|i am not safe|"
    "i am scratching|i am sorry for everything|i am sorry to everyone|i been self|i cannot cope|"
    "i have been having suicidal feelings|i have been having suicidal thoughts|i have been self|"
    "i have self|i have suicidal feelings|i have suicidal thoughts|i just cannot cope|"
    "i keep burning|i keep cutting|i keep having suicidal feelings|"
    "i keep having suicidal thoughts|i keep scratching|i self|i started burning|i started cutting|"
    "i started scratching|i will be dead b|i will be gone before then anyway|"
    "i will be gone by then anyway|i will dead b|i'll be dead b|i'll be gone before then anyway|"
    "i'll be gone by then anyway|i'll dead b|i'm been self|i'm burning|i'm cutting|"
    "i'm having a crisis|i'm having a mental health crisis|i'm having suicidal feelings|"
    "i'm having suicidal thoughts|i'm in crisis|i'm not safe|i'm scratching|i'm self|"
    "i'm sorry for everything|i'm sorry to everyone|i've been been self|i've been burning|"
    "i've been cutting|i've been having suicidal feelings|i've been having suicidal thoughts|"
    "i've been scratching|i've been self|i've self|i've started burning|i've started cutting|"
    "i've started scratching|if i live or die|if i was around|if i wasn't around|"
    "if i wasnt around|if i wasnt dead|if i wasnt gone|if i wasnt here|if i were around|"
    "if i were dead|if i were gone|if i were here|if i weren't around|if i werent around|"
    "if i werent dead|if i werent gone|if i werent here|ill be dead b|"
    "ill be gone before then anyway|ill be gone by then anyway|ill dead b|in front of me|in my|"
    "jump from a bridge|jump from a building|jump from a cliff|jump from the bridge|"
    "jump from the building|jump from the cliff|jump in front of|jump off a bridge|"
    "jump off a building|jump off a cliff|jump off the bridge|jump off the building|"
    "jump off the cliff|jump under|jumped in front of|jumped under|jumping in front of|"
    "jumping under|jumps in front of|jumps under|just a burden for|just a burden on|"
    "just a burden to|just end everything|just end it|just end it all|just end things|keeps|"
    "kill myself|kill yourself|killing myself|kms|ledge|living|me being|medication|meds|message|"
    "my final goodbye|my final message|my final post|my final tweet|my goodbye letters|"
    "my last day alive|my last day on earth|my last goodbye|my last message|my last night alive|"
    "my last night on earth|my last post|my last tweet|my letters|necked|no one would miss me|"
    "no one would notice me|no point in going on|no point in live|no point in living|"
    "no point to going on|no point to live|no point to living|no reason in going on|"
    "no reason in live|no reason in living|no reason to going on|no reason to live|"
    "no reason to living|no way out|nobody would miss me|nobody would notice me|not able to keep|"
    "nothing left to live for|nothing to live for|od'd|odd|oded|on my way to|on my way to the|"
    "on my way up to|on my way up to the|only a burden for|only a burden on|only a burden to|"
    "over the railing|over the railings|overdose|overdosed|overdosing|painkillers|pills|"
    "planning to cut myself|planning to end it tonight|planning to hurt myself|post|"
    "put all my affairs|put all my affairs in order|put my affairs|put my affairs in order|"
    "put out all my affairs|put out all my affairs in order|put out my affairs|"
    "put out my affairs in order|ready|roof|said all my goodbyes|said my goodbyes|saving|"
    "saying all my goodbyes|saying my goodbyes|scared of what i could do|"
    "scared of what i might do|self*|sick of being alive|sick of living|sitting|"
    "sleep and never wake up|sleep and not wake up|sorted all my affairs|"
    "sorted all my affairs in order|sorted my affairs|sorted my affairs in order|"
    "sorted out all my affairs|sorted out all my affairs in order|sorted out my affairs|"
    "sorted out my affairs in order|standing|started burning|started cutting|started scratching|"
    "starving myself|still be alive|still be around|stockpiled|such a burden for|such a burden on|"
    "such a burden to|suicidal|suicidal again|suicidal feelings|suicidal ideation|"
    "suicidal right now|suicidal thoughts|suicidal tonight|suicidal urges|swallowed|tablets|"
    "take an overdose|taken|taken an overdose|taking an overdose|talking about dying|"
    "talking about ending her life|talking about ending his life|talking about ending it|"
    "talking about ending their life|talking about killing herself|talking about killing himself|"
    "talking about killing themselves|talking about suicide|tempted to cut myself|"
    "tempted to hurt myself|terrified of what i could do|terrified of what i might do|"
    "the goodbye letters|the letters|there is no point|there's no point|think about being dead|"
    "think about death|think about dying|think i will be alive|think i will be around|"
    "think i will still be alive|think i will still be around|think i will still be here|"
    "think i'll be alive|think i'll be around|think i'll still be alive|"
    "think i'll still be around|think i'll still be here|thinking about being dead|"
    "thinking about death|thinking about dying|thinking about ending it|"
    "thinking about ending my life|thinking about ending things|thinking about killing myself|"
    "thinking about suicide|thinking of ending it|thinking of ending my life|"
    "thinking of ending things|thinking of killing myself|thinking of suicide|"
    "thinks about being dead|thinks about death|thinks about dying|this is goodbye|"
    "this is my final goodbye|this is my final message|this is my final post|"
    "this is my final tweet|this is my last goodbye|this is my last message|this is my last post|"
    "this is my last tweet|tired of being alive|tired of living|to end it|to harm herself|"
    "to harm himself|to harm themselves|to hurt herself|to hurt himself|to hurt themselves|"
    "to kill herself|to kill himself|to kill themselves|today is my last day|"
    "today is my last night|today will be my last day|today will be my last night|"
    "tonight is my last day|tonight is my last night|tonight is the night|"
    "tonight will be my last day|tonight will be my last night|took|took an overdose|"
    "top floor of the car park|tracks|trying|tweet|unalive|unalived|unalives|unaliving|"
    "urge to cut myself|urge to hurt myself|wanna to join her|wanna to join him|"
    "wanna to join them|wanna to just sleep and never wake up|wanna to just sleep and not wake up|"
    "wanna to sleep and never wake up|wanna to sleep and not wake up|want to cut myself|"
    "want to disappear|want to disappear forever|want to end it tonight|want to hurt myself|"
    "want to join her|want to join him|want to join them|want to just sleep and never wake up|"
    "want to just sleep and not wake up|want to sleep and never wake up|"
    "want to sleep and not wake up|what is the point in|what is the point of|what's the point in|"
    "what's the point in anything|what's the point in being alive|what's the point in carrying on|"
    "what's the point in going on|what's the point in life|what's the point in living|"
    "what's the point in me|what's the point of|what's the point of anything|"
    "what's the point of being alive|what's the point of carrying on|what's the point of going on|"
    "what's the point of life|what's the point of living|what's the point of me|"
    "whatever i could find|whats the point in|whats the point of|whether i live or die|"
    "will not be alive|will not be around|will not still be alive|will not still be around|"
    "will not still be here|wish i could disappear|wish i could just not wake up|"
    "wish i could sleep forever|wish i was never born|wish i wasn't alive|wish i were dead|"
    "wish i were gone|wish i were never born|wish i weren't alive|with anything|won't be alive|"
    "won't be around|won't still be alive|won't still be around|won't still be here|wont be alive|"
    "wont be around|wont still be alive|wont still be around|wont still be here|"
    "would all be better off|would be better off",
    (
        "'d care|'d even care|'d even miss me|'d even notice|'d miss me|'d notice|d care|"
        "d even care|d even miss me|d even notice|d miss me|d notice|will care|will even care|"
        "will even miss me|will even notice|will miss me|will notice|would even care|"
        "would even miss me|would even notice|would miss me|would notice",
        "no*",
    ),
    (
        "*bother*",
        "why",
    ),
    (
        "a bottle of|a box of|a handful of|a packet of|a stash of|all my|all of my",
        "medication|meds|painkillers|paracetamol|pills|tablets",
    ),
    (
        "a goodbye|a goodbye message|a goodbye note|a goodbye text|goodbye|goodbye message|"
        "me a goodbye|me a goodbye message|me a goodbye note|me a goodbye text|me goodbye|"
        "me goodbye message|me goodbye note|me goodbye text|us a goodbye|us a goodbye message|"
        "us a goodbye note|us a goodbye text|us goodbye|us goodbye message|us goodbye note|"
        "us goodbye text",
        "left|messaged|posted|sent|texted",
    ),
    (
        "a ligature|a noose|ligature|noose|rope|some ligature|some noose",
        "bought|buying|found|got|have",
    ),
    (
        "a rope",
        "rope",
        "bought|buying|found|got|have",
    ),
    (
        "afraid i|afraid of what i 'll do|afraid of what i ll do|afraid of what i may do|"
        "afraid of what i will do|afraid that i",
        "afraid",
    ),
    (
        "all of it|all of them|everything|the whole bottle|the whole box|the whole lot|"
        "the whole packet",
        "swallow|swallowing|take|taking",
    ),
    (
        "anything any",
        "anything",
    ),
    (
        "at the edge|over the edge",
        "edge",
    ),
    (
        "balcony|bridge|cliff|cliffs|edge|ledge|railway|roof|tracks",
        "i am|i'm|im|sat|sitting|standing|stood|stuck",
    ),
    (
        "be here|if i was here|if i weren't here|think i will be here|think i'll be here|"
        "will not be here|wish i weren't here|won't be here",
        "here",
    ),
    (
        "before i go",
        "message",
    ),
    (
        "before i go",
        "post",
    ),
    (
        "before i go",
        "tweet",
    ),
    (
        "being here",
        "being",
    ),
    (
        "beside me",
        "beside",
    ),
    (
        "beside me",
        "stash",
    ),
    (
        "beside me|handful of|in my hand|lined up|next to me",
        "handful",
    ),
    (
        "beside me|in my hand|lined up|next to me",
        "pile",
    ),
    (
        "beside me|in my hand|lined up|next to me|packet of",
        "packet",
    ),
    (
        "better off|better off dead",
        "better",
    ),
    (
        "bottle of",
        "bottle",
    ),
    (
        "bottle of|in my hand",
        "hand",
    ),
    (
        "bottle of|pile of|ready to die|stash of",
        "ready",
    ),
    (
        "burning|cutting|harming|hurting|starving",
        "herself|himself|meself|my self|myself|themself|themselves",
    ),
    (
        "can't keep|cannot keep|struggling to keep",
        "keep",
    ),
    (
        "cannot do this any|cannot go on|cannot see a way out",
        "cannot",
    ),
    (
        "cant do this any|cant go on|cant keep",
        "cant",
    ),
    (
        "care if i|care when i",
        "no one 'd|no one 'll|no one d|no one ll|no one will|no one would|no-one 'd|no-one 'll|"
        "no-one d|no-one ll|no-one will|no-one would|nobody 'd|nobody 'll|nobody d|nobody ll|"
        "nobody will|nobody would|noone 'd|noone 'll|noone d|noone ll|noone will|noone would",
    ),
    (
        "carrying on",
        "carrying",
    ),
    (
        "cut too deep",
        "deep",
    ),
    (
        "did a od|did an od",
        "did",
    ),
    (
        "do not safe|do not safe around|do not safe with|do not trust|do not trust around|"
        "do not trust with|don't safe|don't safe around|don't safe with|don't trust|"
        "don't trust around|don't trust with|dont safe around|dont trust around|not safe|"
        "not safe around|not safe with|not trust|not trust around|not trust with",
        "*herself*|*himself*|*meself*|*myself*|*themself*|*themselves*|my self",
    ),
    (
        "done a od|done an od",
        "done",
    ),
    (
        "done with life|end my life|end my own life|end your life|end your own life|"
        "finished with life|just end my life|just end my own life|kill your own life|take my life|"
        "with life",
        "life",
    ),
    (
        "dont safe|dont safe with|dont trust|dont trust with",
        "dont",
        "*herself*|*himself*|*meself*|*myself*|*themself*|*themselves*|my self",
    ),
    (
        "down on",
        "down",
        "bridge|bus|canal|cliff|lake|lorry|motorway|river|sea|tracks|traffic|train|tree|wall|water",
    ),
    (
        "downed|necked|swallowed|taken|took",
        "insulin|medication|meds|painkillers|paracetamol|pills|sleeping pills|tablets",
    ),
    (
        "down|just swallow|neck|swallow|take",
        "insulin|medication|meds|painkiller|painkillers|paracetamol|pill|pills|tablet|tablets",
    ),
    (
        "dreaming about|dreaming of",
        "dreaming",
    ),
    (
        "driving to|driving to the|driving up to|driving up to the",
        "driving",
    ),
    (
        "end it|end it all|to end|to just end",
        "end",
    ),
    (
        "finally end it|finally end it all|finally end my life|finally end my own life",
        "finally",
    ),
    (
        "frightened i|frightened of what i 'll do|frightened of what i ll do|"
        "frightened of what i may do|frightened of what i will do|frightened that i",
        "frightened",
    ),
    (
        "going on|going to|going to be with her|going to be with him|going to be with them|"
        "going to die|going to end it|going to end it all|going to end it now|going to the|"
        "going up to|going up to the",
        "going",
    ),
    (
        "going on|trying any",
        "point",
    ),
    (
        "going to",
        "going",
        "be dead|die|just be dead|just die|just not exist|not exist",
    ),
    (
        "going to",
        "overdose",
    ),
    (
        "gonna to be with her|gonna to be with him|gonna to be with them",
        "gonna",
    ),
    (
        "gonna|rather|wanna",
        "be dead|die|just be dead|just die|just not exist|not exist",
    ),
    (
        "goodbye",
        "all|every*|everyone|forever|world",
    ),
    (
        "goodbye all|goodbye everyone",
        "goodbye",
    ),
    (
        "goodbye note",
        "note",
        "left|messaged|posted|sent|texted",
    ),
    (
        "goodbye note|note for everyone|note for my|note to everyone|note to my|suicide note",
        "note",
    ),
    (
        "goodbye text",
        "text",
        "left|messaged|posted|sent|texted",
    ),
    (
        "heading to|heading to the|heading up to|heading up to the",
        "heading",
    ),
    (
        "her life|her own life|his life|his own life|my life|my own life|their life|their own life",
        "life",
        "end|ended|ending|ends",
    ),
    (
        "herself|himself|meself|myself|themself|themselves",
        "burn|burned|burning|burns|burnt|cut|cuts|cutting|harm|harmed|harming|harms|hurt|hurting|"
        "hurts|scratch|scratched|scratches|scratching|starve|starved|starves|starving",
    ),
    (
        "herself|himself|meself|myself|themself|themselves",
        "drown|drowned|drowning|drowns|hang|hanged|hanging|hangs|kill|killed|killing|kills|off|"
        "offed|offing|poison|poisoned|poisoning|poisons|suffocate|suffocated|suffocating|top|"
        "topped|topping|tops|unalive|unalived|unalives|unaliving",
    ),
    (
        "hoarded up",
        "hoarded",
        "meds|painkillers|paracetamol|pills|tablets",
    ),
    (
        "hoarded|saved|stashed|stockpiled",
        "meds|painkillers|paracetamol|pills|tablets",
    ),
    (
        "i can't cope|i just can't cope",
        "cope",
    ),
    (
        "if i was dead|if i weren't dead",
        "dead",
    ),
    (
        "if i was gone|if i weren't gone",
        "gone",
    ),
    (
        "if i wasn't dead|if i wasn't gone|if i wasn't here|wish i wasn't here",
        "wasn",
    ),
    (
        "in front of|into|off|onto|under",
        "bridge|bus|canal|cliff|lake|lorry|motorway|river|sea|tracks|traffic|train|tree|wall|water",
    ),
    (
        "it all",
        "end|ended|ending|ends",
    ),
    (
        "jump from a roof|jump from the roof",
        "roof",
    ),
    (
        "jump from|jump from a car park|jump from the car park|jump off|jump off a car park|"
        "jump off a roof|jump off the car park|jump off the roof",
        "jump",
    ),
    (
        "jumped from|jumped off",
        "jumped",
    ),
    (
        "jumping from|jumping off",
        "jumping",
    ),
    (
        "jumps from|jumps off",
        "jumps",
    ),
    (
        "just down",
        "down",
        "insulin|medication|meds|painkiller|painkillers|paracetamol|pill|pills|tablet|tablets",
    ),
    (
        "just neck",
        "neck",
        "insulin|medication|meds|painkiller|painkillers|paracetamol|pill|pills|tablet|tablets",
    ),
    (
        "just take",
        "take",
        "insulin|medication|meds|painkiller|painkillers|paracetamol|pill|pills|tablet|tablets",
    ),
    (
        "kill your life",
        "kill",
    ),
    (
        "let go",
        "let",
    ),
    (
        "letter for everyone|letter for my|letter to everyone|letter to my",
        "letter",
    ),
    (
        "letters for everyone|letters for my|letters to everyone|letters to my",
        "letters",
    ),
    (
        "letting go",
        "letting",
    ),
    (
        "like ending your life|like ending your own life|like harming yourself|"
        "like hurting yourself|like killing yourself|like taking your life|"
        "like taking your own life|suicidal",
        "feeling|you are|you feel|you're|you're feeling|you've been",
    ),
    (
        "like you can't go on",
        "like",
        "feeling|you are|you feel|you're|you're feeling|you've been",
    ),
    (
        "lined up",
        "lined",
    ),
    (
        "miss me if i|miss me when i",
        "miss",
        "no one 'd|no one 'll|no one d|no one ll|no one will|no one would|no-one 'd|no-one 'll|"
        "no-one d|no-one ll|no-one will|no-one would|nobody 'd|nobody 'll|nobody d|nobody ll|"
        "nobody will|nobody would|noone 'd|noone 'll|noone d|noone ll|noone will|noone would",
    ),
    (
        "my self",
        "self",
        "burn|burned|burning|burns|burnt|cut|cuts|cutting|harm|harmed|harming|harms|hurt|hurting|"
        "hurts|scratch|scratched|scratches|scratching|starve|starved|starves|starving",
    ),
    (
        "my self",
        "self",
        "drown|drowned|drowning|drowns|hang|hanged|hanging|hangs|kill|killed|killing|kills|off|"
        "offed|offing|poison|poisoned|poisoning|poisons|suffocate|suffocated|suffocating|top|"
        "topped|topping|tops|unalive|unalived|unalives|unaliving",
    ),
    (
        "next to me",
        "next",
    ),
    (
        "not safe|really unsafe|so not safe|so unsafe|unsafe",
        "feel|i am|i feel|i'm|im",
    ),
    (
        "notes for everyone|notes for my|notes to everyone|notes to my",
        "notes",
    ),
    (
        "notice if i|notice when i",
        "notice",
        "no one 'd|no one 'll|no one d|no one ll|no one will|no one would|no-one 'd|no-one 'll|"
        "no-one d|no-one ll|no-one will|no-one would|nobody 'd|nobody 'll|nobody d|nobody ll|"
        "nobody will|nobody would|noone 'd|noone 'll|noone d|noone ll|noone will|noone would",
    ),
    (
        "over the side",
        "over",
    ),
    (
        "plan &|plan and",
        "plan",
    ),
    (
        "planning to die|planning to end it|planning to end it all|planning to end it now",
        "planning",
    ),
    (
        "prefer to",
        "prefer",
        "be dead|die|just be dead|just die|just not exist|not exist",
    ),
    (
        "railway line",
        "line",
    ),
    (
        "ready to",
        "ready",
        "be dead|die|just be dead|just die|just not exist|not exist",
    ),
    (
        "really not safe",
        "really",
        "feel|i am|i feel|i'm|im",
    ),
    (
        "relaps*",
        "self*",
    ),
    (
        "saved up",
        "saved",
        "meds|painkillers|paracetamol|pills|tablets",
    ),
    (
        "scared i|scared of what i 'll do|scared of what i ll do|scared of what i may do|"
        "scared of what i will do|scared that i",
        "scared",
    ),
    (
        "self*",
        "*harm*|*harmed*|*harmer*|*harming*|*harms*",
    ),
    (
        "self*",
        "*harm*|*harmed*|*harming*",
    ),
    (
        "sick of life",
        "sick",
    ),
    (
        "some rope",
        "some",
        "bought|buying|found|got|have",
    ),
    (
        "sorry for everything",
        "everything",
    ),
    (
        "stashed up",
        "stashed",
        "meds|painkillers|paracetamol|pills|tablets",
    ),
    (
        "step off",
        "step",
    ),
    (
        "stepping off",
        "stepping",
    ),
    (
        "still be here",
        "still",
    ),
    (
        "stockpiled up",
        "stockpiled",
        "meds|painkillers|paracetamol|pills|tablets",
    ),
    (
        "suicidal",
        "always|am|are|been|feel|feeling|feels|felt|get|gets|getting|had|have|having|i'm|im|is|"
        "more|really|so|still|very|was|were",
    ),
    (
        "take my own life",
        "take",
    ),
    (
        "taken a od|taken an od",
        "taken",
    ),
    (
        "takes my life|takes my own life",
        "takes",
    ),
    (
        "taking my life|taking my own life",
        "taking",
    ),
    (
        "terrified i|terrified of what i 'll do|terrified of what i ll do|"
        "terrified of what i may do|terrified of what i will do|terrified that i",
        "terrified",
    ),
    (
        "the lot",
        "lot",
    ),
    (
        "the lot",
        "lot",
        "swallow|swallowing|take|taking",
    ),
    (
        "think i will be here|think i'll be here",
        "think",
    ),
    (
        "thinking about|thinking of",
        "thinking",
    ),
    (
        "thoughts of",
        "ending",
    ),
    (
        "thoughts of",
        "thoughts",
    ),
    (
        "tired of life",
        "tired",
    ),
    (
        "to die",
        "die",
    ),
    (
        "to just stop|to stop|want it all to stop",
        "stop",
    ),
    (
        "took a od|took an od",
        "took",
    ),
    (
        "unable to keep",
        "unable",
    ),
    (
        "walking to|walking to the|walking up to|walking up to the",
        "walking",
    ),
    (
        "wanna disappear|wanna to be with her|wanna to be with him|wanna to be with them|"
        "wanna to die",
        "wanna",
    ),
    (
        "want it all to end|want to|want to be with her|want to be with him|want to be with them|"
        "want to die|want to end it|want to end it all|want to end it now",
        "want",
    ),
    (
        "want to",
        "want",
        "be dead|die|just be dead|just die|just not exist|not exist",
    ),
    (
        "whatever was",
        "whatever",
    ),
    (
        "wish i was dead|wish i was gone",
        "wish",
    ),
    (
        "without me",
        "without",
    ),
    (
        "wont be here",
        "wont",
    ),
    (
        "worried i|worried that i",
        "worried",
    ),
    (
        "would care",
        "would",
        "no*",
    ),
)


@rule(
    "CR001",
    "crisis-without-signposting",
    triggers=all_of(_cues.addressed_to_someone, _CR001_TRIGGERS),
    needs=lambda: [_NAMES_CRISIS, _IN_CRISIS, _IN_CRISIS_FAMILIES, *_IN_CRISIS_INTENTS],
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
    named = _NAMES_CRISIS.search(body)
    if not (named or _in_crisis(source) or _in_crisis(body)):
        return
    if signposts_urgent_help(draft.body, ctx.crisis_signposts):
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
    for pattern in (_IN_CRISIS, _IN_CRISIS_FAMILIES, *_IN_CRISIS_INTENTS):
        for match in pattern.finditer(value):
            if not (_GOODBYE.search(match.group(0)) and _LEAVING_WORK.search(value)):
                return True
    return False


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


_CR002_TRIGGERS = (
    (
        "*harming*",
        "self*",
        "anybody*|anyone out there|anyone reading this|anyone*|calling|dear|for|hey|if anyone|"
        "if someone reading this|if you|those*|to|when anyone|when someone reading this|when you|"
        "whenever anyone|whenever someone reading this|whenever you",
    ),
    (
        "ending it|taking your life|taking your own life|thinking about|thinking of",
        "thinking",
        "anybody*|anyone out there|anyone reading this|anyone*|calling|dear|for|hey|if anyone|"
        "if someone reading this|if you|those*|to|when anyone|when someone reading this|when you|"
        "whenever anyone|whenever someone reading this|whenever you",
    ),
    (
        "ending their life|ending your life|thinking of",
        "ending",
        "anybody*|anyone out there|anyone reading this|anyone*|calling|dear|for|hey|if anyone|"
        "if someone reading this|if you|those*|to|when anyone|when someone reading this|when you|"
        "whenever anyone|whenever someone reading this|whenever you",
    ),
    (
        "ending things|harming yourself|hurting yourself|in a crisis|in a mental health crisis|"
        "in crisis|in mental health crisis|like ending it|like ending your life|"
        "like killing yourself|like you cant go on|suicidal",
        "anybody*|anyone out there|anyone reading this|anyone*|calling|dear|for|hey|if anyone|"
        "if someone reading this|if you|those*|to|when anyone|when someone reading this|when you|"
        "whenever anyone|whenever someone reading this|whenever you",
    ),
    (
        "ending your life|thought about|thought of",
        "thought",
        "anybody*|anyone out there|anyone reading this|anyone*|calling|dear|for|hey|if anyone|"
        "if someone reading this|if you|those*|to|when anyone|when someone reading this|when you|"
        "whenever anyone|whenever someone reading this|whenever you",
    ),
    (
        "like you can't go on",
        "like",
        "anybody*|anyone out there|anyone reading this|anyone*|calling|dear|for|hey|if anyone|"
        "if someone reading this|if you|those*|to|when anyone|when someone reading this|when you|"
        "whenever anyone|whenever someone reading this|whenever you",
    ),
    (
        "taking your own life",
        "taking",
        "anybody*|anyone out there|anyone reading this|anyone*|calling|dear|for|hey|if anyone|"
        "if someone reading this|if you|those*|to|when anyone|when someone reading this|when you|"
        "whenever anyone|whenever someone reading this|whenever you",
    ),
    (
        "thinking about|thinking of",
        "suicide",
        "anybody*|anyone out there|anyone reading this|anyone*|calling|dear|for|hey|if anyone|"
        "if someone reading this|if you|those*|to|when anyone|when someone reading this|when you|"
        "whenever anyone|whenever someone reading this|whenever you",
    ),
    (
        "thinking about|thinking of",
        "yourself",
        "anybody*|anyone out there|anyone reading this|anyone*|calling|dear|for|hey|if anyone|"
        "if someone reading this|if you|those*|to|when anyone|when someone reading this|when you|"
        "whenever anyone|whenever someone reading this|whenever you",
    ),
    (
        "thinking of",
        "life",
        "anybody*|anyone out there|anyone reading this|anyone*|calling|dear|for|hey|if anyone|"
        "if someone reading this|if you|those*|to|when anyone|when someone reading this|when you|"
        "whenever anyone|whenever someone reading this|whenever you",
    ),
    (
        "thoughts of",
        "hurting",
        "anybody*|anyone out there|anyone reading this|anyone*|calling|dear|for|hey|if anyone|"
        "if someone reading this|if you|those*|to|when anyone|when someone reading this|when you|"
        "whenever anyone|whenever someone reading this|whenever you",
    ),
    (
        "thoughts of",
        "thoughts",
        "anybody*|anyone out there|anyone reading this|anyone*|calling|dear|for|hey|if anyone|"
        "if someone reading this|if you|those*|to|when anyone|when someone reading this|when you|"
        "whenever anyone|whenever someone reading this|whenever you",
    ),
)


@rule(
    "CR002",
    "crisis-post-without-signposting",
    triggers=_CR002_TRIGGERS,
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
