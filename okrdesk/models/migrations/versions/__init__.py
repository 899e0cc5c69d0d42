"""Migration scripts, one per schema generation."""
