"""Newsmark: annotate news articles with exact, durable spans."""

__version__ = "0.1.0"
