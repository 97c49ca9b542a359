"""Generators of the blind evaluation corpus (see eval/CORPUS.md); entry point: python -m eval.corpus.build OUT."""
