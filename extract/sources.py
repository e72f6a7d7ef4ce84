"""Where articles come from: a folder of `.txt` files or one article file, as Article objects in order."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from extract.articles import Article, iter_articles, list_articles
from extract.errors import ArticleError


def read_corpus(corpus: Path) -> Iterator[Article | ArticleError]:
    """Every article of CORPUS in path order; a bad one yields its error instead."""
    paths, _ = list_articles(Path(corpus))
    yield from iter_articles(Path(corpus), paths)
