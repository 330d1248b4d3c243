"""Incident: commenting on, or speculating about, a major incident or emergency.

BNSSG 28 §7: "Staff, unless authorised to do so, should not comment on social media about a
major incident or other emergency situation, such as a major transport accident or terrorist
act. At such times, the public risk from misinformation and speculation is heightened and staff
members should take extra care to support the role of official communications channels."

A rule fires only when a major incident is named *and* the draft relays hearsay, guesses at a
cause or gives casualty figures. Official lines ("We have declared a major incident; please
only attend A&E in an emergency"), pointers to official updates, requests not to speculate,
anniversaries and exercises are fine, as are the everyday senses of the words (heart attack,
A&E, a crash course, an explosion in demand).
"""

from __future__ import annotations

from functools import cache
from typing import Iterable

from smpolicy.lint.rule import Hit, rule
from smpolicy.lint.rules import _cues
from smpolicy.lint.triggers import generated

# How far, in characters, a cue may be from the incident it is about (a sentence or two).
_NEAR = 180

_INCIDENT = _cues.cue(
    r"""(?<![\w'])(?:(?:major|critical)\s+incident|mass\s+casualt(?:y|ies)|casualties|fatalities
    |death\s+toll|explosions?(?!\s+(?:in|of)\s+(?:demand|interest|popularity|growth|cases|use))
    |bomb(?:s|ing|ings|\s+scare)?|explosive\s+device|terror(?:ist|ism)?(?:\s+attack)?
    |shootings?|shot\s+dead|gunm[ae]n|gunfire|stabbings?|knife\s+attack|attacker|hostages?|siege
    |(?:car|train|rail|bus|coach|plane|air|motorway|road|lorry|helicopter|motorbike|minibus
      |multi-vehicle|tram)\s+(?:crash|collision|accident|disaster|derailment)
    |(?:crash|collision|accident)\s+on\s+the\s+(?:m|a)\d+|(?:m|a)\d+\s+(?:crash|collision|accident|pile-?up)
    |(?:a|the)\s+(?:serious\s+|bad\s+|major\s+|horrific\s+|fatal\s+|huge\s+|massive\s+)?(?:crash|collision)
      \s+(?:on|at|near|in|outside)
    |pile-?up|derail(?:ed|ment)|(?:huge|loud|massive|big)\s+(?:bang|explosion)|police\s+incident
    |(?:tube|train|rail|line|station|platform|track)\s+incident|person\s+under\s+a\s+train
    |armed\s+police|police\s+cordon|cordoned\s+off|sealed\s+off|suspicious\s+(?:package|device|item)
    |air\s+ambulances?|fatal(?:ity|ities)?(?:\s+(?:crash|collision|accident|incident))?
    |(?:road|roads|station|motorway|(?:m|a)\d+|bridge|junction)\s+(?:is\s+|are\s+|has\s+been\s+|been\s+)?
      (?:closed|shut)(?:\s+(?:both\s+ways|off))?(?!\s+(?:for|due\s+to
        |because\s+of)\s+(?:\w+\s+)?(?:engineering
      |maintenance|works|repairs|resurfacing|roadworks|strike|the\s+(?:weekend|bank\s+holiday
        |marathon|event))(?![\w]))
    |police\s+(?:everywhere|all\s+over)|(?:loads|lots|dozens)\s+of\s+(?:police|ambulances|fire\s+engines)
    |emergency\s+services\s+(?:everywhere|at|on|are)|helicopters?\s+(?:overhead|circling|hovering)
    |(?:huge|major|massive|serious|big|large)\s+fire|blaze|fire\s+broke\s+out
    |(?:building|bridge|roof|stand|tower)\s+collapse|gas\s+(?:leak|explosion)
    |chemical\s+(?:spill|leak|incident|attack)|cyber[\s-]?(?:attack|incident)|ransomware
    |riots?|rioting|emergency\s+situation
    # "evacuation routes", "evacuation chair training" are fire safety, not an emergency
    |evacuat(?:ed|ion)(?!\s+(?:routes?|plans?|procedures?|drills?|chairs?|training|points?|exercises?|lifts?|maps?|signs?|policy|policies))
    |attack\s+victims?|(?:the|this|that)\s+attack(?!\s+(?:rate|on\s+the\s+nhs))|smoke\s+(?:pouring|billowing)
    |plumes?\s+of\s+(?:black\s+)?smoke|sirens\s+everywhere
    |(?:that|this)\s+fire|fire\s+at\s+the\s+(?:flats|tower|block|factory|depot|works|warehouse|plant|station|school)
    # the building itself failing, and the crews sent to it
    |power\s+(?:cut|failure|outage)s?|(?:the\s+)?power\s+(?:went|has\s+gone|had\s+gone|failed|went\s+off|went\s+out)
    |(?:generators?|back-?up\s+power|oxygen\s+supply|lifts?)\s+(?:(?:have|has|had)\s+)?(?:failed|went|went\s+down|went\s+off|cut\s+out)|blackout
    |(?:\d+|two|three|four|five|six|several|loads\s+of|lots\s+of)\s+(?:fire\s+)?engines|fire\s+(?:engines|crews)\s+(?:at|outside|on)
    |(?:flood(?:ed|ing)|gas\s+leak)\s+(?:at|in|on)\s+(?:the|a|our)\s+(?:hospital|unit|ward|centre|clinic|site|building|basement)
    |(?:set|started|lit)\s+(?:it|the\s+fire|a\s+fire|fire\s+to\s+\w+)\s+(?:deliberately|on\s+purpose)
    |the\s+fire(?!\s+(?:alarm|service|brigade|safety|drill|exit|door|station|and\s+rescue
      |extinguisher|marshal|warden|risk)))(?![\w])"""
)

_HEARSAY = _cues.cue(
    r"""(?<![\w'])(?:i\s+heard|i've\s+heard|i'm\s+hearing|(?:just\s+)?heard\s+(?:that|there|it)
    |hearing\s+(?:that|there(?:'s|\s+(?:is|was|are|were|has|have))?|it's|reports)|apparently|rumou?rs?
    |rumou?red|reportedly|allegedly
    |word\s+is|word\s+(?:going|doing)\s+(?:round|around)|word\s+(?:on|round|around)\s+the\s+\w+
    |(?:going|doing)\s+the\s+rounds|the\s+(?:talk|gossip|chat)\s+(?:on|in|round|around)\s+the\s+\w+
    |(?:unconfirmed\s+|early\s+)?reports\s+(?:of|that)\s+(?:a|an|the|some|several|people|kids|children|\d+)
    |insider\s+info(?:rmation)?|inside\s+info(?:rmation)?|between\s+you\s+and\s+me|a\s+little\s+bird(?:ie)?
    |sources?\s+close\s+to|sources\s+(?:say|tell)|i've\s+been\s+told|i\s+was\s+told|been\s+told\s+(?:that|there)
    |unconfirmed|someone\s+(?:said|told\s+me)|(?:a|my)\s+(?:friend|mate|colleague|source|cousin
      |mum|dad|sister|brother|partner|husband|wife|neighbour)\s+(?:who|at|in|on|said|says|told
      |works|reckons)
    |from\s+what\s+i(?:'ve)?\s+(?:heard|seen|know)|can\s+anyone\s+confirm|is\s+it\s+true
    |does\s+anyone\s+know|anyone\s+know|rumou?r\s+has\s+it|supposedly|(?:so\s+)?i'm\s+told
    |they're\s+saying|people\s+are\s+saying|everyone's\s+saying|heard\s+from|word\s+on\s+the\s+street
    |on\s+the\s+grapevine|(?:someone|people|a\s+post)\s+on\s+(?:facebook|twitter|x|whatsapp|tiktok
      |instagram|the\s+group|nextdoor)
    |(?:a|my|our)\s+(?:paramedic|nurse|police|copper|doctor|firefighter|cop)\s+(?:friend|mate|pal)
    |hearing\s+(?:\d[\d,]*|that|there|it|reports|rumours|talk|of|from)
    # "someone's saying a stabbing", "a mate in the ambulance service says", "someone in the
    # staff WhatsApp says": words passed on from someone unnamed
    |(?:someone|somebody|(?:some|a)\s+(?:guy|bloke|woman|lady|man|lad|girl|people)|people|others|everyone
      |everybody
      |(?:a|my|one\s+of\s+my)\s+(?:\w+\s+)?(?:friends?|mates?|colleagues?|source|cousin|mum|dad|sister
      |brother|partner|husband|wife|neighbour|pal))
      (?:\s+(?:in|on|at|from|with|who\s+works\s+(?:in|at|for|on))\s+(?:the\s+|our\s+|my\s+|a\s+)?
        (?:[\w&'-]+\s+){0,3}?[\w&'-]+)?
      (?:'s|'re|\s+(?:is|are))?\s+(?:saying|says|said|reckons?|reckoned|posted|messaged|texted
        |told\s+(?:me|us)|(?:has|have)\s+(?:said|told\s+(?:me|us)|posted))
    )(?![\w'])"""
)
# A guess at who or what caused it, or a graphic account from the scene.
_GUESS = _cues.cue(
    r"""(?<![\w'])(?:(?:was|were)\s+(?:probably|likely|definitely|obviously)\s+(?:caused|started|a|an)
    |must\s+have\s+been|(?:has|have)\s+got\s+to\s+be|(?:it|this|that)\s+(?:must|has\s+got\s+to)\s+be
    |(?:probably|likely)\s+(?:caused|started|deliberate|arson|terror)
    |(?:are|is|was|were)\s+(?:probably|definitely|obviously|clearly|surely|likely)\s+behind
      \s+(?:it|this|that|the\s+(?:attack|incident|fire|explosion|crash|bomb))
    |nothing\s+else\s+makes\s+sense|(?:was|is|were)\s+no\s+accident|(?:wasn't|was\s+not)\s+an\s+accident
    |mark\s+my\s+words|you\s+heard\s+it\s+here\s+first|(?:started|set|done|caused)\s+(?:on\s+purpose|deliberately)
    |looks\s+like\s+(?:it\s+was\s+)?(?:a\s+|an\s+)?(?:terror|bomb|attack|arson|deliberate)
    |bet\s+(?:you\s+)?(?:anything|money|a\s+tenner|my\s+house)|whoever\s+(?:did|is\s+behind|was\s+behind|carried\s+out)
    |(?:obviously|clearly|definitely|must\s+have)\s+(?:planned|targeted|known\s+what)|turns?\s+out\s+to\s+be\s+(?:a\s+|an\s+)?(?:terror\w*
      |deliberate|arson|bomb|attack)
    |(?:could|might|may)\s+(?:well\s+)?(?:be|have\s+been)\s+(?:a\s+|an\s+)?(?:terror|terrorist
      |deliberate|arson|bomb|attack|hate\s+crime)
    |i\s+(?:reckon|bet|think|suspect)\s+(?:it|this|that)\s+(?:was|is)
    |the\s+(?:driver|attacker|gunman|suspect|bomber|killer)\s+(?:was|is)\s+(?:a|an|from|known|on
      |drunk|high|one\s+of)
    |it\s+was\s+(?:a\s+)?(?:terror\w*|deliberate|arson|a\s+bomb)|carnage|bloodbath|war\s+zone
    |horrific\s+scenes|bodies\s+everywhere|blood\s+everywhere
    # a cause put forward before anyone knows: "early indications are that...", "I'd put money on"
    |(?:early|initial)\s+(?:indications|signs|reports|accounts)\s+(?:[\w'-]+\s+){0,8}?(?:are\s+that|suggest|suggests
      |indicate|point\s+to)
    |(?:i'd|i\s+would|would)\s+(?:put|bet)\s+(?:money|my\s+(?:house|mortgage|life|pension))(?:\s+on)?
    |looks\s+like\s+(?:another|yet\s+another|a|an)\s+(?:[\w-]+\s+){0,2}?(?:failure|cock-?up|blunder|mistake|error|scandal|cover-?up)
    |(?:not|hardly|no\s+one|nobody)\s+(?:\w+\s+)?surprised|wouldn't\s+be\s+surprised|all\s+over\s+again
    |(?:i've|we've)\s+seen\s+(?:it|this)\s+before|seen\s+it\s+before|no\s+doubt\s+(?:it|they|the)
    |(?:almost\s+)?certainly\s+(?:caused|down\s+to|because))(?![\w'])"""
)
# A sentence that tells people not to speculate.
_RESTRAINT = _cues.cue(
    r"""(?:don't|do\s+not|please\s+(?:avoid|ignore)|avoid|ignore|not\s+to|rather\s+than
      |instead\s+of|won't|will\s+not)\s+(?:\w+\s+){0,2}?(?:speculat|rumou?r|shar|spread|repost
      |believe|guess)"""
)
# A draft about a past event or a rehearsal, not an emergency happening now.
_NOT_LIVE = _cues.cue(
    r"""anniversary|(?:we|to)\s+remember|remembering|memorial|in\s+memory|tribute|years\s+ago
    |minute's\s+silence|(?:incident|casualty|emergency|training)\s+(?:exercise|drill)|exercise\s+today
    |turned\s+out\s+to\s+be|false\s+alarm|all\s+clear|(?:has|have)\s+(?:now\s+)?(?:re-?opened|been\s+stood\s+down)"""
)


# Cheap gates: an incident (or deaths) and a cue must both be mentioned before any pattern runs.
_INCIDENT_WORDS = (
    "incident", "casualt", "fatal", "death toll", "explos", "bomb", "terror", "shoot", "shot dead",
    "gunm", "gunfire", "stab", "knife", "attacker", "hostage", "siege", "crash", "collision",
    "accident", "pile", "derail", "fire", "blaze", "collapse", "gas ", "chemical", "cyber",
    "ransomware", "riot", "emergency", "evacuat", "bang", "police", "cordon", "sealed off", "power",
    "generator", "lift", "blackout", "engines", "crews", "flood", "oxygen", "set it", "lit it", "started it",
    "suspicious", "ambulance", "closed", "shut", "helicopter", "attack", "smoke", "siren",
)
_CASUALTY_WORDS = (
    "dead", "died", "killed", "injured", "hurt", "casualt", "fatalit", "critical", "hospital",
    "brought in", "rushed", "airlifted", "bodies", "victims", "death toll", "make it", "fatally",
    " in", "intubated", "ventilat", "resus", "theatre", "fighting for", "survive", "pull through",
    "bad way", "gunshot", "stab", "burn", "trauma", "crush", "intensive care", "icu", "itu", "resus",
    "life support", "deaths",
)
_CUE_WORDS = (
    "heard", "hearing", "apparently", "rumour", "rumor", "reportedly", "allegedly", "word is",
    "sources", "told", "unconfirmed", "someone", "friend", "mate", "colleague", "source", "cousin",
    "mum", "dad", "sister", "brother", "partner", "husband", "wife", "neighbour", "from what",
    "confirm", "is it true", "anyone know", "supposedly", "saying", "word on", "grapevine",
    "facebook", "twitter", " x ", "whatsapp", "tiktok", "instagram", "nextdoor", "paramedic",
    "copper", "cop ", "firefighter", "probably", "likely", "definitely", "obviously", "must have",
    "looks like", "could", "might", "may ", "reckon", "bet ", "think", "suspect", "driver",
    "attacker", "gunman", "bomber", "killer", "it was", "carnage", "bloodbath", "war zone",
    "horrific", "bodies", "blood everywhere", "says", "said", "posted", "messaged", "texted",
    "got to be", "must be", "behind", "makes sense", "word", "rounds", "talk", "gossip", "chat",
    "insider", "inside info", "between you", "little bird", "close to", "no accident", "an accident",
    "mark my", "heard it here", "on purpose", "deliberately", "bet", "turns out", "turn out",
    "reports", "whoever", "planned", "targeted", "known what", "indications", "signs", "accounts", "early", "initial",
    "put money", "bet my", "put my", "surprised", "all over again", "seen it", "seen this", "no doubt", "certainly",
)
_MAJOR_WORDS = (
    "incident", "casualt", "explos", "bomb", "terror", "shoot", "shot dead", "gunm", "gunfire",
    "stab", "knife", "hostage", "siege", "derail", "plane crash", "collapse", "cyber",
    "ransomware", "riot", "armed police", "suspicious", "bang", "smoke", "siren", "attack",
)
_SCENE_WORDS = (
    "just heard", "just saw", "just seen", "just felt", "i'm ", "i am ", "we're", "we are", "i can",
    "we can", "i could", "we could", "on my way", "my ward", "my department", "my a&e", "my shift",
    "my unit", "at work", "the scene", "outside my", "from my window", "heard a", "heard the",
    "i saw", "we saw", "on shift", "on duty", "can see", "can hear", "could see", "could hear",
    "across the road",
)


def _near(body: str, start: int, end: int) -> str:
    """The text around a cue, within `_NEAR` characters and the same paragraph."""
    left = max(0, start - _NEAR)
    right = min(len(body), end + _NEAR)
    paragraph_start = body.rfind("\n\n", left, start)
    paragraph_end = body.find("\n\n", end, right)
    left = paragraph_start + 2 if paragraph_start != -1 else left
    right = paragraph_end if paragraph_end != -1 else right
    return body[left:right]


def _restrained(body: str, start: int) -> bool:
    first, last = _cues.sentence_around(body, start)
    return bool(_RESTRAINT.search(body[first:last])) or _cues.negated(body, start, words=3)


@rule(
    "IN001",
    "incident-speculation",
    triggers=generated("IN001"),
    needs=lambda: [_HEARSAY, _GUESS],
    category="incident",
    severity="error",
    message="Speculates about a major incident or emergency",
    suggestion="Do not relay rumours or guess at causes: share only the official updates, or say nothing.",
)
def incident_speculation(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds hearsay, guesses and graphic scene-setting about a major incident or emergency.
    Examples: "I heard there were...", "apparently it was a bomb", "my mate at the BRI says...",
    "someone in the staff WhatsApp says...", "must have been deliberate", "it's got to be
    terrorists", "carnage on the M5". It needs a major incident nearby (a major
    incident, explosion, attack, transport crash, fire, evacuation, cyber attack), so "I heard
    about your new clinic" or "apparently it's National Cake Day" are fine, as are posts that
    ask people not to speculate.

    Why is this bad?
    ----------------
    In an emergency, rumours spread faster than facts; staff speculation is read as inside
    knowledge, can distress families and undermines the official communications the public
    relies on.

    Example
    -------
    Flagged: "Apparently the explosion at Temple Meads was deliberate, my mate says."
    Fine: "We have declared a major incident. Please only attend A&E in an emergency and follow
    @AvonSomerPolice for updates; please don't share rumours."

    Policy
    ------
    BNSSG 28 §7 ("Staff, unless authorised to do so, should not comment on social media about a
    major incident or other emergency situation ... the public risk from misinformation and
    speculation is heightened"); HSSIB005 §4.8 (be aware that what you say is permanent; only
    ever share public information); HRA §3.1; Tavistock and Portman "Sharing material"; HEE
    "Monitoring compliance" 3.1 (false statements).
    """
    body = _cues.text(draft)
    if not _cues.mentions(body, _CUE_WORDS) or not (
        _cues.mentions(body, _INCIDENT_WORDS) or _cues.mentions(body, _CASUALTY_WORDS)
    ):
        return
    if not _about_live_incident(body, casualties_count=True):
        return
    sentences_hit: set[tuple[int, int]] = set()
    guesses = list(_GUESS.finditer(body))
    cues = sorted([*_HEARSAY.finditer(body), *guesses], key=lambda m: m.start())
    for match in cues:
        sentence = _cues.sentence_around(body, match.start())
        if sentence in sentences_hit or _restrained(body, match.start()):
            continue  # one finding per sentence is enough to act on
        if match in guesses and _attributed(body[sentence[0] : sentence[1]]):
            continue  # "was no accident: the fire service says it was started deliberately"
        near = _near(body, match.start(), match.end())
        # Hearsay about deaths is speculation about an incident even when it is not named.
        if _INCIDENT.search(near) or _CASUALTIES.search(near):
            sentences_hit.add(sentence)
            yield Hit(match.start(), match.end())


def _about_live_incident(body: str, casualties_count: bool = False) -> bool:
    # Most drafts name no incident: look for one before reading whether it is past or a drill.
    if not (_INCIDENT.search(body) or (casualties_count and _CASUALTIES.search(body))):
        return False
    return bool(body.strip()) and not _NOT_LIVE.search(body)


_CASUALTIES = _cues.cue(
    r"""(?<![\w'])(?:(?:at\s+least\s+|over\s+|more\s+than\s+|up\s+to\s+|around\s+|about\s+)?
      (?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?
      |scores|hundreds|loads|lots|several|many|multiple|a\s+few|a\s+number|a\s+lot)
      \s+(?:of\s+)?(?:(?:[\w-]+\s+){0,2}?(?:people|patients|children|kids|adults|passengers|pedestrians|staff|victims
        |casualties|fatalities|bodies|others|volunteers|participants|babies|mums|mothers|residents|workers|trainees
        |men|women|pupils|students)\s+)?(?:(?:from|at|on|in)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?(?:unit|ward|trial|site|hospital
        |home|school|centre|clinic)\s+(?:(?:in|at|near)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+)?)?(?:(?:were|have\s+been|are|was|had\s+been|got
        |being|now|have|has|had)\s+)?
      (?:dead|died|killed|injured|hurt|casualties|fatalities|critically\s+(?:injured|ill)
      |seriously\s+(?:injured|hurt)|in\s+a\s+critical\s+condition|taken\s+to\s+hospital
      |brought\s+in|rushed\s+(?:in|to)|airlifted|bodies|victims|dead\s+bodies
      |in\s+(?:intensive\s+care|icu|itu|critical\s+care|resus)|on\s+(?:life\s+support|ventilators))
    |death\s+toll|deaths\s+(?:at|in|on)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,2}?(?:unit|ward|hospital|trust|home|prison|centre|site)
    |(?:might|may|won't|isn't\s+going\s+to|not\s+going\s+to|unlikely\s+to)\s+(?:not\s+)?(?:survive
      |make\s+it|pull\s+through)|in\s+a\s+(?:really\s+|very\s+)?bad\s+way|died\s+at\s+the\s+scene|dead\s+at\s+the\s+scene|pronounced\s+dead|didn't\s+make\s+it
    |fatally\s+(?:injured|wounded|stabbed|shot)|killed\s+outright
    |(?:we've|we\s+have|we'd|we\s+had|they've|they\s+have)\s+(?:had|got|received|taken)\s+(?:\d+|two|three|four|five|six
      |seven|eight|nine|ten|a\s+dozen|dozens|loads|several)\s+(?:(?:more|patients|people|casualties)\s+)?(?:in
        |through\s+the\s+doors)(?:\s+so\s+far)?
    |(?:kids|children|people|passengers|pupils|students|pedestrians|spectators|fans)\s+(?:were\s+|are\s+|badly\s+|seriously\s+)?
      (?:hurt|injured|killed)
    |(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:gunshot|stab|burns?|trauma|crush)\s+(?:patients|victims
      |casualties|wounds)
    |(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:of\s+them\s+)?(?:are|were)\s+(?:now\s+)?
      (?:intubated|ventilated|in\s+resus|in\s+theatre|on\s+ventilators|fighting\s+for\s+(?:their\s+)?(?:lives|life)))(?![\w'])"""
)
# Figures someone official has given: relaying them with the source is supporting the line.
_ATTRIBUTED = _cues.cue(
    r"""(?:police|ambulance\s+service|fire\s+(?:service|and\s+rescue)|swast|coastguard|the\s+trust
    |nhs\s+england|the\s+icb|council|government|minister|home\s+office|officials?)\s+(?:has\s+|have\s+)?
    (?:confirmed|said|say|says|stated|announced|reported)|according\s+to|confirmed|statement"""
)


# "A mate in the ambulance service says": someone who works there, not the service speaking.
_WORKS_THERE = _cues.cue(r"(?:in|at|from|with|for)\s+(?:the\s+|an?\s+)?$")


def _attributed(sentence: str) -> bool:
    return any(not _WORKS_THERE.search(sentence[: m.start()]) for m in _ATTRIBUTED.finditer(sentence))


@rule(
    "IN002",
    "incident-casualty-figures",
    triggers=generated("IN002"),
    needs=lambda: [_CASUALTIES],
    category="incident",
    severity="warning",
    message="Gives casualty figures for a major incident without an official source",
    suggestion=(
        "Leave casualty figures to the official statement, or quote it and say whose figures"
        " they are."
    ),
)
def incident_casualty_figures(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds casualty figures for a major incident given without an official source. Numbers of
    dead, injured or patients brought in ("12 people injured", "dozens taken to hospital", "the
    death toll is rising") are flagged in a draft that is not from an official account and does
    not say whose figures they are. Public health statistics ("flu killed 20,000 people last
    winter"), anniversaries and figures attributed to the police or ambulance service are fine.

    Why is this bad?
    ----------------
    Early figures are often wrong; a figure from NHS staff is taken as fact, may reveal patient
    information and can distress families before they have been told.

    Example
    -------
    Flagged: "We've had loads brought in from the pile-up on the M5, at least 3 dead."
    Fine: "Avon and Somerset Police have confirmed 3 people were taken to hospital after the
    collision on the M5."

    Policy
    ------
    BNSSG 28 §7 ("Staff, unless authorised to do so, should not comment on social media about a
    major incident or other emergency situation"); HSSIB005 §4.8 (do not reveal confidential
    information about patients; only ever share public information); HRA §3.1 (never post
    information that can identify a patient's condition); Tavistock and Portman "Maintain
    confidentiality"; HEE "Monitoring compliance" 3.3.
    """
    if _cues.official_account(draft):
        return
    body = _cues.text(draft)
    if not (_cues.mentions(body, _INCIDENT_WORDS) and _cues.mentions(body, _CASUALTY_WORDS)):
        return
    if not _about_live_incident(body):
        return
    sentences_hit: set[tuple[int, int]] = set()
    for match in _CASUALTIES.finditer(body):
        first, last = sentence = _cues.sentence_around(body, match.start())
        if sentence in sentences_hit or _attributed(body[first:last]):
            continue
        if _restrained(body, match.start()):
            continue
        if _INCIDENT.search(_near(body, match.start(), match.end())):
            sentences_hit.add(sentence)
            yield Hit(match.start(), match.end())


# Incidents grave enough that any staff comment risks misinformation, whoever writes it.
_MAJOR = _cues.cue(
    r"""(?<![\w'])(?:(?:major|critical)\s+incident|mass\s+casualt(?:y|ies)|explosions?(?!\s+(?:in|of)\s)
    |bomb(?:s|ing|ings|\s+scare)?|explosive\s+device|terror(?:ist|ism)?(?:\s+attack)?|shootings?
    |shot\s+dead|gunm[ae]n|gunfire|stabbings?|knife\s+attack|hostages?|siege|derail(?:ed|ment)
    |plane\s+crash|(?:building|bridge|roof|stand|tower)\s+collapse|cyber[\s-]?attack|ransomware
    |riots?|rioting|armed\s+police|suspicious\s+(?:package|device)|(?:huge|loud|massive
      |big)\s+bang|smoke\s+(?:pouring|billowing)|plumes?\s+of\s+(?:black\s+)?smoke|sirens\s+everywhere
      |(?:the|this|that)\s+attack(?!\s+(?:rate|on\s+the\s+nhs)))(?![\w])"""
)
# The writer on the scene or at work during it.
_ON_THE_SCENE = _cues.cue(
    r"""(?<![\w'])(?:just\s+(?:heard|saw|seen|felt)|(?:i'm|i\s+am|we're|we\s+are)\s+(?:at(?!\s+(?:full\s+)?capacity)
    |near|outside|stuck|on\s+shift|in\s+a&e|in\s+resus|in\s+work|at\s+work|right\s+next)|on\s+(?:shift|duty)
    |(?:i|we)\s+(?:can|could)\s+(?:see|hear)
    |on\s+my\s+way\s+(?:in|to\s+work)|my\s+(?:ward|department|a&e|shift|unit)|at\s+work|the\s+scene
    |outside\s+my|from\s+my\s+window|(?:i|we)\s+heard\s+(?:a|the)|(?:i|we)\s+saw
    |(?:\A|(?<=[.!?]\s)|(?<=\n))(?:can|could)\s+(?:see|hear)|across\s+the\s+road\s+from\s+(?:our|my))(?![\w'])"""
)
# The draft only passes on official channels, or is the organisation's own notice to the public
# ("We have declared a critical incident ... please only go to A&E in an emergency").
_OFFICIAL_POINTER = _cues.cue(
    r"""follow\s+@|official\s+(?:updates?|information|sources?|channels?|accounts?|advice)|for\s+(?:the\s+)?
    (?:latest|updates)|please\s+only\s+share|statement\s+from
    |please\s+only\s+(?:attend|go\s+to|use|call|come\s+to|visit)|(?:remains?|is|are)\s+open\s+(?:as\s+(?:usual
      |normal)|for)|(?:remain|remains)\s+open|thank\s+you\s+for\s+your\s+(?:patience|support|understanding)
    |(?:has|have)\s+(?:now\s+)?been\s+stood\s+down|allow\s+extra\s+time"""
)


@rule(
    "IN003",
    "incident-comment",
    triggers=generated("IN003"),
    needs=lambda: [(_MAJOR, _ON_THE_SCENE)],
    category="incident",
    severity="warning",
    message="Comments on a major incident from a personal account",
    suggestion="Unless you are authorised, do not post about a major incident; share only official updates.",
)
def incident_comment(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds staff posting from the scene of, or at work during, a major incident. A personal draft
    about an explosion, attack, shooting, bomb scare, derailment, building collapse or cyber
    attack, from the writer's place ("Just heard a huge bang near Temple Meads", "we're on shift
    in A&E and armed police are everywhere"), is flagged. Drafts from an official account,
    drafts that only pass on official updates ("follow @AvonSomerPolice for the latest"), the
    organisation's own notices to the public ("we have declared a critical incident ... please
    only attend A&E in an emergency"), anniversaries and exercises are fine, and so are everyday
    traffic posts about a crash.

    Why is this bad?
    ----------------
    In a major incident the public relies on official channels; posts from staff near the scene
    are read as confirmation, spread fast, and may reveal operational or patient information.

    Example
    -------
    Flagged: "Just heard an explosion near Temple Meads, we're on shift and it's all hands on
    deck."
    Fine (from the official account, or written as the organisation's notice): "We are
    responding to a major incident. Please only attend A&E if it is a genuine emergency."

    Policy
    ------
    BNSSG 28 §7 ("Staff, unless authorised to do so, should not comment on social media about a
    major incident or other emergency situation, such as a major transport accident or terrorist
    act ... staff members should take extra care to support the role of official communications
    channels"); HSSIB005 §4.8; HRA §3.1; Tavistock and Portman "Maintain confidentiality".
    """
    if _cues.official_account(draft):
        return
    body = _cues.text(draft)
    if not (_cues.mentions(body, _MAJOR_WORDS) and _cues.mentions(body, _SCENE_WORDS)):
        return
    if not _about_live_incident(body) or _OFFICIAL_POINTER.search(body):
        return
    if _HEARSAY.search(body) or _GUESS.search(body) or _CASUALTIES.search(body):
        return  # IN001 or IN002 already say what is wrong
    major = _MAJOR.search(body)
    scene = _ON_THE_SCENE.search(body)
    if major and scene and abs(major.start() - scene.start()) <= 2 * _NEAR:
        yield Hit(major.start(), major.end())


# --- IN004: an unverified claim about an emergency, in any words -----------------------------------
#
# Staff pass on what they heard, guess at the cause or count the casualties in endless wordings.
# IN004 reads the shape instead: an emergency (what) near a claim nobody official has made (how
# the writer knows, why it happened, how many were hurt). The word families are data below; add
# synonyms there. A claim sourced to the police or the fire service, a post asking people not to
# speculate, an exercise or an anniversary, and the organisation's own accounts are fine.

# Emergencies, each in its emergency sense only: not a heart attack, a crash course, a fire
# drill, an explosion in demand or a photo bomb.
_EMERGENCY_EVENTS = (
    r"explo(?:sion|sions|ded|de)(?!\s+(?:in|of)\s)", r"blast", r"blew\s+up", r"blaze", r"inferno", r"arson",
    r"(?<!crash\s)fire(?!\s+(?:safety|alarms?|drills?|exits?|doors?|service|brigade|stations?|extinguishers?"
    r"|marshals?|wardens?|risk|fighters?|and\s+rescue|up|away|off))", r"on\s+fire",
    r"crash(?:ed|es)?(?!\s+(?:course|call|team|trolley|cart|bleep|diet))", r"collisions?", r"pile-?ups?", r"derail(?:ed|ment|ments)?", r"capsi[sz]ed",
    r"sank", r"sinking", r"collaps(?:e|ed|es)", r"stabb(?:ing|ings|ed)", r"shootings?", r"shots\s+fired",
    r"gunm[ae]n", r"gunfire", r"(?<!heart\s)(?<!panic\s)(?<!asthma\s)(?<!anxiety\s)attacks?(?!\s+rate)",
    r"(?<!photo\s)(?<!photo-)bomb(?:s|ing|ings|er|ed)?", r"terror(?:ist|ists|ism)?", r"hostages?",
    r"siege", r"lockdown", r"came\s+off\s+the\s+(?:tracks|rails|road)", r"evacuat(?:ed|ion|ing)(?!\s+(?:routes?|procedures?|plans?|drills?|chairs?|training))", r"gas\s+(?:leak|main|explosion)", r"chemical\s+(?:leak|spill)",
    r"cyber[\s-]?(?:attack|incident)", r"ransomware", r"hack(?:ed|ers)?", r"outbreak", r"flood(?:ing|ed|s)?(?!\s+of\s)",
    r"power\s+(?:cut|outage|failure)", r"blackout", r"(?:major|critical)\s+incident(?!\s+(?:exercise|debriefs?|training|plan))",
    r"stampede", r"crush", r"riots?", r"smoke\s+(?:pouring|billowing|everywhere)", r"suspicious\s+(?:package|device)", r"mass\s+casualt(?:y|ies)",
    r"(?:fell|fallen|jumped|pushed)\s+under\s+a\s+train", r"person\s+under\s+a\s+train",
    r"(?:driven|drove|ploughed|plowed|rammed)\s+(?:\w+\s+)?into\s+(?:the\s+|a\s+)?(?:crowd|people|pedestrians|shoppers)",
)
# How the writer knows: passed on, not seen officially.
_HEARD_SO = (
    r"heard", r"hearing", r"apparently", r"rumou?r(?:s|ed)?", r"reckons?", r"word\s+(?:from|is|on)",
    r"(?:working\s+)?theory", r"is\s+it\s+true", r"not\s+(?:yet\s+)?(?:confirmed|official)", r"unconfirmed",
    r"not\s+official\s+yet", r"allegedly", r"reportedly", r"i\s+understand", r"from\s+what\s+i\s+(?:saw|hear|heard|know)",
    r"going\s+round", r"doing\s+the\s+rounds", r"says", r"said", r"saying", r"told\s+(?:me|us)", r"tells\s+(?:me|us)",
    r"being\s+told", r"whatsapp", r"(?:staff|team|work)\s+(?:group|chat)", r"someone", r"sources?",
    r"(?:my|a)\s+(?:colleague|mate|friend|cousin|pal)", r"people\s+(?:are\s+)?saying", r"reports\s+coming\s+in", r"i'm\s+told", r"my\s+bet", r"by\s+all\s+accounts",
)
# Why it happened, or who is to blame: a guess until the investigators say so.
_CAUSED_BY = (
    r"caused\s+by", r"down\s+to", r"started\s+(?:by|in|when|on)", r"because\s+of", r"deliberate(?:ly)?",
    r"on\s+purpose", r"(?:could|might|must)\s+(?:be|have\s+been)", r"sounds\s+like", r"looks\s+(?:to\s+me\s+)?like",
    r"almost\s+certainly", r"definitely", r"probably", r"i\s+(?:reckon|bet|think|suspect)", r"suspect",
    r"(?:driver|gunman|attacker|bomber|suspect|pilot|captain)\s+(?:was|had|is)", r"linked", r"flagged\s+as",
    r"ignored\s+for", r"no\s+backup", r"cladding", r"(?:should|ought\s+to)\s+be\s+sacked", r"nobody\s+learns",
    r"(?:worse|bigger)\s+than\s+(?:they're|they\s+are)\s+(?:admitting|saying|letting\s+on)", r"covering\s+(?:it\s+)?up",
    r"the\s+(?:real\s+)?cause", r"to\s+blame", r"carried\s+out\s+by", r"possibly", r"maybe", r"or\s+was\s+pushed",
)
# How many were hurt, counted by the writer.
_HOW_MANY = (
    r"(?:\d+\+?|dozens|scores|hundreds|loads|lots|many|several)\s+(?:of\s+)?(?:people\s+)?(?:dead|killed|injured|hurt"
    r"|casualties|missing|in\s+resus|critical|fatalities|victims)", r"death\s+toll", r"(?:kids|children)\s+among\s+them",
    r"(?:\d+|dozens)\s+in\s+(?:resus|intensive\s+care|icu|itu)",
)


def _family(words: tuple[str, ...]) -> str:
    return r"(?<![\w'])(?:" + "|".join(words) + r")(?![\w'])"


_EVENT = _cues.cue(_family(_EMERGENCY_EVENTS))
_CLAIM = _cues.cue(_family(_HEARD_SO + _CAUSED_BY + _HOW_MANY))
# The claim comes from those whose job it is to make it.
_SOURCED = _cues.cue(
    r"""(?<![\w'])(?:police|fire\s+(?:service|brigade)|ambulance\s+service|coastguard|officials?|investigators|the\s+council
    |nhs\s+england|the\s+government|ukhsa|the\s+(?:trust|icb)\s+(?:has|have)\s+confirmed|bbc|sky\s+news|statement)
    \s+(?:(?:have|has)\s+)?(?:say|says|said|confirmed|confirms|reported|report|announced)|according\s+to\s+(?:the\s+)?
    (?:police|fire|ambulance|officials|investigators)|(?:police|officials)\s+(?:are\s+)?(?:investigating|appealing)(?![\w'])"""
)


_DECLARED = _cues.cue(r"(?<![\w'])(?:we|we've|the\s+(?:trust|icb|hospital|board))\s+(?:have\s+|has\s+)?declared(?![\w'])")


def _speaks_as_the_organisation(draft, body: str) -> bool:
    """The organisation's own notice ("We have declared a critical incident ... thank you for your
    support"), posted without naming its account: not a member of staff passing something on."""
    if _cues.speaks_personally(draft):
        return False
    return bool(_DECLARED.search(body) or _OFFICIAL_POINTER.search(body))


@rule(
    "IN004",
    "incident-unverified-claim",
    triggers=generated("IN004"),
    needs=lambda: [(_EVENT, _CLAIM)],
    category="incident",
    severity="warning",
    message="Passes on an unverified claim about an emergency",
    suggestion="Do not pass on what you heard or guess at causes or casualties: share only official updates.",
)
def incident_unverified_claim(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds an emergency (an explosion, fire, crash, attack, collapse, evacuation, cyber attack,
    flood or power cut, in its emergency sense) within a sentence or two of a claim nobody
    official has made: how the writer knows ("my colleague says", "word from inside", "the
    team WhatsApp", "not confirmed but"), why it happened ("down to a signal failure", "could
    be deliberate", "I reckon it's the cladding", "the driver had been working 20 hours") or
    how many were hurt ("30+ injured", "death toll could be in the dozens"). Claims sourced to
    the police or the fire service, posts asking people not to speculate, exercises,
    anniversaries, the organisation's own accounts, and everyday senses (heart attack, crash
    course, fire drill, an explosion in demand) are fine.

    Why is this bad?
    ----------------
    During an emergency the public risk from misinformation is at its highest; a member of NHS
    staff passing on a rumour is read as inside knowledge and can distress families and
    undermine the official channels.

    Example
    -------
    Flagged: "Not confirmed but I'm hearing the derailment was down to a signal failure."
    Fine: "Thinking of everyone affected by the crash. Please follow the police for updates and
    don't share rumours."

    Policy
    ------
    BNSSG 28 §7 (staff, unless authorised, should not comment on a major incident or other
    emergency; "the public risk from misinformation and speculation is heightened"); HSSIB005
    §4.8; HRA §3.1; Tavistock and Portman "Sharing material"; HEE "Monitoring compliance" 3.1
    (false statements).
    """
    if _cues.official_account(draft):
        return
    body = _cues.text(draft)
    if _NOT_LIVE.search(body) or _speaks_as_the_organisation(draft, body):
        return
    events = [(m.start(), m.end()) for m in _EVENT.finditer(body)]
    if not events:
        return
    for match in _CLAIM.finditer(body):
        first, last = _cues.sentence_around(body, match.start())
        sentence = body[first:last]
        if _restrained(body, match.start()) or _SOURCED.search(sentence):
            continue
        near = _near(body, match.start(), match.end())
        offset = body.find(near)
        if any(offset <= start and end <= offset + len(near) for start, end in events):
            yield Hit(match.start(), match.end())
            return


# --- IN005: a rumour about a death, incident or decision, passed on as fact ----------------------
#
# "Hearing a volunteer has died on a phase 1 trial; I'd put money on it being that CRO", "heard it
# from the very top: HEE is scrapping FY2 posts, tell every student you know". Not an emergency,
# so IN001-IN004 stay quiet, but the harm is the same: hearsay from an NHS insider is read as
# fact. Three families in a short window: how the writer heard it (hearsay), what it is about
# (a death or serious incident, or the organisation cutting or closing something), and the writer
# pushing it on (guessing a culprit, a cause, or telling people to spread it).

_RUMOUR_SOURCE = (
    r"hearing\s+(?:a|an|that|there(?:'s|\s+(?:is|was|are|has|have))?|it's|reports|rumours|talk|of|from|\d+)",
    r"(?:i\s+|i've\s+|just\s+)?heard\s+(?:it\s+)?(?:from|that|there(?:'s|\s+(?:is|was|are|has|have))?|(?:a|the)\s+(?:rumour|whisper))",
    r"word\s+(?:on|from|round|around|in)\s+the\s+\w+(?:\s+is)?", r"word\s+is", r"rumou?r\s+has\s+it",
    r"rumou?red", r"(?:so\s+)?i'm\s+told", r"i've\s+been\s+told", r"a\s+little\s+bird(?:ie)?", r"on\s+the\s+grapevine",
    r"(?:a|my)\s+(?:mate|friend|source|pal|cousin|contact)\s+(?:in|at|on|inside)\s+(?:the\s+)?[\w&'-]+(?:\s+[\w&'-]+)?\s+(?:says|said|reckons|tells\s+me|told\s+me)",
    r"from\s+(?:the\s+)?(?:very\s+)?top", r"from\s+someone\s+(?:senior|high\s+up|in\s+the\s+know)", r"apparently",
)
_SERIOUS_MATTER = (
    r"(?:has|have|had)\s+(?:just\s+)?died", r"died\s+(?:on|in|at|after|during|overnight|last\s+night|yesterday|today|because)",
    r"(?:a|another)\s+death\s+(?:on|in|at)", r"killed", r"(?:serious|never)\s+(?:incident|event)s?", r"data\s+breach",
    r"overdosed?", r"(?:a|another|the)\s+(?:patient|volunteer|participant|baby|child|resident|mum|mother|man|woman|student|trainee"
    r"|young\s+person)\s+(?:has\s+|had\s+|just\s+)?died",
    r"(?:has|have|had|is|are|was|were|been)\s+(?:halted|suspended|stopped|paused|pulled)\s+(?:the\s+|a\s+|its\s+|all\s+)",
    r"(?:is|are|was|were)\s+(?:scrapping|axing|cutting|closing|shutting|merging|abolishing|dropping|replacing)",
    r"(?:to\s+be|being|been|will\s+be|getting)\s+(?:scrapped|axed|cut|closed|shut(?:\s+down)?|merged|abolished|dropped|replaced)",
    r"(?:scrapping|axing|shutting(?:\s+down)?|closing(?:\s+down)?|abolishing)\s+(?:all\s+|the\s+|its\s+|our\s+)",
)
_PUSHED_ON = (
    r"tell\s+(?:every|everyone|all|anyone)", r"spread\s+the\s+word", r"share\s+(?:this|before|widely|it)", r"pass\s+it\s+on",
    r"(?:i'd|i\s+would)\s+(?:put|bet)\s+(?:money|my\s+\w+)", r"bet\s+(?:it's|it\s+was|you)", r"(?:my\s+)?money's\s+on",
    r"expect\s+(?:a|the)\s+(?:\w+\s+){0,2}?(?:story|scandal|announcement)", r"before\s+they\s+deny", r"mark\s+my\s+words",
    r"same\s+(?:\w+\s+){0,3}?(?:as\s+last|that\s+got|who\s+got)", r"because\s+(?:the|they|someone|nobody|staff)",
    r"cut\s+corners", r"(?:absolute|total|complete)\s+(?:shambles|joke|disgrace)", r"you\s+heard\s+it\s+here",
)
_RUMOUR_SOURCE_CUE = _cues.cue(_family(_RUMOUR_SOURCE))
_SERIOUS_MATTER_CUE = _cues.cue(_family(_SERIOUS_MATTER))
_PUSHED_ON_CUE = _cues.cue(_family(_PUSHED_ON))
# Putting a rumour right is what the policies want: "we've heard the rumours; they're not true".
_RUMOUR_DENIED = _cues.cue(
    r"""(?<![\w'])(?:not\s+true|isn't\s+true|untrue|false|myths?|misinformation|fake\s+news|the\s+facts|rumou?rs?\s+(?:about|that)
    |(?:don't|do\s+not|please\s+don't)\s+(?:share|spread|believe))(?![\w'])"""
)


@rule(
    "IN005",
    "rumour-as-fact",
    triggers=generated("IN005"),
    needs=lambda: [(_RUMOUR_SOURCE_CUE, _SERIOUS_MATTER_CUE, _PUSHED_ON_CUE)],
    category="incident",
    severity="warning",
    message="Passes on a rumour about a death, an incident or a decision as if it were fact",
    suggestion="Do not pass on what you heard: wait for, and share, the official announcement.",
)
def rumour_as_fact(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds hearsay ("hearing a...", "heard it from the very top", "word on the unit is", "rumour
    has it", "a mate at the trust says") within a sentence of a serious matter (someone has
    died, a serious incident or data breach, the organisation scrapping, cutting or closing
    something) when the writer also pushes it on: guessing who is to blame ("I'd put money on
    it being that same CRO"), giving a cause, or telling people to spread it ("tell every
    medical student you know", "share before they deny it"). Posts that put a rumour right
    ("we've heard the rumours; they're not true"), "hearing loss", and the organisation's own
    accounts are fine.

    Why is this bad?
    ----------------
    A rumour from an NHS insider is read as fact: it can distress families, mislead students
    and patients, prejudice an investigation and make a false statement about a person or
    organisation.

    Example
    -------
    Flagged: "Heard it from the very top: HEE is scrapping all FY2 posts. Tell every medical
    student you know."
    Fine: "We've heard the rumours about FY2 posts. They're not true: here are the facts."

    Policy
    ------
    HEE "Monitoring compliance" 3.1 (a knowingly false or defamatory statement about any person
    or organisation); BNSSG 28 §7 ("the public risk from misinformation and speculation is
    heightened"); HRA §3.1 ("don't pick fights"); HSSIB005 §4.8.
    """
    if _cues.official_account(draft):
        return
    body = _cues.text(draft)
    if _RUMOUR_DENIED.search(body):
        return
    spans = list(_cues.sentence_spans(body))
    for index, (first, last) in enumerate(spans):
        for source in _RUMOUR_SOURCE_CUE.compiled.finditer(body, first, last):
            if _cues.negated(body, source.start(), words=3):
                continue
            window_last = spans[min(len(spans) - 1, index + 1)][1]
            if _SERIOUS_MATTER_CUE.compiled.search(body, first, window_last) and _PUSHED_ON_CUE.search(
                _near(body, source.start(), source.end())
            ):
                yield Hit(source.start(), source.end())
                return
