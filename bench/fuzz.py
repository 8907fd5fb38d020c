"""Fuzz the API with mutated report PDFs; print crashes, hangs and peak memory.

    python bench/fuzz.py --minutes 3            # as many cases as fit in three minutes
    python bench/fuzz.py --cases 50 --seed 7    # a fixed, repeatable set

Each case is one fixture report mutated (bytes flipped, cut short, chunks repeated or
dropped, PDF tokens and huge numbers spliced in) and drafted through `api.draft` to
docx, xlsx, csv and json in a forked child with its own limits: `--seconds` of wall
time (then it is killed: a hang) and `--memory` MB of address space on top of the
loaded libraries (a MemoryError or a kill: over the limit). A child that ends with a
`CqcplanError` (its documented exit code) is a clean refusal; any other exception is
a crash, printed with its case and kept in `--keep` to replay. Forking from a parent
that has loaded the libraries makes a case cost its own work, not Python's start-up.
"""

import argparse
import os
import random
import resource
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKENS = [b"obj", b"endobj", b"stream", b"endstream", b"/Length 99999999", b"/Count 2147483647", b"xref",
          b"trailer", b"<<", b">>", b"[", b"]", b"/Kids [1 0 R]", b"9999999999 0 R", b"/Filter /FlateDecode",
          b"%%EOF", b"(", b")", b"-1", b"1e308", b"/Type /Page", b"startxref 0"]
CRASH, HANG, MEMORY, OK = 70, "hang", "memory", 0


def seeds() -> list[Path]:
    found = sorted(ROOT.glob("fixtures/*/report.pdf")) + sorted(ROOT.glob("fixtures/unseen/*/report.pdf"))
    return [p for p in found if p.stat().st_size < 3_000_000]


def mutate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One to four random edits; returns the bytes and a short description to replay by."""
    data = bytearray(data)
    done = []
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(["flip", "cut", "repeat", "drop", "token", "nest", "zero"])
        at = rng.randrange(len(data))
        if kind == "flip":
            for _ in range(rng.randint(1, 64)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif kind == "cut":
            del data[at:at + rng.randint(1, 4096) if rng.random() < 0.7 else len(data)]
        elif kind == "repeat":
            chunk = data[at:at + rng.randint(1, 2048)]
            data[at:at] = chunk * rng.randint(2, 50)
        elif kind == "drop":
            del data[at:at + rng.randint(1, 256)]
        elif kind == "token":
            data[at:at] = b" " + rng.choice(TOKENS) + b" "
        elif kind == "nest":
            data[at:at] = b"[" * rng.randint(100, 50_000)
        else:
            data[at:at + rng.randint(1, 512)] = bytes(rng.randint(1, 512))
        done.append(f"{kind}@{at}")
    return bytes(data), "+".join(done)


def run_case(pdf: Path, out: Path, seconds: float, memory_mb: int) -> tuple[object, float, int, str]:
    """(outcome, seconds, peak MB, detail) of drafting `pdf` in a forked child."""
    read_end, write_end = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _child(pdf, out, write_end, memory_mb)
    os.close(write_end)
    status, usage, killed = _wait(pid, seconds)
    detail = os.read(read_end, 65536).decode("utf-8", "replace")
    os.close(read_end)
    elapsed, peak = time.monotonic() - started, usage.ru_maxrss // 1024
    if killed:
        return HANG, elapsed, peak, f"killed after {seconds:.0f} s"
    if os.WIFSIGNALED(status):
        return MEMORY if os.WTERMSIG(status) in (signal.SIGKILL, signal.SIGSEGV) else CRASH, elapsed, peak, \
            f"signal {os.WTERMSIG(status)}"
    code = os.waitstatus_to_exitcode(status)
    return (MEMORY if detail.startswith("MemoryError") else code), elapsed, peak, detail


def _child(pdf: Path, out: Path, pipe: int, memory_mb: int) -> None:
    code, detail = OK, ""
    try:
        import logging

        logging.disable(logging.CRITICAL)  # pdfminer's warnings on broken files are not the finding
        from cqcplan import api
        from cqcplan.errors import CqcplanError

        with open("/proc/self/statm") as statm:
            mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (mapped + memory_mb * 2**20, resource.RLIM_INFINITY))
        try:
            api.draft(pdf, out / "plan.docx", api.DraftOptions(formats=("docx", "xlsx", "csv", "json"), force=True))
        except CqcplanError as exc:
            code, detail = exc.exit_code, exc.message
    except MemoryError:
        code, detail = CRASH, "MemoryError"
    except BaseException:  # noqa: BLE001 - exactly what the fuzzer is looking for
        code, detail = CRASH, traceback.format_exc(limit=-4)
    finally:
        os.write(pipe, detail.encode("utf-8", "replace")[:60_000])
        os._exit(code)


def _signature(outcome, detail: str) -> str:
    """A crash by its exception and the deepest project line it passed, to count distinct bugs."""
    if outcome != CRASH:
        return str(outcome)
    lines = detail.strip().splitlines()
    ours = [l.strip() for l in lines if l.strip().startswith("File") and str(ROOT) in l]
    return f"{lines[-1] if lines else 'crash'} at {ours[-1].replace(str(ROOT) + '/', '') if ours else '?'}"


def _wait(pid: int, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return status, usage, False
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    _, status, usage = os.wait4(pid, 0)
    return status, usage, True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="stop starting cases after this long")
    parser.add_argument("--cases", type=int, default=0, help="stop after this many cases (0: no limit)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=30.0, help="per-case time limit")
    parser.add_argument("--memory", type=int, default=1024, help="per-case memory limit, MB above the loaded libraries")
    parser.add_argument("--keep", type=Path, default=ROOT / "bench" / "fuzz-failures", help="where failing cases go")
    args = parser.parse_args()

    from cqcplan.pipeline.tag import prepare

    prepare(None)  # load spaCy and the word lists once; every child inherits them
    rng = random.Random(args.seed)
    sources = seeds()
    outcomes: Counter = Counter()
    signatures: Counter = Counter()
    peaks: list[int] = []
    slowest = (0.0, "")
    failures = 0
    stop_at = time.monotonic() + args.minutes * 60
    with tempfile.TemporaryDirectory(prefix="cqcplan-fuzz-") as work:
        work = Path(work)
        n = 0
        while time.monotonic() < stop_at and (not args.cases or n < args.cases):
            n += 1
            source = rng.choice(sources)
            data, how = mutate(source.read_bytes(), rng)
            pdf = work / "case.pdf"
            pdf.write_bytes(data)
            outcome, elapsed, peak, detail = run_case(pdf, work, args.seconds, args.memory)
            outcomes[outcome] += 1
            peaks.append(peak)
            name = f"{source.parent.name} {how}"
            slowest = max(slowest, (elapsed, name))
            if outcome in (CRASH, HANG, MEMORY):
                failures += 1
                signatures[_signature(outcome, detail)] += 1
                args.keep.mkdir(parents=True, exist_ok=True)
                kept = args.keep / f"case-{args.seed}-{n}.pdf"
                kept.write_bytes(data)
                print(f"{outcome if outcome != CRASH else 'crash'}: case {n} ({name}) kept as {kept}\n  "
                      + detail.strip().replace("\n", "\n  "), flush=True)
            for leftover in work.iterdir():
                if leftover.name != "case.pdf" and leftover.is_file():
                    leftover.unlink()
    labels = {OK: "plan written", CRASH: "crash", HANG: "hang", MEMORY: "over memory limit"}
    print(f"\n{n} cases from {len(sources)} fixture reports in {args.minutes:g} min (seed {args.seed}):")
    for outcome, count in sorted(outcomes.items(), key=lambda kv: -kv[1]):
        print(f"  {count:5d}  {labels.get(outcome, f'refused, exit {outcome}')}")
    peaks.sort()
    print(f"peak memory per case: median {peaks[len(peaks) // 2]} MB, max {peaks[-1]} MB; "
          f"slowest case {slowest[0]:.1f} s ({slowest[1]})")
    print(f"crashes {outcomes[CRASH]}, hangs {outcomes[HANG]}, over memory {outcomes[MEMORY]}")
    for signature, count in signatures.most_common():
        print(f"  {count:5d}  {signature}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
