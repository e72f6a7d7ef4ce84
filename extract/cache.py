"""Incremental runs: each article's output lines cached by content and pipeline fingerprint.

A cache entry is the exact JSONL lines of one article, keyed by the article's relative
path and content hash, under a folder named by the pipeline fingerprint (package
version, model, every pattern and table file). The cache owns only what it made: its
root holds a marker file, and only entries and folders named as the cache names them are
ever removed; a root that is neither empty nor marked is someone else's, and the run goes
on without a cache. Each entry starts with a header giving its line count and checksum and
is fsynced before it is renamed into place, so a damaged entry (emptied, truncated, random
bytes, a directory in its place) is noticed: a warning, and the article is processed again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path

MARKER = ".extract-cache"
MARKER_TEXT = "extract article cache: extract removes only its own entries from this folder\n"
FOLDER_NAME = re.compile(r"[0-9a-f]{16}")
SHARD_NAME = re.compile(r"[0-9a-f]{2}")
ENTRY_NAME = re.compile(r"[0-9a-f]{64}\.jsonl")
TEMP_NAME = re.compile(r"\.[0-9a-f]{64}\.jsonl\.\d+\.tmp")
HEADER_VERSION = 1


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


class ArticleCache:
    def __init__(self, root: Path, fingerprint: str) -> None:
        self.root = Path(root)
        self.folder = self.root / hashlib.sha256(fingerprint.encode()).hexdigest()[:16]
        self.used: set[str] = set()
        self.enabled = self._claim()
        self._write_failed = False

    def _claim(self) -> bool:
        """True when the root is ours: marked, or empty (or new) and marked now."""
        from extract.errors import escape

        marker = self.root / MARKER
        try:
            if marker.is_file():
                return True
            if self.root.exists() and not self.root.is_dir():
                _warn(f"{escape(self.root)}: cache path is not a folder; running without a cache")
                return False
            children = list(self.root.iterdir()) if self.root.is_dir() else []
            # A cache written before the marker existed holds only fingerprint folders.
            if any(not (FOLDER_NAME.fullmatch(c.name) and c.is_dir() and not c.is_symlink()) for c in children):
                _warn(f"{escape(self.root)}: not extract's cache (no {MARKER} file, not empty); "
                      "running without a cache, nothing there is touched")
                return False
            self.root.mkdir(parents=True, exist_ok=True)
            marker.write_text(MARKER_TEXT, encoding="utf-8")
            return True
        except OSError as exc:
            _warn(f"{escape(self.root)}: cannot use the cache ({exc.strerror or exc}); running without a cache")
            return False

    @staticmethod
    def key(path: str, sha256: str) -> str:
        return hashlib.sha256(f"{path}\0{sha256}".encode("utf-8", "surrogateescape")).hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.jsonl"

    def get(self, path: str, sha256: str) -> list[str] | None:
        """The cached lines, or None (a miss; a damaged entry also warns)."""
        if not self.enabled:
            return None
        key = self.key(path, sha256)
        file = self._file(key)
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            return self._damaged(path, file, exc.strerror or str(exc))
        lines = _decode(data)
        if isinstance(lines, str):
            return self._damaged(path, file, lines)
        self.used.add(key)
        return lines

    def _damaged(self, path: str, file: Path, why: str) -> None:
        from extract.errors import escape

        _warn(f"{escape(path)}: cache entry {escape(file)} is damaged ({why}); processing the article again")
        return None

    def put(self, path: str, sha256: str, lines: list[str]) -> None:
        if not self.enabled:
            return
        key = self.key(path, sha256)
        target = self._file(key)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as handle:
                handle.write(_encode(lines))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
            self.used.add(key)
        except OSError as exc:
            self._cannot_write(exc)
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass

    def _cannot_write(self, exc: OSError) -> None:
        """A cache that cannot be written only costs time: one warning per run."""
        from extract.errors import escape

        if not self._write_failed:
            self._write_failed = True
            _warn(f"{escape(self.root)}: cannot write the cache ({exc.strerror or exc}); results are not cached")

    def prune(self) -> None:
        """Drop this fingerprint's entries the run did not use and other fingerprints' entries.

        Only names the cache makes are removed; a folder is removed only once it is empty.
        """
        if not self.enabled or not self.root.is_dir():
            return
        try:
            for folder in self.root.iterdir():
                if not FOLDER_NAME.fullmatch(folder.name) or folder.is_symlink() or not folder.is_dir():
                    continue
                for shard in folder.iterdir():
                    if not SHARD_NAME.fullmatch(shard.name) or shard.is_symlink() or not shard.is_dir():
                        continue
                    for entry in shard.iterdir():
                        if entry.is_symlink() or not entry.is_file():
                            continue
                        stale = TEMP_NAME.fullmatch(entry.name) and not _alive_temp(entry.name)
                        unused = ENTRY_NAME.fullmatch(entry.name) and (
                            folder != self.folder or entry.name[:-len(".jsonl")] not in self.used)
                        if stale or unused:
                            entry.unlink(missing_ok=True)
                    _rmdir_if_empty(shard)
                if folder != self.folder:
                    _rmdir_if_empty(folder)
        except OSError as exc:
            self._cannot_write(exc)


def _encode(lines: list[str]) -> bytes:
    body = "".join(lines).encode("utf-8")
    header = {"extract_cache": HEADER_VERSION, "lines": len(lines), "sha256": hashlib.sha256(body).hexdigest()}
    return json.dumps(header).encode() + b"\n" + body


def _decode(data: bytes) -> list[str] | str:
    """The entry's lines, or why it is damaged."""
    header_line, newline, body = data.partition(b"\n")
    try:
        header = json.loads(header_line)
        lines_expected, checksum = header["lines"], header["sha256"]
    except (ValueError, KeyError, TypeError):
        return "no valid header" if data else "empty"
    if not newline or hashlib.sha256(body).hexdigest() != checksum:
        return "checksum mismatch"
    try:
        lines = body.decode("utf-8").splitlines(keepends=True)
    except UnicodeDecodeError:
        return "not UTF-8"
    if len(lines) != lines_expected:
        return f"{len(lines)} lines, {lines_expected} expected"
    return lines


def _alive_temp(name: str) -> bool:
    from extract.writers import _alive

    return _alive(int(name.rsplit(".", 2)[-2]))


def _rmdir_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # not empty (someone else's files stay), or already gone
