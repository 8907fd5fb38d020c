"""Meaning-bearing terms of a statement, the working form `merge` compares.

Takes statement text, returns `Terms` (normalised term -> the word a reader would
recognise). The decision a reader would get wrong: synonyms are matched before stop
words are dropped, because the phrases that matter contain stop words ("infection
prevention and control", "do not attempt resuscitation"); only then are spaCy stop
words, punctuation, numbers and the CQC boilerplate of vocab/boilerplate.toml removed.
Numbered sections ("section 132", "s17", "sections 2 and 3") are the exception to dropping
numbers: each becomes one term, "section_132", because the number is what tells a rights
statement from a leave statement; the bare word "section" says only that some Act is meant.
Verbatim text is never changed; these terms live only inside the merge step.
"""

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from cqcplan.vocab import load

Terms = dict[str, str]  # normalised term -> display form

_MAX_PHRASE = 8  # longest synonym variant, in words
# Inflectional endings, longest first; (suffix, replacement, shortest stem left).
_SUFFIXES = (
    ("ations", "", 4), ("ation", "", 4), ("ments", "", 4), ("ment", "", 4), ("ingly", "", 3),
    ("ings", "", 3), ("ing", "", 3), ("ious", "", 4), ("ive", "", 4), ("ies", "y", 2),
    ("ied", "y", 2), ("ed", "", 3), ("ly", "", 5), ("s", "", 3),
)
_ION = ("ction", "ssion", "ption")  # "infection" -> "infect", "discussion" -> "discuss"
_KEEP_S = ("ss", "us", "is")  # "assess", "status", "analysis" are not plurals
_UNDOUBLE = "bdgmnprt"  # "planned" -> "plan", but "staffing" -> "staff"; "labelled" -> "label"
SECTION_PREFIX = "section_"
_SECTION_WORDS = ("section", "sections")
_SECTION_NUMBER = re.compile(r"^(\d{1,3}[a-z]?)(?:\(|$)", re.IGNORECASE)  # "132", "5(2" -> "5"
_SECTION_GLUED = re.compile(r"^s\.?(\d{1,3}[a-z]?)$", re.IGNORECASE)  # "s17", "s.136", "S58"


class Synonym(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    canonical: str
    variants: list[str] = []
    exact: list[str] = []


class SynonymFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    synonym: list[Synonym]


class BoilerplateFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    words: list[str]
    keep: list[str] = []


def stem(word: str) -> str:
    """Light suffix stripping so "recorded", "records" and "recording" meet at "record".
    A canonical term name ("end_of_life", "hand_hygiene") is already normal: left whole."""
    w = word.lower().replace("’", "'").removesuffix("'s").strip("'")
    if "_" in w:
        return w
    w = w.replace("isation", "ization").replace("ization", "isation").replace("ize", "ise")
    if w.endswith(_ION) or w.endswith(("ctions", "ssions", "ptions")):
        return w[: w.rindex("ion")]
    for suffix, repl, shortest in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= shortest:
            if suffix == "s" and w.endswith(_KEEP_S) or suffix == "ive" and w[-4] not in "ts":
                return _tidy(w, "")
            return _tidy(w[: len(w) - len(suffix)] + repl, suffix)
    return _tidy(w, "")


def _tidy(w: str, removed: str) -> str:
    """Undo what inflection added so the forms meet: "planned" -> "plan", "completed" and
    "complete" -> "complet", "isolated" and "isolation" -> "isol"."""
    if removed and len(w) > 3 and w.endswith(("ell", "oll")):
        w = w[:-1]
    elif removed in ("ed", "ing", "ings") and len(w) > 3 and w[-1] == w[-2] and w[-1] in _UNDOUBLE:
        w = w[:-1]
    w = w[:-1] if w.endswith("e") and len(w) > 3 else w
    return w[:-2] if w.endswith("at") and len(w) >= 6 else w


def terms(text: str) -> Terms:
    """The meaning-bearing terms of one statement."""
    return terms_many([text])[0]


def terms_many(texts: list[str]) -> list[Terms]:
    """Terms for many statements, tokenised in one `nlp.pipe` pass."""
    nlp = _nlp()
    return [_doc_terms(doc) for doc in nlp.pipe(texts)]


def _doc_terms(doc) -> Terms:
    words = [t for t in doc if not t.is_punct and not t.is_space]
    found: Terms = {}
    i = 0
    while i < len(words):
        length, sections = _match_section(words, i)
        if sections:
            found.update(sections)
            i += length
            continue
        length, canonical = _match_synonym(words, i)
        if canonical:
            found.update(canonical)
            i += length
            continue
        _add_word(words[i], found)
        i += 1
    return found


def _match_section(words, i: int) -> tuple[int, Terms | None]:
    """"section 132", "sections 2 and 3", "s17" starting at word i, as (words used, section terms)."""
    glued = _SECTION_GLUED.match(words[i].text)
    if glued:
        return 1, _section_term(glued.group(1))
    if words[i].lower_ not in _SECTION_WORDS:
        return 1, None
    found: Terms = {}
    j = i + 1
    while j < len(words):
        number = _SECTION_NUMBER.match(words[j].text)
        if number:
            found.update(_section_term(number.group(1)))
            j += 1
        elif found and words[j].lower_ in ("and", "or", "to") and j + 1 < len(words) \
                and _SECTION_NUMBER.match(words[j + 1].text):
            j += 1
        else:
            break
    return (j - i, found) if found else (1, None)


def _section_term(number: str) -> Terms:
    return {SECTION_PREFIX + number.lower(): "section " + number.lower()}


def _match_synonym(words, i: int) -> tuple[int, Terms | None]:
    """The longest synonym variant starting at word i, as (words used, its canonical terms)."""
    table = _synonyms()
    exact = table["exact"].get(words[i].text)
    if exact:
        return 1, exact
    for length in range(min(_MAX_PHRASE, len(words) - i), 1, -1):
        key = tuple(_fold(t.text) for t in words[i : i + length])
        if key in table["phrases"]:
            return length, table["phrases"][key]
    if words[i].is_stop:
        return 1, None
    return 1, table["words"].get(stem(words[i].text))


def _add_word(token, found: Terms) -> None:
    if _is_noise(token):
        return
    key = stem(token.text)
    if key not in _boilerplate()["stems"]:
        found.setdefault(key, token.text.lower())


def _is_noise(token) -> bool:
    lower = token.lower_
    if lower in _boilerplate()["keep"]:
        return False
    return (
        token.is_stop
        or token.like_num
        or len(lower) < 2
        or any(ch.isdigit() for ch in lower)
        or lower in _boilerplate()["words"]
    )


def _fold(word: str) -> str:
    """Lower case without a plural or possessive ending: the form phrase variants are matched in."""
    w = word.lower().replace("’", "'").removesuffix("'s").strip("'")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and len(w) > 3 and not w.endswith(_KEEP_S):
        return w[:-1]
    return w


@cache
def _nlp():
    """spaCy's blank English tokenizer: no model download, loaded once on first use."""
    import spacy

    return spacy.blank("en")


@cache
def _synonyms() -> dict[str, dict]:
    """Variant lookups: multi-word variants by folded words, single words by stem, acronyms exactly."""
    table: dict[str, dict] = {"phrases": {}, "words": {}, "exact": {}}
    nlp = _nlp()
    for entry in load(SynonymFile, "synonyms.toml").synonym:
        canonical = _canonical_terms(entry.canonical)
        for variant in [entry.canonical.replace("_", " "), *entry.variants]:
            words = [t for t in nlp.make_doc(variant) if not t.is_punct]
            if len(words) == 1:
                table["words"][stem(words[0].text)] = canonical
            else:
                table["phrases"][tuple(_fold(t.text) for t in words)] = canonical
        table["exact"].update({form: canonical for form in entry.exact})
    return table


def _canonical_terms(canonical: str) -> Terms:
    """"resuscitation trolley" is two terms; "controlled_drug" is one, shown with a space."""
    return {stem(word) if "_" not in word else word: word.replace("_", " ") for word in canonical.split()}


@cache
def _boilerplate() -> dict[str, frozenset[str]]:
    data = load(BoilerplateFile, "boilerplate.toml")
    return {
        "words": frozenset(data.words),
        "stems": frozenset(stem(w) for w in data.words),
        "keep": frozenset(data.keep),
    }
