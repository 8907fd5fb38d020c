"""The vocabulary's regular expressions built from programs compiled in an earlier run.

A draft's prompts compile about a thousand patterns made from the vocabulary (compose.py's kinds of
ask, settings and phrases): Python's `re` parses and compiles each in Python, a tenth of a short
report's draft. The compiled programs are kept in the term cache (term_cache.py: named by the code,
the vocabulary and Python's version, so never stale) and each pattern is made from its program, as
`re` itself makes it after compiling; a pattern not kept yet is compiled here and kept once the
vocabulary is prepared (`keep`), or at the process's exit. The pipeline's modules make their own
patterns (module-level constants) here too: only patterns of the code and the vocabulary, never one made
from a report's text, which would grow the file with every report. Anything unexpected (another
Python's `re`) compiles as `re` does.
"""

import atexit
import marshal
import re
from typing import Any

from .term_cache import cached, store, whole

_KIND = "regex"
_FORM = whole(marshal.dumps, marshal.loads)


class _Kept:
    """The programs read from the cache (pattern and flags -> program), and whether any were added."""

    programs: dict[tuple[str, int], tuple] | None = None
    added = False


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` (raising re.error alike), from its kept program when there is one."""
    if _Kept.programs is None:
        _Kept.programs = _read()
    key = (pattern, int(flags))  # re.IGNORECASE is an enum: marshal takes ints
    try:
        program = _Kept.programs.get(key)
        if program is None:
            program = _Kept.programs[key] = _program(pattern, flags)
            _Kept.added = True
        return _made(pattern, program)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - a `re` whose internals differ: compile as it does
        return re.compile(pattern, flags)


def keep() -> None:
    """Write the programs compiled in this run to the cache, for the next."""
    if _Kept.added and _Kept.programs is not None:
        store(_KIND, [], _Kept.programs, _FORM)
        _Kept.added = False


atexit.register(keep)  # what was compiled after `keep` was called (a module imported later) is kept too


def _read() -> dict[tuple[str, int], tuple]:
    programs = cached(_KIND, [], dict, _FORM)
    return programs if isinstance(programs, dict) else {}


def _program(pattern: str, flags: int) -> tuple:
    """What `re._compiler.compile` hands `_sre.compile` besides the pattern itself."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # its opcodes are int subclasses: marshal takes ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _made(pattern: str, program: tuple) -> re.Pattern[str]:
    import _sre

    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
