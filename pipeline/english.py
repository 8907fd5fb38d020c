"""The one blank English spaCy pipeline of the code base: its tokeniser serves tagging,
merge terms and aspects alike (building one costs about a sixth of a second at start-up,
and one tokeniser means a word splits the same way in every stage). No model is loaded."""

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache


@cache
def english():
    import spacy

    return spacy.blank("en")


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
