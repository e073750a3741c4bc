"""Composition root: Qt, translations, the workspace, the AppContext, the main window.

The one module allowed to know every layer: it opens (and migrates) the database, builds
the DbRunner and hands the views an AppContext. PySide6 is imported before qasync so qasync
binds to it. Everything after start-up runs on the database thread through the DbRunner.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
import uuid
from collections.abc import Callable

import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget
from sqlalchemy.exc import OperationalError

from oppdesk import __version__
from oppdesk.config import config_dir, describe_url, resolve_database_url
from oppdesk.db import Database, create_database
from oppdesk.db.migrate import SchemaTooNewError, upgrade
from oppdesk.runtime import error_hook, startup_gc
from oppdesk.runtime.db_runner import DbRunner
from oppdesk.runtime.events import Events
from oppdesk.runtime.single_instance import InstanceServer, send_to_running
from oppdesk.runtime.tasks import cancel_all, spawn
from oppdesk.services import (
    NotFound,
    UserError,
    authenticate,
    current_user,
    ensure_defaults,
    list_opportunities,
    list_users,
    search_companies,
    sign_in_needs,
)
from oppdesk.views.app_context import AppContext
from oppdesk.views.i18n import install_translations
from oppdesk.views.icons import app_icon
from oppdesk.views.main_window import MainWindow
from oppdesk.views.prompter import Prompter

PAINTED_LINE = "oppdesk: first page painted"
"""What ``--quit-after-paint`` prints once the list is painted (before shutting down)."""


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("oppdesk")
    QCoreApplication.setApplicationName("oppdesk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv or sys.argv[:1])
    app.setDesktopFileName("oppdesk")
    return app


def user_settings() -> QSettings:
    path = config_dir() / "oppdesk.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def open_database(url_text: str | None) -> tuple[Database, uuid.UUID]:
    db = create_database(resolve_database_url(url_text))
    upgrade_showing_progress(db)
    return db, ensure_defaults(db)


SILENT_UPGRADE_S = 0.5
"""A migration that takes longer than this shows a window saying so."""


def upgrade_showing_progress(db: Database) -> None:
    """Bring the database to this build's schema (``migrate.upgrade``) on a worker thread. If
    that takes more than :data:`SILENT_UPGRADE_S` — a new schema for a big file: 26 s for a
    million opportunities — a window says what is happening instead of a start-up that looks
    frozen. It cannot be cancelled: the migration is one transaction, and stopping it halfway
    would only lose the time spent. Errors are raised here, as from ``upgrade``."""
    failure: list[BaseException] = []
    done = threading.Event()

    def work() -> None:
        try:
            upgrade(db)
        except BaseException as exc:  # handed to the caller below
            failure.append(exc)
        finally:
            done.set()

    worker = threading.Thread(target=work, name="oppdesk-migration")
    worker.start()
    if not done.wait(SILENT_UPGRADE_S):
        progress = QProgressDialog(
            QCoreApplication.translate(
                "App",
                "Updating the workspace database to this version of oppdesk…\n"
                "This happens once, and can take a minute for a very large workspace.",
            ),
            "",
            0,
            0,
        )
        progress.setObjectName("migrationProgress")
        progress.setWindowTitle("oppdesk")
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.show()
        while not done.wait(0.05):
            QCoreApplication.processEvents()
        progress.close()
        progress.deleteLater()
    worker.join()
    if failure:
        raise failure[0]


def build_context(
    db: Database, user_id: uuid.UUID, settings: QSettings, prompter: Prompter | None = None
) -> AppContext:
    runner = DbRunner(db, user_id)
    me = runner.call_sync(current_user)
    runner.warm_up()  # runs while the caller builds its window
    return AppContext(runner, me, settings, Events(), prompter or Prompter(), describe_url(db.url))


async def offer_demo_data(window: MainWindow) -> None:
    """First launch of an empty workspace: offer realistic demo data (cancellable)."""
    ctx = window.ctx
    # One row of each is enough to know (the totals would read every row of a big list).
    opportunities = await ctx.runner.call(list_opportunities, limit=1)
    companies = await ctx.runner.call(search_companies, "", limit=1)
    if opportunities or companies or not ctx.me.rights.can_admin:
        return
    if not await ctx.prompter.confirm(
        window,
        QCoreApplication.translate("App", "Empty workspace"),
        QCoreApplication.translate(
            "App",
            "This workspace is empty. Load demo data (1,000 opportunities with French "
            "companies and contacts) to try oppdesk?",
        ),
    ):
        return
    await load_demo(window, 1000)


async def load_demo(window: MainWindow, count: int) -> None:
    from oppdesk.services.demo_data import DemoCancelled, load_demo_data  # noqa: PLC0415

    ctx = window.ctx
    loop = asyncio.get_running_loop()
    cancel = threading.Event()
    progress = QProgressDialog(
        QCoreApplication.translate("App", "Loading demo data…"),
        QCoreApplication.translate("App", "Cancel"),
        0,
        100,
        window,
    )
    progress.setObjectName("demoProgress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.canceled.connect(cancel.set)
    progress.show()

    def report(label: str, done: int, total: int) -> None:
        value = 100 * done // total if total else 100
        loop.call_soon_threadsafe(progress.setValue, min(99, value))

    try:
        await ctx.runner.run(
            load_demo_data,
            ctx.runner.db,
            opportunities=count,
            progress=report,
            cancelled=cancel.is_set,
        )
    except DemoCancelled:
        pass
    finally:
        progress.close()
    ctx.events.opportunity_saved.emit(None)
    await window.load()


def _report_bug(parent: QWidget | None) -> error_hook.Reporter:
    def report(text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "oppdesk",
            QCoreApplication.translate(
                "App", "An unexpected error occurred. Details were written to the log."
            ),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setDetailedText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    return report


async def main_async(
    app: QApplication, args: argparse.Namespace, db: Database, user_id: uuid.UUID
) -> int:
    ctx = build_context(db, user_id, user_settings())
    window = MainWindow(ctx)
    window.opportunities.prefetch()  # runs while the window is shown
    instance = InstanceServer(ctx.location, window)
    instance.message_received.connect(lambda message: _on_instance_message(window, message))
    reference = getattr(args, "reference", None)
    error_hook.install(asyncio.get_running_loop(), _report_bug(window))
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    window.show()
    loading = asyncio.ensure_future(window.load())
    if getattr(args, "quit_after_paint", False):
        # the cold-start bench stops its clock at this line; the count may still be on its way
        await first_page_painted(window, loading, then=lambda: print(PAINTED_LINE, flush=True))
    await loading
    # Set once the list is painted: rendering the logo in eight sizes takes ~6 ms of start-up
    # (the packaged executables carry their own icon for the taskbar meanwhile).
    app.setWindowIcon(app_icon())
    startup_gc.settle()  # the first page is in: the collector resumes (see runtime/startup_gc.py)
    if reference:
        _on_instance_message(window, f"open {reference}")
    if not getattr(args, "quit_after_paint", False):
        spawn(offer_demo_data(window), name="demo-offer")
        await closed.wait()
    await cancel_all()
    ctx.runner.shutdown()
    db.dispose()
    return 0


class _PaintSeen(QObject):
    """Runs ``then`` as soon as the watched widget has painted while ``ready()`` holds.

    The filter lets that paint happen inside it (it re-sends the event to the widget's own
    handlers), so ``then`` runs the moment the paint ends — not when the event loop next
    gets round to a waiting coroutine: at start-up the loop is busy with the count and the
    footer then, and the cold-start clock stopped ~40 ms after the rows were on screen."""

    def __init__(self, widget: QWidget, ready: Callable[[], bool], then: Callable[[], None]):
        super().__init__(widget)
        self._ready, self._then = ready, then
        self._inside = False
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.seen or self._inside or event.type() != QEvent.Type.Paint or not self._ready():
            return False
        self._inside = True
        try:
            QCoreApplication.sendEvent(watched, event)  # the paint, by the widget's handlers
        finally:
            self._inside = False
        self.seen = True
        self._then()
        return True  # painted above


async def first_page_painted(
    window: MainWindow,
    loading: asyncio.Future[None],
    timeout: float = 30.0,
    then: Callable[[], None] | None = None,
) -> None:
    """For cold-start measurements and the self-test: wait for the list to be painted with
    the first page's rows (or, for an empty list, once ``loading``, the window's load, has
    ended) — by the event loop, as a user sees it — and call ``then`` right after that
    paint. If no paint comes within a second of the rows (no screen to paint on), one is
    forced with ``grab()``."""
    model = window.opportunities.model

    def ready() -> bool:
        return loading.done() or (model.rowCount() > 0 and model.row_at(0) is not None)

    then = then or (lambda: None)
    seen = _PaintSeen(window.opportunities.table.viewport(), ready, then)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not ready():
        if loop.time() > deadline:
            raise TimeoutError("the first page of the list never arrived")
        await asyncio.sleep(0.001)
    paint_deadline = loop.time() + 1.0
    while not seen.seen and loop.time() < paint_deadline:
        await asyncio.sleep(0.001)
    if not seen.seen:
        window.grab()  # paints the viewport, through the filter
    if not seen.seen:
        then()  # the viewport is hidden: nothing of the list can be painted
    seen.deleteLater()


def _on_instance_message(window: MainWindow, message: str) -> None:
    """A later launch asked us to come forward, or to open a record by its reference."""
    window.showNormal()
    window.raise_()
    window.activateWindow()
    command, _, argument = message.partition(" ")
    if command == "open" and argument:
        spawn(_open_reference(window, argument.strip()), name="open-reference")


async def _open_reference(window: MainWindow, reference: str) -> None:
    from oppdesk.services import find_opportunity_by_reference  # noqa: PLC0415

    try:
        detail = await window.ctx.runner.call(find_opportunity_by_reference, reference)
    except UserError as exc:
        window.show_error(exc)
        return
    window.open_opportunity(detail.id)


def choose_user(db: Database, default_user: uuid.UUID, login: str | None) -> uuid.UUID | None:
    """Who works in this session: ``--user``, else sign-in when the workspace has several
    users, else the built-in administrator (a single-user local workspace opens at once).
    None when the user cancels the sign-in."""
    if login:
        found = next((u.id for u in list_users(db, default_user) if u.login == login), None)
        if found is None:
            raise NotFound("user", login)
        return found
    if not sign_in_needs(db).needs_sign_in:
        return default_user
    from oppdesk.views.sign_in_dialog import SignInDialog  # noqa: PLC0415

    startup_gc.settle()  # start-up now waits for a person: no reason to hold the collector
    dialog = SignInDialog(lambda name, password: authenticate(db, name, password))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted  # before the event loop starts
    return dialog.user_id if accepted else None


def run(args: argparse.Namespace) -> int:
    app = make_application()
    workspace = describe_url(resolve_database_url(args.db))
    reference = getattr(args, "reference", None)
    if not getattr(args, "quit_after_paint", False) and send_to_running(
        workspace, f"open {reference}" if reference else "activate"
    ):
        return 0  # the running instance took the request
    install_translations(app, getattr(args, "lang", None))
    try:
        db, admin_id = open_database(args.db)
    except (SchemaTooNewError, OperationalError) as exc:
        QMessageBox.critical(None, "oppdesk", str(exc))
        return 1
    user_id = choose_user(db, admin_id, getattr(args, "user", None))
    if user_id is None:
        db.dispose()
        return 1
    return int(qasync.run(main_async(app, args, db, user_id)))
