"""Pages stored last to first (a stack scanned or collated backwards, a tool that reversed the file)
are read in their printed order: when the page numbers printed in the margins count down by one
from each page to the next, the pages are read from the last stored to the first. Each page keeps
its number in the file, the one a PDF viewer shows and a finding cites; only the reading order (the
cover first, a sentence or a key question running on to the next printed page) changes.
"""

import re

from ..models.document import Page

from .furniture import CQC_FOOTER, MARGIN_BAND, PAGE_NUMBER

NUMBER = re.compile(r"\d{1,4}")


def printed_order(pages: list[Page]) -> list[Page]:
    """The pages (in file order) in the order their printed numbers give, when those count down."""
    numbered = [(k, n) for k, page in enumerate(pages) if (n := _printed_number(page)) is not None]
    if len(numbered) < 2 or 2 * len(numbered) < len(pages):
        return pages
    (first, start), rest = numbered[0], numbered[1:]
    if all(n == start - (k - first) for k, n in rest):
        return pages[::-1]
    return pages


def _printed_number(page: Page) -> int | None:
    """The page number printed alone or in a CQC footer in the page's top or bottom margin band."""
    for line in page.lines:
        if MARGIN_BAND[0] * page.height < line.bottom and line.top < MARGIN_BAND[1] * page.height:
            continue
        text = line.text.strip()
        if PAGE_NUMBER.match(text) or CQC_FOOTER.match(text):
            numbers = NUMBER.findall(text if text[:1].isdigit() or PAGE_NUMBER.match(text) else text.split()[-1])
            if numbers:
                return int(numbers[0])
    return None
