"""The Python API; the CLI is a thin shell over it. The stage order is written out here once.

extract: scan -> read -> mark_furniture -> read_metadata / locate / read_notices
         -> extract -> collapse_repeats -> tag
"""

from pathlib import Path

from cqcplan.models import Action, Extraction
from cqcplan.models.report import ReportExtraction


def extract_report(path: Path, *, password: str | None = None, all_pages: bool = False) -> ReportExtraction:
    """Read one report PDF into its metadata, verbatim findings and requirement notices.

    `all_pages` reads every page closely instead of the pages the fast pass picks.
    """
    from cqcplan.pipeline.extract import extract as items_to_findings
    from cqcplan.pipeline.furniture import mark_furniture
    from cqcplan.pipeline.locate import locate
    from cqcplan.pipeline.metadata import cover_service, read_metadata
    from cqcplan.pipeline.notices import read_notices
    from cqcplan.pipeline.read import read
    from cqcplan.pipeline.repeats import collapse_repeats
    from cqcplan.pipeline.scan import scan
    from cqcplan.pipeline.tag import tag

    path = Path(path)
    scanned = scan(path, password, all_pages=all_pages)
    doc = read(path, scanned.pages_to_read, sha256=scanned.sha256, password=password)
    doc = mark_furniture(doc, scanned.recurring_margins)
    structure = locate(doc, default_service=cover_service(doc))
    meta = read_metadata(doc, "\n".join(scanned.page_texts[:4]))
    notices = read_notices(doc)
    findings = tag(collapse_repeats(items_to_findings(structure, path.name)), notices)
    return ReportExtraction(meta=meta.model_copy(update={"services": structure.services}), findings=findings, notices=notices)


def extract(path: Path, *, password: str | None = None) -> Extraction:
    """The JSON contract for one report: one action per finding (merging comes later)."""
    report = extract_report(path, password=password)
    actions = [Action(ref=f.id, findings=[f.id]) for f in report.findings]
    return Extraction(reports=[report.meta], findings=report.findings, actions=actions)
