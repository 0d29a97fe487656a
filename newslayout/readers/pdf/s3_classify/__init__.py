"""Stage 3, classify: every text block gets a role (headline, deck, byline, body...).

``classify`` holds the evidence a rule may read (:class:`~.classify.PageContext`) and runs the
ordered rule table of ``rules`` (story blocks) and ``rules_page`` (the page's own apparatus:
masthead, teasers, running heads). The other modules are the evidence some rules share: bylines
by place and face, credit lines, headline furniture, tag kickers, teaser rows and index boxes.
"""
