"""smpolicy: check social media drafts, account registers and reviews against an NHS
organisation's own social media policy."""

__version__ = "0.1.0"
