"""Read a test PDF's findings the way `api.extract_report` does once a report is recognised.

Test pages are fragments, not whole reports, so the cover check, tagging and facts are left out;
every other step (furniture, printed page order, the report's own services, notices, the
paragraphs' reading order) is the one users get, so a test cannot pass on a shorter road.
"""

from pathlib import Path

from cqcplan.models import Finding
from cqcplan.models.document import ReportDocument
from cqcplan.pipeline import own_services
from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.facts import line_order
from cqcplan.pipeline.furniture import mark_furniture
from cqcplan.pipeline.locate import locate
from cqcplan.pipeline.notices import read_notices
from cqcplan.pipeline.page_order import printed_order
from cqcplan.pipeline.read import start_read
from cqcplan.pipeline.scan import page_texts
from cqcplan.pipeline.text import words_in


def read_doc(path: Path) -> ReportDocument:
    """The document as the later stages see it: furniture marked, pages in printed order."""
    return printed_order(mark_furniture(start_read(path, sha256="-")()))


def doc_findings(doc: ReportDocument, name: str, default_service: str | None = None) -> list[Finding]:
    known = words_in(page_texts(doc))
    with own_services.named(doc):
        structure = locate(doc, default_service=default_service)
    return extract(structure, name, known, read_notices(doc, known), line_order(doc))


def read_findings(path: Path, default_service: str | None = None) -> list[Finding]:
    return doc_findings(read_doc(path), Path(path).name, default_service)
