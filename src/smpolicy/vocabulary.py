"""The fixed words of smpolicy: lint categories, platforms, account statuses, severities.

These spellings are contracts: scripts, registers and JSON output rely on them. This module
imports nothing so the lint hot path can use it freely.
"""

CATEGORIES: tuple[str, ...] = (
    "personal-data",
    "health-advice",
    "abuse",
    "political",
    "commercial",
    "confidential",
    "whistleblowing",
    "incident",
    "media",
    "safeguarding",
    "crisis",
    "disclaimer",
    "identity",
    "platform",
    "accessibility",
    "timing",
)

PLATFORMS: tuple[str, ...] = (
    "x",
    "bluesky",
    "linkedin",
    "facebook",
    "instagram",
    "youtube",
    "threads",
    "mastodon",
    "tiktok",
    "nextdoor",
    "flickr",
    "pinterest",
    "reddit",
    "whatsapp",
    "smartsurvey",
    "surveymonkey",
    "blog",
    "website",
    "other",
)

ACCOUNT_STATUSES: tuple[str, ...] = ("active", "dormant", "closed", "proposed")

MFA_STATES: tuple[str, ...] = ("yes", "no", "unknown")

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")

DRAFT_KINDS: tuple[str, ...] = ("post", "reply", "bio", "personal-blog", "reference", "article")

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
