"""Round thirty-six of issue 10 (random seeds 109000-109099 by class): short columns and columns
on offset baselines, made here with reportlab at several type sizes (all geometry is in ems of
the type). A right column of one line level with the first line of a longer left one is read after
it, whether or not a heading above runs the columns' gutter into the list, and a column set 0.3 em
lower than the one beside it keeps each line whole whichever side of that limit its glyphs'
baselines round to."""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_outside_tables import HEIGHT, _Page  # noqa: E402

from cqcplan.pipeline.read import start_read  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts"


def _texts(path) -> list[str]:
    return [line.text for line in start_read(path, sha256="0")().pages[0].lines]


def _in_order(texts: list[str], wanted: list[str]) -> bool:
    """Each wanted line read whole (after any bullet), in that order."""
    at = [next(n for n, text in enumerate(texts) if text.endswith(line)) for line in wanted]
    return at == sorted(at)


LEFT_ITEM = ["• The service should make sure that leaflets", "are available in languages other than English and"]
LAST_WORDS = "that learning is shared across teams."


@pytest.mark.parametrize("size", [8.0, 11.0, 14.0])
def test_a_one_line_column_under_a_heading_the_gutter_runs_through_is_read_after_the_left_one(tmp_path, size):
    """Two columns of musts, a should heading under them (clear of their gutter, so the gutter runs
    on through it) and the should item in two columns: the right one a single line."""
    path = tmp_path / "short.pdf"
    page = _Page(path, size)
    left, right = 50.0, 50.0 + 24.0 * size
    leading = 1.4 * size
    top = 80.0
    page.put("Action the service MUST take to improve", left, top, 1.3 * size, bold=True)
    top += 2.0 * size
    for n in range(4):
        page.put(f"must item line {n + 1} of the left column", left, top + n * leading)
        page.put(f"must item line {n + 1} of the right column", right, top + n * leading)
    top += 4 * leading + 0.6 * size
    page.put("Action the service SHOULD take", left, top, 1.2 * size, bold=True)
    top += 1.5 * size  # the heading's own leading: its item's first line is no new cell by its gap
    for n, text in enumerate(LEFT_ITEM):
        page.put(text, left, top + n * leading)
    page.put(LAST_WORDS, right, top)
    page.put("Acute wards for adults of working age", left, top + 5 * leading, 2.0 * size, bold=True)
    page.save()
    texts = _texts(path)
    assert _in_order(texts, LEFT_ITEM + [LAST_WORDS]), texts


@pytest.mark.parametrize("size", [8.0, 10.0, 13.0])
@pytest.mark.parametrize("last", ["referral.", "11)"])
def test_a_narrow_one_line_column_level_with_a_wrapped_item_is_read_after_it(tmp_path, size, last):
    """The item's last words, set alone at the top of a second column a gutter right of it, are no
    narrow table column read across the item's rows."""
    path = tmp_path / "narrow.pdf"
    page = _Page(path, size)
    left = 50.0
    leading = 1.4 * size
    top = 80.0
    page.put("ACTION THE HOSPITAL SHOULD TAKE TO IMPROVE", left, top, bold=True)
    top += 1.4 * leading
    item = ["• The hospital should ensure that evidence-based guidance is used consistently",
            "by all specialties, including for agency and bank staff within 10-14 days of"]
    for n, text in enumerate(item):
        page.put(text, left, top + n * leading)
    page.put(last, left + 44.0 * size, top)
    page.save()
    texts = _texts(path)
    assert _in_order(texts, item + [last]), texts


@pytest.mark.parametrize("size", [9.0, 10.0, 12.0])
def test_a_column_set_0_3_em_lower_keeps_its_lines_whole(tmp_path, size):
    """The right column's baselines sit 0.3 em under the left column's (the limit of one row), its
    words drawn one by one between the left column's (a shuffled content stream) a fiftieth of a
    point either side of that, as a re-printer rounds them: each of its lines is still read whole,
    its words in order."""
    path = tmp_path / "offset.pdf"
    page = _Page(path, size)
    left, right = 50.0, 50.0 + 26.0 * size
    leading = 1.4 * size
    top = 80.0
    page.put("The hospital must:", left, top, 1.4 * size, bold=True)
    top += 2.0 * size
    lines = ["• Ensure that at least 90% of medical staff", "complete safeguarding children level 3",
             "training, including that:", "• oxygen is prescribed for every"]
    tail = ["patient who receives it;", "• staff have access to up-to-date", "policies. (Regulation 12(2)(g))"]
    words = []  # (word, x, top) for both columns, then drawn alternately
    for column_x, texts, lower in ((left, lines, 0.0), (right, tail, 0.3 * size)):
        for n, text in enumerate(texts):
            x = column_x
            for k, word in enumerate(text.split(" ")):
                words.append((word, x, top + n * leading + lower + (0.02 if k % 2 else -0.02 if lower else 0.0)))
                x += page.canvas.stringWidth(word + " ", "Helvetica", size)
    half = len([w for w in words if w[1] < right])
    for a, b in zip(words[:half], words[half:] + [None] * half):
        for word in (a, b):
            if word:
                page.put(*word)
    page.save()
    texts = _texts(path)
    assert all(text in texts for text in tail), texts
    assert _in_order(texts, lines + tail), texts


@pytest.mark.parametrize("size", [8.0, 9.5, 12.0])
def test_a_one_line_column_beside_a_two_line_column_raised_above_it_is_read_first(tmp_path, size):
    """A row of columns in a face with a deep line box (DejaVu Sans's own ascent and descent): the
    first column holds one item of one line, its bullet set smaller on its baseline (its box's top
    lower than its text's), the second the end of another item, its first line raised 0.72 em above
    the first column's line: the first column is read, then the second, each whole."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuDeep", str(FONTS / "DejaVuSans.ttf")))
    deep = pdfmetrics.getFont("DejaVuDeep").face
    path = tmp_path / "raised.pdf"
    page = _Page(path, size)
    left, right = 68.0, 68.0 + 27.0 * size

    def put(text: str, x: float, baseline: float, at: float = size) -> None:
        page.canvas.setFont("DejaVuDeep", at)
        page.canvas.drawString(x, HEIGHT - baseline, text)

    base = 100.0
    put("The areas where the provider should make improvements are:", left, base - 2.2 * size, 1.25 * size)
    put("»", left + size, base, 0.76 * size)
    put("Consider how it shares learning", left + 3.0 * size, base)
    second = ["from complaints with staff in", "outpatients."]
    for n, text in enumerate(second):
        put(text, right, base - 0.72 * size + n * 1.4 * size)
    usual = deep.ascent, deep.descent
    deep.ascent, deep.descent = 928, -236  # as the face's own tables give them; reportlab's are scaled to 1 em
    try:
        page.save()
    finally:
        deep.ascent, deep.descent = usual
    texts = _texts(path)
    assert _in_order(texts, ["Consider how it shares learning"] + second), texts


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_right_column_s_first_line_raised_left_of_its_indented_lines_is_read_at_its_top(tmp_path, size):
    """Two columns on offset baselines: the right one's first line (an item going on from the
    column before) starts at the column's edge 0.875 em above the left column's first line (whose
    bullet, set smaller, tops the row lower still), the lines under it are sub-bullets indented
    further (so the gutter they leave reaches past that edge): it is read at the top of its column,
    after the left column, not before both."""
    path = tmp_path / "raised_edge.pdf"
    page = _Page(path, size)
    left, right = 46.0, 46.0 + 31.0 * size
    leading = 1.4 * size
    top = 80.0
    page.put("ACTION THE TRUST SHOULD TAKE TO IMPROVE", left - 10.0, top, 0.96 * size, bold=True)
    top += 2.4 * size
    lines = ["The service should improve the documentation of", "observations and the frequency of monitoring",
             "across both hospital sites and that compliance is", "monitored through regular audits."]
    page.put("•", left, top + 0.24 * size, 0.76 * size)  # set smaller on the line's baseline: its box's top lower
    for n, text in enumerate(lines):
        page.put(text, left + (1.5 * size if n == 0 else 0.0), top + n * leading)
    first = "receive safe care and treatment, including that:"
    page.put(first, right, top - 0.875 * size)
    subs = ["falls risk assessments are reviewed after every", "fall;", "controlled drugs are checked daily and",
            "discrepancies are escalated."]
    y = top + 0.7 * size
    for n, text in enumerate(subs):
        if n % 2 == 0:
            page.put("-", right + 3.4 * size, y)
        page.put(text, right + 5.6 * size, y)
        y += leading
    page.save()
    texts = _texts(path)
    assert _in_order(texts, lines + [first] + subs), texts
