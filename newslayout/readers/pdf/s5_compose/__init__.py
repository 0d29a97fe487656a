"""Stage 5, compose: drafts -> the model's articles, pages and issue metadata.

``compose`` builds each article (paragraphs joined across column and page breaks, figures,
jumps), ``normalize`` turns lines into clean inline runs (line-end hyphens decided once per
issue), ``tables`` reads tables row by row, and ``metadata`` gives the issue's metadata, the
page furniture and the front page's teasers.
"""
