"""One module per rule family; each registers its rules with `smpolicy.lint.rule.rule`."""
