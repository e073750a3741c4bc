"""Command-line entry point: ``oppdesk [--db URL] [COMMAND]``.

Without a command the desktop application opens. Heavy imports (Qt, SQLAlchemy ORM) happen
inside the commands, so ``oppdesk --version`` stays instant.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from oppdesk import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oppdesk",
        description="Desktop CRM for sales opportunities. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"oppdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="workspace database: a SQLite file path, sqlite:///path or "
        "postgresql+psycopg://user@host/db (default: $OPPDESK_DATABASE_URL, else the "
        "embedded file in your data folder)",
    )
    parser.add_argument("--user", metavar="LOGIN", help="act as this user (default: admin)")
    parser.add_argument("--lang", choices=("fr", "en"), help="interface language")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="create a temporary workspace, open the main window and a record offscreen, exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    info = sub.add_parser("info", help="data folder, database, schema revision, counts")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    demo = sub.add_parser("demo", help="fill an empty workspace with realistic French data")
    demo.add_argument("--opportunities", type=int, default=1000, metavar="N")
    demo.add_argument("--seed", type=int, default=0, metavar="S")
    bench = sub.add_parser("bench", help="measure the list's performance on demo data")
    bench.add_argument("--opportunities", type=int, default=1_000_000, metavar="N")
    bench.add_argument("--json", action="store_true", help="print one JSON object last")
    bench.add_argument("--bulk", action="store_true", help="measure the bulk actions instead")
    bench.add_argument(
        "--checked",
        type=int,
        default=100_000,
        metavar="N",
        help="with --bulk: how many opportunities are checked",
    )
    open_cmd = sub.add_parser("open", help="open an opportunity by its reference (OPP-00042)")
    open_cmd.add_argument("reference")
    shots = sub.add_parser("screenshots", help="render the main screens to PNG files")
    shots.add_argument("directory")
    return parser


def _print_progress(label: str, done: int, total: int) -> None:
    pct = 100 * done // total if total else 100
    print(f"\r{label}: {done:,}/{total:,} ({pct}%)".ljust(60), end="", file=sys.stderr)
    if done >= total:
        print(file=sys.stderr)


def cmd_info(args: argparse.Namespace) -> int:
    from oppdesk.api import open_workspace  # noqa: PLC0415
    from oppdesk.config import data_dir  # noqa: PLC0415

    with open_workspace(args.db, user=args.user) as ws:
        facts = {"version": __version__, "data_dir": str(data_dir()), **ws.info()}
    if args.json:
        print(json.dumps(facts, ensure_ascii=False))
        return 0
    print(f"oppdesk {facts['version']}")
    print(f"data folder : {facts['data_dir']}")
    print(f"database    : {facts['database']}")
    print(f"schema      : {facts['revision']}")
    for table, count in facts["counts"].items():
        print(f"  {table:<28} {count:>12,}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from oppdesk.api import open_workspace  # noqa: PLC0415
    from oppdesk.services.demo_data import load_demo_data  # noqa: PLC0415

    with open_workspace(args.db) as ws:
        print(f"Loading demo data into {ws.location}", file=sys.stderr)
        report = load_demo_data(
            ws.db, opportunities=args.opportunities, seed=args.seed, progress=_print_progress
        )
    print(
        f"{report.opportunities:,} opportunities, {report.companies:,} companies, "
        f"{report.contacts:,} contacts, {report.users} users in {report.seconds:.1f} s"
    )
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from oppdesk.runtime import pyside_import_check, startup_gc  # noqa: PLC0415

    startup_gc.pause()  # until the list's first page (see runtime/startup_gc.py)
    # SQLAlchemy and the models (~300 modules) before PySide6, whose import hook looks at
    # every module imported after it: 17 ms less start-up here.
    import oppdesk.db.migrate  # noqa: F401, PLC0415

    pyside_import_check.install()  # PySide6's per-import check, cheaper (see that module)
    try:
        try:
            from oppdesk.bootstrap import run  # noqa: PLC0415
        except ImportError:
            print(
                "The desktop interface is not part of this build yet; use 'oppdesk info', "
                "'oppdesk demo' or the Python API (oppdesk.api.open_workspace).",
                file=sys.stderr,
            )
            return 2
        return run(args)
    finally:
        startup_gc.settle()  # if start-up ended before the first page


def cmd_bench(args: argparse.Namespace) -> int:
    if args.bulk:
        from oppdesk.devtools.bench_bulk import report, run_bulk_bench  # noqa: PLC0415

        figures = run_bulk_bench(args.db, args.opportunities, args.checked)
        report(figures)
        if args.json:
            print(json.dumps(figures, ensure_ascii=False))
        return 0
    from oppdesk.devtools.bench import run_bench  # noqa: PLC0415

    return run_bench(args.opportunities, args.db, args.json)


def cmd_screenshots(args: argparse.Namespace) -> int:
    from oppdesk.devtools.screenshots import take_screenshots  # noqa: PLC0415

    for path in take_screenshots(args.directory, args.lang or "fr"):
        print(path)
    return 0


COMMANDS = {
    "info": cmd_info,
    "demo": cmd_demo,
    "bench": cmd_bench,
    "screenshots": cmd_screenshots,
    "open": cmd_gui,
    None: cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from oppdesk.services.errors import UserError  # noqa: PLC0415

    if args.self_test:
        from oppdesk.devtools.self_test import run_self_test  # noqa: PLC0415

        return run_self_test(args.lang)
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"oppdesk: {exc.message}", file=sys.stderr)
        return 1
    except RuntimeError as exc:  # e.g. SchemaTooNewError: explained, not a traceback
        print(f"oppdesk: {exc}", file=sys.stderr)
        return 1
