"""Where articles come from: a folder of `.txt` files, one article file, or JSONL (a file or stdin).

JSONL is one article per line, `{"id", "text", "published"?, "title"?}` (other field
names by `Fields`, dotted for nested objects as in jq: `meta.date`). The id is the
article's name in the records and offsets index into `text`; there is no front matter. A
bad line becomes that line's ArticleError (`articles.jsonl:3: …`), the others are read.
Every source yields the same Article objects, so the cache and the runner treat them alike.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from extract.articles import MAX_ARTICLE_BYTES, Article, iter_articles, list_articles, parse_published
from extract.errors import ArticleError, Failed, InternalError, UsageError

STDIN = "-"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class Fields:
    """The JSONL field names: the id, the text, the publication date and the headline."""

    id: str = "id"
    text: str = "text"
    published: str = "published"
    title: str = "title"


@dataclass(frozen=True)
class JsonlLine:
    """One line of a JSONL source, not yet parsed: NAME is the source's ('articles.jsonl', '<stdin>')."""

    name: str
    number: int
    data: bytes


def is_jsonl(corpus: Path | str) -> bool:
    """'-' (stdin) or a file named *.jsonl / *.ndjson."""
    return str(corpus) == STDIN or Path(corpus).suffix.lower() in JSONL_SUFFIXES


def list_jsonl(corpus: Path | str) -> list[JsonlLine]:
    """The non-blank lines of a JSONL file, or of stdin for '-', numbered from 1."""
    if str(corpus) == STDIN:
        name, data = STDIN_NAME, sys.stdin.buffer.read()
    else:
        path = Path(corpus)
        name = path.name
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise UsageError(f"{corpus}: no such file or directory") from exc
        except OSError as exc:
            raise UsageError(f"{corpus}: {exc.strerror or exc}") from exc
    return [JsonlLine(name, number, line) for number, line in enumerate(data.split(b"\n"), 1) if line.strip()]


def iter_jsonl(corpus: Path | str, lines: list[JsonlLine], fields: Fields = Fields(),
               max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | ArticleError]:
    """Each line as an Article, or as its ArticleError; an id seen before is an error on its later line,
    and so is a line over MAX_BYTES (the limit of an article file)."""
    seen: dict[str, int] = {}
    for line in lines:
        try:
            if len(line.data) > max_bytes:
                raise ArticleError(f"{line.name}:{line.number}",
                                   f"{len(line.data):,} bytes, over the size limit of {max_bytes:,} (--max-bytes)")
            article = parse_jsonl_line(line, fields)
            if article.path in seen:
                raise ArticleError(f"{line.name}:{line.number}",
                                   f"duplicate id {article.path!r} (first on line {seen[article.path]})")
        except ArticleError as exc:
            yield exc
            continue
        except Exception as exc:  # noqa: BLE001  a bug reading one line is that line's failure
            failed = Failed.of(exc)
            yield InternalError(f"{line.name}:{line.number}", failed.cause, failed.traceback)
            continue
        seen[article.path] = line.number
        yield article


def parse_jsonl_line(line: JsonlLine, fields: Fields = Fields()) -> Article:
    """b'{"id": "a1", "text": "Acme …", "published": "2022-10-22"}' -> Article('a1', 'Acme …', date(2022, 10, 22))."""
    where = f"{line.name}:{line.number}"
    try:
        text = line.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(where, f"not UTF-8 (byte 0x{line.data[exc.start]:02x} at offset {exc.start})") from exc
    try:
        row = json.loads(text)
    except ValueError as exc:
        raise ArticleError(where, f"not JSON ({exc})") from exc
    if not isinstance(row, dict):
        raise ArticleError(where, f"not a JSON object but {type(row).__name__}")
    ident, body = _field(row, fields.id), _field(row, fields.text)
    if isinstance(ident, bool) or not isinstance(ident, (str, int)) or str(ident) == "":
        raise ArticleError(where, f"no {fields.id!r} (a non-empty string or a number)")
    if not isinstance(body, str):
        raise ArticleError(where, f"no {fields.text!r} string")
    published, title = _field(row, fields.published), _field(row, fields.title)
    if published is not None and not isinstance(published, str):
        raise ArticleError(where, f"{fields.published!r} is not a string")
    meta = {"title": str(title)} if title is not None else {}
    for name, value in ((fields.id, ident), (fields.text, body), (fields.published, published), (fields.title, title)):
        _check_unicode(where, name, value)
    # The cache key: the id and what the mentions depend on, the text and the date.
    digest = hashlib.sha256(json.dumps([body, published], ensure_ascii=False).encode("utf-8")).hexdigest()
    return Article(path=str(ident), text=body, published=parse_published(published, where) if published else None,
                   meta=meta, sha256=digest)


def _check_unicode(where: str, name: str, value) -> None:
    """JSON may escape a lone UTF-16 surrogate ('\\ud800'), which is no Unicode text and cannot be written out."""
    if not isinstance(value, str):
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ArticleError(where, f"{name!r} holds a lone surrogate (U+{ord(value[exc.start]):04X} at character "
                                  f"{exc.start}), not Unicode text") from exc


def _field(row: dict, name: str):
    """ROW's value at NAME, 'meta.date' (or jq's '.meta.date') reaching into nested objects; None if absent."""
    value = row
    for part in name.lstrip(".").split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def read_corpus(corpus: Path | str, fields: Fields = Fields()) -> Iterator[Article | ArticleError]:
    """Every article of CORPUS in order (a folder, one file or JSONL); a bad one yields its error instead."""
    if is_jsonl(corpus):
        yield from iter_jsonl(corpus, list_jsonl(corpus), fields)
        return
    paths, _ = list_articles(Path(corpus))
    yield from iter_articles(Path(corpus), paths)
