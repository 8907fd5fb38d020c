"""The Python API; the CLI is a thin shell over it. The stage order is written out here once.

extract_report: scan -> start_read (+ load the tagger meanwhile) -> recognise -> mark_furniture
                -> read_metadata / locate / read_notices -> extract -> collapse_repeats -> tag
extract:        extract_report -> merge                       (the JSON contract)
draft:          extract -> make_plan -> render                (one report)
draft_batch:    draft per report in worker processes, then one combined plan
"""

from __future__ import annotations  # the plan's models named in signatures only: imported by the stages that make them

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, field_validator

from .errors import CqcplanError, FindingsNotRead, InputNotFound, Interrupted, OutputExists
from .inputs import check_report_file, checked_threshold
from .io import make_folder
from .models import Extraction, Finding
from .models.report import ReportExtraction
from .outputs import PLAN_SUFFIX

if TYPE_CHECKING:
    from .models.living import PlanVersions
    from .models.plan import ActionPlan

log = logging.getLogger("cqcplan")
COMBINED_NAME = "combined-action-plan"
COMBINED_GROUPING = "theme"  # a provider's combined plan reads best by key question › theme


def extract_report(path: Path, *, password: str | None = None, workers: int = 1,
                   cues: Path | None = None, name: str | None = None,
                   meanwhile: Callable[[], None] | None = None) -> ReportExtraction:
    """Read one report PDF into its metadata, verbatim tagged findings and requirement notices.

    Every page is read closely; `workers` > 1 shares that out to that many processes; `cues` is a user's
    TOML file of extra tagging cues (same shape as vocab/cues.toml); `name` is what the report is called
    in its findings, cover and warnings (a batch's folder-qualified "uec/report.pdf"), by default its file name;
    `meanwhile` is what the caller needs later, done while worker processes read (a draft's plan stages).
    """
    from .pipeline.english import loading, settled
    from .pipeline.read import start_read
    from .pipeline.scan import page_texts, recognise, scan

    settled()
    path = Path(path)
    name = name or path.name
    check_report_file(path, password)
    with _reading(path):
        scanned = scan(path, password)
    reading = start_read(path, sha256=scanned.sha256, password=password, workers=workers)
    with loading():  # the collector paused: what is imported and loaded here lives as long as the process
        # the later stages' modules imported once the worker processes read (they need none of them)
        from .pipeline import facts, own_services
        from .pipeline.extract import extract as items_to_findings
        from .pipeline.furniture import mark_furniture
        from .pipeline.locate import locate
        from .pipeline.metadata import cover_service, read_metadata, report_services
        from .pipeline.notices import read_notices
        from .pipeline.page_order import printed_order
        from .pipeline.repeats import collapse_repeats
        from .pipeline.tag import prepare, tag
        from .pipeline.text import words_in

        prepare(cues)  # loads spaCy while worker processes read the pages
        if meanwhile:
            meanwhile()
    doc = printed_order(mark_furniture(reading()))
    texts = page_texts(doc)  # in reading order: a cover stored last is still the first page read
    pages_without_text = recognise(doc, texts)
    with own_services.named(doc):  # its headings naming a service its own ratings table lists
        cover = cover_service(doc)
        structure = locate(doc, default_service=cover)
        known = words_in(texts)
        meta = read_metadata(doc, "\n".join(texts[:4]), known).model_copy(update={"file": name})
    rows = read_notices(doc, known)
    notices = [n for n in rows if n.type is not None]  # enforcement's rows; an improvement-actions row is a should only
    regime = facts.default_instrument(meta, rows, texts)
    findings = items_to_findings(structure, name, known, rows, facts.line_order(doc), regime)
    findings = tag(collapse_repeats(findings), notices, extra_cues=cues)
    findings = facts.link_enforcement(facts.legacy_regulations(findings, regime), notices)
    stated = facts.stated_enforcement(structure.paragraphs, known, notices, regime)
    findings = facts.add_stated(findings, stated)
    meta = meta.model_copy(update={"enforcement_counts": facts.enforcement_counts(notices, stated),
                                   "response_due": facts.response_due(texts)})
    if pages_without_text:
        log.warning("%s: page(s) %s have no text layer (scanned images?); statements on them cannot be read "
                    "without OCR", name, ", ".join(map(str, pages_without_text)))
    seen = [] if findings else facts.seen_but_not_read(structure, notices, texts)
    lost = facts.musts_not_read(findings, notices, texts)
    if lost:
        log.warning("%s: the report shows %s, but no must statement was read (only shoulds); check the report "
                    "by hand", name, "; ".join(lost))
    meta = meta.model_copy(update={"services": report_services(structure.services, list(meta.service_ratings), {f.service for f in findings}, cover)})
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
    """Exit code 14 for a report whose recognisers saw lists or notices that gave no findings."""
    unread = [r for r in reports if r.seen and not r.findings]
    if unread:
        where = f"; the plan was written ({', '.join(p.name for p in written)})" if written else ""
        raise FindingsNotRead(no_findings_message(unread[0]) + where)


@contextmanager
def _reading(path: Path):
    """The file vanished or lost its permissions between the check and the read."""
    try:
        yield
    except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
        raise InputNotFound(f"cannot read {path}: {(exc.strerror or type(exc).__name__).lower()}") from None


def to_extraction(reports: Sequence[ReportExtraction], *, merge: bool = True, threshold: float | None = None) -> Extraction:
    """The JSON contract for one or more reports; across several, finding ids get a report prefix
    ("R2-F3") so every id is unique, and statements about one issue merge across the reports of
    one provider. Action refs are the plan's (pipeline/refs.py)."""
    from .pipeline.merge import DEFAULT_THRESHOLD
    from .pipeline.merge import merge as merge_findings
    from .pipeline.refs import number_actions

    threshold = checked_threshold(threshold)
    findings = [_prefixed(f, n) if len(reports) > 1 else f for n, r in enumerate(reports, 1) for f in r.findings]
    previous = list({m.sha256: m for r in reports for m in r.previous}.values())
    providers = [r.meta.provider for r in reports for _ in r.findings]
    numbers = [n for n, r in enumerate(reports) for _ in r.findings]  # which report: files may share a name
    actions = merge_findings(findings, threshold=DEFAULT_THRESHOLD if threshold is None else threshold, enabled=merge,
                             providers=providers, reports=numbers)
    messages = [no_findings_message(r) for r in reports if not r.findings]
    return number_actions(Extraction(reports=[r.meta for r in reports], findings=findings, actions=actions,
                                     message="\n".join(messages) or None, previous=previous))


def provider_groups(reports: Sequence[ReportExtraction]) -> dict[str, list[ReportExtraction]]:
    """Reports by provider, in batch order; reports whose provider was not read form one group."""
    groups: dict[str, list[ReportExtraction]] = {}
    for report in reports:
        groups.setdefault(" ".join((report.meta.provider or "").lower().split()), []).append(report)
    return groups


# Reports of one provider inspected this many days or more apart are two inspections, not one's core services.
SEPARATE_INSPECTIONS_DAYS = 365


def inspections_apart(reports: Sequence[ReportExtraction]) -> str:
    """What to say when the earliest and latest inspection (else publication) dates among one provider's
    `reports` are a year or more apart: two inspections, which a combined plan would treat as one; else ""."""
    dated = sorted((d, r.meta.file) for r in reports
                   if (d := min(r.meta.inspection_dates, default=None) or r.meta.published))
    if len(dated) < 2 or (dated[-1][0] - dated[0][0]).days < SEPARATE_INSPECTIONS_DAYS:
        return ""
    (first, earlier), (last, later) = dated[0], dated[-1]
    return (f"{earlier} was inspected in {first:%B %Y} and {later} in {last:%B %Y}: a combined plan treats them as "
            f"one inspection; to mark what the later one found again, draft {later} with --previous {earlier}")


def providers_named(reports: Sequence[ReportExtraction]) -> str:
    """"2 providers (A; B)": how the batch's warning and the web page name the providers of several reports."""
    groups = provider_groups(reports)
    names = "; ".join(g[0].meta.provider or f"provider not stated ({g[0].meta.file})" for g in groups.values())
    return f"{len(groups)} providers ({names})"


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "provider-not-stated"


def _prefixed(finding: Finding, number: int) -> Finding:
    return finding.model_copy(update={"id": f"R{number}-{finding.id}"})


def previous_reports(inputs: Sequence[Path], *, password: str | None = None,
                     cues: Path | None = None) -> list[ReportExtraction]:
    """The earlier report(s) of the same service (PDFs, or folders of them), read once per process."""
    from .batch import report_paths

    if not inputs:
        return []
    return list(_previous_cached(tuple(report_paths(inputs)), password, cues))


@cache
def _previous_cached(paths: tuple[Path, ...], password: str | None, cues: Path | None) -> tuple[ReportExtraction, ...]:
    return tuple(extract_report(p, password=password, cues=cues) for p in paths)


def previous_plan(path: Path) -> PlanVersions:
    """The previous action plan (.docx, .xlsx, .json or its plan store), read once per process."""
    return _previous_plan_cached(Path(path).absolute())


@cache
def _previous_plan_cached(path: Path) -> PlanVersions:
    from .pipeline.previous_plan import read_previous_plan

    return read_previous_plan(path)


def against_previous(report: ReportExtraction, previous: Sequence[ReportExtraction],
                     threshold: float | None = None, plan: PlanVersions | None = None,
                     cues: Path | None = None) -> ReportExtraction:
    """The report with each finding that repeats an issue of a previous report marked (`repeat_of`);
    with the previous action `plan` (pipeline/previous_plan.py), each repeat also gets that plan's
    last status for it, and the plan's own statements stand in for missing previous reports."""
    from .pipeline.merge import DEFAULT_THRESHOLD
    from .pipeline.previous import mark_repeats
    from .pipeline.previous_plan import plan_findings, with_plan_status

    earlier = [(p.meta, p.findings) for p in previous] or (plan_findings(plan, cues) if plan else [])
    if not earlier:
        return report
    others = {meta.provider for meta, _ in earlier if meta.provider} - {report.meta.provider, None}
    if report.meta.provider and others:
        log.warning("%s is about %s, the previous report(s) about %s: repeats are still marked; check they are the "
                    "same service", report.meta.file, report.meta.provider, ", ".join(sorted(others)))
    findings = mark_repeats(report.findings, earlier, DEFAULT_THRESHOLD if threshold is None else threshold)
    if plan is not None:
        findings = with_plan_status(findings, plan)
    return report.model_copy(update={"findings": findings, "previous": [meta for meta, _ in earlier]})


def extract(path: Path, *, password: str | None = None, merge: bool = True,
            threshold: float | None = None, workers: int = 1, cues: Path | None = None,
            previous: Sequence[Path] = (), previous_plan_file: Path | None = None) -> Extraction:
    """What `cqcplan extract --json` prints for one report (`message` says when it has no findings);
    with `previous` reports (or the previous plan), findings that repeat one of their issues carry
    `repeat_of`, and with the previous plan its last status for that issue."""
    checked_threshold(threshold)  # before the slow part
    plan = previous_plan(previous_plan_file) if previous_plan_file else None  # a bad one is refused first
    report = extract_report(path, password=password, workers=workers, cues=cues)
    if previous or plan:
        report = against_previous(report, previous_reports(previous, password=password, cues=cues), threshold,
                                  plan, cues)
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
    response_due: date | None = None  # the user's "CQC response due" date, where the report gives none
    cues: Path | None = None  # a user's extra tagging cues
    combine_providers: bool = False  # one combined plan even when a batch holds several providers' reports
    previous: tuple[Path, ...] = ()  # earlier report(s) of the same service: mark repeat findings
    previous_plan: Path | None = None  # the previous action plan (or its store): each repeat's last status there

    @field_validator("threshold", mode="before")
    @classmethod
    def _threshold_in_range(cls, value):
        return checked_threshold(value)


def default_plan_path(report: Path) -> Path:
    return report.with_name(f"{report.stem}{PLAN_SUFFIX}.docx")


def draft(report: Path, out: Path | None = None, options: DraftOptions = DraftOptions()) -> list[Path]:
    """Write the action plan for one report; returns the files written. Raises FindingsNotRead
    (after writing) when the report shows lists or notices that gave no findings."""
    return draft_counted(report, out, options)[0]


def draft_counted(report: Path, out: Path | None = None, options: DraftOptions = DraftOptions()
                  ) -> tuple[list[Path], ActionPlan]:
    """`draft`, also returning the plan written (the CLI's summary line counts it)."""
    extracted = _extract_for_draft(Path(report), options, options.workers)
    plan = _plan(plan_extraction(extracted, options), options)
    written = _render_plan(plan, out or default_plan_path(Path(report)), options)
    raise_if_unread([extracted], written)
    return written, plan


def _extract_for_draft(report: Path, options: DraftOptions, workers: int, name: str | None = None) -> ReportExtraction:
    """The report's findings, each marked where it repeats an issue of `options.previous` (or of
    `options.previous_plan`, with its last status there); `name` as for `extract_report`."""
    plan = previous_plan(options.previous_plan) if options.previous_plan else None
    extracted = extract_report(report, password=options.password, workers=workers, cues=options.cues, name=name,
                               meanwhile=_drafting_prepared)
    if options.previous or plan:
        earlier = previous_reports(options.previous, password=options.password, cues=options.cues)
        extracted = against_previous(extracted, earlier, options.threshold, plan, options.cues)
    return extracted


def _drafting_prepared() -> None:
    """What drafting needs once the pages are read, made while worker processes read them: the plan's and
    the Word writer's modules, and the prompts' compiled vocabularies (on an 82-page report, about a
    sixth of the work that followed the read)."""
    from .pipeline import plan, render  # noqa: F401
    from .pipeline.scaffold import prepare

    prepare()


def plan_extraction(extracted: ReportExtraction, options: DraftOptions) -> Extraction:
    return to_extraction([with_response_due(extracted, options.response_due)], merge=options.merge,
                         threshold=options.threshold)


def _plan(extraction: Extraction, options: DraftOptions) -> ActionPlan:
    from .pipeline.plan import make_plan

    return make_plan(extraction, group_by=options.group_by)


def _render_plan(plan: ActionPlan, out: Path, options: DraftOptions) -> list[Path]:
    from .pipeline.render import render

    make_folder(out.parent)
    return render(plan, out, options.formats, template=options.template, force=options.force)


def with_response_due(report: ReportExtraction, due: date | None) -> ReportExtraction:
    """`--response-due` sets the cover's "CQC response due" line; without it, the report's own date."""
    if due is None:
        return report
    return report.model_copy(update={"meta": report.meta.model_copy(update={"response_due": due})})


class BatchItem(BaseModel):
    """One file of a batch: its findings, the files written, why it failed or was skipped."""

    model_config = ConfigDict(frozen=True)

    file: str  # the file name, or the path as given where two files share a name
    report: ReportExtraction | None = None
    written: list[Path] = []
    error: str | None = None  # it failed, or its plan could not be written
    note: str | None = None  # kept an existing plan, skipped (listed twice) or not reached (interrupted)
    duplicate: bool = False  # the same content as an earlier file: left out of the combined plan
    kept: bool = False  # its plan already existed and was left as it was (a re-run without --force)
    musts: int | None = None  # the plan's must and should actions, as `draft` counts them (statements merged)
    shoulds: int | None = None


class BatchResult(BaseModel):
    """What a batch did per file, in input order, and what became of the combined plan."""

    model_config = ConfigDict(frozen=True)

    items: list[BatchItem]
    combined: list[Path] = []
    combined_error: str | None = None
    combined_exit: int = 0  # the exit code of combined_error (8: it exists, 12: not writable ...)
    interrupted: bool = False

    @property
    def reports(self) -> list[ReportExtraction]:
        """The reports read, each once: these make the combined plan."""
        return [i.report for i in self.items if i.report is not None and not i.duplicate]

    @property
    def written(self) -> dict[str, list[Path]]:
        return {i.file: i.written for i in self.items if i.written}

    @property
    def failures(self) -> dict[str, str]:
        return {i.file: i.error for i in self.items if i.error}


class BatchInterrupted(Interrupted):
    """Ctrl-C or SIGTERM stopped a batch; `result` holds what was finished and kept. (Not a
    KeyboardInterrupt: typer would turn that into a silent exit 130 before the summary.)"""

    def __init__(self, result: BatchResult, exit_code: int):
        super().__init__(exit_code)
        self.result = result


def draft_batch(inputs: Sequence[Path], out_dir: Path, options: DraftOptions = DraftOptions(), *, workers: int = 1,
                on_done: Callable[[str, str | None], None] | None = None,
                on_start: Callable[[int], None] | None = None) -> BatchResult:
    """One plan per report in `out_dir`, plus a combined plan merged across them, in the same formats.

    A file that fails is reported and skipped; the others finish. Ctrl-C or SIGTERM stops
    at once: plans already written stay, nothing half-written is left, and
    `BatchInterrupted` carries the partial result.
    """
    from .batch import init_worker, plan_jobs, run_pool, stop_pool

    jobs = plan_jobs(inputs, out_dir, PLAN_SUFFIX, reserved=[f"{COMBINED_NAME}"])
    make_folder(out_dir)
    options = options.model_copy(update={"workers": 1})
    todo = {j.label: (_guarded, j.source, j.out, options, j.label) for j in jobs if not j.skip}
    if on_start:
        on_start(len(todo))
    outcomes: dict[str, BatchItem] = {}
    workers = max(1, min(workers, len(todo)))
    pool = ProcessPoolExecutor(max_workers=workers, initializer=init_worker) if workers > 1 else None
    try:
        finished = run_pool(pool, todo) if pool else ((k, t[0](*t[1:])) for k, t in todo.items())
        for label, item in finished:
            outcomes[label] = item.model_copy(update={"file": label})
            if on_done:
                on_done(label, item.error)
        result = BatchResult(items=_in_order(jobs, outcomes))
        if result.reports:
            combined, error, code = _in_worker(pool, _draft_combined, result.reports, out_dir, options)
            result = result.model_copy(update={"combined": combined, "combined_error": error, "combined_exit": code})
    except (KeyboardInterrupt, Interrupted) as stop:
        if pool:
            stop_pool(pool, [out_dir])
        partial = BatchResult(items=_in_order(jobs, outcomes), interrupted=True)
        raise BatchInterrupted(partial, getattr(stop, "exit_code", 130)) from None
    finally:
        if pool:
            pool.shutdown(wait=True, cancel_futures=True)
    return result


def _in_order(jobs, outcomes: dict[str, BatchItem]) -> list[BatchItem]:
    """Every job gets a row: its outcome, why it was skipped, or that it was never reached;
    a second copy of one report's content stays out of the combined plan."""
    items: list[BatchItem] = []
    seen: dict[str, str] = {}
    for job in jobs:
        item = BatchItem(file=job.label, note=job.skip) if job.skip else \
            outcomes.get(job.label) or BatchItem(file=job.label, note="interrupted: not drafted")
        if item.report is not None:
            first = seen.setdefault(item.report.meta.sha256, job.label)
            if first != job.label:
                same = f"same content as {first}: in the combined plan once"
                item = item.model_copy(update={"duplicate": True, "note": "; ".join(filter(None, (item.note, same)))})
        items.append(item)
    return items


def _in_worker(pool: ProcessPoolExecutor | None, function: Callable, *args):
    """Run in a worker when there is a pool: its spaCy, tables and Word libraries are loaded
    by now, while this process would load them all after the last report (about 0.7 s)."""
    from .batch import in_worker

    return pool.submit(in_worker, function, *args).result() if pool else function(*args)


def _guarded(path: Path, out: Path, options: DraftOptions, name: str) -> BatchItem:
    """Read and write one report of a batch, called `name` (its label: the file name, folder-qualified
    where names clash) in its plan and warnings; a failure is a row, not the end of the batch.
    A plan that cannot be written (it exists) still counts towards the combined plan."""
    try:
        extracted = _extract_for_draft(path, options, 1, name)
    except CqcplanError as exc:
        return BatchItem(file=name, error=exc.message)
    except Exception as exc:  # one bad file must not stop the batch
        return BatchItem(file=name, error=f"{name}: internal error ({type(exc).__name__}: {exc})")
    item = BatchItem(file=name, report=extracted)
    try:
        plan = _plan(plan_extraction(extracted, options), options)
        item = item.model_copy(update={"musts": plan.summary.musts, "shoulds": plan.summary.shoulds})
        written = _render_plan(plan, out, options)
        # lists or notices seen but nothing read: the plan is written (as for one report), the file counts as failed
        unread = no_findings_message(extracted) if extracted.seen and not extracted.findings else None
        return item.model_copy(update={"written": written, "error": unread})
    except OutputExists:  # a re-run after adding a report: earlier plans stay as they are
        return item.model_copy(update={"kept": True, "note": f"kept the existing {out.name} (--force redrafts it)"})
    except CqcplanError as exc:
        return item.model_copy(update={"error": f"not written: {exc.message}"})
    except Exception as exc:
        return item.model_copy(update={"error": f"not written: internal error ({type(exc).__name__}: {exc})"})


def _draft_combined(reports: list[ReportExtraction], out_dir: Path, options: DraftOptions
                    ) -> tuple[list[Path], str | None, int]:
    """One combined plan per provider with two or more reports (a plan is one provider's; a
    provider's only report already has its own plan, and a second plan of it would be a second
    living plan to keep); --combine-providers makes one for all, still merging statements only
    within each provider. Returns the files, or why they were not written (a plan exists, the
    disk is full ...) and that exit code."""
    groups = provider_groups(reports)
    if len(groups) > 1:
        log.warning("this batch holds reports of %s: %s; statements are not merged across providers",
                    providers_named(reports), "one combined plan for all, as --combine-providers asks"
                    if options.combine_providers else "a combined plan for each provider with two or more reports "
                                                      "(--combine-providers for one for all)")
    for key, group in groups.items():
        if key and len(group) > 1 and (apart := inspections_apart(group)):
            log.warning("%s: %s", group[0].meta.provider, apart)
    try:
        if options.combine_providers or len(groups) == 1:
            return (_combined_plan(reports, out_dir / f"{COMBINED_NAME}.docx", options) if len(reports) > 1 else []), \
                None, 0
        return [path for key, group in groups.items() if len(group) > 1
                for path in _combined_plan(group, out_dir / f"{COMBINED_NAME}-{_slug(key)}.docx", options)], None, 0
    except CqcplanError as exc:
        return [], exc.message, exc.exit_code


def _combined_plan(reports: list[ReportExtraction], out: Path, options: DraftOptions) -> list[Path]:
    from .pipeline.plan import make_plan
    from .pipeline.render import render

    reports = [with_response_due(r, options.response_due) for r in reports]
    extraction = to_extraction(reports, merge=options.merge, threshold=options.threshold)
    return render(make_plan(extraction, group_by=options.group_by or COMBINED_GROUPING), out, options.formats,
                  template=options.template, force=options.force)


def said_did(plan_file: Path, out: Path, *, force: bool = False) -> list[Path]:
    """Write the "CQC said, we did" sheet for a drafted plan (.docx or --format json)."""
    from .io import atomic_write_all
    from .pipeline.plan_file import load_plan
    from .pipeline.render.briefs import write_said_did
    from .pipeline.said_did import make_said_did

    sheet = make_said_did(load_plan(plan_file))
    return atomic_write_all({Path(out): lambda path: write_said_did(sheet, path)}, force=force)


def publish(plan_file: Path, out: Path, *, force: bool = False) -> list[Path]:
    """Write the public version of a drafted plan (.docx, or .pdf by `out`'s extension) and,
    beside it, the list of what was removed."""
    from functools import partial

    from .io import atomic_write_all
    from .pipeline.plan_file import load_plan
    from .pipeline.publish import make_public
    from .pipeline.render.briefs import removed_tsv, write_public

    out = Path(out)
    writer = write_public
    if out.suffix.lower() == ".pdf":
        from .pipeline.render.public_pdf import write_public_pdf as writer
    public = make_public(load_plan(plan_file))
    report, listing = out.with_name(f"{out.stem}-removed.tsv"), removed_tsv(public.removed)
    writers = {out: partial(writer, public)}
    if not (report.is_file() and report.read_text(encoding="utf-8", errors="replace") == listing):
        # the same list, written beside the other format of this plan (public.pdf, then public.docx), is no clash
        writers[report] = lambda path: path.write_text(listing, encoding="utf-8")
    written = atomic_write_all(writers, force=force)
    return written if report in writers else [*written, report.absolute()]


# ---------------------------------------------------------------- the living plan (issue 13)
#
# next_plan: read_plan -> next_version -> check_plan          (nothing written)
# update:    next_plan -> render (+ record in the store, one transaction)
# status:    next_plan -> counts
# history:   the store's versions


def next_plan(plan_file: Path, *, today=None):
    """The edited plan as read, its next version, what changed and the checks at `today`; writes
    nothing (`update` writes it, `status` counts it, the web page offers it as a download)."""
    from .pipeline.checks import check_plan

    reading, plan, changes, checks, today = _read_next(plan_file, today)
    return reading, plan, changes, checks + check_plan(plan, today)


def _read_next(plan_file: Path, today):
    """The edited plan as read, its next version, what changed and the reading's checks (no plan checks yet)."""
    from datetime import date

    from .pipeline.living import next_version
    from .pipeline.readback import read_plan

    today = today or date.today()
    reading = read_plan(plan_file)
    return (reading, *next_version(reading, today), today)


def _caught_up(reading, plan, changes, checks, newest, plan_file: Path, today, *, counted: bool):
    """The next version rebuilt on the store's `newest` when the file was written as an older
    version (`pipeline/catch_up.py`); else as it was. The checks come first."""
    from .pipeline.catch_up import catch_up, is_behind

    if newest is None or not is_behind(reading.source.version, plan.version, newest[0], newest[2]):
        return plan, changes, checks, None
    plan, changes, caught = catch_up(reading.source, plan, newest[0], file=Path(plan_file).name,
                                     newest_file=newest[1], today=today, counted=counted)
    return plan, changes, caught + checks, newest[0]


def counted_plan(plan_file: Path, *, store: Path | None = None, today=None):
    """What `status` and `report` count: the edited plan's next version, built on the plan store's
    newest when the file was written as an older version (as `update` would write it; nothing is
    written). Returns the version counted on (the file's, or the store's newest), the plan, whether
    anything changed, the checks, the store's progress rows and whether there is a store."""
    from .pipeline import store as plan_store
    from .pipeline.checks import check_plan

    reading, plan, changes, checks, today = _read_next(plan_file, today)
    store_path = Path(store) if store else plan_store.default_store(plan_file, reading.source)
    base, stored, newest = reading.source, [], None
    from_store = store is not None or store_path.exists()
    if from_store:
        with plan_store.opened(store_path, reading.source, create=False) as connection:
            newest, stored = plan_store.newest(connection), plan_store.reviews(connection)
    plan, changes, checks, on = _caught_up(reading, plan, changes, checks, newest, plan_file, today, counted=True)
    return on or base, plan, bool(changes), checks + check_plan(plan, today), stored, from_store


def update(plan_file: Path, out: Path | None = None, *, today=None, store: Path | None = None,
           force: bool = False):
    """Write the next version of an edited plan (.docx or .xlsx) and record it in the plan store.

    Nothing is written (plan or store) unless everything succeeds: the store is checked before,
    and its transaction is committed only once the new plan file is in place.
    """
    from .models.living import BEHIND, UpdateResult
    from .pipeline import store as plan_store
    from .pipeline.checks import check_plan
    from .pipeline.render import render

    reading, plan, changes, checks, today = _read_next(plan_file, today)
    written, recorded = [], False
    store_path = Path(store) if store else plan_store.default_store(plan_file, reading.source)
    new_store = not store_path.exists()
    try:
        with plan_store.opened(store_path, reading.source, create=True) as connection:
            plan_store.begin(connection, reading.source)
            newest = plan_store.newest(connection)
            if newest is None:  # the version the leads started from
                plan_store.record(connection, reading.source, Path(plan_file).name, [], [])
            plan, changes, checks, _ = _caught_up(reading, plan, changes, checks, newest, plan_file, today,
                                                  counted=False)
            if newest is not None and not changes:  # nothing typed since the version it builds on: no empty version
                connection.execute("ROLLBACK")  # nor the catch-up notice, which names a version not written
                checks = [c for c in checks if c.code != BEHIND]
                return UpdateResult(plan=newest[0], changes=[], checks=checks + check_plan(newest[0], today), written=[],
                                    store=str(store_path))
            target = Path(out) if out else next_plan_path(Path(plan_file), plan.version)
            checks = checks + check_plan(plan, today) + [c for c in [plan_store.dated_before(connection, plan)] if c]
            plan_store.record(connection, plan, target.name, changes, checks)
            try:
                written = render(plan, target, [target.suffix.lstrip(".").lower() or reading.format], force=force)
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
            recorded = True
    finally:
        if new_store and not recorded:  # a failure, or nothing to record: no store left behind
            store_path.unlink(missing_ok=True)
    return UpdateResult(plan=plan, changes=changes, checks=checks, written=[str(p) for p in written],
                        store=str(store_path))


def next_plan_path(plan_file: Path, version: str) -> Path:
    """report-action-plan.docx -> report-action-plan-v0.2.docx (an earlier -vX.Y is replaced)."""
    import re

    stem = re.sub(r"-v\d+(\.\d+)*$", "", plan_file.stem)
    return plan_file.with_name(f"{stem}-v{version}{plan_file.suffix}")


def status(plan_file: Path, *, store: Path | None = None, today=None):
    """Progress of an edited plan at `today`, with its checks; writes nothing. A file written as an
    older version than the plan store's newest is counted on the newest (`counted_plan`)."""
    from collections import Counter
    from datetime import date

    from .models import KEY_QUESTIONS
    from .models.living import StatusReport
    from .models.plan import BRAGS, CADENCES, NO_SERVICE, NOT_RATED, services_in_report_order
    from .pipeline.briefs import OWN_ACTIONS, area
    from .pipeline.plan_summary import NOT_TAGGED
    from .pipeline.progress import LOCAL, ranked, service_labels, tally

    today = today or date.today()
    on, plan, _, checks, _, _ = counted_plan(plan_file, store=store, today=today)
    current = [a for a in plan.actions if not a.is_closed]
    return StatusReport(
        version=on.version, today=today, total=len(plan.actions),
        by_status=tally("All actions", plan.actions).status,
        by_brag=ranked(Counter(a.brag or NOT_RATED for a in current), (*BRAGS, NOT_RATED)),
        by_key_question=ranked(Counter(area(a) for a in current), (*KEY_QUESTIONS, NOT_TAGGED), last=(OWN_ACTIONS,)),
        by_service=ranked(Counter(s for a in current for s in service_labels(a)), services_in_report_order(plan.reports),
                          last=(NO_SERVICE, LOCAL)),
        closed=sum(a.is_closed for a in plan.actions), checks=checks,
        by_cadence=ranked(Counter(a.review_cadence or "Not set" for a in current), (*CADENCES, "Not set")),
        measured=sum(bool(a.baseline.strip() and a.target_measure.strip()) for a in current),
        signed_off=sum(bool(a.signed_off_by.strip()) for a in plan.actions),
        checked=sum(bool(a.independent_check_by.strip()) for a in plan.actions), approval=plan.approval)


def history(plan_file: Path, *, store: Path | None = None):
    """Every version recorded for this plan, oldest first, with what changed."""
    from .pipeline import store as plan_store
    from .pipeline.readback import read_plan

    source = read_plan(plan_file).source
    store_path = Path(store) if store else plan_store.default_store(plan_file, source)
    with plan_store.opened(store_path, source, create=False) as connection:
        return plan_store.versions(connection)


# report:    next_plan -> the store's versions -> make_progress -> charts, render


def progress(plan_file: Path, *, store: Path | None = None, today=None):
    """The numbers of the board's progress report for a plan (.docx or .xlsx) at `today`; writes
    nothing. BRAG over versions comes from the plan store when there is one (default: beside the
    plan), else it is this version alone; a file written as an older version than the store's newest
    is counted on the newest (`counted_plan`), and the report says so."""
    from datetime import date

    from .pipeline.progress import make_progress

    today = today or date.today()
    on, current, edited, checks, stored, from_store = counted_plan(plan_file, store=store, today=today)
    behind = next((c.message for c in checks if c.code == "based-on-older-version"), "")
    return make_progress(on, current, edited=edited, stored=stored, from_store=from_store, today=today,
                         behind=behind)


def progress_report(plan_file: Path, out: Path, *, store: Path | None = None, today=None,
                    force: bool = False) -> list[Path]:
    """Write the board's progress report: Word (.docx) or a self-contained web page (.html), by `out`'s extension."""
    from .io import atomic_write_all
    from .outputs import REPORT_DEFAULT, REPORT_SUFFIXES, REPORT_WHAT, document_target
    from .pipeline.render.progress import write_progress

    out = document_target(out, REPORT_DEFAULT, REPORT_SUFFIXES, REPORT_WHAT)
    report = progress(plan_file, store=store, today=today)
    make_folder(out.parent)  # `-o reports/` as draft takes it: made if missing, once the plan has been read
    return atomic_write_all({out: lambda path: write_progress(report, path, out.suffix.lower())}, force=force)
