"""Stage 3, classify: each unit -> its kind by its wording (``classify.RULES``, first match).

``adverts`` is the text reader's evidence for an advert (line shape) before the builder's
wording test; ``jobtitles`` joins a job-title line to the byline above it.
"""
