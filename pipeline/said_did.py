""""CQC said, we did": one row per CQC statement beside what the plan records was done.

Takes `ActionPlan`, returns `SaidDid`. A merged action gives one row per wording (each
statement verbatim with its page); "did" holds only what a lead has written (A/B/C lines
that replaced the prompts, and the progress update without cqcplan's reading notes), so a
fresh draft honestly reads "Not yet recorded". The first page is the plain-English lines per key question.
"""

from ..models.briefs import SaidDid, SaidDidRow
from ..models.plan import ActionPlan

from .briefs import area, by_key_question, decided, progress_written, statements, who, written

NOTHING_YET = "Not yet recorded"


def make_said_did(plan: ActionPlan) -> SaidDid:
    rows = []
    for action in plan.actions:
        progress, _ = progress_written(action)
        did = decided(action) + ([f"Progress: {progress}"] if progress else [])
        status = action.status + (f" ({action.brag})" if action.brag else "")
        said = [dict(own=action.description)] if action.local else [dict(statement=s) for s in statements(action)]
        for one in said:
            rows.append(SaidDidRow(ref=action.ref, kind=action.kind.capitalize(), key_question=area(action),
                                   did=did or [NOTHING_YET], evidence=written(action.evidence), status=status, **one))
    return SaidDid(title=f"CQC said, we did: {who(plan)}", date=plan.date, top=by_key_question(plan), rows=rows)

