"""The progress report's two charts as PNG bytes: BRAG by key question (stacked bars) and BRAG
over versions (lines), in the plan's own BRAG colours.

matplotlib is imported only here, and this module only when a report is made. Figures are
drawn on the Agg canvas directly, not through pyplot: no window or display is needed, and no
global figure state is shared with the web server's threads. Labels may carry plan text, so
`$` never starts mathtext.
"""

import io
from collections.abc import Iterator
from contextlib import contextmanager

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ...models.plan import BRAGS, NOT_RATED, Review
from ...models.progress import ProgressReport

from .colours import BRAG_FILL
from .text import uk_date

COLOURS = {**{brag: f"#{BRAG_FILL[brag]}" for brag in BRAGS}, NOT_RATED: "#BFBFBF"}
DPI = 150
STYLE = {"text.parse_math": False, "font.size": 9, "axes.spines.top": False, "axes.spines.right": False}


def brag_by_key_question(report: ProgressReport) -> bytes:
    """One horizontal bar per key question (CQC's order, top down), split by BRAG."""
    groups = report.by_key_question[::-1]
    with _figure(8, 1.4 + 0.45 * len(groups)) as figure:
        axes = figure.add_subplot()
        labels = [g.label for g in groups]
        left = [0] * len(groups)
        for brag, colour in COLOURS.items():
            counts = [g.brag[brag] for g in groups]
            axes.barh(range(len(groups)), counts, left=left, color=colour, label=brag, edgecolor="white")
            left = [a + b for a, b in zip(left, counts)]
        axes.set_yticks(range(len(groups)), labels)
        axes.set_xlabel("Actions")
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.legend(ncols=len(COLOURS), loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
        return _png(figure)


def brag_over_versions(versions: list[Review]) -> bytes:
    """Actions per BRAG at each version, stacked (the top edge is every action), oldest on the left.
    A single version is drawn as a short band so it still shows."""
    with _figure(8, 3.4) as figure:
        axes = figure.add_subplot()
        xs = [-0.3, 0.3] if len(versions) == 1 else list(range(len(versions)))
        points = versions * 2 if len(versions) == 1 else versions
        keys = {brag: "not_rated" if brag == NOT_RATED else brag.lower() for brag in COLOURS}
        axes.stackplot(xs, *[[getattr(v, keys[brag]) for v in points] for brag in COLOURS],
                       colors=list(COLOURS.values()), labels=list(COLOURS), edgecolor="white", linewidth=0.5)
        axes.set_xticks(range(len(versions)), [f"v{v.version}\n{uk_date(v.date)}" for v in versions])
        axes.set_xlim(min(xs) - 0.2, max(xs) + 0.2)
        axes.set_ylabel("Actions")
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.legend(ncols=len(COLOURS), loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
        return _png(figure)


@contextmanager
def _figure(width: float, height: float) -> Iterator[Figure]:
    with rc_context(STYLE):
        figure = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
        FigureCanvasAgg(figure)
        yield figure


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
