"""Write every suggestion the project suggesters make on some blind sets (and the sample article) as sorted lines.

Run: PYTHONPATH=desktop python bench/blind/dump_suggestions.py OUT.tsv [--work DIR] FOLDER [FOLDER ...]
Each line is ``where  tag  start  end  attributes``; ``where`` is ``folder/article file`` or ``sample``.
Dump before and after a change to the suggesters and ``diff`` the two files: the lines that differ are
exactly the suggestions the change added or dropped. ``--work DIR`` keeps the built projects there and
reuses them on the next run (building is the slow part and does not depend on the suggesters).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

from newsmark.core.storage import Project
from newsmark.core.suggest import suggest
from newsmark.core.suggest.running import project_suggester

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent.parent / "resources" / "sample-article.txt"
sys.path.insert(0, str(HERE))
from build_project import build  # noqa: E402  (bench/ is not a package)


def line(where: str, tag: str, start: int, end: int, attributes) -> str:
    """One suggestion as a tab-separated line (attributes as sorted JSON)."""
    return f"{where}\t{tag}\t{start}\t{end}\t{json.dumps(dict(attributes), sort_keys=True, ensure_ascii=False)}"


def folder_lines(folder: Path, workdir: Path) -> list[str]:
    """The suggestions on every document of one set, built into (or reused from) ``workdir``."""
    out = workdir / f"{folder.name}.newsmark"
    if not out.exists():
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            if build(out, folder):
                raise SystemExit(f"could not build {folder}")
    with Project.open(out, readonly=True) as project:
        suggester = project_suggester(project)
        return [line(f"{folder.name}/{Path(info.source_path).name or info.title}", s.tag, s.start, s.end, s.attributes)
                for info in project.documents()
                for s in suggester(project.document(info.id).text)]


def main(argv: list[str]) -> int:
    """Dump the sample's and every folder's suggestions to OUT."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--work", type=Path)
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    lines = [line("sample", s.tag, s.start, s.end, s.attributes) for s in suggest(SAMPLE.read_text(encoding="utf-8"))]
    with contextlib.ExitStack() as stack:
        workdir = args.work or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        workdir.mkdir(parents=True, exist_ok=True)
        for folder in args.folders:
            lines += folder_lines(folder.resolve(), workdir)
    args.out.write_text("".join(f"{x}\n" for x in sorted(lines)), encoding="utf-8")
    print(f"{len(lines):,} suggestions written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
