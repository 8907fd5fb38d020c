"""Small pure text helpers shared by the stages (joining wrapped lines, bullets, whitespace).

Line-end hyphen rule: a soft hyphen (U+00AD) or the Unicode HYPHEN (U+2010) that
typesetters (browsers, WeasyPrint, InDesign) insert when they hyphenate a word at the
end of a printed line is the PDF showing the split: it is dropped and the word rejoined.
An ordinary hyphen-minus at a line end (what Word and LibreOffice print for both cases,
and what PDFium reports for every line-end hyphen) is decided by hyphenation.py from the
report's own words and a dictionary: "prophy-/laxis" is rejoined, "well-/led" kept. A
glyph that lost its character (a control code: a re-print dropped the font's Unicode map)
ending a line inside a word is the hyphen a reader sees there. A hyphen ending a line before
"and"/"or" and a hyphenated word is suspended ("pre- and post-dialysis"): the space stays.
"""

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from ..models.document import Line

from .glyphs import BULLETS as BULLET_GLYPHS, LINE_END_HYPHENS, SOFT_HYPHEN
from .regex_programs import compiled
from .zero_width import BREAK
from .hyphenation import MARKS_SPLITS, splits_word

# A line ending so ends a sentence (a closing bracket or quote after its stop included).
TERMINAL = (".", "!", "?", ";", ":", ")", "”", '"')
OPENING_QUOTES = "‘“'\""

SPLIT_HYPHENS = (SOFT_HYPHEN, "\u2010")
# The fields of one printed line of facts parted by a spaced middle dot or bar ("Inspection report published
# 9 May 2024 · Inspection visits 5 December 2023 to 25 January 2024 · Overall: Requires improvement").
FIELD_SEPARATOR = compiled(r"\s+[·|]\s+")
HARD_HYPHEN = "-"
# Two lines share a row when their tops lie within this many ems of each other (of the smaller type).
ROW_EM = 0.3

DASH_BULLETS = "-–—o*"

# A glyph with no Unicode mapping comes out of pdfminer as "(cid:127)": at a line start it is a bullet.
# A tree view's branch ("├─", "└─": box drawing, light, heavy or double) opens its line's item as a bullet
# does; the guide "│" running down beside the item's wrapped lines is a rule (glyph_rules.py), no marker.
_TREE_BRANCHES = "├└┝┕┣┗╞╘╟╙╠╚"
_BULLET = compiled(rf"^(?:[{re.escape(BULLET_GLYPHS)}]|[{_TREE_BRANCHES}][─━═]*|\(cid:\d+\))\s*")
_DASH_BULLET = compiled(rf"^[{re.escape(DASH_BULLETS)}]\s+(?=\S)")
_NUMBER = compiled(r"^(?:\(?\d{1,2}[.)]|\d{1,2}\.\d{1,2}\.?)\s+(?=\S)")
# Lettered items: "a." from a to h ("p. 12" and "c. 40" are a page and a figure); "a)" and "(a)"
# any letter, as a long list, or one lettered on across its groups, runs past h ("j)", "(k)"); a capital "A." / "B)", any
# letter, before a capital (a CSS counter in upper-alpha, a long list's "J." and "K."), never "E. coli"; Roman numerals, lower case ("ii.",
# "(iv)") or upper case before a capital ("III. The trust", "(IV) Ensure"; upper-roman).
_UPPER_ROMAN = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
_LETTER = compiled(r"^(?:\((?:[a-z]|[ivx]{1,4})\)|[a-z]\)|(?:[a-h]|[ivx]{1,4})[.)]|[A-Z][.)](?=\s+[A-Z])"
                   rf"|(?:{_UPPER_ROMAN}[.)]|\({_UPPER_ROMAN}\))(?=\s+[A-Z]))\s+(?=\S)")
# Reference codes some plans and reports print before each statement: "MD1", "SD12", "M3".
_REF_CODE = compiled(r"^(?:[MS]D?\d{1,3})[.:)]?\s+(?=\S)")
# A regulation citation's paragraph part ending a line: "12(2)(a)", "Regulation 17(2)", "12 (2)".
CITATION_BREAK = compiled(r"\b\d+ ?(?:\(\w{1,4}\))+$")
# The bracketed parts a line opens with ("(2)(g)"): a regulation's title in brackets ("(Safe care …") is none.
CITATION_PARTS = compiled(r"(?:\(\w{1,4}\) ?)*")
CITATION_TAIL = 40  # only the end of the text joined so far can end a citation: never search all of it
_WORD = compiled(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Type this much larger than the body text is a title or heading even when it is not bold.
HEADING_RATIO = 1.3
# Type this much larger than the body text (as a share of it) reads as a heading.
STYLED_RATIO = 1.1
# A plain label cell that wraps is at most this many words (a heading's length).
LABEL_WORDS = 16
# A line's next line may be set so tight (solid, as a heading or a tightly led paragraph) that its box
# overlaps the line above's by this many ems.
SOLID_OVERLAP_EM = 0.25
# Where a statement starts listing examples ("risks, such as falls"): what follows illustrates the
# object named before it (the tag stage lets the object decide; merging breaks a theme tie with it).
EXAMPLE_OPENER = r"\b(?:such as|including|for example|for instance|e\.g\.)\s"
HEADING_CONNECTOR = compiled(r"\b(?:of|and|for|the|to|with|or|in|including|at|on|by|&)$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def collapse_ws(text: str) -> str:
    """The text's words one space apart; the texts asked last are kept: locating and the stages after it ask
    it of each line many times over (a dozen checks a line), and a report has a few thousand lines."""
    return " ".join(text.split())


def lines_from(lines: list[Line], start: int) -> Iterator[Line]:
    """lines[start:] one by one, neither copied (a slice copies the rest for every line asked) nor walked
    from the first (`islice` steps over every line before `start`: asked for each line of a long
    report, that walk grows with the square of its length)."""
    return map(lines.__getitem__, range(start, len(lines)))


# A heading repeated over the rest of its list or chapter on a later page: "… must: (continued)", "(cont.)".
CONTINUED = compiled(r"\s*\((?:continued|cont'?d|cont\.)\)", re.IGNORECASE)


def without_continued(text: str) -> str:
    """The heading as its first printing reads, its "(continued)" mark set aside."""
    return CONTINUED.sub("", text).strip()


_ORDINARY_CAPITAL = compiled(r"[A-Z][a-z]+(?:[-'’][a-z]*)*[,;:.]?")  # "Ensure", "Staff", "Patients’"; not "DoLS", "GPs"
_NAME_LINK = {"of", "and", "to", "for", "in", "on", "&"}


def _title_word(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word[1:])


def inline(phrase: str) -> str:
    """The phrase as it reads inside a sentence ("here: ensure that ..."): its first letter lowered
    only when its first word is an ordinary capitalised word and it does not open a name, so "DoLS
    applications", "GPs", "Mental Capacity Act" and "Disclosure and Barring Service" stay as printed."""
    words = phrase.split()
    if not words or not _ORDINARY_CAPITAL.fullmatch(words[0]):
        return phrase
    named = len(words) > 1 and (_title_word(words[1]) or (
        words[1].lower() in _NAME_LINK and len(words) > 2 and _title_word(words[2])))
    return phrase if named else phrase[0].lower() + phrase[1:]


def kind_word(text: str) -> str | None:
    """"must" or "should" for a line saying only that ("MUST", "Should:"): a table's kind cell."""
    word = collapse_ws(text).rstrip(" :").lower()
    return word if word in ("must", "should") else None


def opens_citation(text: str) -> bool:
    """"(Regulation 12(2)(a))", "(HSCA 2008 …": a bracket opening a statement's citation (a number,
    a regulation, an Act) goes on its statement; "(Please see the specific details on action required
    at the end of this report)" is a note of its own."""
    return bool(_CITATION_OPENS.match(text))


_CITATION_OPENS = compiled(r"\((?:[^)]*\d|\s*(?:Regulations?|Reg|HSCA|Health and Social Care Act)\b)")


def closing_bracket_start(text: str) -> int | None:
    """Where the bracket that the text's last character closes was opened (None: the text ends with no
    closing bracket, or opened it before its start)."""
    if not text.endswith(")"):
        return None
    depth = 0
    for k in range(len(text) - 1, -1, -1):
        depth += (text[k] == ")") - (text[k] == "(")
        if depth == 0:
            return k
    return None


def opens_lower(text: str) -> bool:
    """The line opens lower case, read past an opening quotation mark ("‘do not attempt …’
    forms"): the rest of a sentence, never a heading or a new item."""
    return text.lstrip(OPENING_QUOTES)[:1].islower()


def figure_goes_on(last: str, text: str) -> bool:
    """`last` ends with a figure's hyphen ("on floors 2-", "aged 16-") and `text` opens with a digit
    ("4. (Regulation 22 …)"): the rest of the figure, as `join_lines` joins it, not a list number."""
    last = last.rstrip()
    return last.endswith(HARD_HYPHEN) and last[-2:-1].isdigit() and text.lstrip()[:1].isdigit()


@lru_cache(maxsize=8192)
def bullet_marker(text: str) -> str | None:
    """The bullet glyph or list number a line starts with, or None for a plain line. A number or
    reference code followed by a bullet glyph ("M1 ▸ The provider …") is one marker: the glyph
    marks the same item, and its text starts after both. Cached: locating asks it of each line
    six times over (five patterns tried on a plain line each time)."""
    for pattern in (_BULLET, _NUMBER, _LETTER, _REF_CODE, _DASH_BULLET):
        match = pattern.match(text)
        if match:
            glyph = _BULLET.match(text[match.end():]) if pattern is not _BULLET else None
            return text[:match.end() + glyph.end()] if glyph and match.end() + glyph.end() < len(text) else match.group(0)
    return None


@lru_cache(maxsize=8192)
def is_list_marker(word: str) -> bool:
    """A word that is only a bullet glyph or list number ("•", "2.", "(b)"), waiting for its text.
    Cached: the close read asks for every word of every page, and words repeat."""
    return bullet_marker(f"{word} Text") is not None


def strip_marker(text: str) -> str:
    marker = bullet_marker(text)
    return text[len(marker):] if marker else text


def bracket_open(texts: list[str]) -> bool:
    """The lines' text stops inside a bracket ("(Regulation 22 HSCA 2008 (Regulated Activities)"), the
    list letters opening them aside: "b) Make sure …" closes no bracket."""
    text = " ".join(strip_marker(collapse_ws(text)) for text in texts)
    return text.count("(") > text.count(")")


def join_lines(lines: list[str], known_words: frozenset[str] = frozenset()) -> str:
    """Join printed lines into running text, applying the line-end hyphen rule above;
    `known_words` are the report's own words (see `words_in`)."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if len(out) > 1 and out[-1] < " " and out[-2].isalpha() and line[:1].islower():
            out = out[:-1] + HARD_HYPHEN  # a glyph without a character (a re-print lost it) splitting a word
        if not out:
            out = line
        elif out.endswith(BREAK):
            out = out[:-1] + line  # a line broken at a zero-width space: no space between (zero_width.py)
        elif out.endswith(SPLIT_HYPHENS) and len(out) > 1 and out[-2].isalpha():
            out = out[:-1] + line
        elif out.endswith(HARD_HYPHEN) and len(out) > 1 and out[-2].isalpha() and _SUSPENDED.match(line):
            out = out + " " + line  # a suspended hyphen: "pre-" / "and post-dialysis" is "pre- and post-dialysis"
        elif out.endswith(HARD_HYPHEN) and len(out) > 1 and out[-2].isalpha():
            out = out[:-1] + line if splits_word(out, line, known_words) else out + line
        elif out.endswith(HARD_HYPHEN) and len(out) > 1 and out[-2].isdigit() and line[:1].isalnum():
            out = out + line  # a figure's hyphen ("HTM 01-/05", "18-/week"): no writer splits a number
        elif CITATION_PARTS.match(line).group(0) and (cited := CITATION_BREAK.search(out[-CITATION_TAIL:])):
            out = out + _citation_gap(cited.group(0), line) + line  # a citation broken between its parts
        else:
            out = out + " " + line
    return out.replace(SOFT_HYPHEN, "").replace(BREAK, "")


# A line opening "and"/"or" and a hyphenated word: the hyphen ending the line before is suspended,
# its word's second part shared with that word ("pre- and post-dialysis", "short- or long-term").
_SUSPENDED = compiled(r"(?:and|or)\s+[^\W\d_]+-[^\W\d_]")


def _citation_gap(tail: str, line: str) -> str:
    """What goes between a citation's parts broken over a line end: nothing ("Regulation 12(2)(a)" /
    "(b))"), unless the citation sets its brackets apart where they meet on a line ("(Regulation 17 (1)"
    / "(2) (b))"): then the space the line end took."""
    printed = (tail, CITATION_PARTS.match(line).group(0))
    return " " if any(") (" in p for p in printed) and not any(")(" in p for p in printed) else ""


# A line ending in a letter and U+2010: the writer marks its own splits (PDFium reports a
# line-end soft hyphen as it does a hyphen-minus, so only U+2010 tells).
_MARKED_SPLIT = compiled(r"[^\W\d_]\u2010$", re.MULTILINE)


def words_in(texts: list[str]) -> frozenset[str]:
    """Every word the report prints whole (hyphenated compounds kept as one word), and
    `MARKS_SPLITS` when a line ends in a U+2010 after a letter: a writer that
    marks its splits so does not split with a hyphen-minus (hyphenation.py)."""
    printed = {w for text in texts for w in _WORD.findall(text)}
    words = {w.lower() for w in printed}  # each spelling lower-cased once, not each printing
    if any(_MARKED_SPLIT.search(text) for text in texts):
        words.add(MARKS_SPLITS)
    return frozenset(words)


# spaCy's tokeniser is quadratic in the length of a run without spaces (a damaged or hostile
# PDF can print 30,000 "[" in a row: minutes); no word is longer than this.
_LONG_RUN = compiled(r"\S{64}")


def tokenisable(text: str) -> str:
    """A working copy for the tokeniser, the same length (character offsets still point into
    the original): every 64th character of a run without spaces becomes a space."""
    return _LONG_RUN.sub(lambda m: m.group(0)[:-1] + " ", text) if len(text) > 64 else text


def normalise_for_match(text: str) -> str:
    """Working form for comparing wordings: never stored, never shown."""
    text = text.translate(str.maketrans("‘’“”–—", "''\"\"--"))
    return collapse_ws(text).casefold().rstrip(" .;")


def merge_wrapped_headings(lines: list[Line], completes: Callable[[str], bool] | None = None) -> list[Line]:
    """Join a heading that wraps onto a second line ("Medical care (including older people's" /
    "care)"): same style, close below (or at the top of the next column: a heading wrapped
    at a column's foot), and the first part is visibly unfinished, or only the
    two parts together make a heading `completes` knows ("ACTION THE SERVICE MUST" / "TAKE TO
    IMPROVE" in a narrow column; in body type, a sentence-ending "… They" / "must:"). A
    table's label cell set as plain text joins when only its stacked lines together make such
    a heading ("Wards for older people" / "with mental health" / "problems")."""
    merged: list[Line] = []
    body = body_size(lines)
    heading_size, styled_size = HEADING_RATIO * body, STYLED_RATIO * body
    last = None  # the last line joined into the heading, where it is set (its next line goes on under it)
    i = 0
    while i < len(lines):
        line, prev = lines[i], merged[-1] if merged else None
        # the heading joined so far, placed where its last part is (its third part stacks under that one)
        placed = prev and last and prev.model_copy(update={k: getattr(last, k) for k in ("page", "top", "x0", "x1")})
        if prev and _continues_heading(placed or prev, line, (heading_size, styled_size), completes):
            merged[-1], last = _joined(prev, line), line
            i += 1
            continue
        last = None
        if prev and i + 1 < len(lines) and _three_line_heading(prev, line, lines[i + 1], (heading_size, styled_size),
                                                               completes):
            merged[-1] = _joined(_joined(prev, line), lines[i + 1])
            i += 2
            continue
        count = _label_cell(lines, i, heading_size, completes)
        for part in lines[i + 1 : i + count]:
            line = _joined(line, part)
        merged.append(line)
        i += count
    return merged


def _joined(first: Line, second: Line) -> Line:
    """The two lines as one; a soft hyphen ending the second stays (join_lines drops every other),
    so the part joined next still rejoins the word it splits ("account-" / "ability")."""
    text = join_lines([first.text, second.text]) + (SOFT_HYPHEN if second.text.rstrip().endswith(SOFT_HYPHEN) else "")
    return first.model_copy(update={"text": text, "x1": max(first.x1, second.x1), "bottom": second.bottom})


def set_under(above: Line, line: Line, within: float) -> bool:
    """`line` next under `above`: its box's top less than `within` points under `above`'s bottom, or over it
    by up to SOLID_OVERLAP_EM of `above`'s type (lines set solid or tighter than their font's box overlap;
    the tightest gap `locate._usual_gap` counts). The page is the caller's to compare."""
    return -SOLID_OVERLAP_EM * above.size <= line.top - above.bottom < within


def _stacked(prev: Line, line: Line, any_weight: bool = False) -> bool:
    """The next line of the same block: same page and style (or only size), close below (set
    solid, its box may overlap the line above's by a little: a title strip's tight leading)."""
    same_style = prev.page == line.page and abs(prev.size - line.size) < 0.05 * prev.size and (
        any_weight or prev.bold == line.bold)
    return (same_style and set_under(prev, line, 0.8 * prev.size)
            and line.top > prev.top and not bullet_marker(collapse_ws(line.text)))


def _sentence_heading(prev: Line, line: Line, completes: Callable[[str], bool] | None) -> bool:
    """A list heading in body type that ends a sentence and wraps mid-sentence: "We identified
    regulations the provider was not complying with. They" / "must:"."""
    if completes is None or not line.text[:1].islower() or not line.text.rstrip().endswith(":"):
        return False
    return completes(f"{prev.text} {line.text}") and not completes(prev.text)


def _next_column_top(prev: Line, line: Line, any_weight: bool = False) -> bool:
    """The line opens the next column of the page, or the next page, in the same style: a heading
    wrapped at the foot of a column or page goes on there (the caller tells a table's "MUST" cell beside a label)."""
    same_style = abs(prev.size - line.size) < 0.05 * prev.size and (any_weight or prev.bold == line.bold)
    next_place = (line.page == prev.page + 1 if line.page != prev.page  # read right after the page's last line
                  else line.top < prev.bottom and line.x0 > prev.x1)
    return same_style and next_place and not bullet_marker(collapse_ws(line.text))


def _continues_heading(prev: Line, line: Line, sizes: tuple[float, float], completes: Callable[[str], bool] | None) -> bool:
    """`sizes`: a title's type, and a heading's (a plain line in it heads only with the line it wraps to:
    "Action the service SHOULD take to" / "improve" on a scanned page's text layer, which has no bold)."""
    heading_size, styled_size = sizes
    styled = prev.bold or prev.size >= heading_size or _sentence_heading(prev, line, completes)
    if not styled and prev.size < styled_size:
        return False  # body text: asked first, as most lines are, so their words are never matched as a heading
    completed = completes is not None and completes(join_lines([prev.text, line.text])) and not completes(prev.text) \
        and not completes(line.text)  # only the two together: a heading under an item ("… receives it." / "The provider should:")
    if not (styled or completed) or bullet_marker(collapse_ws(prev.text)) or _runs_into_text(line):
        return False  # a bulleted line opens an item (its bold label may wrap run in to its text, as may its next line)
    # a bracket left open closes on the next line unless that line is a heading of its own (a title cut off by
    # its clip at "… (inspection report published 21 Apr" over "Action the trust MUST take to improve")
    open_bracket = prev.text.count("(") > prev.text.count(")") and not (completes and completes(line.text))
    unfinished = (open_bracket or line.text[:1].islower() or line.text.startswith("(")
                  or HEADING_CONNECTOR.search(prev.text) or prev.text.rstrip()[-1:] in LINE_END_HYPHENS)
    if _next_column_top(prev, line, any_weight=completed) and (completed or not kind_word(line.text)):
        # or only the two parts make a heading ("Action the provider" | "MUST take to improve"; "In addition the
        # provider" | "should:", where a lone "MUST" or "SHOULD" is a table's kind cell beside a label; its fake
        # bold perhaps lost, as below)
        return bool(unfinished) or completed and not completes(line.text)
    if not _stacked(prev, line):
        # a fake-bold line whose overprint a writer or PDFium folded away reads as regular:
        # its size and the heading the two lines make together still join them
        return completed and _stacked(prev, line, any_weight=True)
    return bool(unfinished) or completed


def _runs_into_text(line: Line) -> bool:
    """The line's bold label runs in to plain text ("intensive care units: Improve …"): an item's label
    ending, wrapped from the lines above it, and its statement, no heading's last line (nor is a
    "(continued)" mark after it: "improvements are: (continued)")."""
    return bool(line.run_in) and len(collapse_ws(line.run_in)) < len(collapse_ws(without_continued(line.text)))


def _three_line_heading(first: Line, second: Line, third: Line, sizes: tuple[float, float],
                        completes: Callable[[str], bool] | None) -> bool:
    """A styled heading stacked on three lines that only all three make ("ACTION THE SERVICE" /
    "SHOULD TAKE TO" / "IMPROVE" in a narrow column of large type), its second or last line perhaps at the
    top of the next column (a heading set across a band's columns: "ACTION THE SERVICE" | "SHOULD TAKE TO" /
    "IMPROVE"); a line of it in fake bold may read as regular (see `_continues_heading`),
    and one set in a heading's type, plain, is one when all three lines are (`sizes` as there)."""
    heading_size, styled_size = sizes
    lines = (first, second, third)
    if completes is None or not (any(line.bold or line.size >= heading_size for line in lines)
                                 or all(line.size >= styled_size for line in lines)):
        return False
    if bullet_marker(collapse_ws(first.text)):
        return False  # a bulleted line opens an item (a table's items set larger than the body's type)
    if not (first.bold or first.size >= heading_size) and not (first.text[:1].isupper() and not first.text.rstrip().endswith(".")):
        return False  # a plain first line opens the heading, not ends the paragraph above it
    whole = f"{first.text} {second.text} {third.text}"
    return ((_stacked(first, second, any_weight=True)
             and (_stacked(second, third, any_weight=True) or _next_column_top(second, third, any_weight=True)
                  and not kind_word(third.text))
             or _next_column_top(first, second, any_weight=True) and _stacked(second, third, any_weight=True))
            and completes(whole)
            and not completes(first.text) and not completes(f"{first.text} {second.text}"))


def _label_cell(lines: list[Line], i: int, heading_size: float, completes: Callable[[str], bool] | None) -> int:
    """How many lines from `i` make one plain label cell: lines stacked at one x that only
    together make a heading `completes` knows, at most a heading's length; else 1."""
    first = lines[i]
    if completes is None or first.bold or first.size >= heading_size:
        return 1
    run, words = [first], first.text.count(" ") + 1  # a read line's words are one space apart
    if words >= LABEL_WORDS:
        return 1  # a line of running text: the next line's words would make too many
    for line in lines_from(lines, i + 1):
        words += line.text.count(" ") + 1
        if words > LABEL_WORDS or abs(line.x0 - first.x0) >= 0.5 * first.size or not _stacked(run[-1], line):
            break
        run.append(line)
    if len(run) == 1 or completes(first.text):
        return 1
    return next((count for count in range(len(run), 1, -1) if completes(join_lines([l.text for l in run[:count]]))), 1)


# ------------------------------------------------------------------ stemming (tag and merge share it)

# Inflectional and common derivational endings, longest first; (suffix, replacement, shortest stem left).
_SUFFIXES = (
    ("ations", "", 4), ("ation", "", 4), ("ments", "", 4), ("ment", "", 4), ("ingly", "", 3),
    ("ings", "", 3), ("ing", "", 3), ("ious", "", 4), ("ive", "", 4), ("ies", "y", 2),
    ("ied", "y", 2), ("ed", "", 3), ("bly", "bl", 3), ("ly", "", 5), ("s", "", 3),
)
# "-bly" keeps its "l", so an adverb or noun meets its adjective or verb: "suitably" / "suitable",
# "assembly" / "assembled" (both "-bl"), where dropping "ly" left "suitab" and "assemb".
_ION = ("ction", "ssion", "ption")  # "infection" -> "infect", "discussion" -> "discuss"
_KEEP_S = ("ss", "us", "is")  # "assess", "status", "analysis" are not plurals
_UNDOUBLE = "bdgmnprt"  # "planned" -> "plan", but "staffing" -> "staff"; "labelled" -> "label"
# Stemmed, these would become other words that mean something else in a report: "staffing"
# levels are not "staff", equipment "serviced" is not the "service" that must act.
_UNSTEMMED = frozenset({"staffing", "staffed", "serviced", "servicing"})
# A content word must never stem to a function word: "notes" and "noted" are not "not".
_FUNCTION_WORDS = frozenset({"not", "no", "on", "in", "as", "us", "is", "was", "be", "do", "so", "to", "we",
                             "an", "or", "at", "by", "of", "it", "if", "up", "all", "any", "can", "may"})


def stem(word: str) -> str:
    """Light suffix stripping so "recorded", "records" and "recording" meet at "record",
    "trained" and "training" at "train", "isolated" and "isolation" at "isol". The one
    stemmer of the code base: the tag stage's cue matching and the merge stage's terms
    both use it, so a word normalises the same way wherever it is compared.
    A word with a digit, "&" or "_" (a canonical term name such as "end_of_life") is left whole."""
    w = word.lower().replace("’", "'").removesuffix("'s").strip("'")
    if w in _UNSTEMMED or not w.isalpha():
        return w
    stemmed = _stem_alpha(w)
    return w if stemmed in _FUNCTION_WORDS and stemmed != w else stemmed


def _stem_alpha(w: str) -> str:
    w = w.replace("isation", "ization").replace("ization", "isation").replace("ize", "ise")
    if w.endswith(_ION) or w.endswith(("ctions", "ssions", "ptions")):
        return w[: w.rindex("ion")]
    for suffix, repl, shortest in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= shortest:
            if suffix == "s" and w.endswith(_KEEP_S) or suffix == "ive" and w[-4] not in "ts":
                return _tidy(w, "")
            return _tidy(w[: len(w) - len(suffix)] + repl, suffix)
    return _tidy(w, "")


def _tidy(w: str, removed: str) -> str:
    """Undo what inflection added so the forms meet: "planned" -> "plan", "completed" and
    "complete" -> "complet", "isolated" and "isolation" -> "isol"."""
    doubled = removed in ("ed", "ing", "ings") and w[-1:] == w[-2:-1] and w[-1:] in tuple(_UNDOUBLE)
    if len(w) > 3 and (removed and w.endswith(("ell", "oll")) or doubled):
        w = w[:-1]
    w = w[:-1] if w.endswith("e") and len(w) > 3 else w
    return w[:-2] if w.endswith("at") and len(w) >= 6 else w


def size_weights(lines: list[Line]) -> dict[float, int]:
    """How many characters are printed in each type size."""
    weights: dict[float, int] = {}
    for line in lines:
        weights[line.size] = weights.get(line.size, 0) + len(line.text)
    return weights


def body_size(lines: list[Line]) -> float:
    """The size most of the text is printed in (weighted by characters)."""
    weights = size_weights(lines)
    return max(weights, key=weights.get) if weights else 10.0


_REPORT_WORDS = {"gp": "GP", "asc": "adult social care", "saf": "SAF", "nhs": "NHS"}


def report_type_label(report_type: str) -> str:
    """"asc-inspection-report" → "Adult social care inspection report"; titles pass through. The
    plan's cover prints it and the glossary reads it, so it lives with the shared helpers."""
    words = [_REPORT_WORDS.get(w, w) for w in report_type.replace("-", " ").split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:]
