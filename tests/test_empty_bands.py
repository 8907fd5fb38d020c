"""The bands between spans that leaflet panels and sheet grids are found from (leaflet_panels.py
`empty_bands`): run over every glyph of a page several times a page, so it compares and calls nothing
a span (speed55: it called max() for each glyph)."""

import pytest

from cqcplan.pipeline import leaflet_panels
from cqcplan.pipeline.leaflet_panels import empty_bands


def test_bands_lie_between_spans_reaching_over_the_ones_they_cover():
    spans = [(300.0, 310.0), (10.0, 200.0), (20.0, 40.0), (200.0, 250.0), (260.0, 270.0), (305.0, 305.0)]
    assert empty_bands(iter(spans)) == [(250.0, 260.0), (270.0, 300.0)]
    assert empty_bands([]) == [] and empty_bands([(5.0, 1.0)]) == []
    assert empty_bands([(1.0, 0.5), (2.0, 3.0)]) == [(0.5, 2.0)]  # a span reversed reaches to its own end


def test_no_call_is_made_a_span(monkeypatch: pytest.MonkeyPatch):
    calls = []

    def counted_max(*args):
        calls.append(args)
        return max(*args)

    monkeypatch.setattr(leaflet_panels, "max", counted_max, raising=False)
    spans = [(float(x), x + 5.0) for x in range(0, 600, 4)]
    assert empty_bands(spans) == [] and not calls


def test_a_sheet_with_no_fold_down_it_looks_for_no_bands_across(monkeypatch: pytest.MonkeyPatch):
    """sheet_grid.grid_folds, asked of every page: with no fold down the sheet there is no grid, so the
    bands across it are not looked for (a second sort of the page's glyphs)."""
    from build import doc, line

    from cqcplan.pipeline import sheet_grid

    asked = []
    monkeypatch.setattr(sheet_grid, "empty_bands", lambda spans: asked.append(1) or empty_bands(spans))
    page = doc(*(line(f"Line {n} of the page's one column of text.") for n in range(30))).pages[0]
    assert sheet_grid.grid_folds(page.lines, page.width, page.height) is None
    assert len(asked) == 1
