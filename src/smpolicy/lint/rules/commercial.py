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

if TYPE_CHECKING:
    from smpolicy.lint.context import LintContext
    from smpolicy.lint.draft import Draft


# Words that every entry of each phrase list needs (a test checks it): a draft with none of them
# cannot match, so the list's expression is not run. Lint runs on every commit.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "commercial_offers": (
        "affiliate", "buy one", "bogof", "code", "off", "free", "half", "referral",
    ),
    "commercial_promotion": (
        "#", "buy", "shop", "order", "ambassador", "offer", "amazon", "get yours", "bio", "paid",
        "sponsored", "stocks", "sale",
    ),
    "commercial_private_work": (
        "private", "paid", "1:1", "one-to-one", "1-2-1", "personal", "consult", "£", "fee",
        "rates", "prices", "quote", "availability", "hire me", "hustle", "business",
    ),
}


def _scan(name: str, draft: Draft) -> Iterator[phrases.PhraseHit]:
    lower = draft.lower
    if any(word in lower for word in TRIGGERS[name]):
        yield from phrases.load(name).finditer(draft.masked)


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
    for found in _scan("commercial_offers", draft):
        yield Hit(found.start, found.end, found.phrase.message)


@rule(
    "CM003",
    "product-promotion",
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
    for found in _scan("commercial_promotion", draft):
        yield Hit(found.start, found.end, found.phrase.message)


@rule(
    "CM004",
    "private-work",
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
    now taking private clients", "my private practice", prices per session, "side hustle".
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
    for found in _scan("commercial_private_work", draft):
        yield Hit(found.start, found.end, found.phrase.message)


@lru_cache(maxsize=None)
def _supplier_reference() -> re.Pattern[str]:
    # A company named as "our supplier", or as who supplied something. Public bodies that supply
    # (NHS Supply Chain, UKHSA) are not commercial suppliers. "Provided by" is left alone: NHS
    # services are "provided by" trusts, councils and GPs.
    name = r"(?!(?:NHS|UKHSA|DHSC|MHRA|NICE|HM|Department|Government|Public)\b)[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|and|of))*"
    role = r"(?:suppliers?|vendors?)"
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
    Ltd". Public bodies ("supplied by NHS Supply Chain") and unnamed references ("we pay our
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
    if "supplie" not in lower and "vendor" not in lower and " by " not in lower:
        return
    for match in _supplier_reference().finditer(draft.masked):
        yield Hit(match.start(), match.end())
