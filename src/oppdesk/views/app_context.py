"""What every window needs, passed explicitly through constructors (no global app object)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from oppdesk.runtime.db_runner import DbRunner
from oppdesk.runtime.events import Events
from oppdesk.services import CurrentUser
from oppdesk.views.prompter import Prompter


@dataclass
class AppContext:
    runner: DbRunner
    me: CurrentUser
    settings: QSettings
    events: Events
    prompter: Prompter
    location: str
    """The workspace as shown to the user: a file path or user@host/db."""
