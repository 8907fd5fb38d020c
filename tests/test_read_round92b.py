"""Reading round ninety-two, a landscape three-panel leaflet (a harder held-back set, FZ), drawn at
more than one type size:

- the should list's heading wrapped over two lines at the top of its panel, its first line printed
  again at the top of the other sheet, where the list goes on ("improvements are: (continued)").
  Before, that recurring first line was taken for a running header and the list had no heading.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _draw, _found, _item  # noqa: E402

LANDSCAPE = (842.0, 595.0)
PANELS, WIDTH = (16.0, 296.0, 576.0), 250.0
MUSTS = ["Ensure that care and treatment is provided in a safe way to patients.",
         "Establish effective systems and processes to ensure good governance."]
SHOULDS = ["Continue to improve the uptake of cervical cancer screening.",
           "Take action to improve patient satisfaction with telephone access to the practice.",
           "Review the system for recording verbal complaints so that trends can be identified."]
GRID = [("Overall rating", "Requires improvement"), ("Are services safe?", "Requires improvement"),
        ("Are services effective?", "Good"), ("Are services caring?", "Good"),
        ("Are services responsive?", "Good"), ("Are services well-led?", "Requires improvement")]
HEAD = "The areas where the provider should make"


def _list(x: float, top: float, size: float, heading: tuple[str, str], items: list[str]) -> list[tuple]:
    lines = [(heading[0], x, top, 1.05 * size, True), (heading[1], x, top + 1.45 * size, 1.05 * size, True)]
    base = top + 3.3 * size
    for text in items:
        drawn, base = _item("•", text, x, base, size, WIDTH, 1.3 * size)
        lines += drawn
        base += 0.6 * size
    return lines


def _inside(size: float) -> list[tuple]:
    top = 30.0 + 0.6 * size
    lines = [("Ratings", PANELS[0], top, size, True)]
    for k, (label, rating) in enumerate(GRID):
        lines += [(label, PANELS[0], top + (2.6 + 1.3 * k) * size, size, False),
                  (rating, PANELS[0] + 12.4 * size, top + (2.6 + 1.3 * k) * size, size, False)]
    lines.append(("We rated the practice:", PANELS[1], top + size, size, False))
    lines += _list(PANELS[1], top + 2.9 * size, size, ("The areas where the provider must make", "improvements are:"), MUSTS)
    return lines + _list(PANELS[2], top, size, (HEAD, "improvements are:"), SHOULDS)


def _outside(size: float) -> list[tuple]:
    top = 30.0 + 0.6 * size
    lines = [(HEAD, PANELS[0], top, 1.05 * size, True), ("improvements are: (continued)", PANELS[0], top + 1.45 * size, 1.05 * size, True),
             ("Our inspection team was led by a CQC lead inspector.", PANELS[0], top + 4 * size, size, False)]
    return lines + [("About this leaflet", PANELS[1], top, size, True),
                    ("This leaflet summarises our findings.", PANELS[1], top + 2 * size, size, False)]


@pytest.mark.parametrize("size", [8.5, 9.5])
def test_a_wrapped_list_heading_printed_again_on_the_other_sheet_is_no_running_header(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "sheets.pdf", [(LANDSCAPE, _outside(size)), (LANDSCAPE, _inside(size))]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", t) for t in MUSTS] + [("should", t) for t in SHOULDS]
