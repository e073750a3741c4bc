"""What ``build.spec`` removes from the PyInstaller bundle, and why (imported by the spec).

PyInstaller's ``--exclude-module`` stops Python modules only: Qt libraries, plugins and system
libraries still arrive through the hooks and through link analysis. The functions here decide,
entry by entry, what oppdesk never loads:

* Qt modules, plugins, QML files and translations the application does not use;
* faker locales other than the ones the demo data needs;
* (Linux) libraries that only dropped binaries needed, and libraries the desktop itself must
  provide (X11/xcb, fontconfig/freetype, D-Bus, CUPS): a bundled copy of those is at best
  dead weight, at worst older than the host's configuration files;
* (Linux) ICU's 30 MB data library, rebuilt with the data for root, French and English only
  (collation, time-zone names, every codec kept; other locales fall back to root rules).

TOC entries are PyInstaller's ``(destination, source, typecode)`` tuples.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from collections.abc import Iterable
from pathlib import Path

TocEntry = tuple[str, str, str]

UNUSED_QT_LIBS = re.compile(
    r"(?:^|[/\\])(?:lib)?Qt6?(?:Quick|Qml|Pdf|VirtualKeyboard|Designer|Lottie|WaylandCompositor"
    r"|Multimedia|WebEngine|WebChannel|WebSockets|3D|Charts|DataVisualization|Graphs|Labs"
    r"|ShaderTools|Help|UiTools|Test|Sql|OpenGLWidgets|Positioning|Location|SpatialAudio"
    r"|TextToSpeech|RemoteObjects|Scxml|StateMachine|Sensors|Bluetooth|Nfc|Serial|HttpServer"
    r"|NetworkAuth|Concurrent|Xml|EglFS|EglFs)\w*(?:\.so[.\d]*|\.dll|\.dylib|\.framework|$)",
)
# plugin folder -> plugin name prefixes to keep (None: the whole folder); other folders go.
KEEP_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"offscreen", "xcb", "wayland", "windows", "cocoa"},
    "imageformats": {"svg", "ico", "jpeg", "gif", "icns"},
    "iconengines": None,
    "styles": None,
    # The GTK3 theme needs the host's GTK, which would then meet the bundle's glib/cairo/pango;
    # the XDG portal theme (native file dialogs through the desktop portal) needs only D-Bus.
    "platformthemes": {"xdgdesktopportal"},
    "platforminputcontexts": {"compose", "ibus"},  # dead keys, input methods
    "xcbglintegrations": None,
    "wayland-shell-integration": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "printsupport": None,  # CUPS: QPrinter to a real printer
    "tls": None,
}
KEEP_TRANSLATIONS = {"qtbase_fr.qm"}
PLUGIN_PATH = re.compile(r"[/\\]plugins[/\\]([^/\\]+)[/\\](?:lib)?q?([^/\\.]+)")
FAKER_LOCALE_PATH = re.compile(r"^faker[/\\.]providers[/\\.]\w+[/\\.][a-z]{2,3}(?:_[A-Z]{2})?\b")
# Libraries a Linux desktop provides and must provide itself (graphics stack, fonts, D-Bus,
# printing). Their dependencies (gnutls, systemd, gcrypt, krb5…) then go as well.
LINUX_HOST_LIBRARIES = re.compile(
    r"^lib(?:X11|X11-xcb|xcb[\w-]*|Xau|Xdmcp|Xext|Xrender|Xi|Xfixes|SM|ICE|xkbcommon(?:-x11)?"
    r"|fontconfig|freetype|dbus-1|cups|GL\w*|EGL|OpenGL|wayland-\w+|drm|gbm)\.so"
)


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def qt_entry_wanted(dest: str, qt_dir: str) -> bool:
    """False for Qt libraries, plugins, QML files and translations oppdesk never loads."""
    path = _posix(dest)
    if UNUSED_QT_LIBS.search(dest) or "/qml/" in f"/{path}/":
        return False
    if f"{_posix(qt_dir)}/translations/" in path:
        return os.path.basename(path) in KEEP_TRANSLATIONS
    match = PLUGIN_PATH.search(dest)
    if not match:
        return True
    folder, name = match.groups()
    if folder not in KEEP_PLUGINS:
        return False
    prefixes = KEEP_PLUGINS[folder]
    return prefixes is None or name.startswith(tuple(prefixes))


def faker_entry_wanted(dest: str, modules_in_use: set[str]) -> bool:
    """False for faker locale modules (or their data copies) that Faker() does not import."""
    if not FAKER_LOCALE_PATH.match(dest):
        return True
    return ".".join(re.split(r"[/\\.]", dest)[:4]) in modules_in_use


def _needed(path: str) -> list[str]:
    """DT_NEEDED entries of an ELF file (direct dependencies only)."""
    result = subprocess.run(["objdump", "-p", path], check=False, capture_output=True, text=True)
    return re.findall(r"^\s*NEEDED\s+(\S+)$", result.stdout, re.MULTILINE)  # not ELF: none


def linux_libraries_to_drop(binaries: Iterable[TocEntry]) -> set[str]:
    """Top-level libraries of the bundle that nothing kept needs, or that the host provides.

    Roots are every binary PyInstaller placed inside a package folder (Qt libraries and
    plugins, psycopg's libpq…), the extension modules and libpython; the walk follows direct
    ELF dependencies and stops at host libraries.
    """
    entries = list(binaries)
    top_level = {
        dest: src
        for dest, src, kind in entries
        if "/" not in _posix(dest) and kind != "EXTENSION" and "libpython" not in dest
    }
    keep: set[str] = set()
    queue = [src for dest, src, _kind in entries if dest not in top_level]
    while queue:
        for name in _needed(queue.pop()):
            if name in top_level and name not in keep and not LINUX_HOST_LIBRARIES.match(name):
                keep.add(name)
                queue.append(top_level[name])
    return set(top_level) - keep


# --- ICU data ---------------------------------------------------------------------------------

ICU_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(?:_\w+)?\.res$")
ICU_KEPT_LOCALE = re.compile(r"^(?:root|fr|en)(?:_\w+)?\.res$")
# Trees Qt never reads: break iterators, transliteration, spell-out rules, display names of
# units, currencies, languages and regions (QLocale has its own CLDR tables for those).
ICU_UNUSED_TREES = {"brkitr", "translit", "rbnf", "unit", "curr", "lang", "region"}


def _icu_item_wanted(name: str) -> bool:
    parts = name.split("/")[1:]  # without the "icudt73l" package prefix
    if len(parts) > 1 and parts[0] in ICU_UNUSED_TREES:
        return False
    leaf = parts[-1]
    return not ICU_LOCALE_ITEM.match(leaf) or bool(ICU_KEPT_LOCALE.match(leaf))


def _icu_symbol(library: Path) -> tuple[str, bytes]:
    """Name and bytes of the ``icudtNN_dat`` common-data blob inside ``libicudata``."""
    symbols = subprocess.run(
        ["objdump", "-T", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"^([0-9a-f]+)\s.*\s([0-9a-f]+)\s+(icudt\d+_dat)$", symbols, re.MULTILINE)
    if not match:
        raise ValueError(f"no icudt*_dat symbol in {library}")
    address, size, name = int(match[1], 16), int(match[2], 16), match[3]
    headers = subprocess.run(
        ["readelf", "-lW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in headers.splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, vaddr, filesz = (int(f, 16) for f in (fields[1], fields[2], fields[4]))
            if vaddr <= address < vaddr + filesz:
                start = offset + address - vaddr
                return name, library.read_bytes()[start : start + size]
    raise ValueError(f"{name} is not in a loaded segment of {library}")


def filter_icu_common_data(blob: bytes) -> tuple[bytes, int, int]:
    """Rebuild an ICU common-data package (``CmnD``) keeping only the wanted items.

    Layout: data header, then a table of contents (count, then (name offset, data offset)
    pairs relative to the table, names sorted — ICU binary-searches them), then the items.
    """
    header_size = struct.unpack_from("<H", blob, 0)[0]
    count = struct.unpack_from("<I", blob, header_size)[0]
    offsets = [struct.unpack_from("<II", blob, header_size + 4 + 8 * k) for k in range(count)]
    table = blob[header_size:]
    items = []
    for k, (name_offset, data_offset) in enumerate(offsets):
        name = table[name_offset : table.index(b"\0", name_offset)].decode("ascii")
        end = offsets[k + 1][1] if k + 1 < count else len(table)
        items.append((name, table[data_offset:end]))
    kept = [(name, data) for name, data in items if _icu_item_wanted(name)]
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    name_offset = 4 + 8 * len(kept)
    data_offset = (name_offset + len(names) + 15) & ~15
    toc, body = [], []
    for name, data in kept:
        toc.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        padded = data + b"\0" * (-len(data) % 16)
        body.append(padded)
        data_offset += len(padded)
    head = struct.pack("<I", len(kept)) + b"".join(toc) + names
    head += b"\0" * (-len(head) % 16)
    return blob[:header_size] + head + b"".join(body), len(items), len(kept)


def slim_icu_library(library: Path, work_dir: Path) -> Path | None:
    """A copy of ``libicudataNN.so`` with fr/en/root data only; None when no C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("objdump") is None:
        return None
    name, blob = _icu_symbol(library)
    data, total, kept = filter_icu_common_data(blob)
    work_dir.mkdir(parents=True, exist_ok=True)
    dat = work_dir / "icudata.dat"
    dat.write_bytes(data)
    source = work_dir / "icudata.S"
    source.write_text(
        f"    .section .rodata\n    .globl {name}\n    .type {name}, @object\n"
        f'    .balign 16\n{name}:\n    .incbin "{dat}"\n    .size {name}, . - {name}\n'
        '    .section .note.GNU-stack,"",@progbits\n'
    )
    output = work_dir / library.name
    subprocess.run(
        [
            compiler,
            "-shared",
            "-nostdlib",
            "-o",
            str(output),
            f"-Wl,-soname,{library.name}",
            str(source),
        ],
        check=True,
    )
    print(
        f"oppdesk: ICU data {total} -> {kept} items, "
        f"{library.stat().st_size / 2**20:.1f} -> {output.stat().st_size / 2**20:.1f} MB"
    )
    return output


def toc_size(toc: Iterable[TocEntry]) -> int:
    return sum(os.path.getsize(src) for _dest, src, _kind in toc if src and os.path.isfile(src))


# --- checking a built bundle (Linux) ------------------------------------------------------------


def missing_libraries(bundle: Path) -> dict[str, set[str]]:
    """``{library name: {binaries needing it}}`` for what neither the bundle nor this system
    provides, as ``ldd`` sees it with the bundle's own library folders first."""
    internal = bundle / "_internal"
    lib_dirs = [internal, *(p.parent for p in internal.rglob("*.so*") if p.is_file())]
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(sorted({str(d) for d in lib_dirs}))}
    missing: dict[str, set[str]] = {}
    for path in sorted(internal.rglob("*.so*")):
        if not path.is_file() or path.is_symlink():
            continue
        ldd = subprocess.run(
            ["ldd", str(path)], check=False, capture_output=True, text=True, env=env
        )
        for name in re.findall(r"^\s*(\S+) => not found$", ldd.stdout, re.MULTILINE):
            missing.setdefault(name, set()).add(str(path.relative_to(bundle)))
    return missing


def main(argv: list[str]) -> int:
    """``python packaging/bundle_pruning.py dist/oppdesk``: fail if a bundled library needs
    something that is neither in the bundle nor a library the desktop provides."""
    missing = missing_libraries(Path(argv[0]))
    status = 0
    for name, users in sorted(missing.items()):
        host = bool(LINUX_HOST_LIBRARIES.match(name))
        label = "host library, not installed on this machine" if host else "MISSING FROM BUNDLE"
        print(f"{name}: {label} (needed by {', '.join(sorted(users)[:3])})")
        status = status or (0 if host else 1)
    return status


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
