"""Phrase lists (TOML), one file per rule family; see smpolicy.lint.phrases for the format."""
