"""See what was read: the reconstruction drawn on the source pages.

Three views of one :class:`~newslayout.review.regions.Review` (see docs/review.md):
:func:`~newslayout.review.overlay.overlay_pdf` (the source PDF with the regions drawn over it),
its pages rendered by :func:`newslayout.review.png.render_pages` (``inspect --png``), and
:func:`newslayout.review.page.review_files` (a static HTML page with its page images).
:func:`~newslayout.review.build.review_of` makes the ``Review`` of an issue read from a PDF.

Nothing heavy is imported here: the CLI imports this package for every command, and the
drawing libraries load only when a view is asked for.
"""
