"""spaCy training sets: a ``.spacy`` DocBin, one ``Doc`` per document, as ``spacy train`` reads them.

Each ``Doc`` is made by ``spacy.blank(language)``'s tokenizer from the stored text exactly, so
``doc.text`` is that text and a span's character offsets are our code point offsets. Every span
that lies on spaCy's token boundaries goes in ``doc.spans["newsmark"]`` (overlaps allowed, for
the span categorizer); the non-overlapping subset that ``spacy.util.filter_spans`` picks
(longest first, then earliest) also becomes ``doc.ents``, for the entity recognizer. A span
that does not lie on token boundaries cannot be a spaCy span: it is reported with its
document and offsets, and left out. ``doc.user_data["newsmark"]`` holds the document's id,
title, hash, source and status, the ids of the spans in ``doc.spans["newsmark"]``' order, and
its links (``"links"``: id, type, source_id, target_id — span ids from that list — note, annotator,
created_at), which spaCy has no place for. Document labels are ``doc.cats`` ("category:value" keys,
1.0 or 0.0 for every choice of a category the document has a label in), as ``spacy train``'s text
categorizers read them.

spaCy is an optional dependency (``pip install 'newsmark[spacy]'``), imported only here and only
when this format is asked for.
"""

from __future__ import annotations

import os

from newsmark.core.atomicfile import atomic_write_bytes
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.exporting import (
    category_names, document_labels, document_links, documents_with_spans, link_types_by_id, tag_names,
)
from newsmark.core.formats.exportreport import ExportReport

SPAN_KEY = "newsmark"
DEFAULT_LANGUAGE = "en"


def blank_pipeline(language: str = DEFAULT_LANGUAGE):
    """``(spacy, nlp)``: the spaCy module and a blank pipeline (tokenizer only) for ``language``."""
    try:
        import spacy
    except ImportError:
        raise NewsmarkError("the spacy format needs spaCy: pip install 'newsmark[spacy]'") from None
    try:
        return spacy, spacy.blank(language.strip())
    except (ImportError, ValueError, KeyError) as e:
        first = (str(e).splitlines() or [""])[0]
        raise NewsmarkError(f"spaCy has no tokenizer for language {language!r} here (use e.g. en, de, xx): {first}") from None


def doc_bin(project, language: str = DEFAULT_LANGUAGE, nlp=None):
    """A DocBin of every document, and the report of what went in and what was left out.

    ``nlp`` is a blank pipeline to reuse instead of making one for ``language`` (which takes a while).
    """
    if nlp is None:
        spacy, nlp = blank_pipeline(language)
    else:
        import spacy
    from spacy.tokens import DocBin

    report = ExportReport()
    tags = tag_names(project)
    types = link_types_by_id(project)
    categories = category_names(project)
    choices = {c.id: c.choices for c in project.categories()}
    docs = DocBin(store_user_data=True)
    for document, spans in documents_with_spans(project):
        nlp.max_length = max(nlp.max_length, len(document.text) + 1)  # a tokenizer alone needs no memory cap
        doc = nlp.make_doc(document.text)
        if doc.text != document.text:  # spaCy's tokenizer is lossless; this guards the offsets' meaning
            raise NewsmarkError(f"spaCy changed the text of document {document.id}; nothing was written")
        kept, ids = [], []
        for span in spans:
            tag = tags[span.tag_id]
            made = doc.char_span(span.start, span.end, label=tag, alignment_mode="strict")
            if made is None:
                report.left_out(document, span, tag, _misalignment(doc, span))
                continue
            kept.append(made)
            ids.append(span.id)
        doc.spans[SPAN_KEY] = kept
        doc.ents = spacy.util.filter_spans(kept)
        doc.user_data[SPAN_KEY] = {
            "document_id": document.id, "title": document.title, "sha256": document.sha256,
            "source_path": document.source_path, "status": document.status, "span_ids": ids,
            "links": [
                {"id": k.id, "type": types[k.type_id].name, "source_id": k.source_id, "target_id": k.target_id,
                 "note": k.note, "annotator": k.annotator, "created_at": k.created_at}
                for k in document_links(project, document.id, set(ids))
            ],
        }
        doc.cats = cats_of(document_labels(project, document.id, categories), categories, choices)
        docs.add(doc)
        report.spans += len(kept)
    return docs, report


def cats_of(labels, categories: dict[int, str], choices: dict[int, tuple[str, ...]]) -> dict[str, float]:
    """``doc.cats`` for a document's labels: for each category it has labels in, every choice, 1.0 if given else 0.0.

    Keys are "category:value"; a category the document has no label in is left out (unknown, not "no").
    """
    given: dict[int, set[str]] = {}
    for label in labels:
        given.setdefault(label.category_id, set()).add(label.value)
    return {
        f"{categories[c]}:{choice}": 1.0 if choice in values else 0.0
        for c, values in given.items()
        for choice in dict.fromkeys((*choices.get(c, ()), *sorted(values)))
    }


def _misalignment(doc, span) -> str:
    """Why a span is not a spaCy span, naming the nearest one that would be."""
    wider = doc.char_span(span.start, span.end, alignment_mode="expand")
    if wider is None:
        return "it does not lie on spaCy's token boundaries"
    return (
        f"it does not lie on spaCy's token boundaries (the tokens around it are "
        f"{wider.start_char}-{wider.end_char} {wider.text[:40]!r})"
    )


def export_spacy_file(project, path: str | os.PathLike, language: str = DEFAULT_LANGUAGE) -> ExportReport:
    """Write the DocBin to ``path`` atomically."""
    docs, report = doc_bin(project, language)
    atomic_write_bytes(path, docs.to_bytes())
    return report
