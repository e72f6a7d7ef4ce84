"""extract: grounded, normalized ORG, PRODUCT, DATE, MONEY and PERCENT mentions from English news.

    from datetime import date
    from extract import extract_text
    extract_text("Acme earned $5 million last year.", published=date(2022, 10, 22))

Heavy modules (spaCy, the model) load on first use, not on import.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract_text", "extract_corpus", "__version__"]


def extract_text(text, published=None, path="<text>"):
    """Mention records (Pydantic models) for one article's TEXT; PUBLISHED is a datetime.date or an ISO date string."""
    from extract.api import extract_text as _extract_text

    return _extract_text(text, published=published, path=path)


def extract_corpus(corpus):
    """Yield (article path, [mention records]) for every article under CORPUS, sorted by path.

    Unreadable articles raise extract.errors.ArticleError when reached.
    """
    from extract.api import extract_corpus as _extract_corpus

    return _extract_corpus(corpus)
