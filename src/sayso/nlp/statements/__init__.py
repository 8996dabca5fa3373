"""Statements: who is reported as saying what, directly or reported, asserted or denied, and via whom."""
