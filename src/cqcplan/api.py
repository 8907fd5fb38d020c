"""The Python API; the CLI is a thin shell over it. The stage order is written out here once.

extract_report: scan -> start_read (+ load the tagger meanwhile) -> recognise -> mark_furniture
                -> read_metadata / locate / read_notices -> extract -> collapse_repeats -> tag
extract:        extract_report -> merge                       (the JSON contract)
draft:          extract -> make_plan -> render                (one report)
draft_batch:    draft per report in worker processes, then one combined plan
"""

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import nullcontext
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from cqcplan.errors import CqcplanError, FindingsNotRead, InputNotFound
from cqcplan.models import Extraction, Finding
from cqcplan.models.report import ReportExtraction

log = logging.getLogger("cqcplan")
PLAN_SUFFIX = "-action-plan"
COMBINED_NAME = "combined-action-plan"
COMBINED_GROUPING = "theme"  # a provider's combined plan reads best by key question › theme


def extract_report(path: Path, *, password: str | None = None, workers: int = 1,
                   cues: Path | None = None) -> ReportExtraction:
    """Read one report PDF into its metadata, verbatim tagged findings and requirement notices.

    Every page is read closely; `workers` > 1 shares that out to that many processes; `cues` is a user's
    TOML file of extra tagging cues (same shape as vocab/cues.toml).
    """
    from cqcplan.pipeline import facts
    from cqcplan.pipeline.extract import extract as items_to_findings
    from cqcplan.pipeline.furniture import mark_furniture
    from cqcplan.pipeline.locate import locate
    from cqcplan.pipeline.metadata import cover_service, read_metadata, report_services
    from cqcplan.pipeline.notices import read_notices
    from cqcplan.pipeline.read import start_read
    from cqcplan.pipeline.repeats import collapse_repeats
    from cqcplan.pipeline.scan import page_texts, recognise, scan
    from cqcplan.pipeline.tag import prepare, tag
    from cqcplan.pipeline.text import words_in

    path = Path(path)
    scanned = scan(path, password)
    reading = start_read(path, sha256=scanned.sha256, password=password, workers=workers)
    prepare(cues)  # loads spaCy while worker processes read the pages
    doc = reading()
    texts = page_texts(doc)
    pages_without_text = recognise(doc, texts)
    doc = mark_furniture(doc)
    structure = locate(doc, default_service=cover_service(doc))
    known = words_in(texts)
    meta = read_metadata(doc, "\n".join(texts[:4]), known)
    notices = read_notices(doc, known)
    regime = facts.default_instrument(meta, notices, texts)
    findings = items_to_findings(structure, path.name, known, notices, facts.line_order(doc), regime)
    findings = tag(collapse_repeats(findings), notices, extra_cues=cues)
    findings = facts.link_enforcement(facts.legacy_regulations(findings, regime), notices)
    meta = meta.model_copy(update={"enforcement_counts": facts.enforcement_counts(notices),
                                   "response_due": facts.response_due(texts)})
    if pages_without_text:
        log.warning("%s: page(s) %s have no text layer (scanned images?); statements on them cannot be read "
                    "without OCR", path.name, ", ".join(map(str, pages_without_text)))
    seen = [] if findings else facts.seen_but_not_read(structure, notices, texts)
    meta = meta.model_copy(update={"services": report_services(structure.services, doc, {f.service for f in findings})})
    extracted = ReportExtraction(meta=meta, findings=findings, notices=notices, seen=seen)
    if not findings:
        log.warning("%s", no_findings_message(extracted))
    return extracted


NOTHING_READ = "no must or should statement could be read"


def no_findings_message(report: ReportExtraction) -> str:
    """What to tell the reader when a report gave no findings: what was seen, or that it has none."""
    if report.seen:
        return (f"{report.meta.file}: the report shows {'; '.join(report.seen)}, but {NOTHING_READ} from them; "
                "check the report by hand")
    return (f"No must or should actions were found in this report ({report.meta.file}): it has no must/should "
            "lists, breach statements, recommendations, requirement notices or enforcement tables")


def raise_if_unread(reports: Sequence[ReportExtraction], written: Sequence[Path] = ()) -> None:
    """Exit code 12 for a report whose recognisers saw lists or notices that gave no findings."""
    unread = [r for r in reports if r.seen and not r.findings]
    if unread:
        where = f"; the plan was written ({', '.join(p.name for p in written)})" if written else ""
        raise FindingsNotRead(no_findings_message(unread[0]) + where)


def to_extraction(reports: Sequence[ReportExtraction], *, merge: bool = True, threshold: float | None = None) -> Extraction:
    """The JSON contract for one or more reports; across several, finding ids get a report prefix
    ("R2-F3") so every id is unique, and statements about one issue merge across the reports of
    one provider. Action refs are the plan's (pipeline/refs.py)."""
    from cqcplan.pipeline.merge import DEFAULT_THRESHOLD
    from cqcplan.pipeline.merge import merge as merge_findings

    from cqcplan.pipeline.refs import number_actions

    findings = [_prefixed(f, n) if len(reports) > 1 else f for n, r in enumerate(reports, 1) for f in r.findings]
    providers = [r.meta.provider for r in reports for _ in r.findings]
    actions = merge_findings(findings, threshold=DEFAULT_THRESHOLD if threshold is None else threshold, enabled=merge,
                             providers=providers)
    messages = [no_findings_message(r) for r in reports if not r.findings]
    return number_actions(Extraction(reports=[r.meta for r in reports], findings=findings, actions=actions,
                                     message="\n".join(messages) or None))


def _prefixed(finding: Finding, number: int) -> Finding:
    return finding.model_copy(update={"id": f"R{number}-{finding.id}"})


def extract(path: Path, *, password: str | None = None, merge: bool = True,
            threshold: float | None = None, workers: int = 1, cues: Path | None = None) -> Extraction:
    """What `cqcplan extract --json` prints for one report (`message` says when it has no findings)."""
    report = extract_report(path, password=password, workers=workers, cues=cues)
    return to_extraction([report], merge=merge, threshold=threshold)


class DraftOptions(BaseModel):
    """Everything `draft` needs besides the inputs; picklable for worker processes."""

    model_config = ConfigDict(frozen=True)

    formats: tuple[str, ...] = ("docx",)
    template: Path | None = None
    force: bool = False
    password: str | None = None
    merge: bool = True
    threshold: float | None = None
    group_by: str | None = None  # "key-question", "theme" or "service"; a combined plan defaults to "theme"
    workers: int = 1  # processes sharing one report's close read (a batch uses one per report)
    cues: Path | None = None  # a user's extra tagging cues


def default_plan_path(report: Path) -> Path:
    return report.with_name(f"{report.stem}{PLAN_SUFFIX}.docx")


def draft(report: Path, out: Path | None = None, options: DraftOptions = DraftOptions()) -> list[Path]:
    """Write the action plan for one report; returns the files written. Raises FindingsNotRead
    (after writing) when the report shows lists or notices that gave no findings."""
    extracted, written = _draft_one(Path(report), out or default_plan_path(Path(report)), options)
    raise_if_unread([extracted], written)
    return written


def _draft_one(report: Path, out: Path, options: DraftOptions) -> tuple[ReportExtraction, list[Path]]:
    from cqcplan.pipeline.plan import make_plan
    from cqcplan.pipeline.render import render

    extracted = extract_report(report, password=options.password, workers=options.workers,
                               cues=options.cues)
    extraction = to_extraction([extracted], merge=options.merge, threshold=options.threshold)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = render(make_plan(extraction, group_by=options.group_by), out, options.formats, template=options.template, force=options.force)
    return extracted, written


class BatchResult(BaseModel):
    """What a batch did per file: findings counted, files written, or the one-line failure."""

    model_config = ConfigDict(frozen=True)

    reports: list[ReportExtraction]
    written: dict[str, list[Path]]
    failures: dict[str, str]
    combined: list[Path]


def report_paths(inputs: Sequence[Path]) -> list[Path]:
    """PDFs named, and the PDFs inside folders named (sorted, not recursive)."""
    paths: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            paths += sorted(p for p in item.iterdir() if p.suffix.lower() == ".pdf")
        elif item.exists():
            paths.append(item)
        else:
            raise InputNotFound(f"no such file or folder: {item}")
    if not paths:
        raise InputNotFound(f"no PDF files in {', '.join(map(str, inputs))}")
    return paths


def draft_batch(inputs: Sequence[Path], out_dir: Path, options: DraftOptions = DraftOptions(), *, workers: int = 1,
                on_done: Callable[[Path, str | None], None] | None = None) -> BatchResult:
    """One plan per report in `out_dir`, plus a combined plan and tracker merged across them.

    A file that fails is reported and skipped; the others finish.
    """
    paths = report_paths(inputs)
    out_dir.mkdir(parents=True, exist_ok=True)
    options = options.model_copy(update={"workers": 1})
    jobs = {p: out_dir / f"{p.stem}{PLAN_SUFFIX}.docx" for p in paths}
    done: dict[Path, tuple[ReportExtraction, list[Path]]] = {}
    failures: dict[str, str] = {}
    with ProcessPoolExecutor(max_workers=workers) if workers > 1 else nullcontext() as pool:
        for path, outcome in _run(jobs, options, pool):
            if isinstance(outcome, str):
                failures[path.name] = outcome
            else:
                done[path] = outcome
            if on_done:
                on_done(path, outcome if isinstance(outcome, str) else None)
        reports = [done[p][0] for p in paths if p in done]
        combined = _in_worker(pool, _draft_combined, reports, out_dir, options) if reports else []
    written = {p.name: done[p][1] for p in paths if p in done}
    return BatchResult(reports=reports, written=written, failures=failures, combined=combined)


def _run(jobs: dict[Path, Path], options: DraftOptions, pool: ProcessPoolExecutor | None):
    """Yield (report, result or error line) as each finishes, in the pool's worker processes if any."""
    if pool is None:
        for path, out in jobs.items():
            yield path, _guarded(path, out, options)
        return
    futures = {pool.submit(_guarded, path, out, options): path for path, out in jobs.items()}
    for future in as_completed(futures):
        yield futures[future], future.result()


def _in_worker(pool: ProcessPoolExecutor | None, function: Callable, *args):
    """Run in a worker when there is a pool: its spaCy, tables and Word libraries are loaded
    by now, while this process would load them all after the last report (about 0.7 s)."""
    return pool.submit(function, *args).result() if pool else function(*args)


def _guarded(path: Path, out: Path, options: DraftOptions):
    try:
        return _draft_one(path, out, options)
    except CqcplanError as exc:
        return exc.message
    except Exception as exc:  # one bad file must not stop the batch
        return f"{path.name}: internal error ({type(exc).__name__}: {exc})"


def _draft_combined(reports: list[ReportExtraction], out_dir: Path, options: DraftOptions) -> list[Path]:
    from cqcplan.pipeline.plan import make_plan
    from cqcplan.pipeline.render import render

    extraction = to_extraction(reports, merge=options.merge, threshold=options.threshold)
    formats = tuple(dict.fromkeys((*options.formats, "xlsx")))
    return render(make_plan(extraction, group_by=options.group_by or COMBINED_GROUPING), out_dir / f"{COMBINED_NAME}.docx", formats, template=options.template, force=options.force)


# ---------------------------------------------------------------- the living plan (issue 13)
#
# update:  read_plan -> next_version -> check_plan -> render (+ record in the store, one transaction)
# status:  read_plan -> next_version (nothing written) -> check_plan -> counts
# history: the store's versions


def update(plan_file: Path, out: Path | None = None, *, today=None, store: Path | None = None,
           force: bool = False):
    """Write the next version of an edited plan (.docx or .xlsx) and record it in the plan store.

    Nothing is written (plan or store) unless everything succeeds: the store is checked before,
    and its transaction is committed only once the new plan file is in place.
    """
    from datetime import date

    from .models.living import UpdateResult
    from .pipeline import store as plan_store
    from .pipeline.checks import check_plan
    from .pipeline.living import next_version
    from .pipeline.readback import read_plan
    from .pipeline.render import render

    today = today or date.today()
    reading = read_plan(plan_file)
    store_path = Path(store) if store else plan_store.default_store(plan_file, reading.source)
    new_store = not store_path.exists()
    plan, changes, checks = next_version(reading, today)
    checks += check_plan(plan, today)
    target = Path(out) if out else next_plan_path(Path(plan_file), plan.version)
    try:
        with plan_store.opened(store_path, reading.source, create=True) as connection:
            plan_store.begin(connection, reading.source)
            if not plan_store.has_versions(connection):  # the version the leads started from
                plan_store.record(connection, reading.source, Path(plan_file).name, [], [])
            plan_store.record(connection, plan, target.name, changes, checks)
            try:
                written = render(plan, target, [target.suffix.lstrip(".").lower() or reading.format], force=force)
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
    except BaseException:
        if new_store:
            store_path.unlink(missing_ok=True)
        raise
    return UpdateResult(plan=plan, changes=changes, checks=checks, written=[str(p) for p in written],
                        store=str(store_path))


def next_plan_path(plan_file: Path, version: str) -> Path:
    """report-action-plan.docx -> report-action-plan-v0.2.docx (an earlier -vX.Y is replaced)."""
    import re

    stem = re.sub(r"-v\d+(\.\d+)*$", "", plan_file.stem)
    return plan_file.with_name(f"{stem}-v{version}{plan_file.suffix}")


def status(plan_file: Path, *, today=None):
    """Progress of an edited plan at `today`, with its checks; writes nothing."""
    from collections import Counter
    from datetime import date

    from .models.living import StatusReport
    from .pipeline.checks import check_plan
    from .pipeline.living import next_version
    from .pipeline.readback import read_plan

    today = today or date.today()
    reading = read_plan(plan_file)
    plan, _, checks = next_version(reading, today)
    current = [a for a in plan.actions if not a.closed_on]
    return StatusReport(
        version=reading.source.version, today=today,
        by_brag=dict(Counter(a.brag or "Not rated" for a in current)),
        by_key_question=dict(Counter(a.key_question or "Not tagged" for a in current)),
        by_service=dict(Counter(s for a in current for s in (a.services or ["Local"]))),
        closed=len(plan.actions) - len(current), checks=checks + check_plan(plan, today))


def history(plan_file: Path, *, store: Path | None = None):
    """Every version recorded for this plan, oldest first, with what changed."""
    from .pipeline import store as plan_store
    from .pipeline.readback import read_plan

    source = read_plan(plan_file).source
    store_path = Path(store) if store else plan_store.default_store(plan_file, source)
    with plan_store.opened(store_path, source, create=False) as connection:
        return plan_store.versions(connection)
