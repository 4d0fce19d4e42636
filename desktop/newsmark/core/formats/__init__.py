"""Annotation-set formats: what goes out (CSV, xlsx, JSONL, Label Studio, brat, spaCy, CoNLL) and what loads back."""
