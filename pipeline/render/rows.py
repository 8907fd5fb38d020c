"""One flat row per action: the column set the xlsx tracker and the csv share.

Fields a trust fills in later sit at the right, in the order the board reads them
(lead, deadline, BRAG, evidence, status, progress), then the SMART measure, the risks and
the sign-off, headed as the Word plan labels them (`models/living.py` LABELS). `with_file` adds the report file
name to each source line only when the plan answers more than one report.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ...models.plan import ActionPlan, PlanAction
from ...models.living import label

from ..refs import FINDING_LABEL, REF_LABEL
from ..typography import typographic
from .text import KIND_LABEL, merge_reasons, repeat_notes, sources, wordings

Value = str | date | None


@dataclass(frozen=True)
class Column:
    header: str
    width: int  # xlsx characters
    value: Callable[[PlanAction, bool], Value]


COLUMNS = [
    Column(REF_LABEL, 7, lambda a, _: a.ref),
    Column("Type", 8, lambda a, _: KIND_LABEL[a.kind]),
    Column("Core service(s)", 22, lambda a, _: "\n".join(a.services)),
    Column("Key question", 13, lambda a, _: a.key_question or ""),
    Column("Theme", 22, lambda a, _: typographic(a.theme or "")),
    Column("Quality statement", 20, lambda a, _: typographic(a.quality_statement or "")),
    Column("Regulation(s)", 24, lambda a, _: "\n".join(a.regulations)),
    Column(FINDING_LABEL, 9, lambda a, _: "\n".join(w.finding_id for w in a.wordings)),  # one a wording, as printed
    Column("CQC wording (verbatim)", 60, lambda a, _: wordings(a)),
    Column("Where printed", 30, lambda a, with_file: sources(a, with_file=with_file)),
    Column("Why merged", 30, lambda a, _: merge_reasons(a)),
    Column("A. Change the process", 45, lambda a, _: a.scaffold.change),
    Column("B. Communicate / train staff", 45, lambda a, _: a.scaffold.communicate),
    Column("C. Audit that it is embedded", 45, lambda a, _: a.scaffold.audit),
    Column("Lead", 16, lambda a, _: a.lead),
    Column("Executive lead", 16, lambda a, _: a.executive_lead),
    Column("Deadline", 12, lambda a, _: a.deadline),
    Column("BRAG", 9, lambda a, _: a.brag or ""),
    Column("Evidence / key documents", 40, lambda a, _: a.evidence),
    Column("Status", 12, lambda a, _: a.status),  # "In progress" on one line
    Column("Progress update", 40, lambda a, _: a.progress),
    Column(label("baseline"), 40, lambda a, _: a.baseline),
    Column(label("target_measure"), 30, lambda a, _: a.target_measure),
    Column(label("evidence_source"), 24, lambda a, _: a.evidence_source),
    Column(label("review_cadence"), 12, lambda a, _: a.review_cadence or ""),
    Column(label("risks"), 30, lambda a, _: a.risks),
    Column(label("early_warning_signs"), 30, lambda a, _: a.early_warning_signs),
    Column(label("escalation_trigger"), 30, lambda a, _: a.escalation_trigger),
    Column(label("signed_off_by"), 18, lambda a, _: a.signed_off_by),
    Column(label("signed_off_on"), 12, lambda a, _: a.signed_off_on),
    Column(label("independent_check_by"), 18, lambda a, _: a.independent_check_by),
    Column(label("independent_check_on"), 12, lambda a, _: a.independent_check_on),
    Column("Check", 10, lambda a, _: "Check" if a.review else ""),
    Column("Topic", 14, lambda a, _: a.scaffold.topic),
    Column("Raised before", 40, lambda a, _: repeat_notes(a)),  # --previous: the earlier report's statement
    Column("Date closed", 12, lambda a, _: a.closed_on),
    Column("Lessons learned", 40, lambda a, _: a.lessons),
    Column("Local action", 30, lambda a, _: a.description),
    Column("Id", 14, lambda a, _: a.uid),  # hidden in the xlsx: how `cqcplan update` matches rows
]

HEADERS = [c.header for c in COLUMNS]


def action_rows(plan: ActionPlan) -> list[list[Value]]:
    with_file = len({w.file for a in plan.actions for w in a.wordings}) > 1
    return [[c.value(a, with_file) for c in COLUMNS] for a in plan.actions]
