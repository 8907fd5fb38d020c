"""The previous action plan (draft --previous-plan): what became of each repeated issue last time.

Takes the new report's findings, `repeat_of` already set by pipeline/previous.py, and the
previous plan's versions; returns them with `repeat_of.plan_status`: the status and BRAG the
previous plan last recorded for the action answering that statement, the version and date
that recorded it and, from a plan store, the version in which it was first so marked. The
action is found by CQC's wording, which every plan carries verbatim (pipeline/embed.py), so
a statement the previous plan never answered gets no status rather than a guess.

Without the previous report's PDF the plan's own statements stand in for it
(`plan_findings`): each wording re-tagged from its verbatim text and the section it was
printed under, then compared by the same machinery as the PDF's statements.
"""

import logging
from pathlib import Path

from ..errors import InputNotFound, NotAPlan
from ..models import Finding, ReportMeta
from ..models.finding import PlanStatus, PriorFinding
from ..models.living import PlanVersions
from ..models.plan import ActionPlan, PlanAction

log = logging.getLogger("cqcplan")
DONE = ("Complete", "Closed")


def read_previous_plan(path: Path) -> PlanVersions:
    """A plan's .docx or .xlsx (with what the leads typed), its --format json file, or its plan
    store; NotAPlan (15), DamagedPlan (16) or StoreError (18) for anything else."""
    from .plan_file import load_plan
    from .store import is_store, plan_versions

    path = Path(path)
    if not path.is_file():
        raise InputNotFound(f"no such previous plan: {path}")
    suffix = path.suffix.lower()
    if is_store(path):
        return PlanVersions(file=path.name, versions=plan_versions(path))
    if suffix in (".docx", ".xlsx"):
        return PlanVersions(file=path.name, versions=[_as_read(path)])
    if suffix == ".json":
        return PlanVersions(file=path.name, versions=[load_plan(path)])
    raise NotAPlan(f"{path.name}: not a previous plan; give the .docx, .xlsx or --format json file cqcplan wrote, "
                   "or its plan store (.cqcplan-store.sqlite)")


def _as_read(path: Path) -> ActionPlan:
    """The file's own version, with every value the leads have typed into it since, and the
    status in their word ("Complete"; the next version would call a Blue one "Closed")."""
    from .living import next_version
    from .readback import read_plan

    reading = read_plan(path)
    typed, changes, _ = next_version(reading, reading.source.date)
    closing = {c.uid for c in changes if c.field == "closed_on" and c.new}
    said = {c.uid: c.new for c in changes if c.field == "status"}
    actions = [a.model_copy(update={"status": said.get(a.uid, a.status)}) if a.uid in closing else a
               for a in typed.actions]
    return typed.model_copy(update={"actions": actions, "version": reading.source.version,
                                    "date": reading.source.date})


def plan_findings(previous: PlanVersions, cues: Path | None = None) -> list[tuple[ReportMeta, list[Finding]]]:
    """The previous plan's CQC statements as tagged findings, per report, for pipeline/previous.py."""
    from .tag import tag

    plan = previous.versions[-1]
    by_file: dict[str, list[Finding]] = {}
    for action in plan.actions:
        for w in action.wordings:
            by_file.setdefault(w.file, []).append(Finding(
                id=w.finding_id, kind=w.kind, text=w.text, file=w.file, page=w.page, section=w.section,
                service=w.service, also_at=w.also_at))
    covers = {r.file: r for r in plan.reports}
    return [(covers.get(file) or ReportMeta(file=file, sha256="", report_type=""), tag(found, [], extra_cues=cues))
            for file, found in by_file.items()]


def with_plan_status(findings: list[Finding], previous: PlanVersions) -> list[Finding]:
    """Each repeat finding with the previous plan's last status for the action that answered it."""
    latest = previous.versions[-1]
    answered = _by_wording(latest)
    marked, repeats, found = [], 0, 0
    for finding in findings:
        prior = finding.repeat_of
        action = _answering(prior, answered) if prior else None
        repeats += prior is not None
        if action is None:
            marked.append(finding)
            continue
        found += 1
        status = plan_status(action, previous)
        marked.append(finding.model_copy(update={"repeat_of": prior.model_copy(update={"plan_status": status})}))
    if repeats and not found:
        log.warning("%s answers %s, not the statements these repeat: no previous status is shown", previous.file,
                    ", ".join(r.file for r in latest.reports) or "no report")
    return marked


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _by_wording(plan: ActionPlan) -> dict[str, list[tuple[str, PlanAction]]]:
    answered: dict[str, list[tuple[str, PlanAction]]] = {}
    for action in plan.actions:
        for w in action.wordings:
            answered.setdefault(_squeezed(w.text), []).append((w.file, action))
    return answered


def _answering(prior: PriorFinding, answered: dict[str, list[tuple[str, PlanAction]]]) -> PlanAction | None:
    """The action holding the repeated statement's wording; the one from the same file when several do."""
    holders = answered.get(_squeezed(prior.text), [])
    same_file = [action for file, action in holders if file == prior.file]
    return (same_file or [action for _, action in holders] or [None])[0]


def plan_status(action: PlanAction, previous: PlanVersions) -> PlanStatus:
    """The action's status in the latest version, and the earliest version of its unbroken run."""
    latest = previous.versions[-1]
    since = latest
    for plan in reversed(previous.versions[:-1]):
        earlier = _same_action(plan, action)
        if earlier is None or (earlier.status, earlier.brag) != (action.status, action.brag):
            break
        since = plan
    return PlanStatus(plan=previous.file, ref=action.ref, status=action.status, brag=action.brag,
                      version=latest.version, date=latest.date, since_version=since.version, since_date=since.date,
                      closed=action.status in DONE or action.brag == "Blue")


def _same_action(plan: ActionPlan, action: PlanAction) -> PlanAction | None:
    """By the stable id every version keeps (pipeline/identity.py), else by its first wording."""
    for other in plan.actions:
        if (action.uid and other.uid == action.uid) or (
                not action.uid and other.wordings and action.wordings and other.wordings[0].text == action.wordings[0].text):
            return other
    return None
