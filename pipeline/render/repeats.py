"""The summary page's count of repeat findings (draft --previous), added after rendering.

Added to the rendered document rather than the template so that restyled templates keep
working unchanged: the line goes after the first paragraph under the "Summary" heading, and
a template without that heading simply goes without it (each repeat is still marked beside
its wording).
"""

from docx.document import Document

from ...models.finding import SURE_REPEAT
from ...models.plan import ActionPlan

from .text import FOUND_AGAIN, xml_safe


def repeats_line(plan: ActionPlan) -> str:
    """"4 of the 7 CQC statements repeat an issue of the 2016 report (1 to check)"."""
    s = plan.summary
    compared = ", ".join(dict.fromkeys(_label(r) for r in plan.previous))
    check = (f" ({s.repeats_to_check} marked “Check”: a similarity under {SURE_REPEAT:.2f}, or a match the merge "
             "stage alone would not make, to confirm)" if s.repeats_to_check else "")
    closed = (f" {FOUND_AGAIN}: {s.repeats_closed} of them repeat an action the previous plan had marked complete."
              if s.repeats_closed else "")
    return f"Raised before: {s.repeats} of the {s.findings} CQC statements repeat an issue of the {compared}{check}.{closed}"


def _label(meta) -> str:
    from ...pipeline.previous import report_label

    return f"{report_label(meta)} ({meta.file})"


def note_repeats(document: Document, plan: ActionPlan) -> None:
    """Insert the count after the first paragraph under the Summary heading, in its style."""
    if not plan.previous:
        return
    paragraphs = document.paragraphs
    for i, paragraph in enumerate(paragraphs[:-2]):
        if paragraph.style.name.startswith("Heading") and paragraph.text.strip() == "Summary":
            paragraphs[i + 2].insert_paragraph_before(xml_safe(repeats_line(plan)), style=paragraphs[i + 1].style)
            return
