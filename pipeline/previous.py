"""Repeat findings: which statements of a new report repeat an issue of a previous one.

Takes the new report's findings and the previous report(s)' findings, returns the new
findings with `repeat_of` set. The decision is the merge stage's own (pipeline/merge.py
`score_findings`): a new statement repeats the previous statement it scores best with,
when that score reaches the merge threshold, so "one issue" means the same here as in a
plan's merged rows (same sure theme, no explicit regulation conflict, the blocks of
pipeline/similarity.py). A match scoring under SURE_REPEAT is kept and marked for review
("Check"), never dropped: the mark can be wrong only in the safe direction. So is
a match that merge's blocks against one shared word turn down ("appraisal" in "each clinician
completes a yearly appraisal" and "annual appraisals take place for every GP"): a missed
repeat hides what a board asks first, a doubtful one costs a reader a glance.
Providers are not a cannot-link here (a provider may be renamed between inspections);
the caller warns when the covers differ.
"""

from ..models import Finding, PriorFinding, ReportMeta
from ..models.finding import SURE_REPEAT

from .merge import DEFAULT_THRESHOLD, score_findings
from .similarity import shared_terms


# SURE_REPEAT (0.7, in models/finding.py beside the mark it sets): "Raised before" tells a board
# that CQC found the issue again, so a repeat asks more than a merge (whose weak matches are
# marked under 0.5): on two labelled report pairs by an outside author, look-alikes that are not
# repeats (DBS renewal against DBS before starting) scored 0.52 and 0.62 among true repeats of
# 0.58 to 1.0 (bench/eval_repeats.py); under 0.7 a repeat is shown for a person to confirm.


def report_label(meta: ReportMeta) -> str:
    """"2016 report": the year of inspection (else publication), else the file name."""
    day = min(meta.inspection_dates, default=None) or meta.published
    return f"{day.year} report" if day else meta.file


def mark_repeats(new: list[Finding], previous: list[tuple[ReportMeta, list[Finding]]],
                 threshold: float = DEFAULT_THRESHOLD) -> list[Finding]:
    """Each new finding with `repeat_of` naming the previous statement of the same issue, if any."""
    old = [(meta, f) for meta, findings in previous for f in findings]
    if not new or not old:
        return new
    together = [f for _, f in old] + list(new)
    found, scores, _ = score_findings(together)
    _, doubtful, _ = score_findings(together, lenient=True)
    marked = []
    for i, finding in enumerate(new, start=len(old)):
        j = int(scores[i, : len(old)].argmax())
        score, sure = float(scores[i, j]), True
        if score <= 0.0 or score < threshold:  # 0: a cannot-link or block of the merge stage
            j = int(doubtful[i, : len(old)].argmax())
            score, sure = float(doubtful[i, j]), False
            if score <= 0.0 or score < threshold:
                marked.append(finding)
                continue
        meta, prior = old[j]
        marked.append(finding.model_copy(update={"repeat_of": PriorFinding(
            file=prior.file, report=report_label(meta), finding_id=prior.id, kind=prior.kind, text=prior.text,
            page=prior.page, score=round(score, 3), shared_terms=shared_terms(found[i], found[j]),
            review=not sure or score < SURE_REPEAT)}))
    return marked

