"""A Q&A interview: the answers' "I"/"we" and the questions' "you" report the interviewee's own words."""

from __future__ import annotations

from newsmark.core.suggest.interview import Interview
from newsmark.core.suggest.quotes import suggest_quotes

_QA = ("Nora Quill Has a Plan for the Harbor\n\n"
       "The city's new port chief, Nora Quill, took over in March. Quill has promised to reopen the old docks, "
       "and she sat down with us to explain how.\n\n"
       "Why the docks first?\n\n"
       "They employ more people than any other part of the port. The union boss, Karl Marr, came to see me. "
       "We said, “Give us a year and the cranes will be back.” He agreed.\n\n"
       "Did the council back you?\n\n"
       "Not at first. Marr told them, “The plan has no money behind it.” That changed in May.\n\n"
       "When you were telling the council, “The harbor pays for itself,” did anyone believe you?\n\n"
       "A few did. The mayor was one.\n\n"
       "What comes next?\n\n"
       "The ferries. I keep telling my staff, “One pier at a time.”\n\n"
       "Will you stay on?\n\n"
       "As long as they will have me.")


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_the_interviewees_own_reports_are_hers():
    # "We said" and "I keep telling" in answers, "you were telling" in a question; Marr's words stay his.
    assert _speakers(_QA) == ["Nora Quill", "Karl Marr", "Nora Quill", "Nora Quill"]


def test_an_ordinary_story_is_no_interview():
    story = ("Port chief reopens docks\n\nThe city's port chief, Nora Quill, reopened the docks on Monday.\n\n"
             "Why now? The union asked.\n\nKarl Marr, the union boss, met her in March. We said, “Give us a year.”")
    assert Interview(story).opening == -1
    interview = Interview(_QA)
    assert interview.opening == _QA.index("Why the docks") and interview.interviewee == "Nora Quill"


_TIED = ("A Harbor Plan, Explained\n\n"
         "Port chief Nora Quill and union boss Karl Marr sat down with us. Quill spoke first; Marr listened.\n\n"
         + _QA.split("\n\n", 2)[2])


def test_two_people_the_introduction_names_alike_resolve_to_the_first_named_in_every_run():
    """The interviewee was chosen from a set: a tie went either way from one run to the next (hash seeds)."""
    import os
    import subprocess
    import sys

    script = ("import sys; from newsmark.core.suggest.interview import Interview; "
              "print(Interview(sys.stdin.read()).interviewee)")
    from pathlib import Path

    import newsmark

    source_root = str(Path(newsmark.__file__).resolve().parents[1])  # the child imports the same package
    chosen = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": source_root}
        done = subprocess.run([sys.executable, "-c", script], input=_TIED, capture_output=True, text=True, env=env,
                              check=True)
        chosen.add(done.stdout.strip())
    assert chosen == {"Nora Quill"}
