"""Running extraction on all cores of one machine."""
