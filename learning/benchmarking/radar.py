"""The geometry of the results radar, drawn on the server as SVG (no chart library).

The template draws what `radar` computes: one axis per dimension, rings at each maturity
threshold, the institution's scores as a polygon, and each axis' label in a box beyond its
end. Labels are measured in the diagrams' font and broken into lines (or set smaller) so that
they fit their box in every language; the drawing is then sized to hold every box, so nothing
is cut off. Coordinates reach the template as strings, never localised.
"""

import math
from dataclasses import dataclass

from website.core.svg import Box, fit_lines, svg_number

RADIUS = 140
RINGS = (25, 50, 75, 100)
POINT_RADIUS = 4
LABEL_GAP = 12  # between an axis' end and its label's box
LABEL_PADDING = 4  # between a label's box and its text
LABEL_SIZES = (13, 10)  # largest and smallest font size of a label
SIDE_LABEL_WIDTH = 150  # widest line of a label beside the plot
END_LABEL_WIDTH = 260  # widest line of a label above or below it
MARGIN = 2  # around everything drawn


@dataclass(frozen=True)
class Label:
    """An axis' label: its lines in a box, each line centred on the box.

    Attributes:
        size: The font size (an SVG number).
        lines: (text, x, y) of each line, the baseline at y.
        box: x, y, width and height of the box (SVG numbers).
    """

    size: str
    lines: tuple
    box: tuple


@dataclass(frozen=True)
class Axis:
    """One dimension's axis.

    Attributes:
        label: The dimension's name.
        score: The institution's score on it.
        end: The axis' outer end (x, y).
        point: Where the score lies on the axis (x, y).
        text: The label as drawn (name and score).
    """

    label: str
    score: int
    end: tuple
    point: tuple
    text: Label


def _direction(index, count):
    angle = -math.pi / 2 + 2 * math.pi * index / count
    return math.cos(angle), math.sin(angle)


def _side(component):
    """-1, 0 or 1: which way a label's box leans from its anchor along one axis."""
    if abs(component) < 0.3:
        return 0
    return 1 if component > 0 else -1


def _label_box(text, direction):
    """The fitted text and its box (relative to the plot's centre) for an axis' label."""
    dx, dy = direction
    max_width = SIDE_LABEL_WIDTH if _side(dx) else END_LABEL_WIDTH
    fitted = fit_lines(
        text,
        lambda fitted: fitted.width <= max_width,
        largest=LABEL_SIZES[0],
        smallest=LABEL_SIZES[1],
    )
    width = fitted.width + 2 * LABEL_PADDING
    height = fitted.height + 2 * LABEL_PADDING
    anchor_x = (RADIUS + LABEL_GAP) * dx
    anchor_y = (RADIUS + LABEL_GAP) * dy
    centre_x = anchor_x + _side(dx) * width / 2
    centre_y = anchor_y + _side(dy) * height / 2
    box = Box(
        centre_x - width / 2, centre_y - height / 2, centre_x + width / 2, centre_y + height / 2
    )
    return fitted, box


def _shifted(point, offset):
    return svg_number(point[0] + offset[0]), svg_number(point[1] + offset[1])


def radar(scores):
    """What the template needs to draw `scores` (label → score 0–100), first axis at the top."""
    count = len(scores)
    directions = [_direction(index, count) for index in range(count)]
    labels = [
        _label_box(f"{label}\N{NO-BREAK SPACE}({score})", direction)
        for (label, score), direction in zip(scores.items(), directions, strict=True)
    ]
    reach = RADIUS + POINT_RADIUS
    bounds = Box(-reach, -reach, reach, reach)
    for _fitted, box in labels:
        bounds = bounds.union(box)
    bounds = bounds.grown(MARGIN)
    # Everything moves so that the drawing starts at (0, 0) of the viewBox.
    offset = (-bounds.left, -bounds.top)

    axes = []
    for (label, score), (dx, dy), (fitted, box) in zip(
        scores.items(), directions, labels, strict=True
    ):
        middle_x = (box.left + box.right) / 2
        middle_y = (box.top + box.bottom) / 2
        axes.append(
            Axis(
                label=label,
                score=score,
                end=_shifted((RADIUS * dx, RADIUS * dy), offset),
                point=_shifted((RADIUS * dx * score / 100, RADIUS * dy * score / 100), offset),
                text=Label(
                    size=svg_number(fitted.size),
                    lines=tuple(
                        (line.text, *_shifted((middle_x, middle_y + line.baseline), offset))
                        for line in fitted.lines
                    ),
                    box=(
                        *_shifted((box.left, box.top), offset),
                        svg_number(box.width),
                        svg_number(box.height),
                    ),
                ),
            )
        )
    rings = [
        {
            "value": ring,
            "points": " ".join(
                ",".join(_shifted((RADIUS * dx * ring / 100, RADIUS * dy * ring / 100), offset))
                for dx, dy in directions
            ),
        }
        for ring in RINGS
    ]
    return {
        "width": svg_number(math.ceil(bounds.width)),
        "height": svg_number(math.ceil(bounds.height)),
        "centre": _shifted((0, 0), offset),
        "axes": axes,
        "rings": rings,
        "shape": " ".join(",".join(axis.point) for axis in axes),
        "point_radius": POINT_RADIUS,
    }
