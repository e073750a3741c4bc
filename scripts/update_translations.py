"""Refresh the translation sources from the ``self.tr("…")`` calls in the views.

Usage: python scripts/update_translations.py [--keep-obsolete] [--list] [--check]

Runs ``pyside6-lupdate`` over every ``src/oppdesk/views/**/*.py``, merging into
``src/oppdesk/resources/translations/``:
    oppdesk_fr.ts   every string, to translate into French
    oppdesk_en.ts   only the plural (``%n``) strings, to give their English singular form
Existing translations are kept; strings no longer in the code are dropped unless
``--keep-obsolete``. Then prints how many entries still need a text. Edit the .ts files with
Qt Linguist (``pyside6-linguist``) or any XML editor.

lupdate understands ``self.tr("…")``, ``self.tr("…", "disambiguation")``,
``self.tr("%n …", "", n)``, ``QCoreApplication.translate("Context", "…")`` and
``QT_TRANSLATE_NOOP("Context", "…")``, and records the enclosing class name as the context —
the name PySide6 looks up at run time. It cannot see f-strings or variables: translate the
template, then format it (``self.tr("Due {date}").format(date=…)``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VIEWS = ROOT / "src" / "oppdesk" / "views"
TRANSLATIONS = ROOT / "src" / "oppdesk" / "resources" / "translations"
# .ts file -> (target language, extra lupdate options)
CATALOGUES = {
    TRANSLATIONS / "oppdesk_fr.ts": ("fr_FR", []),
    TRANSLATIONS / "oppdesk_en.ts": ("en_US", ["-pluralonly"]),
}


def find_lupdate() -> str:
    """pyside6-lupdate next to this Python (the venv), else on PATH."""
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        beside = Path(sys.executable).with_name(name)
        if beside.is_file():
            return str(beside)
    found = shutil.which("pyside6-lupdate")
    if not found:
        sys.exit("pyside6-lupdate not found: install PySide6 in this environment")
    return found


def run_lupdate(ts_file: Path, language: str, options: list[str], keep_obsolete: bool) -> None:
    sources = sorted(p for p in VIEWS.rglob("*.py") if "__pycache__" not in p.parts)
    sources.append(VIEWS.parent / "bootstrap.py")  # start-up questions (demo data offer)
    with tempfile.TemporaryDirectory() as tmp:
        file_list = Path(tmp) / "sources.lst"  # a list file: no command-line length limit
        file_list.write_text("\n".join(str(p) for p in sources) + "\n", encoding="utf-8")
        command = [
            find_lupdate(),
            f"@{file_list}",
            "-ts",
            str(ts_file),
            "-source-language",
            "en",
            "-target-language",
            language,
            "-locations",
            "relative",
            *options,
        ]
        if not keep_obsolete:
            command.append("-no-obsolete")
        subprocess.run(command, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep-obsolete", action="store_true", help="keep vanished strings")
    parser.add_argument("--list", action="store_true", help="print each unfinished entry")
    parser.add_argument("--check", action="store_true", help="exit 1 if any entry is unfinished")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    from oppdesk.views.i18n import misattributed_entries, untranslated_entries  # noqa: PLC0415

    problems = 0
    for ts_file, (language, options) in CATALOGUES.items():
        run_lupdate(ts_file, language, options, args.keep_obsolete)
        missing = untranslated_entries(ts_file)
        misattributed = misattributed_entries(ts_file)
        problems += len(missing) + len(misattributed)
        print(f"{ts_file.relative_to(ROOT)}: {len(missing)} unfinished entries")
        if args.list:
            for context, source in missing:
                print(f"  {context}: {source!r}")
        if misattributed:
            print(
                f"  {len(misattributed)} entries have no class context (aliased tr or "
                "obj.tr() outside the class): they will never show translated"
            )
            for context, source in misattributed:
                print(f"  {context or '(none)'}: {source!r}")
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
