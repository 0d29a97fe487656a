"""Fitting the weighed pass's model on generated issues (``make train``)."""
