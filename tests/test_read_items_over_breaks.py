"""Round thirty-six of issue 10 (random seeds 109000-109099 by class): items going on over a page
break into a column whose edge the reader can only guess, made here with reportlab at several
type sizes (all geometry is in ems of the type). Once an item has gone on there, a bullet of its
own kind after its finished sentence is the list's next item, wherever its indent puts it; and
a sub-list whose last entry ends in a semicolon goes on with the bullet after it."""

import pytest

pytest.importorskip("reportlab")

from test_read_outside_tables import HEIGHT, WIDTH, _Page  # noqa: E402
from reading import read_findings  # noqa: E402


def _texts(path) -> list[str]:
    return [" ".join(f.text.split()) for f in read_findings(path)]


@pytest.mark.parametrize("size", [9.0, 11.0, 12.0])
def test_a_bullet_after_an_item_gone_on_over_a_page_break_is_the_next_item(tmp_path, size):
    """Flush bullets (an item's lines wrap back to its bullet) in two boxed columns set in from the
    page's margin, the last item going on at the top of the next page's first column: the bullets
    under it there are the list's next items, not sub-bullets of it."""
    path = tmp_path / "flush.pdf"
    page = _Page(path, size)
    margin, right = 59.0, WIDTH / 2 + 18.0
    leading = 1.4 * size
    page.put("Summary of findings", margin, 36.0, 0.7 * size)
    page.put("Providers must display their rating on their website.", margin, HEIGHT - 50.0, 0.7 * size)
    top = HEIGHT - 95.0 - 3 * leading  # the list's last lines at the page's foot
    page.put("Action the service SHOULD take to improve", margin, top - 2.2 * size, 1.3 * size, bold=True)
    box = margin + 1.0 * size  # each column's box padding: the page's margin is no edge of its text
    columns = [(box, [("The service should make sure that", True), ("leaflets are available in languages", False),
                      ("other than English in outpatients", False), ("and on the wards, in line with", False)]),
               (right, [("national guidance.", False), ("The service should consider", True)])]
    for x, lines in columns:
        for n, (text, opens) in enumerate(lines):
            if opens:
                page.put("■", x, top + n * leading)
            page.put(text, x + (2.2 * size if opens else 0.0), top + n * leading)
    page.canvas.showPage()
    page.put("Summary of findings", margin, 36.0, 0.7 * size)
    page.put("Providers must display their rating on their website.", margin, HEIGHT - 50.0, 0.7 * size)
    second = [("how to improve engagement with person-centred", False), ("care planning and that compliance is", False),
              ("monitored through regular audits.", False), ("The service should review the", True),
              ("discharge arrangements so that people", False), ("are not delayed unnecessarily.", False)]
    y = 80.0
    for text, opens in second:
        if opens:
            page.put("■", box, y)
        page.put(text, box + (2.2 * size if opens else 0.0), y)
        y += leading
    page.save()
    texts = _texts(path)
    assert "The service should consider how to improve engagement with person-centred care planning and that " \
           "compliance is monitored through regular audits." in texts, texts
    assert "The service should review the discharge arrangements so that people are not delayed unnecessarily." \
           in texts, texts


@pytest.mark.parametrize("size", [9.0, 10.0, 12.0])
def test_a_sub_list_going_on_at_the_next_column_s_top_keeps_its_next_entry(tmp_path, size):
    """An item's sub-list breaks at a column's foot mid-entry ("staff have access to up-to-date" /
    "policies;"); the next entry's bullet, under it at the next column's top, is the sub-list's,
    not a new item, though the next column's edge puts it at another indent."""
    path = tmp_path / "subs.pdf"
    page = _Page(path, size)
    left, right = 80.0, 80.0 + 23.0 * size
    leading = 1.25 * size
    top = 80.0
    page.put("The hospital should:", left - 4.0, top, 1.3 * size, bold=True)
    top += 2.0 * size
    column = [("•", 0.0, "Continue to improve the recording of pain", 3.0), (None, 0.0, "scores, including that:", 0.0),
              ("•", 3.4, "falls risk assessments are reviewed", 5.6), (None, 5.6, "after every fall;", 0.0),
              ("•", 3.4, "staff have access to up-to-date", 5.6)]
    for n, (glyph, at, text, indent) in enumerate(column):
        if glyph:
            page.put(glyph, left + at * size, top + n * leading)
        page.put(text, left + (at + indent) * size, top + n * leading)
    rest = [(None, 4.0, "policies;", 0.0), ("•", 2.0, "resuscitation trolleys are sealed and", 2.2),
            (None, 4.2, "checked.", 0.0), ("•", 0.0, "Continue to improve the recording of pain", 2.2),
            (None, 0.0, "scores in the community teams.", 0.0)]
    for n, (glyph, at, text, indent) in enumerate(rest):
        if glyph:
            page.put(glyph, right + at * size, top + n * leading)
        page.put(text, right + (at + indent) * size, top + n * leading)
    page.save()
    texts = _texts(path)
    whole = [text for text in texts if text.startswith("Continue to improve the recording of pain scores, including")]
    assert whole and whole[0].endswith("policies; resuscitation trolleys are sealed and checked."), texts
    assert not any(text.startswith("resuscitation") for text in texts), texts
