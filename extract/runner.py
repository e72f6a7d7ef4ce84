"""Run the pipeline over a corpus: read, extract, write; one error line per bad article."""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from extract.articles import Article, iter_articles, list_articles, parse_article
from extract.errors import ArticleError, UsageError
from extract.records import LABELS, MentionBase, to_line
from extract.writers import atomic_output

BATCH_SIZE = 32
# spaCy's parser and NER need roughly 1 GB of memory per 100,000 characters; longer
# texts are cut at paragraph (then sentence, then word) boundaries.
CHUNK_CHARS = 100_000


@dataclass
class Summary:
    articles: int = 0
    failed: int = 0
    ignored: int = 0
    mentions: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self) -> str:
        counts = ", ".join(f"{label} {self.mentions[label]}" for label in LABELS)
        return (f"{self.articles} articles, {self.failed} failed, {self.ignored} ignored (not .txt); "
                f"{sum(self.mentions.values())} mentions ({counts}); {self.seconds:.1f}s")


def chunks(text: str, start: int, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering text[start:], each at most LIMIT characters, cut at a line break if possible."""
    pos = start
    while pos < len(text):
        end = min(len(text), pos + limit)
        if end < len(text):
            cut = max(text.rfind("\n", pos, end), text.rfind(". ", pos, end) + 1, text.rfind(" ", pos, end))
            end = cut + 1 if cut > pos else end
        yield pos, text[pos:end]
        pos = end


def extract_articles(articles: Iterable[Article], nlp, batch_size: int = BATCH_SIZE) -> Iterator[tuple[Article, list[MentionBase]]]:
    """Mentions of each article, in input order; spaCy runs in batches over the articles' chunks."""
    from extract.mentions import doc_mentions

    def pieces() -> Iterator[tuple[str, tuple[Article, int, bool]]]:
        for article in articles:
            parts = list(chunks(article.text, article.body_start)) or [(article.body_start, "")]
            for number, (offset, piece) in enumerate(parts, start=1):
                yield piece, (article, offset, number == len(parts))

    found: list[MentionBase] = []
    for doc, (article, offset, last) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        found.extend(doc_mentions(doc, article, offset))
        if last:
            yield article, sorted(found, key=lambda m: (m.start, m.end))
            found = []


def extract_text(text: str, published=None, path: str = "<text>") -> list[MentionBase]:
    """Mentions in one article text (front matter allowed); PUBLISHED overrides its date."""
    from dataclasses import replace

    from extract.pipeline import load_pipeline

    article = parse_article(text.encode("utf-8"), path)
    if published is not None:
        article = replace(article, published=published)
    return next(extract_articles([article], load_pipeline()))[1]


def run_corpus(corpus: Path, out: Path | str, quiet: bool = False) -> int:
    """Extract every article under CORPUS into OUT; exit code 0, 1 (an article failed) or 2."""
    started = time.perf_counter()
    summary = Summary()
    try:
        paths, ignored = list_articles(corpus)
        summary.ignored = len(ignored)
        from extract.pipeline import load_pipeline

        nlp = load_pipeline()
        with atomic_output(out) as handle:
            for article, mentions in extract_articles(_good_articles(corpus, paths, summary), nlp):
                summary.articles += 1
                for mention in mentions:
                    summary.mentions[mention.label] += 1
                    handle.write(to_line(mention))
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    summary.seconds = time.perf_counter() - started
    if not paths:
        print(f"note: {corpus}: no .txt articles found", file=sys.stderr)
    if not quiet:
        print(summary.line(), file=sys.stderr)
    return 1 if summary.failed else 0


def _good_articles(corpus: Path, paths: list[Path], summary: Summary) -> Iterator[Article]:
    for item in iter_articles(corpus, paths):
        if isinstance(item, ArticleError):
            summary.failed += 1
            print(f"error: {item}", file=sys.stderr)
            continue
        yield item


def extract_corpus(corpus: Path | str) -> Iterator[tuple[str, list[MentionBase]]]:
    """(relative path, mentions) per article under CORPUS; a bad article raises ArticleError."""
    from extract.pipeline import load_pipeline

    corpus = Path(corpus)
    paths, _ = list_articles(corpus)

    def articles() -> Iterator[Article]:
        for item in iter_articles(corpus, paths):
            if isinstance(item, ArticleError):
                raise item
            yield item

    for article, mentions in extract_articles(articles(), load_pipeline()):
        yield article.path, mentions
