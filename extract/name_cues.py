"""Sentence cues for ORG or PRODUCT (ANNOTATION.md §2), read from the dependency parse.

What announces, owns, employs, earns or is sued is an ORG; what is launched, used, downloaded,
registered on or shut down is a PRODUCT. `sentence_cue` gives the label a mention's own
sentence points to, and whether that sentence alone decides (STRONG_AGENCY verbs).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from extract.name_words import (ALIAS_VERBS, APPOSITION_DETERMINERS, APPOSITION_ORG_NOUNS, CODENAME_TAILS,
                                CODENAME_WORDS, EMPLOYEE_NOUNS, EXCHANGE_NAMES, EXCHANGE_WORDS, ORG_TRIGGERS, PRODUCT_TRIGGERS)
from extract.spans import POSSESSIVES, QUOTES

NAMED_MACHINE_NOUNS = frozenset({"computer", "workstation", "machine"})  # "one of its computers, called X"
# Verbs whose subject is an organization in this very sentence ("DingTalk said").
STRONG_AGENCY = frozenset({
    "say", "announce", "tell", "report", "warn", "confirm", "deny", "own", "employ", "earn",
    "sue", "hire", "respond", "comment", "decline", "state", "disclose", "acquire", "invest",
    "ask", "urge",
})
WEAK_AGENCY = frozenset({
    "buy", "sell", "plan", "agree", "sign", "file", "partner", "merge", "raise", "fight", "post",
    "lay", "cut", "expand", "pay", "seek", "struggle", "focus", "lead", "launch", "release",
    "unveil", "develop", "build", "look", "streamline", "chose", "choose", "lose", "argue",
})
# Verbs of broadcasting, whose subject with an object is the broadcaster ("PlayStation has aired a new showcase", "the
# network aired the debate"): an organization acting, whatever its name is elsewhere (without an object the subject is
# the programme: "the show aired in May").
BROADCAST_VERBS = frozenset({"air", "broadcast", "televise"})
# Verbs whose object (or passive subject) is a product ("shut down LinkNow", "WeLink was launched").
PRODUCT_VERBS = frozenset({
    "launch", "release", "roll", "shut", "download", "install", "use", "unveil", "introduce",
    "update", "upgrade", "ban", "block", "discontinue", "debut", "deploy", "adopt", "integrate",
    "test", "stream", "play", "drive", "ship", "preinstall", "uninstall", "delist",
})
# Intransitive uses where the subject is the product ("Link Now launched in 2020").
PRODUCT_SUBJECT_VERBS = frozenset({"launch", "debut", "crash", "go", "lag", "reach", "register", "host"})
# Of a product, in a relative clause after its name ("the X7, which shipped in late 2024", "which debuted in May").
RELATIVE_PRODUCT_VERBS = frozenset({"ship", "launch", "debut", "crash"})
# "X's <noun>": nouns only an organization has.
ORG_ROLE_NOUNS = frozenset({
    "ceo", "chief", "executive", "founder", "chairman", "chairwoman", "president", "spokesman",
    "spokeswoman", "spokesperson", "revenue", "profit", "profits", "shares", "stock", "employees",
    "staff", "workforce", "board", "headquarters", "subsidiary", "unit", "shareholders",
    "investors", "earnings", "sales", "executives", "chairperson", "director", "management",
})
# "the Waymo unit", "Nvidia shares": nouns a name modifies only as an organization (not a product's
# sales or revenue: "iPhone sales").
ORG_COMPOUND_NOUNS = ORG_ROLE_NOUNS - {"revenue", "profit", "profits", "sales", "earnings"} | {"division", "affiliate"}
PRODUCT_USER_NOUNS = frozenset({"users", "user", "downloads", "subscribers", "app", "platform", "version"})
# Verbs of what is put on a marketplace or a platform ("sold on eBay", "posted on Facebook", "listed on
# Etsy"): the name after their "on" is the platform, a PRODUCT, in that mention whatever it is elsewhere.
# Not "broadcast", "appear", "go" ("broadcast on NBC", "appeared on CNN", "went on CNBC": a channel, an ORG).
PLATFORM_VERBS = frozenset({"sell", "list", "post", "share", "upload", "publish", "stream", "advertise", "livestream",
                            "offer", "resell", "auction", "trend", "circulate", "spread", "chat"})
# "spend hours on X": the time spent on a name makes it the platform (not "spent $2 billion on X", a purchase)
TIME_SPENT_NOUNS = frozenset({"hours", "hour", "minutes", "time", "days", "evenings", "weekends"})


def _an_exchange(span: Span) -> bool:
    """'listed on the New York Stock Exchange', 'listed on Nasdaq', 'on Nasdaq Stockholm': a stock exchange
    (name_words.EXCHANGE_NAMES, EXCHANGE_WORDS), where a company lists its shares, no platform."""
    return span.text in EXCHANGE_NAMES or span[0].text in EXCHANGE_NAMES or span[-1].text in EXCHANGE_WORDS


def named_noun(span: Span, lemma: Callable[[Token], str]) -> str | None:
    """'computers, called X' -> 'PRODUCT'; 'a firm named X' -> 'ORG': the noun the naming verb describes."""
    doc = span.doc
    verb = next((doc[i] for i in range(span.start - 1, max(span.start - 4, -1), -1)
                 if doc[i].lower_ in ALIAS_VERBS), None)
    if verb is None or verb.head.i == verb.i:
        return None
    head = verb.head
    if head.lower_ in ("one", "some", "each", "another"):  # "one of its computers, called X"
        of = next((c for c in head.children if c.lower_ == "of"), None)
        head = next((c for c in of.children if c.dep_ == "pobj"), head) if of is not None else head
    noun = lemma(head)
    if noun in PRODUCT_TRIGGERS or noun in NAMED_MACHINE_NOUNS:
        return "PRODUCT"
    return "ORG" if noun in ORG_TRIGGERS else None


def _code_name(span: Span) -> bool:
    """'previously codenamed Redstone', 'a tablet code-named "Zelph"', 'their "Skylake" code-name': the name is a code
    name (name_words.CODENAME_WORDS; 'code-named' is 'code', '-', 'named'), a quote between them or none."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text in QUOTES:
        i -= 1
    if i >= 0 and doc[i].lower_ in CODENAME_WORDS:
        return True
    if i >= 1 and doc[i].lower_ in CODENAME_TAILS and (doc[i - 1].lower_ == "code" or (
            i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "code")):
        return True
    k = span.end + (span.end < len(doc) and doc[span.end].text in QUOTES)
    if k < len(doc) and doc[k].lower_ in CODENAME_WORDS:
        return True
    return k + 2 < len(doc) and doc[k].lower_ == "code" and doc[k + 1].text == "-" and doc[k + 2].lower_ in CODENAME_TAILS


def _after_company_noun(span: Span) -> bool:
    """'a new developer, Pixel Reef', 'its parent company, Nordwind': the name in apposition after a noun of a
    company (name_words.APPOSITION_ORG_NOUNS) that a determiner opens, a comma between. Only a candidate's label is
    asked here: a person the ner reads ('a property developer, Ann Lee') is none (names._without_person)."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].text != "," or span.root.dep_ != "appos":
        return False
    noun = doc[span.start - 2]
    if not (noun.is_lower and noun.lower_ in APPOSITION_ORG_NOUNS and span.root.head.i == noun.i):
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in APPOSITION_DETERMINERS for c in noun.children)


def _time_spent(verb: Token, lemma: Callable[[Token], str]) -> bool:
    """'spend hours on Roblox': a verb of spending whose object is a length of time."""
    return lemma(verb) == "spend" and any(c.dep_ == "dobj" and c.lower_ in TIME_SPENT_NOUNS for c in verb.children)


def _object_put_on(noun: Token, lemma: Callable[[Token], str]) -> bool:
    """'listed units on eBay', 'posted videos on Zentro': the parse hangs "on" from the object of a verb of
    PLATFORM_VERBS, not from the verb; the platform is the same."""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and lemma(noun.head) in PLATFORM_VERBS


def lemma_function(lemmatizer) -> Callable[[Token], str]:
    """token -> lemma: the pipeline leaves the lemmatizer off (cues need a few verbs' lemmas
    per article, not every token's), so lemmas are made here on demand by the model's rules."""
    def lemma(token: Token) -> str:
        if token.lemma_:
            return token.lemma_.lower()
        if lemmatizer is not None and token.pos_:
            return lemmatizer.rule_lemmatize(token)[0].lower()
        return token.lower_

    return lemma


def sentence_cue(span: Span, lemma: Callable[[Token], str] = lambda t: t.lemma_.lower() or t.lower_) -> tuple[str | None, bool]:
    """(label, strong) that the mention's own sentence gives, from the dependency parse."""
    if _after_company_noun(span):
        return "ORG", True  # the apposition says what the name is, in this mention
    if _code_name(span):
        return "PRODUCT", False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    head_lemma = lemma(head)
    particles = {c.lower_ for c in head.children if c.dep_ == "prt"}
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text in POSSESSIVES:
        owned = after.head if after.head.i != root.i else None
        nouns = {after.head.lower_} | ({owned.lower_} if owned is not None else set())
        nxt = span.doc[span.end + 1] if span.end + 1 < len(span.doc) else None
        if nxt is not None:
            nouns.add(nxt.lower_)
        if nouns & ORG_ROLE_NOUNS:
            return "ORG", False
    if root.dep_ in ("nsubj",) and head.pos_ in ("VERB", "AUX"):
        if head_lemma in STRONG_AGENCY or (head_lemma in BROADCAST_VERBS and any(c.dep_ == "dobj" for c in head.children)):
            return "ORG", True
        if head_lemma in PRODUCT_SUBJECT_VERBS and not any(c.dep_ == "dobj" for c in head.children):
            return "PRODUCT", False
        if head_lemma in WEAK_AGENCY:
            return "ORG", False
    if root.dep_ in ("dobj", "nsubjpass") and (head_lemma in PRODUCT_VERBS or particles & {"down", "out"}):
        return "PRODUCT", False
    if root.dep_ == "pobj" and head.lower_ == "at" and head.head.pos_ == "NOUN" and lemma(head.head) in EMPLOYEE_NOUNS:
        return "ORG", True  # "a trader at Nordwind Capital Markets": the employer
    if root.dep_ == "pobj" and head.lower_ == "on" and not _an_exchange(span) and (
            (head.head.pos_ == "VERB" and (lemma(head.head) in PLATFORM_VERBS or _time_spent(head.head, lemma)))
            or _object_put_on(head.head, lemma)):
        return "PRODUCT", True
    # "users of X", "new versions of X", "available on X": the noun's lemma, plurals too
    if root.dep_ == "pobj" and head.lower_ in ("on", "of") and (
            head.head.lower_ in (PRODUCT_USER_NOUNS | {"registered", "available"}) or lemma(head.head) in PRODUCT_USER_NOUNS):
        return "PRODUCT", False
    if root.dep_ == "compound" and head.lower_ in ORG_COMPOUND_NOUNS:
        return "ORG", False
    if root.dep_ in ("compound", "nmod") and head.lower_ in PRODUCT_USER_NOUNS:  # "WhatsApp and Facebook users"
        return "PRODUCT", False
    if root.dep_ == "attr" and head_lemma == "be":
        subject = [c for c in head.children if c.dep_ == "nsubj"]
        if subject and lemma(subject[0]) in PRODUCT_TRIGGERS:
            return "PRODUCT", False
    relcl = [c for c in root.children if c.dep_ == "relcl"]
    for verb in relcl:
        if lemma(verb) in PRODUCT_VERBS and any(c.dep_ == "nsubjpass" for c in verb.children):
            return "PRODUCT", False
        # "the Orvix X7, which shipped in late 2024": a product's own intransitive verb
        if lemma(verb) in RELATIVE_PRODUCT_VERBS and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) and any(
                c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
            return "PRODUCT", False
    # "Stormvale, released in November, ...": a participle of a product's verb after the name, in apposition
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in PRODUCT_VERBS and c.i == span.end + 1
           and span.doc[span.end].text == "," for c in root.children):
        return "PRODUCT", False
    return None, False
