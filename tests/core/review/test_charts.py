"""The report's charts and pages: user text drawn literally, agreement shown only when measured, light or dark."""

from __future__ import annotations

import pytest

from newsmark.core.model import Span
from newsmark.core.review import charts
from newsmark.core.review.htmlreport import html_report
from newsmark.core.review.mdreport import markdown_report
from newsmark.core.review.stats import collect
from newsmark.core.storage import Project


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        dollar = p.add_tag("$a_b$", "#000000")  # with math parsing on, matplotlib would typeset it
        claim = p.tags()[0]
        doc, _ = p.add_document("Costs $5 and $6 北京", "Prices rose by $5 in Kyiv today.")
        stamp = "2024-05-01T00:00:00.000Z"
        p.add_spans([
            Span(0, doc.id, dollar.id, 0, 6, "", "$1 or $2", stamp, stamp, "{}"),
            Span(0, doc.id, claim.id, 0, 20, "", "ana", stamp, stamp, '{"status": "true"}'),
        ])
        yield p


def test_user_text_is_drawn_as_written(project):
    stats = collect(project)
    drawn = {chart.key: charts.svg(chart, stats, charts.LIGHT) for chart in charts.charts(stats)}
    assert list(drawn) == ["tags", "annotators", "statuses", "documents", "claims", "progress"]
    assert ">$a_b$</text>" in drawn["tags"] and ">$1 or $2</text>" in drawn["annotators"]
    assert ">1 · Costs $5 and $6 北京</text>" in drawn["documents"]
    assert all(svg.startswith("<svg") and "<metadata>" not in svg for svg in drawn.values())


def test_agreement_is_charted_when_measured_with_undefined_values_left_empty(project):
    stats = collect(project, agreement={"claim": (0.75, None), "$a_b$": (1.0, -0.2)})
    html = html_report(stats)
    assert html.count("<svg") == 7 and '<section id="agreement">' in html
    assert "<td>n/a</td>" in html and "<td>-0.200</td>" in html
    agreement = next(c for c in charts.charts(stats) if c.key == "agreement")
    figure = charts.new_figure(agreement, charts.LIGHT)
    charts.draw(figure, agreement, stats, charts.LIGHT)
    widths = sorted(round(p.get_width(), 2) for p in figure.axes[0].patches)
    assert widths == [-0.2, 0.75, 1.0]  # claim's alpha is undefined: no bar, "n/a" beside the axis
    assert "## Agreement per tag" in markdown_report(stats)
    assert "agreement" not in html_report(collect(project))


def test_dark_and_light_charts_use_their_palettes(project):
    stats = collect(project)
    chart = charts.charts(stats)[0]
    assert "fill: #1e1e1e" in charts.svg(chart, stats, charts.DARK)
    assert "fill: #ffffff" in charts.svg(chart, stats, charts.LIGHT)
    assert 'class="dark"' in html_report(stats, theme="dark")
