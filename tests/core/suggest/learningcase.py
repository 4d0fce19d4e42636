"""A project for the learned model's tests: sports sentences whose teams the analyst rejects, and real places."""

from __future__ import annotations

from newsmark.cli import main
from newsmark.core.storage import Project

TEAMS = [("Wales", "Hungary"), ("Spain", "Italy"), ("Brazil", "Chile"), ("Ghana", "Egypt"), ("Norway", "Sweden"),
         ("Japan", "Peru"), ("Mexico", "Canada"), ("Poland", "Austria")]
CITIES = [("Paris", "Lyon"), ("London", "Leeds"), ("Berlin", "Munich"), ("Madrid", "Seville"), ("Rome", "Milan"),
          ("Oslo", "Bergen"), ("Lisbon", "Porto"), ("Vienna", "Graz")]
NEW = "Croatia beat Slovakia 3-1 on Sunday. The squad had trained in Croatia for a week."


def article(n: int) -> str:
    """A sports sentence (its country names are teams) and two real places."""
    (a, b), (c, d) = TEAMS[n], CITIES[n]
    return f"{a} beat {b} 2-0 on Saturday. Fans had gathered in {c} before the game, and more in {d} after it."


def make_project(tmp_path):
    """Eight decided-to-be articles and a new one (last), added to a fresh project; returns its path."""
    path = tmp_path / "p.newsmark"
    files = []
    for i in range(len(TEAMS)):
        files.append(tmp_path / f"a{i}.txt")
        files[-1].write_text(article(i), encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    assert main(["add", str(path), *map(str, files), str(tmp_path / "new.txt")]) == 0
    return path


def decide(p: Project) -> None:
    """Reject the teams, accept the places (an analyst's span on the same edges counts as accepting one city)."""
    names = {t.id: t.name for t in p.tags()}
    rejected, accepted = [], []
    for i, doc in enumerate(p.documents()[:len(TEAMS)]):
        text = p.document(doc.id).text
        for s in p.suggestions(doc.id):
            if names[s.tag_id] != "location":
                continue
            (rejected if text[s.start:s.end] in TEAMS[i] else accepted).append(s)
    p.reject_suggestions([s.id for s in rejected] + [accepted[0].id])
    p.add_span(accepted[0].document_id, accepted[0].tag_id, accepted[0].start, accepted[0].end, annotator="ana")
    p.accept_suggestions([(s.id, {}) for s in accepted[1:]])


