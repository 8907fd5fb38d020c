"""Word files for "CQC said, we did" and the public version, written with python-docx.

Plain documents on purpose (no template): both are short, handed round as they are, and
their content rules (verbatim CQC wording, no prompts, no names) are the pipeline's.
"""

import csv
import io
from pathlib import Path

from ...models.briefs import Brief, PublicPlan, Removal, SaidDid

from .plain import add_table, landscape_document
from .text import PUBLIC_HEADERS, PUBLIC_NOTE, public_cells, said_block, uk_date, xml_safe

# Column widths in inches (the page holds plain.USABLE_INCHES): CQC's words get the room, not the ref.
SAID_DID_WIDTHS = [0.5, 4.0, 2.7, 1.7, 1.2]
PUBLIC_WIDTHS = [0.5, 1.3, 2.8, 1.7, 0.9, 0.8, 0.8, 1.3]


def write_said_did(sheet: SaidDid, path: Path) -> None:
    doc = landscape_document()
    doc.add_heading(xml_safe(sheet.title), level=0)
    doc.add_paragraph(f"From the action plan of {uk_date(sheet.date)}.")
    doc.add_heading("Top things to know", level=1)
    _briefs(doc, sheet.top)
    doc.add_page_break()
    doc.add_heading("What CQC said and what we did", level=1)
    rows = [[r.ref, said_block([r.statement] if r.statement else [], r.own), "\n".join(r.did), r.evidence, r.status]
            for r in sheet.rows]
    add_table(doc, ["Ref", "CQC said (verbatim, page)", "What we did", "Evidence", "Status"], rows, SAID_DID_WIDTHS)
    doc.save(str(path))


def write_public(plan: PublicPlan, path: Path) -> None:
    doc = landscape_document()
    doc.add_heading(xml_safe(plan.title), level=0)
    doc.add_paragraph(f"Version {xml_safe(plan.version)}, {uk_date(plan.date)}. {PUBLIC_NOTE}")
    doc.add_heading("Summary by key question", level=1)
    _briefs(doc, plan.summary)
    doc.add_heading("Actions", level=1)
    add_table(doc, PUBLIC_HEADERS, [public_cells(a) for a in plan.actions], PUBLIC_WIDTHS)
    doc.save(str(path))


def removed_tsv(removed: list[Removal]) -> str:
    """Tab-separated: ref, field, what was removed, what replaced it (for a person to check). Written
    by the csv module, so a tab or quote typed in a name is quoted, never a column of its own; line
    breaks become spaces so each removal stays one line."""
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel-tab", lineterminator="\n")
    writer.writerow(["ref", "field", "removed", "replaced by"])
    for r in removed:
        writer.writerow([" ".join(text.splitlines()) for text in (r.ref, r.field, r.removed, r.replaced_by)])
    return out.getvalue()


def _briefs(doc, briefs: list[Brief]) -> None:
    for brief in briefs:
        doc.add_heading(brief.key_question, level=2)
        for line in brief.lines:
            doc.add_paragraph(xml_safe(line), style="List Bullet")
