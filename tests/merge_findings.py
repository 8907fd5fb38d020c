"""Findings filed under a theme as a section heading files them, and whether `merge` joins them:
shared by the merge tests that pin one rule each."""

from cqcplan.models import Finding, Tag
from cqcplan.pipeline.merge import merge


def filed(text: str, ident: str, theme: str, file: str = "a.pdf") -> Finding:
    """A finding filed under `theme` as a section heading files it (sure)."""
    tag = Tag(field="theme", value=theme, basis="section", evidence=theme, rule_id="test", confidence=0.95)
    kind = "must" if " must " in f" {text} " else "should"
    return Finding(id=ident, kind=kind, text=text, file=file, page=2, section="Areas for improvement",
                   theme=theme, tags=[tag])


def together(*findings: Finding) -> bool:
    return len(merge(list(findings))) == 1
