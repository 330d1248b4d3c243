"""Commercial: suppliers, promotion of commercial products, and private work for gain.

BNSSG 28 §7 ("Do not cite or reference ICB suppliers"; §7.2 no sharing of content promoting
commercial organisations' products), HRA §3.1 ("Don't talk about our partners and suppliers";
commercial or personal gain), HSSIB005 §4.7 (no social networking for commercial gain) and HEE
principle 4 (no use of official information for private interests).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from smpolicy.lint import phrases
from smpolicy.lint.rule import Hit, rule
from smpolicy.lint.triggers import generated

if TYPE_CHECKING:
    from smpolicy.lint.context import LintContext
    from smpolicy.lint.draft import Draft


# Words that every entry of each phrase list needs (a test checks it): a draft with none of them
# cannot match, so the list's expression is not run. Lint runs on every commit.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "commercial_offers": (
        "affiliate", "buy one", "bogof", "code", "off", "free", "half", "referral", "checkout",
    ),
    "commercial_promotion": (
        "#", "buy", "shop", "order", "ambassador", "offer", "amazon", "get yours", "bio", "paid",
        "sponsored", "stocks", "sale", "giveaway", "brought to you", "demo", "earn", "selling",
    ),
    "commercial_private_work": (
        "private", "paid", "1:1", "one-to-one", "1-2-1", "personal", "consult", "£", "fee",
        "rates", "prices", "quote", "availability", "hire me", "hustle", "business", "my private",
    ),
}


def _scan(name: str, draft: Draft) -> Iterator[phrases.PhraseHit]:
    lower = draft.lower
    if any(word in lower for word in TRIGGERS[name]):
        yield from phrases.load(name).finditer(draft.masked)


@lru_cache(maxsize=None)
def _re(source: str) -> re.Pattern[str]:
    """Compile a module pattern on first use: importing the rules (on every commit) stays cheap."""
    return re.compile(source)


# A warning about scams quotes the offers it warns against.
_SCAM_WARNING = r"\b(?:scams?|scammers?|fraud\w*|phishing|fake\s+(?:offers?|discounts?|e-?mails?|texts?|websites?))\b"
_ON_REFERRAL = (
    r"\b(?:referred\s+by\s+(?:their|your|a)\s+(?:gp|doctor|nurse|physio\w*)|exercise\s+on\s+referral"
    r"|on\s+prescription|social\s+prescrib\w*)"
)
# "Get yours today" and "while stocks last" said of vaccines, tests or condoms are public health.
_PUBLIC_HEALTH_OFFER = (
    r"\b(?:vaccin\w*|jabs?|boosters?|immunis\w*|screening|prescriptions?|medicines?|medication|condoms?"
    r"|chlamydia|test\s+kits?|testing\s+kits?|lateral\s+flow|flu|covid(?:-19)?|mmr|hpv|leaflets?|nhs\s+app)\b"
)


# No sentence is longer; without a bound, a draft of thousands of offers and no full stop
# (100 KB of "£5 off") reads the whole draft once per offer.
SENTENCE_REACH = 2000


def _sentence_of(lower: str, start: int, end: int, spread: int = 0) -> str:
    """The sentence around lower[start:end], with `spread` more sentences either side."""
    first, last = start, end
    for _ in range(spread + 1):
        floor = max(0, first - SENTENCE_REACH)
        first = max(lower.rfind(". ", floor, max(0, first - 1)), lower.rfind("\n", floor, max(0, first - 1)), floor - 1) + 1
        ceiling = min(len(lower), last + SENTENCE_REACH)
        stops = [pos for pos in (lower.find(". ", last + 1, ceiling), lower.find("\n", last + 1, ceiling)) if pos != -1]
        last = min(stops) if stops else ceiling
    return lower[first:last]


@rule(
    "CM001",
    "supplier-named",
    category="commercial",
    severity="error",
    message="The text names one of the organisation's suppliers",
    suggestion="Do not cite or reference suppliers; describe the service instead.",
)
def supplier_named(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds the register's `[lint] suppliers` (matched literally, whole words, ignoring case).
    Nothing is flagged when the register lists no suppliers.

    Why is this bad?
    ----------------
    Naming a supplier reads as an endorsement, can breach procurement rules and commercial
    confidentiality, and favours one company over its competitors.

    Example
    -------
    With `suppliers = ["Acme Health Ltd"]`, "Thanks to Acme Health Ltd for our new booking
    system" is flagged; "Our new online booking system is live" is not.

    Policy
    ------
    BNSSG 28 §7 "Do not cite or reference ICB suppliers"; HRA §3.1 "Don't talk about our
    partners and suppliers"; HSSIB005 §4.8 (sensitive commercial information about
    stakeholders); HEE "Monitoring compliance" 3.3.4 (statements that create liability).
    """
    pattern = phrases.literal_list(ctx.suppliers)
    if pattern is None:
        return
    for match in pattern.finditer(draft.masked):
        yield Hit(match.start(), match.end(), f"'{match.group(0)}' is one of your suppliers")


@rule(
    "CM002",
    "discount-code",
    triggers=generated("CM002"),
    needs=lambda: [phrases.load("commercial_offers")],
    category="commercial",
    severity="error",
    message="The text promotes a commercial offer or discount code",
    suggestion="Remove the offer: official and work accounts must not promote commercial products.",
)
def discount_code(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds discount, promo, voucher and referral codes ("use code NHS20"), money-off offers
    ("20% off", "£10 off"), half-price and buy-one-get-one deals, and affiliate links. NHS staff
    benefits described in general terms ("NHS staff discounts") and "time off work" are not
    flagged.

    Why is this bad?
    ----------------
    A code or offer advertises a commercial organisation's product from an NHS account, which
    reads as endorsement and may be a conflict of interest or personal gain.

    Example
    -------
    "Get 20% off running shoes with code NHSRUN20" is flagged; "Benefits include the NHS
    pension and NHS staff discounts" is not.

    Policy
    ------
    BNSSG 28 §7.2 (content promoting commercial organisations' products and services should not
    be shared); HSSIB005 §4.7 (commercial or personal gain); HRA §3.1; HEE "Social media for
    personal and professional use" 4.
    """
    if _re(_SCAM_WARNING).search(draft.lower):
        return
    lower = draft.lower
    for found in _scan("commercial_offers", draft):
        if _re(_ON_REFERRAL).search(_sentence_of(lower, found.start, found.end)):
            continue  # a reduced rate for patients a GP refers is an NHS scheme, not a promotion
        yield Hit(found.start, found.end, found.phrase.message)


@rule(
    "CM003",
    "product-promotion",
    triggers=generated("CM003"),
    needs=lambda: [phrases.load("commercial_promotion")],
    category="commercial",
    severity="warning",
    message="The text reads as advertising for a product or service",
    suggestion="Do not promote commercial products or services from official or work accounts.",
)
def product_promotion(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds advertising language: "#ad", "#sponsored", "#gifted", "paid partnership", sales calls
    to action ("buy now", "shop now", "get yours today", "link in bio to buy"), "special offer",
    "while stocks last" and "brand ambassador". Free NHS services ("free flu vaccine"), "NHS
    Supply Chain", stakeholder "buy-in" and research sponsors are not flagged.

    Why is this bad?
    ----------------
    An NHS account that advertises appears to endorse a company and may break advertising rules
    on disclosure; a staff member doing so may have a conflict of interest.

    Example
    -------
    "Loving my new smartwatch, shop now via the link! #ad" is flagged; "Book your free NHS
    Health Check today" is not.

    Policy
    ------
    BNSSG 28 §7.2 (do not share content promoting commercial organisations' products and
    services); HSSIB005 §4.7; HRA §3.1 (commercial or personal gain); HEE "Social media for
    personal and professional use" 4.
    """
    lower = draft.lower
    if _re(_SCAM_WARNING).search(lower):
        return
    for found in _scan("commercial_promotion", draft):
        if found.phrase.message.startswith("Sales") and _re(_PUBLIC_HEALTH_OFFER).search(
            lower, max(0, found.start - 300), found.end + 300
        ):
            continue  # "Don't wait: get yours today" about a free vaccine
        yield Hit(found.start, found.end, found.phrase.message)


@rule(
    "CM004",
    "private-work",
    triggers=generated("CM004"),
    needs=lambda: [phrases.load("commercial_private_work"), _re(_PAID_WORK), _re(_OWN_OFFER), _re(_PRICE)],
    category="commercial",
    severity="warning",
    message="The text offers private work for payment",
    suggestion="Do not use social media for private work or personal gain; speak to your line manager about secondary employment.",
)
def private_work(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds staff offering private work in the first person: "DM me for private sessions", "I'm
    now taking private clients", "my private practice", prices per session, "side hustle", "my
    online course, £49, link in my bio". Prices and fees count only when the writer speaks as
    "I": a service's "£3 per session" or "available for a fee" is not private work.
    Posts about private providers in general ("independent sector providers are helping cut
    waiting lists") and "we do not offer private appointments" are not flagged.

    Why is this bad?
    ----------------
    Using a work profile, or the organisation's name, to win private clients is a conflict of
    interest and may breach rules on secondary employment.

    Example
    -------
    "DM me for private therapy sessions, £60 per session" is flagged; "Our NHS talking
    therapies service is free: refer yourself online" is not.

    Policy
    ------
    HSSIB005 §4.7 "You should refrain from entering any online social networking activity for
    commercial gain"; BNSSG 28 §7 and §11 (unapproved secondary employment); HRA §3.1
    (commercial or personal gain is a conflict of interest); HEE "Social media for personal and
    professional use" 4 (private interests).
    """
    lower = draft.lower
    seen = []
    for found in _scan("commercial_private_work", draft):
        # "Classes cost £4.50 per session", "available for a fee": a service's prices, not a
        # member of staff selling their own time.
        if _re(_WRITER_AS_I).search(_sentence_of(lower, found.start, found.end, spread=1)):
            seen.append((found.start, found.end))
            yield Hit(found.start, found.end, found.phrase.message)
    if seen or not _re(_WRITER_AS_I).search(lower):
        return
    # Most drafts offer nothing and price nothing: settle them with three scans.
    if not (_re(_PAID_WORK).search(lower) or _re(_OWN_OFFER).search(lower) or "£" in lower):
        return
    for first, last in _sentences(lower):
        sentence = lower[first:last]
        offer = _re(_PAID_WORK).search(sentence)
        if offer is None and (own := _re(_OWN_OFFER).search(sentence)):
            nearby = _sentence_of(lower, first, last, spread=1)
            if _re(_SALE).search(nearby) and not _re(r"\bfree\b").search(nearby):
                offer = own
        if offer is None and _re(_PRICE).search(sentence):
            nearby = _sentence_of(lower, first, last, spread=1)
            if _re(_WRITER_AS_I).search(nearby) and _re(_BOOKING).search(nearby):
                offer = _re(_PRICE).search(sentence)
        if offer is not None and _re(_WRITER_AS_I).search(_sentence_of(lower, first, last, spread=1)):
            yield Hit(first + offer.start(), first + offer.end(), "Offers paid work of their own")
            return


# The writer speaking as themself.
_WRITER_AS_I = r"(?<![\w'’])(?:i|i['’]m|i['’]ve|i['’]d|i['’]ll|me|my)(?![\w'’])"
# Private or paid work of the writer's own ("a paid workshop", "private psychotherapy clients").
_PAID_WORK = (
    r"\b(?:private|paid|fee[-\s]paying)\s+(?:[\w-]+\s+){0,2}?(?:clients?|sessions?|therapy|psychotherapy"
    r"|counselling|coaching|consultations?|workshops?|courses?|tuition|tutoring|mentoring|masterclass(?:es)?"
    r"|services?|reviews?|proofreading|editing|supervision|work)\b"
    # "I can review yours privately, £150 flat fee", "happy to check them on the side"
    r"|\b(?:i\s+can|(?:and|but|so)\s+can|i['’]ll|i\s+will|i\s+could|happy\s+to)\s+(?:[\w'’-]+\s+){1,4}?(?:privately|on\s+the\s+side|for\s+a\s+(?:flat\s+|small\s+)?fee)\b"
    # "I've set up Ashworth Safety Consulting on the side": a business of their own, by name
    r"|\b(?:i['’]ve|i\s+have|i)\s+(?:just\s+|now\s+|also\s+)?(?:set\s+up|started|launched|founded|registered)\s+"
    r"(?!(?:a|an|the|our|my|their|his|her|this|that|new)\s)(?:[\w&'’-]+\s+){1,4}?(?:consulting|consultancy|consultants|ltd|limited"
    r"|solutions|associates)\b"
)
_PRICE = (
    r"£\s?\d[\d,.]*(?:\s+(?:per|a|an|each)\s+(?:session|hour|consultation|class|workshop|course|place))?"
)
_BOOKING = (
    r"\b(?:book|booking|bookings|sessions?|spaces|places|spots?|availability|clients|e-?mail\s+me|dm\s+me"
    r"|message\s+me|contact\s+me|my\s+website|early\s+bird|grab|link\s+in\s+(?:my\s+)?bio)\b"
)
# What makes an offer of the writer's own a sale: a price, a rate, or a way to buy from them.
_SALE = (
    r"£\s?\d|\b(?:day\s+rates?|rates|fees|on\s+request|per\s+(?:day|hour|session)|link\s+in\s+(?:my\s+)?bio"
    r"|grab\s+(?:your|a)\s+(?:spot|place)|early\s+bird|lifetime\s+access|dm\s+me|e-?mail\s+me|message\s+me"
    r"|contact\s+me|my\s+website)\b"
)
# Something of the writer's own on offer ("my online parenting course", "I'm now offering
# independent investigation training"): selling only with a price or a way to book.
_OWN_OFFER = (
    r"\bmy\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:course|workshop|e-?book|coaching|consultancy|programme|masterclass"
    r"|membership|training|mentoring|tutoring)\b"
    r"|\b(?:i['’]m|i\s+am|i['’]ll\s+be|i\s+will\s+be|i['’]ve|i\s+have)\s+(?:now\s+|also\s+|just\s+)?"
    r"(?:offering|selling|running|providing|launching|launched|started)\s+(?:[\w-]+\s+){0,3}?(?:training"
    r"|courses?|workshops?|coaching|consultancy|sessions?|classes|masterclass(?:es)?|mentoring|tutoring"
    r"|services?|therapy|programmes?)\b"
)


def _sentences(lower: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _re(r"[.!?]\s|\n").finditer(lower):
        yield start, match.start()
        start = match.end()
    yield start, len(lower)


@lru_cache(maxsize=None)
def _supplier_reference() -> re.Pattern[str]:
    # A company named as "our supplier", or as who supplied something. Public bodies that supply
    # (NHS Supply Chain, UKHSA) are not commercial suppliers. "Provided by" is left alone: NHS
    # services are "provided by" trusts, councils and GPs.
    name = r"(?!(?:NHS|UKHSA|DHSC|MHRA|NICE|HM|Department|Government|Public)\b)[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|and|of))*"
    role = r"(?:suppliers?|vendors?|partners?|providers?)"
    owner = r"(?:our|the\s+(?:ICB|[Tt]rust|HRA|HSSIB|HEE|[Oo]rganisation)['’]s)"
    return re.compile(
        rf"\b(?i:{owner})\s+(?:[A-Za-z-]+\s+){{0,2}}?{role}(?:\s*,|\s+at|\s+from)?\s+{name}"
        rf"|\b{name},?\s+(?i:{owner})\s+(?:[A-Za-z-]+\s+){{0,2}}?{role}\b"
        rf"|\b(?i:supplied|installed)\s+by\s+(?i:our\s+(?:[a-z-]+\s+){{0,2}}{role}\s+)?{name}"
    )


@rule(
    "CM005",
    "supplier-referenced",
    category="commercial",
    severity="warning",
    message="The text names a company as the organisation's supplier",
    suggestion="Do not cite or reference suppliers; describe the service instead.",
)
def supplier_referenced(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a company named as the organisation's supplier even when the register lists no
    suppliers: "our IT supplier Acme Digital", "Acme Digital, our supplier", "supplied by Acme
    Ltd", "powered by Acme Software Ltd". Public bodies ("supplied by NHS Supply Chain") and unnamed references ("we pay our
    suppliers within 30 days") are not flagged. Suppliers listed in the register are CM001.

    Why is this bad?
    ----------------
    Naming a supplier reads as an endorsement and can breach procurement rules and commercial
    confidentiality.

    Example
    -------
    "Thanks to our software supplier Acme Digital for the new app" is flagged; "Our new app
    is live: download it today" is not.

    Policy
    ------
    BNSSG 28 §7 "Do not cite or reference ICB suppliers"; HRA §3.1 "Don't talk about our
    partners and suppliers"; HSSIB005 §4.8 (sensitive commercial information about
    stakeholders); HEE "Monitoring compliance" 3.3.4.
    """
    lower = draft.lower
    if not any(word in lower for word in ("supplie", "vendor", " by ", "partner", "provider")):
        return
    for match in _supplier_reference().finditer(draft.masked):
        named = _re(_OWNER_AND_ROLE).sub(" ", match.group(0))
        if _re(_PUBLIC_BODY).search(named) and not _re(_COMPANY).search(named):
            continue  # "installed by North Bristol NHS Trust's estates team"
        if re.search(r"partner|provider", match.group(0).lower()) and not _re(_COMPANY_LIKE).search(named):
            continue  # "our partners at Sirona": councils, charities and providers work with us
        yield Hit(match.start(), match.end())
    if " by " in lower:
        for match in _re(_MADE_BY_COMPANY).finditer(draft.masked):
            yield Hit(match.start(), match.end())


# Words in the names of public bodies, which supply the NHS without selling to it.
_PUBLIC_BODY = (
    r"\b(?:NHS|Trust|Council|Charity|Hospitals?|University|ICB|Service|Services|Foundation|College"
    r"|Government|Department|Agency|Authority|Board|Partnership)\b"
)
_COMPANY = r"\b(?:Ltd|Limited|plc|PLC|Inc|LLP|LLC)\b"
# A partner is a company (and so a supplier) when its name says so.
_COMPANY_LIKE = (
    r"\b(?:Ltd|Limited|plc|PLC|Inc|LLP|LLC|Consulting|Consultants|Consultancy|Digital|Solutions"
    r"|Technologies|Technology|Software|Systems|Analytics|Labs)\b"
)
# The owner and role around a supplier's name ("the ICB's IT vendor"), which name no company.
_OWNER_AND_ROLE = (
    r"(?i:\b(?:our|the\s+\w+['’]s)\s+(?:[a-z-]+\s+){0,2}?(?:suppliers?|vendors?|partners?|providers?)\b|\b(?:supplied|installed)\s+by)"
)
# "Our booking system is powered by Acme Research Software Ltd": a company behind a service,
# named by its company suffix (NHS services are "provided by" trusts, which have none).
_MADE_BY_COMPANY = (
    r"\b(?i:powered|built|developed|provided|delivered|hosted|designed|made|run|supported)\s+by\s+"
    r"(?:[A-Z][\w&'’.-]*\s+){0,4}(?:Ltd|Limited|plc|PLC|Inc|LLP|LLC)\b\.?"
)


# --- CM006 supplier criticised -----------------------------------------------------------------

# A company that works for the organisation, named or not: "our EPR vendor", "the contractors",
# "the firm that built our website", "the agency we pay", "Novacrest Pharma".
_SUPPLIER_MENTION = (
    r"\b(?i:suppliers?|vendors?|contractors?|outsourc\w*"
    r"|(?:company|firm|agency|consultancy|consultants)\s+(?:that|who|which)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)?\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:building|built|running|runs|run|ran|wrote|handled|doing|did|providing|provides|supplying|supplies|supplied"
    r"|delivering|delivers|making|made|developing|developed|managing|manages|hosting|hosts)"
    r"|(?:company|firm|agency|consultancy)\s+we\s+(?:use|pay|paid|hired|contracted|outsourced))\b"
    r"|\b[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3}\s+(?:Ltd|Limited|plc|PLC|Inc|LLP|Pharma|Pharmaceuticals|Therapeutics"
    r"|Biotech|Biosciences|Technologies|Solutions|Software|Consulting)\b"
)
# Said of an agent, not of the weather: "useless", "cowboys", "ripping us off", "designed to
# hide", "the worst supplier I've dealt with", "paying them how much".
_DISPARAGED = (
    r"\b(?i:useless|incompeten\w*|shambles|shambolic|hopeless|cowboys|clowns|clueless|liars?|lying|dodgy|shady"
    r"|misleading|rip[- ]?off|ripping\s+(?:us|the\s+\w+|everyone|patients)\s+off|overcharg\w*|fleecing"
    r"|(?:designed|trying|meant)\s+to\s+(?:hide|bury|mislead|obscure)|bur(?:y|ied|ying)\s+the\s+(?:bad|negative|real)"
    r"|cover(?:ing|ed)?\s+(?:it\s+)?up|gone\s+awol|a\s+(?:total\s+|complete\s+|bad\s+)?joke|an?\s+(?:absolute\s+|total\s+)?"
    r"(?:disaster|nightmare|shower)|paying\s+them\s+how\s+much|worst\s+(?:[\w-]+\s+){0,2}?(?:suppliers?|vendors?"
    r"|contractors?|company|companies|firms?|agency|agencies|provider))\b"
)


@rule(
    "CM006",
    "supplier-criticised",
    triggers=(
        "supplier*|vendor*|contractor*|outsourc*|company|firm|agency|consultancy|consultants|ltd|limited|plc|"
        "inc|llp|pharma|pharmaceuticals|therapeutics|biotech|biosciences|technologies|solutions|software|consulting",
    ),
    needs=lambda: [_re(_SUPPLIER_MENTION)],
    category="commercial",
    severity="warning",
    message="Criticises a supplier or a company the organisation works with",
    suggestion="Raise problems with a supplier through contract management, not in public.",
)
def supplier_criticised(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a company that works for or with the organisation, named or not ("our EPR vendor",
    "the contractors", "the firm that built our website", "Novacrest Pharma"), run down in the
    same or the next sentence: "useless", "cowboys", "ripping us off", "designed to hide the
    risks", "the worst supplier I've ever dealt with", "we're paying them how much??". Warnings
    about scams ("dodgy suppliers sending fake invoices") and ordinary news about suppliers
    ("our contractors have gritted the car park") are not flagged.

    Why is this bad?
    ----------------
    Public criticism of a supplier or sponsor by its customer's staff can breach the contract
    and commercial confidentiality, invites a defamation claim, and reads as the organisation's
    view of a company it is still working with.

    Example
    -------
    "The company building the new portal for us is the worst supplier I've ever dealt with."

    Use instead: raise it with the contract manager.

    Policy
    ------
    HRA §3.1 "Don't talk about our partners and suppliers"; BNSSG 28 §7 "Do not cite or
    reference ICB suppliers"; HSSIB005 §4.8 (sensitive commercial information about
    stakeholders); HEE "Monitoring compliance" (false or defamatory material, liability).
    """
    lower = draft.lower
    sentences = list(_sentences(lower))
    for match in _re(_SUPPLIER_MENTION).finditer(draft.masked):
        around = _said_of(lower, sentences, match.start())
        if _re(_SCAM_WARNING).search(around) or _re(_BEWARE).search(around):
            continue
        if _re(_DISPARAGED).search(around):
            yield Hit(match.start(), match.end())
            return


_BEWARE = r"\b(?:beware|be\s+aware|watch\s+out|fake|impersonat\w*|invoices?\s+in\s+our\s+name)\b"
_THEY = r"\b(?:they|they're|their|them|theirs)\b"


def _said_of(lower: str, sentences: list[tuple[int, int]], at: int) -> str:
    """The sentence at `at`, and the next one when it goes on about "them" ("Their consent form
    was designed to hide the risks") or is a short verdict ("Dodgy as ever.")."""
    for index, (start, end) in enumerate(sentences):
        if start <= at <= end:
            text = lower[start:end]
            if index + 1 < len(sentences):
                following = lower[slice(*sentences[index + 1])]
                if _re(_THEY).search(following) or len(following.split()) <= 5:
                    text += " " + following
            return text
    return ""


# --- CM007 / CM008: intent read from cue families ----------------------------------------------

# How far apart the families of one finding may be: a short post, or two sentences of a long one.
_FAMILY_REACH = 220


def _family(name: str) -> re.Pattern[str]:
    """One cue family from data/commercial_families.toml, as a whole-word pattern."""
    return phrases.cue_family("commercial_families", name)


def _near(lower: str, start: int, end: int, name: str, reach: int = _FAMILY_REACH) -> re.Match[str] | None:
    """A cue of family `name` within `reach` of lower[start:end], not overlapping it."""
    floor = max(0, start - reach)
    for match in _family(name).finditer(lower, floor, min(len(lower), end + reach)):
        if match.end() <= start or match.start() >= end:
            return match
    return None


def _plain(draft: Draft) -> str:
    return draft.lower.replace("’", "'")


@rule(
    "CM007",
    "plug-or-tip-for-a-connection",
    triggers=generated("CM007"),
    needs=lambda: [_family("connection"), _family("contact_at_company")],
    category="commercial",
    severity="warning",
    message="Uses the writer's position to help a relative's or friend's business",
    suggestion=(
        "Do not promote a relative's or friend's business, or pass on what you know from work to"
        " anyone who could profit from it; declare the interest to your line manager."
    ),
)
def plug_or_tip_for_a_connection(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reads three kinds of words together rather than one phrase. A business of someone close to
    the writer ("my wife's pharmacy", "my mate runs a physio clinic") with a sale or a favour
    ("private ones for £14.99", "20% off", "say Mark from the ICB sent you", "he'll squeeze you
    in") is a plug. A contact inside a company ("my mate Jase at the locum agency", "your
    firm") with a tip passed on early ("heads up", "before anyone else hears", "get in first")
    about what the organisation knows ("40 unfilled slots", "the tender goes out next week",
    "the budget just got signed off") is a tip-off. One kind alone is not flagged: pride in a
    relative ("so proud of my wife, a pharmacist now"), a heads-up about a website outage, or
    thanks to agency staff.

    Why is this bad?
    ----------------
    Steering the public to a relative's business, or giving a friend's company a head start
    with information from work, is using an NHS position for private gain: a conflict of
    interest, and with inside information a breach of commercial confidentiality.

    Example
    -------
    "Can't get a flu jab at your GP? My wife's pharmacy is doing private ones for £14.99. Say
    Mark from the ICB sent you."
    Fine: "Many local pharmacies offer free NHS flu jabs if you're eligible. Find one on NHS.UK."

    Policy
    ------
    HEE "Social media for personal and professional use" 4 (no use of official information or
    position for private interests); HRA §3.1 (commercial or personal gain is a conflict of
    interest); HSSIB005 §4.7 (no social networking for commercial gain) and §4.8 (sensitive
    commercial information); BNSSG 28 §7.2 (no content promoting commercial organisations).
    """
    lower = _plain(draft)
    if _re(_SCAM_WARNING).search(lower):
        return
    for found in _family("connection").finditer(lower):
        business = _near(lower, found.start(), found.end(), "business", reach=60)
        if business and business.start() > found.start() and _near(lower, found.start(), business.end(), "sale"):
            yield Hit(found.start(), business.end(), "Promotes a relative's or friend's business")
            return
    for found in _family("contact_at_company").finditer(lower):
        if _near(lower, found.start(), found.end(), "heads_up") and _near(lower, found.start(), found.end(), "inside_news"):
            yield Hit(found.start(), found.end(), "Tips off a contact at a company with what the organisation knows")
            return


@rule(
    "CM008",
    "company-offer-endorsed",
    triggers=generated("CM008"),
    needs=lambda: [(_family("company_offer"), _family("company"))],
    category="commercial",
    severity="warning",
    message="Passes on a company's sales offer",
    suggestion="Do not promote a company's products or offers; describe the service without the sales pitch.",
)
def company_offer_endorsed(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a company's sales offer ("a free three-month trial", "free demos", "25% off your
    first year", "head to their website to sign up") said of a company the text names as a
    partner or supplier ("our digital partner Accurx") or points to ("their website", "their
    app"). Free NHS services, research studies that are free to join and partners that are
    public bodies named without an offer ("our partners at Sirona") are not flagged.

    Why is this bad?
    ----------------
    Passing on a company's offer from an NHS account is advertising for it: an endorsement
    that favours one supplier over its competitors and can breach procurement rules.

    Example
    -------
    "Thanks to our digital partner Accurx for the new tools. Practices can get a free
    three-month trial, just head to their website."
    Fine: "Our new online consultation tool is live in 60 practices this autumn."

    Policy
    ------
    BNSSG 28 §7 "Do not cite or reference ICB suppliers" and §7.2 (no content promoting
    commercial organisations' products and services); HRA §3.1 "Don't talk about our partners
    and suppliers"; HSSIB005 §4.7; HEE principle 4.
    """
    lower = _plain(draft)
    if _re(_SCAM_WARNING).search(lower):
        return
    for found in _family("company_offer").finditer(lower):
        if _re(_PUBLIC_HEALTH_OFFER).search(_sentence_of(lower, found.start(), found.end())):
            continue  # "book your free flu jab on their website": an NHS service
        if _near(lower, found.start(), found.end(), "company"):
            yield Hit(found.start(), found.end())
            return
