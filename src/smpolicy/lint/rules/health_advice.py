"""Health advice: individual clinical advice given to one person on social media.

BNSSG 28 §7 is explicit: "do not give any individual health advice, instead signpost people to
official sources such as the ICB, NHS.UK or their own GP". What makes advice *individual* is
who it is addressed to, so these rules read the draft's voice (see `_cues`): the same sentence
that is a breach in a reply ("it's probably just a virus") is ordinary self-care copy in a
campaign post. General public health information ("Get your flu jab", "Stop smoking services
can help", "If you have symptoms, call 111") is never flagged.
"""

from __future__ import annotations

from functools import cache
from typing import Iterable

from smpolicy.lint.rule import Hit, rule
from smpolicy.lint.rules import _cues
from smpolicy.lint.triggers import all_of, generated

# Medicines by generic word, class, common brand and the name endings of common drug
# families; specific names cover what people ask about most on NHS accounts.
_MEDICINE_NAME = r"""
(?:medicines?|medications?|meds|tablets?|pills?|capsules?|antibiotics?
 |antidepressants?|anti-depressants?|painkillers?|pain\s+killers?|inhalers?|insulin|statins?
 |steroids?|antihistamines?|blood\s+thinners?|beta[\s-]blockers?|hrt|patches|injections?
 |antipsychotics?|mood\s+stabilisers?|anticoagulants?|diuretics?|laxatives?|antacids?
 |eye\s+drops|ear\s+drops|nasal\s+spray
 |paracetamol|ibuprofen|aspirin|codeine|co-codamol|naproxen|diclofenac|tramadol|morphine
 |sertraline|fluoxetine|citalopram|escitalopram|mirtazapine|amitriptyline|venlafaxine
 |duloxetine|metformin|warfarin|apixaban|rivaroxaban|edoxaban|clopidogrel|levothyroxine
 |omeprazole|lansoprazole|amlodipine|ramipril|propranolol|bisoprolol|atorvastatin|simvastatin
 |prednisolone|methotrexate|hydroxychloroquine|lithium|quetiapine|olanzapine|gabapentin
 |pregabalin|diazepam|lorazepam|zopiclone|melatonin|amoxicillin|penicillin|doxycycline
 |clarithromycin|nitrofurantoin|trimethoprim|ritalin|methylphenidate|salbutamol|ventolin
 |cetirizine|loratadine|fexofenadine|chlorphenamine|calpol|nurofen|piriton|gaviscon|rennie
 |lemsip|sudafed|beechams|strepsils|imodium|dioralyte|canesten|benadryl|clarityn|anadin
 |panadol|solpadeine|buscopan|senokot|movicol|lactulose|voltarol|mebeverine|epipen
 |contraceptive(?:\s+pill)?|the\s+pill
 # ACE inhibitors, beta blockers and antibodies by name: their endings ("pril", "olol", "mab")
 # sit inside everyday words (April), so only the other endings stand for a whole family.
 |ramipril|lisinopril|enalapril|perindopril|captopril|quinapril|trandolapril|fosinopril
 |atenolol|metoprolol|nebivolol|sotalol|labetalol|carvedilol|timolol
 |adalimumab|infliximab|rituximab|trastuzumab|pembrolizumab|denosumab|ocrelizumab|natalizumab
 |bevacizumab|ustekinumab|vedolizumab|secukinumab|dupilumab|omalizumab|erenumab|galcanezumab
 |\w{3,}(?:cillin|mycin|statin|sartan|prazole|oxetine|triptyline|azepam|codone|floxacin|cycline|gliptin
 |gliflozin)
 |aciclovir|acyclovir|valaciclovir|oseltamivir|tamiflu|paxlovid|lantus|levemir|novorapid|humalog|humulin|tresiba|toujeo|abasaglar|fiasp)(?![\w-])
"""
# "antibiotic resistance", "medicines waste": the word names a campaign or a service.
_MEDICINE = _MEDICINE_NAME + r"""
(?!\s+(?:resistance|misuse|overuse|use|abuse|waste|wastage|prescribing|shortages?|errors?|safety
 |awareness|reviews?|campaign|day|week|month|services?|collection|deliver(?:y|ies)|disposal
 |supply|supplies|reminders?|app|orders?|ordering))
"""
# A treatment named by what it is for rather than by name: "a diabetes drug trial", "my new blood
# pressure drug", "the jab for my arthritis" ("drugs" alone are as often street drugs).
_TREATMENT_NAMED = r"""
(?:drugs?\s+(?:trial|study)|(?:trial|study|prescribed|prescription|new|blood\s+pressure|diabetes|arthritis|heart
  |epilepsy|thyroid|cholesterol|cancer|migraine|weight[\s-]loss|ms|antidepressant|hrt|asthma)\s+drugs?
 |(?:the|my|this|that|his|her)\s+(?:jab|injection)s?\s+for\s+(?:my|his|her|the)\s+\w+)(?![\w])"""
# HA001's gate: every finding is about a medicine or an amount named in the reply or the message
# it answers, as whole words ("html" is not "ml", "April" is not a "-pril" medicine).
_MEDICINE_MENTION = _cues.cue(
    rf"""(?<![\w'])(?:{_MEDICINE_NAME}|{_TREATMENT_NAMED}|doses?|dosage|dosing|puffs?|sachets?|spoonfuls?|teaspoons?|leftover
      |micrograms?|\d+(?:\.\d+)?\s*(?:mg|mcg|ml))(?![\w])"""
)
# Words before an instruction that make it the writer's own advice to the reader.
_ADVICE_VOICE = _cues.cue(
    r"""(?:you\s+(?:should|could|can|must|need\s+to|ought\s+to|might\s+want\s+to|may\s+want\s+to
      |had\s+better|'d\s+better|might\s+need\s+to)
    |(?:i'd|i\s+would|i'd\s+just|i\s+would\s+just)(?:\s+(?:suggest|recommend|advise)(?:\s+that)?
      (?:\s+you)?)?
    |i\s+(?:suggest|recommend|advise)(?:\s+that)?(?:\s+you)?
    |if\s+i\s+were\s+you(?:\s+i'd)?|in\s+your\s+shoes(?:\s+i'd)?|have\s+you\s+tried|why\s+not
    |it's\s+(?:best|better|fine|ok|okay|safe)\s+to|(?:best|better|safe)\s+to|just|try
    |(?:easiest|best|simplest|safest|quickest)\s+(?:thing\s+(?:to\s+do\s+)?)?(?:is\s+)?(?:to|just)
    |you're\s+(?:better|best)\s+off|i\s+think\s+you\s+should
    |i'd\s+say|i\s+would\s+say|my\s+advice\s+(?:is|would\s+be)|(?:tell|get|ask)\s+(?:her|him|them)\s+to)\s*$"""
)
# In a reply, advice about the person asked about: "she should stop taking the warfarin".
_ADVICE_FOR_THEM = _cues.cue(
    r"""(?:she|he|they|your\s+(?:mum|mom|dad|son|daughter|child|baby|husband|wife|partner|nan|gran|grandad
      |grandma|grandpa|brother|sister|friend))\s+(?:should|could|must|needs\s+to|need\s+to|ought\s+to
      |might\s+want\s+to|had\s+better|'d\s+better|can\s+just)(?:\s+just)?\s*$"""
)
# The writer's own advice to one reader, as opposed to a campaign's imperative.
_PERSONAL_VOICE = _cues.cue(
    r"""(?:you\s+(?:should|could|must|need\s+to|ought\s+to|might\s+want\s+to|had\s+better|'d\s+better)
    |i'd|i\s+would|i\s+(?:suggest|recommend|advise)|if\s+i\s+were\s+you|in\s+your\s+shoes
    |i\s+think\s+you\s+should)"""
)
# Filler before an instruction that does not change who gives it ("@sam, honestly, stop...").
_FILLER = _cues.cue(
    r"""@\w+|(?<![\w'])(?:hi|hello|hey|honestly|personally|please|so|and|then|ok|okay|maybe|perhaps
    |definitely|seriously|mate|hun|probably|really|always|easily|safely|still|also)(?![\w'])"""
)
# A sentence in a thread that turns to one account: "3/5: @jamie_r if your reflux is that bad..."
_TALKS_TO_A_MENTION = _cues.cue(
    r"(?:[:.!?\n]\s*)@\w+[,:]?\s+(?:if|you|your|just|try|take|i'd|honestly|definitely)(?![\w'])"
)
# General copy that explains when to act ("if you get a rash"), a recall or a signpost.
_GENERAL_COPY = _cues.cue(
    r"""if\s+you\s+(?:get|have|develop|notice|experience|feel|are|start)|side\s+effects?|recall
    |mhra|batch|as\s+(?:prescribed|directed|advised)|pharmacist|your\s+gp|your\s+doctor
    |prescriber|nhs\s*111|111\.nhs|nhs\.uk"""
)


_DETERMINER = r"(?:(?:your|the|those|these|that|this|all|any|some|them|my|his|her|their)\s+)?"


@cache
def _start_switch() -> object:
    # Starting or switching is also what campaigns ask ("switch to a greener inhaler"), so it
    # counts only when said to one person or in the writer's own advising voice.
    return _cues.cue(
        rf"""(?<![\w'])(?:(?:start|starting|begin|try|trying)\s+(?:taking|using|on)
         |(?:switch|switching|swap|swapping)(?:\s+(?:to|from|over\s+to))?
         # "stick with the fluoxetine": keeping going is also what safety copy asks
         |stick\s+with|stay\s+on|persevere\s+with
         |(?:change|changing)\s+(?:to|from|over\s+to))
        \s+{_DETERMINER}(?:[\w-]+\s+){{0,2}}?{_MEDICINE}"""
    )


@cache
def _stop_start() -> object:
    return _cues.cue(
        rf"""(?<![\w'])(?:
          (?:stop|stopping|quit|quitting|ditch|ditching|pause|pausing|skip|skipping)
            (?:\s+(?:taking|using|giving\s+(?:him|her|them|it)(?:\s+any\s+more)?))?
         |(?:come|coming|get|getting|wean\s+(?:yourself\s+)?|weaning\s+(?:yourself\s+)?|taper|tapering)\s+off
         |(?:taper|tapering)(?:\s+down)?
         |(?:double|doubling|halve|halving|increase|increasing|decrease|decreasing|reduce|reducing
          |lower|lowering|raise|up|upping|cut\s+(?:down|back)\s+on|cutting\s+(?:down|back)\s+on
          |move|moving|shift|shifting|split|splitting|crush|crushing|spread\s+out|space\s+out|alternate
          |alternating|cut|cutting|snap|snapping|break|breaking
          |double\s+up\s+on|doubling\s+up\s+on|lay\s+off|go\s+easy\s+on|ease\s+off(?:\s+on)?)
        )\s+{_DETERMINER}(?:[\w-]+\s+){{0,2}}?{_MEDICINE}"""
    )


@cache
def _dose_change() -> object:
    return _cues.cue(
        r"""(?<![\w'])(?:double|doubling|halve|halving|increase|increasing|decrease|decreasing
          |reduce|reducing|lower|lowering|raise|up|upping|cut(?:\s+down)?|cutting(?:\s+down)?|drop|dropping
          |skip|skipping|take\s+(?:double|twice|half|extra)|take\s+an\s+extra)
        \s+(?:(?:your|the|a|that|this|his|her|their)\s+)?(?:daily\s+|next\s+|usual\s+|morning\s+
          |evening\s+|night[\s-]?time\s+|bedtime\s+|insulin\s+|basal\s+)?(?:dose|doses|dosage)(?![\w])"""
    )


# How many: "two", "four or five", "half a", "another".
_AMOUNT = r"""(?:(?:\d+|one|two|three|four|five|six|eight|ten)(?:\s*(?:or|to|-)\s*(?:\d+|two|three|four|five|six
  |eight|ten))?|half\s+a|a\s+couple\s+of|a\s+few|an\s+extra|another|a\s+double)"""


@cache
def _take_medicine() -> object:
    # Naming a medicine (not just "your medicine") to take, or an amount, is a recommendation
    # for this person.
    return _cues.cue(
        rf"""(?<![\w'])(?:take|taking|try|trying|use|using|pop|get\s+some|give|giving
          |give\s+(?:him|her|them|your\s+\w+))\s+
        (?:(?:some|a\s+couple\s+of|a\s+few|an?|one|two|\d+(?:\s*(?:mg|ml|x))?)\s+)?
        (?!(?:your|the|my|their)\s){_MEDICINE}
        # "use the leftover amoxicillin from last time": medicine kept from before
        |(?<![\w'])(?:take|taking|try|use|using|have|pop|finish|give)(?:\s+up)?\s+(?:the|your|some|those|that|any)\s+(?:leftover|left-over
          |old|spare|remaining|other|unused)\s+{_MEDICINE}
        # "Half a zopiclone and you'll sleep": an amount and a named medicine, no verb
        |(?:\A|(?<=[.!?]\s)|(?<=\n))(?:just\s+)?{_AMOUNT}\s+(?!(?:medicines?|medications?|tablets?|pills?)(?![\w]))
          {_MEDICINE}
        |(?<![\w'])(?:take|try|have|use|do|give(?:\s+(?:him|her|them|it))?
          |(?:increase|increasing|up|upping|raise|raising|reduce|reducing|drop|dropping|lower|lowering
            |cut|cutting|bump|bumping)(?:\s+(?:it|them|(?:the|your|her|his|their)\s+[\w-]+))?(?:\s+(?:up|down))?\s+(?:to|by)
          |(?:go|going|move|moving|step|stepping|jump|jumping)\s+(?:up|down)\s+to)
        \s+(?:\d+(?:\.\d+)?\s*(?:mg|ml|mcg|micrograms?|units?)(?![\w])
        # "take an extra 25 at bedtime": the unit is the one they already take
          |an\s+extra\s+\d+(?:\.\d+)?(?:\s*(?:mg|ml|mcg|units?)(?![\w]))?(?![\w%])
          |{_AMOUNT}\s+(?:tablets?|pills?|puffs?|spoons(?:ful)?|teaspoons?|doses?|capsules?|sachets?|drops?))"""
    )


# Telling one person a medicine is safe for them: "it's fine to take ibuprofen with that".
_SAFE_FOR_YOU = _cues.cue(
    rf"""(?<![\w'])(?:it's|it\s+is|that's|that\s+is|it\s+should\s+be|should\s+be)\s+
    (?:perfectly\s+|totally\s+|completely\s+|absolutely\s+)?(?:fine|ok|okay|safe|alright
      |no\s+problem)\s+(?:for\s+(?:you|him|her|them)\s+)?to\s+(?:take|stop|have|mix|skip|use
      |double|keep\s+taking|come\s+off|combine|give)(?![\w])
    |{_MEDICINE}(?:\s+(?:is|are|should\s+be|will\s+be)|'s|'re|'ll\s+be)\s+(?:perfectly\s+|totally\s+)?(?:fine|ok
      |okay|safe)\s+(?:with|alongside|for\s+you|to\s+take)"""
)


@cache
def _about_one_persons_medicine() -> tuple[object, object, object]:
    medicine = _cues.cue(rf"(?<![\w'])(?:{_MEDICINE}|{_TREATMENT_NAMED})|\d\s*(?:mg|mcg)(?![\w])")
    # With a medicine already named, "double it", "come off them", "a higher dose" are advice.
    change = _cues.cue(
        r"""(?<![\w'])(?:(?:stop|quit|ditch|skip|double|halve|up|increase|decrease|reduce|lower|raise
          |cut\s+down|bump)\s+(?:taking\s+)?(?:it|them|those|these)(?:\s+(?:up|down))?(?![\w'])
        |come\s+off\s+(?:it|them)(?![\w'])|go\s+up\s+to\s+\d+
        |skip\s+(?:the\s+)?next\s+(?:one|dose|jab|injection|few|couple)(?![\w'])
        |take\s+(?:two|2|three|3|double|half|one)\s+(?:instead(?:\s+of\s+(?:one|two|\d))?|rather\s+than\s+(?:one|two|\d))(?![\w'])
        |(?:a\s+)?(?:higher|lower|bigger|smaller
          |double)\s+dose
        |take\s+(?:another|more|extra|less)(?:\s+(?:\d+\s*mg|one|tablet|dose))?(?=\s*(?:[.,!?]|$|and\s
          |if\s|then\s|tonight|today|tomorrow))
        # A missed dose: "take the missed one now", "take two tonight to make up for it"
        |(?:take|have|pop|give\s+(?:him|her|them))\s+(?:the\s+missed\s+(?:one|dose|pill|tablet)
          |(?:two|both|2|them\s+both|it\s+twice)(?:\s+(?:tonight|today|now|together|at\s+once|tomorrow))
          |(?:it|them)\s+(?:together|at\s+once))(?![\w'])
        |make\s+up\s+for\s+(?:it|the\s+missed\s+(?:one|dose|pill|tablet)|missing\s+(?:it|one))
        # when to take it: "you can take it with dinner instead", "have it at bedtime"
        |(?:take|have)\s+(?:it|them|one)\s+(?:with\s+(?:your\s+)?(?:dinner|tea|lunch|breakfast|food|a\s+meal|supper)
          |later(?:\s+on)?|tonight|instead|at\s+(?:bedtime|night|lunch)|in\s+the\s+(?:morning|evening))(?![\w'])
        |carry\s+on\s+(?:taking\s+(?:it|them)|as\s+normal|as\s+usual)(?![\w']))"""
    )
    # Judging the medicine or dose for them: "you don't need them", "50mg is a low dose",
    # "it won't interact", "you'll be fine on warfarin".
    judgement = _cues.cue(
        rf"""(?<![\w'])(?:you\s+(?:probably\s+|really\s+)?(?:don't|do\s+not)\s+have\s+to\s+(?:finish|take|keep\s+taking
          |complete|carry\s+on\s+(?:with|taking)|stay\s+on)\s+(?:(?:your|the|those|these|any|them|it)\s+)?
          (?:[\w-]+\s+){{0,2}}?(?:{_MEDICINE}|course|them|it)
        |(?:\d+(?:\s*(?:mg|mcg))?|that|it|your\s+dose|that\s+dose)\s+(?:is|'s)\s+(?:a\s+|an\s+)?(?:baby|tiny|kid's|child's
          |piddly|pathetic|weak|decent|proper|massive|huge|whopping|normal)\s+dose
        |ask\s+(?:your\s+(?:gp|doctor|psychiatrist|prescriber)\s+|them\s+)?for\s+(?:some\s+)?{_MEDICINE}
        |ask\s+(?:your\s+(?:gp|doctor|psychiatrist|prescriber)\s+)?for\s+(?:\d+\s*(?:mg)?|a\s+(?:higher|bigger|stronger
          |lower)\s+dose|the\s+(?:higher|stronger)\s+(?:dose|one))(?![\w])
        |(?:you're|you\s+are|you'd\s+be|you\s+would\s+be)\s+(?:much\s+|far\s+|honestly\s+|probably\s+)?better\s+off
          \s+(?:without|off|not\s+taking|coming\s+off)\s+(?:(?:the|your|those|these|them|it)\s+)?(?:[\w-]+\s+)?(?:{_MEDICINE}
          |them|it)
        |you\s+(?:probably\s+|really\s+)?(?:don't|do\s+not|won't|shouldn't)\s+need\s+
          (?:to\s+(?:take|be\s+on)\s+)?(?:(?:your|the|those|these|any|them|it)\s+)?(?:[\w-]+\s+){{0,2}}?
          (?:{_MEDICINE}|them|it)(?!\s+(?:for|to\s+get|to\s+book))
        |(?:\d+\s*(?:mg|mcg|micrograms|ml)|that|it|your\s+dose|that\s+dose)\s+(?:is|'s)\s+(?:a\s+)?
          (?:really\s+|very\s+|quite\s+|pretty\s+)?(?:low|small|tiny|high|safe|normal|standard|starter
          |starting)\s+dose
        |(?:won't|will\s+not|shouldn't|doesn't)\s+(?:hurt|harm|interact|affect|matter|do\s+any\s+harm)
        |(?:you'll|you\s+will|you\s+should|you'd)\s+be\s+(?:fine|ok|okay|alright|safe)\s+(?:with|on|taking
          |to\s+(?:take|drink|stop|have|carry\s+on|keep|drive|fly|mix|skip|double|come\s+off))
        |(?:is|are)\s+(?:safer|fine|ok|okay|safe)\s+(?:with|alongside|on|than))(?![\w'])"""
    )
    return medicine, change, judgement


def _medicine_talk(body: str, source: str) -> list[tuple[int, int]]:
    """In a reply about a named medicine, changes and judgements said to the person."""
    medicine, change, judgement = _about_one_persons_medicine()
    if not (medicine.search(body) or medicine.search(source) or _DOSE_WORD.search(body)):
        return []
    spans = [(m.start(), m.end()) for m in change.finditer(body) if _is_advice(body, m.start(), True)]
    for match in judgement.finditer(body):
        first, last = _cues.sentence_around(body, match.start())
        sentence = body[first:last]
        # "You don't need them", "you'll be fine on it" lean on the question; "won't hurt" and
        # "is safer" must name the medicine or drink they judge.
        if medicine.search(sentence) or _DRINK.search(sentence) or _DOSE_WORD.search(sentence) or (
            match.group(0).startswith("you") and medicine.search(source)
        ):
            spans.append((match.start(), match.end()))
    return spans


# "take any unused medicines back to a pharmacy": returning medicines, not taking them.
_RETURNING_MEDICINES = _cues.cue(
    r"(?:leftover|left-over|old|spare|remaining|other|unused)\s+(?:medicines?|medications?|meds|tablets?|pills?)$"
)
_DOSE_WORD = _cues.cue(r"(?<![\w'])(?:dose|doses|dosage)(?![\w'])")
_DRINK = _cues.cue(r"(?<![\w'])(?:alcohol|a\s+drink|drinks|a\s+glass|a\s+pint|wine|beer)(?![\w'])")


@rule(
    "HA001",
    "individual-medicine-advice",
    triggers=generated("HA001"),
    # Every finding needs a medicine or an amount named as a whole word (the check returns without
    # one), and those words are far rarer than the verbs of the advice patterns.
    needs=lambda: [_MEDICINE_MENTION],
    category="health-advice",
    severity="error",
    message="Tells someone to stop, start or change a medicine or its dose",
    suggestion=(
        "Do not advise on anyone's medicines online; signpost them to their GP, a pharmacist or"
        " NHS 111."
    ),
)
def medicine_advice(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds advice to one person about their medicines. Telling someone to stop, start or switch a
    medicine, or to change, double, halve or skip a dose ("I'd stop taking the statins", "double
    your dose tonight"), is flagged anywhere; in a reply, so are naming a medicine or an amount
    for them to take ("try some ibuprofen", "half a tablet an hour before bed", "double up on
    the iron tablets", "you're better off without the olanzapine"), telling them what to do
    about a missed dose ("take two tonight to make up for it"), advice about the relative they
    asked about ("she should stop taking the warfarin") and judging a medicine ("you'll be fine
    on it"). Negated safety copy ("don't stop taking your medicines without speaking to your GP"), clinicians
    described in the third person, recalls and general copy that explains when to act and who to
    ask are not flagged.

    Why is this bad?
    ----------------
    Staff cannot assess anyone over social media; advice about medicines given without the
    person's history can harm them, and it speaks with the authority of the NHS.

    Example
    -------
    Flagged, in a reply: "You should come off the sertraline and see how you feel."
    Fine: "Keep taking your medicines as prescribed and ask your pharmacist if you are unsure."

    Policy
    ------
    BNSSG 28 §7 ("do not give any individual health advice, instead signpost people to official
    sources such as the ICB, NHS.UK or their own GP"); HRA §3.1 (the HRA code of conduct online);
    HSSIB005 §4.8 (use good judgement in what you share); Tavistock and Portman "You are an
    ambassador for the Trust and your profession"; HEE principle 2 (no liability).
    """
    body = _cues.text(draft)
    source = _cues.reply_source(draft)
    if not (_MEDICINE_MENTION.search(body) or _MEDICINE_MENTION.search(source)):
        return
    addressed = _cues.addressed_to_someone(draft) or bool(_TALKS_TO_A_MENTION.search(body))
    patterns = [_stop_start(), _dose_change()] + ([_take_medicine()] if addressed else [])
    spans = [
        (match.start(), match.end())
        for pattern in patterns
        for match in pattern.finditer(body)
        if _is_advice(body, match.start(), addressed) and not _RETURNING_MEDICINES.search(match.group(0))
    ]
    spans += [
        (m.start(), m.end())
        for m in _start_switch().finditer(body)
        if _is_advice(body, m.start(), addressed, campaign_like=True)
    ]
    if addressed:
        spans += [
            (m.start(), m.end()) for m in _SAFE_FOR_YOU.finditer(body) if not _cues.negated(body, m.start())
        ]
        spans += _medicine_talk(body, source)
        spans += [(m.start(), m.end()) for m in _dose_schedule().finditer(body) if _own_dosing(body, m.start())]
    for start, end in _first_of_overlapping(spans):
        yield Hit(start, end)


@cache
def _dose_schedule() -> object:
    """An amount and when to take it, said to one person: "half a tablet an hour before bed"."""
    return _cues.cue(
        rf"""(?<![\w']){_AMOUNT}\s+(?:tablets?|pills?|puffs?|capsules?|sachets?|spoonfuls?|teaspoons?|drops?
          |doses?|\d*\s*(?:mg|ml))(?:\s+of\s+(?:the\s+)?[\w-]+)?
        \s+(?:an?\s+hour\s+before\s+bed(?:time)?|before\s+bed(?:time)?|at\s+(?:night|bedtime)
          |(?:once|twice|three\s+times|four\s+times)\s+a\s+day|every\s+(?:\d+|four|six|eight|twelve)\s+hours
          |in\s+the\s+(?:morning|evening)|with\s+(?:food|meals|breakfast))(?![\w'])"""
    )


def _own_dosing(body: str, start: int) -> bool:
    """Dosing the writer gives, not a prescriber's or a leaflet's ("your GP may suggest...")."""
    first, last = _cues.sentence_around(body, start)
    return not (_cues.negated(body, start) or _GENERAL_COPY.search(body[first:last]))


def _first_of_overlapping(spans: list[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """One hit per phrase when several patterns match the same words."""
    last_end = -1
    for start, end in sorted(spans):
        if start >= last_end:
            last_end = end
            yield start, end


def _is_advice(body: str, start: int, addressed: bool, campaign_like: bool = False) -> bool:
    """An instruction in the writer's own voice: imperative, or after "you should", "I'd"...

    `campaign_like` instructions ("switch to a greener inhaler") are also what public campaigns
    say, so they count only in the writer's personal voice, or to one person without a signpost.
    """
    if _cues.negated(body, start, words=5):
        return False
    before = _FILLER.sub(" ", _cues.clause_before(body, start)).strip()
    if before and not (_ADVICE_VOICE.search(before) or (addressed and _ADVICE_FOR_THEM.search(before))):
        return False  # someone else acts: "your GP may reduce the dose", "I stopped taking"
    first, last = _cues.sentence_around(body, start)
    general = bool(_GENERAL_COPY.search(body[first:last]))
    if campaign_like:
        return bool(_PERSONAL_VOICE.search(before)) or (addressed and not general)
    return addressed or not general


_TRIAGE = _cues.cue(
    r"""(?<![\w'])(?:
      (?:you|u)\s+(?:don't|do\s+not|dont|won't|will\s+not|shouldn't|should\s+not)\s+need
      |there's\s+no\s+need|there\s+is\s+no\s+need|no\s+need
      |(?:don't|do\s+not|dont)\s+(?:waste\s+your\s+time|bother)(?:\s+(?:going|sitting|waiting))?)
    \s+(?:to\s+(?:go\s+(?:to|into)|visit|attend|see|call|ring|phone|bother)\s+|for\s+|in\s+|at\s+|with\s+)?
    (?:an?\s+|the\s+|your\s+)?
    (?:a&e|a\s+&\s+e|a\s+and\s+e|accident\s+and\s+emergency|emergency\s+department|999|(?:nhs\s*)?111
      |ambulance|doctor|gp|hospital|urgent\s+(?:care|treatment)|medical\s+(?:help|attention)
      |paramedics?|out\s+of\s+hours|anyone|anybody|a\s+nurse|specialist)(?![\w])(?!\s+(?:referrals?
        |appointments?|letters?|numbers?
      |registration|parking|transport|visits?|passes?))
    |(?<![\w'])(?:it's|it\s+is|that's|that\s+is|this\s+is|(?:it\s+)?sounds|(?:it\s+)?looks
      |(?:is|are)\s+(?:usually|normally|generally|nearly\s+always|almost\s+always))
    \s+(?:probably\s+|likely\s+|almost\s+certainly\s+|definitely\s+|really\s+)?
    (?:nothing\s+(?:serious|to\s+worry\s+about|to\s+be\s+(?:worried|concerned)\s+about)
      |not\s+(?:serious|an\s+emergency|urgent|anything\s+serious))(?![\w])
    |(?<![\w'])(?:(?:not|isn't|is\s+not|wouldn't\s+be|not\s+really)\s+worth\s+(?:an?\s+|the\s+)?(?:ambulance|a&e|999
      |calling\s+(?:999|an\s+ambulance)|going\s+to\s+a&e|a\s+trip\s+to\s+a&e)
      |get\s+a\s+taxi\s+(?:to|instead))
    |(?<![\w'])(?:you'll|you\s+will|you\s+should|she'll|he'll|they'll)\s+be\s+(?:right|fine|ok|okay|alright
      |right\s+as\s+rain)\s+(?:in|after|within)\s+(?:a\s+(?:few|couple\s+of)|a|one|two|\d+)\s+(?:days?|weeks?)
    |(?<![\w'])(?:it'll|it\s+will|it\s+should|that'll|that\s+will|that\s+should)\s+(?:clear\s+up|go\s+away
      |settle(?:\s+down)?|get\s+better|heal|sort\s+itself\s+out|pass)\s+(?:on\s+its\s+own|by\s+itself
      |in\s+a\s+(?:few|couple\s+of)\s+days|without\s+treatment)"""
)
# "You don't need to see a GP to get the vaccine": access information, not triage.
_ACCESS_INFO = _cues.cue(
    r"""^\s*(?:first\s+)?(?:to|for|before|in\s+order\s+to)\s+(?:get|book|have|access|receive
    |register|collect|order|use|see|a|an|the|your|this|our|most|minor)"""
)


@rule(
    "HA002",
    "individual-triage",
    triggers=all_of(_cues.addressed_to_someone, generated("HA002")),
    needs=lambda: [_TRIAGE],
    category="health-advice",
    severity="error",
    message="Tells someone their symptoms are not serious or that they do not need urgent care",
    suggestion="Never triage online; signpost to NHS 111 (or 999 in an emergency) and their GP.",
)
def triage(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds triage in replies and messages to one person. Examples: "you don't need to go to A&E",
    "no need to call 999", "it's probably nothing serious", "it'll clear up on its own", "you'll
    be fine in a couple of days". Public
    campaign copy such as "You don't need A&E for a sprain: your pharmacist can help" in a post
    to everyone, and access information such as "you don't need to see a GP to get the vaccine",
    are not flagged.

    Why is this bad?
    ----------------
    Telling one person over social media that they do not need urgent care is a clinical
    judgement made without an assessment; if it is wrong, someone may come to serious harm.

    Example
    -------
    Flagged, in a reply: "Sounds like nothing serious, you don't need A&E."
    Fine, in a reply: "We can't advise on symptoms here. Please call NHS 111 or, in an
    emergency, 999."

    Policy
    ------
    BNSSG 28 §7 ("do not give any individual health advice, instead signpost people to official
    sources such as the ICB, NHS.UK or their own GP"); HRA §3.1; HSSIB005 §4.8 (use good
    judgement in what you share); Tavistock and Portman "Responding to social media users in
    crisis" (direct people to an appropriate form of support); HEE principle 2.
    """
    if not _cues.addressed_to_someone(draft):
        return
    body = _cues.text(draft)
    for match in _TRIAGE.finditer(body):
        rest = body[match.end() : match.end() + 60]
        if _ACCESS_INFO.match(rest):
            continue
        yield Hit(match.start(), match.end())


_CONDITION = r"""
(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?
(?:infections?|virus|viral\s+\w+|bug|flu|cold|covid(?:-19)?|allerg(?:y|ies|ic\s+reaction)
 |migraines?|sepsis|asthma|diabetes|depression|anxiety|adhd|autism|ibs|utis?|tonsillitis
 |chickenpox|measles|shingles|eczema|psoriasis|reflux|ulcers?|concussion|sprain|fracture
 |pneumonia|bronchitis|hay\s+fever|panic\s+attacks?|ptsd|bipolar|psychosis|ocd
 |eating\s+disorder|menopause|perimenopause|norovirus|hernia|gallstones|kidney\s+stones?
 |stroke|heart\s+attack|angina|thrush|gout|endometriosis|pcos|anaemia|deficiency|dementia
 |cancer|tumou?r|cyst|strep(?:\s+throat)?|scarlet\s+fever|glandular\s+fever|meningitis
 |(?:bell's\s+)?palsy|trapped\s+nerve|sciatica|vertigo|croup|braxton\s+hicks|mastitis|pre-eclampsia|post-?viral\s+cough
 |food\s+poisoning|torn\s+\w+|pulled\s+muscle|burnout|insomnia|sleep\s+apnoea|long\s+covid
 |\w+itis)(?![\w])
# "the cold weather plan", "the flu clinic": the word names a service or a season, not an illness.
(?!\s+(?:weather|snap|spell|season|water|calls?|and\s+flu|vaccin\w*|jabs?|clinics?|services?
 |campaign|plan|team|unit|ward|nurses?|screening|tests?|testing|awareness|month|week|day
 |research|support|care|risk|prevention|programme|leaflet|guidance|information|info|page)(?![\w]))
"""


@cache
def _diagnosis() -> tuple[object, object]:
    direct = _cues.cue(
        rf"""(?<![\w'])(?:(?:it\s+)?sounds\s+like|i\s+think|i\s+reckon|i\s+suspect|i\s+bet
          |i'd\s+say|my\s+guess\s+is|i'm\s+(?:pretty\s+)?sure|i'm\s+guessing)(?:\s+that)?
        \s+(?:you(?:'ve|\s+have|\s+had|'ve\s+got|\s+might\s+have|\s+may\s+have|\s+could\s+have
          |'re\s+(?:having|suffering\s+(?:from|with)|getting|going\s+through))
          |u\s+have)(?:\s+got)?\s+{_CONDITION}
        |(?<![\w'])(?:you|u)\s+(?:probably|definitely|almost\s+certainly|most\s+likely|clearly
          |obviously)\s+(?:have|'ve\s+got|got)\s+{_CONDITION}"""
    )
    # Weaker wording, a diagnosis only when it answers one person.
    hedged = _cues.cue(
        rf"""(?<![\w'])(?:(?:it\s+|that\s+)?sounds\s+like|(?:it\s+|that\s+)?looks\s+like
          |(?:it|that|this)(?:'s|\s+is)\s+(?:probably|likely|almost\s+certainly|definitely|just
            |only|most\s+likely)
          |(?:you|u)\s+(?:might|may|could)\s+(?:have|be\s+getting)
          |(?:could|might)\s+(?:be|just\s+be)|(?:it's|that's|it\s+is|that\s+is|this\s+is)
          |(?:it'll|it\s+will|that'll|that\s+will|it'd|it\s+would)\s+(?:just\s+|only\s+|probably\s+|likely\s+)*be
          # "chest pain after the gym is usually just a pulled muscle"
          |(?:is|are|'s)\s+(?:usually|normally|nearly\s+always|almost\s+always|generally|often|probably
            |likely|most\s+likely|almost\s+certainly|definitely))
        \s+(?:just\s+|only\s+)?{_CONDITION}"""
    )
    return direct, hedged


# Cheap gates for HA003: every diagnosis pattern starts with one of these.
_DIRECT_DIAGNOSIS_WORDS = (
    "sounds like you", "think you", "think that you", "reckon", "suspect", "bet you", "say you",
    "guess", "sure you", "guessing", "you probably", "you definitely", "you almost", "you most",
    "you clearly", "you obviously", "u have", "u probably",
)
_DIAGNOSIS_WORDS = _DIRECT_DIAGNOSIS_WORDS + (
    "sounds like", "looks like", "probably", "likely", "definitely", "just", "only", "might",
    "may", "could", "usually", "normally", "always", "generally", "often", "it's", "that's", "it is",
    "that is", "this is", "it'll", "that'll", "it will", "that will", "it'd", "it would",
)


@rule(
    "HA003",
    "individual-diagnosis",
    triggers=generated("HA003"),
    needs=lambda: list(_diagnosis()),
    category="health-advice",
    severity="error",
    message="Suggests what condition someone has",
    suggestion="Do not diagnose anyone online; signpost them to their GP, a pharmacist or NHS 111.",
)
def diagnosis(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds guesses at what someone has. "It sounds like you have a chest infection" and "you
    probably have tonsillitis" are flagged anywhere; in a reply, so are "it's probably just a
    virus", "could be shingles" and "chest pain after the gym is usually just a pulled muscle".
    Awareness posts to everyone ("Always thirsty? You might have
    diabetes: know the signs") and empathy ("it sounds like you've had a really difficult time")
    are not flagged.

    Why is this bad?
    ----------------
    A diagnosis without an assessment can falsely reassure or alarm, delay the right care, and
    is given with the authority of the NHS.

    Example
    -------
    Flagged: "@sam it sounds like you've got a UTI, lots of people do."
    Fine: "Sorry you're feeling unwell. A pharmacist can advise on urinary symptoms, or call
    NHS 111."

    Policy
    ------
    BNSSG 28 §7 ("do not give any individual health advice, instead signpost people to official
    sources such as the ICB, NHS.UK or their own GP"); HRA §3.1; HSSIB005 §4.8 (use good
    judgement in what you share); Tavistock and Portman "You are an ambassador for the Trust and
    your profession"; HEE principle 2.
    """
    body = _cues.text(draft)
    addressed = _cues.addressed_to_someone(draft)
    if not _cues.mentions(body, _DIAGNOSIS_WORDS if addressed else _DIRECT_DIAGNOSIS_WORDS):
        return
    direct, hedged = _diagnosis()
    spans = [(m.start(), m.end()) for m in direct.finditer(body)]
    if addressed:
        spans += [(m.start(), m.end()) for m in hedged.finditer(body)]
    for start, end in _first_of_overlapping(spans):
        if not _cues.negated(body, start):
            yield Hit(start, end)


_TREATMENT = r"""
(?:operation|surgery|procedure|op|trial|study|treatment|therapy|scan|mri|ct\s+scan|x-ray|biopsy
 |chemo\w*|radiotherapy|injection|course|referral|colonoscopy|endoscopy|transplant|hysterectomy
 |mastectomy|c-section|caesarean|induction|epidural|physio\w*|counselling|cbt|ivf|implant|x-rays|scans
 |coil|medication|medicine|tablets|pills|antibiotics)(?![\w-])
(?!\s+(?:register|website|page|list|newsletter|team|line|information|info|leaflet|database
 |results?\s+(?:page|website)|findings|report))
"""
# Discouraging a vaccine or screening is individual advice too; encouraging it is public health.
_PREVENTION = r"(?:vaccines?|vaccinations?|jabs?|boosters?|screening|smear\s+tests?|mammograms?)(?![\w-])"
_ADVISER = r"""(?:you\s+(?:should|need\s+to|must|ought\s+to|might\s+want\s+to|really\s+should)|i'd|i\s+would
  |if\s+i\s+were\s+you(?:,)?\s+i'd|i\s+(?:recommend|suggest)(?:\s+you)?|definitely|just)"""


@cache
def _treatment_advice() -> object:
    thing = rf"(?:(?:the|this|that|a|an|your|any|some)\s+)?(?:[\w-]+\s+){{0,2}}?"
    return _cues.cue(
        rf"""(?<![\w']){_ADVISER}\s+(?:\w+\s+)?(?:have|get|go\s+for|push\s+for|insist\s+on|ask\s+for|take|try
          |demand|join|sign\s+up\s+(?:for|to)|take\s+part\s+in|enrol\s+(?:in|on)|agree\s+to)\s+
          {thing}{_TREATMENT}
        |(?<![\w']){_ADVISER}\s+(?:\w+\s+)?(?:avoid|refuse|skip|decline|cancel|pull\s+out\s+of
          |drop\s+out\s+of|withdraw\s+from|stay\s+away\s+from|say\s+no\s+to|turn\s+down)\s+
          {thing}(?:{_TREATMENT}|{_PREVENTION})
        |(?<![\w'])(?:you\s+(?:shouldn't|should\s+not|don't\s+need)|i\s+wouldn't|i\s+would\s+not
          |i'd\s+never|i\s+would\s+never)\s+(?:\w+\s+)?(?:have|get|go\s+for|join|take\s+part\s+in
          |sign\s+up\s+(?:for|to)|agree\s+to|bother\s+with|consent\s+to|risk)\s+
          {thing}(?:{_TREATMENT}|{_PREVENTION})"""
    )


@rule(
    "HA004",
    "individual-treatment-advice",
    triggers=all_of(_cues.addressed_to_someone, generated("HA004")),
    needs=lambda: [_treatment_advice(), *_treatment_talk()[1:]],
    category="health-advice",
    severity="error",
    message="Advises one person for or against a treatment, test, trial or vaccine",
    suggestion=(
        "Do not advise anyone on their treatment online; signpost them to the clinical team,"
        " their GP or NHS 111."
    ),
)
def treatment_advice(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds advice to one person for or against a treatment, test, trial or vaccine. In a reply or
    a message to one person: "you should push for an MRI", "I'd pull out of the trial", "I
    wouldn't have the operation", "just skip the jab", and, when a treatment is being talked
    about, "the scan is a waste of time" or "I'd cancel it". Encouraging everyone to be
    vaccinated or screened ("you should get your flu jab"), pointing to a trial register, and
    posts to everyone are not flagged.

    Why is this bad?
    ----------------
    Whether someone should have an operation, a scan or join a research study depends on their
    history and needs an informed discussion with their clinical team; advice from an NHS or
    research body's account carries weight it cannot support.

    Example
    -------
    Flagged, in a reply: "If I were you I'd pull out of the study, the side effects sound awful."
    Fine, in a reply: "The research team can answer questions about taking part: their contact
    details are on your participant information sheet."

    Policy
    ------
    BNSSG 28 §7 ("do not give any individual health advice, instead signpost people to official
    sources such as the ICB, NHS.UK or their own GP"); HRA §3.1 (identify yourself; you speak
    for yourself, not the HRA); HSSIB005 §4.8 (use good judgement in what you share); Tavistock
    and Portman "You are an ambassador for the Trust and your profession"; HEE principle 2.
    """
    if not _cues.addressed_to_someone(draft):
        return
    body = _cues.text(draft)
    spans = [(m.start(), m.end()) for m in _treatment_advice().finditer(body)]
    about, verdict, refuse_it = _treatment_talk()
    if about.search(body) or about.search(_cues.reply_source(draft)):
        spans += [(m.start(), m.end()) for m in verdict.finditer(body) if not _cues.negated(body, m.start())]
        spans += [(m.start(), m.end()) for pattern in refuse_it for m in pattern.finditer(body)]
    sentences: set[tuple[int, int]] = set()
    for start, end in _first_of_overlapping(spans):
        sentence = _cues.sentence_around(body, start)
        if sentence not in sentences:  # "just skip the jab, it's not worth it" is one piece of advice
            sentences.add(sentence)
            yield Hit(start, end)


@cache
def _treatment_talk() -> tuple[object, object, object]:
    """In a conversation about a treatment, test or vaccine: "the scan is a waste of time", "I'd
    cancel it"."""
    about = _cues.cue(rf"(?<![\w'])(?:{_TREATMENT}|{_PREVENTION})")
    verdict = _cues.cue(
        rf"""(?<![\w'])(?:{_TREATMENT}|{_PREVENTION}|it|that|they)(?:\s+(?:is|are)|'s|'re)\s+(?:just\s+|honestly\s+|really\s+
          |totally\s+|completely\s+)?(?:a\s+(?:complete\s+|total\s+)?waste\s+of\s+(?:time|money)|pointless|not\s+worth\s+it
          |unnecessary|overkill|a\s+con|a\s+scam|a\s+rip-?off|useless)(?![\w'])"""
    )
    accept_it = _cues.cue(
        rf"""(?<![\w']){_ADVISER}(?:\s+(?:definitely|just|really|honestly))?\s+(?:sign\s+up|go\s+for\s+it|do\s+it|say\s+yes|take\s+it|grab\s+it|accept\s+it
          |have\s+it(?:\s+done)?|get\s+it\s+done)(?=\s*(?:[.,!;]|$|\s+(?:tbh|honestly|mate|now|asap)(?![\w'])))"""
    )
    leave_it = _cues.cue(
        r"""(?:\A|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?:just\s+|honestly\s+)?(?:drop\s+out|pull\s+out|withdraw|quit|get\s+out)
          (?:\s+(?:of\s+(?:it|the\s+(?:trial|study))|now|while\s+you\s+can|asap|today))+(?![\w'])"""
    )
    refuse_it = _cues.cue(
        rf"""(?<![\w']){_ADVISER}\s+(?:\w+\s+)?(?:cancel|skip|refuse|decline|ditch|avoid|not\s+bother\s+with|give
          \s+(?:it|that|them)\s+a\s+miss|swerve|pull\s+out\s+of)\s*(?:it|that|them)?(?=\s*(?:[.,!;]|$|\s+(?:if|tbh
          |honestly|mate|too)(?![\w'])))"""
    )
    return about, verdict, (refuse_it, accept_it, leave_it)


# --- HA005: a reply that answers one person's health question itself ------------------------------

import re as _re  # noqa: E402  (standard library; only used to loosen the patterns below)


def _loose(pattern: str) -> _cues.Pattern:
    """A cue whose contractions also match without the apostrophe ("thats", "dont", "youll")."""
    return _cues.cue(_re.sub(r"'(?=[a-z])", "'?", pattern))


# The message answered asks about one person's health: a question...
_ASKS = _loose(
    r"""\?|(?<![\w'])(?:should\s+(?:i|we|she|he|they|my)|do\s+(?:i|we)\s+need|does\s+(?:she|he|it|my)\s+need
    |is\s+it\s+(?:ok|okay|safe|fine|alright|worth|normal|bad|serious)|is\s+this\s+(?:normal|serious|ok|okay|bad)
    |can\s+(?:i|we|she|he|they|my)|what\s+(?:should|do|can)\s+(?:i|we)|any\s+(?:ideas|tips|advice|thoughts|recommendations)
    |what\s+is\s+this|what's\s+this|thoughts|asking\s+for\s+a\s+friend|worth\s+(?:going|getting|calling))(?![\w'])"""
)
# (or says, of themselves or their family, what is wrong)...
_FIRST_PERSON = _loose(
    r"""(?<![\w'])(?:i|i'm|i've|me|my|we|our|us|mum|mom|dad|son|daughter|baby|little\s+one|nan|gran|grandad|husband|wife
    |partner|kids?|child)(?![\w'])"""
)
# ...about a symptom, a medicine or whether to get care.
_HEALTH_MATTER = _loose(
    rf"""(?<![\w'])(?:pains?|painful|\w*aches?|aching|flar(?:e|es|ed|ing)|funny\s+shape|sore|rash|spots|blisters?|blistery|temp|temperature|fever|feverish
    |sick|vomit\w*|throwing\s+up|diarrh\w*|the\s+runs|bleed\w*|lumps?|swollen|swelling|cough\w*|dizzy|dizziness
    |faint\w*|headaches?|migraines?|chest|breath\w*|wheez\w*|asthma|burning|itch\w*|banged|bump\s+on|fell|broken
    |sprain\w*|twisted|tight|tightness|tightening|racing|palpitations|numb|numbness|numbed|tingl\w*|confused|drowsy|dehydrat\w*|sugars
    |blood\s+pressure|reflux|heartburn|constipat\w*
    # "the discharge report", "discharge delays": patients leaving hospital, not a symptom
    |discharge(?!\s+(?:report|letters?|lounge|planning|summar\w*|teams?|delays?|process|dates?|from|coordinators?|home|to
      |policy|data|figures|rates?|times?)(?![\w']))|infection|wound|bites?|stings?|allerg\w*|anxiety
    |panic\s+attacks?|can't\s+sleep|insomnia|symptoms?|poorly|unwell|ill|teething|colic|a&e|a\s*&\s*e|ambulance
    |tummy|stomach|belly|nappy|nappies|weeing|peeing|poo|pooing|swallowed|mole
    # pregnancy: "baby's been really quiet today", "waters might be leaking", "tightenings at 33 weeks"
    |(?:baby|bump|little\s+one)(?:'s|\s+is|\s+has)?\s+(?:been\s+)?(?:\w+\s+)?(?:quiet|still|not\s+moving|moving\s+less)
    |(?:felt|feel|feeling)\s+(?:the\s+|my\s+)?baby\s+(?:move|moving|kick)|baby\s+(?:hasn't|has\s+not|isn't|is\s+not|not)\s+(?:been\s+)?
      (?:moved|moving|kicked|kicking)
    |(?:reduced|fewer|less)\s+(?:fetal\s+|foetal\s+|baby\s+)?movements|kicks|kicking|waters|contractions|tightenings?
    |spotting|braxton\s+hicks|\d+\s*weeks\s+pregnant
    |walk-?in|minor\s+injuries|out\s+of\s+hours|{_MEDICINE}|{_CONDITION})(?![\w'])"""
)
# Bringing, collecting or ordering medicines, booking and visiting are errands, not health questions.
_ERRAND = _loose(
    r"""(?<![\w'])(?:bring|collect|pick\s+up|order|re-?order|deliver\w*|return|dispose|repeat\s+prescriptions?|book
    |appointments?|parking|visiting|open|opening|referral|self-refer|register|prescription\s+charges?|clinics?|running
    |vaccin\w*|jabs?|boosters?|quote|reporter|journalist|interview|article|edition|press\s+office)(?![\w'])"""
)
# The reply answers it itself. A yes or no, to a yes-or-no question:
_YES_NO = _cues.cue(
    r"""(?:\A|(?<=[.!?]\s)|(?<=\n))(?:(?:hi|hey|hello)\s+[\w@]+[,!]?\s+)?(?:yes|yeah|yep|yup|no|nope|nah|definitely
    |absolutely|of\s+course|totally|course\s+you\s+can)(?![\w'])(?!\s+(?:problem|worries|bother|please)(?![\w]))"""
)
# reassurance that someone is, or will be, fine ("he's absolutely fine to sleep it off",
# "being sick once after a bump on the head is normal"; "it's normal to feel anxious" is comfort):
_ALL_FINE = _loose(
    r"""(?<![\w'])(?:(?:you|he|she|they|baby|your\s+\w+)(?:'ll|\s+will|'s|\s+is|'re|\s+are|\s+should)\s+(?:be\s+)?
      (?:absolutely\s+|totally\s+|perfectly\s+|completely\s+|honestly\s+|probably\s+|just\s+)?(?:fine|ok|okay|alright
      |grand|right\s+as\s+rain|safe)
    |(?:it|this|that|it\s+all)(?:'s|\s+is|'ll\s+be|\s+will\s+be)\s+(?:absolutely\s+|totally\s+|perfectly\s+|completely\s+)?
      (?:fine|ok|okay|safe|alright)\s+to\s+(?:give|take|have|skip|stop|leave|wait|sleep|go|drink|mix|double|carry\s+on)
    |(?:is|'s|are|'re)\s+(?:completely\s+|totally\s+|perfectly\s+|quite\s+|very\s+|really\s+)?normal(?!\s+to\s+feel)
    |nothing\s+(?:to\s+worry\s+about|serious|to\s+be\s+(?:worried|concerned)\s+about)
    |(?:it's|it\s+is|that's|that\s+is|probably|usually|almost\s+always)\s+(?:usually\s+|probably\s+|almost\s+always\s+
      |most\s+likely\s+)?nothing(?=\s*(?:[.!,]|$|\n|tbh|honestly|x+\b))
    |(?:\A|(?<=[.!?,:]\s)|(?<=\n))(?:totally|completely|perfectly)\s+normal(?!\s+to\s+feel)
    |(?:won't|wouldn't|will\s+not|shouldn't)\s+(?:hurt|harm|do\s+(?:you\s+)?(?:any\s+)?harm))(?![\w'])"""
)
# that they need no care ("your mum doesn't need to go in", "I wouldn't bother getting it
# checked", "wait it out", "A&E will just send you away"):
_NO_CARE = _loose(
    r"""(?<![\w'])(?:(?:no\s+need|(?:don't|doesn't|won't|shouldn't)\s+(?:\w+\s+)?need|(?:don't|wouldn't)\s+bother
      |not\s+worth|no\s+point)\s+(?:\w+\s+){0,3}?(?:a&e|a\s*&\s*e|hospital|doctors?|gp|walk-?in|ambulance|999|111
      |go(?:ing)?\s+in|checked|seen|looked\s+at|anyone|calling|call|antibiotics|treatment|stitches|x-?rays?
      |out\s+of\s+hours|ring(?:ing)?|phon(?:e|ing)|triage|(?:the\s+)?unit|maternity|labour\s+ward|delivery\s+suite
      |midwife|midwives)
      # "you don't need to see a GP to get the vaccine" is how to get a service
      (?![\w'])(?!\s+(?:to\s+(?:get|book|have|access|receive|register|collect)|for\s+(?:a|an|the|your)\s+(?:vaccine|jab
        |referral|prescription|appointment|test))(?![\w]))
    |(?:wait|sleep|ride|sweat|walk)\s+it\s+(?:out|off)|wait\s+and\s+see
    |(?:just\s+)?keep\s+an\s+eye\s+on\s+(?:it|her|him|them|things|your\s+\w+)
    |(?:don't|wouldn't)\s+bother(?=\s*(?:[.!,]|$|\s+(?:now|tbh|mate|hun|honestly)(?![\w])))
    |(?:a&e|they|the\s+hospital|the\s+gp|doctors?|the\s+doctor)(?:'ll|\s+will|\s+would|'d)\s+(?:just\s+|only\s+)?
      (?:send\s+you\s+(?:away|home|back)|turn\s+you\s+away|do\s+nothing|not\s+do\s+anything))(?![\w'])"""
)
# what they have ("thats shingles hun", "it'll almost certainly be a cyst"):
_SAYS_WHAT_IT_IS = _loose(
    rf"""(?<![\w'])(?:(?:sounds|looks|seems)\s+like|that's|it's|it'll\s+be|it\s+will\s+be|probably|prob|defo|definitely
    |likely|almost\s+certainly|could\s+be|might\s+be|bet\s+it's)\s+(?:\w+\s+){{0,2}}?{_CONDITION}"""
)
# or plays down what it is, whatever they name: "it's just tension", "probably only trapped wind",
# "at your age it's almost certainly muscular":
_PLAYS_IT_DOWN = _loose(
    r"""(?<![\w'])(?:(?:it's|it\s+is|that's|that\s+is|sounds|looks|probably|prob|defo|i'm\s+sure\s+it's|bet\s+it's)
      \s+(?:like\s+)?(?:just|only|nothing\s+but|almost\s+certainly|definitely|most\s+likely)
      |almost\s+certainly|most\s+likely\s+just)\s+(?:a\s+|an\s+|some\s+)?(?:bit\s+of\s+)?
      # "it's just round the corner", "it's only a short walk": directions and amounts, not a verdict
      (?!(?:round|around|past|behind|next|opposite|across|up|down|off|along|outside|inside|by|short|few|over|through
        |on|in|at|for|to|us|me|that|this|the|what|how|about|because|a|an|as|like|one|two|five|ten|minutes?|mins?|\d\w*
        |available|open|closed|online|here|there|me|you|us|them|our|your)(?![\w-]))[\w-]+
    (?<!\bthe)(?<!\byour)(?<!\bour)(?<!\bme)(?<!\bus)(?![\w'])"""
)
# or a self-care instruction opening a sentence ("Ice, rest and elevate", "Chuck them", "Bump
# your Lantus up"), or the writer's own advice ("I'd say stop", "if I were you").
_DOES_IT_THEMSELF = _loose(
    r"""(?:(?:\A|(?<=[.!?]\s)|(?<=\n)|(?<=:\s))(?:(?:hi|hey|hello)\s+[\w@]+[,!]?\s+)?(?:just\s+|honestly\s+|maybe\s+|so\s+)?
      (?:ice|rest|elevate|drink|rub|apply|alternate|chuck|bin|ditch|taper|wean|bump|lie\s+down|keep\s+(?:him|her|them
      |pushing|taking|giving)|give\s+(?:him|her|them|it)(?!\s+(?:a\s+call|a\s+ring|our))|take|grab|pop|try|stop|skip|double
      |halve|cut)(?![\w'])(?!\s+(?:a\s+look|care|part|us|our|the\s+(?:app|website|link|form|team|survey)|a\s+(?:call|ring
      |seat|moment)|time|a\s+read|this|your\s+time|smoking|[\w-]+\s+services?)(?![\w]))
    |(?<![\w'])(?:if\s+i\s+were\s+you|in\s+your\s+shoes|i'd\s+(?:say|just|probably|definitely|honestly)|i\s+would\s+(?:say|just)
      |i\s+wouldn't|my\s+advice\s+(?:is|would\s+be)|personally\s+i'd))(?![\w'])"""
)
# Pointing them to someone who can assess them is what the policies ask for.
_SIGNPOST = _loose(
    r"""(?<![\w'])(?:gp|doctor|pharmacist|111|999|nhs\.uk|nhs\s+website|healthier\s+together|prescriber
    |midwife|health\s+visitor|nurse|clinical\s+team|care\s+team|research\s+team|study\s+team|specialist|consultant
    |(?:can't|cannot|unable\s+to|not\s+able\s+to)\s+(?:give|offer|provide)\s+(?:\w+\s+)?(?:medical|clinical|health
      |individual)\s+advice)(?![\w'])"""
)
_NOT_A_SIGNPOST = _cues.cue(
    r"(?:bother|need|worth|point|waste|send\s+you|instead\s+of|rather\s+than)\b|(?:as|i'm|i\s+am|'s|is|was)\s+an?\s+(?:\w+\s+)?$"
)
# An amount or how often, said to one person: "1% twice a day for a week", "5ml every 4 hours".
_DOSING = _cues.cue(
    r"""(?<![\w'])(?:\d+(?:\.\d+)?\s*(?:%|mg|ml|mcg)(?![\w])|(?:once|twice|three\s+times|four\s+times)\s+a\s+day
    |every\s+(?:\d+|two|three|four|six|eight|twelve)\s+hours)"""
)


def _signposts(body: str) -> bool:
    """A signpost that is not itself dismissed ("don't bother with the GP")."""
    for match in _SIGNPOST.finditer(body):
        before = _cues.clause_before(body, match.start())
        if not (_cues.negated(body, match.start()) or _NOT_A_SIGNPOST.search(before)):
            return True
    return False


@rule(
    "HA005",
    "answers-a-health-question",
    triggers=all_of(_cues.is_reply, generated("HA005")),
    needs=lambda: [_YES_NO, _ALL_FINE, _NO_CARE, _SAYS_WHAT_IT_IS, _PLAYS_IT_DOWN, _DOES_IT_THEMSELF, _DOSING],
    category="health-advice",
    severity="warning",
    message="Answers someone's question about their own health instead of signposting",
    suggestion=(
        "Do not answer health questions for one person; signpost them to their GP, a pharmacist,"
        " NHS 111 (or 999 in an emergency) or NHS.UK."
    ),
)
def answers_health_question(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Reads the conversation: when the message being answered asks about one person's symptoms,
    medicine or whether to get care ("Is it ok to give my 7 year old my ibuprofen?", "Do we need
    to take her in?", "weird painful rash, what is this??"), a reply that answers it itself is
    flagged: a yes or no, reassurance ("he's absolutely fine to sleep it off", "being sick once
    is normal"), telling them they need no care ("your mum doesn't need to go in", "I wouldn't
    bother getting it checked", "wait it out"), saying what they have ("thats shingles"), a
    self-care instruction ("Ice, rest and elevate", "Chuck them") or the writer's own advice
    ("if I were you", "I'd say stop"). A reply that points them to their GP, a pharmacist, NHS
    111, 999, NHS.UK or their clinical team, or says it cannot give medical advice, is not
    flagged, nor are replies to questions about services, bookings or opening times.

    Why is this bad?
    ----------------
    Nobody can assess a person through a comment box. An answer from an NHS account, or from
    staff who say where they work, is taken as clinical advice; if it is wrong, someone who
    needed care may not get it.

    Example
    -------
    Flagged, replying to "Mum is 86, hasn't drunk much in two days and is confused. Do we need to
    take her in?": "Your mum doesn't need to go in, just keep pushing fluids."
    Fine: "We're sorry to hear this. Please call NHS 111 now, or 999 if she is very unwell."

    Policy
    ------
    BNSSG 28 §7 ("do not give any individual health advice, instead signpost people to official
    sources such as the ICB, Healthier Together, NHS.UK or their own GP"); HRA §3.1; HSSIB005
    §4.8 (use good judgement in what you share); Tavistock and Portman "You are an ambassador
    for the Trust and your profession"; HEE principle 2 (liability).
    """
    source = _cues.without_quotes(_cues.reply_source(draft))
    if not source or not (_ASKS.search(source) or _FIRST_PERSON.search(source)) or not _HEALTH_MATTER.search(source):
        return
    if _ERRAND.search(source):
        return
    body = _cues.text(draft)
    if _signposts(body) and not _signpost_put_off(body):
        return
    spans = [(m.start(), m.end()) for m in _YES_NO.finditer(body)]
    spans += [(m.start(), m.end()) for m in _NO_CARE.finditer(body) if not _negated_advice(body, m)]
    for pattern in (_ALL_FINE, _SAYS_WHAT_IT_IS, _PLAYS_IT_DOWN, _DOES_IT_THEMSELF, _DOSING):
        spans += [(m.start(), m.end()) for m in pattern.finditer(body) if not _cues.negated(body, m.start())]
    for start, end in list(_first_of_overlapping(spans))[:1]:
        yield Hit(start, end)


# A signpost for later, after saying what it is: "Probably Bell's palsy. See your GP next week if
# it's no better" answers the question now and puts off the care.
_PUT_OFF = _loose(
    r"""(?<![\w'])(?:next\s+week|in\s+a\s+(?:few|couple\s+of)\s+(?:days|weeks)|after\s+the\s+weekend|on\s+monday
    |if\s+(?:it's|it\s+is|things\s+are|she's|he's|you're)\s+(?:still\s+)?(?:no|not)\s+better
    |if\s+it\s+(?:doesn't|does\s+not|hasn't|has\s+not)\s+(?:clear|improve|settle|go|get\s+better))(?![\w'])"""
)


def _signpost_put_off(body: str) -> bool:
    return bool(_PUT_OFF.search(body) and (_SAYS_WHAT_IT_IS.search(body) or _PLAYS_IT_DOWN.search(body)))


def _negated_advice(body: str, match) -> bool:
    """ "Please don't wait it out" warns against the very thing."""
    return match.group(0)[:2] in ("wa", "sl", "ri", "sw") and _cues.negated(body, match.start())


# A tip to the public from a member of staff to skip urgent care and treat it at home: "PSA from a
# nurse: if your kid has croup, skip A&E and just stand in a steamy bathroom with them".
_SKIP_URGENT_CARE = _loose(
    r"""(?<![\w'])(?:skip|avoid|forget|swerve|don't\s+(?:bother\s+(?:with|going\s+to)|go\s+to|waste\s+(?:your\s+)?time\s+(?:at|with|calling))
    |no\s+need\s+(?:for|to\s+(?:go\s+to|call|ring)))\s+(?:the\s+)?(?:a&e|a\s*&\s*e|a\s+and\s+e|999|111|out\s+of\s+hours|ambulance|walk-?in)
    (?![\w])(?!\s+(?:training|shifts?|rota|department|staff|placement|teaching|meetings?|course|rotation|nurses?|doctors?
      |consultants?|team|service|waiting\s+times|car\s+park|build)(?![\w]))"""
)
_DO_THIS_INSTEAD = _loose(
    r"""(?<![\w'])(?:just|instead|works\s+every\s+time|trust\s+me|all\s+you\s+need|does\s+the\s+trick|sorts?\s+it)(?![\w'])"""
)


# Somewhere else to get care ("a pharmacist can help", "call 111 instead"): the post redirects
# rather than replaces care. ("PSA from a nurse" names the writer, not a place to go.)
_SENDS_ELSEWHERE = _loose(
    r"""(?<![\w'])(?:pharmacists?|pharmacy|pharmacies|nhs\.uk|111\.nhs\.uk|nhs\s+website|(?:call|ring|phone|use)\s+(?:nhs\s+)?(?:999|111)
    |your\s+(?:gp|doctor|health\s+visitor|midwife)|urgent\s+treatment\s+cent(?:re|er)|minor\s+injur(?:y|ies))(?![\w'])"""
)


@rule(
    "HA006",
    "skip-urgent-care-tip",
    triggers=generated("HA006"),
    needs=lambda: [_SKIP_URGENT_CARE],
    category="health-advice",
    severity="warning",
    message="A personal tip telling people to skip urgent care and treat it themselves",
    suggestion="Do not give health tips as a member of staff; point people to NHS 111 or NHS.UK, which can assess them.",
)
def skip_urgent_care_tip(draft, ctx) -> Iterable[Hit]:
    """What it does
    ------------
    Finds posts not from an official account telling the public to skip A&E, 999, NHS 111
    or out-of-hours care and do something themselves instead ("PSA from a nurse: if your kid has
    croup, skip A&E and just stand in a steamy bathroom with them, works every time"). Official
    accounts' "choose well" campaigns, and posts that point people to a pharmacy, NHS 111 or
    their GP instead, are not flagged; replies are left to HA002 and HA005.

    Why is this bad?
    ----------------
    Advice from someone who says they work in the NHS is taken as clinical advice. Telling
    everyone to skip urgent care for a symptom that is sometimes an emergency (croup can stop a
    child breathing) can stop someone getting help they need.

    Example
    -------
    Flagged: "PSA from a nurse: if your kid has croup, skip A&E and just stand in a steamy
    bathroom with them. Works every time."
    Fine: "Croup can usually be managed at home, but call 999 if your child is struggling to
    breathe. Find out more on NHS.UK."

    Policy
    ------
    BNSSG 28 §7 ("do not give any individual health advice, instead signpost people to official
    sources"); HSSIB005 §4.8 (use good judgement); Tavistock and Portman "You are an ambassador
    for the Trust and your profession"; HEE principle 2 (liability).
    """
    # Any post not from one of the organisation's accounts is a member of staff's ("PSA from a nurse").
    if _cues.is_reply(draft) or _cues.official_account(draft):
        return
    body = _cues.text(draft)
    for match in _SKIP_URGENT_CARE.finditer(body):
        first, last = _cues.sentence_around(body, match.start())
        sentence = body[first:last]
        if _DO_THIS_INSTEAD.search(sentence) and not _SENDS_ELSEWHERE.search(body):
            yield Hit(match.start(), match.end())
            return
