"""The geometry of the results radar, drawn on the server as SVG (no chart library).

The template draws what `radar` computes: one axis per dimension, rings at each maturity
threshold, and the institution's scores as a polygon.
"""

import math
from dataclasses import dataclass

SIZE = 420
CENTRE = SIZE / 2
RADIUS = 140
RINGS = (25, 50, 75, 100)


@dataclass(frozen=True)
class Axis:
    """One dimension's axis.

    Attributes:
        label: The dimension's name.
        score: The institution's score on it.
        end: The axis' outer end (x, y).
        point: Where the score lies on the axis (x, y).
        label_at: Where the label is written (x, y).
        anchor: The label's text-anchor.
    """

    label: str
    score: int
    end: tuple
    point: tuple
    label_at: tuple
    anchor: str


def _at(angle, distance):
    return (
        round(CENTRE + distance * math.cos(angle), 1),
        round(CENTRE + distance * math.sin(angle), 1),
    )


def _anchor(x):
    if abs(x - CENTRE) < 1:
        return "middle"
    return "start" if x > CENTRE else "end"


def _points(points):
    return " ".join(f"{x},{y}" for x, y in points)


def radar(scores):
    """What the template needs to draw `scores` (label → score 0–100), first axis at the top."""
    count = len(scores)
    axes = []
    for index, (label, score) in enumerate(scores.items()):
        angle = -math.pi / 2 + 2 * math.pi * index / count
        label_at = _at(angle, RADIUS + 22)
        axes.append(
            Axis(
                label=label,
                score=score,
                end=_at(angle, RADIUS),
                point=_at(angle, RADIUS * score / 100),
                label_at=label_at,
                anchor=_anchor(label_at[0]),
            )
        )
    rings = [
        {
            "value": ring,
            "points": _points(
                _at(-math.pi / 2 + 2 * math.pi * index / count, RADIUS * ring / 100)
                for index in range(count)
            ),
        }
        for ring in RINGS
    ]
    return {
        "size": SIZE,
        "centre": CENTRE,
        "axes": axes,
        "rings": rings,
        "shape": _points(axis.point for axis in axes),
    }
