"""The library API: mentions of articles as Pydantic records (`extract_text`, `extract_corpus`, `extract_articles`).

Articles that fit in one chunk run through spaCy in batches (`nlp.pipe`); a longer one is
parsed a chunk at a time. Entity keys come from the articles given (`keyed_mentions`); the
run over a corpus (extract/runner.py) keys them over the whole corpus with `with_entity`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from extract.articles import Article, iter_articles, list_articles, parse_article, parse_published
from extract.entities import Entities, EntityIndex
from extract.errors import ArticleError
from extract.records import MentionBase, NameValue

BATCH_SIZE = 32
# spaCy's parser and NER need about 1 GB of memory per 100,000 characters; longer texts
# are cut at line breaks (then sentence ends, then spaces).
CHUNK_CHARS = 100_000


def chunks(text: str, start: int, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering text[start:], each at most LIMIT characters, cut at a line break if possible."""
    pos = start
    while pos < len(text):
        end = min(len(text), pos + limit)
        if end < len(text):
            for separator in ("\n", ". ", " "):
                cut = text.rfind(separator, pos, end)
                if cut > pos:
                    end = cut + len(separator)
                    break
        yield pos, text[pos:end]
        pos = end


def extract_articles(articles: Iterable[Article], nlp, batch_size: int = BATCH_SIZE) -> Iterator[tuple[Article, list[MentionBase]]]:
    """Mentions of each article, in input order.

    Articles that fit in one chunk run through spaCy in batches; a longer one is parsed a
    chunk at a time, so memory stays that of one chunk however long the article is.
    """
    batch: list[Article] = []
    for article in articles:
        if len(article.text) - article.body_start <= CHUNK_CHARS:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from _extract_batch(batch, nlp, batch_size)
                batch = []
            continue
        yield from _extract_batch(batch, nlp, batch_size)
        batch = []
        yield article, _extract_long(article, nlp)
    yield from _extract_batch(batch, nlp, batch_size)


def _extract_batch(batch: list[Article], nlp, batch_size: int) -> Iterator[tuple[Article, list[MentionBase]]]:
    from extract.mentions import doc_mentions

    texts = ((a.text[a.body_start:], a) for a in batch)
    for doc, article in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        yield article, doc_mentions(doc, article, article.body_start)  # sorted by (start, end) already


def _extract_long(article: Article, nlp) -> list[MentionBase]:
    from extract.mentions import doc_mentions

    found: list[MentionBase] = []
    for offset, piece in chunks(article.text, article.body_start):
        found.extend(doc_mentions(nlp(piece), article, offset))
    return sorted(found, key=lambda m: (m.start, m.end))


def extract_text(text: str, published: date | str | None = None, path: str = "<text>") -> list[MentionBase]:
    """Mentions in one article text (front matter allowed); PUBLISHED (a datetime.date or an ISO
    'YYYY-MM-DD' string) overrides its date."""
    from extract.pipeline import load_pipeline

    published = publication_date(published)  # before the model loads: a bad argument fails at once
    article = parse_article(text.encode("utf-8"), path)
    if published is not None:
        article = replace(article, published=published)
    return keyed_mentions(article, next(extract_articles([article], load_pipeline()))[1])


def publication_date(published: date | str | None) -> date | None:
    """extract_text's PUBLISHED as a date: a datetime.date (a datetime's day), a string an article's
    `published:` header may hold (articles.parse_published: '2022-10-22', '22 Oct 2022',
    '2022-10-22T08:00:00Z') or None; anything else is a TypeError or ValueError that names the argument."""
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        try:
            return parse_published(published, "published")
        except ArticleError as error:
            raise ValueError(f"extract_text: published={published!r}: {error.cause}") from None
    raise TypeError(f"extract_text: published must be a datetime.date or a date string ('2022-10-22'), "
                    f"not {type(published).__name__} ({published!r})")


def keyed_mentions(article: Article, mentions: list[MentionBase]) -> list[MentionBase]:
    """MENTIONS with the entity keys that ARTICLE alone gives them (a one-article corpus)."""
    index = EntityIndex()
    index.add(article.path, article.text, mentions)
    entities = index.resolve()
    return [with_entity(m, entities) for m in mentions]


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


def with_entity(mention: MentionBase, entities: Entities) -> MentionBase:
    """MENTION with its corpus-level entity key when it is an ORG or PRODUCT the corpus keyed; else MENTION."""
    if not isinstance(mention.value, NameValue):
        return mention
    key = entities.key_of(mention.label, mention.value.name)
    if key is None:
        return mention
    return mention.model_copy(update={"value": mention.value.model_copy(update={"entity": key})})
