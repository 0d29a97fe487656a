"""Blind sets on demand: whole newspaper issues drawn at random from a seed (docs/corpus.md)."""
