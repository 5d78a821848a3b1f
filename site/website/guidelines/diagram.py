"""The geometry of the Blueprint's cycle diagram, drawn on the server as SVG.

The phases sit on a circle around a hub, each in its own disc with its number above its name;
arcs with arrowheads lead from each phase to the next. Every text is fitted into its disc (or
the hub) in the reader's language: a long name is broken into lines and, if need be, set
smaller (see `website.core.svg`). Coordinates reach the template as strings, never localised.
"""

import math
from dataclasses import dataclass

from website.core.svg import ascent_descent, fit_lines, layout, svg_number

WIDTH, HEIGHT = 600, 500
CENTRE = (300, 250)
RADIUS = 190  # of the circle the phases sit on
NODE_RADIUS = 56
HUB_RADIUS = 110
PADDING = 5  # kept free between a text and the edge of its disc
ARC_GAP = 0.36  # radians kept free around each node, so that arcs start at its edge
NUMBER_SIZE = 20
LABEL_SIZES = (15, 9)  # largest and smallest font size of a phase's name
TITLE = "DIG.INT"
TITLE_SIZE = 30
SUBTITLE_SIZES = (18, 10)
GAP = 2  # between the number (or title) and the name below it


@dataclass(frozen=True)
class PlacedLine:
    """One line of text, centred on `x`, its baseline at `y`.

    Attributes:
        text: The text.
        x: The horizontal centre (an SVG number).
        y: The baseline (an SVG number).
    """

    text: str
    x: str
    y: str


@dataclass(frozen=True)
class DiscText:
    """A heading line and a label broken into lines, centred in a disc.

    Attributes:
        heading: The number (or title) line.
        heading_size: Its font size (an SVG number).
        lines: The label's lines.
        size: The label's font size (an SVG number).
    """

    heading: PlacedLine
    heading_size: str
    lines: tuple
    size: str


def _corners_inside(half_width, top, bottom, radius):
    return max(top * top, bottom * bottom) + half_width * half_width <= radius * radius


def disc_text(centre, radius, heading, heading_size, label, sizes):
    """Fit `heading` over `label` into the disc of `radius` around `centre`."""
    heading_ascent, heading_descent = ascent_descent(heading_size)
    heading_box = heading_ascent + heading_descent
    heading_half_width = layout([heading], heading_size).width / 2
    room = radius - PADDING

    def placement(fitted):
        """(heading baseline, label middle), both relative to the disc's centre."""
        top = -(heading_box + GAP + fitted.height) / 2
        return top + heading_ascent, top + heading_box + GAP + fitted.height / 2

    def fits(fitted):
        heading_baseline, middle = placement(fitted)
        if not _corners_inside(
            heading_half_width,
            heading_baseline - heading_ascent,
            heading_baseline + heading_descent,
            room,
        ):
            return False
        ascent, descent = ascent_descent(fitted.size)
        return all(
            _corners_inside(
                line.width / 2,
                middle + line.baseline - ascent,
                middle + line.baseline + descent,
                room,
            )
            for line in fitted.lines
        )

    fitted = fit_lines(label, fits, largest=sizes[0], smallest=sizes[1])
    heading_baseline, middle = placement(fitted)
    x, y = centre
    return DiscText(
        heading=PlacedLine(heading, svg_number(x), svg_number(y + heading_baseline)),
        heading_size=svg_number(heading_size),
        lines=tuple(
            PlacedLine(line.text, svg_number(x), svg_number(y + middle + line.baseline))
            for line in fitted.lines
        ),
        size=svg_number(fitted.size),
    )


def _on_circle(angle, radius=RADIUS):
    return (CENTRE[0] + radius * math.cos(angle), CENTRE[1] + radius * math.sin(angle))


def cycle_diagram(phases, subtitle):
    """What the template draws for `phases`: (key, label, extra) in the cycle's order.

    `extra` is passed through to each phase (the page gives the phase's steps); `subtitle`
    is written under the title in the hub.
    """
    count = len(phases)
    drawn = []
    for position, (key, label, extra) in enumerate(phases):
        angle = -math.pi / 2 + 2 * math.pi * position / count
        x, y = _on_circle(angle)
        arc_start = _on_circle(angle + ARC_GAP)
        arc_end = _on_circle(angle + 2 * math.pi / count - ARC_GAP)
        drawn.append(
            {
                "key": key,
                "label": label,
                "number": position + 1,
                "x": svg_number(x),
                "y": svg_number(y),
                "arc": (
                    f"M {svg_number(arc_start[0])} {svg_number(arc_start[1])} "
                    f"A {RADIUS} {RADIUS} 0 0 1 {svg_number(arc_end[0])} {svg_number(arc_end[1])}"
                ),
                "text": disc_text(
                    (x, y), NODE_RADIUS, str(position + 1), NUMBER_SIZE, str(label), LABEL_SIZES
                ),
                "steps": extra,
            }
        )
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "node_radius": NODE_RADIUS,
        "hub": {
            "x": svg_number(CENTRE[0]),
            "y": svg_number(CENTRE[1]),
            "radius": HUB_RADIUS,
            "text": disc_text(CENTRE, HUB_RADIUS, TITLE, TITLE_SIZE, str(subtitle), SUBTITLE_SIZES),
        },
        "phases": drawn,
    }
