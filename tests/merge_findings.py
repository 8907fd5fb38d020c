"""Findings filed under a theme as a section heading files them, and whether `merge` joins them:
shared by the merge tests that pin one rule each."""

from cqcplan.models import Finding, Tag
from cqcplan.pipeline.merge import merge
from cqcplan.pipeline.tag import tag


def filed(text: str, ident: str, theme: str, file: str = "a.pdf") -> Finding:
    """A finding filed under `theme` as a section heading files it (sure)."""
    filed_as = Tag(field="theme", value=theme, basis="section", evidence=theme, rule_id="test", confidence=0.95)
    return Finding(id=ident, kind=_kind(text), text=text, file=file, page=2, section="Areas for improvement",
                   theme=theme, tags=[filed_as])


def _kind(text: str) -> str:
    return "must" if " must " in f" {text} " else "should"


def together(*findings: Finding) -> bool:
    return len(merge(list(findings))) == 1


def tagged_together(a: str, b: str) -> bool:
    """Whether two statements merge once the tag stage has read their themes, as `cqcplan extract` does."""
    found = [Finding(id=ident, kind=_kind(text), text=text, file="a.pdf", page=2, section="Areas for improvement")
             for ident, text in (("a", a), ("b", b))]
    return len(merge(tag(found, []))) == 1
