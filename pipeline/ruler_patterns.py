"""The cue matcher's span-ruler patterns with their phrase docs, made once and then read from the
cache (pipeline/term_cache.py), because making them is a third of a short report's start-up:
SpanRuler.add_patterns runs every phrase (some 2,700) through the pipeline, tokenising and
normalising each. Only the phrase matcher's docs are kept, in spaCy's own DocBin, beside the
patterns; the file is named by the phrases and their labels (the packaged cues and a user's),
the pipeline code and spaCy's version, so it is never stale."""

from collections.abc import Callable

import srsly
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, DocBin

from .term_cache import Form, cached

Patterns = list[dict]  # SpanRuler patterns: {"label": ..., "pattern": a phrase or a token pattern}


def _dump(built: tuple[list[Patterns], DocBin]) -> bytes:
    return srsly.msgpack_dumps({"patterns": built[0], "docs": built[1].to_bytes()})


def _load(data: bytes) -> tuple[list[Patterns], DocBin]:
    read = srsly.msgpack_loads(data)
    return read["patterns"], DocBin().from_bytes(read["docs"])  # a damaged file fails zlib's checksum here


_FORM = Form("msgpack", _dump, _load)


def built_patterns(nlp: Language, inputs: list, build: Callable[[], list[Patterns]],
                   make_doc: Callable[[str], Doc]) -> list[tuple[Patterns, list[Doc]]]:
    """Each ruler's patterns (`build`, from `inputs`) with its phrase patterns' docs (`make_doc`)."""

    def made() -> tuple[list[Patterns], DocBin]:
        rulers = build()
        docs = DocBin(attrs=["NORM"], store_user_data=False)
        for phrase in (p["pattern"] for patterns in rulers for p in patterns if _is_phrase(p)):
            docs.add(make_doc(phrase))
        return rulers, docs

    rulers, docs = cached("cue-rulers", inputs, made, _FORM)
    read = iter(docs.get_docs(nlp.vocab))
    return [(patterns, [next(read) for p in patterns if _is_phrase(p)]) for patterns in rulers]


def add_patterns(ruler: SpanRuler, patterns: Patterns, docs: list[Doc]) -> None:
    """`ruler.add_patterns(patterns)` with the phrase patterns' docs given, not made by the pipeline:
    the same labels, token patterns and phrase docs, added in the same order."""
    ruler.add_patterns([p for p in patterns if not _is_phrase(p)])
    for entry, doc in zip([p for p in patterns if _is_phrase(p)], docs, strict=True):
        label = repr((entry["label"], entry.get("id", "")))
        ruler._match_label_id_map[ruler.nlp.vocab.strings.as_int(label)] = {
            "label": entry["label"], "id": entry.get("id", "")}
        ruler._patterns.append(entry)
        ruler.phrase_matcher.add(label, [doc])


def _is_phrase(pattern: dict) -> bool:
    return isinstance(pattern["pattern"], str)
