"""Incremental runs: each article's output lines cached by content and pipeline fingerprint.

A cache entry is the exact JSONL lines of one article, keyed by the article's relative
path and content hash, under a folder named by the pipeline fingerprint (package
version, model, every pattern and table file). Entries are written atomically, so a
killed run leaves only complete entries; a changed rule file starts a new folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path


class ArticleCache:
    def __init__(self, root: Path, fingerprint: str) -> None:
        self.root = Path(root)
        self.folder = self.root / hashlib.sha256(fingerprint.encode()).hexdigest()[:16]
        self.used: set[str] = set()

    @staticmethod
    def key(path: str, sha256: str) -> str:
        return hashlib.sha256(f"{path}\0{sha256}".encode()).hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.jsonl"

    def get(self, path: str, sha256: str) -> list[str] | None:
        key = self.key(path, sha256)
        try:
            text = self._file(key).read_text(encoding="utf-8")
        except OSError:
            return None
        self.used.add(key)
        return text.splitlines(keepends=True)

    def put(self, path: str, sha256: str, lines: list[str]) -> None:
        key = self.key(path, sha256)
        target = self._file(key)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text("".join(lines), encoding="utf-8")
            os.replace(tmp, target)
            self.used.add(key)
        except OSError:
            tmp.unlink(missing_ok=True)  # a cache that cannot be written only costs time

    def prune(self) -> None:
        """Drop entries this run did not use and folders of other fingerprints."""
        if not self.root.is_dir():
            return
        for folder in self.root.iterdir():
            if folder.is_dir() and folder != self.folder:
                shutil.rmtree(folder, ignore_errors=True)
        for entry in self.folder.glob("*/*.jsonl"):
            if entry.stem not in self.used:
                entry.unlink(missing_ok=True)
