"""Pages stored out of their printed order: a booklet saved in saddle-stitch imposition order
(8, 1, 2, 7, 6, 3, 4, 5: each sheet's two sides in turn, as a printer lays them out), pages
stored last to first (a stack scanned or collated backwards), or pages shuffled but each
carrying its printed number. Read in the file's order, a core service's chapter is read after
the list on its next page, and a letter's list after a chapter that repeats it. Told from the
printed page numbers (page furniture): when they contradict the file's order and every number
agrees with the imposition (the unnumbered covers taking their place in it), or they count down
by one from each numbered page to the next (the unnumbered cover last), or every page prints its
own (one run of numbers), the pages are read in printed order. A finding's `page` stays the page
of the file.
"""


from ..models.document import Line, ReportDocument

from .furniture import PAGE_NUMBER
from .regex_programs import compiled

DIGITS = compiled(r"\d+")  # "Page 3 of 12": its own number is the first


def printed_order(doc: ReportDocument) -> ReportDocument:
    """The document with its pages in the order their printed numbers give, or as it is."""
    numbers = {page.number: n for page in doc.pages if (n := _printed_number(page.lines)) is not None}
    count = len(doc.pages)
    if len(numbers) < 2 or _ascending([numbers[k] for k in sorted(numbers)]):
        return doc
    booklet = _booklet(count)
    if booklet and all(booklet[k - 1] == n for k, n in numbers.items()):
        printed = {page.number: booklet[page.number - 1] for page in doc.pages}
    elif 2 * len(numbers) >= count and _counting_down(numbers):
        printed = {page.number: count + 1 - page.number for page in doc.pages}
    elif len(numbers) == count and _one_run(list(numbers.values())):
        printed = numbers
    else:
        return doc
    return doc.model_copy(update={"pages": sorted(doc.pages, key=lambda page: printed[page.number])})


def _printed_number(lines: list[Line]) -> int | None:
    """The page's printed number: its one furniture line that is a page number in digits."""
    found = {int(number.group()) for line in lines if line.layer == "furniture" and PAGE_NUMBER.match(line.text.strip())
             and (number := DIGITS.search(line.text))}
    return found.pop() if len(found) == 1 else None


def _counting_down(numbers: dict[int, int]) -> bool:
    """Each numbered page of the file prints a number one less per page than the first numbered one."""
    (first, start), *rest = sorted(numbers.items())
    return all(n == start - (k - first) for k, n in rest)


def _one_run(numbers: list[int]) -> bool:
    """The numbers are one run of consecutive numbers, each once."""
    return sorted(numbers) == list(range(min(numbers), min(numbers) + len(numbers)))


def _ascending(numbers: list[int]) -> bool:
    return all(a < b for a, b in zip(numbers, numbers[1:]))


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
