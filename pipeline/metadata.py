"""Stage 4b: takes `ReportDocument` (and the laid-out text of its first pages), returns `ReportMeta`.

The cover is read by rows (label and value side by side), not in reading order, because
a ratings grid is a two-column table; its ratings by label and rating word wherever they
sit (cover_ratings.py). Dates are the days of the inspection: "8–10 November 2016" gives 8, 9
and 10 November (a range over a week, an assessment's period, its ends), and a visit the text
adds ("with an unannounced visit on 21 November 2016") that day too; the cover's words are kept.
"""

import re
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import takewhile

from ..models.document import Line, ReportDocument
from ..models.report import ReportMeta

from . import structure_patterns as sp
from .named_providers import own_word, provider_names
from .cover_ratings import RATING, cover_ratings, printed_rows, rated_in_sentences, rates, rating_case
from .regex_programs import compiled
from .text import FIELD_SEPARATOR, body_size, collapse_ws, join_lines, merge_wrapped_headings, strip_marker

MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"]
WEEKDAYS = frozenset(d + "day" for d in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun"))  # "Tuesday 9 May 2017"
# Words joining a range's ends ("14 to 16 January", "8-10 November"; "between 8 and 10 March" too).
RANGE_WORDS = frozenset(("to", "until", "till", "through", "-", "–", "—"))
# A range of one visit's days; a longer one ("5 March to 11 April 2019") is an assessment's period.
VISIT_RANGE = timedelta(days=7)
MONTHS = {**{m: i for i, m in enumerate(MONTH_NAMES, 1)}, **{m[:3]: i for i, m in enumerate(MONTH_NAMES, 1)}, "sept": 9}
TITLE = compiled(r"\b(quality report|inspection report|assessment report|inspection summary)\b", re.I)
PROVIDER_WORDS = compiled(
    r"\b(trust|limited|ltd\.?|llp|plc|partnership|partners|c\.?i\.?c\.?|council|group|healthcare|university|foundation)\s*$", re.I)
# A practice's provider named in the report's text (its cover names the practice only).
REGISTERED_PROVIDER = compiled(r"\bThe registered provider (?:is|was) ((?:(?:Dr|Mr|Mrs|Ms|Miss)\.? )?[A-Z][^.;:()]{0,80}?)\.(?=\s|$)")
# or as the body registered with CQC, opening its sentence ("Northdale Primary Care Ltd is registered
# with CQC to provide …"; a name saying what it is only: a care home so registered is the location)
REGISTERED_WITH = compiled(r"(?:^|(?<=[.!?] ))((?:(?:Dr|Mr|Mrs|Ms|Miss)\.? )?[A-Z][^.;:()]{0,80}?) (?:is|are) registered with "
                           r"(?:the )?(?:CQC|Care Quality Commission)\b")
# or as the body running the location, in a sentence ("The practice is run by Dr A Mensah and Partners.", "Fenmoor Park
# Hospital is operated by Mereside Healthcare Limited.", "… one of two acute hospitals run by X NHS Foundation Trust."):
# its words capitalised, joined by "and", "of" or "&" (`PROVIDER_WORDS` says it is a provider's).
_NAME_WORD = r"(?:[A-Z]\.(?= )|[A-Z][\w’'&-]*)"  # "Dr R. Okonjo-Hale"
RUN_BY = compiled(rf"\b(?:run|operated|managed|provided) by ((?:Dr|Mr|Mrs|Ms|Miss)\.? )?({_NAME_WORD}(?: (?:(?:and|of|&) )?{_NAME_WORD})*)")
# What parts a name from the rest of its line: a field separator, a sentence's full stop.
NAME_END = " -–|·.,;:"
# A trust's name: its cover names the trust, not one of its locations.
TRUST_NAME = compiled(r"\btrust\s*$", re.I)
# at a line's start, or as one "·"/"|" segment of a web page's address line ("Care home · 14 Brook
# Street · Provided and run by: X")
PROVIDER_LABEL = compiled(r"(?:^|[·|]\s*)(?:(?:registered )?provider|provided and run by)\s*:\s*([^·|]+?)\s*(?=[·|]|$)", re.I)
# or as a line of its own over the name (a web page's side column: "Provider" / "Northvale Urgent Care CIC")
PROVIDER_LABEL_LINE = compiled(r"(?:registered )?provider|provided and run by", re.I)
# (a logo's letters may be set so tightly that its word space is lost: "CareQuality Commission";
# a stacked logo prints "Care Quality" over "Commission", a line each)
REGULATOR = compiled(r"^(?:care ?quality(?: ?commission)?|commission|cqc)$", re.I)
# ("›": a printed web page's breadcrumb, "Home › Find and compare services › …"; a figure, but not
# the one of a name such as "Severnside NHS 111 and Out of Hours Service")
ADDRESS_HINT = compiled(r"(?<!NHS )(?<!\d)\d|\btel\b|www\.|@|\bwebsite\b|\bdate of\b|›", re.I)
# An address's street line, opening with the house number ("14 Chapel Street").
NUMBERED_STREET = compiled(r"^\d+[a-z]?\s+[^\W\d]", re.I)
# An address line opening with the location's name, then its street line after a comma.
NAMED_ADDRESS = compiled(r"^([^,\d]+), (?=\d+[a-z]?\s+[^\W\d])", re.I)
# The small words a name joins its capitalised words with ("Dr A Mensah and Partners", "Vale of York
# Hospital"); a heading, a rating or a fragment of running prose has other words in lower case.
# A service's name may end in its kind in lower case ("NHS 111 service").
NAME_JOINERS = frozenset("and of the upon on in at for by with & service services".split())
# The regulator is named in a document's headings ("Our CQC report", "CARE QUALITY COMMISSION - PLAIN
# TEXT VERSION"), never in a provider's or a location's name.
REGULATOR_NAMED = compiled(r"\bcqc\b|care ?quality ?commission", re.I)
# Names printed under the title, over the address's street line: at most this many lines; a strapline
# under the title before them (running text, "We are the regulator: Our job is to check …"), at most this many.
NAMES_UNDER_TITLE = 2
STRAPLINE_LINES = 3


INSPECTION_LABEL = (r"dates? of (?:inspection )?(?:visits?|inspection|assessment)s?|(?:inspection|assessment) dates?(?=\s*:|\s+\d)"
                    r"|inspection visits?(?=\s*:|\s+\d)"
                    r"|assessment took place(?: between| on| from)?"
                    r"|assessment activity (?:started|took place)(?: between| on| from)?")
# The next label printed on a label's row, beside its dates ("Date of inspection visit: 15 October 2019
# Date of publication: 11 December 2019"): a capitalised phrase of a few words (no figures) and a colon, or the publication's;
# or the next field of a line of facts (`FIELD_SEPARATOR`).
NEXT_LABEL = compiled(rf"{FIELD_SEPARATOR.pattern}|\s+(?=[A-Z][^\W\d_]*(?: [^\W\d_]+){{0,4}}\s*:|(?i:date of publication|published)\b)")
# A web page's assessment prints no dates label: the view of the service says when it was carried out ("We
# carried out an onsite assessment on 12 and 13 March 2024 and spoke with …", "We carried out this assessment
# between 13 May and 20 June 2024, including …"), and each key question when it was published ("Updated 30 May 2024");
# a paper reproducing a report's lists with no cover says it in a sentence too ("following its inspection of the
# trust on 4, 5 and 6 October 2022", "The Care Quality Commission inspected our acute wards … on 12 and 13
# September 2023"), and an easy read version in its own words ("We visited on 8 and 9 June 2021."), never of
# an earlier one ("our last inspection on …").
ASSESSED_ON = compiled(r"\b(?:we carried out (?:an?|this|our) (?:[\w-]+ ){0,3}?assessment|(?<!last )(?<!previous )"
                       r"(?:inspected|inspection of|we visited))\b[^.]{0,60}?\b(?:on|between|from)\s+"
                       r"((?:\d+|[A-Za-z]+|[–-])(?:,?\s+(?:\d+|[A-Za-z]+|[–-]))*)", re.I)
# A visit the text adds to the cover's dates: "an unannounced visit on 21 March 2016", "announced visits to the
# hospital on 13 and 14 March 2019", a trust's "well-led review on 24 and 25 February 2026"; within this long of
# the inspection's first day.
VISITED_ON = compiled(r"\b(?:(?:un)?announced|well[- ]led) (?:visits?|inspections?|reviews?)(?: to (?:the )?[^.,;]{0,60}?)?"
                      r" on\s+(\d[^.;()]*)", re.I)
EARLIER = compiled(r"\b(?:last|previous|earlier|prior)\b", re.I)
VISIT_WINDOW = timedelta(weeks=8)
UPDATED = compiled(r"^\s*updated:?\s+(\d{1,2} [A-Za-z]+ \d{4})\s*$", re.I | re.M)
# A wrapped name's next baseline, in sizes of its type; a title is type this many times the cover's body text.
LEADING_MAX, TITLE_SIZE_RATIO = 1.6, 1.5
# A cover printing no ratings has them on one of the pages up to this one (cover_ratings).
RATINGS_PAGES = 3
# Lines whose middles are this close (in ems of the larger type) share a printed row.
ROW_EM = 0.35


def read_metadata(doc: ReportDocument, early_text: str, known_words: frozenset[str] = frozenset()) -> ReportMeta:
    """`early_text` is the plain text of the first pages, used to tell the report family;
    `known_words` the words the report prints whole, to repair names hyphenated at a line end."""
    lines = _cover_lines(doc)
    cover = _join_wrapped_names(merge_wrapped_headings(_title_rows(lines)), known_words, early_text.lower().splitlines())
    rows = _row_cells(cover)
    provider, location = _names(cover, _registered_provider(doc), _labelled_later(doc))
    provider = provider or _running_name(doc, cover) or _named_in_text(early_text)
    printed = _printed_after(rows, INSPECTION_LABEL) or _assessed_on(early_text)
    days = parse_dates(printed or "")
    return ReportMeta(
        file=doc.file,
        sha256=doc.sha256,
        provider=provider,
        location=location,
        report_type=report_type(early_text, cover_service(doc), provider),
        title=_printed_title(cover),
        inspection_dates=sorted({*days, *_visits_in_text(early_text, days)}),
        published=next(iter(_dates_after(rows, r"date of publication|published")), None) or _updated_on(early_text),
        ratings=_ratings(doc, early_text),
        service_ratings=_service_ratings(doc),
        inspection_dates_printed=printed,
    )


def report_services(found: list[str], rated: list[str], findings_services: set[str],
                    cover: str | None = None) -> list[str]:
    """The core services the report has: those its ratings (cover or ratings grid) list
    (`rated`, ReportMeta.service_ratings), and those its statements sit under; the headings
    locate met only when neither list exists, and when no heading names one either, the one core
    service a core-service report names on its cover (`cover_service`)."""
    if not rated:
        return found or ([cover] if cover else [])
    return rated + [s for s in found if s in findings_services and s not in rated]


def _service_ratings(doc: ReportDocument) -> dict[str, dict[str, str]]:
    """Per core service, the ratings printed beside its name: one rating is its overall rating
    (cover list, chapter heading); five or six are a ratings-grid row (safe … well-led, overall)."""
    found: dict[str, dict[str, str]] = {}
    for page in doc.pages:
        for row in _rows([l for l in page.lines if l.layer == "body"]):
            head, ratings = _split_rating_row(row)
            name = sp.service_name(head) if head and ratings else None
            if not name or name in found and len(found[name]) >= len(ratings):
                continue
            if len(ratings) == 1:
                found.setdefault(name, {"overall": ratings[0]})
            elif len(ratings) in (5, 6):
                found[name] = dict(zip(GRID_ORDER, ratings))
    return found


GRID_ORDER = ("safe", "effective", "caring", "responsive", "well-led", "overall")


def _split_rating_row(row: str) -> tuple[str, list[str]]:
    matches = list(re.finditer(rf"\b{RATING}\b", row, re.I))
    if not matches:
        return row, []
    head = row[: matches[0].start()].strip(" -–—:↑↓→")
    tail = re.sub(rf"\b{RATING}\b", " ", row[matches[0].start():], flags=re.I)
    if re.search(r"[A-Za-z]{3,}", tail):
        return row, []  # a sentence that mentions a rating, not a ratings row
    return head, [rating_case(m.group(1)) for m in matches]


def _printed_after(rows: list[list[str]], label: str) -> str | None:
    """The dates as the cover prints them ("18 to 20 January 2018"), whitespace collapsed: on
    the label's row and the rows after it that hold dates only (a table cell may list one day
    per line), else on the row under the label. `rows` are the cover's printed rows, each its lines' texts
    left to right: a column of running text set level with the label ("… good governance and notifications
    at this") is no part of its dates."""
    pattern = re.compile(rf"(?:{label})\s*:?\s*(.*)", re.I)
    for index, cells in enumerate(rows):
        match = pattern.search(" ".join(cells))
        if not match and index + 1 < len(rows):
            # a label wrapped at the line end, its value after it on the next line ("… Date of" / "publication 14
            # December 2023."): read across the break, as a reader does, up to the value's year
            text = " ".join(cells)
            across = pattern.search(f"{text} {' '.join(rows[index + 1])}")
            if across and across.start() < len(text) < across.start(1):
                wrapped = re.match(r".*?\b\d{4}\b", collapse_ws(across.group(1)))
                if wrapped and parse_dates(wrapped.group(0)):
                    return wrapped.group(0)
        if match:
            later = takewhile(lambda row: _only_dates(row[0]), rows[index + 1:])  # a next label opens its row
            values = [NEXT_LABEL.split(_beside(cells, match.start(1)), maxsplit=1)[0]]
            values += [" ".join(takewhile(_only_dates, row)) for row in later]
            printed = collapse_ws(" ".join(values))
            if not parse_dates(printed) and index + 1 < len(rows):
                # a narrow cell wraps the date ("Date of inspection visit: 12" / "March 2019 …")
                under = " ".join(rows[index + 1])
                wrapped = re.match(r".*?\b\d{4}\b", collapse_ws(f"{match.group(1)} {under}"))
                printed = wrapped.group(0) if wrapped and parse_dates(wrapped.group(0)) else collapse_ws(under)
            return printed if parse_dates(printed) else None
    return None


def _beside(cells: list[str], start: int) -> str:
    """The row's text from `start` (an offset into its cells joined by spaces): the rest of that line, and the
    lines after it on the row up to the first holding no date (a column of running text beside)."""
    out, offset = [], 0
    for cell in cells:
        end = offset + len(cell)
        if start < end:
            if offset < start:  # the label's own line: its rest
                out.append(cell[start - offset:])
            elif parse_dates(cell) or _date_words(cell):
                out.append(cell)
            else:
                break
        offset = end + 1
    return " ".join(out)


def cover_service(doc: ReportDocument) -> str | None:
    """The core service a single-service report names on its cover (None for a grid of several). An
    assessment's page names the kind of service over the location's name ("Care home", "Hospice services
    for adults"): what the location is, not a core service's chapter. A core service the cover's ratings
    rate on its row ("Surgery  Requires improvement" under a hospital's overall rating) is one of the
    location's services, a grid of one as much as a grid of several: the report is the location's. A
    page with no cover that prints must/should lists (a copy of a trust's lists) names its services as the
    lists' groups: a service under a list's heading, or right over a statement, is that group's, not the
    report's. An assessment of a provider's core service, the cover naming the provider (a trust) and no
    location, names that core service."""
    lines = list(takewhile(lambda line: not sp.opener_kind(line.text), _cover_lines(doc)))
    cover = [line for line, after in zip(lines, lines[1:] + [None])
             if after is None or not sp.opens_action(strip_marker(collapse_ws(after.text)))]
    if any(sp.ASSESSMENT_WORDING.search(line.text) for line in cover) and _names(
            merge_wrapped_headings(_title_rows(_cover_lines(doc))), _registered_provider(doc),
            _labelled_later(doc))[1]:
        return None
    rated = {id(line) for row in printed_rows(cover)
             if _split_rating_row(collapse_ws(" ".join(l.text for l in row)))[1] for line in row}
    names = {sp.service_name(field) for l in merge_wrapped_headings([l for l in cover if id(l) not in rated])
             for field in (l.text, *_fields(l.text))} - {None}
    # a line of facts naming the report's service with its rating ("X NHS Trust · Surgery: rated Good", its
    # fields set as lines of their own) is no ratings grid's row, nor a list's group over a statement under it
    facts = [_fields(collapse_ws(" ".join(l.text for l in row))) for row in printed_rows(lines)]
    names |= {sp.service_name(field) for fields in facts for field in fields
              if any(sp.service_name(other) is None and not _split_rating_row(other)[1] for other in fields)} - {None}
    return names.pop() if len(names) == 1 else None


def _fields(text: str) -> list[str]:
    """The fields of a line of facts parted by middle dots or bars ("X NHS Trust · Community health
    inpatient services · Inspection report published …"), each read on its own; none for a plain line."""
    fields = FIELD_SEPARATOR.split(collapse_ws(text))
    return fields if len(fields) > 1 else []


def _cover_lines(doc: ReportDocument, page: int = 0) -> list[Line]:
    return [l for l in doc.pages[page].lines if l.layer == "body"] if len(doc.pages) > page else []


def _ratings(doc: ReportDocument, early_text: str = "") -> dict[str, str]:
    """The cover's ratings; a cover rating no key question (a core service's report setting its
    ratings grid after the locations it inspected, a hospital's cover rating the hospital and each
    core service) has theirs on one of the next pages, the first to print a run of ratings (two or
    more: one rating word beside a key question is a narrative's) whose overall rating, if both print
    one, is the cover's (not a trust's or another location's); a rating the cover prints stays.
    A ratings list the cover ends with (a large-print cover's, run over its foot) goes on at the top
    of the next page, up to the first line of anything else. A cover rating the location overall only takes the
    key questions' from the summary's sentences rating it ("We rated it good for caring and effective, and
    requires improvement for safe, …", `rated_in_sentences`)."""
    cover = _cover_lines(doc)
    ratings = cover_ratings(cover)
    if cover and rates(max(cover, key=lambda l: l.bottom).text):
        run_on = list(takewhile(lambda l: rates(l.text), _cover_lines(doc, 1)))
        ratings |= {key: rating for key, rating in cover_ratings(run_on).items() if key not in ratings}
    for page in range(1, RATINGS_PAGES):
        if any(key in ratings for key in GRID_ORDER[:-1]):
            break
        found = cover_ratings(_cover_lines(doc, page))
        if len(found) >= 2 and found.get("overall", ratings.get("overall")) == ratings.get("overall", found.get("overall")):
            ratings |= {key: rating for key, rating in found.items() if key not in ratings}
    if "overall" in ratings and not any(key in ratings for key in GRID_ORDER[:-1]):
        ratings |= rated_in_sentences(join_lines(early_text.splitlines()))  # the summary's "We rated it good for caring …"
    return ratings


def _join_wrapped_names(lines: list[Line], known_words: frozenset[str] = frozenset(),
                        printed: list[str] = ()) -> list[Line]:
    """"Anytown Hospitals NHS" / "Foundation Trust": a name line finished by the next one (the
    next baseline, in the same type) of a few words saying what it is, or of any words when the
    report prints the two lines' name whole on one of its `printed` lines (its first pages', lower
    case: "Harrowfield and Teme Valley" / "Hospitals NHS Foundation Trust", named so in its footers;
    "Severnside NHS 111 and Out of Hours" / "Service"); "… NHS Founda-" / "tion Trust" is rejoined
    by the line-end hyphen rule (text.join_lines)."""
    joined: list[Line] = []
    for line in lines:
        prev = joined[-1] if joined else None
        if prev and prev.size == line.size and prev.bold == line.bold and 0 < line.top - prev.top < LEADING_MAX * prev.size:
            name = join_lines([prev.text, line.text], known_words | _NAME_WORDS)
            if PROVIDER_WORDS.search(line.text) and len(line.text.split()) <= 3 \
                    or any(collapse_ws(name).lower() in collapse_ws(row) for row in printed):
                joined[-1] = prev.model_copy(update={"text": name, "bottom": line.bottom})
                continue
        joined.append(line)
    return joined


def _title_rows(lines: list[Line]) -> list[Line]:
    """A title set justified in large type reads as pieces of one row ("Northmoor", "Hospitals",
    "NHS"): pieces of one row in one style, in type larger than TITLE_SIZE_RATIO times the cover's
    body text, joined left to right."""
    usual = body_size(lines)
    rows: list[Line] = []
    for line in lines:
        prev = rows[-1] if rows else None
        if prev and line.size > TITLE_SIZE_RATIO * usual and (prev.size, prev.bold) == (line.size, line.bold) \
                and abs(line.top - prev.top) < 0.1 * line.size and line.x0 > prev.x1:
            rows[-1] = prev.model_copy(update={"text": f"{prev.text} {line.text}", "x1": line.x1})
        else:
            rows.append(line)
    return rows


# Words of provider names the report may print only hyphenated on its cover.
_NAME_WORDS = frozenset({"foundation", "partnership", "university", "healthcare", "hospitals", "limited", "community"})


def report_type(text: str, service: str | None, provider: str | None = None) -> str:
    """The report family and era, from what the first pages are made of, not one cover word:
    "Inspection report" is printed by NHS, independent, GP, dental and care-home reports alike."""
    lowered = text.lower()
    title = "quality-report" if "quality report" in lowered else "inspection-report"
    family = report_family(text, service, provider)
    if family == "assessment-framework":
        return "saf-assessment"
    if family == "gp":
        return f"gp-{title}"
    if family == "dental":
        return f"dental-{title}"
    if service:
        return f"core-service-{title}"
    if family == "adult-social-care":
        return "asc-inspection-report"
    if title == "quality-report":
        return "hospital-quality-report"
    if family in ("independent-hospital", "nhs-location"):
        return "hospital-inspection-report"
    return "trust-inspection-report"


_NHS = compiled(r"\bnhs\b|\bpatients?\b|\bwards?\b|\bhospitals?\b|\bclinical\b", re.I)
_ASC = compiled(r"\bcare home\b|\bnursing home\b|\bdomiciliary\b|\bhome care\b|\bsupported living\b|"
                r"\bregistered manager\b|\bservice and service type\b|\bextra care housing\b|"
                r"\bpersonal care\b|\bpeople using the service\b|\bresidents?\b", re.I)


def report_family(text: str, service: str | None = None, provider: str | None = None) -> str:
    """One of: assessment-framework, gp, dental, ambulance, mental-health, community,
    independent-hospital, nhs-core-service, nhs-location, nhs-trust, adult-social-care."""
    lowered = text.lower()
    if sp.ASSESSMENT_WORDING.search(text):
        return "assessment-framework"
    if re.search(r"general practice|population groups|^people with long[- ]term conditions", lowered, re.M):
        return "gp"  # a GP report's population group is a rating row; a hospital's "children with long-term conditions" is not
    trust = re.search(r"\btrust$", (provider or "").strip().lower())
    if re.search(r"\bdental (?:practice|surgery|care|clinic|centre|service)s?\b|\bdentists?\b", lowered[:1500]) \
            and "community dental services" not in lowered and not trust:
        return "dental"  # a trust that lists "dental services" among its services is no dental practice
    services = {sp.service_name(l) for l in text.splitlines()} - {None}
    if service:
        services.add(service)
    named = " ".join(services).lower()
    if re.search(r"ambulance|patient transport|emergency operations|emergency and urgent care", named + " " + lowered[:3000]):
        if "ambulance" in lowered:
            return "ambulance"
    if re.search(r"mental health|wards for|psychiatric|forensic|learning disabilit", named):
        return "mental-health"
    if re.search(r"^community ", named, re.M) or named.startswith("community"):
        return "community"
    named_by = (provider or "").lower() + " " + lowered[:2000]
    nhs = bool(re.search(r"\bnhs\b", named_by))
    if services or _NHS.search(lowered) and not _ASC.search(lowered):
        if not nhs and (re.search(r"\bindependent\b|\blimited\b|\bltd\b|\bplc\b|\bllp\b", named_by)):
            return "independent-hospital"
        if service:
            return "nhs-core-service"
        return "nhs-location" if "hospital" in lowered[:1500] and "trust" not in (provider or "trust").lower()[-6:] else "nhs-trust"
    if _ASC.search(lowered) or re.search(r"rating for this service|is the service safe\?|^about the service$", lowered, re.M):
        return "adult-social-care"
    return "nhs-trust"


def _rows(lines: list[Line]) -> list[str]:
    """The cover's printed rows as text, label and value side by side."""
    return [" ".join(row) for row in _row_cells(lines)]


def _row_cells(lines: list[Line]) -> list[list[str]]:
    """The cover's printed rows, each its lines' texts left to right."""
    return [[text for l in row if (text := collapse_ws(l.text))] for row in printed_rows(lines)]


def _middle(line: Line) -> float:
    return (line.top + line.bottom) / 2


def _names(cover: list[Line], registered: str | None = None, labelled_later: str | None = None) -> tuple[str | None, str | None]:
    """Provider and location: the name lines printed above the report title.

    The provider is the name that says what it is ("… NHS Trust", "… Limited", "… and
    Partners"), or one labelled "Provider:", or one that says what it is on the first line
    under the title (some covers start the address block with it); failing that, of two
    names the one in the larger type is the location. A cover naming one organisation only (printed
    once, or twice over the title) names a location-level report's provider and location both (a GP
    or dental practice runs itself, unless the report names its `registered` provider), and a
    trust-level report's provider, with no location. A provider labelled on a page after the cover
    (`labelled_later`: a 2013 report's "Details about this location" page) is the provider too.
    """
    labelled = next((NEXT_LABEL.split(m.group(1), maxsplit=1)[0].strip(NAME_END) for l in cover
                     if (m := PROVIDER_LABEL.search(collapse_ws(l.text)))), None)  # "Provider: X Ltd. Type of service: …"
    labelled = labelled or _provider_under_label(cover) or _provider_under_title(cover) or labelled_later
    names: list[Line] = []
    masthead = [l for l in cover if REGULATOR.match(collapse_ws(l.text))]
    column = _title_column(cover)
    for line in column:
        if any(_same_row(line, m) for m in masthead):
            continue  # the regulator's masthead row (a web page's "Find and compare services" beside it)
        if any(other is not line and _same_row(line, other) and (other.size, other.bold) == (line.size, line.bold)
               for other in column):
            continue  # a row of tabs or links in one type ("Overall summary", "Full report"): a name has its row to itself
        text = collapse_ws(line.text)
        title = TITLE.search(text)
        if title:
            before = text[: title.start()].strip(NAME_END)  # "X NHS Trust | Inspection report published …"
            if title.start() > 0 and _is_name(before):
                names.append(line.model_copy(update={"text": before}))
            break
        if not ADDRESS_HINT.search(text) and len(text.split()) <= 14 and not sp.key_question(text) \
                and not REGULATOR.match(text) and _is_name(text):
            names.append(line.model_copy(update={"text": text}))
    names = names[:3]
    under = _names_under_title(cover)
    if labelled:
        return labelled, _location(names or under, None, under)
    names = names or under  # a cover printing its title first names the location and provider under it
    own = [n for n in names if not sp.service_name(n.text)]
    if own and len({n.text.casefold() for n in own}) == 1:  # one organisation's: a practice runs itself
        only = max(own, key=lambda n: n.size).text
        if TRUST_NAME.search(only):
            return only, None
        if PROVIDER_WORDS.search(only):  # "Dr Okafor and Partners" over "Ashgrove Medical Centre, 4 Kiln Road, …"
            under = _names_under_title(cover, address_names=True)
        return registered or only, _location(under, own[0]) or only
    provider = next((n for n in names if PROVIDER_WORDS.search(n.text)), None)
    if provider is None and len(names) >= 2:
        provider = min(names, key=lambda n: n.size)
    return (provider.text if provider else None), _location(names, provider, under)


def _is_name(text: str) -> bool:
    """A name, not a heading ("Action the trust MUST take to improve", "Summary of findings"), a
    label ("BETWEEN:", "Source: …"), the regulator's heading ("Our CQC report"), a rating ("Overall
    rating", "Requires improvement") or a fragment of running prose ("2025 and published its"):
    capitalised words and the small words joining them."""
    words = [w.lstrip("(‘“'\"") for w in text.split()]
    if not words or ":" in text or REGULATOR_NAMED.search(text) or rates(text) or re.search(RATING, text, re.I) \
            or len(words) == 1 and not own_word(text):  # "Trust", "Surgery": a kind, no name
        return False
    return all(not w or not w[0].isalpha() or w[0].isupper() or w.lower() in NAME_JOINERS for w in words)


def _named_in_text(text: str) -> str | None:
    """A provider the first pages name only in their text ("Northmoor Ambulance Service NHS Trust was
    inspected …", a web page's or a trust's own paper): the name ending as a provider's does
    (`provider_names`) that they print most often, the first of equals."""
    names = provider_names(collapse_ws(text))
    return max(names, key=names.count) if names else None


def _running_name(doc: ReportDocument, cover: list[Line]) -> str | None:
    """A provider the cover names only in its running header, over the title (furniture, printed
    again on every page: a trust's name in a page-margin header, "Calderbrook Partnership NHS
    Foundation Trust"), in words that say what it is."""
    title = _title_line(cover)
    heads = [collapse_ws(l.text) for l in doc.pages[0].lines if l.layer == "furniture"
             and title is not None and l.bottom <= title.top] if doc.pages else []
    return next((t for t in heads if PROVIDER_WORDS.search(t) and not TITLE.search(t) and not ADDRESS_HINT.search(t)
                 and len(t.split()) <= 14), None)


def _registered_provider(doc: ReportDocument) -> str | None:
    """The provider the report names in its text ("The registered provider is Dr A Mensah and
    Partners.", "… Ltd is registered with CQC to provide …" opening a sentence on its line, or "… is run by
    Dr A Mensah and Partners", `RUN_BY`), where a practice's cover names the practice only: a name, its
    words capitalised."""
    text = " ".join(collapse_ws(line.text) for page in doc.pages for line in page.lines)
    match = REGISTERED_PROVIDER.search(text)
    name = match.group(1) if match else next(
        (m.group(1) for page in doc.pages for line in page.lines if line.layer == "body"
         and (m := REGISTERED_WITH.search(collapse_ws(line.text))) and PROVIDER_WORDS.search(m.group(1))), "")
    name = name or next((run for m in RUN_BY.finditer(text)
                         if PROVIDER_WORDS.search(run := "".join(filter(None, m.groups())))), "")
    words = name.split()
    return name if 0 < len(words) <= 10 and all(w[0].isupper() or w in ("and", "of", "&") for w in words) else None


def _labelled_later(doc: ReportDocument) -> str | None:
    """A provider labelled at a line's start on one of the pages after the cover ("Registered Provider:
    Hillside Care Homes Limited" under "Details about this location")."""
    for page in range(1, RATINGS_PAGES):
        for line in _cover_lines(doc, page):
            match = PROVIDER_LABEL.match(collapse_ws(line.text))
            if match:
                return match.group(1)
    return None


def _title_line(cover: list[Line]) -> Line | None:
    return next((l for l in cover if TITLE.search(collapse_ws(l.text))), None)


def _printed_title(cover: list[Line]) -> str | None:
    """The document's title as the cover prints it ("Quality Report", "Inspection report"): the
    family code says what kind of report it is, this what a reader calls it. Capitals are a style
    ("INSPECTION REPORT" is "Inspection report"), and a title named in a sentence ("the inspection report
    was published on …") opens with its capital."""
    line = _title_line(cover)
    if line is None:
        return None
    title = TITLE.search(collapse_ws(line.text)).group(1)
    title = title.lower() if title.isupper() else title
    return title[0].upper() + title[1:]


def _title_column(cover: list[Line]) -> list[Line]:
    """The cover's lines in the column its title is set in: a web page printed to PDF sets its
    navigation ("Summary", "Our view of the service", "Safe" ...) in a column of its own, read first."""
    title = _title_line(cover)
    if title is None:
        return cover
    return [l for l in cover if abs(l.column_left - title.column_left) < l.size]


def _same_row(a: Line, b: Line) -> bool:
    return abs(_middle(a) - _middle(b)) < ROW_EM * max(a.size, b.size)


def _provider_under_label(cover: list[Line]) -> str | None:
    """The name printed under a label line of its own ("Provider" over "Northvale Urgent Care CIC",
    a web page's side column): the next line below it at its left edge, on the next baseline."""
    for line in (l for l in cover if PROVIDER_LABEL_LINE.fullmatch(collapse_ws(l.text))):
        under = [l for l in cover if abs(l.x0 - line.x0) < l.size and 0 < l.top - line.top < LEADING_MAX * line.size]
        if under:
            return collapse_ws(min(under, key=lambda l: l.top).text)
    return None


def _provider_under_title(cover: list[Line]) -> str | None:
    titles = [i for i, line in enumerate(cover) if TITLE.fullmatch(collapse_ws(line.text))]
    if not titles or titles[0] + 1 >= len(cover):
        return None
    under = collapse_ws(cover[titles[0] + 1].text)
    return under if PROVIDER_WORDS.search(under) and not ADDRESS_HINT.search(under) else None


def _names_under_title(cover: list[Line], address_names: bool = False) -> list[Line]:
    """The name lines a cover prints between its title and its address's street line ("Lyndhurst
    Medical Centre" over "14 Chapel Street"; with `address_names`, where the cover's name is a provider's,
    before it on its line too: "Ashgrove Medical Centre, 4 Kiln Road, …"): a location's name opens its
    address; none when no numbered street line follows within NAMES_UNDER_TITLE lines. A strapline right under the title (a
    sentence of running text, read past to its full stop) comes before them."""
    column = _title_column(cover)
    title = next((k for k, l in enumerate(column) if TITLE.search(collapse_ws(l.text))), None)
    if title is None:
        return []
    names: list[Line] = []
    strapline, sentence = 0, False
    for line in column[title + 1 :]:
        text = collapse_ws(line.text)
        if not names and strapline < STRAPLINE_LINES and (sentence or len(text.split()) > 14 and not ADDRESS_HINT.search(text)):
            strapline, sentence = strapline + 1, not text.endswith((".", "!", "?"))
            continue
        if NUMBERED_STREET.match(text):
            return names
        opening = NAMED_ADDRESS.match(text)  # "Ashgrove Medical Centre, 4 Kiln Road, Hallowby, HB6 2PN"
        if address_names and opening and _is_name(opening.group(1)) and len(names) < NAMES_UNDER_TITLE:
            return names + [line.model_copy(update={"text": opening.group(1)})]
        if ADDRESS_HINT.search(text) or len(text.split()) > 14 or sp.key_question(text) or REGULATOR.match(text) \
                or len(names) == NAMES_UNDER_TITLE or not _is_name(text):
            return []
        names.append(line.model_copy(update={"text": text}))
    return []


def _location(names: list[Line], provider: Line | None, under: Sequence[Line] = ()) -> str | None:
    """A name line other than the provider's; the provider's name printed twice (a running title
    over the cover's own) is no location. Of several, the one the address under the title opens
    with again (a web page's "Care home" over "Ashcombe Lodge", its address "Ashcombe Lodge" /
    "7 Quarry Lane": the kind of service is no name)."""
    same = provider.text.casefold() if provider else None
    others = [n.text for n in names if n is not provider and n.text.casefold() != same and not sp.service_name(n.text)]
    again = {u.text.casefold() for u in under}
    return next((t for t in others if t.casefold() in again), next(iter(others), None))


def _dates_after(rows: list[list[str]], label: str) -> list[date]:
    """The dates printed after a label (see `_printed_after`)."""
    return parse_dates(_printed_after(rows, label) or "")


def _assessed_on(text: str) -> str | None:
    """The days an assessment page (or a paper's sentence) says it was carried out on, as printed (`ASSESSED_ON`): the run of
    days, months, years and "and" / "to" after "on" / "between" / "from", up to its last year."""
    flat = collapse_ws(join_lines(text.splitlines()))  # a month split at a line end read whole
    match = ASSESSED_ON.search(flat)
    run = _date_run(match.group(1)) if match else None
    return f"between {run}" if run and flat[: match.start(1)].rstrip().lower().endswith("between") else run


def _date_run(text: str) -> str | None:
    """The run of days, months, years and "and" / "to" that `text` opens with, up to its last year."""
    words = list(takewhile(lambda w: w.isdigit() or w.lower() in MONTHS or w.lower() in ("and", "to", "–", "-"),
                           text.replace(",", " ").split()))
    while words and not (words[-1].isdigit() and len(words[-1]) == 4):
        words.pop()
    printed = " ".join(words)
    return printed if parse_dates(printed) else None


def _visits_in_text(text: str, days: list[date]) -> list[date]:
    """The days of visits the report's text adds to the inspection its cover dates ("between 8 and 10 March 2016,
    with an unannounced visit on 21 March 2016", "and unannounced visits on 28 June and 1 July 2016", "and carried
    out a well-led review on 24 and 25 February 2026"): after its
    first day, within `VISIT_WINDOW`; never a visit of an earlier inspection ("At our last inspection …")."""
    if not days:
        return []
    flat = collapse_ws(join_lines(text.splitlines()))
    added = []
    for match in VISITED_ON.finditer(flat):
        sentence = flat[flat.rfind(". ", 0, match.start()) + 1: match.start()]
        if EARLIER.search(sentence):
            continue
        added += [d for d in parse_dates(_date_run(match.group(1)) or "") if days[0] < d <= days[0] + VISIT_WINDOW]
    return added


def _updated_on(text: str) -> date | None:
    """The latest day a key question of an assessment's web page was updated: its publication."""
    return max((d for printed in UPDATED.findall(text) for d in parse_dates(printed)), default=None)


def _date_words(text: str) -> bool:
    """Nothing but the words of dates: days, months, years, weekdays, "and" / "to" ("12", "March 2019 to")."""
    words = re.findall(r"\w+", text)
    return bool(words) and all(w.isdigit() and len(w) in (1, 2, 4) or w.lower() in MONTHS or w.lower() in WEEKDAYS
                               or w.lower() in ("and", "to") for w in words)


def _only_dates(row: str) -> bool:
    """A row of dates ("9 November 2016 (unannounced)"), not a sentence that holds one (a
    narrow label cell's row shared with the text beside it), nor the next label's row, its
    words before its dates ("Date of publication 22 August 2024" under the assessment's dates)."""
    def other(word: str) -> bool:
        return word.lower() not in MONTHS and word.lower() not in ("to", "and") and word.lower() not in WEEKDAYS

    others = [w for w in re.findall(r"[A-Za-z]+", row) if other(w)]
    labelled = any(other(w) for w in re.findall(r"[A-Za-z]+", re.split(r"\d", row, maxsplit=1)[0]))
    return bool(parse_dates(row)) and not re.search(r"[a-z]+\s*:", row, re.I) and len(others) <= 3 and not labelled


def parse_dates(text: str) -> list[date]:
    """Every day printed: '30/03/2017', '30 November and 1 December 2016', and every day of a range of one
    visit ('8-10 November 2016', '28 February to 3 March 2017', 'between 8 and 10 March': 8, 9 and 10); a
    range longer than a week is an assessment's period, not the days of a visit: its ends only."""
    text = re.sub(r"\b(\d{1,2})/(0?[1-9]|1[0-2])/(\d{4})\b",
                  lambda m: f"{m.group(1)} {MONTH_NAMES[int(m.group(2)) - 1]} {m.group(3)}", text)  # "06/11/2017 - 09/11/2017"
    days: list[tuple[int, bool]] = []  # a day and whether it ends a range
    result: list[tuple[date | None, bool]] = []
    pending: list[tuple[int, int, bool]] = []
    ranged = between = False  # the last word joins a range; "between" waits for its "and"
    for token in re.findall(r"\d{4}|\d{1,2}|[A-Za-z]+|[-–—]", text):
        word = token.lower()
        if token.isdigit() and len(token) <= 2:
            days.append((int(token), ranged))
        elif word in MONTHS:
            pending += [(d, MONTHS[word], r) for d, r in days]
            days = []
        elif len(token) == 4 and token.isdigit():
            result += [(_safe_date(int(token), m, d), r) for d, m, r in pending]
            pending = []
        ranged = word in RANGE_WORDS or word == "and" and between
        between = word == "between" or between and word != "and"
    out: set[date] = set()
    last = None
    for day, ends_range in result:
        if day is None:
            continue
        if ends_range and last is not None and timedelta(0) < day - last <= VISIT_RANGE:
            out.update(last + timedelta(n) for n in range(1, (day - last).days))
        out.add(day)
        last = day
    return sorted(out)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
