"""Errors that name the input and the cause; the runner prints them as one line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# Characters that would let a file name forge or break a message line: controls (a line
# break), Unicode line separators, bidi overrides, and the surrogates that stand for bytes
# of a file name that is not UTF-8.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\\\\]")


def escape(text: object) -> str:
    """A path made safe for one message line: 'a\\nb.txt' -> 'a\\\\nb.txt', byte 0xe9 -> '\\\\xe9'."""
    def one(match: re.Match) -> str:
        char = match.group()
        if char == "\\":
            return "\\\\"
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:
            return f"\\x{code - 0xDC00:02x}"
        return repr(char)[1:-1] if code < 0x100 and char.isascii() else f"\\u{code:04x}"

    return _UNSAFE.sub(one, str(text))


class ExtractError(Exception):
    """A problem with the user's input or environment, never a bug."""


class ArticleError(ExtractError):
    """One article cannot be read or processed; the others go on."""

    def __init__(self, path: Path | str, cause: str) -> None:
        super().__init__(f"{escape(path)}: {cause}")
        self.path, self.cause = str(path), cause


class InternalError(ArticleError):
    """A bug met while processing one article: that article fails, the run goes on."""

    def __init__(self, path: Path | str, cause: str, traceback: str = "") -> None:
        super().__init__(path, f"internal error: {cause}")
        self.traceback = traceback


@dataclass(frozen=True)
class Failed:
    """What a worker returns for an article whose processing raised (picklable, unlike the exception)."""

    cause: str
    traceback: str

    @classmethod
    def of(cls, exc: BaseException) -> "Failed":
        import traceback

        message = " ".join(str(exc).split())  # one line, whatever the exception says
        return cls(f"{type(exc).__name__}: {message}"[:500], "".join(traceback.format_exception(exc)))


class UsageError(ExtractError):
    """The command cannot run at all (missing corpus, unwritable output): exit 2."""
