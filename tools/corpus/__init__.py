"""The corpus builder and blind-set generator: a development package with its own venv.

Install its tools with ``pip install -r tools/corpus/requirements.txt`` in a separate venv (or let
``make blind`` make ``build/tools-venv``); see docs/corpus.md. Nothing in newslayout imports it.
"""
