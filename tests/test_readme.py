"""The README's promises: its API example runs as written and prints what it says."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def _block(language: str, after: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(after)
    match = re.compile(rf"```{language}\n(.*?)```", re.S).search(text, start)
    assert match, f"no ```{language} block after {after!r}"
    return match.group(1)


def test_api_example_runs_as_written(tmp_path):
    code = _block("python", "## Python API")
    expected = re.search(r"# (OPP-\S+ .+)$", code, re.M)
    assert expected
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == expected.group(1).split()
    assert (tmp_path / "deals.sqlite3").exists()


def test_readme_starts_with_the_two_commands():
    head = README.read_text(encoding="utf-8")[:1500]
    assert "<!-- run-command -->" in head and "<!-- test-command -->" in head
    assert "pytest" in _block("sh", "<!-- test-command -->")
    assert "oppdesk" in _block("sh", "<!-- run-command -->")
