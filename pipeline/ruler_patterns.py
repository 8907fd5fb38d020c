"""The cue matcher's span-ruler patterns with their phrase keys, made once and then read from the
cache (pipeline/term_cache.py), because making them is a third of a short report's start-up:
SpanRuler.add_patterns runs every phrase (some 2,700) through the pipeline, tokenising and
normalising each. Of each phrase only what the phrase matcher keeps is cached: its tokens' NORM
hashes, which PhraseMatcher.add takes in place of a doc (remaking 2,700 docs from spaCy's DocBin
made a lexeme for every word of them, a tenth of a second). The file is named by the phrases
and their labels (the packaged cues and a user's), the pipeline code and spaCy's version, so it
is never stale, and compressed, so a damaged one fails zlib's checksum."""

import zlib
from collections.abc import Callable

import srsly
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc

from .term_cache import Form, cached

Patterns = list[dict]  # SpanRuler patterns: {"label": ..., "pattern": a phrase or a token pattern}
Key = list[int]  # a phrase's tokens' NORM hashes: what the phrase matcher matches


def _dump(built: tuple[list[Patterns], list[Key]]) -> bytes:
    return zlib.compress(srsly.msgpack_dumps({"patterns": built[0], "keys": built[1]}))


def _load(data: bytes) -> tuple[list[Patterns], list[Key]]:
    read = srsly.msgpack_loads(zlib.decompress(data))  # a damaged file fails zlib's checksum here
    return read["patterns"], read["keys"]


_FORM = Form("msgpack", _dump, _load)


def built_patterns(inputs: list, build: Callable[[], list[Patterns]],
                   make_doc: Callable[[str], Doc]) -> list[tuple[Patterns, list[Key]]]:
    """Each ruler's patterns (`build`, from `inputs`) with its phrase patterns' keys (`make_doc`'s norms)."""

    def made() -> tuple[list[Patterns], list[Key]]:
        rulers = build()
        phrases = (p["pattern"] for patterns in rulers for p in patterns if _is_phrase(p))
        return rulers, [[token.norm for token in make_doc(phrase)] for phrase in phrases]

    rulers, keys = cached("cue-rulers", inputs, made, _FORM)
    read = iter(keys)
    return [(patterns, [next(read) for p in patterns if _is_phrase(p)]) for patterns in rulers]


def add_patterns(ruler: SpanRuler, patterns: Patterns, keys: list[Key]) -> None:
    """`ruler.add_patterns(patterns)` with the phrase patterns' keys given, not made by the pipeline:
    the same labels, token patterns and phrase keys, added in the same order."""
    ruler.add_patterns([p for p in patterns if not _is_phrase(p)])
    for entry, key in zip([p for p in patterns if _is_phrase(p)], keys, strict=True):
        label = repr((entry["label"], entry.get("id", "")))
        ruler._match_label_id_map[ruler.nlp.vocab.strings.as_int(label)] = {
            "label": entry["label"], "id": entry.get("id", "")}
        ruler._patterns.append(entry)
        ruler.phrase_matcher.add(label, [key])


def _is_phrase(pattern: dict) -> bool:
    return isinstance(pattern["pattern"], str)
