"""Output files: written to a temp file beside the target, then renamed (never a half file)."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from extract.errors import UsageError

STDOUT = "-"


@contextmanager
def atomic_output(path: Path | str) -> Iterator[IO[str]]:
    """Open PATH for writing; the file appears complete on success and is untouched on failure.

    '-' writes to stdout as lines are produced.
    """
    if str(path) == STDOUT:
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader stopped (`| head -1`): not an error; stop writing quietly.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return
    path = Path(path)
    if path.is_dir():
        raise UsageError(f"{path}: output path is a directory")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{path.parent}: cannot create output folder ({exc.strerror})") from exc
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        handle = _open(tmp)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write output ({exc.strerror})") from exc
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write output ({exc.strerror})") from exc
    finally:
        tmp.unlink(missing_ok=True)


def _open(path: Path) -> IO[str]:
    return path.open("w", encoding="utf-8", newline="\n")


def write_text(path: Path, text: str) -> None:
    """Atomically replace PATH with TEXT."""
    with atomic_output(path) as handle:
        handle.write(text)


def remove_stale_temps(path: Path) -> None:
    """Delete temp files of PATH left by runs that were killed (their process is gone)."""
    for tmp in path.parent.glob(f".{path.name}.*.tmp"):
        pid = tmp.name[len(path.name) + 2:-len(".tmp")]
        if pid.isdigit() and not _alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
