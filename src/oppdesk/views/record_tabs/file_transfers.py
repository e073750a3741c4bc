"""Moving files between the disk and the workspace, off the UI thread: reading and storing
several files in turn (each refusal said in words, the size limit named), and reading one
back to a path."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from oppdesk.runtime.files import write_atomically
from oppdesk.services import FileInfo, UserError, ValidationError, add_file, read_file
from oppdesk.views.app_context import AppContext
from oppdesk.views.error_text import field_error_text, user_error_text

MAX_READ = 2 * 1024**3  # never pull more than this into memory, whatever the limit says


@dataclass
class UploadReport:
    added: list[FileInfo] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, why)


def refusal_text(error: ValidationError) -> str:
    """Why the service refused a file, naming the workspace's size limit when that is it."""
    content = error.errors.get("content")
    if content is not None and content.code == "too_large":
        limit = str(content.params.get("max_mb", "?"))
        return QCoreApplication.translate(
            "FileTransfers", "it is larger than the limit of %1 MB per file."
        ).replace("%1", limit)
    return " ".join(field_error_text(e) for e in error.errors.values())


Progress = Callable[[int, int, str], None]  # done, total, file name


async def upload_files(
    ctx: AppContext, opportunity_id: uuid.UUID, paths: list[str], progress: Progress
) -> UploadReport:
    report = UploadReport()
    for done, path in enumerate(paths):
        name = Path(path).name
        progress(done, len(paths), name)
        try:
            if Path(path).stat().st_size > MAX_READ:
                report.refused.append(
                    (
                        name,
                        QCoreApplication.translate("FileTransfers", "it is too large to be added."),
                    )
                )
                continue
            data = await ctx.runner.run(Path(path).read_bytes)
        except OSError as exc:
            report.refused.append(
                (
                    name,
                    QCoreApplication.translate("FileTransfers", "it cannot be read (%1).").replace(
                        "%1", exc.strerror or type(exc).__name__
                    ),
                )
            )
            continue
        try:
            report.added.append(
                await ctx.runner.call(add_file, opportunity_id, file_name=name, content=data)
            )
        except ValidationError as exc:
            report.refused.append((name, refusal_text(exc)))
        except UserError as exc:
            report.refused.append((name, user_error_text(exc)))
        del data
    progress(len(paths), len(paths), "")
    return report


async def save_file(ctx: AppContext, info: FileInfo, target: Path) -> None:
    """Read ``info``'s bytes (checked against their SHA-256) and write them to ``target``;
    raises ``UserError`` (damaged file…) or ``OSError`` (cannot write)."""
    data = await ctx.runner.call(read_file, info.id)
    await ctx.runner.run(_write, target, data)


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, data)
