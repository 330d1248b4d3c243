"""Personal data: details that identify a patient, a member of staff or a member of the public.

Every policy forbids publishing personal information (HSSIB005 §4.8, HRA §3.1, BNSSG 28 §7,
Tavistock and Portman "Maintain confidentiality at all times", HEE "Monitoring compliance" 3.3).
The hard part is telling personal details from the public contact details that fill ordinary
NHS posts, so each rule leans on context: who a number belongs to, what sits next to a date,
whether an address is a venue or a home.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from smpolicy.lint.rule import Hit, rule
from smpolicy.lint.triggers import generated

if TYPE_CHECKING:
    from smpolicy.lint.context import LintContext
    from smpolicy.lint.draft import Draft


@lru_cache(maxsize=None)
def _re(source: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a module pattern on first use: importing the rules (on every commit) stays cheap."""
    return re.compile(source, flags)


def digit_count(text: str) -> int:
    """How many digits 0-9 `text` holds, counted in C: the cheap test before any number rule.

    Counted in its UTF-8 bytes: `bytes.translate` is many times faster than `str.translate`, and
    UTF-8 writes every other character with bytes of 0x80 and above, never with a digit's byte."""
    encoded = text.encode("utf-8", "surrogatepass")
    return len(encoded) - len(encoded.translate(None, b"0123456789"))


def digits_in(draft: Draft) -> int:
    """`digit_count` of the draft's masked body, counted once per draft for all number rules."""
    count = draft.__dict__.get("_digits")
    if count is None:
        count = draft.__dict__["_digits"] = digit_count(draft.masked)
    return count

# --- NHS numbers -------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _nhs_number_pattern() -> re.Pattern[str]:
    # 3-3-4 with one consistent separator, or ten digits in a row; never part of a longer number.
    return re.compile(
        r"(?<![\w+/.,£$-])(?<!\d[ -])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![ -]?\d)(?![\w/])"
    )


# Words just before a ten-digit number that say it is something else.
_NOT_NHS_CUE = (
    r"\b(?:isbn|issn|doi|tel|telephone|phone|call|ring|fax|mobile|text|invoice|order|"
    r"company|charity|registration|reg|vat|account|sort|case|ticket|booking)\b[^\n]{0,12}$"
)
_NHS_CUE = r"\bnhs\s*(?:no|number|num)\b|\bpatient\b"


def nhs_number_is_valid(digits: str) -> bool:
    """Modulus 11 check digit of a ten-digit NHS number (NHS Data Dictionary)."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


@rule(
    "PD001",
    "nhs-number",
    triggers=lambda draft: digits_in(draft) >= 10,
    category="personal-data",
    severity="error",
    message="This looks like an NHS number (it passes the modulus 11 check)",
    suggestion="Remove the NHS number: never publish anything that identifies a patient.",
)
def nhs_number(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds ten-digit numbers written as an NHS number is (3-3-4 with spaces or dashes, or ten
    digits in a row) whose last digit is a valid modulus 11 check digit. Most reference numbers
    fail the check; numbers introduced as a phone, ISBN, invoice or case number are left alone
    unless the text calls them an NHS number.

    Why is this bad?
    ----------------
    An NHS number identifies one patient for life. Publishing it breaks data protection law and
    patient confidentiality.

    Example
    -------
    "Thanks for your message, we've passed NHS number 943 476 5919 to PALS." is flagged;
    "Call 0300 123 4476" and "HSSIB report I2024/015" are not.

    Policy
    ------
    HSSIB005 §4.8 "Use good judgement in what you share"; HRA §3.1 (never post information that
    can identify a patient); BNSSG 28 §7 (do not publish any personal information); Tavistock and
    Portman "Maintain confidentiality at all times"; HEE "Monitoring compliance" 3.3.
    """
    text = draft.masked
    if digits_in(draft) < 10:
        return
    for match in _nhs_number_pattern().finditer(text):
        digits = match.group(1) + match.group(3) + match.group(4)
        if not nhs_number_is_valid(digits):
            continue
        before = draft.lower[max(0, match.start() - 40) : match.start()]
        cued = bool(_re(_NHS_CUE).search(before))
        if not cued and (digits[0] == "0" or _re(_NOT_NHS_CUE).search(before)):
            continue
        yield Hit(match.start(), match.end())


# --- Phone numbers -----------------------------------------------------------------------------

# A cheap test before loading phonenumbers: a UK-style number needs 0 or +44 and nine more digits.
# A number written for dialling in the UK: 0 or +44 and nine or ten more digits, with the usual
# separators. Only these candidates are handed to libphonenumber, one at a time, which keeps a
# long run of digits from costing seconds.
# Every candidate opens with "+", "0" or "(": written as a leading class, the engine skips straight
# to those characters instead of trying the alternatives at every position. The look-behinds,
# moved after that first character, still ask that no digit or "+" comes before it.
# (The tests hold it equal to the pattern as first written.)
_PHONE_CANDIDATE = (
    r"[+0(]"
    r"(?:(?<=\+)\s?44\s?(?:\(0\)\s?)?"
    r"|(?<=0)(?<![\d+]0)0\s?44\s?(?:\(0\)\s?)?"
    r"|(?<=\()(?<![\d+]\()0"
    r"|(?<=0)(?<![\d+]0))"
    r"\d(?:[\s\-().]{0,2}\d){8,9}(?![\d])"
)
# Said just before a number: it belongs to a person.
_PERSONAL_PHONE_CUE = (
    r"(?:\b(?:my|his|her|their|your|mum'?s|dad'?s|personal|private|home|own)\s+"
    r"(?:mobile|mob|number|phone|tel|telephone|landline|cell)\b"
    # "them" is left out: "contact them on" is said of teams as often as of people.
    r"|\b(?:call|ring|text|phone|whatsapp|message|contact|reach)(?:ed|ing)?\s+"
    r"(?:me|him|her|you)\b"
    r"|\bme\s+(?:on|at)\b)[^\n]{0,30}$"
)
# Said just before a number: it belongs to a team or service, so it is public information.
_SERVICE_PHONE_CUE = (
    r"(?:\b(?:call|ring|text|phone|contact|whatsapp)\s+us|\bteam|\bservice|\bservices|helpline|"
    r"\bline|\boffice|\bdesk|\bclinic|\bsurgery|\bpractice|\bcentre|\bdepartment|chathealth|"
    r"\bpals|\bpress|\bmedia|enquiries|switchboard|reception|out[\s-]of[\s-]hours|on-call|"
    r"\bduty|\bour\s+(?:[\w-]+\s+)?(?!colleagues|friends)[\w-]+s)\b[^\n]{0,25}$"
)
# Said just after a number: opening hours or what the line is for, which only services publish.
_SERVICE_AFTER = (
    r"\A[^\n]{0,60}?(?:\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)?\s*(?:to|-|–|until)\s*\d{1,2}(?:[.:]\d\d)?"
    r"\s*(?:am|pm)|\b(?:mon(?:day)?|weekdays?)\s*(?:to|-|–)\s*(?:fri(?:day)?|sun(?:day)?)|24/7|"
    r"\b24\s+hours|\bfor\s+(?:free\s+|confidential\s+|non-urgent\s+|urgent\s+)*(?:advice|support|help)\b)"
)
_MOBILE_TYPES = {1, 7}  # MOBILE, PERSONAL_NUMBER (070)
_LANDLINE_TYPES = {0, 2}  # FIXED_LINE, FIXED_LINE_OR_MOBILE


def _national_digits(number: str) -> str:
    digits = "".join(char for char in number if char.isdigit())
    if digits.startswith("44") and len(digits) > 10:
        digits = digits[2:]
    return digits.lstrip("0")


@lru_cache(maxsize=64)
def _public_numbers(own: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_national_digits(number) for number in own if number)


@lru_cache(maxsize=4096)
def _read_phone(raw: str) -> tuple[str, str] | None:
    """(national digits, kind) of a candidate as libphonenumber reads it (region GB), or None.

    Cached: reading a number is most of this rule's time, and drafts repeat the same numbers."""
    import phonenumbers

    try:
        number = phonenumbers.parse(raw, "GB")
    except phonenumbers.NumberParseException:
        return None
    national = str(number.national_number)
    return national, _phone_kind(number, national)


def _phone_kind(number: object, national: str) -> str:
    """"mobile", "landline" or "service" (0300, 0800 and other non-geographic lines)."""
    import phonenumbers

    if phonenumbers.is_valid_number(number):
        kind = phonenumbers.number_type(number)
        if kind in _MOBILE_TYPES:
            return "mobile"
        return "landline" if kind in _LANDLINE_TYPES else "service"
    # Ofcom's ranges for drama (07700 900xxx, 0117 496 0xxx) are not "valid" but read as real.
    if len(national) == 10 and national[0] == "7" and national[:2] not in ("70", "76"):
        return "mobile"
    if len(national) in (9, 10) and national[0] in "12":
        return "landline"
    return "service"


@rule(
    "PD002",
    "personal-phone-number",
    triggers=lambda draft: digits_in(draft) >= 10,
    category="personal-data",
    severity="warning",
    message="This looks like a personal phone number",
    suggestion="Give the team's or service's public number (or NHS 111) instead of a personal one.",
)
def personal_phone_number(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds UK phone numbers (read with libphonenumber, region GB) and flags the personal ones: a
    mobile number not introduced as a team or service line, and a landline introduced as
    someone's own ("my home number", "call me on"). Service lines (0300, 0800, 0845...), hospital
    switchboards, short codes (111, 999, 116 123) and the organisation's own numbers in the
    register are public information and are never flagged.

    Why is this bad?
    ----------------
    A private number is personal data: publishing it exposes a patient, colleague or member of
    the public to unwanted contact and breaks data protection law.

    Example
    -------
    "Ring Sue on 07700 900123 to book" is flagged; "Call our team on 0300 123 4476",
    "Southmead switchboard 0117 950 5050" and "call NHS 111" are not.

    Policy
    ------
    HSSIB005 §4.8 "Use good judgement in what you share"; HRA §3.1 and §3.2.1 (no personal
    contact details on work profiles); BNSSG 28 §7 (do not publish any personal information);
    Tavistock and Portman "Maintain confidentiality at all times"; HEE "Monitoring compliance" 3.3.
    """
    text = draft.masked
    candidates = list(_re(_PHONE_CANDIDATE).finditer(text)) if digits_in(draft) >= 10 else []
    if not candidates:
        return
    public = _public_numbers(ctx.own_phones + tuple(s.contact or "" for s in ctx.crisis_signposts))
    for candidate in candidates:
        raw = candidate.group(0)
        read = _read_phone(raw)
        if read is None:
            continue
        national, kind = read
        if national in public or len(national) not in (9, 10):
            continue
        before = draft.lower[max(0, candidate.start() - 45) : candidate.start()]
        personal = bool(_re(_PERSONAL_PHONE_CUE).search(before))
        after = draft.lower[candidate.end() : candidate.end() + 80]
        service = _re(_SERVICE_PHONE_CUE).search(before) or _re(_SERVICE_AFTER).search(after)
        if kind == "mobile" and (personal or not service):
            yield Hit(candidate.start(), candidate.end(), f"Mobile number {raw} looks personal")
        elif kind == "landline" and personal:
            yield Hit(candidate.start(), candidate.end(), f"{raw} is given as someone's own number")


# --- E-mail addresses --------------------------------------------------------------------------

_EMAIL = r"(?i)(?<![\w.+'-])[\w.+'-]+@((?:[\w-]+\.)+[a-z]{2,})\b"
# Free webmail: an address here belongs to a person unless its name says it is a group's.
WEBMAIL_DOMAINS = frozenset(
    """aol.co.uk aol.com blueyonder.co.uk btinternet.com btopenworld.com gmail.com gmx.co.uk
    gmx.com googlemail.com hotmail.co.uk hotmail.com icloud.com live.co.uk live.com mac.com
    mail.com me.com msn.com ntlworld.com outlook.com proton.me protonmail.com sky.com
    talktalk.net tiscali.co.uk virginmedia.com yahoo.co.uk yahoo.com ymail.com""".split()
)
_ROLE_MAILBOX = (
    r"admin|enquir|info|contact|team|group|club|network|forum|friends|support|office|comms|"
    r"communications|press|media|news|hello|events|bookings|service|charity|association|society|"
    r"trust|nhs|pals|foi|recruit|volunteer|campaign|project|hub|partnership|"
    # Patient participation groups, leagues of friends and appeals run on free webmail.
    r"ppg|patients|parents|carers|league|appeal|fundrais|residents|befriend"
)
_PERSONAL_EMAIL_CUE = (
    r"(?:\b(?:my|his|her|their)\s+(?:personal\s+|private\s+|home\s+|own\s+)?e-?mail(?:\s+address)?"
    r"|\b(?:personal|private|home)\s+e-?mail(?:\s+address)?"
    r"|\be-?mail\s+(?:me|him|her))\b[^\n]{0,25}$"
)


def _own_address(address: str, domain: str, ctx: LintContext) -> bool:
    return address in ctx.own_emails or any(
        domain == own or domain.endswith("." + own) for own in ctx.email_domains
    )


@rule(
    "PD003",
    "personal-email",
    triggers=lambda draft: "@" in draft.masked,
    category="personal-data",
    severity="warning",
    message="This looks like a personal e-mail address",
    suggestion="Use the organisation's or team's mailbox, or link to a contact form.",
)
def personal_email(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds e-mail addresses that belong to a person rather than an organisation: addresses at
    free webmail services (Gmail, Hotmail, BT Internet...) unless the mailbox name is a group's,
    and any address introduced as someone's own ("my personal email", "email me at"). The
    organisation's own addresses and domains from the register, and role mailboxes of NHS bodies
    (england.contactus@nhs.net, bnssg.communications@nhs.net), are never flagged.

    Why is this bad?
    ----------------
    A personal address is personal data. Publishing it exposes the person to spam, harassment
    and impersonation, and shows staff using private contact details for work.

    Example
    -------
    "Questions? Email jane.smith1987@gmail.com" is flagged; "Email communications@hra.nhs.uk"
    is not.

    Policy
    ------
    HSSIB005 §4.8 "Use good judgement in what you share"; HRA §3.1 and §3.2.1 (keep personal and
    work contact details apart); BNSSG 28 §7 (do not publish any personal information); Tavistock
    and Portman "Maintain confidentiality at all times"; HEE "Monitoring compliance" 3.3.
    """
    text = draft.masked
    if "@" not in text:
        return
    for match in _re(_EMAIL).finditer(text):
        address = match.group(0).lower()
        domain = match.group(1).lower()
        if _own_address(address, domain, ctx):
            continue
        local = address.split("@", 1)[0]
        before = draft.lower[max(0, match.start() - 50) : match.start()]
        if _re(_PERSONAL_EMAIL_CUE).search(before):
            yield Hit(match.start(), match.end())
        elif domain in WEBMAIL_DOMAINS and not _re(_ROLE_MAILBOX).search(local):
            yield Hit(match.start(), match.end())


# --- National Insurance numbers ----------------------------------------------------------------

# HMRC: first letter not D F I Q U V; second not D F I O Q U V; suffix A-D.
# Opens with its first letter's class, so the engine skips straight to a candidate letter; the
# look-behind after that letter asks what a leading \b would (no word character before it).
# The tests hold it equal to the pattern as first written.
_NINO = r"([A-CEGHJ-PR-TW-Z](?<!\w.)[A-CEGHJ-NPR-TW-Z])\s?(\d{2})\s?(\d{2})\s?(\d{2})(?:\s?([A-D]))?\b"
_NINO_UNUSED_PREFIXES = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})
_NINO_CUE = r"\b(?:national\s+insurance|ni\s+(?:no|number)|nino)\b"


@rule(
    "PD004",
    "national-insurance-number",
    triggers=lambda draft: digits_in(draft) >= 6,
    category="personal-data",
    severity="error",
    message="This looks like a National Insurance number",
    suggestion="Remove the National Insurance number.",
)
def national_insurance_number(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds National Insurance numbers: two prefix letters allowed by HMRC's rules (no D, F, I, Q,
    U or V; no O second; never BG, GB, NK, KN, TN, NT or ZZ), six digits and a suffix A to D.
    Without the suffix a number is only flagged when the text calls it a National Insurance
    number.

    Why is this bad?
    ----------------
    A National Insurance number identifies a person and is used for identity fraud.

    Example
    -------
    "My NI number is AB 12 34 56 C" is flagged; "QQ 12 34 56 C" (HMRC's specimen) and "GB
    123456" are not.

    Policy
    ------
    HSSIB005 §4.8 "Use good judgement in what you share"; HRA §3.1; BNSSG 28 §7 (do not publish
    any personal information); Tavistock and Portman "Maintain confidentiality at all times";
    HEE "Monitoring compliance" 3.3.
    """
    text = draft.masked
    if digits_in(draft) < 6:
        return
    for match in _re(_NINO).finditer(text):
        if match.group(1) in _NINO_UNUSED_PREFIXES:
            continue
        if match.group(5) is None:
            before = draft.lower[max(0, match.start() - 40) : match.start()]
            if not _re(_NINO_CUE).search(before):
                continue
        yield Hit(match.start(), match.end())


# --- Dates of birth ----------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?!\d)"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)


@lru_cache(maxsize=None)
def _dob_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cue = r"\b(?:date\s+of\s+birth|d\.o\.b\.?|dob|birth\s?date)"
    # After a DOB label even a date without its year is a date of birth.
    day_month = rf"(?:{_DATE}|\d{{1,2}}[/.]\d{{1,2}}(?![/.\d])|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH})"
    labelled = re.compile(rf"{cue}[\s:\-–—,(]*(?:(?:is|was|of|as)\s+)?{day_month}")
    born = re.compile(rf"\bborn\s+(?:on\s+)?(?:the\s+)?{_DATE}")
    return labelled, born


# "Born on" a date is a date of birth only for a person born within living memory, not "the NHS
# was born on 5 July 1948" or a historical figure.
_NOT_A_PERSON = (
    r"\b(?:nhs|service|organisation|trust|hospital|charity|scheme|programme|campaign|idea|"
    r"movement|network|college|society|babies|people|children|patients|adults|men|women|those|"
    r"anyone|everyone|you|if)\b[^.\n]{0,25}$"
)
_YEAR = r"(\d{4})(?!.*\d{4})|[/.\-](\d{2})$"


def _birth_year(date_text: str) -> int | None:
    found = _re(_YEAR).search(date_text)
    if not found:
        return None
    if found.group(1):
        return int(found.group(1))
    return 1900 + int(found.group(2)) if int(found.group(2)) > 25 else 2000 + int(found.group(2))


@rule(
    "PD005",
    "date-of-birth",
    triggers=generated("PD005"),
    needs=lambda: list(_dob_patterns()),
    category="personal-data",
    severity="error",
    message="A date of birth is given",
    suggestion="Remove the date of birth: with a name it identifies the person.",
)
def date_of_birth(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a date written right after "date of birth", "DOB", "D.O.B." or "birth date" (with or
    without its year), and a person "born on" a date since 1925. A DOB cue on its own ("bring
    your NHS number and date of birth") and ordinary dates (closing dates, clinic dates, report
    dates) are not flagged.

    Why is this bad?
    ----------------
    A date of birth, with a name or a place, identifies a patient or colleague and is a key to
    identity theft.

    Example
    -------
    "Patient: J Bloggs, DOB 12/03/1985" is flagged; "Applications close 12 March 2026" and "the
    NHS was born on 5 July 1948" are not.

    Policy
    ------
    HSSIB005 §4.8 (never post information that could reveal the identity of another); HRA §3.1
    and §3.2; BNSSG 28 §7 (do not publish any personal information); Tavistock and Portman
    "Maintain confidentiality at all times"; HEE "Monitoring compliance" 3.3.
    """
    lower = draft.lower
    if "birth" not in lower and "born" not in lower and "dob" not in lower and "d.o.b" not in lower:
        return
    labelled, born = _dob_patterns()
    for match in labelled.finditer(lower):
        yield Hit(match.start(), match.end())
    if "born" not in lower:
        return
    for match in born.finditer(lower):
        year = _birth_year(match.group(0))
        if year is None or year < 1925:
            continue
        if _re(_NOT_A_PERSON).search(lower, max(0, match.start() - 40), match.start()):
            continue
        yield Hit(match.start(), match.end())


# --- Home addresses ----------------------------------------------------------------------------

_STREET_TYPES = (
    r"Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Gardens|Place|Terrace|Grove|"
    r"Court|Hill|Park|Rise|View|Walk|Mews|Square|Row|Green|Vale|Croft|Parade|Mount|Grange"
)


_POSTCODE = r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b"


@lru_cache(maxsize=None)
def _address_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    house = r"\b(?:(?:Flat|Apartment)\s+\d+[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+"
    street = rf"(?:[A-Z][\w'’-]+\s+){{1,3}}(?:{_STREET_TYPES})\b\.?"
    postcode = _POSTCODE
    with_postcode = re.compile(rf"{house}{street}[^\n]{{0,50}}?\b{postcode}")
    return with_postcode, re.compile(house + street)


# Said before an address: it is where someone lives ("lives at", "her home address is").
_HOME_CUE = (
    r"\b(?:home\s+address(?:es)?|(?:lives?|living|resides?|resident|home|house)\s+(?:at|in|on)|"
    r"(?:my|your|his|her|their|family['’]?s?)\s+(?:home\s+)?address|address\s+(?:is|as|was)|"
    # "your letter from 14 Orchard Way": where one person wrote from is where they live.
    r"(?:my|your|his|her|their)\s+(?:letter|card|note|complaint|parcel|correspondence)\s+(?:sent\s+)?from|"
    r"moved\s+(?:house\s+)?to|(?:to|for|visit|see)\s+you\s+at)\b[^\n.]{0,20}$"
)
# A person named right before the address: "Mrs Jones, 14 Park Road", "applicant Sam Lee of 3 ...".
# Doctors are left out: "Dr Patel, 12 High Street" is usually a surgery.
_PERSON_BEFORE = (
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+"
    r"|\b(?i:applicant|patient|tenant|client|resident|service\s+user|participant)\s+"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r",?\s*(?:(?:of|from|at)\s+)?$"
)


# Every home cue and person cue holds one of these; without them the address patterns are skipped.
_HOME_WORDS = (
    "live", "resid", "home", "house", "address", "moved", "mr", "ms", "miss", "mx", "applicant",
    "patient", "tenant", "client", "service user", "participant",
)
# A place, not a person, is what "lives at" the address: "our new clinic lives at 5 ...".
_VENUE = (
    r"\b(?:clinic|service|hub|team|office|offices|surgery|practice|centre|hospital|pharmacy|unit|"
    r"department|headquarters|hq|library|venue|event|school|building)\b"
)


def _home_cue(draft: Draft, start: int) -> bool:
    window = draft.lower[max(0, start - 60) : start]
    found = _re(_HOME_CUE).search(window)
    if not found or _re(_VENUE).search(window, max(0, found.start() - 30), found.start()):
        return False
    # "Our new home at 5 Marlborough Street": an organisation that has moved.
    ours = re.search(r"\bour\s+(?:new\s+)?$", window[: found.start()])
    return not (ours and found.group(0).startswith(("home", "house")))


# A plain name right before an address ("Helen Barnes, 27 Oakfield Road"), told from a venue's
# name ("Brislington Community Centre, 11 Church Parade") by the words venues are named with.
_NAME_BEFORE = r"\b([A-Z][a-z'’-]+)\s+([A-Z][a-z'’-]+),\s*$"
VENUE_WORDS = frozenset(
    """Academy Arms Arcade Association Bakery Bank Bar Beacon Building Buildings Cafe Café Castle
    Centre Center Chambers Chapel Church Cinema Clinic Club Coffee College Community Council Court
    Estate Express Extra Farm Foundation Gallery Gardens Group Hall Headquarters Health Hospital
    Hotel House Hub Inn Institute Kitchen Leisure Library Lodge Mall Market Medical Mill Museum
    Office Offices Park Partnership Pharmacy Practice Pub Restaurant Retail Room Rooms School
    Service Services Shop Society Sports Square Stadium Station Store Stores Street Suite
    Superstore Surgery Team Theatre Trust Union Unit University Village Wing Works""".split()
)
# Capitalised words that open a sentence or a heading rather than a name.
NOT_A_GIVEN_NAME = frozenset(
    """A About After All Also An And As At Before But By Dear Doctor Dr Every For From Go Hello Her
    Here Hi His How If In Its Join Just Meet More My New No Not Now Our Please Prof Professor
    Saint Thanks The Their Then There These This To Today Venue Visit We What When Where Who With
    Write You Your""".split()
) | frozenset(
    # Words that open job titles and service names in title case ("Senior Commissioning Manager,
    # Children and Young People's Mental Health"): a role or a service, not a person.
    """Acting Adult Adults Assistant Associate Chief Children Clinical Commissioning Community
    Consultant Deputy Digital Director Executive Head Interim Junior Lead Medical Mental
    National Nursing Principal Programme Project Public Regional Senior Service Specialist Staff
    Strategic Student Team Trainee Young""".split()
)


def _named_before(text: str, start: int) -> bool:
    found = _re(_NAME_BEFORE).search(text, max(0, start - 40), start)
    if not found:
        return False
    first, last = found.groups()
    return first not in NOT_A_GIVEN_NAME and not {first, last} & VENUE_WORDS


def _is_home(draft: Draft, start: int) -> bool:
    window = max(0, start - 60)
    return (
        _home_cue(draft, start)
        or bool(_re(_PERSON_BEFORE).search(draft.masked[window:start]))
        or _named_before(draft.masked, start)
    )


@rule(
    "PD006",
    "home-address",
    triggers=generated("PD006"),
    needs=lambda: list(_address_patterns()),
    category="personal-data",
    severity="error",
    message="This looks like someone's home address",
    suggestion="Remove the address; give a public venue or service address only.",
)
def home_address(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a person's home address. That is a house number, street and postcode introduced as
    where someone lives ("home address", "lives at", "her address is") or written right after a
    person ("Mrs Jones, 14 Park Road, Bristol BS3 4AB", "applicant Sam Lee of ..."); without a
    postcode, only after words that say the person lives there. Venue, hospital, clinic and office addresses
    ("Join us at 1 Victoria Street, Bristol BS1 6AA") are public information and are not
    flagged.

    Why is this bad?
    ----------------
    A home address lets anyone find and visit the person; with a health context it also reveals
    their condition.

    Example
    -------
    "Mrs Jones, 14 Park Road, Bristol BS3 4AB, has complained" is flagged; "Tavistock Centre,
    120 Belsize Lane, London NW3 5BA" is not.

    Policy
    ------
    HSSIB005 §4.8 (never post information that could reveal the identity of another); HRA §3.1
    and §3.2 (personal details used to locate people); BNSSG 28 §7; Tavistock and Portman
    "Maintain confidentiality at all times"; HEE "Monitoring compliance" 3.3.
    """
    text = draft.masked
    if not digits_in(draft):
        return
    if not any(word in draft.lower for word in _HOME_WORDS) and not _re(_POSTCODE).search(text):
        return
    with_postcode, without_postcode = _address_patterns()
    seen: set[int] = set()
    for match in with_postcode.finditer(text):
        if _is_home(draft, match.start()):
            seen.add(match.start())
            yield Hit(match.start(), match.end())
    # Without a postcode only words that say "this is where they live" count.
    for match in without_postcode.finditer(text):
        if match.start() not in seen and _home_cue(draft, match.start()):
            yield Hit(match.start(), match.end())


# --- Stories told with consent -----------------------------------------------------------------

# The person speaks for themself in the story, in quotation marks of at least a few words.
_DIRECT_QUOTE = r"[\"“][^\"”\n]{12,}[\"”]"
# Words that say the story is told with the person's consent, or that they cannot be identified.
_CONSENT = (
    r"\b(?:(?:share[sd]?|sharing|tell(?:s|ing)?|told)\s+(?:his|her|their|this)\s+(?:own\s+)?story"
    r"|(?:wanted|agreed|offered|volunteered)\s+to\s+(?:share|tell|talk)"
    r"|(?:talks?|talking|speaks?|speaking|opens?\s+up|opening\s+up|writes?|writing)\s+(?:openly\s+|candidly\s+|honestly\s+)?"
    r"about\s+(?:his|her|their)\s+own\b"
    r"|(?:talks?|speaks?|opens?\s+up|writes?)\s+(?:openly|candidly|honestly)\s+about"
    r"|with\s+(?:his|her|their|the\s+family['’]s|kind|full|written)\s+(?:permission|consent)"
    r"|not\s+(?:his|her|their)\s+real\s+name"
    r"|names?\s+(?:and\s+(?:some\s+)?details\s+)?(?:in\s+this\s+\w+\s+)?(?:have|has)\s+been\s+changed)"
)
# The writer speaking as themself, outside any quotation: a member of staff, not the organisation.
_WRITER_AS_I = r"(?<![\w'’])(?:i|i['’]m|i['’]ve|i['’]d|me|my)(?![\w'’])"


def told_with_consent(draft: Draft) -> bool:
    """A patient story the organisation tells with the person's consent: they are quoted in
    their own words and the writer is not a member of staff speaking as "I", or the text says
    they agreed to share it (or that names were changed)."""
    cached = draft.__dict__.get("_told_with_consent")
    if cached is None:
        lower = draft.lower
        if _re(_CONSENT).search(lower):
            cached = True
        else:
            outside = _re(_DIRECT_QUOTE).sub(" ", lower)
            cached = outside != lower and not _re(_WRITER_AS_I).search(outside)
        draft.__dict__["_told_with_consent"] = cached
    return cached


# --- Patients identified by ward, bed or name --------------------------------------------------

_TITLE_NAME = r"(?:Mr|Mrs|Ms|Miss|Mx|Master)\.?\s+[A-Z][\w'’-]+"
# Two capitalised words, not a place in the hospital ("Cedar Ward", "Critical Care Unit").
_FULL_NAME = (
    r"[A-Z][a-z'’-]+\s+(?!(?:Ward|Unit|Hospital|Centre|Suite|Wing|Department|Clinic|Team|Trust|"
    r"Bay|Bed|Room|Parking|Car|Park)\b)[A-Z][\w'’-]+"
)
_BED = r"(?:bed|bay|side\s+room|cubicle)\s+\d{1,3}[A-Za-z]?"
_WARD = r"(?:[Ww]ard\s+(?:\d{1,3}[A-Za-z]?|[A-Z]\w*)\b|(?:[A-Z][\w'’-]+\s+){1,2}[Ww]ard\b)"
_PATIENT_CUE = (
    r"\b(?:patient|admitted|being\s+treated|treated|recovering|in\s+bed|visiting|visit|"
    r"discharged|died|passed\s+away|condition|diagnosed|surgery|operation|stroke|fall|fell)\b"
)
_PARKING = r"\b(?:park|parking|car|cars|bike|bikes|loading|vehicle)\b"
_STAFF_CUE = (
    r"\b(?:nurse|sister|matron|manager|staff|team|colleague|consultant|doctor|dr|hca|"
    r"volunteer|award|won|celebrat\w*|retire\w*|joined|said|thank\w*|congratulat\w*|lead|"
    r"midwife|porter|cleaner|housekeeper|practitioner|therapist|physio\w*|apprentice|student)\b"
)


@lru_cache(maxsize=None)
def _patient_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    name = rf"(?:{_TITLE_NAME}|{_FULL_NAME})"
    # A name with a bed or bay number, either way round: always a patient's location.
    # "the lad in bay 3", "the lady in bed 12": a bed number is enough for anyone on the ward.
    someone = r"(?i:(?:the|this|that|our|my)\s+(?:(?:old|young|little|poor|lovely)\s+)?(?:lad|man|woman|lady|gent|gentleman|bloke|guy|chap|fella|girl|boy|patient|chap|old\s+boy|old\s+dear|mum|dad|grandad|grandma|nan)\s+(?:in|from|on)\s+)"
    by_bed = re.compile(
        rf"{name}[^\n.]{{0,30}}?\b(?i:{_BED})\b|\b(?i:{_BED})\b[^\n.]{{0,20}}?{name}|{someone}(?i:{_BED})\b"
    )
    # A titled name on a ward: a patient when the sentence says so.
    # "the lovely Doreen on Ward 4", "to our Alf in Cedar Ward": a first name on a ward, as staff
    # speak of a patient.
    first_on_ward = r"(?i:\b(?:to|for|lovely|dear|our|little|old))\s+(?P<first>[A-Z][a-z'’-]+)\s+(?:on|in)\s+"
    on_ward = re.compile(rf"(?:{_TITLE_NAME}[^\n.]{{0,40}}?\b(?:on|in|to|from)\s+|{first_on_ward}){_WARD}")
    return by_bed, on_ward


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], at most 300 characters either side."""
    floor = max(0, start - 300)
    left = max(text.rfind(".", floor, start), text.rfind("\n", floor, start), floor - 1) + 1
    ceiling = min(len(text), end + 300)
    ends = [pos for pos in (text.find(".", end, ceiling), text.find("\n", end, ceiling)) if pos != -1]
    return text[left : min(ends) if ends else ceiling]


@rule(
    "PD007",
    "patient-identified",
    triggers=generated("PD007"),
    needs=lambda: list(_patient_patterns()),
    category="personal-data",
    severity="error",
    message="A patient is identified by name together with their ward or bed",
    suggestion="Remove the name or the location; never identify a patient or their care.",
)
def patient_identified(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a person's name next to a bed, bay or side-room number ("Mrs Patel in bed 4"), and a
    titled name placed on a ward in a sentence about care ("Mr Jones was admitted to Cedar Ward
    on Tuesday"). Staff news ("Sister Ward, manager of Ward 7, won an award"), ward openings and
    "ward round" are not flagged.

    Why is this bad?
    ----------------
    A name with a ward or bed reveals that a person is in hospital and often their condition;
    neighbours, employers and the press can all identify them.

    Example
    -------
    "Get well soon to John Smith in bed 12 on Ward 9!" is flagged; "Ward 9 has reopened after
    its refurbishment" is not.

    Policy
    ------
    HSSIB005 §4.8 (do not reveal confidential personal information about patients); HRA §3.1
    (never post information that can identify a patient's identity or health condition); BNSSG
    28 §7; Tavistock and Portman "Maintain confidentiality at all times" (never identify service
    users); HEE "Monitoring compliance" 3.3.
    """
    lower = draft.lower
    if "bed" not in lower and "bay" not in lower and "ward" not in lower and "room" not in lower:
        return
    text = draft.masked
    by_bed, on_ward = _patient_patterns()
    seen: set[int] = set()
    for match in by_bed.finditer(text):
        if _re(_PARKING).search(_sentence(lower, match.start(), match.end())):
            continue  # a parking bay, not a hospital bed
        seen.add(match.start())
        yield Hit(match.start(), match.end())
    for match in on_ward.finditer(text):
        if match.start() in seen or (match.group("first") or "Ward") in NOT_A_GIVEN_NAME | VENUE_WORDS:
            continue
        sentence = _sentence(lower, match.start(), match.end())
        if _re(_PATIENT_CUE).search(sentence) and not _re(_STAFF_CUE).search(sentence):
            if not told_with_consent(draft):
                yield Hit(match.start(), match.end())


# --- Patients, participants and young service users made identifiable -------------------------

_PERSON = rf"(?:{_TITLE_NAME}|{_FULL_NAME})"
_CARE_ROLE = r"(?:patients?|participants?|service\s+users?|clients?)"
_YOUNG = (
    r"\b(?:(?:1[0-7]|[4-9]|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]years?[- ]old(?!s)|"
    r"aged\s+(?:1[0-7]|[4-9])\b(?!\s*(?:-|–|to|and)\s*\d)|teenager(?!s)|teenage\s+(?:boy|girl)|schoolgirl|schoolboy|"
    r"sixth[- ]former|year\s+(?:[7-9]|1[0-3])\s+(?:pupil|student)|pupil\s+at|student\s+at|"
    # "Tyler, 13,": a name with an age under 18.
    r"(?-i:[A-Z][a-z]*\.?),\s*(?:aged\s+)?(?:1[0-7]|[4-9]),|"
    # "She's 15": an age said of one young person.
    r"(?:she|he)(?:['’]s|\s+is)\s+(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)\b(?![%.,]?\d|\s*(?:weeks|months|minutes|%)))"
)
# How a young person is pinned down: their school, their town, or their name.
_YOUNG_DETAIL = (
    r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:School|Academy|College|Primary|Grammar)\b"
    r"|\b(?:from|in|lives\s+in)\s+[A-Z][a-z]+\b"
    r"|\b(?:named|called)\s+[A-Z][a-z]+\b"
    # A full name with the age: "Maisie Turner, 6,"
    r"|\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+,\s*(?:aged\s+)?\d{1,2}\b"
)
_GROUP = (
    r"\b(?:people|children|young\s+people|patients|pupils|students|those|anyone|all|teenagers|"
    r"families|girls|boys)\b[^.\n]*$"
)
_IN_OUR_CARE = (
    r"\b(?:attends?|attending|referred|treated|seen\s+by|patient|service\s+user|under\s+(?:our|the)\s+care|"
    r"our\s+(?:clinic|service|team|ward|unit)|camhs|gids|gender\s+identity|eating\s+disorders?|"
    r"diagnosed|therapy|therapist|came\s+to\s+us|referred\s+to\s+us|"
    # Their own condition ("came to us for anxiety"), not a topic ("our mental health leaflet").
    r"(?:for|with|from|after)\s+(?:his\s+|her\s+|their\s+)?(?:anxiety|depression|self[-\s]harm|psychosis|ocd|"
    r"ptsd|anorexia|bulimia|an\s+eating\s+disorder|mental\s+health\s+(?:problems|difficulties|issues)|gender\s+dysphoria"
    r"|autism|adhd|selective\s+mutism|depression)|(?:my|our)\s+(?:clients?|patients?|service\s+users?|caseload)"
    # On a ward: "little Maisie Turner, 6, on the children's ward".
    r"|(?:on|in)\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?(?:ward|paediatric\s+unit|neonatal\s+unit|nicu|picu))\b"
)


# An adult pinned down without a name: an age, where they are from and what brought them in
# ("a 43-year-old bloke from Portishead who came off his motorbike on the M5 at 2am").
_ADULT_AGED = (
    r"\b(?:[1-9]\d)[- ]years?[- ]old\s+(?:man|woman|bloke|lad|lady|gent|gentleman|guy|chap|fella|grandad|grandma"
    r"|mum|dad|father|mother|patient|driver|rider|cyclist|pedestrian|motorcyclist|runner|farmer)\b"
)
_FROM_TOWN = (
    r"\bfrom\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|The|Our|His|Her)\b)[A-Z][a-z]+"
)
_BROUGHT_IN = (
    r"\b(?:treated|came\s+in|brought\s+in|admitted|blue[- ]lighted|resus|came\s+off|crashed|collapsed"
    r"|overdosed|operated\s+on|stitched\s+up|discharged|died|passed\s+away|airlifted|resuscitated)\b"
)


@lru_cache(maxsize=None)
def _named_in_care_patterns() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    # "patient Jane Smith", "trial participant Mr Jones": the role word in lower case, as it is
    # mid-sentence; "Patient Safety Week" and "Patient Experience Team" are titles.
    role_then_name = re.compile(rf"\b(?:our\s+)?{_CARE_ROLE}\s+{_PERSON}")
    # "Jane Smith, a patient on our stroke ward", "Mr Jones, one of our trial participants"
    name_then_role = re.compile(
        rf"{_PERSON},?\s+(?:a|an|one\s+of\s+(?:our|the|my)|our|who\s+is\s+a)\s+(?:[a-z-]+\s+){{0,2}}{_CARE_ROLE}\b"
    )
    # "Jane Smith, 54, who took part in our trial", "Mr Jones was recruited to the study"
    took_part = re.compile(
        rf"{_PERSON}(?:,\s*\d{{1,3}},?)?\s+(?:who\s+)?(?:took|takes|is\s+taking|has\s+taken|"
        r"(?:was|is|has\s+been)\s+(?:recruited|enrolled)|joined)\s+(?:part\s+)?(?:in|into|to|on)\s+"
        r"(?:a|the|our|this)\s+(?:[\w-]+\s+){0,3}?(?:trial|study|studies|research)\b"
    )
    # "Mrs Khan, participant 14 on the kidney study", "Mr Allen (participant 3)": a number on a
    # study belongs to one person.
    numbered = re.compile(
        rf"{_PERSON}(?:\s+[a-z]+){{0,2}}?\s*[,(]\s*(?:(?:trial|study|research)\s+)?(?:participant|patient)\s+(?:no\.?\s*|number\s+|#)?\d{{1,4}}\b"
    )
    # "Linda Morris who's on our asthma study", "Jamal Hussain, one of the first people recruited
    # into the sickle cell study": the person is in the study, not running it.
    in_study = re.compile(
        rf"{_PERSON},?\s+(?:who['’]s|who\s+is|who\s+was|who\s+has\s+been)\s+(?:on|in|taking\s+part\s+in|part\s+of|enrolled\s+in)\s+"
        r"(?:a|the|our|this)\s+(?:[\w-]+\s+){0,3}?(?:trial|study|research\s+study)\b"
        rf"|{_PERSON},?\s+one\s+of\s+(?:the\s+|our\s+)?(?:first|last|many|\d+)\s+(?:people|patients|participants|volunteers|families)\s+"
        r"(?:to\s+be\s+|who\s+(?:was|were)\s+)?(?:recruited|enrolled|signed\s+up|taking\s+part)\s+(?:in|into|to|on|onto|for)\s+"
        r"(?:a|the|our|this)\s+(?:[\w-]+\s+){0,3}?(?:trial|study|research)\b"
    )
    young = re.compile(_YOUNG, re.IGNORECASE)
    return (role_then_name, name_then_role, took_part, numbered, in_study), young


# Each named-in-care pattern matches case-sensitively and must hold one of these lower-case
# words (its role or its study word); without them its scan of the whole draft is skipped.
_ROLE_WORDS = ("patient", "participant", "service", "client")
_STUDY_WORDS = ("trial", "stud", "research")
_NAMED_WORDS = (_ROLE_WORDS, _ROLE_WORDS, _STUDY_WORDS, _ROLE_WORDS, _STUDY_WORDS)

# Every branch of `_YOUNG` holds one of these words, or "year" and "old" together, or an age
# after a comma ("Tyler, 13,") or after "she's"/"he is" (its "thirteen".."seventeen" hold "teen").
_YOUNG_WORDS = ("aged", "teen", "school", "sixth", "pupil", "student")

# The only letters outside ASCII that a case-insensitive pattern matches to an ASCII letter
# (checked over every code point in the tests).
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def _may_be_young(text: str, lower: str) -> bool:
    """False only when `_YOUNG` cannot match: a few C substring tests before its slow scan."""
    if any(letter in text for letter in _FOLDS_TO_ASCII):
        return True  # `_YOUNG` is case-insensitive: these match an ASCII letter, yet `lower` keeps them
    if any(word in lower for word in _YOUNG_WORDS) or ("year" in lower and "old" in lower):
        return True
    return bool(_re(r",\s*\d").search(lower) or _re(r"he(?:['’]s|\s+is)\s+1").search(lower))


@rule(
    "PD008",
    "service-user-identifiable",
    triggers=generated("PD008"),
    needs=lambda: [*_named_in_care_patterns()[0], _named_in_care_patterns()[1], _re(_ADULT_AGED, re.I)],
    category="personal-data",
    severity="warning",
    message="A patient, research participant or young service user can be identified",
    suggestion="Remove the name and details, or confirm written consent with the communications team.",
)
def service_user_identifiable(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds patients, research participants and young service users who can be identified. They
    are named in full ("trial participant Jane Smith", "Mr Jones, a patient on our stroke ward",
    "Sam Lee took part in our asthma trial"), or, for a young person, pinned down by details in
    a post about care ("a 15-year-old from Hampstead who attends our clinic", "a Year 10 pupil
    at Parkside Academy, referred to CAMHS"). Staff, first names on their own and titles such
    as "Patient Safety Week" are not flagged.

    Why is this bad?
    ----------------
    Being a patient, or taking part in a study, is itself health information. A name, or a few
    details that together point to one young person, can reveal it to everyone who knows them.
    Patient stories need written consent; check it before publishing.

    Example
    -------
    "Trial participant Jane Smith says the new drug changed her life" is flagged; "Thank you
    to everyone who took part in our research" is not.

    Policy
    ------
    HRA §3.1 "Never post any information that can be used to identify a patient's identity or
    health condition in any way"; Tavistock and Portman "Maintain confidentiality at all times"
    (never identify service users, including by information that may lead to identification);
    HSSIB005 §4.8; BNSSG 28 §7; HEE "Monitoring compliance" 3.3.5.
    """
    lower = draft.lower
    text = draft.masked
    cues = ("patient", "participant", "service user", "client", "trial", "stud")
    named_cue = any(word in lower for word in cues)
    young_words = ("year", "aged", "teen", "school", "sixth", "pupil", "student", "she", "he's", "he is")
    young_cue = any(word in lower for word in young_words) or _re(r",\s*(?:aged\s+)?\d{1,2},").search(lower)
    # The cheap word checks first: reading the draft for consent is the slow part.
    if not (named_cue or young_cue) or told_with_consent(draft):
        return
    named, young = _named_in_care_patterns()
    if named_cue:
        for pattern, words in zip(named, _NAMED_WORDS):
            if any(word in text for word in words):
                for match in pattern.finditer(text):
                    yield Hit(match.start(), match.end())
    if not young_cue or not _may_be_young(text, lower):
        return
    for match in young.finditer(text):
        if _re(_GROUP).search(lower, max(0, match.start() - 25), match.start()):
            continue  # "young people aged 16": a group, not one person
        start = max(0, match.start() - 120)
        nearby = text[start : match.end() + 160]
        in_care = _re(_IN_OUR_CARE).search(lower, start, match.end() + 160)
        if in_care and _re(_YOUNG_DETAIL).search(nearby) and not _re(_STAFF_ROLE).search(lower, start, match.end() + 60):
            yield Hit(match.start(), match.end())
    if "old" in lower:
        for match in _re(_ADULT_AGED, re.I).finditer(text):
            if _re(r"\b(?:any|every|each|all|if\s+you['’]?re\s+an?|if\s+you\s+are\s+an?)\s+$").search(lower, max(0, match.start() - 20), match.start()):
                continue  # "any 65-year-old man": people in general
            begin, end = _sentence_span(lower, match.start(), match.end())
            if _re(_FROM_TOWN).search(text, begin, end) and _re(_BROUGHT_IN).search(lower, begin, end):
                yield Hit(match.start(), match.end())


# --- A named person's health ---------------------------------------------------------------------

# Conditions, treatments and states of health that are special category data about a person.
_CONDITION = (
    r"(?:depression|anxiety|panic\s+attacks?|psychosis|schizophrenia|bipolar|personality\s+disorder"
    r"|eating\s+disorder|anorexia|bulimia|self[-\s]harm(?:ing)?|suicide\s+attempt|suicidal\s+thoughts"
    r"|overdose|breakdown|ptsd|ocd|adhd|autism|dementia|alzheimer['’]?s|parkinson['’]?s|cancer"
    r"|leukaemia|lymphoma|tumour|chemo(?:therapy)?|radiotherapy|hiv|hepatitis(?:\s+[abc])?"
    r"|diabetes|stroke|heart\s+attack|epilepsy|seizures?|multiple\s+sclerosis|motor\s+neurone\s+disease"
    r"|miscarriage|stillbirth|abortion|termination\s+of\s+pregnancy|ivf|addiction|alcoholism"
    r"|drinking\s+problem|drug\s+use|substance\s+misuse|gender\s+dysphoria|gender\s+transition"
    r"|chlamydia|gonorrhoea|syphilis|pregnant|pregnancy|a\s+breakdown|burnout|selective\s+mutism"
    r"|herpes|sti|mental\s+health(?:\s+(?:problems?|issues?|condition|crisis))?|mental\s+illness"
    r"|illness|diagnosis|prognosis|condition|long\s+covid|dialysis|sectioning|stress|work[-\s]related\s+stress"
    r"|sepsis|pneumonia|a\s+broken\s+(?:hip|leg|arm|wrist|ankle|neck|back))"
)
# Where the condition word is a service or a role rather than someone's health.
_NOT_A_CONDITION_AFTER = (
    r"\s+(?:service|services|team|teams|nurse|nurses|clinic|clinics|unit|ward|lead|leads|specialist"
    r"|awareness|research|researcher|week|month|day|charity|support|pathway|network|programme"
    r"|consultant|screening|strategy|care|project|work|champion|training|policy|campaign|app)\b"
)
# Words between "her" and a condition that make it her work, not her health ("her research
# into cancer", "his interest in dementia").
_ABOUT_A_CONDITION = (
    r"(?:research|work|interest|expertise|specialism|study|studies|team|service|role|job|into|on|about|in"
    r"|for|of|with)\b"
)
# Possessives of a group, not one person: "young people's mental health", "women's health".
_GROUP_OWNER = (
    r"(?:people|children|women|men|adults|girls|boys|patients|families|parents|carers|everyone"
    r"|londoners|residents|nation|country|city|region|public|population|community|veterans|staff)"
)
# How a condition is tied to the person: "her depression", "diagnosed with", "had a stroke".
# Not "their": "look after their mental health" is said of people in general.
_HEALTH_LINK = (
    rf"\b(?:(?:his|her|whose|(?!{_GROUP_OWNER}['’]s)[a-z]+['’]s)\s+(?:(?!{_ABOUT_A_CONDITION})[\w-]+\s+){{0,2}}?(?P<own>{_CONDITION})"
    r"|(?:diagnosed\s+with|suffers?\s+from|suffering\s+from|living\s+with|lives\s+with|lived\s+with|battling|battled|survived"
    r"|struggling\s+with|recovering\s+from|(?:being\s+)?treated\s+for|signed\s+off\s+with"
    r"|off\s+sick\s+with|off\s+with|admitted\s+with|had|has|is|'s|being|was)\s+(?:a\s+|an\s+|severe\s+|terminal\s+|chronic\s+)?"
    rf"(?P<verb>{_CONDITION}))(?![\w-])"
)
# Between the name and "has diabetes": a group, so the condition is not the named person's
# ("Dr Patel urged anyone who has diabetes to...").
_SOMEONE_ELSE = (
    r"\b(?:anyone|everyone|people|those|patients|someone|you|your|children|men|women|adults"
    r"|others|families|parents|carers|colleagues|staff)\b"
)
# A member of staff's own patient or client, named: "who I've been supporting on the ward".
_IN_MY_CARE = (
    r"\b(?:who|whom)\s+(?:i|we)(?:['’]ve|\s+have|['’]m|\s+am|['’]re|\s+are)?\s+(?:been\s+)?"
    r"(?:supporting|treating|caring\s+for|looking\s+after|nursing|seeing|working\s+with\s+(?:in|on|at)"
    r"\s+(?:our|my|the)\s+(?:[\w-]+\s+){0,2}(?:service|clinic|ward|unit|caseload))\b"
    r"|\bon\s+my\s+caseload\b|\bone\s+of\s+my\s+(?:patients|clients|service\s+users)\b"
)
_NAMED = (
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?\s+(?:[A-Z][a-z'’-]+\s+)?[A-Z][a-z'’-]+"
    # "the Okafor family": a family by its surname
    r"|(?i:the)\s+[A-Z][a-z'’-]+\s+family"
    # "Martin from the approvals team", "Claire in finance": a first name and where they work
    r"|[A-Z][a-z'’-]+\s+(?:from|in|on)\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+)?(?:team|ward|department|office|finance|estates|hr|payroll|pharmacy|comms|it)\b"
    # "our new director", "my boss": a post only one person holds
    r"|(?i:(?:our|my|the)\s+(?:new\s+|old\s+|current\s+|interim\s+)?(?:director|chief\s+exec(?:utive)?|ceo|chair|boss|line\s+manager|matron|medical\s+director))"
    r"|(?P<first>[A-Z][a-z'’-]+)\s+(?P<last>[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+)?)(?![\w])"
)
_HEALTH_WORDS = (
    "his ", "her ", "whose ", "their ", "'s ", "’s ", "diagnos", "suffer", "living with", "lives with",
    "battling", "struggling", "recovering", "treated", "signed off", "off sick", "admitted", "had ",
    "has ", " is ", "'s ", "being", "was ", "off with", "lived with", "battled", "survived", "caseload", "supporting", "caring for", "looking after", "nursing", "seeing", "working with",
    "one of my",
)


def _real_name(match: re.Match[str]) -> bool:
    first, last = match.group("first"), match.group("last")
    if first is None:
        return True
    return first not in NOT_A_GIVEN_NAME and not {first, last} & VENUE_WORDS


# A death in the family: "whose baby died at Ashford General", "who lost her husband on our ward".
_BEREAVED = (
    r"\b(?:whose|his|her|their)\s+(?:baby|son|daughter|husband|wife|mum|dad|mother|father|child|partner|brother|sister)"
    r"\s+(?:died|was\s+stillborn|passed\s+away)\b"
    r"|\bwho\s+lost\s+(?:his|her|their)\s+(?:baby|son|daughter|husband|wife|mum|dad|mother|father|child|partner)\b"
)


def _health_of(lower: str, start: int, end: int) -> re.Match[str] | None:
    """A condition tied to someone, a death in their family, or a care relationship, in text[start:end]."""
    bereaved = _re(_BEREAVED).search(lower, start, end)
    if bereaved is not None:
        return bereaved
    for link in _re(_HEALTH_LINK).finditer(lower, start, end):
        group = "own" if link.group("own") else "verb"
        if _re(_NOT_A_CONDITION_AFTER).match(lower, link.end(group)):
            continue
        if group == "verb" and _re(_SOMEONE_ELSE).search(lower, start, link.start()):
            continue
        return link
    return _re(_IN_MY_CARE).search(lower, start, end)


@rule(
    "PD009",
    "named-person-health",
    triggers=generated("PD009"),
    needs=lambda: [_re(rf"\b{_CONDITION}\b"), _re(_IN_MY_CARE), _re(_BEREAVED)],
    category="personal-data",
    severity="warning",
    message="Names a person together with their health condition or care",
    suggestion="Remove the name or the health details; share a patient's story only with their written consent.",
)
def named_person_health(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a person named together with their health or their care. The name is in full or
    with a title; in the same or the next sentence comes a condition tied to them ("her
    depression", "Derek's Parkinson's", "diagnosed with cancer", "had a stroke") or a care
    relationship ("who I've been supporting on the ward", "one of my patients"). Stories the organisation tells with consent (the person quoted in
    their own words, "Ellie wanted to share her story", "names have been changed") and
    condition words that name a service or role ("her dementia team", "our cancer nurse") are
    not flagged.

    Why is this bad?
    ----------------
    Health is special category data. A name with a diagnosis tells everyone who knows the
    person something they may have told no one, whether they are a patient or a colleague.

    Example
    -------
    "So proud of Kelly Marsh, who I've been supporting on the ward since her overdose" is
    flagged; "Patient Sam Morgan, 47, had a heart attack. 'The team saved my life,' he said."
    is not.

    Policy
    ------
    HRA §3.1 "Never post any information that can be used to identify a patient's identity or
    health condition in any way"; HSSIB005 §4.8 (confidential personal information about
    patients and staff); BNSSG 28 §7 (do not publish any personal information); Tavistock and
    Portman "Maintain confidentiality at all times" (never identify service users); HEE
    "Monitoring compliance" 3.3.5.
    """
    lower = draft.lower
    if not any(word in lower for word in _HEALTH_WORDS):
        return
    # Most drafts name no condition and no care at all: one scan settles them.
    if not (_re(rf"\b{_CONDITION}\b").search(lower) or _re(_IN_MY_CARE).search(lower) or _re(_BEREAVED).search(lower)):
        return
    if told_with_consent(draft):
        return
    text = draft.masked
    for match in _re(_NAMED).finditer(text):
        if not _real_name(match):
            continue
        # The same sentence and the next one: "Kelly Marsh ... After her overdose ...".
        stops = [m.end() for m in _re(r"[.!?\n]").finditer(lower, match.end(), match.end() + 400)]
        end = stops[1] if len(stops) > 1 else match.end() + 250
        found = _health_of(lower, match.end(), min(end, len(lower)))
        if found:
            yield Hit(match.start(), match.end())
            return


# --- PD010 the writer's own client, or children named with their ages -----------------------

# The writer's own patient or client: "my 15yo client", "my patient", "my new service user".
_MY_OWN = (
    r"\bmy\s+(?:(?:\d{1,2}\s*(?:yo|y/?o|-?\s?years?[- ]old)|[a-z-]+)\s+){0,2}?"
    r"(?:patients?|clients?|service\s+users?|young\s+person)\b"
)
# What points to one person: a name given straight after ("my client Ellie", "my patient, Mr
# Hughes,"), a title and surname, a school year or school, or a wink at them ("you know who you
# are Amira").
_POINTS_TO_ONE = (
    r"^\s*,?\s*\(?\s*(?P<name>[A-Z][a-z'’-]+)\b"
    r"|\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][a-z'’-]+"
    r"|\b[Yy]ear\s+(?:[1-9]|1[0-3])\b(?!\s*(?:olds?|of|ago|round))"
    r"|\b(?:[Ss]chool|[Aa]cademy|[Ss]ixth\s+[Ff]orm)\b"
    r"|\b(?i:you\s+know\s+who\s+you\s+are)\b"
)
# A child named with an age in brackets: "Kai (8)". ("Ava, 9," is PD008's, with a detail.)
_NAME_AGE = r"(?<![\w'’])[A-Z][a-z'’-]+\s*(?:\((?:aged\s+)?(?:1[0-7]|[1-9])\))"
# The age in brackets or between commas, without the name: what the triggers look for.
_AGE_MARK = r"\((?:aged )?(?:1[0-7]|[1-9])\)"
_CARE_SETTING = (
    r"\b(?:programme|therapy|therapeutic|clinic|ward|treatment|patients?|service\s+users?|camhs|recovery"
    r"|support\s+group|parenting\s+group|diagnos\w+|referr\w+|appointments?)\b"
)
# Someone the writer sees in their own work, without a name: "a client who", "one of my
# patients", "a young person I work with", "a patient I've been seeing".
_ONE_I_SEE = (
    r"\b(?:one\s+of\s+my\s+(?:[a-z-]+\s+)?(?:clients|patients|service\s+users|young\s+people|families)"
    r"|(?:a|this|the)\s+(?:young\s+|lovely\s+|new\s+|brave\s+|little\s+)?(?:client|patient|service\s+user|young\s+person|teenager)"
    r"\s+(?:who\s+(?!(?:needs?|wants?|has|have)\b)|(?:i|we)\s+(?:work|see|saw|support|treat|have\s+been|['’]ve\s+been|started|met)\b|i['’]ve\s+been|of\s+mine\b))"
)
# What lets the person, or those who know them, recognise them: a wink at them, their
# appointment slot, the street they work or live on.
_POINTER = (
    r"\byou\s+know\s+who\s+you\s+are\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s+(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s?(?:am|pm)|morning|afternoon|evening)\b"
    r"|\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\s+(?:on\s+)?(?:a\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:on|in|off)\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?-i:Road|Street|Lane|Avenue|Hill|Parade|Broadway|Way|Rise|Close)\b"
)
# Children who work or volunteer with us are colleagues: "apprentices Jack (17) and Mia (16)".
_STAFF_ROLE = r"\b(?:apprentices?|volunteers?|cadets?|staff|colleagues?|students?|work\s+experience|new\s+starters?)\b"


@rule(
    "PD010",
    "own-client-or-child-named",
    triggers=generated("PD010"),
    needs=lambda: [_re(_MY_OWN), (_re(_AGE_MARK), _re(_CARE_SETTING)), _re(_ONE_I_SEE, re.I)],
    category="personal-data",
    severity="warning",
    message="The writer's own patient or client, or a child in care, can be identified",
    suggestion="Remove the name, age and details that point to the person, or confirm written consent with the communications team.",
)
def own_client_or_child_named(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a member of staff's own patient or client pointed to by name or detail ("my 15yo
    client (Year 11 at a school in Kentish Town) Amira", "my patient Mr Hughes on the stroke
    unit"), and children named with their ages in a post about care ("Kai (8), Maisie (6) and
    Theo (10), all doing brilliantly in the programme"). Stories told with consent, staff and
    apprentices named with their ages, and "my patients" in general are not flagged.

    Why is this bad?
    ----------------
    That someone is a patient or client, and of which service, is health information; a first
    name with an age, school year or school identifies a child to everyone who knows them.
    Patient stories and photos need written consent, checked with the communications team.

    Example
    -------
    "What a day at our family therapy picnic! Left to right: Kai (8), Maisie (6) and Theo (10)"
    is flagged; "My patients are the reason I love this job" is not.

    Policy
    ------
    Tavistock and Portman "Maintain confidentiality at all times" (never identify service users,
    including by information that may lead to identification); HRA §3.1 "Never post any
    information that can be used to identify a patient's identity or health condition in any
    way"; HSSIB005 §4.8; BNSSG 28 §7; HEE "Monitoring compliance" 3.3.5.
    """
    if told_with_consent(draft):
        return
    text = draft.masked
    lower = draft.lower
    if "my " in lower:
        for own in _re(_MY_OWN).finditer(lower):
            after = text[own.end() : own.end() + 160]
            point = _re(_POINTS_TO_ONE).search(after)
            if point and not (point.group("name") and point.group("name") in NOT_A_GIVEN_NAME):
                yield Hit(own.start(), own.end())
                return
    pointed = _pointed_to(text)
    if pointed is not None:
        yield Hit(*pointed)
        return
    if "(" in text:
        pairs = list(_re(_NAME_AGE).finditer(text))
        if pairs and _re(_CARE_SETTING).search(lower) and not _re(_STAFF_ROLE).search(lower):
            if len(pairs) > 1 or _re(r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:programme|clinic|ward|therapy|group)\b").search(lower):
                yield Hit(pairs[0].start(), pairs[-1].end())


def _pointed_to(text: str) -> tuple[int, int] | None:
    """(start, end) of someone the writer sees at work whom a detail nearby points to."""
    for one in _re(_ONE_I_SEE, re.I).finditer(text):
        if _re(_POINTER, re.I).search(text, max(0, one.start() - 300), one.end() + 300):
            return one.start(), one.end()
    return None


# --- PD011 a named person's setback at work or in training ------------------------------------

# What is being assessed: exams, training reviews, courses, probation.
_ASSESSED = (
    r"(?:arcp|exams?|osce|viva|assessments?|dissertation|thesis|portfolio|mrcp|mrcs|mrcgp|mrcpsych|frcs"
    r"|finals?|modules?|placement|probation|competenc\w+|course|msc|degree|revalidation|appraisal"
    r"|part\s+(?:1|2|a|b|one|two)|driving\s+test|interview)"
)
# The setback itself: a failed assessment, a resubmission, an adverse training outcome, a
# disciplinary process or dismissal. Each is a fact about one person's record, not news.
_SETBACK = (
    rf"\b(?:(?:fail(?:ed|s|ing)?|flunk(?:ed|s)?|bomb(?:ed|s)?)\s+(?:(?:his|her|their|the|my)\s+)?(?:[\w-]+\s+){{0,2}}?{_ASSESSED}\b"
    rf"|(?:didn['’]t|did\s+not|hasn['’]t|has\s+not|not)\s+pass(?:ed)?\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){{0,2}}?{_ASSESSED}\b"
    r"|(?:got|gets|received|given|had|awarded)\s+(?:an?\s+)?(?:arcp\s+)?outcome\s+[2-5]\b"
    r"|outcome\s+[2-5]\s+(?:at|in|for)\s+(?:his|her|their)\s+arcp\b"
    r"|resubmi(?:t|ts|tting|ssion)\b|re-?sits?\b|re-?sitting\b"
    # Someone going through the process, not the process in general ("without fear of disciplinary action").
    r"|(?:facing|faces|face|faced|subject\s+to|under|going\s+through|had|has|got|given)\s+(?:an?\s+|his\s+|her\s+|their\s+)?"
    r"(?:disciplinary|misconduct|capability|fitness\s+to\s+practi[sc]e)\s+(?:hearing|panel|process|action|investigation|meeting|case)"
    r"|(?:been|being|was|is|got|getting)\s+(?:suspended|sacked|dismissed|struck\s+off|fired|let\s+go)\b"
    r"|(?:on|onto)\s+(?:a\s+)?(?:performance\s+improvement|capability)\s+plan)"
)
# Whom it is about: a titled or full name, a first name spoken to, or a regulator's number.
_SOMEONE_NAMED = (
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?\s+(?:[A-Z][a-z'’-]+\s+)?[A-Z][a-z'’-]+"
    # "the Okafor family": a family by its surname
    r"|(?i:the)\s+[A-Z][a-z'’-]+\s+family"
    r"|(?:GMC|NMC|HCPC)\s*(?:no\.?|number|pin)?\s*:?\s*\d{6,8}"
    r"|(?i:to|for|luck|done|unlucky|poor|congrats|bless)\s+(?P<spoken>[A-Z][a-z'’-]+)\b(?!\s+[A-Z])"
    r"|(?P<first>[A-Z][a-z'’-]+)\s+(?P<last>[A-Z][a-z'’-]+))"
)
# Between the name and the setback: it is about people in general ("Dr Bell explains what
# trainees should do after an outcome 3").
_ANYONE = (
    r"\b(?:trainees|students|learners|anyone|everyone|those|people|colleagues|candidates|doctors|nurses|you|your|if"
    r"|patients|families|relatives|residents|parents|carers|members|someone|when|how)\b"
)
_SETBACK_WORDS = (
    "fail", "pass", "resubmi", "resit", "re-sit", "outcome", "disciplinary", "misconduct", "capability",
    "fitness to", "suspended", "sacked", "dismissed", "struck off", "fired", "let go", "flunk", "bomb",
    "improvement plan",
)


def _named_person(match: re.Match[str]) -> bool:
    if match.group("spoken"):
        return match.group("spoken") not in NOT_A_GIVEN_NAME
    if match.group("first"):
        return _real_name(match)
    return True


@rule(
    "PD011",
    "named-person-setback",
    triggers=generated("PD011"),
    needs=lambda: [_re(_SETBACK)],
    category="personal-data",
    severity="warning",
    message="Names a person together with a failed assessment, training outcome or disciplinary matter",
    suggestion="Remove the name or the outcome: a person's exam results, training outcomes and HR matters are theirs to share.",
)
def named_person_setback(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a person named in the same sentence as a setback in their training or employment.
    The setback is a failed or resubmitted exam, viva or dissertation ("chin up to Daniel,
    resubmission in March"), an adverse ARCP outcome ("Dr Sam Ellery (GMC 7654321) got an outcome 3 at
    ARCP"), a disciplinary hearing, a suspension or a dismissal. Guidance about outcomes in
    general ("what an ARCP outcome 3 means for trainees"), services being suspended and a
    report finding that a system "failed patients" are not flagged.

    Why is this bad?
    ----------------
    Exam results, training outcomes and HR processes are personal information about the
    trainee, student or colleague concerned. Published, they follow the person for years, and
    they are not the writer's to share, however kindly meant.

    Example
    -------
    "Feel for Dr Sam Ellery who got an outcome 3 at ARCP today" is flagged; "New guide: what an
    ARCP outcome 3 means for your training" is not.

    Policy
    ------
    HEE "Monitoring compliance" 3.3 and 3.5 (content that invades the privacy of any person);
    Tavistock and Portman "Maintain confidentiality at all times" (do not identify students or
    learners); HSSIB005 §4.8 (confidential personal information about staff); BNSSG 28 §7 (do
    not publish any personal information); HRA §3.1.
    """
    lower = draft.lower
    if not any(word in lower for word in _SETBACK_WORDS):
        return
    text = draft.masked
    for setback in _re(_SETBACK).finditer(lower):
        start, end = _sentence_span(lower, setback.start(), setback.end())
        for person in _re(_SOMEONE_NAMED).finditer(text, start, end):
            if not _named_person(person):
                continue
            low, high = sorted((person.end(), setback.start()))
            if _re(_ANYONE).search(lower, low, high):
                continue
            yield Hit(min(person.start(), setback.start()), max(person.end(), setback.end()))
            return


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence around text[start:end], at most 300 characters either side."""
    floor = max(0, start - 300)
    left = max(text.rfind(".", floor, start), text.rfind("\n", floor, start), text.rfind("!", floor, start), floor - 1) + 1
    ceiling = min(len(text), end + 300)
    stops = [p for p in (text.find(".", end, ceiling), text.find("\n", end, ceiling), text.find("!", end, ceiling)) if p != -1]
    return left, min(stops) if stops else ceiling


# --- PD012 a named complainant ------------------------------------------------------------------

# Someone complaining about the organisation: "who complained about her mum's care", "has now
# emailed the chief exec 14 times", "has gone to the ombudsman".
_COMPLAINED = (
    r"\b(?:who|has|had|have|keeps|keep|now|already|again|is|was)\s+(?:\w+\s+){0,2}?"
    r"(?:complained|complaining|made\s+(?:a|another)\s+complaint|lodged\s+(?:a|another)\s+complaint"
    r"|filed\s+(?:a|another)\s+complaint|gone\s+to\s+the\s+ombudsman|reported\s+us|threatened\s+to\s+sue"
    r"|sued\s+us|suing\s+us|(?:e-?mailed|written\s+to|rung|called)\s+(?:the\s+)?(?:chief\s+exec\w*|ceo|chair|mp|local\s+paper))\b"
)


@rule(
    "PD012",
    "named-complainant",
    triggers=generated("PD012"),
    needs=lambda: [_re(_COMPLAINED)],
    category="personal-data",
    severity="warning",
    message="Names a member of the public together with their complaint",
    suggestion="Remove the name: complaints and the people who make them are confidential.",
)
def named_complainant(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a member of the public named in the same sentence as their complaint about the
    organisation or its care ("Mrs Janet Hughes from Nailsea, who complained about her mum's
    care, has now emailed the chief exec 14 times"). Explaining how to complain ("Our PALS team, led by Janet
    Hughes, can help you make a complaint") and stories told with consent are not flagged.

    Why is this bad?
    ----------------
    That someone complained, and what about, is personal information (often about their own
    or a relative's care) held in confidence. Naming them in public exposes them to ridicule
    and deters others from raising concerns.

    Example
    -------
    "Mr Patel, who complained about his wife's discharge, is at it again" is flagged; "To make a
    complaint, contact PALS" is not.

    Policy
    ------
    BNSSG 28 §7 (do not publish any personal information); HSSIB005 §4.8 (confidential
    personal information); HRA §3.1; Tavistock and Portman "Maintain confidentiality at all
    times"; HEE "Monitoring compliance" 3.3 and 3.5.
    """
    lower = draft.lower
    if "compl" not in lower and "ombudsman" not in lower and "su" not in lower and "chief" not in lower:
        return
    if told_with_consent(draft):
        return
    text = draft.masked
    for complaint in _re(_COMPLAINED).finditer(lower):
        start, _end = _sentence_span(lower, complaint.start(), complaint.end())
        for person in _re(_SOMEONE_NAMED).finditer(text, start, complaint.start()):
            if not _named_person(person) or _re(_ANYONE).search(lower, person.end(), complaint.start()):
                continue
            yield Hit(person.start(), complaint.end())
            return
