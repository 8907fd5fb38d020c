"""Dates as people type them in a plan: "7 March 2025", "7 Mar 25", "07-Mar-2025", "07/03/2025",
"07.03.25", "2025-03-07", "2025/03/07"; and the short form the terminal and checks print ("7 Mar 2025").

UK order (day first) for slashed, dotted and dashed numbers, as NHS plans write them; a year first
is read year, month, day; month-first (US) order is never guessed. Returns None for anything
else, so the caller can flag it and keep the typed text rather than guess. Spaces round the
separators ("1 / 2 / 2027") are read as typed without them. The command line's dates
(`--today`, `--response-due`) are read by this same parser, so a day typed in a plan and on
the command line mean the same.
"""

import re
from datetime import date, datetime

_FORMATS = ("%d %B %Y", "%d %b %Y", "%d %B %y", "%d %b %y", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d-%m-%y",
            "%d.%m.%Y", "%d.%m.%y", "%d-%b-%Y", "%d-%B-%Y", "%d-%b-%y", "%d-%B-%y", "%Y-%m-%d", "%Y/%m/%d",
            "%B %d %Y", "%b %d %Y")


def parse_day(text: str) -> date | None:
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", " ".join(text.replace(",", " ").split()))
    cleaned = re.sub(r"(?<=\d) ?([/.-]) ?(?=\d)", r"\1", cleaned)  # "1 / 2 / 2027" as "1/2/2027"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+Z?", cleaned):
        cleaned = cleaned[:10]
    if not any(c.isdigit() for c in cleaned):
        return None  # every format has a day number (an empty date picker is asked of all 18 at each render)
    for pattern in _FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    return None


def short_date(day: date) -> str:
    """"7 Mar 2025", without a leading zero, as checks and the terminal print a date."""
    return f"{day.day} {day:%b %Y}"
