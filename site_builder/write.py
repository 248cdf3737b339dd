"""Write stage: the only code that touches the output folder.

The whole site is written into a staging folder beside the output and swapped
in at once, so a failed or killed build leaves the previous site as it was.
"""
from __future__ import annotations

import ctypes
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class UnsafePath(ValueError):
    """An output path that would land outside the output folder."""


def safe_relative(path: str) -> PurePosixPath:
    """Reject absolute paths and '..' so nothing is ever written outside the output folder."""
    relative = PurePosixPath(path)
    if relative.is_absolute() or not relative.parts or any(part in ("..", ".", "") for part in relative.parts):
        raise UnsafePath(f"unsafe output path {path!r}")
    return relative


def write_site(output: Path, files: dict[str, bytes], before_swap: Callable[[Path], None] | None = None) -> None:
    """Write `files` into a staging folder and swap it in whole.

    `before_swap(staging)` runs on the complete new site before it becomes visible (the search
    indexer adds its bundle there); it may write only inside that folder, and if it raises, the
    previous output stays as it was.
    """
    output = Path(os.path.abspath(output))
    output.parent.mkdir(parents=True, exist_ok=True)
    checked = {safe_relative(path): data for path, data in files.items()}
    _recover_from_a_killed_build(output)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.staging-", dir=output.parent))
    try:
        for relative, data in sorted(checked.items()):
            target = staging.joinpath(*relative.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        if before_swap is not None:
            before_swap(staging)
        os.chmod(staging, 0o755)
        _carry_hidden_entries(output, staging)
        _swap_in(staging, output)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def update_site(output: Path, previous: dict[str, bytes], files: dict[str, bytes]) -> list[str]:
    """Bring an output folder written from `previous` to `files`, touching only what differs.

    For `serve`, where a full staging swap per keystroke would be too slow: each changed file is
    replaced atomically (write beside it, then rename), vanished files and emptied folders removed.
    Returns the changed paths.
    """
    output = Path(os.path.abspath(output))
    changed = sorted(path for path, data in files.items() if previous.get(path) != data)
    vanished = sorted(previous.keys() - files.keys())
    for path in changed + vanished:  # every path checked before anything is touched
        safe_relative(path)
    for path in changed:
        target = output / path
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.partial")
        partial.write_bytes(files[path])
        os.replace(partial, target)
    for path in vanished:
        target = output / path
        target.unlink(missing_ok=True)
        for folder in target.parents:
            if folder == output or any(folder.iterdir()):
                break
            folder.rmdir()
    return changed + vanished


def replace_folder(output: Path, name: str, make: Callable[[Path], None]) -> None:
    """Replace the folder `output/<name>` at once with one that `make(folder)` fills elsewhere.

    For `serve`, which refreshes the search bundle after incremental updates: the bundle is made
    beside the output folder, then swapped in; if `make` raises, the previous one stays.
    """
    output = Path(os.path.abspath(output))
    relative = safe_relative(name)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.staging-{relative.name}-", dir=output.parent))
    try:
        make(staging)
        os.chmod(staging, 0o755)
        _swap_in(staging, output.joinpath(*relative.parts))
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _carry_hidden_entries(output: Path, staging: Path) -> None:
    """Keep what the user put at the top of the output folder under a dot name (.git, .nojekyll, .gitkeep)."""
    if not output.is_dir():
        return
    for entry in sorted(output.iterdir()):
        if entry.name.startswith(".") and not (staging / entry.name).exists():
            os.rename(entry, staging / entry.name)


def _swap_in(staging: Path, output: Path) -> None:
    if not output.exists():
        os.rename(staging, output)
        return
    if _exchange(staging, output):
        return  # staging now holds the previous site and is removed by the caller
    previous = output.with_name(f".{output.name}.previous")
    shutil.rmtree(previous, ignore_errors=True)
    os.rename(output, previous)
    os.rename(staging, output)
    shutil.rmtree(previous, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux renameat2); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _recover_from_a_killed_build(output: Path) -> None:
    """Put back what a build killed half-way left beside the output, then remove its staging folders.

    Killed inside `_swap_in` without renameat2, the previous site may still be aside as
    `.<output>.previous`; killed between carrying the hidden entries and the swap, they are
    in the staging folder. Neither is lost: both go back before the leftovers are removed.
    """
    previous = output.with_name(f".{output.name}.previous")
    if previous.is_dir() and not output.exists():
        os.rename(previous, output)
    shutil.rmtree(previous, ignore_errors=True)
    for leftover in sorted(output.parent.glob(f".{output.name}.staging-*")):
        if output.is_dir():
            for entry in sorted(leftover.iterdir()):
                if entry.name.startswith(".") and not (output / entry.name).exists():
                    os.rename(entry, output / entry.name)
        shutil.rmtree(leftover, ignore_errors=True)
