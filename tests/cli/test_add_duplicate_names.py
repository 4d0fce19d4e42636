"""``newsmark add`` of a folder names every skipped duplicate by its path from that folder, never by a bare ``index.html``."""

from __future__ import annotations

from pathlib import Path

from newsmark import cli

PAGE = (
    "<html><head><title>Kyiv</title></head><body><article><p>"
    + "Kyiv said eight thousand troops moved towards the border on Monday, officials reported. " * 5
    + "</p></article></body></html>"
)


def _saved_pages(root: Path) -> Path:
    """A folder of saved pages, every one an index.html, two of them the same article."""
    for day in ("monday", "tuesday"):
        page = root / "saved" / day / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(PAGE, encoding="utf-8")
    return root / "saved"


def test_a_duplicate_within_the_folder_and_one_already_in_are_named_by_their_paths(tmp_path, capsys):
    saved = _saved_pages(tmp_path)
    project = tmp_path / "p.newsmark"
    assert cli.main(["add", str(project), str(saved)]) == 0
    first = capsys.readouterr().err.splitlines()
    assert first[0] == 'newsmark: skipped "saved/tuesday/index.html": its text is already in the project as document 1'
    assert cli.main(["add", str(project), str(saved / "tuesday")]) == 0
    again = capsys.readouterr().err.splitlines()
    assert again[0] == 'newsmark: skipped "tuesday/index.html": its text is already in the project as document 1'


def test_a_duplicate_read_earlier_in_the_same_add_names_both_paths(tmp_path):
    from newsmark.core.articles.adding import add_articles

    class Sink:  # collects texts for the window to add later: they have no document number yet
        def find(self, _sha256):
            return None

        def add(self, _imported):
            return None

    report = add_articles(Sink(), [_saved_pages(tmp_path)])
    (skipped,) = [r for r in report.results if r.status == "skipped"]
    assert skipped.message == 'skipped "saved/tuesday/index.html": it has the same text as "saved/monday/index.html"'
