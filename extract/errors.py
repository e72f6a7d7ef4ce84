"""Errors that name the input and the cause; the runner prints them as one line."""

from __future__ import annotations

from pathlib import Path


class ExtractError(Exception):
    """A problem with the user's input or environment, never a bug."""


class ArticleError(ExtractError):
    """One article cannot be read or processed; the others go on."""

    def __init__(self, path: Path | str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.path, self.cause = str(path), cause


class UsageError(ExtractError):
    """The command cannot run at all (missing corpus, unwritable output): exit 2."""
