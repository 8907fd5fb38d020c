"""pyphen's hyphenation dictionaries with their patterns read from the cache (pipeline/term_cache.py),
because parsing the British and American files is a fifth of a drafted short report's start-up. The
cache file is named by pyphen's version and the dictionary file's content, so it is never stale; it is
marshal's (tuples kept as tuples: JSON's lists took as long again to turn back into pyphen's shapes)."""

import hashlib
import marshal

from .term_cache import whole

_FORM = whole(marshal.dumps, marshal.loads)


def hyphenator(lang: str):  # noqa: ANN201 - a pyphen.Pyphen, imported only when needed
    """`pyphen.Pyphen(lang=lang)`, its dictionary parsed once per dictionary file and pyphen version."""
    import pyphen

    path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    if path not in pyphen.hdcache:
        pyphen.hdcache[path] = _dictionary(pyphen, path)
    return pyphen.Pyphen(lang=lang)


def _dictionary(pyphen, path):  # noqa: ANN001, ANN202 - pyphen's module, Path and HyphDict
    from .term_cache import cached

    inputs = [pyphen.__version__, hashlib.sha256(path.read_bytes()).hexdigest()]
    patterns = cached("hyphenation", inputs, lambda: _plain(pyphen.HyphDict(path).patterns), _FORM)
    if patterns is None:
        return pyphen.HyphDict(path)
    read = object.__new__(pyphen.HyphDict)  # what HyphDict.__init__ leaves, without the parse
    read.patterns = patterns
    read.cache = {}
    read.maxlen = max(len(tags) for tags in read.patterns)
    return read


def _plain(patterns: dict) -> dict | None:
    """The patterns as pyphen keeps them (tags: (start, values)), or None when one carries a nonstandard
    hyphenation (a DataInt's `data`), which marshal would not keep."""
    if any(type(value) is not int for _, values in patterns.values() for value in values):
        return None
    return {tags: (start, tuple(values)) for tags, (start, values) in patterns.items()}
