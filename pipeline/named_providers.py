"""The provider a statement names as the one that must act, when it names one.

Takes statement text, returns the organisation named before its "must" / "should", or None.
pipeline/merge.py keeps statements naming different providers apart, as it keeps apart the
statements of reports with different providers on their covers: the same duty at two providers
is two providers' actions, however alike the words ("Church Street Medical Practice must
establish a system for safety alerts" and "Meadow Lane Surgery must establish ..."). The
decisions a reader would get wrong:
- Only the lead is read, up to the first "must" or "should": an organisation named after it is
  one the provider is told to work with ("... must agree a protocol with Northshire County
  Council"), not the provider.
- A name is a run of capitalised words ending in a word that names an organisation's kind
  (Trust, Ltd, Practice, Surgery, Care Home ...), with at least one word of its own: "The Trust
  must" and "The Practice should" name no one.
- One provider's name inside the other's ("Eastgate NHS Foundation Trust" in "the Rowan Unit of
  Eastgate NHS Foundation Trust") is the same provider: a unit or location named with it.
"""

import re

import numpy as np

# The last word(s) of an organisation's name that say what kind of organisation it is.
_KIND = (r"(?:NHS\s+)?(?:Foundation\s+)?Trust|Ltd\.?|Limited|LLP|PLC|plc|CIC|(?:Medical\s+)?Practice|Surgery|"
         r"Medical\s+Centre|Health\s+Centre|Care\s+Home|Nursing\s+Home|Healthcare|Partnership")
_WORD = r"[A-Z][\w’'&-]*"
_NAME = re.compile(rf"\b(?!(?:At|In|For|The)\b){_WORD}(?:\s+(?:(?:of|and|&|upon|on|the)\s+)?{_WORD})*\s+(?:{_KIND})\b")
_MODAL = re.compile(r"\b(?:must|should)\b")
# Capitalised words that say what kind of body it is, not which one: a name needs another word.
_GENERIC = frozenset("the a an nhs foundation trust ltd limited llp plc cic medical practice surgery centre health care "
                     "home nursing healthcare partnership provider service services hospital hospitals university "
                     "registered at in".split())


def named_provider(text: str) -> str | None:
    """The organisation named in the statement's lead (before its first must / should), folded to
    lower case, or None when it names none."""
    modal = _MODAL.search(text)
    lead = text[: modal.start()] if modal else ""
    names = [m.group(0) for m in _NAME.finditer(lead)
             if any(w.casefold() not in _GENERIC for w in re.findall(r"[\w’'&-]+", m.group(0)))]
    return " ".join(names[-1].casefold().split()) if names else None


def providers_apart(texts: list[str]) -> np.ndarray:
    """Pairs of statements that both name a provider, neither name holding the other."""
    out = np.zeros((len(texts), len(texts)), dtype=bool)
    named = [(i, name) for i, t in enumerate(texts) if (name := named_provider(t))]  # few statements name one
    for i, a in named:
        for j, b in named:
            out[i, j] = a not in b and b not in a
    return out
