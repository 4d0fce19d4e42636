"""Annotation-set formats: what goes out (CSV, JSONL, Label Studio, brat, spaCy, CoNLL) and what loads back."""
