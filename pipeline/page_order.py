"""Pages stored out of their printed order: a booklet saved in saddle-stitch imposition order
(8, 1, 2, 7, 6, 3, 4, 5: each sheet's two sides in turn, as a printer lays them out), a manual
duplex print saved odd pages first, then even (1, 3, 5, 2, 4, 6), pages stored last to first (a
stack scanned or collated backwards), or pages shuffled but each carrying its printed number. Read in the file's order, a core service's chapter is read after
the list on its next page, and a letter's list after a chapter that repeats it. Told from the
printed page numbers (page furniture: a number alone, or a running footer's or header's folio, the
number opening or ending a line whose other words recur on other pages with other numbers: "3 X Hospital
Quality Report 11/03/2016"): when they contradict the file's order and every number agrees with an
imposition (the unnumbered covers taking their place in it), or they count down
by one from each numbered page to the next (the unnumbered cover last), or every page prints its
own (one run of numbers), the pages are read in printed order. A finding's `page` stays the page
of the file.
"""


from ..models.document import Line, ReportDocument

from .furniture import PAGE_NUMBER
from .regex_programs import compiled
from .text import collapse_ws

DIGITS = compiled(r"\d+")  # "Page 3 of 12": its own number is the first
# A running line's folio at either end: "3 X Hospital Quality Report 11/03/2016", "X Quality Report 3".
FOLIO = compiled(r"^(?P<first>\d{1,4})\s+(?P<rest>\S.*)$|^(?P<before>.*\S)\s+(?P<last>\d{1,4})$")


def printed_order(doc: ReportDocument) -> ReportDocument:
    """The document with its pages in the order their printed numbers give, or as it is."""
    folios = _running_folios(doc)
    numbers = {page.number: n for page in doc.pages if (n := _printed_number(page.lines, folios)) is not None}
    count = len(doc.pages)
    if len(numbers) < 2 or _ascending([numbers[k] for k in sorted(numbers)]):
        return doc
    imposed = next((order for order in (_booklet(count), _odd_then_even(count))
                    if order and all(order[k - 1] == n for k, n in numbers.items())), None)
    if imposed:
        printed = {page.number: imposed[page.number - 1] for page in doc.pages}
    elif 2 * len(numbers) >= count and _counting_down(numbers):
        printed = {page.number: count + 1 - page.number for page in doc.pages}
    elif len(numbers) == count and _one_run(list(numbers.values())):
        printed = numbers
    else:
        return doc
    return doc.model_copy(update={"pages": sorted(doc.pages, key=lambda page: printed[page.number])})


def _printed_number(lines: list[Line], folios: set[str]) -> int | None:
    """The page's printed number: its furniture lines that are a page number in digits, or a running
    line's folio (`_running_folios`), all printing one number."""
    found = {int(number.group()) for line in lines if line.layer == "furniture" and PAGE_NUMBER.match(line.text.strip())
             and (number := DIGITS.search(line.text))}
    found |= {int(folio[0]) for line in lines if line.layer == "furniture"
              and (folio := _folio(line.text)) is not None and folio[1] in folios}
    return found.pop() if len(found) == 1 else None


def _folio(text: str) -> tuple[str, str] | None:
    """A number opening or ending a line of other words, and those words: ("3", "X Quality Report …")."""
    found = FOLIO.match(collapse_ws(text))
    return None if found is None else (found["first"] or found["last"], found["rest"] or found["before"])


def _running_folios(doc: ReportDocument) -> set[str]:
    """The words of running lines printed with a folio: the same words on two pages or more, beside
    different numbers (a footer's date or year, the same on every page, is no folio)."""
    numbers: dict[str, set[str]] = {}
    for page in doc.pages:
        for line in page.lines:
            if line.layer == "furniture" and (folio := _folio(line.text)) is not None:
                numbers.setdefault(folio[1], set()).add(folio[0])
    return {words for words, seen in numbers.items() if len(seen) > 1}


def _counting_down(numbers: dict[int, int]) -> bool:
    """Each numbered page of the file prints a number one less per page than the first numbered one."""
    (first, start), *rest = sorted(numbers.items())
    return all(n == start - (k - first) for k, n in rest)


def _one_run(numbers: list[int]) -> bool:
    """The numbers are one run of consecutive numbers, each once."""
    return sorted(numbers) == list(range(min(numbers), min(numbers) + len(numbers)))


def _ascending(numbers: list[int]) -> bool:
    return all(a < b for a, b in zip(numbers, numbers[1:]))


def _odd_then_even(count: int) -> list[int] | None:
    """The printed page on each page of the file of a manual duplex print saved as the odd pages, then
    the even ones (1, 3, 5, 2, 4, 6)."""
    if count < 3:
        return None
    return list(range(1, count + 1, 2)) + list(range(2, count + 1, 2))


def _booklet(count: int) -> list[int] | None:
    """The printed page on each page of the file of a saddle-stitched booklet of `count` pages
    (a multiple of four): sheet k's front carries pages count - 2k and 1 + 2k, its back 2 + 2k and
    count - 1 - 2k."""
    if count < 4 or count % 4:
        return None
    order: list[int] = []
    for k in range(count // 4):
        order += [count - 2 * k, 1 + 2 * k, 2 + 2 * k, count - 1 - 2 * k]
    return order
