"""Generated links and document labels round trip exactly through every loadable format."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmark.core.errors import NewsmarkError
from newsmark.core.formats import registry
from newsmark.core.storage import Project
from tests.core.formats.test_linkformats import LINKED, SUFFIX, contents, output

WORDS = st.sampled_from(["Kyiv", "“8,000”", "said", "👨\u200d👩\u200d👧", "e\u0301", "=1+1", "Kursk", "\n", " ", "'", "-"])


@st.composite
def linked_sets(draw):
    """A text, spans on it (tag, start, end) and links between them (type, source index, target index, note)."""
    text = "".join(draw(st.lists(WORDS, min_size=3, max_size=12)))
    bounds = st.integers(0, len(text))
    spans = []
    for a, b in draw(st.lists(st.tuples(bounds, bounds), min_size=2, max_size=6)):
        piece = text[min(a, b):max(a, b)]
        if piece.strip() and piece == piece.strip():  # as the window makes them (brat cannot end one on a line break)
            spans.append((draw(st.sampled_from(["claim", "location", "figure"])), min(a, b), max(a, b)))
    spans = sorted(set(spans), key=lambda s: (s[1], s[2], s[0]))
    links = []
    if len(spans) >= 2:
        for _ in range(draw(st.integers(0, 4))):
            i, j = draw(st.permutations(range(len(spans))))[:2]
            links.append((draw(st.sampled_from(["same_as", "cites"])), i, j, draw(st.sampled_from(["", "=x", "a\tb"]))))
    labels = draw(st.lists(st.sampled_from(["politics", "war", "economy"]), unique=True, max_size=3))
    return text, spans, links, labels


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(linked_sets(), st.sampled_from(LINKED))
def test_any_links_and_labels_round_trip_exactly(tmp_path_factory, generated, name):
    text, spans, links, labels = generated
    tmp = tmp_path_factory.mktemp("gen")
    with Project.open(tmp / "a.newsmark", create=True) as p:
        doc, _ = p.add_document("t", text)
        tags = {t.name: t.id for t in p.tags()}
        made = [p.add_span(doc.id, tags[tag], a, b) for tag, a, b in spans]
        p.add_link_type("cites", "#123456")
        types = {t.name: t.id for t in p.link_types()}
        for kind, i, j, note in links:
            try:
                p.add_link(doc.id, types[kind], made[i].id, made[j].id, note=note)
            except NewsmarkError:  # a duplicate (a symmetric type's reverse, say)
                pass
        p.set_document_labels(doc.id, p.categories()[0].id, labels)
        registry.export(p, name, tmp / SUFFIX[name])
        want = contents(p)
    (tmp / "2").mkdir()
    with Project.open(tmp / "b.newsmark", create=True) as p:
        p.add_document("t", text)
        registry.load(p, tmp / SUFFIX[name])
        got = contents(p)
        registry.export(p, name, tmp / "2" / SUFFIX[name])
    assert (got[0], got[2]) == (want[0], want[2])
    assert {k[:3] for k in got[1]} == {k[:3] for k in want[1]}
    assert output(tmp / SUFFIX[name]) == output(tmp / "2" / SUFFIX[name])
