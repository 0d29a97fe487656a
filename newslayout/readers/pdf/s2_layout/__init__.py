"""Stage 2, layout: a page's words -> regions in reading order -> text blocks.

``columns`` cuts the page into regions (a guarded recursive XY-cut, helped by the gutters
``gutters`` finds from the text itself); ``blocks`` groups a region's words into lines and the
lines into blocks, and ``list_items`` keeps hanging-indent list items whole.
"""
