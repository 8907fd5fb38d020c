"""What two merged wordings disagree on: a figure, the standard they work to, or their theme.

Merging calls two wordings one issue from their shared words, yet "so that the trust target of
90% compliance is met" and "... of 95% compliance is met" ask for different things in detail, and
so do "in line with trust policy" and "in line with national policy": the plan's lines then quote
both, and a person must decide which applies. Such a merge is marked "Check" and its note names
the difference (pipeline/merge.py sets the link's `review`, pipeline/plan.py prints why). So is a
merge across the themes the plan prints, which pipeline/merge.py lets through only when one theme
is a guess and the words agree strongly. A figure or standard only one wording names is no
disagreement: one wording saying less is what a paraphrase does.
"""

import re

from ..models import Finding

from .citations import citation_spans
from .regex_programs import compiled
from .theme_neighbours import neighbours

# A figure as printed: "90%", "90 per cent", "2", "1.5"; digits inside a word or code ("A3") are not.
_FIGURE = compiled(r"(?<![\w.])(\d+(?:\.\d+)?)(\s*(?:%|per\s*cent\b))?(?![\w])", re.IGNORECASE)
# The standard a qualifier names, up to the clause's end: "in line with trust policy", "as set out
# in NICE guidance", "in accordance with the Mental Health Act Code of Practice".
_STANDARD = compiled(r"\b(?:in line with|in accordance with|according to|as set out in|as required by|as per)\s+"
                     r"((?:[\w’'-]+\s*){1,8}?)(?=\s*(?:[,;.:()]|\band\b|\bso\b|\bto\b|\bfor\b|$))", re.IGNORECASE)
_ARTICLE = compiled(r"^(?:the|its|their|a|an)\s+", re.IGNORECASE)


def differences(a: Finding, b: Finding) -> list[str]:
    """What the two wordings disagree on, each as the note prints it ("figures “90%” / “95%”")."""
    found = []
    for what, mine, theirs in (("figures", _figures(a.text), _figures(b.text)),
                               ("standards", _standards(a.text), _standards(b.text))):
        only_mine, only_theirs = mine.keys() - theirs.keys(), theirs.keys() - mine.keys()
        if only_mine and only_theirs:
            found.append(f"{what} {_listed(only_mine, mine, a.text)} / {_listed(only_theirs, theirs, b.text)}")
    if a.theme and b.theme and a.theme != b.theme and not neighbours(a.theme, b.theme):
        found.append(f"themes {a.theme} / {b.theme}")
    return found


def _figures(text: str) -> dict[str, str]:
    """Each figure outside a regulation citation, keyed by its value ("90 per cent" and "90%" alike)."""
    for start, end in reversed(citation_spans(text)):
        text = text[:start] + " " * (end - start) + text[end:]
    return {m.group(1) + ("%" if m.group(2) else ""): m.group(0) for m in _FIGURE.finditer(text)}


def _standards(text: str) -> dict[str, str]:
    """Each standard a qualifier names, keyed without its article, letter case or possessive."""
    named = {}
    for m in _STANDARD.finditer(text):
        printed = m.group(1).strip()
        key = re.sub(r"['’]s\b", "", _ARTICLE.sub("", printed)).casefold()
        named[key] = printed
    return named


def _listed(keys: set[str], printed: dict[str, str], text: str) -> str:
    """The keys as printed, in the order the wording prints them."""
    return ", ".join(f"“{printed[k]}”" for k in sorted(keys, key=lambda k: text.find(printed[k])))
