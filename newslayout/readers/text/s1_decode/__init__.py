"""Stage 1, decode: the file's bytes -> clean text, and each page's lines in reading order.

``decode`` guesses the encoding and cleans control characters; ``layout`` puts the columns of a
``pdftotext -layout`` page one after another; ``softbreaks`` joins words cut at soft hyphens.
(Splitting the text into pages of numbered lines is ``s2_units.units.split_pages``.)
"""
