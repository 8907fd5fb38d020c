"""A Jinja sandbox that also limits how much a template can make.

Jinja's own sandbox stops a template reaching Python internals, but not one that asks
for too much: `range` up to 100,000 nested ten deep, `'A' * 3000000000`, `9 ** 9 ** 9`,
`'x'.ljust(10 ** 9)`. This one refuses each before it allocates: ranges over
`MAX_RANGE` items, strings or lists over `MAX_CHARS`, integers over `MAX_INT_BITS`,
integer arguments (widths, counts) over `MAX_ARGUMENT` in calls and filters, format
widths of six digits or more, and rendered output over `MAX_CHARS` in total. Each is
a `SecurityError`, which the Word writer reports as an unsafe template. What these
checks cannot see (string doubling with `~`, say) is bounded by the separate process,
memory and time limit the Word render runs under (`isolated.py`).
"""

from collections.abc import Iterable
from functools import wraps
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from ..regex_programs import compiled

MAX_RANGE = 10_000
MAX_CHARS = 50_000_000  # the default plan of a 300-page trust report renders to about 2 MB of XML
MAX_INT_BITS = 4_096
MAX_ARGUMENT = 100_000
WIDE_FORMAT = compiled(r"\d{6,}")  # a width or precision of a million or more
JOIN_EVERY = 4_096  # output parts joined into chunks as they come, so counting costs no memory


class LimitedSandbox(SandboxedEnvironment):
    """The sandbox the Word template renders in; see the module docstring for the limits."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals["range"] = limited_range
        self.filters = {name: _checked_filter(name, f) for name, f in self.filters.items()}

    def call_binop(self, context, op: str, left: Any, right: Any) -> Any:
        _check_binop(op, left, right)
        return super().call_binop(context, op, left, right)

    def call(__self, __context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
        _check_arguments(getattr(__obj, "__name__", "a function"), args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any):
        wrapped = super().wrap_str_format(value)
        if wrapped is not None and WIDE_FORMAT.search(value.__self__):
            raise SecurityError("a format width of a million or more characters is refused")
        return wrapped

    def concat(self, parts: Iterable[str]) -> str:  # type: ignore[override] - Jinja's class attribute
        """"".join, refusing output over MAX_CHARS as it grows."""
        chunks: list[str] = []
        pending: list[str] = []
        size = 0
        for part in parts:
            size += len(part)
            if size > MAX_CHARS:
                raise SecurityError(f"the template's output is over {MAX_CHARS:,} characters")
            pending.append(part)
            if len(pending) >= JOIN_EVERY:
                chunks.append("".join(pending))
                pending = []
        return "".join(chunks + pending)


def limited_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise SecurityError(f"range() of more than {MAX_RANGE:,} items is refused")
    return numbers


def _check_binop(op: str, left: Any, right: Any) -> None:
    if op == "*":
        _check_repeat(left, right)
        _check_repeat(right, left)
        if _is_int(left) and _is_int(right) and left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise SecurityError(f"an integer over {MAX_INT_BITS:,} bits is refused")
    elif op == "**" and _is_int(left) and _is_int(right):
        if right > 0 and abs(left) > 1 and right * left.bit_length() > MAX_INT_BITS:
            raise SecurityError(f"an integer over {MAX_INT_BITS:,} bits is refused")
    elif op == "+" and _sized(left) and _sized(right) and len(left) + len(right) > MAX_CHARS:
        raise SecurityError(f"a string or list over {MAX_CHARS:,} items is refused")
    elif op == "%" and isinstance(left, str) and WIDE_FORMAT.search(left):
        raise SecurityError("a format width of a million or more characters is refused")


def _check_repeat(sequence: Any, times: Any) -> None:
    if _sized(sequence) and _is_int(times) and len(sequence) * times > MAX_CHARS:
        raise SecurityError(f"a string or list over {MAX_CHARS:,} items is refused")


def _check_arguments(name: str, args: tuple, kwargs: dict) -> None:
    for value in (*args, *kwargs.values()):
        if _is_int(value) and abs(value) > MAX_ARGUMENT:
            raise SecurityError(f"{name}() with a number over {MAX_ARGUMENT:,} is refused")


def _checked_filter(name: str, function):
    """The filtered value itself may be any size; its arguments (widths, counts) may not."""
    skip = 2 if getattr(function, "jinja_pass_arg", None) is not None else 1  # (environment,) value

    @wraps(function)  # copies Jinja's pass_environment / pass_context marker too
    def checked(*args, **kwargs):
        _check_arguments(name, args[skip:], kwargs)
        return function(*args, **kwargs)

    return checked


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _sized(value: Any) -> bool:
    return isinstance(value, (str, list, tuple))
