"""Places stage: place mentions found through the gazetteer and the NER, resolved by context."""
