"""Read the corpus: decoded text, front matter and publication date (ANNOTATION.md §1)."""

from __future__ import annotations

import codecs
import hashlib
import itertools
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from extract.errors import ArticleError, Failed, InternalError, UsageError, escape

ARTICLE_SUFFIX = ".txt"
FRONT_MATTER_FENCE = "---"
FRONT_MATTER_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s?(.*)$")
# Accepted spellings of `published`; the first is the guideline's.
PUBLISHED_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%Y%m%d")
# Larger files are refused with an error line (`--max-bytes` changes it): the longest news
# article is a few hundred KB, and a runaway file must not take all memory.
MAX_ARTICLE_BYTES = 50_000_000
BINARY_SNIFF_BYTES = 4096
# A title is one front-matter line: no control characters, no Unicode line breaks.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Binary: two NUL bytes or mostly control bytes in the first 4 KiB (a lone NUL or a few
# control characters in real text are kept; offsets count them like any character).
BINARY_CONTROL_SHARE = 0.30


@dataclass(frozen=True)
class Article:
    """One decoded article: `text` is the whole file, offsets index into it."""

    path: str
    text: str
    published: date | None = None
    body_start: int = 0
    meta: dict[str, str] = field(default_factory=dict)
    sha256: str = ""

    @property
    def title(self) -> str | None:
        return self.meta.get("title")


def list_articles(corpus: Path, follow_links: bool = False) -> tuple[list[Path | ArticleError], list[Path]]:
    """(articles, ignored) under CORPUS, each sorted by relative POSIX path.

    What cannot be listed or is refused (a folder that cannot be read, a file name that is
    not UTF-8, a symbolic link to a folder or out of the corpus) is an ArticleError in
    its place among the articles. FOLLOW_LINKS reads links wherever they point.
    """
    if not corpus.exists():
        raise UsageError(f"{escape(corpus)}: no such file or directory")
    if corpus.is_file():
        return [corpus], []
    articles: list[Path | ArticleError] = []
    ignored: list[Path] = []
    real_root = os.path.realpath(corpus)
    visited = {real_root}
    folders = [corpus]
    while folders:  # iterative: a corpus 1,500 folders deep is no recursion limit
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            name = relative_name(folder, corpus)
            articles.append(ArticleError(name, f"cannot read folder ({exc.strerror or exc})"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            name = relative_name(path, corpus)
            refusal = _refusal(entry, name, real_root, follow_links)
            if refusal is not None:
                articles.append(ArticleError(name, refusal))
            elif _is_dir(entry):
                if entry.is_symlink():  # followed: not into a folder already read (a loop)
                    real = os.path.realpath(path)
                    if real in visited:
                        continue
                    visited.add(real)
                folders.append(path)
            else:
                (articles if entry.name.endswith(ARTICLE_SUFFIX) else ignored).append(path)
    key = lambda p: p.path if isinstance(p, ArticleError) else p.relative_to(corpus).as_posix()  # noqa: E731
    return sorted(articles, key=key), sorted(ignored, key=key)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _refusal(entry: os.DirEntry, name: str, real_root: str, follow_links: bool) -> str | None:
    """Why a corpus entry is refused with an error line, or None."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not UTF-8; rename it"
    if follow_links or not entry.is_symlink():
        return None
    if _is_dir(entry):
        return "symbolic link to a folder, not followed (--follow-links reads it)"
    if entry.name.endswith(ARTICLE_SUFFIX):
        real = os.path.realpath(entry.path)
        if os.path.commonpath([real, real_root]) != real_root:
            return f"symbolic link out of the corpus (to {escape(real)}), not followed (--follow-links reads it)"
    return None


def relative_name(path: Path, corpus: Path) -> str:
    """'corpus/a/b.txt' -> 'a/b.txt'; a single file is named by its file name."""
    if corpus.is_file():
        return path.name
    return path.relative_to(corpus).as_posix()


def read_article(path: Path, name: str | None = None, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read and decode one article file; raises ArticleError naming the cause.

    Only regular files are read (a FIFO would block, /dev/zero never ends), at most MAX_BYTES.
    """
    name = name or path.name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        raise ArticleError(name, "file vanished before it could be read") from exc
    except PermissionError as exc:
        raise ArticleError(name, "permission denied") from exc
    except IsADirectoryError as exc:
        raise ArticleError(name, "is a directory") from exc
    except OSError as exc:
        raise ArticleError(name, exc.strerror or str(exc)) from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError(name, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(name, f"not a regular file ({_file_kind(info.st_mode)}); not read")
        if info.st_size > max_bytes:
            raise ArticleError(name, f"{info.st_size:,} bytes, over the size limit of {max_bytes:,} (--max-bytes)")
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise ArticleError(name, exc.strerror or str(exc)) from exc
    if len(data) > max_bytes:
        raise ArticleError(name, f"over the size limit of {max_bytes:,} bytes (--max-bytes)")
    return parse_article(data, name)


def _file_kind(mode: int) -> str:
    kinds = {stat.S_ISFIFO: "a FIFO", stat.S_ISCHR: "a character device", stat.S_ISBLK: "a block device",
             stat.S_ISSOCK: "a socket"}
    return next((kind for test, kind in kinds.items() if test(mode)), "not a plain file")


def parse_article(data: bytes, name: str) -> Article:
    """Decode bytes and split off the front matter; offsets stay on the whole text."""
    text = decode_text(data, name)
    meta, body_start = parse_front_matter(text, name)
    published = parse_published(meta["published"], name) if "published" in meta else None
    return Article(
        path=name, text=text, published=published, body_start=body_start, meta=meta,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (optional BOM) or BOM-marked UTF-16; binary data is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(name, f"invalid UTF-16 at byte {exc.start}") from exc
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if _looks_binary(data[:BINARY_SNIFF_BYTES]):
        raise ArticleError(name, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise ArticleError(name, f"not UTF-8 (byte 0x{bad:02x} at offset {exc.start})") from exc


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return head.count(b"\x00") >= 2 or controls / len(head) > BINARY_CONTROL_SHARE


def parse_front_matter(text: str, name: str) -> tuple[dict[str, str], int]:
    """('---\\npublished: 2022-10-22\\n---\\nBody', n) -> ({'published': '2022-10-22'}, 31)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != FRONT_MATTER_FENCE:
        return {}, 0
    closing = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == FRONT_MATTER_FENCE), None)
    if closing is None:
        raise ArticleError(name, "front matter opened with '---' is never closed")
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:closing], start=2):
        content = line.rstrip("\r\n")
        if not content.strip() or content.lstrip().startswith("#"):
            continue
        match = FRONT_MATTER_LINE.match(content)
        if not match:
            raise ArticleError(name, f"front matter line {number} is not 'key: value': {content[:60]!r}")
        meta[match.group(1).lower()] = _unquote(match.group(2).strip())
    return meta, sum(len(line) for line in lines[:closing + 1])


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def parse_published(value: str, name: str) -> date:
    """'2022-10-22', '22 Oct 2022', 'Tue, 22 Oct 2022 08:00:00 GMT' -> date(2022, 10, 22); other spellings raise.

    The formats above first, then an ISO timestamp, then dateparser (published_by_dateparser).
    """
    value = value.strip()
    for fmt in PUBLISHED_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    iso = ISO_SHAPED.match(value)
    if iso:
        try:
            return datetime.fromisoformat(value.replace("z", "Z")).date()  # "2022-10-22T08:00:00Z"
        except ValueError:
            pass
        if 1 <= int(iso.group(2)) <= 12 and 1 <= int(iso.group(3)) <= 31:
            raise ArticleError(name, f"published date {value!r} does not exist")
    else:
        parsed = published_by_dateparser(value)
        if parsed is not None:
            return parsed
    raise ArticleError(name, f"published date {value!r} is not YYYY-MM-DD (or '22 Oct 2022', 'October 22, 2022')")


# Year first with digits ('2022-02-30', '2022/10/22', '2022-10-22T08:00:00Z'): read here, never
# by dateparser, which would move an impossible day to a possible one.
ISO_SHAPED = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$")
FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
DOTTED_DAY = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}")  # '22.10.2022': day first, as README says


def published_by_dateparser(value: str) -> date | None:
    """dateparser's one job: a publication date written some other common way ('Tue, 22 Oct
    2022 08:00:00 GMT', 'Oct. 22, 2022', '22.10.2022'). Guarded: a four-digit year, a day, a
    month and a year all written, English, absolute dates only ('last Tuesday', 'yesterday',
    '3.8.18' and a bare clock time give None); the day as written, whatever its time zone.
    Imported here, so `import extract.cli` stays light."""
    if not FOUR_DIGIT_YEAR.search(value):
        return None
    import dateparser

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["absolute-time"],  # no relative dates, no Unix timestamps
        "STRICT_PARSING": True,
        "PREFER_DAY_OF_MONTH": "first",
        "RELATIVE_BASE": datetime(2000, 1, 1),  # never the clock (every part is required anyway)
        "DATE_ORDER": "DMY" if DOTTED_DAY.match(value) else "MDY",
    }
    parsed = dateparser.parse(value, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


def iter_articles(corpus: Path, paths: list[Path | ArticleError],
                  max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | ArticleError]:
    """Read each path lazily; a bad file (or a refusal from the listing) yields its error instead of an Article."""
    for path in paths:
        if isinstance(path, ArticleError):
            yield path
            continue
        name = relative_name(path, corpus)
        try:
            yield read_article(path, name, max_bytes)
        except ArticleError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001  a bug reading one file is that file's failure
            failed = Failed.of(exc)
            yield InternalError(name, failed.cause, failed.traceback)


def add_article(source: Path, corpus: Path, published: str | None = None, title: str | None = None) -> Path:
    """Copy SOURCE into CORPUS with a front-matter block; refuse non-text and text already there.

    Returns the new file's path. PUBLISHED takes the formats of `published` in front matter.
    """
    if corpus.exists() and not corpus.is_dir():
        raise UsageError(f"--corpus {escape(corpus)}: not a folder")
    if title is not None and _CONTROL.search(title):
        raise UsageError(f"--title {title!r}: control characters (a line break) are not allowed in a title")
    article = read_article(source, str(source))
    meta = dict(article.meta)
    if published is not None:
        meta["published"] = parse_published(published, str(source)).isoformat()
    elif article.published is not None:
        meta["published"] = article.published.isoformat()
    if title is not None:
        meta["title"] = title
    body = article.text[article.body_start:]
    digest = body_hash(body)
    paths, _ = list_articles(corpus) if corpus.exists() else ([], [])
    for existing in paths:
        if isinstance(existing, ArticleError):
            continue
        try:
            other = read_article(existing, relative_name(existing, corpus))
        except ArticleError:
            continue
        if body_hash(other.text[other.body_start:]) == digest:
            raise ArticleError(source, f"its text is already in the corpus as {other.path}")
    lines = [FRONT_MATTER_FENCE, *(f"{key}: {value}" for key, value in meta.items()), FRONT_MATTER_FENCE]
    try:
        corpus.mkdir(parents=True, exist_ok=True)
        # A hidden name ('.story.txt') would be written and never read.
        return _create_new(corpus, source.stem.lstrip(".") or "article", "\n".join(lines) + "\n" + body)
    except OSError as exc:
        raise UsageError(f"{escape(corpus)}: cannot write the article ({exc.strerror or exc})") from exc


def body_hash(body: str) -> str:
    """Hash of an article's text without front matter, line endings and outer whitespace normalized."""
    return hashlib.sha256(body.replace("\r\n", "\n").strip().encode("utf-8")).hexdigest()


def _create_new(corpus: Path, stem: str, text: str) -> Path:
    """Write TEXT under the first free name STEM.txt, STEM-2.txt, ...; never over another file.

    The complete file is linked into place (a hard link fails if the name is taken), so
    concurrent adds each get their own file and a run never reads half an article.
    """
    tmp = corpus / f".{stem}.{os.getpid()}.add.tmp"
    try:
        with open(tmp, "x", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        for number in itertools.count(1):
            candidate = corpus / (f"{stem}{ARTICLE_SUFFIX}" if number == 1 else f"{stem}-{number}{ARTICLE_SUFFIX}")
            try:
                os.link(tmp, candidate)
                return candidate
            except FileExistsError:
                continue
            except OSError:  # no hard links on this filesystem: create exclusively, then write
                try:
                    fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
                except FileExistsError:
                    continue
                with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                    handle.write(text)
                return candidate
    finally:
        tmp.unlink(missing_ok=True)
    raise AssertionError("unreachable")
