"""Test support code shared by tests and scripts (quality metrics of the corpus sets)."""
