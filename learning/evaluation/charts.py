"""Bar, diverging bar, funnel and line charts drawn on the server as SVG, for the evaluation pages.

One small module, no chart library and nothing fetched: each function lays the chart out,
measuring every label with the diagrams' font (`website.core.svg`), and returns a `Chart` whose
markup has role="img", a title and a description. Coordinates are written by `svg_number`
(a full stop, never localised); numbers people read are text, in the reader's locale. Every
text lies inside the viewBox, since the drawing is sized around what was measured. Series
differ by colour, by line pattern and by marker shape, and values are written beside bars, so
that nothing relies on colour alone. The same figures are always in a table beside the chart.
"""

import math
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe

from website.core.svg import ascent_descent, fit_lines, svg_number, text_width

# Each colour has a contrast of at least 4.5:1 on white (tested), so marks and their texts
# can be told from the background (WCAG 1.4.11 asks 3:1 for graphics).
PALETTE = ("#1d4f91", "#a3470b", "#2f6b2f")
TEXT = "#1a1a1a"
GRID = "#6b6b6b"
DASHES = ("", "6 3", "2 3")
MARKERS = ("circle", "square", "triangle")
FONT = 12
SMALL = 11
PAD = 6
LABEL_WIDTH = 220
BAR_LENGTH = 360
BAR_HEIGHT = 18
BAR_GAP = 8
PLOT_WIDTH = 520
PLOT_HEIGHT = 200
MARKER_SIZE = 4


@dataclass(frozen=True)
class Text:
    """A text the chart draws.

    Attributes:
        text: What it says.
        x: Its anchor's x.
        y: Its baseline.
        size: Font size (px).
        anchor: "start", "middle" or "end".
    """

    text: str
    x: float
    y: float
    size: float = FONT
    anchor: str = "start"

    def box(self):
        """(left, top, right, bottom) of its glyphs, as measured in the diagrams' font."""
        width = text_width(self.text, self.size)
        left = {"start": self.x, "middle": self.x - width / 2, "end": self.x - width}[self.anchor]
        ascent, descent = ascent_descent(self.size)
        return left, self.y - ascent, left + width, self.y + descent


@dataclass
class Chart:
    """A laid-out chart.

    Attributes:
        width: The viewBox's width.
        height: The viewBox's height.
        texts: Every text drawn (for the tests that check they lie inside the viewBox).
        svg: The markup.
    """

    width: float
    height: float
    texts: list = field(default_factory=list)
    svg: str = ""

    def __str__(self):
        return self.svg


def _attrs(**attributes):
    parts = []
    for name, value in attributes.items():
        if value is None or value == "":
            continue
        name = name.rstrip("_").replace("_", "-")
        if isinstance(value, int | float):
            value = svg_number(value)
        parts.append(f'{name}="{escape(value)}"')
    return " ".join(parts)


def _text_markup(item, **extra):
    return f"<text {_attrs(x=item.x, y=item.y, font_size=item.size, text_anchor=item.anchor, fill=TEXT, **extra)}>{escape(item.text)}</text>"  # noqa: E501


def _wrap(label, width):
    """`label` in at most three lines of `width`, cut short with "…" if it is longer still.

    The table beside the chart gives the label whole.
    """

    def fit(text):
        return fit_lines(text, lambda fitted: fitted.width <= width, largest=FONT, smallest=SMALL)

    fitted = fit(label)
    if fitted.width <= width:
        return fitted
    kept, longest = 0, len(label) - 1  # the longest start that fits, by bisection
    while kept < longest:
        middle = (kept + longest + 1) // 2
        if fit(label[:middle].rstrip() + "…").width <= width:
            kept = middle
        else:
            longest = middle - 1
    return fit(label[:kept].rstrip() + "…")


def _document(slug, title, description, width, height, body, texts):
    ids = f"chart-{slug}-title chart-{slug}-desc"
    head = (
        f'<svg class="evaluation-chart" viewBox="0 0 {svg_number(width)} {svg_number(height)}" '
        f'width="{svg_number(width)}" height="{svg_number(height)}" role="img" '
        f'aria-labelledby="{ids}" focusable="false" font-family="DIG.INT diagram, sans-serif">'
        f'<title id="chart-{slug}-title">{escape(title)}</title>'
        f'<desc id="chart-{slug}-desc">{escape(description)}</desc>'
    )
    return Chart(width, height, texts, mark_safe(head + "".join(body) + "</svg>"))  # noqa: S308


def bar_chart(slug, title, description, bars):
    """Horizontal bars, one per (label, Cell, note): a funnel when the steps are in order.

    A suppressed or missing figure draws no bar; its text says why (the cell's display).
    `note` (may be empty) follows the value, e.g. the share of the first step.
    """
    fitted = [_wrap(str(label), LABEL_WIDTH) for label, _cell, _note in bars]
    label_width = max((item.width for item in fitted), default=0)
    largest = max((cell.value for _l, cell, _n in bars if cell.shown), default=0) or 1
    texts, body = [], []
    y = PAD
    value_right = 0
    for (_label, cell, note), lines in zip(bars, fitted, strict=True):
        row_height = max(BAR_HEIGHT, lines.height + 4)
        middle = y + row_height / 2
        for line in lines.lines:
            texts.append(
                Text(line.text, PAD + label_width, middle + line.baseline, lines.size, "end")
            )
        bar_left = PAD + label_width + PAD
        length = BAR_LENGTH * cell.value / largest if cell.shown else 0
        if length:
            body.append(
                f"<rect {_attrs(x=bar_left, y=middle - BAR_HEIGHT / 2, width=length, height=BAR_HEIGHT, fill=PALETTE[0])}/>"  # noqa: E501
            )
        value = cell.display + (f" ({note})" if note else "")
        ascent, descent = ascent_descent(FONT)
        value_text = Text(value, bar_left + length + PAD, middle + (ascent - descent) / 2)
        texts.append(value_text)
        value_right = max(value_right, value_text.box()[2])
        y += row_height + BAR_GAP
    width = max(value_right, PAD + label_width + PAD + BAR_LENGTH) + PAD
    height = y - BAR_GAP + PAD
    body.append(
        f"<line {_attrs(x1=PAD + label_width + PAD, y1=0, x2=PAD + label_width + PAD, y2=height, stroke=GRID)}/>"  # noqa: E501
    )
    body += [_text_markup(item) for item in texts]
    return _document(slug, title, description, math.ceil(width), math.ceil(height), body, texts)


def diverging_bar_chart(slug, title, description, bars):
    """Horizontal bars from a zero axis, one per (label, Cell): left below zero, right above.

    For changes, which can be negative. A bar's value is written at its end with its sign (the
    cell's display, e.g. "+5.00"), so side and sign tell a rise from a fall as well as the
    colour does. A zero draws no bar, only its value; a suppressed or missing figure draws no
    bar either, and its text says why (e.g. "fewer than 5"), never a zero.
    """
    fitted = [_wrap(str(label), LABEL_WIDTH) for label, _cell in bars]
    label_width = max((item.width for item in fitted), default=0)
    largest = max((abs(cell.value) for _l, cell in bars if cell.shown), default=0) or 1

    def length(cell):
        return BAR_LENGTH / 2 * abs(cell.value) / largest if cell.shown else 0

    def falls(cell):
        return cell.shown and cell.value < 0

    # Left of the axis: room for the longest fall and its value written beyond it.
    left_room = max(
        (length(cell) + PAD + text_width(cell.display, FONT) for _l, cell in bars if falls(cell)),
        default=0,
    )
    zero = PAD + label_width + PAD + left_room
    ascent, descent = ascent_descent(FONT)
    texts, body = [], []
    y = PAD
    for (_label, cell), lines in zip(bars, fitted, strict=True):
        row_height = max(BAR_HEIGHT, lines.height + 4)
        middle = y + row_height / 2
        for line in lines.lines:
            texts.append(
                Text(line.text, PAD + label_width, middle + line.baseline, lines.size, "end")
            )
        bar = length(cell)
        left = zero - bar if falls(cell) else zero
        if bar:
            colour = PALETTE[1] if falls(cell) else PALETTE[0]
            body.append(
                f"<rect {_attrs(x=left, y=middle - BAR_HEIGHT / 2, width=bar, height=BAR_HEIGHT, fill=colour)}/>"  # noqa: E501
            )
        baseline = middle + (ascent - descent) / 2
        if falls(cell):
            texts.append(Text(cell.display, left - PAD, baseline, FONT, "end"))
        else:
            texts.append(Text(cell.display, zero + bar + PAD, baseline))
        y += row_height + BAR_GAP
    plot_bottom = y - BAR_GAP + PAD
    # The axis is marked "0" below the bars (the same in every locale).
    texts.append(Text("0", zero, plot_bottom + ascent_descent(SMALL)[0], SMALL, "middle"))
    width = max([zero + BAR_LENGTH / 2] + [item.box()[2] for item in texts]) + PAD
    height = texts[-1].box()[3] + PAD
    body.append(f"<line {_attrs(x1=zero, y1=0, x2=zero, y2=plot_bottom, stroke=GRID)}/>")
    body += [_text_markup(item) for item in texts]
    return _document(slug, title, description, math.ceil(width), math.ceil(height), body, texts)


def _nice_top(value):
    """The smallest of 1, 2, 5 × 10^k at or above `value` (at least 5), for the y axis."""
    value = max(value, 5)
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def _marker(kind, x, y, colour):
    if kind == "circle":
        return f"<circle {_attrs(cx=x, cy=y, r=MARKER_SIZE, fill=colour)}/>"
    if kind == "square":
        side = 2 * MARKER_SIZE
        return f"<rect {_attrs(x=x - MARKER_SIZE, y=y - MARKER_SIZE, width=side, height=side, fill=colour)}/>"  # noqa: E501
    size = MARKER_SIZE + 1
    points = f"{svg_number(x)},{svg_number(y - size)} {svg_number(x + size)},{svg_number(y + size)} {svg_number(x - size)},{svg_number(y + size)}"  # noqa: E501
    return f"<polygon {_attrs(points=points, fill=colour)}/>"


def line_chart(slug, title, description, x_labels, series, format_number):
    """Lines over `x_labels`, one per (name, [Cell, ...]) of `series` (at most three).

    A suppressed figure leaves a gap in its line. `format_number` writes the y axis' numbers
    in the reader's locale.
    """
    shown = [cell.value for _name, cells in series for cell in cells if cell.shown]
    top = _nice_top(max(shown, default=0))
    ticks = [top * step / 5 for step in range(6)]
    tick_texts = [format_number(round(tick)) for tick in ticks]
    axis_width = max(text_width(text, SMALL) for text in tick_texts)
    widest = max((text_width(str(label), SMALL) for label in x_labels), default=0)
    # The first x label is centred on the y axis: the axis leaves it room.
    left = max(PAD + axis_width + PAD, PAD + widest / 2)
    ascent, descent = ascent_descent(SMALL)
    top_y = PAD + ascent
    count = max(len(x_labels), 1)
    step_x = PLOT_WIDTH / max(count - 1, 1)
    texts, body = [], []

    def y_of(value):
        return top_y + PLOT_HEIGHT * (1 - value / top)

    for tick, text in zip(ticks, tick_texts, strict=True):
        y = y_of(tick)
        grid = _attrs(x1=left, y1=y, x2=left + PLOT_WIDTH, y2=y, stroke=GRID, stroke_width=0.5)
        body.append(f"<line {grid}/>")
        texts.append(Text(text, left - PAD, y + (ascent - descent) / 2, SMALL, "end"))
    every = max(1, math.ceil((widest + PAD) / step_x)) if count > 1 else 1
    base = top_y + PLOT_HEIGHT
    label_y = base + PAD + ascent
    for index, label in enumerate(x_labels):
        if index % every == 0:
            texts.append(Text(str(label), left + index * step_x, label_y, SMALL, "middle"))
    for number, (_name, cells) in enumerate(series):
        colour, dash, marker = PALETTE[number], DASHES[number], MARKERS[number]
        segment = []
        segments = [segment]
        for index, cell in enumerate(cells):
            if cell.shown:
                segment.append((left + index * step_x, y_of(cell.value)))
            elif segment:
                segment = []
                segments.append(segment)
        for points in segments:
            if len(points) > 1:
                path = " ".join(f"{svg_number(x)},{svg_number(y)}" for x, y in points)
                body.append(
                    f"<polyline {_attrs(points=path, fill='none', stroke=colour, stroke_width=2, stroke_dasharray=dash)}/>"  # noqa: E501
                )
            body += [_marker(marker, x, y, colour) for x, y in points]
    # The legend: marker, line sample and name for each series, in rows that fit the width.
    legend_y = label_y + descent + PAD + ascent + PAD
    x = left
    total_width = left + PLOT_WIDTH + PAD
    for number, (name, _cells) in enumerate(series):
        name_width = text_width(str(name), FONT)
        if x + 30 + name_width > total_width and x > left:
            x = left
            legend_y += FONT * 1.6
        colour = PALETTE[number]
        middle = legend_y - ascent / 2
        body.append(
            f"<line {_attrs(x1=x, y1=middle, x2=x + 24, y2=middle, stroke=colour, stroke_width=2, stroke_dasharray=DASHES[number])}/>"  # noqa: E501
        )
        body.append(_marker(MARKERS[number], x + 12, middle, colour))
        texts.append(Text(str(name), x + 30, legend_y, FONT))
        x += 30 + name_width + 3 * PAD
    width = max([total_width] + [item.box()[2] + PAD for item in texts])
    height = legend_y + descent + PAD
    body.append(f"<line {_attrs(x1=left, y1=top_y, x2=left, y2=base, stroke=GRID)}/>")
    body += [_text_markup(item) for item in texts]
    return _document(slug, title, description, math.ceil(width), math.ceil(height), body, texts)
