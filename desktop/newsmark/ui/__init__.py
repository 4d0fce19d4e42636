"""Newsmark's Qt layer: a thin window over the core."""
