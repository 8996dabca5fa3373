"""Extraction stages. Each stage is a pure function ``Doc -> records`` with a spaCy component around it."""
