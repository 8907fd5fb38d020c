"""What start-up keeps in the user's cache (pipeline/term_cache.py): the cue matcher's span-ruler
patterns and phrase keys (pipeline/ruler_patterns.py) and the parsed vocab files. Each is read back only
while the vocab, the code and the libraries it was made from are the same, and a damaged file is
made again."""

import tomllib
from importlib.resources import files
from pathlib import Path

import pytest

from cqcplan.pipeline import term_cache
from cqcplan.pipeline.tag import _CueMatcher, _cues
from cqcplan import vocab

TEXTS = ["Staff must complete safeguarding adults level 3 training within 14 days.",
         "Ensure the Widget Register is reviewed; feed back to patients about their meals."]


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    term_cache._code_and_vocab.cache_clear()
    yield tmp_path / "cqcplan"
    term_cache._code_and_vocab.cache_clear()


def _hits(matcher: _CueMatcher) -> list:
    return [([(h.cue.id, h.evidence, h.start) for h in cues], words) for cues, words in matcher.hits(TEXTS)]


def _rulers(folder: Path) -> list[Path]:
    return sorted(folder.glob("cue-rulers-*.msgpack"))


def test_the_rulers_read_back_match_as_spacy_builds_them(cache: Path) -> None:
    """The patterns added from the cache find what SpanRuler.add_patterns's own finds."""
    from spacy.pipeline import SpanRuler

    built = _CueMatcher(*_cues(None))
    assert len(_rulers(cache)) == 1
    read_back = _CueMatcher(*_cues(None))
    assert _hits(read_back) == _hits(built)
    spacy_own = _CueMatcher(*_cues(None))
    for name in (spacy_own._key, f"{spacy_own._key}_words"):
        ruler = spacy_own._nlp.get_pipe(name)
        patterns = ruler.patterns
        ruler.clear()
        SpanRuler.add_patterns(ruler, patterns)
    assert _hits(spacy_own) == _hits(read_back)


def test_a_damaged_file_is_made_again(cache: Path) -> None:
    expected = _hits(_CueMatcher(*_cues(None)))
    (path,) = _rulers(cache)
    whole = path.read_bytes()
    for damaged in (whole[: len(whole) // 2], whole[:-200] + bytes(200), b"not msgpack"):
        path.write_bytes(damaged)
        assert _hits(_CueMatcher(*_cues(None))) == expected
        assert path.read_bytes() == whole


def test_a_user_cue_or_another_spacy_makes_its_own_file(cache: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    packaged = _hits(_CueMatcher(*_cues(None)))
    user = tmp_path / "cues.toml"
    user.write_text('version = 1\n[[cue]]\nid = "local.widgets"\nregulation = "15"\n'
                    'key_question = "Safe"\nphrases = ["widget register"]\n', encoding="utf-8")
    with_user = _hits(_CueMatcher(*_cues(str(user))))
    assert ("local.widgets", "Widget Register", 11) in with_user[1][0] and with_user != packaged
    assert len(_rulers(cache)) == 2
    monkeypatch.setattr("importlib.metadata.version", lambda name: "0.0.0-another")
    term_cache._code_and_vocab.cache_clear()
    assert _hits(_CueMatcher(*_cues(None))) == packaged
    assert len(_rulers(cache)) == 3


def test_parsed_vocab_read_back_is_the_toml(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = files("cqcplan.vocab")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".toml"))
    expected = {name: tomllib.loads(folder.joinpath(name).read_text(encoding="utf-8")) for name in names}
    assert {name: vocab._parsed(name) for name in names} == expected
    assert len(list(cache.glob("vocab-*.json"))) == len(names)
    monkeypatch.setattr(tomllib, "loads", lambda text: 1 / 0)  # now only the cache can answer
    assert {name: vocab._parsed(name) for name in names} == expected


def test_an_edited_vocab_file_is_parsed_again(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = files("cqcplan.vocab")
    statements = vocab.load(vocab.QualityStatements, "quality_statements.toml")
    edited = tmp_path / "vocab"
    edited.mkdir()
    for item in shipped.iterdir():
        if item.name.endswith(".toml"):
            (edited / item.name).write_bytes(item.read_bytes())
    first = statements.statements["Safe"][0]
    text = (edited / "quality_statements.toml").read_text(encoding="utf-8")
    (edited / "quality_statements.toml").write_text(text.replace(f'"{first}"', '"Edited statement"', 1), encoding="utf-8")
    monkeypatch.setattr("importlib.resources.files", lambda package: edited)
    monkeypatch.setattr(vocab, "files", lambda package: edited)
    term_cache._code_and_vocab.cache_clear()
    assert vocab.load(vocab.QualityStatements, "quality_statements.toml").statements["Safe"][0] == "Edited statement"


@pytest.fixture()
def fresh_pyphen(monkeypatch: pytest.MonkeyPatch):
    import pyphen

    monkeypatch.setattr(pyphen, "hdcache", {})
    return pyphen


def _positions(hyphenator, words: list[str]) -> list[list[int]]:
    return [hyphenator.positions(word) for word in words]


WORDS = ["accountability", "safeguarding", "medicines", "recruitment", "deprivation", "resuscitation",
         "confidentiality", "multidisciplinary", "hyphenation", "responsibilities", "personalised"]


def test_hyphenation_patterns_read_back_hyphenate_as_pyphen_parses_them(cache: Path, fresh_pyphen) -> None:
    from spellchecker import SpellChecker

    from cqcplan.pipeline.pyphen_patterns import hyphenator

    words = WORDS + sorted(w for w in SpellChecker(language="en").word_frequency.keys() if len(w) > 7)[::50]
    for lang in ("en_GB", "en_US"):
        own = fresh_pyphen.Pyphen(lang=lang, cache=False)
        fresh_pyphen.hdcache.clear()
        hyphenator(lang)  # parsed, and written to the cache
        fresh_pyphen.hdcache.clear()
        read_back = hyphenator(lang)
        assert read_back.hd is not own.hd and read_back.hd.patterns == own.hd.patterns
        assert _positions(read_back, words) == _positions(own, words)
    assert len(list(cache.glob("hyphenation-*.bin"))) == 2


def test_an_edited_dictionary_or_another_pyphen_is_parsed_again(cache: Path, fresh_pyphen, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from cqcplan.pipeline.pyphen_patterns import hyphenator

    shipped = fresh_pyphen.LANGUAGES["en_GB"]
    before = _positions(hyphenator("en_GB"), WORDS)
    edited = tmp_path / "hyph_en_GB.dic"
    lines = shipped.read_text(encoding="utf-8").split("\n")
    edited.write_text("\n".join(lines[: len(lines) // 2]), encoding="utf-8")  # half the patterns
    monkeypatch.setitem(fresh_pyphen.LANGUAGES, "en_GB", edited)
    assert _positions(hyphenator("en_GB"), WORDS) == _positions(fresh_pyphen.Pyphen(filename=edited, cache=False), WORDS)
    assert _positions(hyphenator("en_GB"), WORDS) != before
    monkeypatch.setitem(fresh_pyphen.LANGUAGES, "en_GB", shipped)
    monkeypatch.setattr(fresh_pyphen, "__version__", "0.0-another")
    fresh_pyphen.hdcache.clear()
    assert _positions(hyphenator("en_GB"), WORDS) == before
    assert len(list(cache.glob("hyphenation-*.bin"))) == 3


def test_a_new_file_removes_those_of_its_kind_not_read_for_a_month(cache: Path) -> None:
    """An upgrade leaves its old files behind: the next build removes those unread for STALE_DAYS,
    and keeps a file of its kind read recently (another cue file's) and files of other kinds."""
    import os
    import time

    term_cache.cached("thing", ["old"], lambda: [1])
    term_cache.cached("thing", ["recent"], lambda: [2])
    term_cache.cached("other", ["old"], lambda: [3])
    month_ago = time.time() - (term_cache.STALE_DAYS + 1) * 86_400
    old, recent = (next(cache.glob(f"thing-{term_cache._key([name])}.json")) for name in ("old", "recent"))
    other = next(cache.glob("other-*.json"))
    for path in (old, other):
        os.utime(path, (month_ago, month_ago))
    assert term_cache.cached("thing", ["new"], lambda: [4]) == [4]
    assert not old.exists() and recent.exists() and other.exists()
    os.utime(recent, (month_ago, month_ago))
    assert term_cache.cached("thing", ["recent"], lambda: [5]) == [2]  # read: kept, and not stale now
    assert recent.stat().st_mtime > month_ago


def test_the_rulers_read_back_make_no_lexeme_for_their_phrases(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Read from the cache, the phrase patterns are the phrase matcher's keys only: no doc is remade,
    so no word of the 2,700 phrases gets a lexeme before a statement uses it (that was a tenth of a second)."""
    import spacy

    from cqcplan.pipeline import english

    cues, asides = _cues(None)
    _CueMatcher(cues, asides)  # makes the cache file
    fresh = spacy.blank("en")
    monkeypatch.setattr(english, "english", lambda: fresh)
    had = {lexeme.orth for lexeme in fresh.vocab}
    read_back = _CueMatcher(cues, asides)
    made = {lexeme.orth for lexeme in fresh.vocab} - had
    words = {token.orth for phrase in [p for c in cues for p in c.phrases] + asides for token in fresh.make_doc(phrase)}
    assert len(_rulers(cache)) == 1 and read_back._nlp is fresh
    assert not made & words


def test_the_aspects_table_read_back_is_the_one_tokenised(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """vocab/aspects.toml's phrases tokenised once, then read from the cache: the same table, and the same
    aspects found in a statement."""
    from cqcplan.pipeline import aspects

    statement = "Staff who act as chaperones are trained and learning disability checks are recorded within 2 days."
    aspects._table.cache_clear()
    try:
        tokenised = aspects._table()
        found = aspects.aspects(statement)
        assert len(list(cache.glob("aspects-*.json"))) == 1
        aspects._table.cache_clear()
        monkeypatch.setattr(aspects, "_phrase_lists", lambda: 1 / 0)  # now only the cache can answer
        assert aspects._table() == tokenised and aspects.aspects(statement) == found
    finally:
        aspects._table.cache_clear()


def test_the_word_list_read_back_answers_as_the_spellchecker(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pyspellchecker's English words, read from the cache: every word the SpellChecker knows (in any
    case) is a word, and once the file is made no SpellChecker is built; another pyspellchecker makes its own."""
    import spellchecker

    from cqcplan.pipeline import hyphenation

    own = spellchecker.SpellChecker(language="en", case_sensitive=False)
    sample = sorted(own.word_frequency.keys())[::997]
    words = [*sample, *(w.upper() for w in sample[::5]), "Colour", "organised", "prophy", "centerd", "xqzt", "zzzzzzzzzz", "''"]
    expected = [w in own or any(a != w and a in own for a in (p.sub(us, w, count=1) for p, us in hyphenation._BRITISH))
                for w in words]
    hyphenation._dictionary.cache_clear()
    try:
        assert [hyphenation.is_word(w) for w in words] == expected and any(expected) and not all(expected)
        assert len(list(cache.glob("english-words-*.json"))) == 1
        hyphenation._dictionary.cache_clear()
        with monkeypatch.context() as patched:
            patched.setattr(spellchecker.SpellChecker, "__init__", lambda *args, **kwargs: 1 / 0)  # only the cache can answer
            assert [hyphenation.is_word(w) for w in words] == expected
        monkeypatch.setattr("importlib.metadata.version", lambda name: "0.0.0-another")
        hyphenation._dictionary.cache_clear()
        assert [hyphenation.is_word(w) for w in words] == expected
        assert len(list(cache.glob("english-words-*.json"))) == 2
    finally:
        hyphenation._dictionary.cache_clear()


def test_the_precedent_model_read_back_is_the_shipped_json(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped precedent model, kept marshalled in the cache: the same model as its JSON parsed, read
    back without parsing it; another model file makes its own."""
    import json

    from cqcplan.pipeline import precedent

    parsed = precedent.Model.from_json(json.loads(files("cqcplan.vocab").joinpath("precedent.json").read_text(encoding="utf-8")))
    precedent.shipped.cache_clear()
    try:
        assert precedent.shipped() == parsed
        assert len(list(cache.glob("precedent-*.bin"))) == 1
        precedent.shipped.cache_clear()
        with monkeypatch.context() as patched:
            patched.setattr(json, "loads", lambda *args, **kwargs: 1 / 0)  # only the cache can answer
            assert precedent.shipped() == parsed
        (kept,) = cache.glob("precedent-*.bin")
        kept.write_bytes(kept.read_bytes()[:-100])  # damaged: parsed again
        precedent.shipped.cache_clear()
        assert precedent.shipped() == parsed
    finally:
        precedent.shipped.cache_clear()
