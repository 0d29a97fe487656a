"""Stage 4, assemble: classified units -> masthead, teasers, articles, figures, threaded jumps.

``assemble`` walks each page's units over one ``state.State``, with helpers ``front``
(masthead, teasers, folios, running heads), ``headlines`` and ``headers`` (which titles open
articles; side-by-side header clusters), ``body`` (paragraph joining and routing), ``boxes``,
``figures``, ``endbylines`` and ``jumplines``; ``draft`` holds the mutable article drafts and
``inline`` joins wrapped lines into runs.
"""
