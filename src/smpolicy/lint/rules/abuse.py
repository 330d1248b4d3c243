"""Abuse: obscenities, insults, hate speech, stigmatising terms, picking fights, and attacking
colleagues.

Every seed asks staff to write online as they would at work (HSSIB005 §4.8 "Be respectful",
HRA §3.1, BNSSG 28 §7, Tavistock and Portman "Interactions with others online", HEE
"Monitoring compliance" 3.2). The word lists are data (`lint/data/abuse_*.toml`) matched as
whole words in one pass each, so clinical words (sexual health, HIV, anal cancer, penis,
vagina, testicular, breast screening) and place names (Scunthorpe, Essex) can never match.
"""

from __future__ import annotations

from functools import cache
from typing import Iterable

from smpolicy.lint import phrases
from smpolicy.lint.rule import Hit, rule
from smpolicy.lint.rules import _cues
from smpolicy.lint.triggers import all_of, generated, index_of


def _listed(draft, name: str, gate: tuple[str, ...], mentions_allowed: bool = False) -> Iterable[Hit]:
    """Hits from one phrase list, loaded only when a word it needs is in the draft.

    With `mentions_allowed`, a word quoted as a word ("we don't say 'junkie'", "I was called
    'psycho' at school") is a mention, not a use: campaigns against stigma and abuse must name
    the words they campaign against.
    """
    body = _cues.text(draft)
    if not _cues.mentions(body, gate):
        return
    for found in phrases.load(name).finditer(body):
        if mentions_allowed and _mentioned_not_used(body, found.start, found.end):
            continue
        yield Hit(found.start, found.end, found.phrase.message, found.phrase.suggestion or None)


# Talking about words rather than using them: what people are called, what we do not say.
_ABOUT_WORDS = _cues.cue(
    r"""(?<![\w'])(?:(?:was|were|been|being|get|gets|got|getting|is|are)\s+called|call(?:ed|ing)?\s+(?:me|us)
    |(?:don't|do\s+not|never|stop|avoid|please\s+don't)\s+(?:say|saying|use|using|call|calling)
    |call(?:ing|s)?\s+(?:someone|somebody|people|anyone|a\s+person|patients|colleagues|them)
    |(?:words?|terms?|language|labels?|names?|phrases?|slurs?)\s+(?:like|such\s+as)
    |the\s+(?:word|term|label)s?|we\s+say|say\s+instead|instead\s+of|rather\s+than)(?![\w'])"""
)
_QUOTE_MARKS = "\"'\u201c\u201d\u2018"


# "I was called a psycho at school": the name someone else gave the writer.
_CALLED_NAMES = _cues.cue(
    r"""(?:(?:was|were|been|being|get|gets|got|getting)\s+called|called\s+(?:me|us))\s+(?:an?\s+)?["'\u201c\u2018]?$"""
)


# A myth set up to be knocked down: "Myth: international nurses are taking our jobs. Fact: ..."
_MYTH = _cues.cue(
    r"""(?:\A|(?<=[.!?\n]))\s*(?:myth|false|not\s+true|untrue)\s*[:\-]|(?<![\w'])(?:it's\s+a\s+myth\s+that|it\s+is\s+not\s+true
    \s+that|it's\s+not\s+true\s+that|you\s+may\s+have\s+heard\s+that|some\s+people\s+(?:say|think|claim)\s+that)(?![\w'])"""
)


def _mentioned_not_used(body: str, start: int, end: int) -> bool:
    """A word in quotation marks, in a sentence about words, a name the writer was called, or a
    myth the post goes on to correct."""
    first, last = _cues.sentence_around(body, start)
    if _CALLED_NAMES.search(body[max(first, start - 40) : start]) or _MYTH.search(body[first:last]):
        return True
    if not _ABOUT_WORDS.search(body[first:last]):
        return False
    before = body[max(first, start - 2) : start]
    after = body[end : min(last, end + 2)]
    return any(c in _QUOTE_MARKS for c in before) and any(c in _QUOTE_MARKS for c in after)


# Cheap gates: every entry of a list needs one of its words, so most drafts never load it.
_OBSCENE = (
    "arse", "ass-hole", "asshole", "bastard", "bell-end", "bellend", "bitch", "boll", "b*ll",
    "bugger", "bullsh", "bull-sh", "bulls*", "bull-s*", "cunt", "c*nt", "cocksuck", "cock-suck",
    "crap", "dickhead", "dick-head", "dipsh", "dip-sh", "fuck", "f*", "fck", "fuk", "ffs", "fml",
    "knobhead", "knob-head", "omfg", "piss", "shit", "sh*", "sh!", "sh1", "slut", "sod off", "stfu",
    "tosser", "twat", "tw*", "wank", "wtf", "whore", "eff", "sodding", "feck", "frigg", "screw",
    "sod ", "stuff", "bugger",
)
_INSULTING = (
    "cretin", "dimwit", "nitwit", "halfwit", "half-wit", "douche", "idiot", "imbecile", "jackass",
    "jack-ass", "knuckle", "moron", "numpt", "pillock", "plonker", "scum", "clown", "muppet",
    "loser", "snowflake", "nonce", " joke", "disgrace", "waste of", "laughing stock", "stupid",
    " thick", "pathetic", " dense", " dim", "troll", " git", " prat", " plank", " twit", " cow",
    "hypocrite", " liar", "coward", "bigot", "keyboard", "snake", "weirdo", "freak", "ignorant",
    "clueless", "brainless", "deluded", " vile", "disgusting", "despicable", "useless", "spineless",
    "gutless", "embarrassment", "dumb", "daft", "brain", "short of", "upstairs", "laziest",
    "rudest", "thickest", "stupidest", "dumbest", "ugliest", "nastiest", "most ", "tool", "melt",
    "wet wipe", "weapon", "bellend", "wazzock", "knob", "nobhead", "gobshite", "dickhead", "spanner",
)
_HATEFUL = (
    "fagg", "golliw", "gollyw", "wog", "gyppo", "pikey", "kike", "yid", " mong", "nigg", "paki",
    "poof", "batty", "raghead", "towel", "retard", "shemale", "trann", "spaz", "spack", "spastic",
    "immigrant", "migrant", "foreigner", "refugee", "asylum", "muslim", "jew", "hindu", "sikh",
    "gay", "lesbian", "trans ", "blacks", "black people", "asian", "traveller", "gypsies", "roma",
    "poles", "romanian", "european", "disabled people", "own country", "came from", "foreign",
    "overseas", "international", "send", "english", "gay", "typical", "bloody", "hormonal",
    "hysterical", "woman", "women", "girl", "bloke",
)
_STIGMATISING = (
    "block", "scrounger", "chav", "crack", "smack", "druggie", "alkie", "alky", "drunks", "cripple",
    "frequent fl", "junkie", "loon", "nutter", "nut-job", "nutjob", "psycho", "schizo", "headcase",
    "mental case", "lunatic", "window", "anorexics", "harmers", "mental patient", "attention",
    "waster", "deserve", "brought it on", "to blame", "a drain", "a burden", "wasting", "putting it on",
    "faking", "lazy", "disgusting", "pathetic", "liars", " weak", "selfish", "own fault", "clog",
    "waste", "pay for", "refused", "made to pay", "denied", "get treat", "get a bed", "drama",
    "manipulative", "the worst", "frequent", "love", "adore", "enjoy",
)
_FIGHTING = (
    "cry me", "cry more", "get a grip", "get a life", "get a clue", "facts", "how dare", "yourself",
    "asked", "read", "boomer", "touch grass", "shut", "shame on", "ashamed", "embarrassed",
    "whining", "whinging", "moaning", "trolling", "you people", "talking about", "no idea",
    "understand", "know nothing", "rubbish", "nonsense", "drivel", "garbage", "tripe", "lying",
    " liar", "clue", "idea", "mouth", "spout", "shoot off", "shooting off", "imagine", "before you",
)


@rule(
    "AB001",
    "obscenity",
    triggers=generated("AB001"),
    needs=lambda: [phrases.load("abuse_obscenities")],
    category="abuse",
    severity="error",
    message="Obscenity",
    suggestion="Remove the obscenity: write as you would in a meeting or a formal letter.",
)
def obscenity(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds swear words, including disguised spellings ("f*ck", "sh!t", "wtf"), as whole words.
    Words with clinical or everyday meanings ("bloody stools", "finger-prick test", "Dick",
    "fags" for cigarettes) are not on the list, and no word is matched inside another, so
    Scunthorpe, Essex, cocktail and assessment are safe.

    Why is this bad?
    ----------------
    Obscene language from NHS staff or accounts damages trust in the organisation; HEE treats
    obscene material as gross misconduct.

    Example
    -------
    Flagged: "What a sh*t week on the ward."
    Fine: "Our sexual health clinic in Scunthorpe offers HIV and anal cancer screening."

    Policy
    ------
    HSSIB005 §4.8 Be respectful ("Do not use personal insults, obscenities"); HRA §3.1 ("respect
    your audience. Don't use personal insults, obscenities"); BNSSG 28 §7 ("Respect the audience.
    Do not use personal insults, obscenities"); HEE "Monitoring compliance" 3.2 (obscene
    material is gross misconduct); Tavistock and Portman "You are an ambassador for the Trust".
    """
    return _listed(draft, "abuse_obscenities", _OBSCENE)


@rule(
    "AB002",
    "personal-insult",
    triggers=generated("AB002"),
    needs=lambda: [phrases.load("abuse_insults"), _aimed_insults()],
    category="abuse",
    severity="error",
    message="Personal insult",
    suggestion="Remove the insult: disagree with the point, politely, or do not engage.",
)
def personal_insult(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds personal insults. Words that only insult ("idiot", "moron", "numpty") are flagged
    anywhere; words that insult when aimed at someone only then ("you clown", "what a joke",
    "you're pathetic"), and so are insulting noun phrases said of a person ("what a pathetic
    bully", "she's a lazy cow", "you absolute muppet"). "Hospital clowns", "snowflake" in a
    winter post, "bitten by a snake", a name someone was called ("she was called a lazy cow by
    a patient") and "there's no such thing as a stupid question" are fine.

    Why is this bad?
    ----------------
    Personal insults breach the standards of conduct expected at work, escalate arguments and
    reflect on the organisation and the NHS.

    Example
    -------
    Flagged: "@critic you clearly haven't read the report, you clown."
    Fine: "Our hospital clowns visited the children's ward today."

    Policy
    ------
    HSSIB005 §4.8 Be respectful ("Do not use personal insults"); HRA §3.1; BNSSG 28 §7 ("Do not
    use personal insults"); Tavistock and Portman "Interactions with others online" (nothing
    abusive, bullying or harassing); HEE "Monitoring compliance" 3.2 (derogatory material).
    """
    listed = list(_listed(draft, "abuse_insults", _INSULTING))
    yield from listed
    body = _cues.text(draft)
    if not (_may_aim_insult(draft) and _cues.mentions(body, _INSULT_NOUN_WORDS)):
        return
    for match in _aimed_insults().finditer(body):
        group = next(name for name in ("insult", "insult2", "insult3", "insult4") if match.group(name))
        if group == "insult4" and not _cues.addressed_to_someone(draft):
            continue  # "Clowns" as a heading; "Clown." as a reply's last word is aimed at someone
        start, end = match.span(group)
        if any(hit.start < end and start < hit.end for hit in listed):
            continue  # the phrase list already named it
        if _cues.negated(body, match.start(), words=3) or _mentioned_not_used(body, start, end):
            continue
        yield Hit(start, end)


# Nouns that only insult when said of a person ("a bully", "a loser"), and nouns with an
# everyday sense ("a snake", "a cow", "a dinosaur") that insult when a person is called one.
_INSULT_NOUN = r"""(?:idiots?|morons?|imbeciles?|cretins?|halfwits?|dimwits?|nitwits?|bull(?:y|ies)
  |losers?|muppets?|numpt(?:y|ies)|plonkers?|pillocks?|prats?|gits?|twits?|jobsworths?|liars?
  |hypocrites?|cowards?|bigots?|creeps?|weirdos?|freaks?|whingers?|moaners?|parasites?|leeches
  |airheads?|bimbos?|snakes?|cows?|witch(?:es)?|dinosaurs?|pigs?|rats?|sheep|donkeys?|vultures?
  |sharks?|dragons?|trolls?|clowns?|snowflakes|dead\s?weight|dead\s?wood|piece\s+of\s+work|basket\s+case
  |waste\s+of\s+(?:space|oxygen|skin|a\s+salary))"""
# Nouns that insult whatever describes them: "a compulsive liar", "a total and utter moron".
_SURE_INSULT = r"""(?:idiots?|morons?|imbeciles?|cretins?|halfwits?|dimwits?|nitwits?|bull(?:y|ies)|losers?
  |muppets?|numpt(?:y|ies)|plonkers?|pillocks?|prats?|jobsworths?|liars?|hypocrites?|cowards?|bigots?|creeps?
  |weirdos?|whingers?|moaners?|parasites?)"""
# Adjectives that are negative on their own (not intensifiers such as "bloody" or "absolute"):
# one of them before any noun is a verdict on a person ("a jumped-up little dictator", "an
# arrogant know-it-all"); "a bloody brilliant nurse" is praise.
_NEGATIVE_ADJECTIVE = r"""(?:lazy|useless|nasty|vile|pathetic|stupid|spineless|gutless|two-faced|evil|horrible
  |miserable|arrogant|smug|lying|sneaky|slimy|jumped-up|power-mad|power-hungry|incompetent|bitter|toxic|entitled
  |whiny|snide|spiteful|vindictive|petty|clueless|brainless|gormless|ignorant|pompous|hopeless|sneering
  |condescending|patronising|cowardly|backstabbing|back-stabbing|self-important|stuck-up|useless|rude|obnoxious
  |insufferable|odious|creepy|sleazy|bent|corrupt|inept|dim-witted|thick)"""
# Up to three words of any kind before such a noun, but not a negation ("you're not a coward").
_ANY_WORDS = r"(?:(?!(?:not|never|no|hardly)\s)[\w-]+\s+){1,3}"
# Words that make an insult of a noun: "lazy", "pathetic", "spineless", and the intensifiers
# people only use of people ("an absolute dinosaur", "a right cow").
_INSULT_ADJECTIVE = r"""(?:lazy|useless|nasty|vile|pathetic|stupid|spineless|gutless|two-faced|sad|fat|ugly
  |evil|horrible|miserable|arrogant|smug|lying|sneaky|slimy|jumped-up|power-mad|power-hungry
  |incompetent|thick|bitter|toxic|entitled|whiny|whingeing|whinging|moaning|snide|spiteful
  |vindictive|petty|clueless|brainless|gormless|ignorant|bloody|fucking|silly|stuck-up
  |self-important|pompous|hopeless|absolute|utter|complete|total|right|proper|massive|sneering
  |condescending|patronising|bullying|cowardly|backstabbing|back-stabbing)"""
# The insult ends the phrase: "a snake who...", "a lazy cow.", not "a snake bite" or "a
# dinosaur expert".
_PHRASE_END = r"""(?=\s*(?:[.,;:!?)"'\n\u201d]|$)|\s+(?:who|that|and|with|for|in|on|at|from|of|if|when|but
  |because|tbh|honestly|lol|though|mate|again|as\s+well|too)(?![\w'-]))"""
_INSULT_NOUN_WORDS = (
    "idiot", "moron", "imbecile", "cretin", "wit", "bull", "loser", "muppet", "numpt", "plonker",
    "pillock", "prat", "git", "twit", "jobsworth", "liar", "hypocrite", "coward", "bigot", "creep",
    "weirdo", "freak", "whinger", "moaner", "parasite", "leech", "airhead", "bimbo", "snake", "cow",
    "witch", "dinosaur", "pig", "rat", "sheep", "donkey", "vulture", "shark", "dragon", "troll",
    "clown", "snowflake", "joke", "dead", "piece of work", "basket case", "waste of",
)


# Every aimed insult ends on one of these nouns as a word of its own ("rat", "rats"; proved from
# the pattern in tests/lint/rules/test_abuse.py). The draft's word index answers that in a few set
# look-ups, where the substrings of _INSULT_NOUN_WORDS ("rat" in "great", "wit" in "with") let
# nearly every draft through to a pattern tried at every character.
_AIMED_NOUNS = (
    "airhead", "bigot", "bimbo", "bullies", "bully", "clown", "cow", "creep", "cretin", "deadweight",
    "deadwood", "dimwit", "dinosaur", "donkey", "dragon", "freak", "git", "halfwit", "hypocrite", "idiot",
    "imbecile", "jobsworth", "joke", "leeches", "liar", "loser", "moaner", "moron", "muppet", "nitwit",
    "numpt", "parasite", "pig", "pillock", "plonker", "prat", "rat", "shark", "sheep", "snake", "snowflake",
    "troll", "twit", "vulture", "weirdo", "whinger", "witch",
)
# First words of the insults written as phrases: "dead weight", "piece of work", "waste of space".
_AIMED_PHRASE_STARTS = ("dead", "piece", "basket", "waste")


@cache
def _aimed_insult_terms() -> str:
    """The nouns as trigger terms (see smpolicy.lint.triggers): words starting with them."""
    return "|".join([*(f"{noun}*" for noun in _AIMED_NOUNS), *_AIMED_PHRASE_STARTS])


def _may_aim_insult(draft) -> bool:
    return index_of(draft).has_term(_aimed_insult_terms())


@cache
def _aimed_insults() -> object:
    noun_phrase = rf"""(?:an?\s+)?(?:(?:{_INSULT_ADJECTIVE}|old|little|big)[\s,]+){{0,3}}"""
    insulting = rf"""(?:an?\s+)?(?:(?:{_INSULT_ADJECTIVE})[\s,]+)(?:(?:{_INSULT_ADJECTIVE}|old|little|big)[\s,]+){{0,2}}"""
    return _cues.cue(
        rf"""
        # "she's a snake", "they are a bunch of entitled whingers", "he is such a coward"
        (?<![\w'])(?:he|she|they|you|u)(?:'s|'re|\s+(?:is|are|was|were|has\s+been|have\s+been))
          \s+(?:(?:just|such|really|basically|honestly|literally|always|still|being|nothing\s+but
          |like|a\s+(?:bunch|load|pack)\s+of)\s+){{0,2}}
          (?P<insult>{noun_phrase}{_INSULT_NOUN}|(?:an?\s+)?{_ANY_WORDS}{_SURE_INSULT}){_PHRASE_END}
        # "what a pathetic bully", "such a sad loser"
        |(?<![\w'])(?:what|such)\s+(?P<insult2>{insulting}{_INSULT_NOUN}){_PHRASE_END}
        # "... one documentary. Clown.": an insult as a sentence of its own
        |(?:(?<=[.!?]\s)|(?<=\n)|\A)(?P<insult4>(?:what\s+an?\s+|(?:an?\s+)?(?:absolute|total|complete|utter)\s+)?
          (?:clown|muppet|loser|troll|snowflake|idiot|moron|numpty|plonker|pillock|prat|twit|halfwit|joke|cretin)s?)
          (?=\s*[.!?]*\s*(?:\n|$))
        # "you lazy cow", "you absolute muppet"
        |(?<![\w'])you\s+(?P<insult3>(?:(?:{_INSULT_ADJECTIVE}|old|little)\s+){{1,3}}{_INSULT_NOUN}){_PHRASE_END}
        """
    )


@rule(
    "AB003",
    "hate-speech",
    triggers=generated("AB003"),
    needs=lambda: [phrases.load("abuse_hate")],
    category="abuse",
    severity="error",
    message="Hate speech",
    suggestion="Remove it: discriminatory language is never acceptable and may be gross misconduct.",
)
def hate_speech(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds slurs and statements that dehumanise a group. Slurs against people for their race,
    religion, sexuality, gender identity or disability, and statements such as "these migrants
    are vermin" or "go back to your own country", are flagged. Clinical terms such as "spastic
    cerebral palsy" are not flagged.

    Why is this bad?
    ----------------
    Hate speech harms the people it targets and the communities the NHS serves; it is
    discriminatory conduct under the Equality Act 2010 and may be a crime.

    Example
    -------
    Flagged: "All these asylum seekers should be sent back."
    Fine: "Everyone is welcome at our Eid celebration, including refugees and asylum seekers."

    Policy
    ------
    BNSSG 28 §7 ("Don't use social media in any way to discriminate or direct hate speech
    towards colleagues"); HRA §3.2 (hateful language among online risks); HSSIB005 Appendix 1
    (hateful and discriminatory behaviour); Tavistock and Portman "You are an ambassador for the
    Trust" (an anti-racist organisation); HEE "Monitoring compliance" 3.2 (discriminatory
    material is gross misconduct).
    """
    return _listed(draft, "abuse_hate", _HATEFUL, mentions_allowed=True)


@rule(
    "AB004",
    "stigmatising-language",
    triggers=generated("AB004"),
    needs=lambda: [phrases.load("abuse_stigma")],
    category="abuse",
    severity="warning",
    message="Stigmatising term for a patient group or condition",
    suggestion="Describe people and conditions with respect.",
)
def stigmatising_language(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds derogatory words and statements about patient groups and conditions. Examples:
    "nutters", "junkies", "bed blockers", "frequent flyers" (for people who often use services),
    "self-harmers just want attention", "smokers should pay for their treatment". Everyday
    compounds ("gym junkie", "frequent flyer miles"), history ("the county lunatic asylum"), and
    words mentioned rather than used (an anti-stigma post's "we don't say 'junkie'", a story's
    "I was called a psycho at school") are not flagged.

    Why is this bad?
    ----------------
    Stigmatising words discourage people from seeking help and tell patients how staff see
    them.

    Example
    -------
    Flagged: "Another shift full of frequent flyers and bed blockers."
    Fine: "Our team helps patients whose discharge is delayed get home sooner."

    Policy
    ------
    Tavistock and Portman "Maintain confidentiality" (never post information "that is
    stigmatising or derogatory to any patient group or condition"); HRA §3.1; HSSIB005 §4.8 Be
    respectful; BNSSG 28 §7; HEE "Monitoring compliance" 3.2 (derogatory material).
    """
    return _listed(draft, "abuse_stigma", _STIGMATISING, mentions_allowed=True)


@rule(
    "AB005",
    "picking-fights",
    triggers=generated("AB005"),
    needs=lambda: [phrases.load("abuse_fights")],
    category="abuse",
    severity="warning",
    message="Picks a fight",
    suggestion="Do not argue: correct facts politely, or do not engage and ask the communications team.",
)
def picking_fights(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds confrontational, belittling phrases aimed at the person being answered. Examples: "how
    dare you", "get a grip", "you don't know what you're talking about", "shame on you". Kindly
    phrases health copy uses ("if your baby won't stop crying") are not on the list.

    Why is this bad?
    ----------------
    Arguing in public escalates, draws others in and is read as the organisation's tone; the
    policies ask staff to disengage and let the communications team respond.

    Example
    -------
    Flagged: "Get your facts straight before you post."
    Fine: "Thanks for your comment. The figures are in our annual report on page 12."

    Policy
    ------
    HRA §3.1 ("don't pick fights, be the first to correct your own mistakes"); HSSIB005 §4.8
    Other concerns (do not engage, or politely disengage, from interactions that are or could
    become antagonistic); BNSSG 28 §7 ("they should not be confrontational"); Tavistock and
    Portman "When and how to respond to comments and criticism online".
    """
    return _listed(draft, "abuse_fights", _FIGHTING)


# Someone the writer works with: "my manager", "our consultants", "the ward sister",
# "Dr Patel", "senior management". The organisation itself is not a colleague.
_COLLEAGUE_NOUN = r"""
(?:managers?|boss(?:es)?|colleagues?|co-?workers?|consultants?|registrars?|matrons?|sisters?
 |charge\s+nurses?|nurses?|doctors?|gps?|directors?|chief\s+executive|ceo|chair(?:man|woman)?
 |supervisors?|team\s+leaders?|leads?|staff|receptionists?|hcas?|pharmacists?|physios?
 |surgeons?|anaesthetists?|medical\s+director|hr|management|leadership|execs?|executives?
 |board|team|department|seniors?|juniors?|trainees?|execs?|deputy
 |(?:head|director|lead)\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}[\w-]+)
"""
_ROLE_MODIFIER = r"""(?:new|old|current|former|ex|senior|junior|night|day|agency|locum|bank|ward|line
  |team|practice|deputy|assistant|head|clinical|whole|entire|so-called|top|educational|medical
  |nursing|hr|admin|nhs|trust|hospital|divisional|associate|chief|programme|service|unit|rota|certain
  |training|specialty|foundation|care-?group|site|operational|general)"""
_COLLEAGUE_REF = rf"""
(?:(?:my|our|the|that|this|these|those|a|one\s+of\s+(?:my|our|the)|(?:some|most|all|half|both|two|many)
    \s+(?:of\s+)?(?:my|our|the)?)\s+
   (?:{_ROLE_MODIFIER}[\s-]+){{0,2}}
   {_COLLEAGUE_NOUN}
 |(?:dr|doctor|sister|matron|nurse|prof|professor)\.?\s+[a-z][a-z'-]+(?:\s+(?!(?:is|was|has|on|in|at|from|of|for)\s)[a-z][a-z'-]+)?
 |(?:senior\s+)?management)
"""
_NEGATIVE = r"""
(?:useless|incompetent|lazy|hopeless|clueless|inept|spineless|gutless|arrogant|rude|toxic
 |vile|nasty|pathetic|stupid|idiotic|two-faced|back-?stabbing|bullying|power-?mad
 |unprofessional|shambolic|dreadful|awful|terrible|crap|shit|bloody\s+useless|a\s+bully
 |bullies|liars?|a\s+joke|a\s+disgrace|an\s+embarrassment|a\s+nightmare|a\s+liability
 |past\s+it|stuck\s+in\s+the\s+(?:dark\s+ages|past|(?:19)?\d0s)|living\s+in\s+the\s+(?:past|dark\s+ages)
 |(?:haven't|have\s+not)\s+got\s+a\s+clue|(?:don't|do\s+not)\s+have\s+a\s+clue|haven't\s+a\s+clue
 |(?:should|need\s+to|ought\s+to)\s+(?:retire|be\s+retired|be\s+pensioned\s+off)
 |a\s+waste\s+of\s+space|an?\s+(?:\w+\s+)?(?:disaster|car\s+crash|train\s+wreck)|(?:a\s+)?(?:bunch
   |load|pack)\s+of\s+(?:bullies|idiots|clowns|morons|liars
   |cowards|jobsworths|muppets|incompetents|dinosaurs|amateurs)|idiots?|morons?|clowns?|cowards?
     |dinosaurs?|jobsworths?|a\s+shambles
 |out\s+of\s+(?:their|his|her)\s+depth|not\s+fit\s+(?:for|to)|unfit\s+to
 |(?:an?\s+)?(?:(?:total|complete|absolute|utter|massive|proper)\s+)?(?:frauds?|charlatans?|fakes?|snake\s+oil\s+salesm[ae]n)
   (?=\s*[.!,;?]|\s*$|\s+(?:and|who|that))
 |the\s+(?:worst|laziest|rudest|most\s+(?:incompetent|useless|arrogant|unprofessional))
   (?=\s*[.!,;?]|\s*$|\s+(?:\w+\s+)?{noun})
 |the\s+most\s+{negadj}(?:\s+(?:person|man|woman|colleague|boss|human|individual|manager|doctor|nurse|consultant))?
 |{insult})
"""
# Words allowed between the colleague and the verdict: where they work ("Dr Patel on ward 7")
# and how strongly it is put ("is completely useless"); anything else ("our manager said the
# food was awful") means the verdict is about something else.
_WHERE = r"""(?:\s+(?:on|in|at|from|of|for)(?:\s+(?:the|our|my|ward|this|that|these))?\s+[\w'-]+(?:\s+[\w'-]+)?(?:\s+\d+)?
  |\s+(?:here|there|now|today|tonight|yesterday|again|honestly|really|just|literally|always|still|also
    |these\s+days|nowadays))?"""
_DEGREE = r"""(?:(?:completely|complete|absolute|total|utter|so|just|absolutely|totally|utterly|really|very
  |quite|pretty|such
  |bloody|fucking|clearly|literally|always|still|also|being|actually|honestly|genuinely
  |an?\s+absolute|a\s+complete|a\s+total|not|never)\s+){0,2}"""


@cache
def _attacks() -> tuple[object, object, object]:
    # "a lazy cow", "an absolute snake", "a bunch of entitled whingers"
    insult = rf"""(?:(?:an?\s+|(?:a\s+)?(?:bunch|load|pack)\s+of\s+)?(?:(?:{_INSULT_ADJECTIVE}|old|little)[\s,]+){{0,3}}
      {_INSULT_NOUN}|(?:an?\s+)?{_ANY_WORDS}{_SURE_INSULT}
      |an?\s+(?:[\w-]+[\s,]+){{0,2}}?{_NEGATIVE_ADJECTIVE}[\s,]+(?:[\w-]+[\s,]+){{0,2}}?[\w-]+){_PHRASE_END}"""
    negative = _NEGATIVE.format(noun=_COLLEAGUE_NOUN, insult=insult, negadj=_NEGATIVE_ADJECTIVE)
    # "my useless manager", "that incompetent Dr Smith"
    before = _cues.cue(
        rf"""(?<![\w'])(?:my|our|the|that|this|these|those)\s+(?:(?:absolutely|completely|totally
        |utterly|so|bloody|fucking|\w+)\s+)?{negative}\s+(?:(?:\w+|so-called)\s+)?
        (?:{_COLLEAGUE_NOUN}|(?:dr|sister|matron|nurse)\.?\s+[a-z][a-z'-]+)(?![\w])"""
    )
    # "the old dinosaurs on the board", "the clowns running HR": people called names by where
    # they work
    among = _cues.cue(
        rf"""(?<![\w'])(?:the|our|those|these|that|this)\s+(?:(?:{_INSULT_ADJECTIVE}|old|little)\s+){{0,2}}
        {_INSULT_NOUN}\s+(?:on|in|at|from|running|who\s+run|in\s+charge\s+of)\s+(?:the\s+|our\s+|my\s+)?
        (?:{_ROLE_MODIFIER}[\s-]+){{0,2}}{_COLLEAGUE_NOUN}(?![\w])"""
    )
    # "my manager is completely useless", "Dr Jones on ward 7 is the laziest consultant"
    after = _cues.cue(
        rf"""(?<![\w'])(?P<who>{_COLLEAGUE_REF})(?![\w])(?P<gap>{_WHERE})
        \s+(?:is|are|was|were|'s|'re|has\s+been|have\s+been|remains?|seems?|acts?\s+like
          |behaves?\s+like)\s+(?P<how>{_DEGREE}){negative}(?![\w])
        |(?<![\w'])(?P<who2>{_COLLEAGUE_REF})(?![\w]){_WHERE}
        \s+(?:should|ought\s+to|needs?\s+to|deserves?\s+to)\s+(?:be|get)\s+
        (?:sacked|fired|struck\s+off|disciplined|ashamed(?:\s+of\s+(?:themselves|himself|herself))?)
        (?![\w])
        |(?<![\w'])(?P<who3>{_COLLEAGUE_REF})(?![\w]){_WHERE}\s+(?:(?:hasn't|has\s+not|haven't|have\s+not
          |doesn't|does\s+not|don't|do\s+not)\s+(?:got\s+|have\s+)?(?:a\s+clue|the\s+first\s+idea|a\s+scooby)
          (?!\s+(?:how|that|about|what\s+(?:we|you)))
          |treats?\s+(?:[\w-]+\s+){{1,3}}?like\s+(?:dirt|rubbish|crap|shit|muck|garbage|servants|slaves|skivvies|children|idiots|a\s+doormat)(?![\w])
          |(?:has|have)\s+no\s+(?:idea|clue)\s+what\s+(?:they're|she's|he's|they\s+are|she\s+is|he\s+is)
            \s+doing|couldn't\s+(?:organise|run|manage)\s+a|(?:can't|cannot)\s+(?:do\s+(?:their|his|her)\s+job
          |be\s+trusted))"""
    )
    # "Educational supervisors here are dinosaurs", "Consultant on my rotation is a dinosaur": a
    # role with no determiner opening a sentence.
    bare = _cues.cue(
        rf"""(?:\A|(?<=[.!?]\s)|(?<=\n))(?:{_ROLE_MODIFIER}[\s-]+){{0,2}}{_COLLEAGUE_NOUN}
        (?P<gap>{_WHERE})\s+(?:is|was|'s|are|were|has\s+been|have\s+been|seems?)\s+(?P<how>{_DEGREE}){negative}
        (?![\w])"""
    )
    return before, after, bare, among


# Cheap gates for AB006: a colleague and a verdict must both be mentioned.
_COLLEAGUE_WORDS = (
    "manager", "boss", "colleague", "worker", "consultant", "registrar", "matron", "sister", "nurse",
    "doctor", "gp", "director", "chief", "ceo", "chair", "supervisor", "lead", "staff", "receptionist",
    "hca", "pharmacist", "physio", "surgeon", "anaesthetist", "hr", "management", "leadership",
    "exec", "board", "team", "department", "senior", "junior", "dr", "prof", "trainee", "deputy",
    "head of", "officer", "specialist", "coordinator", "administrator", "lead for",
)
_VERDICT_WORDS = (
    "useless", "incompetent", "lazy", "hopeless", "clueless", "inept", "spineless", "gutless",
    "arrogant", "rude", "toxic", "vile", "nasty", "pathetic", "stupid", "idiot", "two-faced",
    "backstab", "back-stab", "bully", "bulli", "power", "unprofessional", "shambo", "dreadful",
    "awful", "terrible", "crap", "shit", "liar", "joke", "disgrace", "embarrassment", "nightmare",
    "liability", "waste of", "moron", "clown", "coward", "dinosaur", "jobsworth", "depth", "fit ",
    "fit to", "worst", "laziest", "rudest", "most ", "sacked", "fired", "struck off", "disciplined",
    "ashamed", "clue", "idea what", "organise", "run a", "manage a", "their job", "his job",
    "her job", "trusted", "past it", "dark ages", "the past", "retire", "pensioned", "amateur",
    "disaster", "car crash", "train wreck", "bunch of", "load of", "pack of", "scooby", "first idea",
    "jumped", "obnoxious", "insufferable", "odious", "creepy", "sleazy", "bent", "corrupt", "smug",
    "fraud", "charlatan", "fake", "like dirt", "like rubbish", "like crap", "like shit", "like muck",
    "like garbage", "like servants", "like slaves", "like skivvies", "like children", "like idiots",
    "like a doormat", "disgrace", "embarrass",
    "sneaky", "slimy", "spiteful", "vindictive", "petty", "pompous", "condescending", "patronising",
    "snide", "entitled", "bitter", "evil", "horrible", "miserable", "ignorant", "gormless", "brainless",
    "thick", "dim-witted", "whiny", "sneering", "cowardly", "self-important", "stuck-up", "hungry",
)
# An apology or a report of someone else's view: "we're sorry the staff were rude to you".
_NOT_THE_WRITERS_VIEW = _cues.cue(
    r"""(?<![\w'])(?:sorry|apologi[sz]e|apologies|to\s+hear|you\s+felt|you\s+found|feedback
    |complaint|pals|if|whether|myth|isn't\s+true|not\s+true)(?![\w'])"""
)


@rule(
    "AB006",
    "criticising-colleagues",
    triggers=generated("AB006"),
    needs=lambda: [*_attacks(), *_follow_ups()],
    category="abuse",
    severity="error",
    message="Criticises or attacks a colleague who can be identified",
    suggestion="Do not criticise colleagues online; raise concerns with your line manager or through HR.",
)
def criticising_colleagues(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds criticism of colleagues who can be identified. A colleague ("my manager", "our
    consultants", "Dr Patel", "senior management") described as useless, incompetent, lazy, a
    joke, a bully, a snake or a dinosaur, or said to deserve the sack, is flagged. Praise, negated
    criticism ("our nurses are not lazy, they are exhausted"), apologies for a patient's
    experience ("we're sorry the staff were rude to you"), a department's building ("the
    department is not fit for purpose") and the organisation itself are not flagged.

    Why is this bad?
    ----------------
    Attacking colleagues in public is bullying, can be defamatory, and identifies the people
    involved to patients and the press; concerns belong with managers and HR.

    Example
    -------
    Flagged: "My line manager is completely useless and has no idea what she's doing."
    Fine: "Huge thanks to our brilliant ward manager, Sister Jones, on her retirement."

    Policy
    ------
    Tavistock and Portman "Interactions with others online" ("Criticising colleagues online, by
    name or in a way that allows them to be identified, is not acceptable"); HSSIB005 §4.8 Be
    respectful ("Do not use social media in any way to attack or abuse colleagues"); HRA §3.1
    ("don't use social media in any way to attack or abuse colleagues"); BNSSG 28 §7 (the same,
    and the Bullying and Harassment policy); HEE "Monitoring compliance" 3.2 (derogatory
    material about staff).
    """
    body = _cues.text(draft)
    if not _cues.mentions(body, _COLLEAGUE_WORDS):
        return
    if not (_cues.mentions(body, _VERDICT_WORDS) or _cues.mentions(body, _INSULT_NOUN_WORDS)):
        return
    # Only sentences naming both a colleague and a verdict can hold an attack: the patterns are
    # the slowest in lint, so they read those sentences alone.
    spans = [
        (match.start(), match.end())
        for first, last in _cues.sentence_spans(body)
        if _cues.mentions(body[first:last], _COLLEAGUE_WORDS)
        and (_cues.mentions(body[first:last], _VERDICT_WORDS) or _cues.mentions(body[first:last], _INSULT_NOUN_WORDS))
        for pattern in _attacks()
        for match in pattern.compiled.finditer(body, first, last)
        if _writers_own_attack(body, match)
    ]
    if not spans:
        yield from _judged_after_naming(body)
        return
    last_end = -1
    for start, end in sorted(spans):
        if start >= last_end:  # one finding when two shapes match the same words
            last_end = end
            yield Hit(start, end)


# A colleague named in one sentence and judged in the next: 'our "head of strategy" wrote
# another empty paper. She hasn't got a clue.' or '...the approvals manager on the 2nd floor.
# Lazy, entitled and a disgrace.' Only "she" and "he": "they" as often means the things just
# mentioned ("the new printers... they are useless").
_ANTECEDENT = _cues.cue(
    rf"""(?<![\w'])(?:{_COLLEAGUE_REF}
    |(?:my|our|the|that|this)\s+["'\u201c]?(?:[\w-]+\s+){{0,3}}?(?:{_COLLEAGUE_NOUN}|officer|specialist
      |coordinator|administrator|head\s+of|lead\s+for))(?![\w])"""
)
# ("So here it is: she's a bully": a colon opens the verdict too)
_SENTENCE_OPENING = r"(?:\A|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n)|(?<=[,;:]\s)|(?<=\sand\s)|(?<=\sbut\s))"
_VERDICT_ITEM = (
    rf"(?:an?\s+)?{_DEGREE}(?:{_NEGATIVE_ADJECTIVE}|disgrace(?:ful)?|embarrass(?:ment|ing)|joke|liability|nightmare"
    r"|bully|fraud|charlatan|shameful|controlling|self-indulgent|(?:(?:nasty|vindictive|right|real|proper)\s+)?piece\s+of\s+work)"
    r"(?:\s+(?:to|for|of)\s+(?:the|our|this|her|his)\s+[\w-]+)?"
)
# What a person is called, after "she's a" or "the man is still a": "a controlling, two-faced
# bully", "a fraud", "a nasty piece of work".
_CALLED_A = (
    rf"an?\s+(?:{_DEGREE}(?:{_NEGATIVE_ADJECTIVE}|controlling|self-indulgent|manipulative|vindictive)[\s,]+(?:and\s+)?){{0,3}}"
    r"(?:bully|fraud|charlatan|liar|snake|coward|disgrace|joke|piece\s+of\s+work|nightmare|hypocrite)"
    # ("she's a fraud investigator", "he's a bully-prevention lead": a job, not a verdict)
    r"(?![\w-])(?!\s+(?:investigat\w*|specialist|officer|lead|team|prevention|awareness|expert|case|unit|detection"
    r"|manager|champion|adviser|advisor|policy|training)(?![\w]))"
)


_NEGATED_VERDICT = _cues.cue(r"(?<![\w'])(?:not|never|hardly)(?![\w'])")


@cache
def _follow_ups() -> tuple[object, object]:
    negative = _NEGATIVE.format(noun=_COLLEAGUE_NOUN, insult=r"(?!x)x", negadj=_NEGATIVE_ADJECTIVE)
    pronoun = _cues.cue(
        rf"""{_SENTENCE_OPENING}(?:she|he)(?:\s+(?:is|was|'s|has\s+been|seems|remains)\s+{_DEGREE}{negative}
        |\s+(?:hasn't|has\s+not|doesn't|does\s+not)\s+(?:got\s+|have\s+)?(?:a\s+clue|the\s+first\s+idea|a\s+scooby)
          (?!\s+(?:how|that|about|what\s+(?:we|you)))
        |\s+treats\s+(?:[\w-]+\s+){{1,3}}?like\s+(?:dirt|rubbish|crap|shit|muck|garbage|servants|slaves|a\s+doormat))(?![\w])
        # "she's a controlling, two-faced bully", "the man is still a fraud"
        |(?:(?<![\w'])the\s+(?:man|woman|guy|bloke|lady)|{_SENTENCE_OPENING}(?:she|he))(?:'s|\s+is|\s+was|\s+has\s+been)
          \s+(?:(?:still|just|always|really|such|clearly|nothing\s+but|simply)\s+)*{_CALLED_A}(?![\w])"""
    )
    fragment = _cues.cue(
        rf"""{_SENTENCE_OPENING}{_VERDICT_ITEM}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){_VERDICT_ITEM}){{1,3}}\s*(?=[.!]|\Z)"""
    )
    return pronoun, fragment


def _judged_after_naming(body: str) -> Iterable[Hit]:
    """The verdict sentence, when one of the two sentences before it names a colleague."""
    spans = list(_cues.sentence_spans(body))
    for index, (first, last) in enumerate(spans):
        for pattern in _follow_ups():
            match = pattern.compiled.search(body, first, last)
            if not match or _cues.negated(body, match.start(), words=3) or _NEGATED_VERDICT.search(match.group()):
                continue  # "she is not lazy"
            before = spans[max(0, index - 2) : index + 1]
            if any(_ANTECEDENT.compiled.search(body, start, min(end, match.start())) for start, end in before):
                if not _NOT_THE_WRITERS_VIEW.search(body[first:last]):
                    yield Hit(match.start(), match.end())
                    return


# "The department is not fit for purpose": a department is also a building, and a building can
# be awful, a nightmare or unfit; only words said of people make it an attack on colleagues.
_DEPARTMENT = _cues.cue(r"(?<![\w'])department(?![\w'])")
_SAID_OF_PEOPLE = _cues.cue(
    r"""(?<![\w'])(?:lazy|rude|arrogant|incompetent|useless|hopeless|clueless|inept|spineless|gutless
    |two-faced|back-?stabbing|bull(?:y|ies|ying)|liars?|idiots?|idiotic|morons?|clowns?|cowards?|jobsworths?
    |unprofessional|power-?mad|nasty|vile|toxic|stupid|out\s+of\s+(?:their|his|her)\s+depth
    |clue)(?![\w'])"""
)


def _writers_own_attack(body: str, match) -> bool:
    groups = match.groupdict()
    if _DEPARTMENT.search(match.group(0)) and not _SAID_OF_PEOPLE.search(match.group(0)):
        return False
    for part in (groups.get("gap"), groups.get("how")):
        if part and _cues.negated(part + " x", len(part) + 1, words=6):
            return False  # "our nurses are not lazy"
    if _cues.negated(body, match.start(), words=3):
        return False
    first, last = _cues.sentence_around(body, match.start())
    return not _NOT_THE_WRITERS_VIEW.search(body[first:last])


# --- AB007 disguised obscenities -------------------------------------------------------------

# Swear words as people write them with letters starred out or swapped for look-alikes
# ("b*stard", "f@ck", "a$$hole", "sh!te"). A disguised word is compared with these, not with a
# dictionary, so an asterisk after a footnoted word ("deaths*") or a star rating is never read
# as swearing.
_SWEAR_STEMS = (
    "fuck", "fucking", "fucked", "fucker", "fuckers", "fuckin", "motherfucker", "shit", "shite",
    "shits", "shitty", "shitting", "bullshit", "cunt", "cunts", "bastard", "bastards", "bollocks",
    "bitch", "bitches", "twat", "twats", "wanker", "wankers", "wank", "arse", "arsehole",
    "arseholes", "asshole", "assholes", "ass", "prick", "pricks", "cock", "cocks", "dick",
    "dickhead", "dickheads", "piss", "pissed", "crap", "crappy", "slut", "whore", "tosser",
    "tossers", "bugger", "bellend", "knobhead", "feck", "fecking", "frigging",
)
# Characters people put in place of letters: stars and hashes hide them, the rest look alike.
_LOOKALIKE = {"1": "il", "!": "i", "0": "o", "3": "e", "@": "a", "4": "a", "$": "s", "5": "s", "7": "t"}
_HIDING = "*#"
# Where a disguise can be: a hiding or look-alike character next to a letter. One cheap scan
# settles most drafts (triggers run it on every draft).
_DISGUISE_HINT = _cues.cue(r"[a-z][*$#]|[a-z][!0134][a-z]|[a-z]@[a-z]{1,3}(?!\w|\.\w)")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz*#!@$0123456789")


def _disguised_words(body: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each word holding a hint, once: letters, digits and hiding characters,
    not part of a hashtag, handle, e-mail address or file name, not ending in "!"."""
    last_end = -1
    for hint in _DISGUISE_HINT.finditer(body):
        if hint.start() < last_end:
            continue
        start, end = hint.start(), hint.end()
        while start > 0 and body[start - 1] in _WORD_CHARS:
            start -= 1
        while end < len(body) and body[end] in _WORD_CHARS:
            end += 1
        last_end = end
        while end > start and body[end - 1] == "!":
            end -= 1  # "crap!" is an exclamation, not a disguise
        if start > 0 and (body[start - 1] in "._-'" or body[start - 1].isalnum()):
            continue
        if end < len(body) and (body[end].isalnum() or body[end] in "_" or body[end] == "." and body[end + 1 : end + 2].isalnum()):
            continue
        if end > start and body[start].isalpha():
            yield start, end


def _disguised_as(word: str) -> str | None:
    """The swear word `word` disguises, or None."""
    letters, hidden = sum(char.isalpha() for char in word), sum(char in _HIDING for char in word)
    # "A*" and "D*" are grades: one letter and one star say too little to be a word.
    if letters < 2 and hidden < 2:
        return None
    parts, index = [], 0
    while index < len(word):
        char = word[index]
        if char in _HIDING:
            run = len(word) - len(word[index:].lstrip(_HIDING))
            parts.append(f"[a-z]{{{max(1, run - 1)},{run + 1}}}")
            index += run
            continue
        parts.append(f"[{char}{_LOOKALIKE[char]}]" if char in _LOOKALIKE else char)
        index += 1
    import re

    shape = re.compile("".join(parts))
    return next((stem for stem in _SWEAR_STEMS if shape.fullmatch(stem)), None)


# Whether a draft has a hint at all, anchored on the rare character rather than the letter:
# `re` then skips to the next star, digit, "!", "$", "#" or "@" in C instead of trying the
# whole pattern at every letter (triggers run this on every draft). It matches exactly where
# _DISGUISE_HINT matches, one character later (tests/lint/rules/test_abuse.py checks it).
_DISGUISE_SIGN = _cues.cue(
    r"[*$#!0134@](?<=[a-z].)(?:(?<=[*$#])|(?<=[!0134])(?=[a-z])|(?<=@)(?=[a-z]{1,3}(?!\w|\.\w)))"
)


def _has_disguise(draft) -> bool:
    return bool(_DISGUISE_SIGN.search(_cues.text(draft)))


@rule(
    "AB007",
    "disguised-obscenity",
    triggers=_has_disguise,
    category="abuse",
    severity="error",
    message="Obscenity with letters starred out or swapped",
    suggestion="Remove the word: a starred-out swear word is still read as swearing.",
)
def disguised_obscenity(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds swear words written with letters hidden or swapped for look-alike characters:
    "b*stard", "f**king", "a$$hole", "sh!te", "c0ck", "p!ssed". The word must read as a swear
    word once the hidden letters are filled in, so footnote stars ("deaths*"), star ratings,
    hashtags, handles and e-mail addresses are not flagged.

    Why is this bad?
    ----------------
    Starring out a letter does not change what is said: readers see the obscenity, and the
    policies forbid obscenities, not spellings.

    Example
    -------
    Flagged: "Patients who shout at receptionists are b*stards."
    Fine: "Rated 5* by our patients", "Deaths* fell by 10% (*provisional figures)".

    Policy
    ------
    HSSIB005 §4.8 Be respectful ("Do not use personal insults, obscenities"); HRA §3.1; BNSSG 28
    §7; HEE "Monitoring compliance" 3.2 (obscene material is gross misconduct); Tavistock and
    Portman "You are an ambassador for the Trust".
    """
    body = _cues.text(draft)
    listed = phrases.load("abuse_obscenities")
    for start, end in _disguised_words(body):
        word = body[start:end]
        if listed.regex.fullmatch(word):
            continue  # AB001 already names it
        stem = _disguised_as(word)
        if stem is not None:
            yield Hit(start, end, f'Obscenity ("{draft.masked[start:end]}" for "{stem}")')
