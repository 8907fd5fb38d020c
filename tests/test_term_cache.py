"""The vocabulary's terms are cached between runs: the same answer, never a stale one."""

from cqcplan.pipeline import term_cache
from cqcplan.pipeline.terms import terms_many, vocab_terms

PHRASES = ["fridge temperatures are recorded", "mandatory training compliance"]


def test_cached_terms_equal_computed_ones_and_are_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert vocab_terms(PHRASES) == terms_many(PHRASES)
    assert len(list((tmp_path / "cqcplan").glob("terms-*.json"))) == 1
    expected = terms_many(PHRASES)
    monkeypatch.setattr("cqcplan.pipeline.terms.terms_many", lambda texts: 1 / 0)  # now only the file can answer
    assert vocab_terms(PHRASES) == expected


def test_other_inputs_get_their_own_file_and_an_unwritable_cache_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    term_cache.cached("terms", ["a"], lambda: [{"a": "a"}])
    term_cache.cached("terms", ["b"], lambda: [{"b": "b"}])
    assert len(list((tmp_path / "cqcplan").glob("terms-*.json"))) == 2
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert term_cache.cached("terms", ["c"], lambda: [{"c": "c"}]) == [{"c": "c"}]
