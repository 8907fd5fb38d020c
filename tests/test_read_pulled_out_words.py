"""A poster that pulls words out of each statement (made here with reportlab at two body sizes): the
modal verb set 2.5 times the body type in bold, a key phrase in bold 1.6 times it, the citation smaller,
all on shared baselines (each line as tall as its largest type). A line set wholly in the key phrase's
type in mid-sentence, or mostly in it, is no heading: the sentence goes on under it at its edge in the
body type, in lower case. Before, such a line ended the statement ("… staff complete") or, opening a
statement, was taken as a sub-heading and the statement lost. A core service's bold heading over the
next statements (which open with a capital) still heads them."""

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfgen import canvas  # noqa: E402

from reading import read_findings  # noqa: E402

B, R, S = "Helvetica-Bold", "Helvetica", "small"
# Each statement as runs (text, size in body ems, face), wrapped to the poster's measure as a writer does.
MUSTS = [
    [("The trust ", 1, R), ("must", 2.5, B), (" ensure that escalation plans on the wards are tested every quarter and "
                                              "the results are shared with staff at the next ward meeting. ", 1, R),
     ("(Regulation 12(2)(a))", 0.62, S)],
    [("The trust ", 1, R), ("must", 2.5, B), (" ensure that all nursing staff complete ", 1, R),
     ("Sepsis Six recognition training and that their compliance", 1.6, B),
     (" is monitored by the ward managers every month. ", 1, R), ("(Regulation 18(2)(a))", 0.62, S)],
    [("The trust ", 1, R), ("must", 2.5, B), (" ensure that ", 1, R),
     ("falls are reviewed, recorded, investigated", 1.25, B),
     (" and learned from within two weeks of each fall on the unit. ", 1, R), ("(Regulation 17(2)(b))", 0.62, S)],
]
SHOULDS = [
    ("Maternity", [("The trust ", 1, R), ("should", 2.5, B),
                   (" ensure that birth partners are told how to raise a concern out of hours.", 1, R)]),
    ("Surgery", [("The trust ", 1, R), ("should", 2.5, B), (" review ", 1, R),
                 ("how theatre lists are planned", 1.6, B),
                 (" so that fewer operations are cancelled on the day of surgery.", 1, R)]),
]


def _wrapped(pdf, runs, size: float, measure: float) -> list[list[tuple[str, float, str]]]:
    """The statement's words filled into lines of `measure` points, each word in its run's type."""
    lines, width = [[]], 0.0
    for text, scale, face in runs:
        font = R if face == S else face
        for word in text.split():
            wide = pdf.stringWidth(word + " ", font, scale * size)
            if width + wide > measure and lines[-1]:
                lines.append([])
                width = 0.0
            lines[-1].append((word + " ", scale, face))
            width += wide
    return lines


def _poster(path, size: float) -> None:
    page_h = 842.0
    pdf = canvas.Canvas(str(path), pagesize=(595.0, page_h))
    number_x = 40.0
    left, measure = number_x + 1.8 * size, 32 * size

    def runs(line, baseline: float) -> None:
        x = left
        for text, scale, face in line:
            font = R if face == S else face
            pdf.setFillGray(0.4 if face == S else 0.0)
            pdf.setFont(font, scale * size)
            pdf.drawString(x, page_h - baseline, text)
            x += pdf.stringWidth(text, font, scale * size)
        pdf.setFillGray(0.0)

    def statement(words, number: int, top: float) -> float:
        for k, line in enumerate(_wrapped(pdf, words, size, measure)):
            tall = max(scale for _, scale, _ in line) * size
            baseline = top + 0.9 * tall
            runs(line, baseline)
            if k == 0:
                pdf.setFont(R, 0.85 * size)  # the number in smaller type, as a poster sets it
                pdf.drawString(number_x, page_h - baseline, str(number))
            top += 1.2 * tall
        return top + 0.8 * size

    top = 40.0
    pdf.setFont(B, 2.2 * size)
    pdf.drawString(number_x, page_h - top - 2.2 * size, "Action the trust MUST take to improve")
    top += 3.5 * size
    for n, words in enumerate(MUSTS, 1):
        top = statement(words, n, top)
    pdf.setFont(B, 2.2 * size)
    pdf.drawString(number_x, page_h - top - 2.2 * size, "Action the trust SHOULD take to improve")
    top += 3.5 * size
    for n, (service, words) in enumerate(SHOULDS, 1):
        pdf.setFont(B, 1.3 * size)
        pdf.drawString(number_x, page_h - top - 1.3 * size, service)
        top = statement(words, n, top + 2 * size)
    pdf.showPage()
    pdf.save()


def _text(runs) -> str:
    return " ".join("".join(text for text, _, _ in runs).split())


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_words_pulled_out_in_large_type_stay_in_their_statement(tmp_path, size):
    path = tmp_path / "poster.pdf"
    _poster(path, size)
    assert [(f.kind, f.service, f.text) for f in read_findings(path)] == [
        *(("must", None, _text(runs)) for runs in MUSTS),
        *(("should", service, _text(runs)) for service, runs in SHOULDS)]
