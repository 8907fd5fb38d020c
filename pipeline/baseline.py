"""An action's baseline, pre-filled from a figure the report itself states; never invented.

Takes the findings of one action, returns the baseline text ("" when the report gives no
figure). A figure is a percentage ("68%", "68 per cent") or a proportion ("three of the
five staff files", "4 out of 10"), in the statement or in the narrative passage that states
the breach (`Finding.evidence`). A sentence (or a clause between semicolons) that says what
must or should happen, or is an instruction ("Ensure that …"), holds a target, not a
baseline, so it is passed over. The clause is quoted as the report prints it, with its page (a
passage's figure gets the passage's first page); only a leading "Only" or "Just" before the
figure is dropped, as in "68% of staff had completed … (report p. 14)".
"""

import re

from ..models import Finding

from .extract import split_sentences
from .regex_programs import compiled

MAX_FIGURES = 3  # sentences quoted per action: a merged action may answer several figures
_NUMBER = (r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
           r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)")
PERCENT = r"\b\d+(?:\.\d+)?\s?(?:%|per\s?cent\b)"
PROPORTION = rf"\b{_NUMBER}\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?{_NUMBER}\b"
FIGURE = compiled(f"{PERCENT}|{PROPORTION}", re.I)
CITATION = compiled(r"\b(?:regulations?|section|paragraph)\s+$", re.I)  # "regulation 12 of the …" is no figure
OBLIGATION = compiled(r"\b(?:must|should|shall|needs? to|ought to|recommend\w*)\b", re.I)
# A list item without a subject is an instruction: "Ensure that … so that the trust target of 90% is met".
INSTRUCTION_VERB = (r"(?:ensure|make sure|continue|consider|review|improve|take|provide|develop|implement|"
                    r"monitor|maintain|introduce|increase|reduce|achieve|meet)\b")
INSTRUCTION = compiled(rf"^{INSTRUCTION_VERB}", re.I)
EMPHASIS = compiled(r"^(?:only|just)\s+(?=\d)", re.I)


def baseline_for(findings: list[Finding], *, with_file: bool = False) -> str:
    quoted: list[str] = []
    for sentence, where in _sentences(findings, with_file):
        if len(quoted) == MAX_FIGURES:
            break
        line = f"{EMPHASIS.sub('', sentence)} ({where})"
        if _states_a_figure(sentence) and line not in quoted:
            quoted.append(line)
    return "\n".join(quoted)


def _sentences(findings: list[Finding], with_file: bool):
    """Each sentence of the statements, then of their evidence passages, with where it was printed."""
    for finding in findings:
        yield from _with_place(finding.text, finding.file, finding.page, with_file)
    for finding in findings:
        for passage in finding.evidence:
            yield from _with_place(passage.text, finding.file, passage.page, with_file)


def _with_place(text: str, file: str, page: int, with_file: bool):
    """Sentences, and the clauses of a sentence joined by semicolons: "The trust must ensure …; only
    68% of staff had completed it" states its baseline in its second clause."""
    where = f"{file} p. {page}" if with_file else f"report p. {page}"
    for sentence in split_sentences(" ".join(text.split())):
        for clause in sentence.split(";"):
            if clause.strip():
                yield clause.strip(), where


def _states_a_figure(sentence: str) -> bool:
    if OBLIGATION.search(sentence) or INSTRUCTION.match(sentence):
        return False
    return any(not CITATION.search(sentence[: m.start()]) for m in FIGURE.finditer(sentence))
