"""Stage 2, units: a page's numbered lines -> units (paragraph-sized pieces with line numbers).

``units`` cuts pages into blocks and blocks into units by line shape and wording; ``pages``
does it for one page with the page-wide cues (wide captions, wrapped titles); ``barheads``,
``tagkickers`` and ``letterspacing`` handle header conventions that span lines (a bar before
the headline, a tag kicker, tracked capitals); ``interleave`` reports pages whose columns
pdftotext interleaved line by line.
"""
