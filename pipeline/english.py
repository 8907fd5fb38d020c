"""The one blank English spaCy pipeline of the code base: its tokeniser serves tagging,
merge terms and aspects alike (building one costs about a sixth of a second at start-up,
and one tokeniser means a word splits the same way in every stage). No model is loaded."""

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache


_TOKENIZER = "cqcplan.Tokenizer.v1"


@cache
def english():
    import spacy

    spacy.registry.tokenizers.register(_TOKENIZER, func=_tokenizer)
    return spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": _TOKENIZER}}})


def _tokenizer():
    """spaCy's own English tokenizer (as `spacy.Tokenizer.v1` builds it: the language's exceptions,
    prefixes, suffixes, infixes and matches), its three patterns joined as spaCy's `compile_*_regex`
    join them but made from programs kept in the term cache (regex_programs.py): compiling them at
    every start was a third of building the pipeline."""
    from spacy.tokenizer import Tokenizer

    from .regex_programs import compiled

    def joined(pieces, before: str = "", after: str = "") -> str:
        return "|".join(before + piece + after for piece in pieces if piece.strip())

    def make(nlp):
        rules = nlp.Defaults
        return Tokenizer(
            nlp.vocab, rules=rules.tokenizer_exceptions,
            prefix_search=compiled(joined(rules.prefixes, before="^")).search if rules.prefixes else None,
            suffix_search=compiled(joined(rules.suffixes, after="$")).search if rules.suffixes else None,
            infix_finditer=compiled(joined(rules.infixes)).finditer if rules.infixes else None,
            token_match=rules.token_match, url_match=rules.url_match)

    return make


@contextmanager
def loading() -> Iterator[None]:
    """Load spaCy (and what is built from it) with the cyclic garbage collector paused, then,
    the first time, freeze everything the process holds. Importing spaCy makes hundreds of
    thousands of objects that live as long as the process: left alone, the collector walks
    them all twice during the import and again in every full pass after it (a fifth of a
    second at start-up). Freezing once leaks nothing a process would ever free. The pause holds
    even if a library turns the collector back on (srsly's msgpack_loads, which reads the cached
    cue patterns, calls gc.enable()): a zero threshold stops its passes as well."""
    first = "spacy" not in sys.modules
    was_enabled, thresholds = gc.isenabled(), gc.get_threshold()
    gc.disable()
    gc.set_threshold(0)
    try:
        if first:
            _import_without_its_command_line()
        yield
    finally:
        gc.set_threshold(*thresholds)
        (gc.enable if was_enabled else gc.disable)()
        if first:
            gc.freeze()


def settled() -> None:
    """Before a process's first report, freeze what it holds (its modules and classes, kept for its
    life), as `loading` does once spaCy is in: the collector's first full pass, which importing the
    stages sets off, then walks none of them (that pass was a thirtieth of a short report's extract),
    nor do a forked reader's passes."""
    if "spacy" not in sys.modules:
        gc.freeze()


def _import_without_its_command_line() -> None:
    """Import spaCy without its command line: its `__init__` imports `spacy.cli` (every command, weasel,
    HTTP clients: a third of its import time) only to export `spacy.info`, which nothing here calls.
    While it imports, `spacy.cli` and `spacy.cli.info` are stand-ins (the `info` left behind imports
    the real one when called); then they are dropped, so `import spacy.cli` still gets the real one."""
    import importlib
    from types import ModuleType

    command_line, info = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")
    command_line.__path__ = []
    info.info = lambda *args, **kwargs: importlib.import_module("spacy.cli.info").info(*args, **kwargs)
    sys.modules.update({"spacy.cli": command_line, "spacy.cli.info": info})
    try:
        import spacy  # noqa: F401
    finally:
        for name, stand_in in (("spacy.cli", command_line), ("spacy.cli.info", info)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
