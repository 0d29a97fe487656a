"""The article builder both readers call: what makes an article, whatever the evidence.

The PDF reader finds a story's parts by geometry, the text reader by wording and line shape;
both then need the same decisions, taken here once (as every pandoc reader builds its
document through pandoc-types' ``Builder``):

- ``ids``: article and figure ids;
- ``paragraphs``: a paragraph that runs on across column and page breaks, one span a piece;
- ``bylines``: bylines as printed, a job-title line joined to the name over it, end bylines;
- ``datelines``: the dateline opening a story's first paragraph;
- ``jumps``: the one score of how well a continuation fits a jump line;
- ``teasers``: which article a teaser points to;
- ``adverts``: whether a drafted article is an advertisement.

The builder sits below both readers and above the model and cues (see the import contract in
``pyproject.toml``); it reads no geometry and no line numbers: each reader turns its own
evidence into the plain values these functions take.
"""
