"""Media: staff speaking for the organisation, answering journalists or responding to coverage.

HRA §3.5: "Staff must not respond to requests for comment from media organisations or make
comments in response to published media comment"; HSSIB005 §4.7 and BNSSG 28 §7: if the media
contact you, go to the communications team; every seed asks staff to make clear they speak for
themselves, not the organisation. Tavistock and Portman lets trade union representatives speak
for their union, never for the Trust.

The official account *is* the organisation's voice, so a draft posted from one (front matter
`account`, not a personal kind) is never flagged here: press-release posts, official
rebuttals and statements are the communications team's job.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterable

from smpolicy.lint import phrases
from smpolicy.lint.rule import Hit, rule
from smpolicy.lint.rules import _cues
from smpolicy.lint.triggers import generated

# Whole words only (the leading look-behind; "ham & high" with its spaces): an outlet's name inside
# another word ("highlight", "bristolian") is not a mention, and lets MD003 run on most drafts.
_NAMED_OUTLET = r"""
(?<![\w'])(?:bbc(?:\s+(?:news|radio\s+\w+|points\s+west|breakfast|online|bristol|west))?|itv(?:\s+news
 |\s+west\s+country)?|sky\s+news|channel\s+(?:4|5)(?:\s+news)?|guardian|the\s+times|telegraph
 |daily\s+mail|mail\s+online|the\s+mail|(?:daily\s+)?mirror|the\s+sun|the\s+independent
 |(?:daily\s+)?express|hsj|health\s+service\s+journal|nursing\s+times|bmj|pulse
 |bristol\s+(?:post|live)|evening\s+standard|financial\s+times|private\s+eye|huff(?:ington\s+)?post
 |lbc|radio\s+4|today\s+programme|newsnight|panorama|gb\s+news
 |(?:bristol|somerset|devon|cornwall|gloucestershire|wiltshire|plymouth|london|leeds|nottingham
   |derby|hull|stoke|kent|essex|sussex|surrey|lancs|birmingham)\s+live
 |manchester\s+evening\s+news|evening\s+(?:post|news)|ham\s+(?:&|and)\s+high|camden\s+new\s+journal
 |(?<![a-z])[a-z]+\s+(?:gazette|echo|herald|argus|chronicle)|bristol\s+cable|bristol\s+24/7|bristol24/7)(?![\w])
"""
_OUTLET = rf"""(?:{_NAMED_OUTLET}|(?:the\s+local\s+paper|local\s+news|the\s+papers|the\s+press
 |the\s+news|news\s+sites?)(?![\w]))"""

# The organisation, in the words staff use for it.
_ORG_WORDS = r"(?:trust|icb|organisation|organization|board|hospital|employer|nhs|ccg|authority|body)"
# Trade union representatives may comment for their union (Tavistock and Portman).
_UNION = r"(?:union|unison|rcn|bma|unite|gmb|royal\s+college|staff\s+side|branch)"


@cache
def _statements() -> tuple[object, object]:
    behalf = _cues.cue(
        r"""(?<![\w'])(?:speaking\s+)?on\s+behalf\s+of\s+(?:the\s+|our\s+|my\s+|(?:everyone
          |all\s+of\s+us|all\s+staff)
        \s+at\s+(?:the\s+)?)?(?P<whom>[\w&'-]+(?:\s+[\w&'-]+){0,5})"""
    )
    position = _cues.cue(
        rf"""(?<![\w'])(?:(?:the|our|my)\s+{_ORG_WORDS}'s\s+(?:official\s+)?(?:position|response
          |view|line|stance|statement)\s+(?:is|was|will\s+be)
        |our\s+official\s+(?:position|response|statement|line)\s+is
        |i\s+can\s+(?:officially\s+)?(?:confirm|reveal|announce|deny)\s+(?:that\s+)?(?:the\s+|our\s+)?
          {_ORG_WORDS}
        |(?:as|i'm|i\s+am)\s+(?:a|the|their)\s+spokes(?:person|man|woman)\s+for\s+(?:the\s+|our\s+)?{_ORG_WORDS}
        |i\s+(?:can\s+)?officially\s+(?:confirm|announce|deny))(?![\w])"""
    )
    return behalf, position


_STATEMENT_WORDS = (
    "behalf", "position", "response is", "view is", "line is", "stance", "statement is", "confirm",
    "reveal", "announce", "deny", "spokes", "officially",
)
_SPEAKS_FOR = _cues.cue(
    r"""(?<![\w'])(?:i|i'm|i'd|i\s+would|i\s+want|i\s+can|i\s+must|i'll|i\s+will|i\s+wish)\s+
    (?:\w+\s+){0,3}?(?:confirm(?:ed)?|den(?:y|ied)|stated?|say|said|clarif(?:y|ied)|announced?|apologi[sz]ed?
    |comment(?:ed)?|respond(?:ed)?|reveal(?:ed)?|tell\s+you|told\s+(?:you|them|listeners|viewers|readers|the\s+\w+)
    |reassured?|assured?|ma(?:k|d)e\s+(?:it\s+)?clear|set\s+the\s+record|address(?:ed)?)(?![\w])"""
)


@rule(
    "MD001",
    "statement-on-behalf",
    triggers=generated("MD001"),
    needs=lambda: list(_statements()),
    category="media",
    severity="error",
    message="Makes a statement on behalf of the organisation from a personal account",
    suggestion="Only the communications team speaks for the organisation: send the request to them.",
)
def statement_on_behalf(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds staff speaking for the organisation from a personal account. Examples: "On behalf of
    the Trust, I can confirm...", "speaking on behalf of the ICB, I apologise", "the Trust's
    official position is", "I can confirm the hospital will close the ward". Drafts posted from
    an official account, thanks ("on behalf of the board, I'd like to thank our volunteers") and
    trade union representatives speaking for their union are fine.

    Why is this bad?
    ----------------
    Official statements are agreed and issued by the communications team; a statement from a
    personal account can be wrong, contradict the official line and create legal risk.

    Example
    -------
    Flagged: "On behalf of the Trust, I can confirm that two wards will close next month."
    Fine (from the official account): "We can confirm that two wards will move to the new
    building next month."

    Policy
    ------
    HRA §3.1 ("You must make it clear that you are speaking for yourself and not on behalf of the
    HRA") and §3.5; HSSIB005 §4.8 ("Make it clear that you are speaking for yourself and not on
    behalf of HSSIB"); BNSSG 28 §7 (staff "must make it clear that they are speaking for
    themselves and not on behalf of the ICB"); Tavistock and Portman "Scope" (union
    representatives may comment for their union, "but not on behalf of, or when representing
    the Trust"); HEE principle 4 (not compromising your official position).
    """
    if _cues.official_account(draft):
        return
    body = _cues.without_quotes(_cues.text(draft))
    if not _cues.mentions(body, _STATEMENT_WORDS):
        return
    behalf, position = _statements()
    names = phrases.literal_list(tuple(name.lower() for name in ctx.names))
    for match in behalf.finditer(body):
        if _names_the_organisation(match.group("whom"), names) and (
            _speaks_for(body, match.start()) or _about_coverage(body, match.start())
        ):
            yield Hit(match.start(), match.start("whom") + _whom_length(match.group("whom"), names))
    for match in position.finditer(body):
        if _plain_report(match.group(), draft) or _POINTS_TO_STATEMENT.compiled.match(body, match.end()):
            continue
        yield Hit(match.start(), match.end())


def _names_the_organisation(whom: str, names) -> bool:
    if re.match(rf"{_UNION}(?![\w])", whom):
        return False
    if re.match(rf"{_ORG_WORDS}(?![\w])", whom):
        return True
    return bool(names and names.match(whom))


def _whom_length(whom: str, names) -> int:
    """How much of the words after "on behalf of" name the organisation."""
    found = (names.match(whom) if names else None) or re.match(rf"{_ORG_WORDS}", whom)
    return found.end() if found else len(whom.split()[0])


def _about_coverage(body: str, offset: int) -> bool:
    """The sentence answers the media: "on behalf of HSSIB: this news story is wrong"."""
    first, last = _cues.sentence_around(body, offset)
    sentence = body[first:last]
    return bool(_CORRECTION.search(sentence) or _MEDIA_REFERENCE.search(sentence))


def _speaks_for(body: str, offset: int) -> bool:
    """The writer, in the first person, states or confirms something (not only thanks)."""
    first, last = _cues.sentence_around(body, offset)
    found = _SPEAKS_FOR.compiled.finditer(body, first, last)
    return any(not _THANKS.compiled.match(body, match.end()) for match in found)


def _plain_report(found: str, draft) -> bool:
    """ "The Board's view was that...": minutes and news report a body's position; only staff
    claiming it ("the Trust's official position", "our position is") speak for it."""
    return found.startswith("the ") and "official" not in found and not _cues.speaks_personally(draft)


# "Our official statement is here: <link>": pointing people to the statement is not making one.
_POINTS_TO_STATEMENT = _cues.cue(
    r"""\s+(?:here|below|above|linked|available|published|now\s+(?:out|live|up|published)|on\s+(?:our|the)\s+(?:website|site|page)
    |at\s+(?:https?:|www\.|[\w-]+\.(?:nhs|org|gov)))"""
)


# "I want to say a huge thank you": thanks on behalf of the organisation are not a statement.
_THANKS = _cues.cue(
    r"""\s+(?:(?:a|how|just|our|my)\s+)?(?:huge|big|massive|heartfelt|sincere|special|very|warm|enormous)?\s*
    (?:thank|thanks|well\s+done|congratulations|proud|welcome|happy|merry|good\s+luck|best\s+wishes)"""
)


_MEDIA_REQUEST = _cues.cue(
    r"""(?<![\w'])(?:journalists?|reporters?|producers?|correspondents?|(?:news|features?)\s+desk
    |(?:writing|working\s+on|putting\s+together|researching)\s+(?:a|an)\s+(?:\w+\s+)?(?:piece|story
      |article|feature|report|programme|documentary)
    |for\s+(?:a|an|our|my)\s+(?:\w+\s+)?(?:piece|story|article|feature|programme|documentary
      |bulletin|podcast\s+episode)
    |request\s+for\s+comment|(?:any|a)\s+comment\s+(?:on|from|about)|care\s+to\s+comment
    # a journalist introducing themself by their desk, or promising to protect a source
    |(?:health|news|features?|politics|investigations?|social\s+affairs|science|consumer|regional|city
      |education|home\s+affairs)\s+(?:desk|editor|correspondent|team\s+here)|newsroom
    |(?:can|could|will|we'll|we\s+can|happy\s+to|able\s+to)\s+keep\s+you\s+anonymous
    |(?:speak|talk|chat)\s+to\s+us\s+(?:anonymously|on\s+the\s+record|off\s+the\s+record|in\s+confidence)
    |(?:can|could|would)\s+(?:you|anyone|someone)\s+(?:from\s+\w+\s+)?(?:\w+\s+)?comment
    |(?:looking|want(?:ing)?|keen|hoping)\s+to\s+(?:speak|talk|chat)\s+(?:to|with)\s+(?:staff
      |nurses|doctors|someone|anyone|people|a\s+member)
    |press\s+enquir\w+|media\s+enquir\w+|on\s+air|(?:we're|i'm)\s+live|my\s+editor|our\s+viewers
    |our\s+readers|our\s+listeners)(?![\w'])"""
)
# A named outlet asking to hear from people ("BBC Points West here: any nurses willing to talk?").
_OUTLET_ASKS = _cues.cue(
    r"""(?<![\w'])(?:(?:willing|happy|able|keen|prepared)\s+to\s+(?:talk|speak|comment|chat|share
    |be\s+interviewed|go\s+on)|dm\s+me|dm\s+us|get\s+in\s+touch|(?:speak|talk)\s+to\s+us|interview
    |comment|contact\s+(?:me|us))(?![\w'])"""
)
# A reply that only sends the journalist to the press office is what the policies ask for.
_REDIRECT = _cues.cue(
    r"""press\s+office|press\s+team|media\s+(?:team|office|enquiries|relations|desk)
    |communications\s+team|comms\s+team|(?:can't|cannot|unable\s+to|not\s+able\s+to)\s+comment
    |no\s+comment|please\s+(?:contact|email|get\s+in\s+touch\s+with|dm|message)"""
)
_TALKS_TO_PRESS = _cues.cue(
    r"""(?<![\w'])(?:(?:strictly|totally|completely|speaking|this\s+is|but|tell\s+you
      |(?:just\s+)?between\s+(?:us|you\s+and\s+me))\s+off\s+the\s+record
    |(?<!at\s)(?<!from\s)(?<!with\s)(?<!contact\s)(?<!call\s)(?<!visit\s)(?<!to\s)(?<!by\s)
      off\s+the\s+record(?!\s*(?:bristol|youth|counselling|charity|service|team|is\s+a|offers?|provides?
      |helps?|supports?|'s|website|can\s|runs?|has\s|have\s|\(otr\)|otr|podcast|on\s+\d))
    |(?:you\s+can|feel\s+free\s+to|happy\s+for\s+you\s+to)\s+quote\s+me
    |for\s+your\s+(?:article|story|piece|report|programme|feature)
    |as\s+i\s+told\s+(?:the\s+)?(?:journalist|reporter|press|papers|bbc|itv|guardian|times|hsj)
    |happy\s+to\s+(?:speak|talk|chat)\s+to\s+(?:you|the\s+press|journalists?|the\s+media)
      (?:\s+(?:about|on|off)\s+(?:this|it|the\s+record))?
    |(?:i\s+can|i'll|i\s+will|i'd\s+be\s+happy\s+to|happy\s+to|let\s+me|i\s+could)\s+(?:give|provide
      |send|offer|get)\s+(?:you\s+)?(?:an?\s+)?(?:official\s+|on[\s-]the[\s-]record\s+|proper\s+)?
      (?:comment|quote|statement|interview)(?!\s+(?:for|on\s+the\s+cost)))(?![\w'])"""
)
# The writer telling of their own contact with the press.
_SPOKE_TO_PRESS = _cues.cue(
    rf"""(?<![\w'])(?:journalists?|reporters?|(?:a|the)\s+(?:\w+\s+)?(?:paper|newspaper)|{_NAMED_OUTLET})
      \s+(?:rang|called|phoned|contacted|messaged|emailed|dm'd|dmed|interviewed|asked|approached)\s+me
    |(?<![\w'])(?:had\s+a\s+(?:[\w-]+\s+)?(?:chat|word|call|coffee|conversation|catch-up|natter)
      |been\s+interviewed|was\s+interviewed)\s+(?:with|by)\s+
      (?:a\s+|the\s+|an\s+)?(?:[\w'-]+\s+){{0,2}}?(?:journalist|reporter|{_NAMED_OUTLET})
    |(?<![\w'])(?:i\s+)?(?:told|tell|telling|gave|giving|sent|sending|leaked|leaking|passed
      |passing)\s+(?:the\s+|a\s+)?
      (?:journalist|reporter|press|papers|{_NAMED_OUTLET})(?![\w])(?!\s+(?:office|team|release|officer))
    |(?<![\w'])(?:was|been|went)\s+on\s+(?:the\s+)?{_NAMED_OUTLET}\s+(?:[\w'-]+\s+){{0,3}}?(?:talking|speaking
      |discussing|chatting|explaining|to\s+talk|to\s+discuss)
    |(?<![\w'])(?:gave|given|giving|provided|offered|sent|passed)\s+(?:a|an|my|the|some|our)\s+(?:[\w-]+\s+)?
      (?:quote|comment|interview|statement|figures|numbers|story|documents?|tip[\s-]?off)\s+to\s+(?:a\s+|the\s+|an\s+)?
      (?:[\w'-]+\s+){{0,2}}?(?:journalists?|reporters?|press|papers?|newspapers?|media|{_NAMED_OUTLET})(?![\w])
    |(?<![\w'])(?:(?:i|i've|i\s+have|i\s+just|i've\s+just)\s+)?(?:just\s+)?(?:spoke|spoken|talked|chatted|been\s+(?:talking
      |speaking|chatting)|gave\s+an?\s+(?:interview|quote|comment)|did\s+an?\s+interview
        |given\s+an?\s+(?:interview
      |quote|comment)|tipped\s+off|contacted|emailed|messaged|dm'd|dmed)\s+(?:to\s+|with\s+)?(?:a\s+
        |the\s+|an\s+)?
      (?:[\w'-]+\s+){{0,2}}?(?:journalists?|reporters?|press|papers?|newspapers?|media
        |{_NAMED_OUTLET})(?![\w])
    # handing material to someone on a paper: "forwarded it to a mate at the Bristol Post"
    |(?<![\w'])(?:forwarded|forwarding|sent|sending|passed|passing|leaked|leaking|slipped|handed|showed|shown|gave|given
      |giving)\s+(?:it|this|that|them|(?:the|our|a)\s+(?:[\w-]+\s+){{0,4}}?[\w-]+)\s+(?:on\s+)?to\s+(?:a|my|an\s+old|one\s+of\s+my)
      \s+(?:mate|friend|pal|contact|cousin|someone|source|mucker|mates|friends|contacts)\s+(?:at|on|from|in|who\s+works\s+(?:at|for|on))
      \s+(?:the\s+|a\s+)?(?:{_NAMED_OUTLET}|journalists?|reporters?|press|papers?|newspapers?|local\s+paper|media)(?![\w])"""
)
# Appearances the communications team arranged are announced, not confessed.
_ARRANGED = _cues.cue(
    r"""thanks?\s+to\s+(?:the\s+|our\s+)?(?:comms|communications|press|media)\s+team|arranged\s+by
    |with\s+(?:the\s+|our\s+)?(?:comms|communications|press)\s+team|listen\s+(?:again|back)
    |watch\s+(?:it|here|again|back)|tune\s+in|catch\s+me\s+on|i'm\s+on\s+(?:bbc|itv|radio)
    |(?:press|comms|communications|media)\s+(?:team|office)\s+(?:has\s+|have\s+)?(?:told|gave|sent)"""
)
_PRESS_WORDS = _cues.cue(
    rf"""(?<![\w'])(?:journalists?|reporters?|the\s+press|the\s+media|press\s+enquir\w+
      |{_NAMED_OUTLET})(?![\w'])"""
)
# The writer offering journalists a way to reach them ("my DMs are open", "drop me a line").
_CONTACT_ME = _cues.cue(
    r"""(?<![\w'])(?:(?:dm|message|email|e-mail|ring|call|contact|text|inbox)\s+me
    |(?:my\s+)?dms\s+(?:are\s+)?open|slide\s+into\s+my\s+dms|drop\s+me\s+a\s+(?:line|message|dm|note)
    |get\s+in\s+touch\s+with\s+me|(?:i'm\s+|i\s+am\s+)?happy\s+to\s+(?:talk|chat|speak|go\s+on(?:\s+the)?\s+record)
    |(?:i've|i\s+have)\s+got\s+(?:a|the)\s+(?:\w+\s+)?(?:story|scoop|exclusive)
    |(?:want|wants|like)\s+the\s+(?:inside\s+(?:track|story)|real\s+(?:picture|story|numbers)))(?![\w'])"""
)
# Words before a verb that leave the writer as its subject: "Spoke to the Times", "Just told
# the BBC", "I've also given a quote to the HSJ" (not "Dr Patel told BBC Points West").
_WRITER_SUBJECT = _cues.cue(
    r"""\s*(?:(?:i|i've|i\s+have|i'd|i\s+had|i'll|i\s+will|i'm|i\s+am|i\s+also|just|also|then|and|so|finally
    |today|yesterday|earlier|this\s+morning|last\s+night|literally|actually|basically|honestly|well)\s*)*"""
)


@rule(
    "MD002",
    "media-request-reply",
    triggers=generated("MD002"),
    needs=lambda: [_TALKS_TO_PRESS, _SPOKE_TO_PRESS, (_PRESS_WORDS, _CONTACT_ME), _MEDIA_REQUEST, (_outlet(), _OUTLET_ASKS)],
    category="media",
    severity="error",
    message="Responds to a journalist instead of referring them to the communications team",
    suggestion=(
        "Do not comment to the media: refer the journalist to the communications team and tell"
        " the team."
    ),
)
def media_request_reply(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds staff talking to journalists. A reply to a request for comment ("I'm writing a piece
    on A&E waits, can anyone comment?") that gives a comment rather than pointing to the press
    office is flagged, and so, in any draft, are "off the record", "you can quote me", "for your
    article" and "a reporter rang me". A reply that only refers the journalist to the
    communications team, or one sent from the official account, is fine, and so is reporting
    what a colleague told the press ("Dr Patel told BBC Points West"): only the writer's own
    contact counts, with or without "I" ("Spoke to the Times yesterday").

    Why is this bad?
    ----------------
    Comments to the media are the organisation's public position; given by staff without the
    communications team they can be inaccurate, breach confidentiality and be quoted as the
    organisation's view.

    Example
    -------
    Flagged, replying to "BBC Points West here: any nurses willing to talk about winter
    pressures?": "Happy to chat, it's been horrendous on our ward."
    Fine: "Please contact our communications team on 0300 123 4476 or
    bnssg.communications@nhs.net."

    Policy
    ------
    HRA §3.5 ("Staff must not respond to requests for comment from media organisations");
    HSSIB005 §4.7 ("If someone from the media contacts you about a post you have made, you must
    talk to the Communications Team (comms@hssib.org.uk)"); BNSSG 28 §7 (contact the
    communications team on 0300 123 4476 or bnssg.communications@nhs.net); Tavistock and
    Portman "Consider your privacy" (media outlets); HEE principle 3.
    """
    if _cues.official_account(draft):
        return
    body = _cues.text(draft)
    source = _cues.reply_source(draft)
    found = list(_press_contact(body, source)) if _cues.mentions(body, _PRESS_CONTACT_WORDS) else []
    yield from found
    if found or not _asks_for_comment(source):
        return
    if _REDIRECT.search(body) or _mentions_own_contact(draft.body, ctx) or not body.strip():
        return
    first, last = next(_cues.sentence_spans(body), (0, 0))
    yield Hit(first, last)


# Cheap gate for talking to the press in the draft itself.
_PRESS_CONTACT_WORDS = (
    "record", "quote", "for your", "happy to", "give", "giving", "provide", "send", "offer",
    "forward", "sent", "passed", "passing", "leak", "slipped", "handed", "showed", "shown",
    "journalist", "reporter", "press", "media", "paper", "spoke", "spoken", "talked", "chatted",
    "been talking", "been speaking", "did an", "tipped off", "contacted", "emailed", "messaged",
    "dm'd", "dmed", "rang me", "called me", "phoned me", "interviewed", "asked me", "approached me",
    "had a chat", "had a word", "had a call", "had a coffee", "told", "tell", "gave", "sent",
    "leak", "passed", "passing", "was on", "been on", "went on",
)


def _press_contact(body: str, source: str = "") -> Iterable[Hit]:
    """Talking to journalists in the draft itself, in any draft."""
    for match in _TALKS_TO_PRESS.finditer(body):
        # "Off the record, the committee thought...": gossip told to everyone, which other
        # rules judge; it is talking to the press only when the press is in the conversation.
        if "record" in match.group() and not (_PRESS_WORDS.search(body) or _asks_for_comment(source)):
            continue
        yield Hit(match.start(), match.end())
    if not _ARRANGED.search(body):
        for match in _SPOKE_TO_PRESS.finditer(body):
            if _FIRST_PERSON_IN.search(match.group()) or _writer_is_subject(body, match.start()):
                yield Hit(match.start(), match.end())
    press = _PRESS_WORDS.search(body)
    contact = _CONTACT_ME.search(body) if press else None
    if press and contact and not _REDIRECT.search(body):
        yield Hit(contact.start(), contact.end())


_FIRST_PERSON_IN = _cues.cue(r"(?<![\w'])(?:i|i've|me|my)(?![\w'])")
_AND_THEN = _cues.cue(r"(?<![\w'])(?:and|then|but|so)\s*$")
# A sentence that opens with its verb has the writer as subject: "Went to London and spoke...".
_OPENS_WITH_VERB = _cues.cue(r"\s*(?:just\s+|also\s+)?(?:went|had|was|got|did|came|met|spent|popped|[a-z]+ed)(?![\w'])")


def _writer_is_subject(body: str, offset: int) -> bool:
    """Whether the verb at `offset` is the writer's: nothing but "I", "just", "yesterday" and
    the like before it in its sentence, or "and" after a sentence the writer began as "I"."""
    first, _last = _cues.sentence_around(body, offset)
    prefix = re.sub(r"[,;:\u2013\u2014-]", " ", body[first:offset])
    if _WRITER_SUBJECT.compiled.fullmatch(prefix):
        return True
    return bool(_AND_THEN.search(prefix) and (_FIRST_PERSON_IN.search(prefix) or _OPENS_WITH_VERB.match(prefix)))


def _asks_for_comment(source: str) -> bool:
    if not source:
        return False
    if _MEDIA_REQUEST.search(source):
        return True
    return bool(_outlet().search(source)) and bool(_OUTLET_ASKS.search(source))


@cache
def _outlet() -> object:
    return _cues.cue(rf"(?<![\w']){_NAMED_OUTLET}")


def _mentions_own_contact(body: str, ctx) -> bool:
    lowered = body.lower()
    return any(email in lowered for email in ctx.own_emails) or any(
        phone in body for phone in ctx.own_phones
    )


@cache
def _coverage() -> object:
    return _cues.cue(
        rf"""(?<![\w'])(?:(?:the|this|that|today's|yesterday's|last\s+night's|this\s+morning's)\s+
          (?:[\w'-]+\s+){{0,3}}?(?:article|story|piece|report|coverage|headline|segment|interview
          |documentary|programme|editorial|front\s+page)\s+(?:in|on|by|from)\s+(?:the\s+)?{_OUTLET}
        |{_OUTLET}(?:'s)?\s+(?:[\w'-]+\s+){{0,2}}?(?:article|story|piece|report|coverage|headline
          |journalists?|reporters?|segment|programme)
        |(?:the|this|that)\s+(?:newspaper|news)\s+(?:article|story|report|piece))(?![\w])"""
    )


_COVERAGE_WORDS = (
    "article", "story", "piece", "report", "coverage", "headline", "segment", "interview",
    "documentary", "programme", "editorial", "front page", "newspaper", "news", "journalis",
    "reporter",
)
_CORRECTION = _cues.cue(
    r"""(?<![\w'])(?:wrong|misleading|inaccurate|incorrect|not\s+true|untrue|lies|lying|rubbish
    |nonsense|twisted|spin|hatchet\s+job|hit\s+piece|fake\s+news|biased|one-sided|scaremongering
    |set\s+the\s+record\s+straight|the\s+real\s+story|the\s+truth\s+is|what\s+they\s+(?:didn't|don't
    |won't)\s+tell\s+you|for\s+the\s+record|factually|doesn't\s+tell\s+the\s+whole|disgrace
    |shameful|sensationalis\w+|errors|mistakes|full\s+of\s+holes|made\s+up|fabricat\w+|distort\w+
    |out\s+of\s+context|cherry[\s-]pick\w*|exaggerat\w+|not\s+what\s+happened|clickbait|smear
    |check\s+your\s+facts|get\s+your\s+facts\s+(?:right|straight)|do\s+your\s+(?:research|homework))(?![\w'])"""
)
_WRONG_WORDS = ("wrong", "lying", "lied", "lies", "twisted", "misreport", "misquot", "made up", "nonsense", "rubbish")
_OUTLET_WRONG = _cues.cue(
    rf"""(?<![\w']){_NAMED_OUTLET}\s+(?:has\s+|have\s+|is\s+|are\s+)?(?:got\s+(?:it|this|that|the\s+\w+|everything)
    \s+(?:\w+\s+)?wrong|(?:completely\s+|totally\s+)?(?:wrong|lying|lied|twisted|misreported|misquoted|made\s+(?:it|this)\s+up)
    |(?:is|are)\s+(?:talking\s+)?(?:nonsense|rubbish))(?![\w'])"""
)
# The organisation's own statement, posted without front matter: it is the official response.
_OFFICIAL_STATEMENT = _cues.cue(
    r"""\A\W*(?:statement|our\s+(?:statement|response)|response\s+to|a\s+statement\s+(?:from|on))\b
    |(?<![\w'])a\s+spokes(?:person|man|woman)\s+for\s+(?:the\s+)?[\w&'-]+(?:\s+[\w&'-]+){0,6}?\s+said"""
)
# Coverage referred to without naming the outlet: "this article", "the journalist".
_MEDIA_REFERENCE = _cues.cue(
    r"""(?<![\w'])(?:(?:this|that|the|your|today's|yesterday's)\s+(?:news\s+)?(?:article|story|headline
    |piece|coverage|journalist|reporter|journalism)|(?:news|press|media)\s+coverage
    |(?:lazy|shoddy|sloppy|poor|bad|awful|terrible|irresponsible|gutter|tabloid)\s+(?:journalism|reporting|journalists?|reporters?))(?![\w'])"""
)
# The writer identifies as staff, so their comment reads as the organisation's.
_AS_STAFF = _cues.cue(
    r"""(?<![\w'])(?:i\s+work\s+(?:at|for|in|on)|as\s+(?:a|an|the|someone\s+who\s+works)\s+(?:[\w-]+\s+)?
    (?:nurse|doctor|midwife|consultant|member\s+of\s+staff|employee|staff\s+member|manager|paramedic|gp
      |worker|at|in|for)|(?:i'm|i\s+am)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:nurse|doctor|midwife|consultant
      |paramedic|gp|manager)\s+(?:at|on|in|for))(?![\w'])"""
)
_DISAGREES = _cues.cue(
    r"""(?<![\w'])(?:doesn't|don't|isn't|aren't|wasn't|didn't|not|never|but|actually|reality|truth|misses
    |ignores|fails|forgot|forgets|left\s+out)(?![\w'])"""
)
# What a news post looks like: a named outlet, or a headline's opening.
_NEWS_SOURCE = _cues.cue(
    rf"""{_NAMED_OUTLET}|(?<![\w'])(?:breaking\s*:|exclusive\s*:|(?:read|new)\s+(?:the\s+|our\s+)?
    (?:article|story)|according\s+to\s+a\s+(?:report|source))"""
)


@rule(
    "MD003",
    "media-coverage-response",
    triggers=generated("MD003"),
    needs=lambda: [_coverage(), _MEDIA_REFERENCE, _OUTLET_WRONG, _NEWS_SOURCE],
    category="media",
    severity="warning",
    message="Responds to media coverage from a personal account",
    suggestion="If coverage needs an official response, refer it to the communications team instead.",
)
def media_coverage_response(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds staff answering media coverage from a personal account. Calling an article or story
    wrong, misleading or a hatchet job ("That Bristol Post story about our A&E is misleading"),
    or replying to a news post, is flagged. Sharing good coverage ("Proud of our nurses on BBC
    Points West tonight!") and the official account's responses are fine.

    Why is this bad?
    ----------------
    A staff rebuttal is read as the organisation's response, can escalate a story and may
    disclose information; the communications team decides whether and how to respond.

    Example
    -------
    Flagged: "The HSJ article on our waiting lists is completely wrong, the truth is we've
    cut them."
    Fine: "Great to see our maternity team in the Bristol Post today."

    Policy
    ------
    HRA §3.5 (staff must not "make comments in response to published media comment (for example
    on online news sites). If you read something online that you feel is factually incorrect
    ... refer the matter to the communications team"); HSSIB005 §4.7; BNSSG 28 §7 (mistakes
    that pose a risk to reputation go to the communications team); Tavistock and Portman "When
    and how to respond to comments and criticism online".
    """
    if _cues.official_account(draft):
        return
    body = _cues.text(draft)
    coverage = _cues.mentions(body, _COVERAGE_WORDS)
    if coverage and _OFFICIAL_STATEMENT.search(body):
        coverage = False
    for match in [*_coverage().finditer(body), *_MEDIA_REFERENCE.finditer(body)] if coverage else []:
        first, last = _cues.sentence_around(body, match.start())
        # "That Guardian piece is full of errors. They've got the timeline wrong.": the next
        # sentence often carries the rebuttal.
        after = len(body) - len(body[last:].lstrip())
        following = _cues.sentence_around(body, after) if after < len(body) else (last, last)
        sentence = body[first : max(last, following[1])]
        if _CORRECTION.search(sentence) or (_AS_STAFF.search(body) and _DISAGREES.search(sentence)):
            yield Hit(match.start(), match.end())
            return
    # "Bristol Post got it totally wrong about the walk-in centre. I work there...": the outlet
    # itself, not an article, is what a member of staff answers.
    if _cues.mentions(body, _WRONG_WORDS) and _cues.speaks_personally(draft):
        for match in _OUTLET_WRONG.finditer(body):
            yield Hit(match.start(), match.end())
            return
    source = _cues.reply_source(draft)
    if source and _NEWS_SOURCE.search(source) and not _asks_for_comment(source) and body.strip():
        first, last = next(_cues.sentence_spans(body), (0, 0))
        yield Hit(first, last)


# --- MD004: the writer's own dealings with the media, in any words ---------------------------------
#
# Staff describe talking to the press in endless wordings ("was quoted in", "being interviewed
# on", "sent them a statement", "left a comment under the article"). MD004 reads the shape: the
# writer (not a colleague) does something with a news outlet or journalist, about their work.
# The word families are data below; add synonyms there.

# What the writer does with the media.
_MEDIA_ACTS = (
    r"(?:spoke|speaking|talked|talking|chatted|chatting|chat|talk|speak)\s+(?:to|with)", r"interview(?:ed|ing)?",
    r"quoted\s+(?:in|by)", r"quote\s+me", r"featured\s+in",
    r"(?:sent|send|sending|gave|give|giving|given|offer(?:ed|ing)?)\s+(?:them\s+|him\s+|her\s+|you\s+)?(?:a\s+|my\s+|the\s+)?"
    r"(?:statement|quote|comment|line|interview|briefing|background)",
    r"(?:be|being|was|am|i'll\s+be|i'm)\s+on\s+(?:air|the\s+radio|the\s+telly|tv|the\s+news)",
    r"(?:be|being|was|am|i'll\s+be|i'm)\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:radio|bbc|itv|lbc|sky|newsnight|podcast|programme|show)",
    r"booked\s+(?:for|on)", r"guest\s+on", r"film(?:ed|ing)", r"letter\s+to", r"(?:gave|give|giving)\s+(?:her|him|them)\s+some",
    r"(?:replying|replied|commenting|commented)\s+(?:to\s+\w+\s+)?in\s+the\s+comments",
    r"recorded\s+(?:a|an)\s+(?:podcast|interview|segment)", r"told\s+(?:the|a)\s+(?:\w+\s+)?(?:reporter|journalist|paper|press)",
    r"(?:left|posted|wrote|leaving|posting)\s+(?:a\s+)?(?:long\s+|quick\s+)?comments?\s+(?:under|on|below)",
    r"(?:the|our)\s+(?:trust's|icb's|organisation's|hra's|side|position)\s+(?:side|position|view|line)?",
    r"correct(?:ed|ing)?\s+the\s+record", r"on\s+background", r"off\s+the\s+record", r"replied\s+with",
)
# Who the writer deals with: an outlet, a journalist, a programme.
_MEDIA_OUTLETS = (
    _NAMED_OUTLET, r"journalists?", r"reporters?", r"(?:the\s+)?press", r"(?:news)?papers?", r"newspaper's",
    r"news\s+(?:desk|site|article)", r"health\s+desk", r"radio(?:\s+\d)?", r"tv", r"telly", r"podcast", r"lbc",
    r"article", r"programme", r"presenter", r"producer", r"documentary", r"(?:evening|sunday)\s+\w+", r"the\s+post",
    r"the\s+mail", r"magazine",
)
# The writer's work: what makes the contact the organisation's business.
_ABOUT_WORK = (
    r"(?:our|my)\s+(?:clinic|service|trust|team|ward|department|unit|hospital|organisation|report|investigation"
    r"|research|work|role|approvals?|committee|programme|icb|employer)", r"(?:trust|icb|hra|hssib|hee)'s",
    r"my\s+role\s+at", r"as\s+(?:a|the)\s+(?:senior\s+)?(?:clinician|nurse|doctor|manager|consultant|investigator|lead)",
    r"i\s+work", r"on\s+behalf", r"the\s+(?:trust|icb)", r"the\s+person\s+leading", r"ethics\s+committee",
)


def _family(words: tuple[str, ...]) -> str:
    return r"(?<![\w'])(?:" + "|".join(words) + r")(?![\w'])"


_MEDIA_ACT = _cues.cue(_family(_MEDIA_ACTS))
_MEDIA_OUTLET = _cues.cue(_family(_MEDIA_OUTLETS))
_WORK_CUE = _cues.cue(_family(_ABOUT_WORK))
# The writer is the one doing it: first person, or a sentence that opens with the deed ("Was
# quoted in", "Being interviewed on", "Great to chat to"), not "Our Chief Executive spoke to".
_WRITER_DOES = _cues.cue(
    r"""(?<![\w'])(?:i|i'm|i've|i'll|i'd|me|my)(?![\w'])|\A\s*(?:just\s+|great\s+to\s+|lovely\s+to\s+|delighted\s+to\s+
    (?:be\s+)?|proud\s+to\s+(?:be\s+)?)?(?:was|been|being|spoke|talked|chatted|chat|recorded|told|left|sent|gave|featured|quoted
    |booked|guest|filmed|on|had)(?![\w'])"""
)
# Speaking for a union, as the Tavistock and Portman policy allows, or through the press office.
_PROPER_ROUTE = _cues.cue(
    rf"""(?:speaking|speak)\s+for\s+(?:\w+\s+)?{_UNION}|on\s+behalf\s+of\s+(?:the\s+|our\s+|my\s+)?{_UNION}
    |not\s+speaking\s+for\s+the|(?:passed|passing|referred|sent|pointed|directed|forwarded)\s+(?:them|it|him|her)\s+(?:on\s+)?to\s+(?:our|the)
    \s+(?:comms|communications|press|media)|(?:with|through|via|arranged\s+by)\s+(?:our|the)\s+(?:comms|communications|press)"""
)


_OUTLET_REACH = 160


@rule(
    "MD004",
    "media-contact",
    triggers=generated("MD004"),
    needs=lambda: [(_MEDIA_ACT, _MEDIA_OUTLET)],
    category="media",
    severity="warning",
    message="Describes dealing with the media about work from a personal account",
    suggestion="Refer journalists and requests for comment to the communications team.",
)
def media_contact(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds the writer's own dealings with a news outlet or journalist about their work, in any
    wording: "spoke to a reporter from the Evening Standard about our service", "was quoted in
    the Guardian", "being interviewed on LBC about our clinic", "sent them a statement setting
    out the Trust's position", "left a comment under the Telegraph article". It needs the writer
    (first person, or a sentence opening with the deed), a media outlet and the writer's work.
    Official accounts, a colleague's interview shared by the writer, referring a journalist to
    the communications team, interviews arranged through it, and trade union representatives
    speaking for their union are fine.

    Why is this bad?
    ----------------
    Staff talking to the media are read as the organisation's voice; the communications team
    must handle media contact so that what is said is accurate, authorised and consistent.

    Example
    -------
    Flagged: "Being interviewed on LBC at 7pm about our clinic."
    Fine: "A journalist got in touch about my blog, so I've passed them to our communications
    team."

    Policy
    ------
    HSSIB005 §4.7 (media contact goes to the Communications Team); HRA §3.5 (staff must not
    respond to requests for comment or comment on published media); BNSSG 28 §7 (contacted by
    the media); Tavistock and Portman Scope (union representatives may comment for their union,
    not for the Trust); HEE principle 3.
    """
    if _cues.official_account(draft):
        return
    body = _cues.without_quotes(_cues.text(draft))
    if _PROPER_ROUTE.search(body):
        return
    names = phrases.literal_list(tuple(name.lower() for name in ctx.names))
    about_work = bool(_WORK_CUE.search(body) or (names and names.search(body)))
    if not about_work:
        return
    for match in _MEDIA_ACT.finditer(body):
        first, last = _cues.sentence_around(body, match.start())
        sentence = body[first:last]
        # "The Sunday Times piece is one-sided. I've sent them a statement": the outlet is often
        # named just before.
        before = body[max(0, first - _OUTLET_REACH) : last]
        if _MEDIA_OUTLET.search(before) and _WRITER_DOES.search(sentence):
            yield Hit(match.start(), match.end())
            return
