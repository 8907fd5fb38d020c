"""The report's regulatory facts around its findings: which regulations its citations mean,
the enforcement behind each must, the notices counted for the cover, the date a response
to CQC is due, and what the recognisers saw when no finding came out.

Takes and returns models; called by api.extract_report after tagging.
"""

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from ..models.document import ReportDocument
from ..models.finding import Enforcement, Finding, Regulation, Tag
from ..models.report import ReportMeta, RequirementNotice
from ..models.structure import Paragraph, Structure
from ..vocab import regulations

from . import structure_patterns as sp
from .breaches import line_key
from .citations import find_citations
from .extract import LAST_INSPECTION, joined_text, sentence_page, split_sentences
from .metadata import parse_dates
from .regex_programs import compiled

# The 2014 Regulated Activities Regulations' fundamental standards commenced on this day;
# reports of inspections before it cite the 2010 Regulations.
FUNDAMENTAL_STANDARDS = date(2015, 4, 1)
_DUE = compiled(
    r"\b(?:send|submit|return|provide)\b[^.]{0,160}?\b(?:report|action plan)\b[^.]{0,120}?\b(?:by|before|no later than)\s+"
    r"(\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}|\d{1,2}/\d{1,2}/\d{4})", re.S)


def line_order(doc: ReportDocument) -> dict:
    """Body line -> its position in reading order (paragraphs with nothing printed between)."""
    return {line_key(line): i for i, line in enumerate(doc.body_lines())}


def default_instrument(meta: ReportMeta, notices: Sequence[RequirementNotice], page_texts: Sequence[str]) -> str:
    """RA2010 for a report of an inspection before April 2015 (or, undated, one whose tables and
    text cite the 2010 Regulations and never the 2014 ones); RA2014 otherwise. The inspection's days as its
    cover prints them: a visit the text adds weeks later is no inspection of its own."""
    days = parse_dates(meta.inspection_dates_printed or "") or meta.inspection_dates
    if days:
        return "RA2010" if max(days) < FUNDAMENTAL_STANDARDS else "RA2014"
    cited = {n.regulation.instrument for n in notices if n.regulation}
    text = " ".join(page_texts)
    cited |= {"RA2010" for _ in re.finditer(r"Regulations 2010", text)} | {"RA2014" for _ in re.finditer(r"Regulations 2014", text)}
    return "RA2010" if cited & {"RA2010", "RA2014"} == {"RA2010"} else "RA2014"


# ------------------------------------------------------------------ 2010 regulations


_GUESSED = ("wording", "inferred")  # tag bases of a regulation the tagger read from wording or its theme, not cited


def legacy_regulations(findings: list[Finding], instrument: str) -> list[Finding]:
    """In a pre-April-2015 report, a regulation guessed from wording is a 2010 regulation: the
    2014 one the cues chose is carried back through the §8.4 table (vocab/regulations.toml
    `nearest`), its `words` choosing among 2010 regulations that share it."""
    if instrument != "RA2010":
        return findings
    return [_legacy(f) for f in findings]


def _legacy(finding: Finding) -> Finding:
    guessed = [t for t in finding.tags if t.field == "regulation" and t.basis in _GUESSED and t.value.startswith("RA2014 ")]
    if not guessed:
        return finding
    mapping: dict[str, Regulation] = {}
    for tag in guessed:
        old = tag.value.split(" ", 1)[1]
        new = _carried_back(old, finding.text)
        if new:
            mapping[old] = new.model_copy(update={"inferred": tag.basis == "inferred"})
    if not mapping:
        return finding
    carried = [mapping.get(r.number, r) if r.instrument == "RA2014" else r for r in finding.regulations]
    regs = [r for i, r in enumerate(carried) if r not in carried[:i]]
    tags: list[Tag] = []
    for tag in finding.tags:
        old = tag.value.split(" ", 1)[1] if tag in guessed else None
        if old in mapping:
            reg = mapping[old]
            tag = tag.model_copy(update={"value": f"RA2010 {reg.number}", "rule_id": f"ra2010.{tag.rule_id}"})
        tags.append(tag)
    return finding.model_copy(update={"regulations": regs, "tags": [t for i, t in enumerate(tags) if t not in tags[:i]]})


def _carried_back(number: str, text: str) -> Regulation | None:
    folded = text.lower()
    candidates = [e for (inst, _), e in regulations().items()
                  if inst == "RA2010" and number in {re.sub(r"\(.*", "", n) for n in e.nearest}]
    worded = [e for e in candidates if any(w in folded for w in e.words)]
    plain = [e for e in candidates if not e.words]
    chosen = (worded or plain or [None])[0]
    return Regulation(instrument="RA2010", number=chosen.number, title=chosen.title) if chosen else None


# ------------------------------------------------------------------ enforcement


def link_enforcement(findings: list[Finding], notices: Sequence[RequirementNotice]) -> list[Finding]:
    """Each must carries the notice rows of the regulation it cites (or that the tagger matched
    from a notice row's wording); where several rows share the regulation, the rows whose
    statement shares most words with the must."""
    rows = [n for n in notices if n.regulation is not None]
    if not rows:
        return findings
    return [_linked(f, rows) if f.kind == "must" and not f.enforcement else f for f in findings]


def _linked(finding: Finding, rows: list[RequirementNotice]) -> Finding:
    keys = _cited(finding) or _worded(finding)
    same = [n for n in rows if (n.regulation.instrument, n.regulation.number) in keys]
    if not same:
        return finding
    words = _words(finding.text)
    scored = [(len(words & _words(n.statement or n.text)), n) for n in same]
    best = max(score for score, _ in scored)
    chosen = [n for score, n in scored if score == best]
    enforcement = [Enforcement(type=n.type, regulation=n.regulation, activities=n.activities, page=n.page) for n in chosen]
    unique = [e for i, e in enumerate(enforcement) if e not in enforcement[:i]]
    return finding.model_copy(update={"enforcement": unique})


def _cited(finding: Finding) -> set[tuple[str, str]]:
    """The regulations the must cites, or that a notice row's wording matched."""
    return {(r.instrument, r.number) for r in finding.regulations
            if any(t.field == "regulation" and t.basis in ("explicit", "requirement_notice")
                   and t.value == f"{r.instrument} {r.number}" for t in finding.tags) or not finding.tags}


def _worded(finding: Finding) -> set[tuple[str, str]]:
    """A must that cites nothing and matched no notice row, whose regulation the tagger read from its
    wording (one restating a row's title was given that row's regulation by the tagger)."""
    return {tuple(t.value.split(" ", 1)) for t in finding.tags if t.field == "regulation" and t.basis in _GUESSED}


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}


def enforcement_counts(notices: Sequence[RequirementNotice], stated: Sequence[Enforcement] = ()) -> dict[str, int]:
    """Notice rows by type, with the enforcement only the narrative states (one per regulation)."""
    return dict(Counter([n.type for n in notices] + [e.type for e in stated]))


# "We served a warning notice …", "We have issued a notice of proposal …", "… was served a warning notice"
_TOOK_ACTION = compiled(r"\bwe (?:have |had )?(?:served|issued|imposed|placed|took|taken|sent|used our)\b"
                        r"|\b(?:was|were|has been|have been) (?:served|issued|imposed|placed)\b", re.I)


def stated_enforcement(paragraphs: Sequence[Paragraph], known_words: frozenset[str], notices: Sequence[RequirementNotice],
                       instrument: str) -> list[Enforcement]:
    """Enforcement the narrative says CQC took at this inspection ("We issued a warning notice in
    relation to good governance") of a type no table row records, one per regulation it names
    (by number or title; none when it names no regulation)."""
    tabled = {n.type for n in notices}
    found: list[Enforcement] = []
    for paragraph in paragraphs:
        text = joined_text(paragraph, known_words)
        sentences = split_sentences(text)
        for index, sentence in enumerate(sentences):
            if not _TOOK_ACTION.search(sentence):  # asked first: one pattern, where the kind takes a dozen
                continue
            kind = sp.enforcement_action(sentence)
            if not kind or kind in tabled or _about_the_past(sentences[: index + 1]):
                continue
            page = sentence_page(paragraph, text, sentence)
            for regulation in _named_regulations(sentence, instrument) or [None]:
                item = Enforcement(type=kind, regulation=regulation, page=page)
                if all((e.type, e.regulation) != (item.type, item.regulation) for e in found):
                    found.append(item)
    return found


def _about_the_past(sentences: list[str]) -> bool:
    return any(LAST_INSPECTION.search(s) for s in sentences[-2:])


def _named_regulations(sentence: str, instrument: str) -> list[Regulation]:
    cited = [r.model_copy(update={"paragraphs": ""}) for r in find_citations(sentence, instrument)]
    folded = _fold(sentence)
    titled = [Regulation(instrument=e.instrument, number=e.number, title=e.title) for e in regulations().values()
              if e.instrument == instrument and re.search(rf"\b{re.escape(_fold(e.title))}\b", folded)]
    named = cited or titled
    return [r for i, r in enumerate(named) if (r.instrument, r.number) not in {(o.instrument, o.number) for o in named[:i]}]


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[-–]", " ", text.lower()).split())


def add_stated(findings: list[Finding], stated: Sequence[Enforcement]) -> list[Finding]:
    """Each must of a regulation the narrative's enforcement names carries it."""
    if not stated:
        return findings
    out = []
    for finding in findings:
        keys = {(r.instrument, r.number) for r in finding.regulations}
        extra = [e for e in stated if finding.kind == "must" and e.regulation is not None
                 and (e.regulation.instrument, e.regulation.number) in keys and e not in finding.enforcement]
        out.append(finding.model_copy(update={"enforcement": [*finding.enforcement, *extra]}) if extra else finding)
    return out


def response_due(page_texts: Sequence[str]) -> date | None:
    """The date the report gives for the provider's report or action plan to CQC; never invented."""
    for text in page_texts:
        match = _DUE.search(text)
        if match:
            days = parse_dates(re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", match.group(1)))
            if days:
                return days[0]
    return None


# ------------------------------------------------------------------ nothing found


def seen_but_not_read(structure: Structure, notices: Sequence[RequirementNotice], page_texts: Sequence[str]) -> list[str]:
    """What the recognisers saw that should have given findings: list headings, notice rows,
    enforcement tables. Empty when the report genuinely has no actions."""
    seen = []
    headings = sorted({line.strip() for text in page_texts for line in text.splitlines()
                       if line.strip() and sp.opener_kind(line.strip()) in ("must", "should")})
    if headings:
        seen.append("must/should list heading(s) " + "; ".join(f"“{h}”" for h in headings[:3]))
    kinds = Counter(n.type for n in notices)
    if kinds:
        seen.append(", ".join(f"{count} {name.replace('_', ' ')} row(s)" for name, count in sorted(kinds.items())))
    tables = sorted({line.strip() for text in page_texts for line in text.splitlines()
                     if sp.notice_kind(line.strip()) and len(line.split()) <= 8} - {""})
    if tables and not notices:
        seen.append("table heading(s) " + "; ".join(f"“{t}”" for t in tables[:3]))
    return seen


def musts_not_read(findings: Sequence[Finding], notices: Sequence[RequirementNotice], page_texts: Sequence[str]) -> list[str]:
    """What shows the report has musts when none was read though other statements were (a must
    list lost while its should list was read): must-list headings, notice rows. Empty otherwise."""
    if not findings or any(f.kind == "must" for f in findings):
        return []
    headings = sorted({line.strip() for text in page_texts for line in text.splitlines()
                       if line.strip() and sp.opener_kind(line.strip()) == "must"})
    seen = ["must list heading(s) " + "; ".join(f"“{h}”" for h in headings[:3])] if headings else []
    kinds = Counter(n.type for n in notices)
    seen += [", ".join(f"{count} {name.replace('_', ' ')} row(s)" for name, count in sorted(kinds.items()))] if kinds else []
    return seen

