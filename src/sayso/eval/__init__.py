"""Evaluations of the sayso stages against the dev corpora."""
