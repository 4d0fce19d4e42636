"""CoNLL export: the layout a CoNLL reader expects, strict IOB2 that seqeval reads, exact spans, reported leftovers."""

from __future__ import annotations

import io
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics.sequence_labeling import get_entities
from seqeval.scheme import IOB2, Entities

from newsmark.cli import main
from newsmark.core.formats.conllset import export_conll_file, write_conll
from newsmark.core.formats.registry import export as export_annotation_set
from newsmark.core.formats.exportfilter import FilteredProject
from newsmark.core.model import Document, Span, Tag
from newsmark.core.storage import Project
from newsmark.core.articles.plaintext import normalize_newlines
from newsmark.core.text.tokens import tokenize

KYIV = "Kyiv 👨\u200d👩\u200d👧 families fled.\nOfficials said “8,000 troops” arrived in Rostov-on-Don. The café’s owner stayed.\n"
# Added from a CRLF file: stored with \n, and the offsets count into that.
SEOUL = normalize_newlines("Сеул: e\u0301te\u0301 in 東京 said 3.5%.\r\nArmed men 👍🏽 left\u2028quietly.\r\n")


def at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "a.newsmark"
    with Project.open(path, create=True) as p:
        kyiv, _ = p.add_document("Kyiv: troops", KYIV)
        seoul, _ = p.add_document("Сеул", SEOUL)
        claim, figure, quote, location = (t.id for t in p.tags())
        group = p.add_tag("armed group", "#000000").id
        p.add_span(kyiv.id, location, *at(KYIV, "Kyiv"))
        p.add_span(kyiv.id, figure, *at(KYIV, "8,000 troops"))
        p.add_span(kyiv.id, quote, *at(KYIV, "“8,000 troops”"))  # longer: kept; the figure inside is reported
        p.add_span(kyiv.id, location, *at(KYIV, "Rostov-on-Don"))
        p.add_span(kyiv.id, claim, at(KYIV, "fled")[0], at(KYIV, "said")[1])  # crosses a sentence break
        p.add_span(kyiv.id, location, *at(KYIV, "👨"))  # part of an emoji: off the token boundaries, reported
        p.add_span(seoul.id, location, *at(SEOUL, "東京"))
        p.add_span(seoul.id, figure, *at(SEOUL, "3.5"))
        p.add_span(seoul.id, quote, *at(SEOUL, "e\u0301te\u0301"))
        p.add_span(seoul.id, group, at(SEOUL, "Armed")[0], at(SEOUL, "👍🏽")[1])
        p.add_span(seoul.id, claim, *at(SEOUL, "left\u2028quietly"))
    return path


def read_conll(text: str) -> list[list[list[tuple[str, str]]]]:
    """A CoNLL-2003 reader: documents of sentences of (token, tag), checking the layout as it goes."""
    documents: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    lines = text.split("\n")
    assert lines[-1] == "" and lines[-2] == "", "the file ends with a blank line after the last sentence"
    for number, line in enumerate(lines[:-1]):
        if line == "-DOCSTART- O":
            assert not sentence and lines[number + 1] == "", "-DOCSTART- stands alone, then a blank line"
            documents.append([])
        elif line == "":
            if sentence:
                documents[-1].append(sentence)
            sentence = []
            assert number == 0 or lines[number - 1] != "" or lines[number - 2] == "-DOCSTART- O", "one blank line only"
        else:
            fields = line.split()
            assert len(fields) == 2 and line == " ".join(fields), repr(line)
            sentence.append((fields[0], fields[1]))
    return documents


def assert_strict_iob2(tags: list[str]) -> None:
    """Every I- follows a B- or I- of the same type; only O, B-X and I-X occur."""
    previous = "O"
    for tag in tags:
        assert tag == "O" or tag[:2] in ("B-", "I-") and len(tag) > 2, tag
        if tag.startswith("I-"):
            assert previous != "O" and previous[2:] == tag[2:], (previous, tag)
        previous = tag


def spans_back(text: str, sentences: list[list[tuple[str, str]]]) -> list[tuple[int, int, str]]:
    """The entities seqeval finds, as code point offsets found by walking the tokens along the text."""
    offsets, at_ = [], 0
    for sentence in sentences:
        row = []
        for token, _ in sentence:
            start = text.index(token, at_)
            assert all(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in text[at_:start]), "only gaps skipped"
            row.append((start, start + len(token)))
            at_ = start + len(token)
        offsets.append(row)
    seqs = [[tag for _, tag in s] for s in sentences]
    strict = Entities(seqs, IOB2).entities
    found = []
    for number, (seq, row) in enumerate(zip(seqs, offsets)):
        assert_strict_iob2(seq)
        lenient = get_entities(seq)
        assert [(e.tag, e.start, e.end - 1) for e in strict[number]] == lenient, "strict and lenient readings agree"
        found += [(row[first][0], row[last][1], tag) for tag, first, last in lenient]
    return sorted(found)


def test_the_file_is_conll_2003_with_strict_iob2_and_exact_spans(source, tmp_path):
    out = tmp_path / "train.conll"
    with Project.open(source, readonly=True) as p:
        report = export_conll_file(p, out)
        texts = [p.document(d.id).text for d in p.documents()]
        tags = {t.id: t.name.replace(" ", "_") for t in p.tags()}
        all_spans = [p.spans(d.id) for d in p.documents()]
    raw = out.read_bytes()
    assert raw.startswith(b"-DOCSTART- O\n\n") and b"\r" not in raw
    documents = read_conll(raw.decode("utf-8"))
    assert len(documents) == 2
    left_out = {(pr.document_id, pr.start, pr.end) for pr in report.problems}
    for number, (text, sentences, spans) in enumerate(zip(texts, documents, all_spans), 1):
        edges = {edge for s in spans for edge in (s.start, s.end)}
        assert [tok for s in sentences for tok, _ in s] == [text[t.start:t.end] for t in tokenize(text, edges)]
        expected = sorted((s.start, s.end, tags[s.tag_id]) for s in spans if (number, s.start, s.end) not in left_out)
        assert spans_back(text, sentences) == expected
    assert report.spans == 9
    flat = [pair for s in documents[0] for pair in s]
    first = flat.index(("“", "B-quote"))
    assert flat[first:first + 4] == [("“", "B-quote"), ("8,000", "I-quote"), ("troops", "I-quote"), ("”", "I-quote")]


def test_overlapping_and_misaligned_spans_are_reported_with_their_offsets(source):
    with Project.open(source, readonly=True) as p:
        report = write_conll(p, io.StringIO())
    lines = [pr.line() for pr in report.problems]
    figure, man = at(KYIV, "8,000 troops"), at(KYIV, "👨")
    quote = at(KYIV, "“8,000 troops”")
    assert [(pr.document_id, pr.title, pr.start, pr.end, pr.tag) for pr in report.problems] == [
        (1, "Kyiv: troops", *man, "location"), (1, "Kyiv: troops", *figure, "figure"),
    ]
    assert lines[0] == f"document 1 ('Kyiv: troops') {man[0]}-{man[1]} location '👨': its end is not at a token boundary"
    assert lines[1].endswith(f"it overlaps the quote span {quote[0]}-{quote[1]}, which was kept")


def test_a_span_across_a_sentence_break_keeps_its_sentence_whole(source):
    out = io.StringIO()
    with Project.open(source, readonly=True) as p:
        write_conll(FilteredProject(p, tags=["claim"], documents=[1]), out)
    (document,) = read_conll(out.getvalue())
    claim = [t for s in document for t in s if t[1] != "O"]
    assert [t for _, t in claim] == ["B-claim"] + ["I-claim"] * (len(claim) - 1)
    assert claim[0][0] == "fled" and claim[-1][0] == "said"
    assert len([s for s in document if any(t != "O" for _, t in s)]) == 1


@pytest.mark.parametrize(
    "args,expected",
    [
        (["--tag", "location"], [["B-location"] * 2, ["B-location"]]),
        (["--status", "done"], [["B-quote", "B-location", "B-figure", "B-armed_group", "I-armed_group", "I-armed_group", "B-claim", "I-claim"]]),
        (["--document", "2", "--tag", "figure"], [["B-figure"]]),
        (["--annotator", "nobody"], [[], []]),
    ],
)
def test_the_cli_writes_conll_to_stdout_with_every_filter(source, capsys, args, expected):
    with Project.open(source) as p:
        p.update_document(2, status="done")
    assert main(["export", str(source), "--format", "conll", *args]) == 0
    captured = capsys.readouterr()
    documents = read_conll(captured.out)
    assert [[t for s in d for _, t in s if t != "O"] for d in documents] == expected
    if args[0] == "--tag":  # the left-out location inside an emoji is a warning, and only it
        assert captured.err.splitlines() == [
            f"newsmark: warning: document 1 ('Kyiv: troops') {at(KYIV, '👨')[0]}-{at(KYIV, '👨')[1]} location '👨': "
            "its end is not at a token boundary"
        ]


def test_the_cli_writes_a_conll_file_and_summarises(source, tmp_path, capsys):
    out = tmp_path / "t.conll"
    assert main(["export", str(source), "--format", "conll", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"exported 9 spans to {out}\n"
    assert len(captured.err.splitlines()) == 2 and all(line.startswith("newsmark: warning: document 1 ") for line in captured.err.splitlines())
    with Project.open(source, readonly=True) as p:
        assert export_annotation_set(p, "conll", tmp_path / "again.conll").spans == 9
    assert (tmp_path / "again.conll").read_bytes() == out.read_bytes()


def test_spans_on_part_of_a_word_are_kept_by_cutting_the_token_there(tmp_path):
    text = "Russia's army left Kyiv-based units. 東京で会議が開かれた。O'Brien's speech.\n"
    path = tmp_path / "cut.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Cuts", text)
        location = next(t.id for t in p.tags() if t.name == "location")
        for word in ("Russia", "Kyiv", "東京", "O'Brien"):
            p.add_span(doc.id, location, *at(text, word))
        out = io.StringIO()
        report = write_conll(p, out)
    assert report.problems == [] and report.spans == 4
    (document,) = read_conll(out.getvalue())
    pairs = [pair for sentence in document for pair in sentence]
    assert pairs[:3] == [("Russia", "B-location"), ("'s", "O"), ("army", "O")]
    assert ("Kyiv", "B-location") in pairs and ("-", "O") in pairs and ("based", "O") in pairs
    assert ("東京", "B-location") in pairs and ("で会議が開かれた", "O") in pairs
    assert ("O'Brien", "B-location") in pairs and ("'s", "O") in pairs
    assert spans_back(text, document) == sorted((*at(text, w), "location") for w in ("Russia", "Kyiv", "東京", "O'Brien"))


class FakeProject:
    """Just what an exporter reads, for many generated documents without a project file."""

    def __init__(self, text: str, spans: list[tuple[int, int, int]]):
        self.doc = Document(1, "generated", text, "", "", "")
        self._spans = [Span(i, 1, tag, a, b) for i, (a, b, tag) in enumerate(spans, 1)]

    def tags(self):
        return [Tag(1, "claim", "#000000", "", 0), Tag(2, "armed group", "#000000", "", 1)]

    def documents(self):
        return [self.doc]

    def document(self, _id):
        return self.doc

    def spans(self, _id):
        return self._spans

    def link_types(self):
        return []

    def categories(self):
        return []

    def links(self, _id):
        return []

    def document_labels(self, _id):
        return []


TEXTS = st.lists(
    st.one_of(st.text(max_size=6), st.sampled_from(["\u2028", "\u00a0", "👨\u200d👩\u200d👧", "e\u0301", "Київ", ". ", "\n", "8,000"])),
    max_size=10,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.data())
def test_iob2_round_trip_gives_back_every_placed_span(text, data):
    tokens = tokenize(text)
    bounds = sorted({t.start for t in tokens} | {t.end for t in tokens} | {0, len(text)})
    if data.draw(st.booleans()):
        bounds = list(range(len(text) + 1))  # any edge: inside clusters, on whitespace
    spans = []
    for _ in range(data.draw(st.integers(0, 5))):
        if len(bounds) < 2:
            break
        a, b = sorted(data.draw(st.lists(st.sampled_from(bounds), min_size=2, max_size=2, unique=True)))
        spans.append((a, b, data.draw(st.sampled_from([1, 2]))))
    project = FakeProject(text, spans)
    out = io.StringIO()
    report = write_conll(project, out)
    (sentences,) = read_conll(out.getvalue())
    names = {1: "claim", 2: "armed_group"}
    left_out = [(pr.start, pr.end, pr.tag.replace(" ", "_")) for pr in report.problems]
    placed = [(a, b, names[tag]) for a, b, tag in spans]
    for problem in left_out:  # each problem is one span, named by its offsets and tag
        placed.remove(problem)
    for pr in report.problems:  # an overlap is only ever with a span that is in the file
        if "overlaps" in pr.reason:
            a, b = map(int, pr.reason.split(" span ")[1].split(",")[0].split("-"))
            assert any((a, b) == (x, y) for x, y, _ in placed), pr.reason
    gap = lambda ch: ch.isspace() or unicodedata.category(ch) == "Cc"
    trimmed = []
    for a, b, tag in placed:  # what is written: the span without whitespace at its edges
        while a < b and gap(text[a]):
            a += 1
        while b > a and gap(text[b - 1]):
            b -= 1
        trimmed.append((a, b, tag))
    assert spans_back(text, sentences) == sorted(trimmed)
    assert report.spans == len(placed) and len(placed) + len(left_out) == len(spans)
    for (a1, b1, _), (a2, b2, _) in zip(sorted(trimmed), sorted(trimmed)[1:]):
        assert b1 <= a2, "placed spans never overlap"


def test_an_unplaceable_span_is_dropped_before_overlaps_are_decided(tmp_path):
    text = "Kyiv 👨\u200d👩\u200d👧 families fled.\n"
    with Project.open(tmp_path / "o.newsmark", create=True) as p:
        doc, _ = p.add_document("Kyiv", text)
        claim, _, _, location = (t.id for t in p.tags())
        p.add_span(doc.id, claim, 0, text.index("\u200d"))  # longest, but ends inside the emoji: unplaceable
        p.add_span(doc.id, location, *at(text, "Kyiv"))  # overlaps it only
        out = io.StringIO()
        report = write_conll(p, out)
    assert report.spans == 1
    assert [pr.reason for pr in report.problems] == ["its end is not at a token boundary"]
    assert ("Kyiv", "B-location") in read_conll(out.getvalue())[0][0]


def test_whitespace_at_a_span_edge_is_trimmed_not_a_reason_to_drop_it(tmp_path):
    text = "Kyiv said.\nOfficials left Kursk. \n"
    with Project.open(tmp_path / "w.newsmark", create=True) as p:
        doc, _ = p.add_document("Kyiv", text)
        claim, figure, _, location = (t.id for t in p.tags())
        p.add_span(doc.id, location, 0, 5)  # "Kyiv "
        p.add_span(doc.id, claim, text.index("\n"), text.index(" left"))  # "\nOfficials"
        p.add_span(doc.id, location, text.index("Kursk"), len(text))  # "Kursk. \n"
        p.add_span(doc.id, figure, text.index(". \n") + 1, len(text))  # " \n": only whitespace
        out = io.StringIO()
        report = write_conll(p, out)
    assert report.spans == 3
    assert [pr.line().split(": ", 1)[1] for pr in report.problems] == ["it holds only whitespace, which is in no token"]
    (document,) = read_conll(out.getvalue())
    assert spans_back(text, document) == sorted([
        (0, 4, "location"), (*at(text, "Officials"), "claim"), (at(text, "Kursk")[0], text.index(". \n") + 1, "location"),
    ])
