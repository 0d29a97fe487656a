"""Stage 4, assemble: classified blocks -> article parts per page -> drafts across pages.

``assemble`` opens a part at each headline and gives it the blocks that belong to it (drawn
row separators from ``row_rules``, figures with their captions from ``figure_drafts``);
``thread`` follows jumps across pages and merges the parts into drafts (with the bylines printed
at a story's end from ``end_bylines``); ``adverts`` drops the drafts that are advertisements.
"""
