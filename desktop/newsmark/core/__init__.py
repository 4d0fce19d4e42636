"""Newsmark's data model, storage and formats: pure Python, never Qt."""
