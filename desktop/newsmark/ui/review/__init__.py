"""The window's review tools: agreement, curation, statistics."""
