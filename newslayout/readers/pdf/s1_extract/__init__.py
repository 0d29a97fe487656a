"""Stage 1, extract: the PDF's pages -> words, images, drawn rules and shades per page.

``extract`` is the only module that calls pdfplumber (``parallel`` runs it on several cores,
``guards`` stops a page that runs too long); ``glyphs``, ``fontwidths`` and ``words`` turn glyphs
into words, ``graphics`` and ``images`` turn drawn objects into figures, rules and shades, and
``turned`` reads text set a quarter turn from upright.
"""
