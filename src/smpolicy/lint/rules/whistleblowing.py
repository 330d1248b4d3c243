"""Whistleblowing: raising concerns, or airing a grievance, on social media instead of through
the proper channels.

HSSIB005 §4.8: "Do not use social media to 'whistleblow'. Concerns should only be raised through
the proper HSSIB channels"; HRA §3.1 sends concerns first to the Freedom to Speak Up Guardian;
Tavistock and Portman: "Any grievance with the Trust should be channelled through procedures
and policies already in place ... and not displayed or discussed via social media."

Promoting those channels is exactly what the policies want, so a sentence that names them
(Freedom to Speak Up, Speak Up Month, a guardian, "how to raise a concern") is never flagged,
and only the writer's own disclosure counts: "whistleblowers protect patients" is fine.
"""

from __future__ import annotations

from functools import cache
from typing import Iterable

from smpolicy.lint import phrases
from smpolicy.lint.rule import Hit, rule
from smpolicy.lint.rules import _cues
from smpolicy.lint.triggers import generated

# The proper channels, named: a sentence that promotes them is not a disclosure.
_CHANNELS = _cues.cue(
    r"""freedom\s+to\s+speak\s+up|speak(?:ing)?\s+up\s+(?:month|guardians?|week|champions?)
    |(?<![\w])(?:f2su|ftsu)(?![\w])|national\s+guardian|(?:our|your|a)\s+guardians?(?![\w])|the\s+guardians(?![\w])
    |whistle-?blowing\s+(?:policy|procedure|process|hotline|helpline|line|route|training|champions?
      |guardians?|leads?|ambassadors?|advocates?|officers?|awareness)
    |raise\s+(?:a|your)\s+concerns?|how\s+to\s+(?:raise|speak\s+up)|if\s+you\s+(?:have
      |are)\s+(?:a\s+)?(?:concern|worried)
    |protect\s+(?:charity|helpline|advice\s+line)|speak\s+up,\s+we\s+(?:will\s+)?listen"""
)

# Wrongdoing itself, not just the workplace: harm, risk, concealment, dishonesty, bullying.
_WRONGDOING = _cues.cue(
    r"""(?<![\w'])(?:unsafe|danger\w*|risk|harm\w*|neglect\w*|negligen\w+|malpractice|fraud\w*|corrupt\w*|wrongdoing
    |falsif\w+|fiddl\w+|cover(?:ing|ed)?[\s-]?up|hid(?:e|den|ing)|lie|lies|lying|lied|bully\w*|bullied|toxic|abuse\w*
    |died|deaths?|dying|short[\s-]staffed|understaffed|pressur\w+|forced|ignored|signed\s+off|behind\s+closed\s+doors
    |cutting\s+corners|scandal|disgrace\w*|illegal|unlawful|breach\w*|mistakes?|errors?|failings?
    |lett(?:ing)?\s+(?:[\w-]+\s+){0,2}down|let\s+(?:[\w-]+\s+){0,2}down|failing|spin|faster\s+than\s+is\s+safe|leant\s+on|leaned\s+on)(?![\w'])"""
)
# "...have a right to know what happens at my hospital after 8pm": an insinuation is a disclosure too.
_WHAT_GOES_ON = _cues.cue(r"\s+what\s+(?:really\s+)?(?:happens|goes\s+on|went\s+on|is\s+going\s+on|happened|is\s+happening)")
# Workplace wrongdoing: what turns "I'm speaking out" into a disclosure about work.
_WORKPLACE = _cues.cue(
    r"""(?<![\w'])(?:unsafe|staffing|short[\s-]staffed|understaffed|under-staffed|cover(?:ing)?[\s-]?up
    |covered\s+up|swept\s+under|negligen(?:ce|t)|neglect(?:ed)?|malpractice|fraud|wrongdoing
    |falsif(?:y|ied|ying)|my\s+(?:ward|trust|hospital|unit|department|employer|manager|team|practice)
    |(?:our|this)\s+(?:ward|trust|hospital|unit|department|team|practice|icb)|management|bosses
      |senior\s+leaders?
    |patients\s+(?:are|were)\s+(?:dying|being\s+harmed|at\s+risk|being\s+neglected|left)
    |bullying\s+culture|toxic\s+culture|my\s+organisation|at\s+work|(?:the\s+)?(?:people|ones|person)\s+at\s+the\s+top
    |higher[\s-]ups|put\s+at\s+risk|(?:our|the)\s+committee|internally|at\s+my\s+(?:work|job|place)
    |leadership(?:\s+(?:here|team))?|someone\s+inside
    |behind\s+closed\s+doors|the\s+(?:trust|icb|board)|directors|execs)(?![\w'])"""
)


@cache
def _breaking_silence() -> tuple[object, object]:
    """The writer saying they will be quiet no longer, and that the public must be told."""
    silence = _cues.cue(
        r"""(?<![\w'])(?:(?:i|i'm|i\s+am|i'll|i\s+will)\s+(?:won't|will\s+not|can't|cannot|can\s+no\s+longer
          |refuse\s+to|am\s+not\s+going\s+to|not\s+going\s+to|(?:am\s+)?not\s+(?:prepared|willing)\s+to)|(?:i'm|i\s+am)\s+(?:done|finished|through))
          \s+(?:\w+\s+)?(?:stay(?:ing)?|keep(?:ing)?|be(?:ing)?|remain(?:ing)?)\s+(?:quiet|silent)
        |(?<![\w'])(?:break(?:ing)?|broke)\s+my\s+silence
        |(?<![\w'])(?:someone|somebody)\s+(?:inside\s+|here\s+|in\s+\w+\s+)?(?:has|needs|had)\s+to\s+say\s+it
        |(?<![\w'])i\s+know\s+(?:because|cos|coz)\s+i\s+(?:was\s+there|saw\s+it|work\s+there)
        |(?<![\w'])(?:i've|i\s+have|i\s+kept|i've\s+kept|i\s+still\s+have)\s+(?:got\s+)?(?:the|all\s+the|copies\s+of\s+the)
          \s+(?:emails|evidence|proof|receipts|screenshots|paperwork|documents)
        |(?<![\w'])(?P<here>(?:i'm|i\s+am|i'll)\s+(?:saying|putting|posting|writing)\s+(?:it|this)
          \s+(?:here|publicly|in\s+public|on\s+here|online))(?![\w'])"""
    )
    # "The public deserve to know how their NHS is performing" is transparency, not a leak.
    public = _cues.cue(
        r"""(?<![\w'])(?:(?:the\s+public|people|everyone|patients|the\s+world|someone|somebody|you\s+lot|you\s+all
          |you\s+guys|y'all)\s+(?:deserves?|needs?
          |should|ought|has\s+a\s+right|have\s+a\s+right|has|have)\s+to\s+(?:know|see|hear)
          (?!\s+(?:how\s+(?:their|to|we)|about\s+(?:our|the|this)\s+(?:services?|plans?|changes?|consultation)))
        |time\s+(?:the\s+public|people|everyone|the\s+world|you\s+all)\s+(?:knew|saw|heard|found\s+out
          |learned|learnt))(?![\w'])"""
    )
    return silence, public


@cache
def _disclosures() -> tuple[object, object, object]:
    speaker = r"""(?:i'm|i\s+am|i've|i\s+have|i\s+will|i'll|i\s+need\s+to|i\s+have\s+to|i\s+must
      |time\s+to|decided\s+to|no\s+choice\s+but\s+to|forced\s+to|going\s+to|about\s+to
      |i\s+want\s+to|this\s+is\s+me|might\s+(?:have\s+to|need\s+to)?|may\s+have\s+to|gonna)"""
    # Unmistakable: the writer says they are whistleblowing or going public.
    whistle = _cues.cue(
        rf"""(?<![\w']){speaker}\s+(?:[\w']+\s+){{0,2}}?(?:blow(?:ing)?\s+the\s+whistle
        |whistle-?blow(?:ing)?|go(?:ing)?\s+public|go(?:ing)?\s+to\s+the\s+(?:papers|press|media)
        |(?:tell|telling|ring|ringing|email|emailing|contact|contacting)\s+(?:\w+\s+){{0,4}}?(?:the\s+)?(?:papers|press
          |media|journalists?|bbc|guardian|telegraph|daily\s+mail|mirror|private\s+eye|panorama)
        |nam(?:e|ing)\s+and\s+sham(?:e|ing))(?![\w])
        |(?<![\w'])(?:i'm|i\s+am|as)\s+(?:a|the)\s+whistle-?blower(?![\w])
        # "Whistleblower here.", "whistleblower, AMA": introducing oneself by the role
        |(?:\A|(?<=[.!?]\s)|(?<=\n))whistle-?blower\s*(?:here|,\s*(?:ama|ask\s+me))(?![\w])
        # "Emailing the Guardian tonight with everything": the writer, without saying "I"
        |(?:\A|(?<=[.!?]\s)|(?<=\n))(?P<press>(?:telling|ringing|emailing|contacting|messaging|tipping\s+off)\s+(?:\w+\s+){{0,3}}?
          (?:the\s+)?(?:papers|press|media|journalists?|bbc|guardian|telegraph|daily\s+mail|mirror|private\s+eye|panorama))
          (?![\w'])
        # "time to expose what goes on", "spill the tea on what went on at the board seminar"
        |(?<![\w'])(?:expos(?:e|ing)|spill(?:ing)?\s+the\s+(?:tea|beans)\s+on|lift(?:ing)?\s+the\s+lid\s+on)
          \s+what\s+(?:really\s+)?(?:happens|goes\s+on|is\s+going\s+on|went\s+on|happened)(?![\w])"""
    )
    # Needs a workplace-wrongdoing cue: "I'm speaking out about my breast cancer" is fine.
    speak_out = _cues.cue(
        rf"""(?<![\w']){speaker}\s+(?:[\w']+\s+){{0,2}}?(?:speak(?:ing)?\s+out|expos(?:e|ing)
        |lift(?:ing)?\s+the\s+lid|spill(?:ing)?\s+the\s+(?:beans|tea)|tell(?:ing)?\s+(?:the\s+public
        |everyone|the\s+world|you\s+all)|shar(?:e|ing)\s+what's\s+really)(?![\w])
        |(?:the\s+public|people|you)\s+(?:deserves?|need|needs|have\s+a\s+right)\s+to\s+know
        \s+what's\s+(?:really\s+)?(?:going\s+on|happening)
        |what's\s+really\s+(?:going\s+on|happening)\s+(?:at|on|in|inside|behind)\s+(?:my|our|the|this)"""
    )
    # "I raised concerns and nothing was done": the post is the concern, raised in public.
    ignored = _cues.cue(
        r"""(?<![\w'])(?:i|we)(?:'ve|\s+have|\s+had|'d)?\s+(?:\w+\s+)?(?:raised|reported|flagged
        |escalated|whistle-?blew)\s+(?:my\s+|our\s+|these\s+|the\s+|this\s+|it\s+|them\s+)?
        (?:\w+\s+){0,2}?(?:concerns?|issues?|problems?|incidents?|failings|failures|errors|mistakes|bullying
          |fraud|wrongdoing|it|this|them)(?![\w])
        (?P<rest>[^.!?\n]*(?:[.!?\n]+[^.!?\n]*)?)"""
    )
    return whistle, speak_out, ignored


# A concern raised at work, in any words.
_RAISED = _cues.cue(
    r"""(?<![\w'])(?:raised?|raising|reported|reporting|flagged|flagging|escalated|escalating
    |complained|spoke\s+up|speak\s+up|speaking\s+up|said\s+something|tried\s+to\s+tell|concerns?
    |told\s+(?:my\s+manager|management|them|hr|the\s+board|matron|my\s+boss|my\s+line\s+manager)
    |datix(?:ed|es)?|incident\s+forms?)(?![\w'])"""
)
_WE_OR_I = _cues.cue(r"(?<![\w'])(?:i|i've|i'm|i'd|we|we've|we're|my|our)(?![\w'])")
# A thread of posts telling a story from work ("🧵 1/8", "A thread:").
_THREAD = _cues.cue(r"""\U0001f9f5|(?<![\w'])(?:a\s+)?thread\s*(?::|\(|1/|-)|(?<![\w/])1/\d+(?![\w/])""")
# A thread about what the writer saw at work: "what I saw at HSSIB and why I couldn't stay" (not
# "a thread on my time at the trust: 30 years of nursing").
_WHAT_I_SAW = _cues.cue(
    r"""(?<![\w'])(?:what\s+i\s+(?:saw|witnessed|found|experienced)|why\s+i\s+(?:left|quit|resigned|couldn't\s+stay
    |could\s+not\s+stay|walked\s+out))(?![\w'])"""
)
# Reporting what an investigation found is not a disclosure by the writer.
_REPORTED_FINDING = _cues.cue(
    r"""(?<![\w'])(?:found|finds|finding|findings|investigation|inquiry|review|survey|told\s+us
    |(?:our|this|the|new|latest|national)\s+(?:\w+\s+)?report|recommendations?|learning|alleged
      |allegations?|claims?|claimed|denies|denied|court|tribunal\s+heard)(?![\w'])"""
)
# Alleging wrongdoing at work in public: figures fiddled, incidents covered up.
_ALLEGATION = _cues.cue(
    r"""(?<![\w'])(?:(?:(?:management|managers|bosses|the\s+(?:trust|board|hospital|icb|execs?|directors?)
      |my\s+(?:trust|employer|manager|boss)|our\s+(?:trust|managers?|bosses|board)|they
      |senior\s+(?:leaders?|management))\s+(?:are|is|have\s+been|has\s+been|were|was|keep)
      |they're|they've\s+been)\s+
      (?:\w+\s+)?(?:fiddling|cooking|massaging|falsifying|fudging|hiding|covering\s+(?:\w+\s+)?up
      |burying|lying\s+about|manipulating|rigging|doctoring|sitting\s+on|sweeping)
    |(?:the\s+|our\s+|their\s+)?(?:waiting\s+(?:list|times?)\s+|safety\s+|staffing\s+)?(?:figures|data
      |numbers|stats|statistics|records|rotas?|incident\s+reports?|datix(?:es)?|deaths|errors
      |complaints|hours|targets)(?:(?:\s+(?:that|which))?\s+(?:we|they|i|the\s+trust|management)(?:\s+[\w']+){1,4}?)?
      \s+(?:are|were|have\s+been|has\s+been|had\s+been|get|got|being)\s+
      (?:being\s+)?(?:\w+\s+)?(?:fiddled|fudged|massaged|cooked|falsified|hidden|covered\s+up
      |manipulated|doctored|buried|swept\s+under|altered|rigged)
    |(?:fiddl|fudg|massag|cook|rigg|gam|manipulat|falsif|doctor)\w*\s+(?:the\s+|our\s+|their\s+|its\s+)?
      (?:waiting[\s-]list\s+|waiting[\s-]times?\s+|a&e\s+|safety\s+|staffing\s+|performance\s+|cancer\s+)?
      (?:figures|numbers|books|stats|statistics|data|waiting\s+lists?|targets|records|rotas?|results|returns)
    |(?:leaning\s+on|lean\s+on|pressur(?:ing|ising|izing|e)|forcing|force)\s+(?:\w+\s+){1,2}?(?:to|into)
      \s+(?:sign(?:ing)?\s+(?:things\s+)?off|approv|falsif|ignor|skip|rush|alter|hid|delet|keep(?:ing)?\s+quiet|backdat
      |cut(?:ting)?\s+corners|pass(?:ing)?|wave\s+through|push\s+through|tick|close|downgrade|reclassify|bury|not\s+report)\w*
    |(?:are|were|being|been|was|am|is)\s+(?:being\s+)?(?:pressured|pressurised|pressurized|forced|leant\s+on
      |leaned\s+on|bullied|told)\s+(?:\w+\s+)?(?:to|into)\s+(?:sign(?:ing)?\s+(?:things\s+)?off|approv
      |falsif|skip|rush|alter|hid|delet|keep(?:ing)?\s+quiet|backdat|cut(?:ting)?\s+corners)\w*
    |(?:deaths|incidents|errors|never\s+events|falls|complaints|concerns|cases|mistakes)\s+(?:[\w']+\s+){0,4}?(?:were|was
      |have\s+been|has\s+been|are|is|get|got)\s+(?:never|not)\s+(?:properly\s+|even\s+)?(?:reported|investigated|declared
      |recorded|logged|escalated)
    |should\s+never\s+have\s+been\s+(?:approved|signed\s+off|allowed|passed|discharged)
    |(?:told|informed|warned)\s+(?:nobody|no\s+one|no-one|noone)
    |(?:kept|keeping|keep)\s+(?:it|this|that)\s+(?:quiet|hidden|secret|under\s+wraps)|hush(?:ed|ing)\s+(?:it\s+)?up
    |never\s+(?:told|informed)\s+(?:the\s+)?(?:patients|families|anyone|the\s+public|the\s+ico|the\s+cqc)
    |(?:is|are|been|keep|kept|was|were)\s+cutting\s+corners
    |(?:covered|hushed|swept)\s+up\s+what\s+(?:happened|went\s+on|they\s+did)|covered\s+(?:it|this|that|things|everything)\s+up
    |(?:management|managers|they|the\s+board|bosses|senior\s+leaders|the\s+trust|the\s+execs?)\s+(?:know|knew)
      \s+(?:full\s+well|all\s+about\s+it|exactly\s+what|perfectly\s+well|it\s+all)
    |(?:are|were|being|been|was|am|is|we're|i'm)\s+(?:being\s+)?(?:told|pushed|pressured|forced)\s+to\s+(?:hit|meet|chase)
      \s+(?:the\s+|our\s+|their\s+)?targets?
    |(?:reports?|concerns?|datix(?:es)?|findings|recommendations)\s+(?:[\w']+\s+){0,5}?(?:has|have|had|were|was
      |get|gets|got)\s+(?:been\s+)?(?:quietly\s+|just\s+|all\s+|conveniently\s+|simply\s+)?(?:binned|shelved
      |buried|quashed|suppressed|deleted|watered\s+down|binned\s+off)
    |(?:there's|there\s+is|it's|this\s+is)\s+(?:a\s+)?(?:massive\s+|huge\s+|total\s+|complete\s+)?
      cover[\s-]?up
    |cover(?:ing)?[\s-]up\s+(?:at|on|in)\s+(?:my|our|the|this)\s+(?:ward|trust|hospital|unit|department
      |practice|icb))(?![\w'])"""
)

_OUTCOME_IGNORED = _cues.cue(
    r"""nothing\s+(?:ever\s+)?(?:was\s+|has\s+been\s+|got\s+|has\s+|gets\s+)?(?:done|happened|happens|changed
      |changes)
    |(?:no\s+one|nobody|no-one)\s+(?:ever\s+)?(?:listened|listens|is\s+listening|cares|cared|did\s+anything
      |does\s+anything|took\s+(?:it|me|us)\s+seriously|takes\s+(?:it|me|us)\s+seriously|hears\s+us)
    |never\s+(?:listen|listens|listened|act|acts|acted)|ignored|brushed\s+(?:off|aside)
      |swept\s+under|fell\s+on\s+deaf\s+ears
    |no\s+(?:response|action|reply)|dismissed|covered\s+(?:it\s+)?up|buried|fobbed\s+off
    |didn't\s+(?:listen|care|do\s+anything)|won't\s+listen|refused\s+to\s+(?:listen|act)
    |got\s+(?:me|us)\s+nowhere|went\s+nowhere|led\s+nowhere|did\s+(?:absolutely\s+)?nothing
    |still\s+(?:happening|going\s+on|being\s+(?:sent|used|reported|signed|done))
    |make\s+of\s+that\s+what\s+you\s+will|draw\s+your\s+own\s+conclusions
    # what happened to the writer for raising it
    |managed\s+out|pushed\s+out|forced\s+out|sidelined|isolated|demoted|punished|victimi[sz]ed|(?:lost|losing)\s+my\s+job"""
)


def _wb001_needs() -> list:
    whistle, speak_out, ignored = _disclosures()
    silence, public = _breaking_silence()
    return [whistle, speak_out, silence, public, (ignored, _OUTCOME_IGNORED), (_RAISED, _OUTCOME_IGNORED),
            _ALLEGATION, _THREAD]


@rule(
    "WB001",
    "whistleblowing-online",
    triggers=generated("WB001"),
    needs=_wb001_needs,
    category="whistleblowing",
    severity="error",
    message="Raises a concern about work in public instead of through the proper channels",
    suggestion=(
        "Raise concerns through your line manager or the Freedom to Speak Up Guardian, not on"
        " social media."
    ),
)
def whistleblowing_online(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds concerns about work raised in the post itself. Examples: "I'm blowing the whistle
    on...", "time to go public", "I'm speaking out about staffing on our ward", "I won't stay
    quiet any longer", "nobody at work will listen, so I'm putting it here", "the public
    deserve to know what's really going on", "time to expose what goes on in our meetings",
    "we're being pressured to sign things off", "every safety report I write gets binned",
    "deaths on my unit were never reported, I've got the emails", and "I raised concerns and
    nothing was done". A post
    promoting Speak Up Month, the Freedom to Speak Up Guardian or how to raise a concern, what
    an investigation found, transparency ("the public deserve to know how their NHS is
    performing, so we publish...") and personal stories without wrongdoing ("I'm speaking out
    about my cancer") are fine.

    Why is this bad?
    ----------------
    Concerns raised on social media bypass the people who can investigate and act, may identify
    patients and colleagues, and lose the legal protection the proper routes give.

    Example
    -------
    Flagged: "I raised concerns about staffing on our ward months ago. Nobody listened."
    Fine: "It's Speak Up Month: worried about something at work? Talk to our Freedom to Speak Up
    Guardian."

    Policy
    ------
    HSSIB005 §4.8 Raising concerns and whistleblowing ("Do not use social media to
    'whistleblow'. Concerns should only be raised through the proper HSSIB channels"); HRA §3.1
    ("don't use social media to 'whistle blow' without already having raised concerns through
    the proper channels ... via the HRA's Freedom to Speak up Guardian"); BNSSG 28 §12 (Freedom
    to speak up policy); Tavistock and Portman "Raising a concern" (Freedom to Speak Up
    Guardian); HEE principle 3 (no disclosure of official information without authority).
    """
    # Quoted words are someone else's (a guardian's story in an official post).
    body = _cues.without_quotes(_cues.text(draft))
    if not _cues.mentions(body, _DISCLOSURE_WORDS):
        return
    official = _cues.official_account(draft)
    names = phrases.literal_list(tuple(name.lower() for name in ctx.names))
    wrongdoing = bool(
        _WORKPLACE.search(body)
        or (names and names.search(body))
        or _own_workplace_alleged(body)
    )
    found = list(_said_outright(body, wrongdoing, official))
    yield from found
    if official or _CHANNELS.search(body):
        return
    if not found:
        yield from _ignored_anywhere(body, wrongdoing)
    yield from _allegations(body, wrongdoing)
    thread = _THREAD.search(body)
    if thread and not found and wrongdoing and (
        _RAISED.search(body) or _alleges(body) or _WHAT_I_SAW.search(body)
    ):
        yield Hit(thread.start(), thread.end())


# Cheap gate for WB001: every shape of disclosure needs one of these words.
_DISCLOSURE_WORDS = (
    "whistle", "public", "shame", "papers", "press", "media", "speak", "expos", "lid", "beans",
    "tell", "know what",
    "really going", "really happening", "raise", "raising", "report", "flag", "escalat", "complain",
    "spoke up", "said something", "concern", "told", "datix", "incident form", "listen", "ignored",
    "fiddl", "fudg", "massag", "cook", "rigg", "gaming", "manipulat", "falsif", "doctored",
    "doctoring", "hiding", "covering", "cover", "burying", "buried", "lying about", "sitting on",
    "sweeping", "swept", "thread", "\U0001f9f5", "1/", "quiet", "silent", "silence", "saying",
    "putting", "posting", "writing", "to know", "to see", "to hear", "knew",
    "found out", "leaning", "pressur", "forc", "binned", "shelved", "quashed", "suppressed",
    "deleted", "watered", "nowhere", "did nothing", "still", "make of that", "conclusions", "say it",
    "emails", "evidence", "proof", "receipts", "screenshots", "paperwork", "documents", "goes on",
    "happens", "never", "targets", "closed doors", "spill", "corners", "full well", "told nobody",
    "told no", "kept it", "keep it", "hush", "i know because", "i know cos", "went on", "happened",
    "managed out", "pushed out", "forced out", "sidelined", "isolated", "demoted", "punished",
    "victimi", "lost my job", "failings", "failures", "journalist", "bbc", "guardian", "telegraph",
    "daily mail", "mirror", "private eye", "panorama", "what i saw", "what i witnessed", "why i",
    "hushed", "pass", "telling", "ringing", "emailing", "contacting", "messaging", "tipping",
)


# Words each disclosure pattern cannot match without (tests/lint/rules/test_whistleblowing.py
# proves it with triggers.requirement): a substring test in C skips a pattern that starts with a
# look-behind and so is tried at every character of the post.
_WHISTLE_WORDS = (
    "whistle", "public", "papers", "press", "media", "journalist", "bbc", "guardian", "telegraph",
    "daily", "mirror", "private", "panorama", "sham", "expos", "spill", "lift",
)
_SPEAK_OUT_WORDS = ("speak", "expos", "lift", "spill", "tell", "shar", "know", "really")
_SILENCE_WORDS = (
    "quiet", "silen", "say", "know", "email", "evidence", "proof", "receipt", "screenshot", "paperwork",
    "document", "putting", "posting", "writing",
)
_IGNORED_WORDS = ("raised", "reported", "flagged", "escalated", "blew")
_ALLEGATION_WORDS = (
    "fiddl", "cook", "massag", "falsif", "fudg", "hid", "cover", "bur", "lying", "manipulat", "rigg",
    "doctor", "sitting", "sweep", "swept", "alter", "gam", "lean", "pressur", "forc", "bullied", "told",
    "reported", "investigated", "declared", "recorded", "logged", "escalated", "should", "informed",
    "warned", "kept", "keep", "hush", "cutting", "know", "knew", "pushed", "binned", "shelved", "quashed",
    "suppressed", "deleted", "watered",
)


def _finditer(pattern, body: str, words: tuple[str, ...]) -> list:
    """Matches of `pattern`, skipping the search when `body` lacks every word it needs."""
    return list(pattern.finditer(body)) if _cues.mentions(body, words) else []


def _alleges(body: str) -> bool:
    return _cues.mentions(body, _ALLEGATION_WORDS) and bool(_ALLEGATION.search(body))


def _said_outright(body: str, wrongdoing: bool, official: bool) -> Iterable[Hit]:
    """"I'm blowing the whistle", "I'm speaking out about our ward", "I raised it; nothing"."""
    whistle, speak_out, ignored = _disclosures()
    for match in _finditer(whistle, body, _WHISTLE_WORDS):
        if match.groupdict().get("press") and (
            _asks_or_points_to_press_office(body, match.start()) or not _tells_all(body, match.start())
        ):
            continue  # "Contacting the media? Our press office can help."; "Telling the BBC about our new centre"
        if _PUBLIC_ONLY.search(match.group(0)) and not (wrongdoing or _unheard(body, match.start())):
            continue  # "I'm going public with my marathon goal": going public with no concern at work
        if not _promotes_channels(body, match.start()):
            yield Hit(match.start(), match.end())
    if wrongdoing:
        spoken = _finditer(speak_out, body, _SPEAK_OUT_WORDS)
        for match in spoken:
            if not _promotes_channels(body, match.start()):
                yield Hit(match.start(), match.end())
        said = [(m.start(), m.end()) for m in spoken]
        silence, public = _breaking_silence()
        # "people deserve to know" about a newsletter item is a leak (confidential), not a concern:
        # the public must be told of wrongdoing for it to be whistleblowing.
        told = [] if official else [
            m for m in public.finditer(body) if _WRONGDOING.search(body) or _WHAT_GOES_ON.compiled.match(body, m.end())
        ]
        for match in [*_finditer(silence, body, _SILENCE_WORDS), *told]:
            if "say it" in match.group(0) and not _alleges_wrong(body):
                continue  # "Someone has to say it: our admin team are the best in the trust"
            if any(start < match.end() and match.start() < end for start, end in said):
                continue  # "the public deserve to know what's really going on" is one finding
            if match.groupdict().get("here") and not _unheard(body, match.start()):
                continue  # "I'm posting this here because I'm proud of my team"
            if not _promotes_channels(body, match.start()):
                yield Hit(match.start(), match.end())
    for match in _finditer(ignored, body, _IGNORED_WORDS):
        if official and match.group(0).startswith("we"):
            continue  # the organisation reporting its own escalation, e.g. an HSSIB finding
        if _OUTCOME_IGNORED.search(match.group("rest")) and not _promotes_channels(body, match.start()):
            yield Hit(match.start(), match.start() + len(match.group(0)) - len(match.group("rest")))


def _alleges_wrong(body: str) -> bool:
    """Any wrongdoing at all: "someone has to say it" then tells something, not praise."""
    return bool(
        _WRONGDOING.search(body) or _alleges(body) or _WRONG_HARD.search(body) or _WRONG_SOFT.search(body)
        or _OUTCOME_IGNORED.search(body) or _NOT_HEARD.search(body)
    )


# "Going public" is whistleblowing only about work; "blowing the whistle" always is.
_PUBLIC_ONLY = _cues.cue(r"go(?:ing)?\s+public")
# Why a post is the writer's last resort: "nobody at work will listen, so I'm putting it here".
_NOT_HEARD = _cues.cue(
    r"""(?<![\w'])(?:nobody|no\s+one|no-one|won't\s+listen|will\s+not\s+listen|got\s+(?:me|us)\s+nowhere
    |went\s+nowhere|internally|ignored|didn't\s+listen|(?:nothing|not\s+a\s+thing)\s+(?:was\s+|gets\s+|has\s+been\s+)?done
    |(?:hr|management|my\s+manager)\s+(?:won't|will\s+not|did\s+nothing|didn't))(?![\w'])"""
)


def _unheard(body: str, offset: int) -> bool:
    first, last = _cues.sentence_around(body, offset)
    return bool(_NOT_HEARD.search(body[first:last]))


def _own_workplace_alleged(body: str) -> bool:
    """"The figures we report to the board are fiddled": wrongdoing where the writer works."""
    for match in _finditer(_ALLEGATION, body, _ALLEGATION_WORDS):
        first, last = _cues.sentence_around(body, match.start())
        if _WE_OR_I.search(body[first:last]) and not _cues.without_quotes(body[first:last]).rstrip().endswith("?"):
            return True
    return False


def _allegations(body: str, wrongdoing: bool) -> Iterable[Hit]:
    """Wrongdoing at work alleged in public: "they're fiddling the figures on my ward"."""
    if not wrongdoing:
        return
    for match in _finditer(_ALLEGATION, body, _ALLEGATION_WORDS):
        if not _reports_a_finding(body, match.start()):
            yield Hit(match.start(), match.end())


# What a leak promises: "with everything", "the whole story", "what really goes on".
_EVERYTHING = _cues.cue(
    r"""(?<![\w'])(?:everything|all\s+about\s+(?:it|this|what)|the\s+(?:whole\s+|real\s+)?(?:truth|story)|what\s+(?:really\s+)?
    (?:happens|goes\s+on|went\s+on|happened)|how\s+this\s+place|names)(?![\w'])"""
)
_PRESS_OFFICE = _cues.cue(r"press\s+office|communications\s+team|comms\s+team|media\s+team|media\s+enquiries")


def _tells_all(body: str, offset: int) -> bool:
    first, last = _cues.sentence_around(body, offset)
    return bool(_EVERYTHING.search(body[first:last]))


def _asks_or_points_to_press_office(body: str, offset: int) -> bool:
    first, last = _cues.sentence_around(body, offset)
    return body[first:last].rstrip().endswith("?") or bool(_PRESS_OFFICE.search(body))


def _promotes_channels(body: str, offset: int) -> bool:
    first, last = _cues.sentence_around(body, offset)
    return bool(_CHANNELS.search(body[first:last]))


def _reports_a_finding(body: str, offset: int) -> bool:
    first, last = _cues.sentence_around(body, offset)
    return bool(_REPORTED_FINDING.search(body[first:last]))


def _ignored_anywhere(body: str, wrongdoing: bool) -> Iterable[Hit]:
    """A short post that says concerns were raised at work and ignored, in any order:
    "Nobody listens when we raise safety concerns on our ward." """
    if not (wrongdoing and _RAISED.search(body) and _WE_OR_I.search(body)):
        return
    for match in _OUTCOME_IGNORED.finditer(body):
        if _reports_a_finding(body, match.start()):
            continue
        yield Hit(match.start(), match.end())
        return


# Who a grievance is against: "my line manager", "the programme lead", "my deanery"; not family,
# friends or school ("I was bullied by my classmates" is a story, not a grievance at work).
_AGENT = r"""(?!(?:\w+\s+)?(?:school|classmates?|class|peers?|siblings?|brothers?|sisters?|ex|partner|husband|wife
  |dad|mum|mom|father|mother|parents|family|friends?|teachers?|kids|children|neighbours?)(?![\w']))(?:[\w-]+\s+)?
  (?!(?:and|or|but|for|since|at|in|on|of|who|because|so|to|with|over|about|is|was|has|have|all|every|again)(?![\w']))
  [\w-]+(?![\w'])"""
_GRIEVANCE = _cues.cue(
    rf"""(?<![\w'])(?:my|our)\s+(?:formal\s+)?(?:grievance|disciplinary(?:\s+hearing)?
      |(?:employment\s+)?tribunal|suspension|dismissal)(?![\w])
      (?!\s+(?:(?:and|&)\s+\w+\s+|[\w-]+\s+)?(?:policy|policies|procedures?|process(?:es)?|guidance|training
        |team|panel|framework|representation|services?|support|advice|toolkit|forms?|page|officers?|leads?
        |helpline|rights))
    |(?<![\w'])(?:i'm|i\s+am|i've\s+been|i\s+have\s+been|i\s+was|i\s+got|i'm\s+being|i\s+am\s+being)
      \s+(?:being\s+)?(?:bullied|harassed|victimi[sz]ed|discriminated\s+against|treated\s+(?:so\s+)?
      (?:unfairly|appallingly|terribly|badly|like\s+\w+)|suspended|sacked|pushed\s+out|forced\s+out
      |managed\s+out|gaslit|scapegoated)
      \s+(?:at\s+work|by\s+(?:my|the|our)\s+{_AGENT}|by\s+management)
    # "Being bullied by my programme lead for a year": the writer, without saying "I"
    |(?<![\w'])(?:of|after|from|since|and)\s+being\s+(?:bullied|harassed|victimi[sz]ed|gaslit|scapegoated)\s+by\s+(?:my|the|our)
      \s+{_AGENT}
    |(?:\A|(?<=[.!?]\s)|(?<=\n))(?:still\s+)?(?:being\s+)?(?:bullied|harassed|victimi[sz]ed|gaslit|scapegoated
      |managed\s+out|pushed\s+out|forced\s+out)\s+by\s+(?:my|the|our)\s+{_AGENT}
    # "Six months since I was suspended"; not "I was suspended from school at 15"
    |(?<![\w'])(?:since|after|because|when|now\s+that)\s+(?:i|i've|i\s+have)\s+(?:was|been|got)\s+(?:suspended
      |sacked|dismissed|disciplined|put\s+on\s+(?:a\s+)?(?:performance|capability)\s+(?:plan|review))
      (?!\s+(?:from|at)\s+(?:school|college|uni|university|the\s+(?:team|club|squad)))
    |(?<![\w'])(?:went|been|gone|going)\s+to\s+hr\s+(?:\w+\s+)?(?:about|over|twice|three\s+times|again)
    |(?<![\w'])(?:complained|reported\s+(?:him|her|them|it))\s+to\s+hr
    |(?<![\w'])my\s+(?:formal\s+)?complaint\s+(?:about|against)\s+(?:my|the|our|a)\s+(?:\w+\s+)?(?:supervisor|manager|boss
      |consultant|colleague|lead|director|matron|registrar|trainer|deanery|hr|employer|trust|team)
    |(?<![\w'])hr\s+(?:closed|ignored|dismissed|binned|did\s+nothing|sided\s+with|won't|refused)
    |(?<![\w'])(?:tribunal\s+here\s+(?:i|we)\s+come|see\s+(?:you|them)\s+(?:at|in)\s+(?:the\s+)?tribunal
      |(?:going|heading|off)\s+to\s+(?:an?\s+)?(?:employment\s+)?tribunal)
    |(?<![\w'])(?:raising|raised|filed|lodged|put\s+in|submitted|taking\s+out|taken\s+out)
      \s+a\s+(?:formal\s+)?grievance
    |(?<![\w'])(?:taking|take|suing|sue)\s+(?:my\s+employer|the\s+trust|the\s+icb|them|my\s+trust)
      \s+to\s+(?:an?\s+)?(?:employment\s+)?tribunal
    |(?<![\w'])my\s+employer\s+(?:has|have|is|are|just|still)\s+(?:\w+\s+){{0,2}}?(?:treated\s+(?:me|us)
        \s+(?:so\s+)?(?:badly|appallingly|terribly|unfairly|like\s+(?:dirt|rubbish|a\s+criminal))|failed|ignored
      |lied|bullied|screwed|betrayed|abandoned|(?:won't|will\s+not|refuses?\s+to|refused\s+to)\s+(?:tell|explain
        |say|listen|answer|respond))(?![\w])"""
)


_GRIEVANCE_WORDS = (
    "grievance", "disciplinary", "tribunal", "suspension", "dismissal", "bullied", "harassed",
    "victimi", "discriminated", "treated", "suspended", "sacked", "pushed out", "forced out", "hr",
    "managed out", "gaslit", "scapegoat", "employer", "complaint",
)


@rule(
    "WB002",
    "grievance-online",
    triggers=generated("WB002"),
    needs=lambda: [_GRIEVANCE],
    category="whistleblowing",
    severity="warning",
    message="Airs a grievance with the employer on social media",
    suggestion="Take grievances through HR and the grievance procedure, or the Freedom to Speak Up Guardian.",
)
def grievance_online(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds a member of staff's own grievance aired online. Examples: "my grievance", "I'm being
    bullied by my manager", "still being bullied by my supervisor", "six months since I was
    suspended", "went to HR twice about my manager", "I've put in a formal grievance", "taking my
    employer to tribunal", "my employer won't tell me why". Posts about the grievance and
    disciplinary policies, advice to others ("being bullied at work? talk to us"), stories of
    kindness ("my employer treated me with real kindness") and Speak Up stories that point to
    the proper channels are fine.

    Why is this bad?
    ----------------
    A grievance discussed in public cannot be handled fairly, may identify colleagues and can
    bring the organisation into disrepute; the procedures exist to resolve it.

    Example
    -------
    Flagged: "Day 40 of my suspension and HR still haven't told me why."
    Fine: "Our updated grievance policy is on the intranet; HR can answer questions."

    Policy
    ------
    Tavistock and Portman "Raising a concern" ("Any grievance with the Trust should be channelled
    through procedures and policies already in place and dealt with in the work environment, and
    not displayed or discussed via social media"); HSSIB005 §4.6 and §4.8 (speak to a manager;
    raise concerns through proper channels); HRA §3.1; BNSSG 28 §6 (bringing the organisation
    into disrepute).
    """
    body = _cues.without_quotes(_cues.text(draft))
    if not _cues.mentions(body, _GRIEVANCE_WORDS) or _CHANNELS.search(body):
        return
    for match in _GRIEVANCE.finditer(body):
        yield Hit(match.start(), match.end())


# --- WB003: a disclosure recognised by its shape -------------------------------------------------
#
# People blow the whistle in endless wordings, so WB003 reads the shape rather than a phrase:
# the writer's own workplace (who), wrongdoing there (what) and, for softer words, a sign that the
# post is meant as the disclosure (why here). Each part is a word family kept as data below;
# add synonyms there, not sentence-shaped patterns.

# Records and findings that wrongdoing is done *to*: "deleted the incident reports".
_RECORDS = r"""(?:(?:the|our|their|its|my|all|any|some|these|those|his|her)\s+)?(?:[\w-]+\s+){0,2}?
  (?:figures|numbers|data|stats|statistics|records|notes|reports?|datix(?:es)?|emails|e-mails|evidence
  |findings|concerns|complaints|consent\s+forms|forms|results|rotas?|timesheets|books|audits?
  |waiting\s+lists?|targets|minutes|paperwork|documents|files|returns|incidents|warnings|safety\s+reports?
  |serious\s+incidents|never\s+events|investigations?)"""

# Concealment and dishonesty at work: unmistakable once the workplace is the writer's own.
_CONCEALED = (
    r"cover-?ups?", r"covered\s+(?:[\w']+\s+){0,2}?up", r"covering\s+(?:[\w']+\s+){0,2}?up",
    r"hush(?:ed|ing)\s+(?:[\w']+\s+)?up", r"swept\s+under\s+the\s+(?:carpet|rug)",
    r"(?:kept|keeping|keep)\s+(?:it|this|that|things|everything)\s+(?:quiet|hidden|secret|under\s+wraps)",
    r"(?:buried|burying|bury|binned|shelved|suppress(?:ed|ing))\s+" + _RECORDS,
    r"(?:sat|sitting|sits)\s+on\s+" + _RECORDS,
    _RECORDS + r"\s+(?:get|gets|got|are|were|have\s+been|has\s+been|being)\s+(?:quietly\s+|just\s+)?(?:buried|binned|shelved"
    r"|suppressed|swept\s+under|lost|ignored)",
    r"(?:don't|doesn't|didn't)\s+want\s+(?:you|the\s+public|anyone|people|us|patients|families)\s+to\s+(?:know|see|read|hear)",
    r"(?:isn't|is\s+not|wasn't|was\s+not|aren't|weren't|never)\s+(?:in|on|made\s+it\s+(?:in)?to)\s+(?:any|the)\s+(?:board\s+papers?|minutes)",
    r"knew\s+(?:about\s+)?(?:[\w']+\s+){0,5}?and\s+did\s+nothing", r"watered[\s-]down", r"(?:turn(?:s|ed|ing)?|turns)\s+a\s+blind\s+eye",
    r"look(?:s|ed|ing)?\s+the\s+other\s+way", r"gagg(?:ed|ing)(?:\s+clauses?)?", r"silenced",
    r"(?:hiding|hid|hidden)\s+(?:from\s+(?:the\s+)?(?:regulators?|cqc|gmc|nmc|public|families|board|patients|inspectors)|" + _RECORDS + ")",
)
_FALSIFIED = (
    r"fiddl(?:e|ed|es|ing)", r"fudg(?:e|ed|es|ing)", r"cook(?:s|ed|ing)?\s+the\s+books",
    r"massag(?:e|ed|es|ing)\s+" + _RECORDS, r"falsif(?:y|ied|ies|ying|ication)",
    r"doctor(?:ed|ing)\s+" + _RECORDS, r"manipulat(?:e|ed|es|ing|ion)", r"rigg(?:ed|ing)",
    r"mis-?report(?:ed|ing|s)?", r"misrepresent(?:ed|ing|s)?", r"(?:quietly\s+)?reclassif(?:y|ied|ies|ying)",
    r"fraud(?:ulent|ulently|s)?", r"corrupt(?:ion|ed)?", r"embezzl(?:e|ed|ing|ement)", r"backhanders?",
    r"kickbacks?", r"(?:without|no)\s+(?:a\s+|any\s+)?(?:proper\s+)?(?:tender(?:ing)?|procurement|checks|due\s+diligence)",
    r"waved\s+through", r"massag(?:ed|ing)", r"cherry-?pick(?:ed|ing)", r"diverted", r"shred(?:ded|ding)?",
    r"quietly\s+(?:dropped|dropping|removed|changed|binned|buried|reclassified|shelved|deleted|narrowed|rewritten|edited|closed|downgraded)",
    # the motive: "narrowed so the trust looks better", "dropped so the figures look good"
    r"so\s+(?:that\s+)?(?:the\s+(?:trust|icb|board|figures|numbers|report)|they|management)\s+looks?\s+better",
    r"(?:skip|skipped|skipping)\s+(?:half\s+|most\s+|all\s+)?(?:of\s+)?(?:the\s+)?(?:checks|steps|safety\s+checks)",
    r"pretend(?:ing)?\s+otherwise", r"(?:nobody|no\s+one|no-one)\s+was\s+told", r"(?:do|does|did)\s+not\s+match\s+what",
    r"(?:don't|doesn't|didn't)\s+match\s+what",
    r"not\s+what\s+the\s+(?:evidence|findings|witnesses)\s+(?:said|showed)",
    r"why\s+(?:is\s+)?(?:nobody|no\s+one|no-one)\s+(?:is\s+)?asking", r"(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:a\s+)?(?:flat\s+|total\s+)?lie",
    r"protecting\s+(?:him|her|them)", r"rewr(?:itten|ote)", r"edited\s+(?:them|it)\s+afterwards", r"stinks",
    r"never\s+make\s+(?:it\s+)?(?:the|into)", r"(?:being|been)\s+fast-?tracked", r"rubber[\s-]?stamp(?:ed|ing)?", r"(?:delet|shredd?|alter|backdat)(?:e|ed|es|ing)\s+" + _RECORDS,
    r"" + _RECORDS + r"\s+(?:were|was|have\s+been|has\s+been|got|get|being)\s+(?:quietly\s+)?(?:altered|deleted|changed"
    r"|amended|edited|rewritten|backdated|shredded|lost)",
    r"not\s+the\s+real\s+(?:numbers|figures|data|stats|picture)", r"(?:are|is)\s+(?:pure\s+|complete\s+|total\s+)?fiction",
    r"(?:lied|lying|lies)\s+(?:about|to)", r"sign(?:s|ed|ing)?\s+off\s+(?:[\w']+\s+){1,3}?(?:they|we|he|she)\s+never",
    r"(?:told|asked|ordered|instructed)\s+(?:us|me|staff|them)\s+(?:exactly\s+)?(?:to\s+)?(?:delete|destroy|change|alter"
    r"|what\s+to\s+write|to\s+keep\s+quiet|to\s+say\s+nothing|to\s+drop\s+it|to\s+keep\s+(?:our|my)\s+heads?\s+down)",
)
# Harm and mistreatment: real wrongdoing, but also the everyday subject of NHS posts, so these
# need a sign that the post is the disclosure.
_HARMED = (
    r"unsafe", r"dangerous(?:ly)?", r"harmed", r"neglect(?:ed|ful)?", r"negligen(?:ce|t)", r"bull(?:y|ying|ied)",
    r"shouted\s+at", r"toxic", r"ignor(?:ed|ing)\s+(?:[\w']+\s+){0,2}?(?:warnings|concerns|complaints|us|me|it)",
    r"lost\s+(?:[\w']+\s+){0,2}?(?:consent|notes|records|samples)", r"sent\s+to\s+the\s+wrong", r"short[\s-]?staffed",
    r"understaffed", r"patients\s+(?:are|were|being)\s+(?:at\s+risk|harmed|dying|put\s+at\s+risk|left)",
    r"scandal(?:ous)?", r"disgrace(?:ful)?", r"illegal(?:ly)?", r"unlawful(?:ly)?", r"malpractice", r"wrongdoing",
    r"(?:keep|kept)\s+(?:our|my|their)\s+heads?\s+down", r"(?:are|were|is|was)\s+(?:being\s+)?hidden",
    r"without\s+(?:[\w']+\s+)?(?:assessments?|consent|checks|supervision|care\s+plans?|pain\s+relief)",
    r"someone(?:'s|s)?\s+(?:gonna|going\s+to)\s+die",
    r"(?:signed|waved)\s+(?:off\s+|through\s+)?by\s+(?:people|someone|managers)\s+who\s+(?:hadn't|had\s+not|never)\s+(?:even\s+)?read", r"sidelined", r"victimi[sz]ed",
    r"drunk", r"racist", r"(?:nobody|no\s+one)\s+supervises", r"absolute\s+joke", r"deserve\s+better", r"embarrass(?:ed|ing)",
    r"pressure\s+from\s+(?:above|the\s+top|management|senior\s+\w+)", r"what(?:'s|\s+is)\s+really\s+(?:going\s+on|happening)",
)
# The writer's own workplace, or themself as a witness at work.
_OWN_WORK = (
    r"where\s+i\s+work", r"i\s+work\s+(?:at|for|in|there|here|on)", r"i\s+worked\s+(?:at|for|in|there|on)",
    r"(?:my|our)\s+(?:ward|trust|team|unit|department|dept|service|manager|managers|boss|bosses|director|directors"
    r"|employer|line\s+manager|organisation|organization|workplace|hospital|practice|placement|deanery|supervisors?"
    r"|board|lot|place|icb|execs?|leadership|matron|consultant|programme|commissioning\s+team|approvals\s+team|rota)",
    r"at\s+work", r"inside\s+(?:the|our|my)\s+(?:organisation|organization|trust|icb|service)", r"management",
    r"senior\s+(?:colleagues?|leaders?|managers?|management|people|staff)", r"the\s+(?:board|director|execs?|higher[\s-]ups|deanery)",
    r"internal\s+(?:review|report|emails?|memos?|audit|investigation|documents?)", r"from\s+above",
    r"(?:at|in)\s+our\s+place", r"from\s+inside", r"inside\s+the", r"i\s+was\s+in\s+the\s+room",
    r"(?:saw|seen)\s+(?:it|the\s+[\w-]+)\s+myself", r"as\s+someone\s+who", r"my\s+(?:[\w-]+\s+)?(?:job|placement)",
    r"i\s+worked\s+on", r"we're\s+meant\s+to", r"head\s+office", r"the\s+educators", r"(?:i'm|i\s+am)\s+a\s+\w+",
    r"higher[\s-]ups", r"(?:i'm|i\s+am)\s+one\s+of\s+the", r"on\s+shift", r"i\s+was\s+there", r"first[\s-]hand",
    r"i\s+was\s+on\s+the\s+(?:project|panel|team|committee|board|programme)", r"raised\s+(?:concerns?|it|this)", r"(?:i|we)\s+(?:watched|saw)",
    r"(?:i've|i\s+have)\s+seen\s+(?:it|this|the)", r"i\s+know\s+the\s+(?:answer|truth|real\s+\w+|numbers|figures)", r"as\s+a\s+(?:trainee|nurse|doctor|midwife|member\s+of\s+staff|manager)",
)
# The post is meant as the disclosure: it goes public, names the audience, or claims proof.
_GOING_PUBLIC = (
    r"publicly", r"in\s+public", r"go(?:ing)?\s+public", r"make\s+(?:this|it)\s+public",
    r"(?:the\s+public|people|everyone|patients|families|you)\s+(?:deserves?|should|needs?|ought|has\s+a\s+right|have\s+a\s+right)\s+to\s+know",
    r"(?:someone|somebody)\s+(?:has|needs|should|had|ought)\s+to", r"someone\s+should\s+know",
    r"call(?:ing)?\s+(?:it|this|them)\s+out", r"speak(?:ing)?\s+out", r"expos(?:e|ed|ing)", r"blow(?:ing)?\s+the\s+lid",
    r"whistle", r"leak(?:ed|ing|s)?", r"naming\s+no\s+names", r"can't\s+say\s+more", r"you\s+heard\s+it\s+here",
    r"(?:i\s+have|i've\s+got|i've|i\s+kept|i\s+still\s+have)\s+(?:the\s+|all\s+the\s+)?(?:copies|emails|evidence|proof|screenshots|receipts|paperwork)",
    r"seen\s+the\s+paperwork", r"not\s+any\s*more", r"(?:kept|keep|stay(?:ed|ing)?)\s+quiet", r"no\s+choice",
    r"ask\s+me\s+anything", r"ama", r"psa", r"rt", r"retweet", r"share\s+(?:if|this|widely)", r"spread\s+the\s+word",
    r"thread", "\U0001f9f5", r"the\s+truth", r"really\s+going\s+on", r"(?:putting|saying|raising|posting|sharing|sticking)\s+(?:it|this)\s+(?:out\s+)?(?:here|there)",
    r"here\s+it\s+is", r"ashamed", r"why\s+i(?:'m|\s+am)\s+leaving", r"why\s+i\s+(?:left|quit|resigned)", r"sickens\s+me", r"disgusted", r"fed\s+up", r"done\s+raising", r"internal(?:ly|\s+routes?)",
    r"told\s+to\s+drop\s+it", r"ask\s+the\s+staff", r"whisper(?:s|ing)?", r"pretending", r"(?:needs?\s+to\s+)?investigate",
    r"look\s+into\s+it", r"the\s+papers", r"telling\s+you\s+all", r"nothing\s+left\s+to\s+lose", r"look\s+it\s+up",
    r"make\s+of\s+that\s+what", r"honesty\s+time", r"confession", r"be\s+careful", r"and\s+they\s+know(?:\s+it)?",
    r"(?:can't|cannot)\s+believe\s+i\s+have\s+to", r"won't\s+stay", r"can't\s+stay\s+silent", r"@\w+",
)


def _family(words: tuple[str, ...]) -> str:
    return r"(?<![\w'])(?:" + "|".join(words) + r")(?![\w'])"


_WRONG_HARD = _cues.cue(_family(_CONCEALED + _FALSIFIED))
_WRONG_SOFT = _cues.cue(_family(_HARMED))
_OWN_WORK_CUE = _cues.cue(_family(_OWN_WORK))
_GOING_PUBLIC_CUE = _cues.cue(_family(_GOING_PUBLIC))
# Someone else's finding, reported: "our investigation found records were altered".
_FINDING_REPORTED = _cues.cue(
    r"""(?<![\w'])(?:(?:investigation|inquiry|review|report|survey|audit|inspection|inspectors|tribunal|court|panel)
    \s+(?:has\s+|have\s+)?(?:found|finds|showed|shows|revealed|reveals|heard|concluded|identified)|found\s+that|alleged(?:ly)?
    |allegations?|accused\s+of|(?:was|were)\s+(?:convicted|jailed|sentenced|struck\s+off)|documentary|podcast|novel
    |memoir|book|film|drama|series|episode)(?![\w'])"""
)
_DENIED = _cues.cue(r"(?<![\w'])(?:nothing|nobody|no\s+one|none|weren't|were\s+not|was\s+not)(?![\w'])")
# How far a workplace or going-public cue may be from the wrongdoing (a sentence or three).
_REACH = 240


def _nearby(body: str, start: int, end: int) -> str:
    left, right = max(0, start - _REACH), min(len(body), end + _REACH)
    paragraph_start, paragraph_end = body.rfind("\n\n", left, start), body.find("\n\n", end, right)
    return body[paragraph_start + 2 if paragraph_start != -1 else left : paragraph_end if paragraph_end != -1 else right]


def _names_workplace(body: str, start: int, end: int, names) -> bool:
    around = _nearby(body, start, end)
    return bool(_OWN_WORK_CUE.search(around) or (names and names.search(around) and _WE_OR_I.search(around)))


def _disclosure_at(body: str, match, names, needs_intent: bool) -> bool:
    first, last = _cues.sentence_around(body, match.start())
    sentence = body[first:last]
    if _FINDING_REPORTED.search(sentence) or _CHANNELS.search(sentence):
        return False
    if _cues.negated(body, match.start(), words=3) or _DENIED.search(" ".join(_cues.clause_before(body, match.start()).split()[-4:])):
        return False  # "nothing was covered up", "we never hide mistakes"
    if not _names_workplace(body, match.start(), match.end(), names):
        return False
    if needs_intent and _CHANNELS.search(body):
        return False  # "Bullying has no place here ... talk to our Freedom to Speak Up Guardian"
    # The same words cannot be both the wrongdoing and the going public ("what's really going on").
    around = _blank(body, match.start(), match.end())
    return not needs_intent or bool(_GOING_PUBLIC_CUE.search(_nearby(around, match.start(), match.end())))


@rule(
    "WB003",
    "disclosure-online",
    triggers=generated("WB003"),
    needs=lambda: [_WRONG_HARD, (_WRONG_SOFT, _GOING_PUBLIC_CUE)],
    category="whistleblowing",
    severity="warning",
    message="Discloses alleged wrongdoing at work in a post instead of through the proper channels",
    suggestion=(
        "Raise it with your line manager or the Freedom to Speak Up Guardian; social media is not a"
        " channel for concerns."
    ),
)
def disclosure_online(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds a disclosure by its shape rather than its wording: the writer's own workplace ("my
    ward", "where I work", "management", "I was there") together with wrongdoing there. Hiding
    or falsifying things ("figures massaged before they go to NHS England", "notes were
    altered", "contracts handed out without proper tender", "findings watered down", "a
    colleague sat on evidence") is enough; harm and mistreatment ("unsafe", "bullying", "ignored
    the warnings", "consent forms lost") also need a sign that the post is meant as the
    disclosure ("publicly", "people deserve to know", "someone has to call it out", "I have
    copies", "RT", a thread, a tagged regulator). Official accounts, what an investigation or
    tribunal found, books and programmes, denials, and posts that point to the Freedom to Speak
    Up Guardian are fine.

    Why is this bad?
    ----------------
    A concern posted online reaches no one who can investigate it, may identify patients and
    colleagues, can prejudice an investigation, and gives up the protection the proper routes
    offer the person raising it.

    Example
    -------
    Flagged: "I work for the ICB and I'm ashamed. Patients were discharged without assessments
    and it was hushed up."
    Fine: "Our investigation found that warnings about staffing were not escalated."

    Policy
    ------
    HSSIB005 §4.8 Raising concerns and whistleblowing ("Do not use social media to
    'whistleblow'. Concerns should only be raised through the proper HSSIB channels"); HRA §3.1
    (concerns go first to the Freedom to Speak Up Guardian); BNSSG 28 §12 (Freedom to speak up
    policy); Tavistock and Portman "Raising a concern"; HEE principle 3 (no disclosure of official
    information without authority).
    """
    if _cues.official_account(draft):
        return
    body = _cues.without_quotes(_cues.text(draft))
    names = phrases.literal_list(tuple(name.lower() for name in ctx.names))
    for pattern, needs_intent in ((_WRONG_HARD, False), (_WRONG_SOFT, True)):
        for match in pattern.finditer(body):
            if _disclosure_at(body, match, names, needs_intent):
                yield Hit(match.start(), match.end())
                return


# --- WB004: the writer going around the proper channels, said in the post ----------------------
#
# "I'm not going through management again", "internal channels have failed", "raised it and got
# nowhere, so I'm putting it out there": whatever the concern, a writer who says they are giving
# up on the internal route and posting instead is doing what every policy forbids. The route and
# what is done to it are word families (data below), not sentences.

# The proper channels, as staff name them.
_ROUTES = (
    r"(?:the\s+)?proper\s+(?:channels?|routes?|process(?:es)?|procedures?)",
    r"(?:the\s+|our\s+|all\s+the\s+|every\s+)?(?:internal|official|formal)\s+(?:channels?|routes?|process(?:es)?"
    r"|procedures?|avenues?|complaints?(?:\s+process)?)",
    r"(?:the\s+)?(?:complaints?|grievance|speak(?:ing)?[\s-]up|whistle-?blowing|incident\s+reporting)\s+"
    r"(?:process(?:es)?|procedures?|routes?|channels?|policy)",
    # HR for an everyday errand ("not going through HR for annual leave now") is not a route for concerns.
    r"(?:my\s+|our\s+|the\s+)?hr(?!\s+(?:for|to\s+(?:book|claim|change|update))\s+(?:my\s+|our\s+|the\s+)?(?:annual\s+leave|leave"
    r"|payroll|pay|expenses|holidays?|parking|id\s+badges?|badges?|bookings?|rotas?|details|training))",
)
# People who are a route too, but whom staff also just grumble about ("my manager is useless"):
# only refusing to go through them counts.
_ROUTE_PEOPLE = (
    r"(?:my\s+|our\s+|the\s+)?(?:line\s+)?(?:management|managers?|bosses|matron|chain\s+of\s+command)"
    r"(?!\s+(?:training|courses?|modules?|meetings?|degree|qualifications?|exams?|accounts?|plans?|reviews?|team))",
    r"(?:my\s+|our\s+|the\s+)?(?:freedom\s+to\s+speak\s+up|ftsu|f2su)(?:\s+guardian)?",
)
_ROUTE = r"(?:" + "|".join(_ROUTES) + r")"
_ANY_ROUTE = r"(?:" + "|".join(_ROUTES + _ROUTE_PEOPLE) + r")"
# Refusing the route: "not going through", "done with", "given up on", "bypassing".
_REFUSE = (
    r"(?:not|never|won't|will\s+not|no\s+longer|refuse\s+to|not\s+gonna|not\s+bothering\s+(?:to\s+)?)\s+(?:be\s+)?"
    r"(?:going|go|goes|bothering|bother|wait(?:ing)?|trust(?:ing)?|using|use|rely(?:ing)?)\s+(?:(?:through|with|for|on|to)\s+)?"
    r"(?:(?:the|my|our|your|that|this|any|again)\s+)?[\"']?" + _ANY_ROUTE,
    r"(?:done|finished|through)\s+with\s+[\"']?" + _ANY_ROUTE,
    r"(?:given|gave|giving)\s+up\s+on\s+[\"']?" + _ANY_ROUTE,
    r"(?:bypass(?:ing|ed)?|going\s+(?:round|around|over\s+the\s+heads?\s+of)|skip(?:ping)?)\s+[\"']?" + _ANY_ROUTE,
    r"exhausted\s+(?:every|all(?:\s+the)?)\s+(?:internal\s+|official\s+|proper\s+)?(?:route|channel|avenue)s?",
    r"tried\s+(?:every|all(?:\s+the)?)\s+(?:internal|official|proper)\s+(?:route|channel|avenue|option|process)s?",
)
# The route failing: "internal channels have failed", "HR got nowhere", "they ARE the problem".
_FAILED = (
    _ROUTE + r"[\"']?\s+(?:(?:have|has|had|keep|kept)\s+)?(?:failed|let\s+(?:me|us|patients|staff|them)\s+down)",
    _ROUTE + r"[\"']?\s+(?:(?:is|are|was|were)\s+)?(?:a\s+(?:joke|farce|waste\s+of\s+time)|useless|pointless|broken"
    r"|(?:the\s+)?problem|don't\s+work|doesn't\s+work|(?:did|do|does)\s+nothing(?!\s+wrong)|got\s+(?:me\s+|us\s+)?nowhere"
    r"|went\s+nowhere|ignored\s+(?:me|us|it))",
    r"(?:raised|reported|flagged|escalated|datixed|complained\s+about)\s+(?:it|this|them|that|concerns?|the\s+\w+)\s+"
    r"(?:[\w']+\s+){0,5}?(?:and|but)\s+(?:got|gotten|went|getting|going)\s+nowhere",
)
# Said as the writer: first person, and not a conditional or advice ("if internal routes have
# failed you, contact the National Guardian's Office").
_WRITER = _cues.cue(r"(?<![\w'])(?:i|i'm|i've|i'll|i'd|me|my|we|we've|we're|us|our)(?![\w'])")
_ADVICE = _cues.cue(r"(?<![\w'])(?:if|when|whether|unless|where|you|your|you've|you're|staff\s+who|anyone\s+who)(?![\w'])")
_REPORTED_SPEECH = _cues.cue(
    r"(?<![\w'])(?:said|says|say|told|tells|according\s+to|survey|found|finds|claimed|claims|feel|felt|believe|believed)(?![\w'])"
)
_SORRY = _cues.cue(r"(?<![\w'])(?:sorry|apologi[sz]e\w*|apology)(?![\w'])")
_BYPASS = _cues.cue(_family(_REFUSE + _FAILED))

# The last resort, said in other words: an internal route (who), a futility (what came of it) and
# the act of going public (why here), in a short window. Three different families, each kept as
# data: "Going public because HR clearly aren't going to do anything", "Datix is pointless so
# here it is", "raised it through every internal channel. Nothing. So I'm saying it publicly".
_INTERNAL_ROUTE = (
    r"internally", r"internal(?:\s+[\w-]+)?\s+(?:channels?|routes?|process(?:es)?|procedures?|avenues?|complaints?|options?)",
    r"(?:every|all\s+the|all)\s+(?:internal\s+|official\s+|proper\s+)?(?:channels?|routes?|avenues?)",
    r"(?:the\s+)?proper\s+(?:channels?|routes?|process(?:es)?|procedures?)", r"hr", r"human\s+resources",
    r"management", r"(?:my|our|the)\s+(?:line\s+|ward\s+|service\s+|senior\s+)?(?:managers?|bosses|boss|matron)",
    r"senior\s+(?:leadership|leaders|management|managers)", r"datix(?:es|ed)?", r"incident\s+(?:reports?|reporting|forms?)",
    r"freedom\s+to\s+speak\s+up", r"ftsu", r"f2su", r"(?:the\s+)?(?:speak[\s-]up\s+)?guardians?",
    r"(?:the\s+)?complaints?(?:\s+(?:process|procedure|team))?", r"(?:the\s+)?grievance(?:\s+(?:process|procedure))?",
    r"speak(?:ing)?[\s-]up(?:\s+(?:process|route|policy|channels?|team))?", r"upstairs", r"(?:the\s+)?(?:people\s+)?at\s+the\s+top",
    r"the\s+(?:board|directors|execs?|exec\s+team|leadership(?:\s+team)?|deanery|top\s+floor)", r"(?:those\s+of\s+us|people)\s+inside",
    r"(?:our|the|my)\s+(?:chief\s+exec(?:utive)?|ceo|medical\s+director|director\s+of\s+\w+)",
    # the concern raised, which is itself the internal route taken
    r"(?:raised|reported|flagged|escalated|datixed)\s+(?:it|this|that|them|concerns?|the\s+(?:issue|concern|problem)s?|my\s+concerns?)",
    r"(?:said|told|raised)\s+(?:so|it|this)\s+(?:in|at)\s+(?:the\s+|team\s+|our\s+)?(?:meetings?|supervision|huddles?|handovers?)",
)
_FUTILE = (
    r"(?:get|gets|got|getting|go|goes|went|going|led|leads|lead)\s+(?:you\s+|me\s+|us\s+|them\s+)?nowhere", r"nada",
    r"(?:zero|no)\s+(?:response|reply|action|feedback|outcome)", r"(?:a|total|complete|absolute)\s+(?:joke|farce)",
    r"(?:a\s+)?(?:complete\s+|total\s+)?waste\s+of\s+(?:time|space)", r"pointless", r"useless", r"what's\s+the\s+point",
    r"(?:aren't|are\s+not|isn't|is\s+not|won't|will\s+not|never|not|don't|doesn't|didn't)\s+(?:\w+\s+)?(?:going\s+to\s+|gonna\s+)?"
    r"(?:do|doing|did)\s+(?:anything|a\s+thing|owt|jack)",
    r"(?:won't|will\s+not|never|refuse\s+to|refused\s+to)\s+(?:\w+\s+)?act", r"(?:did|do|does|done)\s+(?:absolutely\s+)?nothing(?!\s+wrong)",
    r"nothing\s+(?:ever\s+)?(?:was\s+|has\s+been\s+|got\s+|gets\s+|is\s+)?(?:done|happened|happens|changed|changes)",
    r"(?:\A|(?<=[.!?]\s)|(?<=\n))nothing(?=[.!]|\s*$)", r"fell\s+on\s+deaf\s+ears", r"(?:fobbed|brushed)\s+off",
    r"(?:nobody|no\s+one|no-one)\s+(?:listens|listened|cares|cared|did\s+anything|does\s+anything)",
    r"(?:nobody|no\s+one|no-one)\s+(?:\w+\s+)?(?:wants|wanted)\s+to\s+(?:know|hear|listen)", r"zilch", r"(?:a\s+)?black\s+hole",
    r"(?:vanish|disappear)(?:s|ed|ing)?", r"heard\s+nothing(?:\s+back)?", r"(?:never|not)\s+heard\s+back",
    r"(?:got|get|gets|was|were|been|being|keep\s+getting)\s+ignored", r"(?:you|they)\s+ignored\s+(?:it|us|me|them|the\s+warnings?)",
    r"(?:won't|will\s+not|never|refuse\s+to|didn't)\s+(?:answer|respond|reply)",
    r"(?:don't|doesn't|didn't)\s+(?:even\s+)?(?:care|listen|want\s+to\s+know)", r"cba(?:\s+with)?", r"can't\s+be\s+arsed",
    r"told\s+(?:me\s+|us\s+)?to\s+(?:wind\s+(?:my|our|your)\s+necks?\s+in|keep\s+(?:quiet|schtum|(?:my|our)\s+heads?\s+down)|drop\s+it"
    r"|back\s+off|leave\s+it|shut\s+up|stop\s+(?:making|rocking))",
    r"(?:moved|taken|pushed|removed|kicked|frozen)\s+(?:off|out\s+of)\s+(?:the|my|our)\s+(?:team|project|rota|ward|unit|panel|committee)",
    r"(?:managed|frozen|forced|pushed)\s+out", r"sidelined", r"(?:nobody|no\s+one|no-one)\s+(?:does|did)\s+(?:anything|a\s+thing)", r"(?:never|not)\s+(?:once\s+)?(?:again|followed\s+up|acted\s+on)",
)
_GO_PUBLIC = (
    r"go(?:ing)?\s+public", r"(?:make|making)\s+(?:it|this)\s+public", r"publicly", r"in\s+public",
    r"here\s+(?:goes|it\s+is|we\s+go)", r"here's\s+the\s+truth", r"the\s+truth", r"(?:so\s+)?i'm\s+telling\s+(?:everyone|you\s+all)",
    r"telling\s+(?:everyone|you\s+all|the\s+world)", r"(?:i'm|i\s+am)\s+telling\s+you", r"let\s+me\s+tell\s+you", r"open\s+letter",
    r"(?:posting|putting|saying|sharing|sticking|writing)\s+(?:it|this)(?:\s+out)?\s+(?:here|there|publicly|online|on\s+here)",
    r"(?:posting|putting|saying|sharing)\s+(?:it|this)\b", r"(?:can't|cannot|won't|not)\s+(?:stay|keep|be)(?:ing)?\s+(?:quiet|silent)",
    r"(?:done|finished)\s+(?:being|keeping|staying)\s+quiet", r"(?:my\s+)?dms?\s+(?:are\s+)?open", r"dm\s+me",
    r"journalists?", r"journos?", r"hacks", r"reporters?", r"the\s+(?:press|papers|media)", r"(?:putting|put)\s+(?:this|it)\s+out\s+there",
    r"(?:the\s+)?public\s+can\s+(?:judge|decide|see)", r"rt(?:\s+(?:pls|plz|please))?", r"(?:pls|plz|please)\s+(?:rt|share)", r"someone\s+(?:needs|has|ought)\s+to\s+(?:look|know|hear)",
    r"ask\s+questions", r"spread\s+the\s+word", r"share\s+(?:this|widely)", r"people\s+(?:deserve|need)\s+to\s+know",
)
# Pointing people to a route is promotion, however the route is described ("if it feels pointless,
# talk to our guardian").
_PROMOTES_ROUTE = _cues.cue(
    r"""(?<![\w'])(?:talk|speak)\s+to\s+(?:your|our|a|the)|contact\s+(?:your|our|the)|can\s+help|get\s+in\s+touch
    |(?:is|are)\s+(?:there|here)\s+(?:for|to\s+help)|national\s+guardian(?![\w'])"""
)
_CONDITIONAL = _cues.cue(r"(?<![\w'])(?:if|when|unless|whether|anyone\s+who|staff\s+who)(?![\w'])")
_ROUTE_CUE = _cues.cue(_family(_INTERNAL_ROUTE))
_FUTILE_CUE = _cues.cue(_family(_FUTILE))
_GO_PUBLIC_CUE = _cues.cue(_family(_GO_PUBLIC))


@rule(
    "WB004",
    "whistleblowing-bypasses-channels",
    triggers=generated("WB004"),
    needs=lambda: [_BYPASS, (_FUTILE_CUE, _ROUTE_CUE, _GO_PUBLIC_CUE)],
    category="whistleblowing",
    severity="error",
    message="Says the proper channels are being bypassed and raises the concern here instead",
    suggestion=(
        "If the usual route has not worked, go to the Freedom to Speak Up Guardian or the National"
        " Guardian's Office, not social media."
    ),
)
def bypasses_channels(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds the writer saying they are going around the proper channels, or that those channels
    have failed them, in the post that raises the concern: "I'm not going through management
    again", "not going through 'proper channels' because they ARE the problem", "internal
    channels have failed", "done with HR", "raised it and got nowhere, so I'm putting it out
    there", "exhausted every internal route". The route (management, HR, the complaints
    process, Freedom to Speak Up...) and the act (refusing, bypassing, failing) are word
    families, so new wordings are found. So is the last resort said any other way: a route, a
    futility beside it ("pointless", "a joke", "zero response", "aren't going to do anything",
    "what's the point") and the post going public nearby ("here goes", "going public", "my DMs
    are open", "journalists"), as in "Datix is pointless so here it is". Advice ("if internal routes have failed you, contact
    the National Guardian's Office"), official accounts and posts that point to a guardian are
    fine.

    Why is this bad?
    ----------------
    A post that announces it is bypassing the proper routes is the concern raised in public:
    it reaches no one who can investigate, may identify patients and colleagues, and gives up
    the protection the proper routes (including the National Guardian's Office when local routes
    fail) offer the person raising it.

    Example
    -------
    Flagged: "Not going through management again. Patients are being taken off the list
    unseen. Sharing this here because internal channels have failed."
    Fine: "If internal routes have failed you, the National Guardian's Office can help."

    Policy
    ------
    HSSIB005 §4.8 ("Do not use social media to 'whistleblow'. Concerns should only be raised
    through the proper HSSIB channels"); HRA §3.1 ("don't use social media to 'whistle blow'
    without already having raised concerns through the proper channels"); BNSSG 28 §12 (Freedom
    to speak up policy); Tavistock and Portman "Raising a concern" and grievances "channelled
    through procedures and policies already in place"; HEE principle 3.
    """
    if _cues.official_account(draft):
        return
    # Quotes kept: 'not going through "proper channels"' is the writer's scorn, not a citation.
    body = _cues.text(draft)
    for match in _BYPASS.finditer(body):
        first, last = _cues.sentence_around(body, match.start())
        sentence = body[first:last]
        rest = body[first : match.start()] + body[match.end() : last]
        if _CHANNELS.search(rest) or _SORRY.search(sentence):
            continue  # points to another route ("...so talk to our guardian"), or apologises
        if _ADVICE.search(_cues.clause_before(body, match.start())):
            continue
        if _REPORTED_SPEECH.search(sentence) and not _WRITER.search(sentence):
            continue  # "staff told the survey internal channels had failed them" is reported

        yield Hit(match.start(), match.end())
        return
    yield from _last_resort(body)


def _last_resort(body: str) -> Iterable[Hit]:
    """A route named, a futility beside it (same sentence, or the one before or after) and the
    post going public nearby: "Datix is pointless so here it is: ..."."""
    spans = list(_cues.sentence_spans(body))
    for index, (first, last) in enumerate(spans):
        for futile in _FUTILE_CUE.compiled.finditer(body, first, last):
            if _cues.negated(body, futile.start(), words=2) or _CONDITIONAL.search(body[first : futile.start()]):
                continue  # "Freedom to Speak Up isn't a joke"; "if internal routes go nowhere..."
            window_first = spans[max(0, index - 1)][0]
            window_last = spans[min(len(spans) - 1, index + 1)][1]
            # The route may sit inside the futility ("nobody upstairs wants to know").
            window = body[window_first:window_last]
            route = _ROUTE_CUE.search(window)
            if not route or _PROMOTES_ROUTE.search(window) or _SORRY.search(window):
                continue
            around = _blank(body, futile.start(), futile.end())
            area = _nearby(around, futile.start(), futile.end())
            if _GO_PUBLIC_CUE.search(area):
                yield Hit(futile.start(), futile.end())
                return


def _blank(body: str, start: int, end: int) -> str:
    """`body` with one span blanked: a word counts for one family only."""
    return body[:start] + " " * (end - start) + body[end:]
