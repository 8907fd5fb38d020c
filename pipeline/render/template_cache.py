"""The Word template's own work, done once and then read from the cache (pipeline/term_cache.py):
at every render docxtpl tidies each part's XML (`patch_xml`, regular expressions over the whole
part) and Jinja compiles it (lexing, parsing, generating and compiling Python), though the
template is the same every run: a tenth of a second of a short draft. The tidied XML and the
compiled code are kept, each named by the text it was made from and everything else that makes
it: docxtpl's, Jinja's and Python's versions, the environment's settings and its class's code.
A file is read back only whole (a digest of its contents leads it): one that is not is made again.
"""

import hashlib
import inspect
import marshal
from functools import cache
from pathlib import Path

import docxtpl
import jinja2
from docxtpl import DocxTemplate

from ..term_cache import cached, whole
from .sandbox import LimitedSandbox

# What Jinja's lexer, parser and code generator read of the environment (besides its filters and tests).
_COMPILE_SETTINGS = ("block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
                     "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
                     "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized",
                     "is_async", "sandboxed")


_TEXT = whole(str.encode, bytes.decode)
_CODE = whole(marshal.dumps, marshal.loads)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class CachedTemplate(DocxTemplate):
    """A DocxTemplate whose parts' tidied XML comes from the cache."""

    def patch_xml(self, src_xml: str) -> str:
        return cached("docx-patched", [docxtpl.__version__, _digest(src_xml)],
                      lambda: DocxTemplate.patch_xml(self, src_xml), _TEXT)


class CachedSandbox(LimitedSandbox):
    """The Word template's sandbox, its templates' compiled code from the cache."""

    def from_string(self, source, globals=None, template_class=None):  # noqa: ANN001, ANN201, A002 - Jinja's signature
        if not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        code = cached("jinja-code", _compile_inputs(self, source), lambda: self.compile(source), _CODE)
        return (template_class or self.template_class).from_code(self, code, self.make_globals(globals), None)


def _compile_inputs(env: jinja2.Environment, source: str) -> list:
    """Everything Jinja's compiled code depends on: the source, Jinja's version (Python's is in
    every cache name), the settings it reads, and the code of the environment's classes."""
    autoescape = env.autoescape if isinstance(env.autoescape, bool) else "a function"
    return [jinja2.__version__, [repr(getattr(env, name)) for name in _COMPILE_SETTINGS], autoescape,
            env.finalize is not None, env.undefined.__name__, sorted(env.filters), sorted(env.tests),
            sorted(env.extensions), sorted(getattr(env, "intercepted_binops", ())),
            sorted(getattr(env, "intercepted_unops", ())), _classes_code(type(env)), _digest(source)]


@cache
def _classes_code(cls: type) -> list[str]:
    """Digests of the code of the package's own classes among the environment's."""
    return [_digest(Path(inspect.getsourcefile(c)).read_text()) for c in cls.__mro__ if c.__module__.startswith("cqcplan.")]
