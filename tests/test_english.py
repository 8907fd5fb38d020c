"""spaCy loads with the cyclic collector paused, and what it loaded is frozen once (english.py `loading`)."""

import gc
import subprocess
import sys

from cqcplan.pipeline.english import loading

FIRST_LOAD = """
import gc
from cqcplan.pipeline.english import english, loading
assert gc.get_freeze_count() == 0
with loading():
    paused = not gc.isenabled()
    english()
frozen = gc.get_freeze_count()
gc.unfreeze()
with loading():
    english()
print(paused, gc.isenabled(), frozen > 10_000, gc.get_freeze_count())
"""


SETTLED = """
import gc, sys
from cqcplan.pipeline.english import settled
assert gc.get_freeze_count() == 0
settled()
frozen = gc.get_freeze_count()
gc.unfreeze()
sys.modules["spacy"] = sys  # loaded: a later report's start freezes nothing
settled()
print(frozen > 1_000, gc.get_freeze_count(), gc.isenabled())
"""


def test_a_process_s_first_report_freezes_what_it_holds_and_a_later_one_nothing():
    result = subprocess.run([sys.executable, "-c", SETTLED], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "0", "True"]


def test_the_first_load_pauses_the_collector_then_freezes_once_and_a_later_one_freezes_nothing():
    result = subprocess.run([sys.executable, "-c", FIRST_LOAD], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "True", "True", "0"]


def test_the_collector_is_left_as_it_was_found_even_when_loading_fails(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", sys.modules.get("spacy", sys))  # loaded already: nothing to freeze here
    frozen, was = gc.get_freeze_count(), gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            try:
                with loading():
                    assert not gc.isenabled()
                    raise ValueError("a bad cues file")
            except ValueError:
                pass
            assert gc.isenabled() is enabled
        assert gc.get_freeze_count() == frozen
    finally:
        (gc.enable if was else gc.disable)()


def test_the_pause_holds_when_a_library_turns_the_collector_back_on(monkeypatch):
    """srsly's msgpack_loads (the cached cue patterns, read inside the pause) calls gc.enable()."""
    import srsly

    monkeypatch.setitem(sys.modules, "spacy", sys.modules.get("spacy", sys))  # loaded already: nothing to freeze here
    thresholds, passes = gc.get_threshold(), []
    counted = lambda phase, info: passes.append(info["generation"]) if phase == "start" else None  # noqa: E731
    gc.callbacks.append(counted)
    try:
        with loading():
            srsly.msgpack_loads(srsly.msgpack_dumps([1]))
            made = [[] for _ in range(20 * max(thresholds[0], 1))]  # containers enough for several passes
            during = list(passes)
        assert during == [] and len(made)
    finally:
        gc.callbacks.remove(counted)
    assert gc.get_threshold() == thresholds


WITHOUT_COMMAND_LINE = """
import sys
from cqcplan.pipeline.english import english, loading
with loading():
    english()
import spacy
loaded = sorted(name for name in sys.modules if name.startswith(("spacy.cli", "weasel")))
import spacy.cli.info
print(loaded, sys.modules["spacy.cli.info"].__file__.endswith("info.py"), spacy.info()["spacy_version"] == spacy.__version__)
"""


def test_spacy_loads_without_its_command_line_which_still_imports_when_asked_for():
    result = subprocess.run([sys.executable, "-c", WITHOUT_COMMAND_LINE], capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[-2] == "[] True True"


def test_the_tokenizer_made_from_kept_patterns_is_spacys_own():
    """english.py builds spaCy's English tokenizer with its patterns from the term cache's programs: the
    same patterns, exceptions and matches as `spacy.blank("en")`'s, so every word splits as spaCy splits it."""
    import spacy

    from cqcplan.pipeline.english import english

    with loading():
        ours, theirs = english().tokenizer, spacy.blank("en").tokenizer
    for search in ("prefix_search", "suffix_search", "infix_finditer"):
        assert getattr(ours, search).__self__.pattern == getattr(theirs, search).__self__.pattern
        assert getattr(ours, search).__self__.flags == getattr(theirs, search).__self__.flags
    assert ours.rules == theirs.rules
    assert (ours.token_match, ours.url_match) == (theirs.token_match, theirs.url_match)
    text = "The provider mustn't delay (see 12(2)(b)): staff's e.g. re-training, 3.5%, £10, www.example.org/a-b."
    assert [t.text for t in ours(text)] == [t.text for t in theirs(text)]
