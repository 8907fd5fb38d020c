"""A sheet of bookmarks printed both sides: the fronts name each core service in full, the backs
print the lists with only a short form of the service in a small tag at each one's foot ("UCS ·
bookmark 3 of 3"). The items above a tag in its panel are the service's its short form stands for
(its letters the initials of the name's words: foot_tags.py); before, they had no service. A short
form fitting two names ("CHS") names neither."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _wrapped  # noqa: E402
from test_read_round62 import _found  # noqa: E402

BOOKMARKS = [("Community health services for adults", "CHS-A",
              ["The trust must ensure that wound assessments are recorded at every visit."]),
             ("Community health services for children, young people and families", "CHS",
              ["The trust must ensure that the 6–8 week review is completed on time."]),
             ("Urgent care services", "UCS",
              ["The trust must ensure that there are enough qualified staff overnight.",
               "The trust must ensure that the paediatric early warning score is used for every child."])]


def _sheet(path, size: float):
    """Fronts on page 1, left to right; backs on page 2 in mirrored order, each with its foot tag."""
    from reportlab.pdfgen import canvas

    pitch, margin, measure = 24 * size, 3.5 * size, 17 * size
    width, height = pitch * len(BOOKMARKS), 85 * size
    c = canvas.Canvas(str(path), pagesize=(width, height))
    for k, (name, _, _) in enumerate(BOOKMARKS):
        c.setFont("Helvetica-Bold", 2 * size)
        for n, words in enumerate(_wrapped(name, 2 * size, measure)):
            c.drawString(k * pitch + margin, height - 12 * size - n * 2.6 * size, " ".join(words))
        c.setFont("Helvetica", size)
        c.drawString(k * pitch + margin, height - 60 * size, "Turn over for what we have been asked to do.")
    c.showPage()
    for k, (_, short, items) in enumerate(reversed(BOOKMARKS)):
        x, base = k * pitch + margin, height - 5 * size
        c.setFont("Helvetica-Bold", 1.15 * size)
        for part in ("Action the trust MUST take", "to improve"):
            c.drawString(x, base, part)
            base -= 1.5 * size
        c.setFont("Helvetica", size)
        for item in items:
            base -= 0.6 * size
            c.drawString(x, base, "\u25b8")
            for words in _wrapped(item, size, measure - 1.2 * size):
                c.drawString(x + 1.2 * size, base, " ".join(words))
                base -= 1.38 * size
        c.setFont("Helvetica", 0.8 * size)
        c.drawString(x + 2 * size, 5 * size, f"{short} \u00b7 bookmark {len(BOOKMARKS) - k} of {len(BOOKMARKS)}")
    c.save()
    return path


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_a_foot_tags_short_form_names_the_service_of_the_items_above_it(tmp_path, size):
    found = {text: service for _, service, text, _ in _found(_sheet(tmp_path / "bookmarks.pdf", size))}
    assert set(found) == {item for _, _, items in BOOKMARKS for item in items}
    for name, short, items in BOOKMARKS:
        for item in items:
            if short == "CHS":  # it fits both community health services names
                assert found[item] not in [name for name, _, _ in BOOKMARKS[:2]]
            else:
                assert found[item] == name
