"""Theme neighbours: CQC evidence categories that file one issue side by side (vocab/theme_neighbours.toml).

Merging keeps statements of different sure themes apart; a neighbouring pair of themes is the
one exception, and only when the statements agree on the object and the duty
(pipeline/merge.py). This module answers which theme pairs are neighbours; it decides nothing
about words.
"""

from functools import cache

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..vocab import load

from . import themes


class Neighbours(BaseModel):
    """Two theme ids and why CQC files an issue under either."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    themes: tuple[str, str]
    why: str = Field(min_length=1)


class NeighbourFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    pair: list[Neighbours]

    @model_validator(mode="after")
    def _known_distinct_themes(self) -> "NeighbourFile":
        known = themes.by_id()
        for entry in self.pair:
            unknown = [t for t in entry.themes if t not in known]
            if unknown:
                raise ValueError(f"names no theme of themes.toml: {', '.join(unknown)}")
            if entry.themes[0] == entry.themes[1]:
                raise ValueError(f"a theme is not its own neighbour: {entry.themes[0]}")
        return self


@cache
def _pairs() -> frozenset[frozenset[str]]:
    """Neighbouring themes by printed name (the name findings carry)."""
    by_id = themes.by_id()
    entries = load(NeighbourFile, "theme_neighbours.toml").pair
    return frozenset(frozenset(by_id[t].name for t in entry.themes) for entry in entries)


def neighbours(a: str, b: str) -> bool:
    """Whether two theme names are neighbours (a theme is not its own neighbour)."""
    return frozenset((a, b)) in _pairs()


def neighbouring(sure: list[list[str]]) -> np.ndarray:
    """Pairs of statements where a theme of one neighbours a theme of the other."""
    names = sorted({name for pair in _pairs() for name in pair})
    index = {name: k for k, name in enumerate(names)}
    x = np.zeros((len(sure), len(names)))
    for row, found in enumerate(sure):
        x[row, [index[name] for name in found if name in index]] = 1.0
    near = np.zeros((len(names), len(names)))
    for pair in _pairs():
        a, b = (index[name] for name in pair)
        near[a, b] = near[b, a] = 1.0
    return (x @ near @ x.T) > 0
