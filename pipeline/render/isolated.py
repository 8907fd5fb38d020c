"""Run a user's template in a forked child with a memory and a time limit.

The sandbox's checks (`sandbox.py`) refuse the known ways a template can ask for too
much, but not every one (a string doubled with `~` thirty times is 1 GB in a blink),
and a render that loops for ever cannot be stopped from inside. So the Word render
runs in a forked child: it inherits the loaded libraries (no start-up cost beyond the
fork), its address space may grow by at most `MEMORY_MB`, and it is killed after
`SECONDS`. The child writes the file itself; errors come back as one line through a
pipe. Where there is no fork (Windows), the render runs in this process with only
the sandbox's limits.
"""

import os
import resource
import signal
import time
import traceback
from collections.abc import Callable

from ... import errors
from ...errors import CqcplanError, TemplateError
from ...io import STOP_SIGNALS

SECONDS = 20.0
MEMORY_MB = 512
POLL = 0.01
INTERNAL, USER_ERROR = 1, 2  # child exit codes: a bug; a CqcplanError (its class and line in the pipe)


def run_isolated(work: Callable[[], None], name: str, *, seconds: float = SECONDS, memory_mb: int = MEMORY_MB) -> None:
    """Call `work()` in a child process; its CqcplanError comes back as the same class and line."""
    if not hasattr(os, "fork"):
        work()
        return
    read_end, write_end = os.pipe()
    # Ctrl-C / SIGTERM held back over the fork: raised inside fork's own hooks they are lost.
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _child(work, write_end, memory_mb, mask)
    os.close(write_end)
    try:
        status = _wait(pid, seconds, mask)
    finally:
        message = _read_all(read_end)
    if status is None:
        raise TemplateError(f"{name}: the template took over {seconds:.0f} s to render, so it was stopped")
    _raise_for(status, message, name, memory_mb)


def _child(work: Callable[[], None], pipe: int, memory_mb: int, mask) -> None:
    """Never returns: the child leaves with os._exit, so no parent clean-up runs twice."""
    code, message = 0, ""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides, and kills us
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        _limit_memory(memory_mb)
        work()
    except CqcplanError as exc:
        code, message = USER_ERROR, f"{type(exc).__name__}\n{exc.message}"
    except MemoryError:
        code, message = USER_ERROR, "MemoryError"
    except BaseException as exc:  # noqa: BLE001 - a bug: reported by the parent as an internal error
        code = INTERNAL
        message = traceback.format_exc() if os.environ.get("CQCPLAN_DEBUG") else f"{type(exc).__name__}: {exc}"
    finally:
        try:
            os.write(pipe, message.encode("utf-8", "replace")[:60_000])
        finally:
            os._exit(code)


def _limit_memory(memory_mb: int) -> None:
    """The limit counts from what the child already maps (the loaded libraries)."""
    with open("/proc/self/statm") as statm:
        mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    limit = mapped + memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))


def _wait(pid: int, seconds: float, mask) -> int | None:
    """The child's wait status, or None after killing it at the deadline (or on Ctrl-C)."""
    deadline = time.monotonic() + seconds
    status = None
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a signal held over the fork is raised here
        while status is None and time.monotonic() < deadline:
            done, found = os.waitpid(pid, os.WNOHANG)
            status = found if done else time.sleep(POLL)
        return status
    finally:
        if status is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def _read_all(fd: int) -> str:
    chunks = []
    try:
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks).decode("utf-8", "replace")


def _raise_for(status: int, message: str, name: str, memory_mb: int) -> None:
    if os.WIFSIGNALED(status):
        raise TemplateError(f"{name}: rendering the template stopped with signal {os.WTERMSIG(status)} "
                            f"(it may need more than {memory_mb} MB)")
    code = os.waitstatus_to_exitcode(status)
    if code == 0:
        return
    if code != USER_ERROR:
        raise RuntimeError(f"while rendering the Word plan: {message}")
    kind, _, line = message.partition("\n")
    if kind == "MemoryError":
        raise TemplateError(f"{name}: the template needs more than {memory_mb} MB to render, so it was stopped")
    error = getattr(errors, kind, CqcplanError)
    raise (error if isinstance(error, type) and issubclass(error, CqcplanError) else CqcplanError)(line)
