"""An optional spaCy pipeline the user installed, as one more suggester: its entities mapped to Newsmark's tags.

Nothing depends on it; spaCy is imported only when a model is asked for.
"""

from __future__ import annotations

from newsmark.core.errors import NewsmarkError
from newsmark.core.suggest.suggestion import Suggestion

# spaCy's entity labels (OntoNotes, as its English pipelines use them) and the tags they suggest.
ENTITY_TAGS = {
    "GPE": "location", "LOC": "location",
    "CARDINAL": "figure", "QUANTITY": "figure", "MONEY": "figure", "PERCENT": "figure",
}
CONFIDENCE = 0.5  # a statistical guess, below the rules' confidence


def model_suggester(name_or_path: str):
    """A suggester from the spaCy pipeline ``name_or_path`` (an installed package or a folder)."""
    try:
        import spacy
    except ImportError:
        raise NewsmarkError("--model needs spaCy: pip install 'newsmark[spacy]' and a pipeline of your choice") from None
    try:
        nlp = spacy.load(name_or_path)
    except (OSError, ValueError, ImportError) as e:
        raise NewsmarkError(f"cannot load the spaCy pipeline {name_or_path!r}: {' '.join(str(e).split())[:200]}") from None
    suggester = f"spacy:{nlp.meta.get('name', name_or_path)}"

    def run(text: str) -> list[Suggestion]:
        found = []
        for ent in nlp(text).ents:
            tag = ENTITY_TAGS.get(ent.label_)
            # spaCy's character offsets count code points, as Newsmark's do.
            if tag and ent.text.strip():
                found.append(Suggestion(tag, ent.start_char, ent.end_char, {}, CONFIDENCE, suggester))
        return found

    return run
