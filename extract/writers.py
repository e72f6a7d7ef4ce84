"""Output files: written to a temp file beside the target, then renamed (never a half file).

A device, FIFO or /dev/stdout given as output is written to, never replaced; a symbolic link
to a file keeps pointing at it (the file it points to is replaced). The outputs of one run
are renamed into place together under a lock (fcntl), so two runs into one output never mix.
"""

from __future__ import annotations

import os
import stat
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from extract.errors import UsageError, escape

STDOUT = "-"


def is_special(path: Path | str) -> bool:
    """True for '-' and for an existing path that is no regular file (/dev/null, /dev/stdout, a FIFO)."""
    if str(path) == STDOUT:
        return True
    try:
        return not stat.S_ISREG(os.stat(path).st_mode) and not stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


def target_of(path: Path | str) -> Path:
    """The file a write to PATH replaces: a symbolic link's target, else PATH itself."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


@contextmanager
def atomic_output(path: Path | str, staged: list[tuple[Path, Path]] | None = None) -> Iterator[IO[str]]:
    """Open PATH for writing; the file appears complete on success and is untouched on failure.

    '-' writes to stdout as lines are produced, a special file (a device, a FIFO) directly.
    With STAGED, the complete temp file is not renamed but added to STAGED as (temp, target),
    for `publish` to rename with the others.
    """
    if str(path) == STDOUT:
        if sys.stdout is None:
            raise UsageError("stdout is closed; nowhere to write the records (-o -)")
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader stopped (`| head -1`): not an error; stop writing quietly.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError) as exc:  # stdout closed: EBADF, or "I/O operation on closed file"
            raise UsageError(f"cannot write to stdout ({getattr(exc, 'strerror', None) or exc})") from exc
        return
    if is_special(path):
        try:
            handle = _open(Path(path))
        except OSError as exc:
            raise UsageError(f"{escape(path)}: cannot write output ({exc.strerror})") from exc
        try:
            with handle:
                yield handle
        except OSError as exc:
            raise UsageError(f"{escape(path)}: cannot write output ({exc.strerror})") from exc
        return
    path = target_of(path)
    if path.is_dir():
        raise UsageError(f"{escape(path)}: output path is a directory")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{escape(path.parent)}: cannot create output folder ({exc.strerror})") from exc
    tmp = temp_path(path)
    try:
        handle = _open(tmp)
    except OSError as exc:
        raise UsageError(f"{escape(path)}: cannot write output ({exc.strerror})") from exc
    keep = False
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if staged is None:
            os.replace(tmp, path)
        else:
            staged.append((tmp, path))
            keep = True
    except OSError as exc:
        raise UsageError(f"{escape(path)}: cannot write output ({exc.strerror})") from exc
    finally:
        if not keep:
            tmp.unlink(missing_ok=True)


def publish(staged: list[tuple[Path, Path]], lock_for: Path | None = None) -> None:
    """Rename every staged temp file onto its target, all under the lock of LOCK_FOR (default: the first target)."""
    if not staged:
        return
    with output_lock(lock_for or staged[0][1]):
        try:
            for tmp, target in staged:
                os.replace(tmp, target)
        except OSError as exc:
            raise UsageError(f"{escape(target)}: cannot write output ({exc.strerror})") from exc


def discard(staged: list[tuple[Path, Path]]) -> None:
    """Remove staged temp files that were never published."""
    for tmp, _ in staged:
        tmp.unlink(missing_ok=True)


def lock_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.lock")


@contextmanager
def output_lock(target: Path) -> Iterator[None]:
    """An exclusive fcntl lock on TARGET's lock file (kept in place: removing it would race)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: renames are still atomic one by one
        yield
        return
    try:
        fd = os.open(lock_path(target), os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError as exc:
        raise UsageError(f"{escape(target)}: cannot lock output ({exc.strerror})") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _open(path: Path) -> IO[str]:
    return path.open("w", encoding="utf-8", newline="\n")


def write_text(path: Path, text: str) -> None:
    """Atomically replace PATH with TEXT."""
    with atomic_output(path) as handle:
        handle.write(text)


def temp_path(target: Path, pid: int | str | None = None) -> Path:
    """Where the run of process PID (this one by default) writes TARGET before publishing it."""
    return target.with_name(f".{target.name}.{os.getpid() if pid is None else pid}.tmp")


def remove_stale_temps(path: Path) -> None:
    """Delete temp files of PATH left by runs that were killed (their process is gone)."""
    if is_special(path):
        return
    path = target_of(path)
    for tmp in path.parent.glob(temp_path(path, "*").name):
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
