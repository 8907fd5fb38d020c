"""Regulation citations in a statement or table heading, parsed into `Regulation`s.

Takes text, returns `list[Regulation]`; never raises. The decision a reader would get
wrong: a number alone is ambiguous (regulation 18 is staffing in the 2014 Regulated
Activities Regulations but notifications in the 2009 Registration Regulations), so the
instrument is read from the words that follow the citation, up to the end of the
clause, and only defaults to RA2014 when none is named. Only parenthesised items
directly attached to the number, like (2) (a) (iv), are paragraphs; a parenthesised
title such as "(Safe care and treatment)" is skipped.
"""

import re

from ..models import Regulation
from ..models.finding import Instrument
from ..vocab import RegulationEntry, regulations
from .regex_programs import compiled

_KEYWORD = r"\b(?:regulations?|regs?)\b\.?\s*"
_NUMBER = r"(\d{1,2}[Aa]?)(?![\w])"
# Case-sensitive inside: paragraphs are (2), (2A), (a), (iv); "(RA)" or "(Staffing)" are not.
_ITEM = r"\(\s*(?-i:\d{1,2}[A-Z]?|[a-z]{1,2}|[ivx]{1,5})\s*\)"
_TITLE = r"(?:\s*\(\s*[A-Za-z][A-Za-z ,'’&\-]{3,140}\))?"
_ONE = compiled(rf"{_NUMBER}((?:\s*{_ITEM})*){_TITLE}", re.I)
_START = compiled(_KEYWORD + r"(?=\d)", re.I)
_LINK = compiled(r"\s*(?:,|and\b|&|or\b)\s*(?:" + _KEYWORD + r")?(?=\d)", re.I)
_ITEM_TEXT = compiled(r"\(\s*(\w+)\s*\)")
# Where the words naming an instrument for this citation can no longer be.
_CLAUSE_END = compiled(r";|\.(?:\s|$)|" + _KEYWORD + _NUMBER, re.I)
_MARKER = compiled(r"\b(2009|2010|2014)\b|\b(registration)\b", re.I)
_YEAR_TO_INSTRUMENT: dict[str, Instrument] = {"2009": "REG2009", "2010": "RA2010", "2014": "RA2014"}
_LOOKAHEAD = 200  # chars: a full instrument name after a parenthesised title fits easily


def regulation_entry(instrument: str, number: str) -> RegulationEntry | None:
    """The vocab row for one regulation, or None when the instrument has no such number."""
    return regulations().get((instrument, number.upper()))


def regulation_title(instrument: str, number: str) -> str | None:
    entry = regulation_entry(instrument, number)
    return entry.title if entry else None


def restates_title(text: str, regulation: Regulation) -> bool:
    """Every word of the regulation's title (of three letters or more, "and", "the", "for" aside) is
    in `text`: GP and dental lists print "Ensure care and treatment is provided in a safe way to
    patients" for regulation 12 (Safe care and treatment), the details being in the notice table."""
    title = regulation.title or regulation_title(regulation.instrument, regulation.number)
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}
    return bool(title) and {w.lower() for w in re.findall(r"[A-Za-z]{3,}", title)} - {"and", "the", "for"} <= words


def find_citations(text: str, default_instrument: str = "RA2014") -> list[Regulation]:
    """Every explicit citation in `text`, in order of appearance, without repeats.

    A citation's instrument is the one named after it in its clause, else one named just
    before it ("… Regulations 2010 Regulation 13 …"), else the one whose title follows
    the number ("Regulation 13 Management of medicines" is the 2010 regulation), else
    `default_instrument` (RA2010 in a report of an inspection before April 2015) when it
    has that number, else RA2014.
    """
    if not isinstance(text, str) or not text:
        return []
    found: list[Regulation] = []
    pos = 0
    while match := _START.search(text, pos):
        items, pos = _read_group(text, match.end())
        instrument = (_instrument_named_after(text, pos) or _instrument_just_before(text, match.start())
                      or _instrument_by_title(text, match.end(), pos, items) or _default(default_instrument, items))
        found.extend(_regulation(instrument, number, paras) for number, paras in items)
    return list(dict.fromkeys(found))


def opens_with_citation(text: str) -> bool:
    """The text begins with a regulation citation ("Regulation 12, 17, 18"): a table's regulations
    cell, which names what its row breaches, not the row."""
    spans = citation_spans(text.lstrip())
    return bool(spans) and spans[0][0] == 0


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Where each citation is printed, from "Regulation" to its last paragraph or parenthesised
    title: "regulation 17 (Good governance)" names the regulation, not what the statement is about."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while match := _START.search(text, pos):
        items, pos = _read_group(text, match.end())
        if items:
            spans.append((match.start(), pos))
        pos = max(pos, match.end())
    return spans


_JUST_BEFORE = compiled(r"(?:regulations|\bact)\s*(2009|2010|2014)\W{0,3}$", re.I)


def _instrument_named_after(text: str, pos: int) -> Instrument | None:
    window = text[pos : pos + _LOOKAHEAD]
    stop = _CLAUSE_END.search(window)
    words = window[: stop.start()] if stop else window
    marker = _MARKER.search(words)
    if not marker:
        return None
    return _YEAR_TO_INSTRUMENT[marker.group(1)] if marker.group(1) else "REG2009"


def _instrument_just_before(text: str, start: int) -> Instrument | None:
    before = _JUST_BEFORE.search(text[max(0, start - 40) : start])
    return _YEAR_TO_INSTRUMENT[before.group(1)] if before else None


def _instrument_by_title(text: str, begin: int, pos: int, items: list[tuple[str, str]]) -> Instrument | None:
    """The printed title after a lone number tells the instruments apart: 13 is "Management of
    medicines" in 2010 and "Safeguarding service users …" in 2014."""
    if len(items) != 1:
        return None
    following = _fold(text[pos : pos + 80]).lstrip(" ()-–:")
    cited = _fold(text[begin:pos])  # a parenthesised title read with the number: "13 (Management of medicines)"
    titled = [key[0] for key, entry in regulations().items()
              if key[1] == items[0][0] and (following.startswith(_fold(entry.title)[:24]) or f"({_fold(entry.title)[:24]}" in cited)]
    return titled[0] if len(titled) == 1 else None  # type: ignore[return-value]


def _default(default_instrument: str, items: list[tuple[str, str]]) -> Instrument:
    if default_instrument != "RA2014" and all((default_instrument, n) in regulations() for n, _ in items):
        return default_instrument  # type: ignore[return-value]
    return "RA2014"


def _read_group(text: str, pos: int) -> tuple[list[tuple[str, str]], int]:
    """Numbers joined by "," / "and" after one keyword: "Regulations 12 (x) and 17(2)"."""
    items: list[tuple[str, str]] = []
    while one := _ONE.match(text, pos):
        if items and not _known_number(one.group(1)):
            break  # "regulation 17 and 3 more breaches": not a citation of regulation 3
        items.append((one.group(1).upper(), _paragraphs(one.group(2))))
        pos = one.end()
        link = _LINK.match(text, pos)
        if not link:
            break
        pos_after_link = link.end()
        if not _ONE.match(text, pos_after_link):
            break
        pos = pos_after_link
    return items, pos


def _paragraphs(raw: str) -> str:
    return "".join(f"({item})" for item in _ITEM_TEXT.findall(raw))


def _known_number(number: str) -> bool:
    return any(key[1] == number.upper() for key in regulations())


def _named_instrument(words: str) -> Instrument:
    """The first year or "Registration" decides; RA2014 when neither is there."""
    marker = _MARKER.search(words)
    if not marker:
        return "RA2014"
    return _YEAR_TO_INSTRUMENT[marker.group(1)] if marker.group(1) else "REG2009"


def _regulation(instrument: Instrument, number: str, paragraphs: str) -> Regulation:
    return Regulation(
        instrument=instrument,
        number=number,
        paragraphs=paragraphs,
        title=regulation_title(instrument, number),
    )


def regulation_from_heading(text: str) -> Regulation | None:
    """The regulation a requirement-notice heading names, by number or else by title alone."""
    if not isinstance(text, str):
        return None
    flat = " ".join(text.split())
    cited = find_citations(flat)
    if cited:
        return cited[0]
    return _regulation_by_title(flat)


def _regulation_by_title(flat: str) -> Regulation | None:
    """Headings like "Good governance" or "CQC (Registration) Regulations 2009 Notice of absence"."""
    wanted = _named_instrument(flat)
    folded = _fold(flat)
    candidates = [
        entry
        for entry in regulations().values()
        if entry.instrument == wanted and re.search(rf"\b{re.escape(_fold(entry.title))}\b", folded)
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda entry: len(entry.title))
    return Regulation(instrument=best.instrument, number=best.number, title=best.title)


def _fold(text: str) -> str:
    """Lower case, hyphens as spaces: "Person centred care" matches "Person-centred care"."""
    return " ".join(re.sub(r"[-–]", " ", text.lower()).split())


# A breach named by what it is about, with no number (SAF summaries, reference §8.3): "we identified
# 3 breaches of regulation relating to person centred care, safe care and treatment and good governance".
_NAMED_BREACH = compiled(r"\bbreach(?:es|ed)?\b[^.;]{0,40}?\bregulations?\s+"
                         r"(?:relating to|in relation to|regarding|concerning)\b([^.;]*)", re.I)


def named_breaches(text: str) -> list[Regulation]:
    """The 2014 regulations a breach sentence names by title, or by a name CQC's summaries use
    (`names` in vocab/regulations.toml), in order; where names overlap the longest is meant."""
    found: list[tuple[int, int, RegulationEntry]] = []
    for clause in _NAMED_BREACH.finditer(text):
        folded = _fold(clause.group(1))
        found += [(m.start(), m.end(), entry) for entry in regulations().values()
                  if entry.instrument == "RA2014" and entry.key_questions
                  for name in (entry.title, *entry.names)
                  for m in re.finditer(rf"\b{re.escape(_fold(name))}\b", folded)]
    kept: list[tuple[int, int, RegulationEntry]] = []
    for start, end, entry in sorted(found, key=lambda f: f[0] - f[1]):
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, entry))
    return list(dict.fromkeys(Regulation(instrument=e.instrument, number=e.number, title=e.title)
                              for _, _, e in sorted(kept, key=lambda f: f[0])))
