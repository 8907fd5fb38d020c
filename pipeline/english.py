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
    second at start-up). Freezing once leaks nothing a process would ever free."""
    first = "spacy" not in sys.modules
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        if first:
            gc.freeze()
