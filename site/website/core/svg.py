"""Numbers and text for the SVG diagrams drawn on the server (the radar, the Blueprint cycle).

Coordinates are written as plain strings with a full stop, whatever the reader's language:
a template that printed the floats would localise them ("210,0"), which breaks the drawing.

Labels are measured with the font the diagrams are drawn in, a Latin subset of DejaVu Sans
Condensed Bold served from static/fonts/ as "DIG.INT diagram" (static/css/site.css; `make
diagram-font` rebuilds it), so that a label
that fits here fits in the browser too, in every language: `fit_lines` wraps and shrinks a
label until every line fits the room a shape leaves at its height.
"""

from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import combinations

from django.contrib.staticfiles import finders

from PIL import ImageFont

FONT_PATH = "fonts/DejaVuSansCondensed-Bold-Latin.ttf"
_REFERENCE_SIZE = 100  # widths are measured at this size and scaled: advances are linear
LINE_HEIGHT = 1.2  # in ems, between the baselines of a label's lines


def svg_number(value):
    """`value` as an SVG number: at most two decimals, a full stop, never localised."""
    text = f"{round(float(value), 2):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@cache
def _font():
    path = finders.find(FONT_PATH)
    if path is None:
        raise FileNotFoundError(f"The diagram font {FONT_PATH} is missing from the static files.")
    return ImageFont.truetype(path, _REFERENCE_SIZE)


@lru_cache(maxsize=4096)
def _reference_width(text):
    return _font().getlength(text)


def text_width(text, size):
    """The advance width of `text` at font size `size` (px), kerning included."""
    return _reference_width(text) * size / _REFERENCE_SIZE


def ascent_descent(size):
    """How far the font's glyph box reaches above and below the baseline at `size`."""
    ascent, descent = _font().getmetrics()
    return ascent * size / _REFERENCE_SIZE, descent * size / _REFERENCE_SIZE


@dataclass(frozen=True)
class Box:
    """A rectangle in the diagram's coordinates.

    Attributes:
        left: Its smallest x.
        top: Its smallest y.
        right: Its largest x.
        bottom: Its largest y.
    """

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self):
        return self.right - self.left

    @property
    def height(self):
        return self.bottom - self.top

    def union(self, other):
        return Box(
            min(self.left, other.left),
            min(self.top, other.top),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )

    def grown(self, margin):
        return Box(self.left - margin, self.top - margin, self.right + margin, self.bottom + margin)


@dataclass(frozen=True)
class Line:
    """One line of a label, centred on `dx` from the label's anchor.

    Attributes:
        text: The words on the line.
        width: Its advance width.
        baseline: Its baseline, relative to the middle of the label's block.
    """

    text: str
    width: float
    baseline: float


@dataclass(frozen=True)
class FittedText:
    """A label broken into lines at a font size, laid out around its middle.

    Attributes:
        size: The font size (px).
        lines: The lines, top to bottom.
        width: The widest line's width.
        height: From the top of the first line's glyphs to the bottom of the last one's.
    """

    size: float
    lines: tuple
    width: float
    height: float


def layout(lines, size):
    """Lay `lines` (strings) out at `size`, their block centred vertically on 0."""
    ascent, descent = ascent_descent(size)
    step = LINE_HEIGHT * size
    height = ascent + descent + step * (len(lines) - 1)
    first_baseline = -height / 2 + ascent
    laid = tuple(
        Line(text, text_width(text, size), first_baseline + index * step)
        for index, text in enumerate(lines)
    )
    return FittedText(size, laid, max(line.width for line in laid), height)


def line_breaks(text, max_lines):
    """Every way to break `text` into 1 to `max_lines` lines at its spaces, fewest lines first."""
    words = [word for word in text.split(" ") if word]  # a no-break space never breaks
    if not words:
        return [[""]]
    options = []
    for count in range(1, min(max_lines, len(words)) + 1):
        for cuts in combinations(range(1, len(words)), count - 1):
            bounds = (0, *cuts, len(words))
            options.append(
                [" ".join(words[start:end]) for start, end in zip(bounds, bounds[1:], strict=False)]
            )
    return options


def fit_lines(text, fits, *, largest, smallest, max_lines=3, step=0.5):
    """The largest size, then the fewest lines, at which `fits(FittedText)` holds.

    Tries every way of breaking the label into up to `max_lines` lines at each size from
    `largest` down to `smallest`; among the breakings that fit with as few lines as possible,
    the most even one (the narrowest widest line) wins. When nothing fits, the label is set at
    `smallest` in the breaking whose widest line is narrowest, and the diagram's tests report it.
    """
    breakings = line_breaks(text, max_lines)
    size = largest
    while size >= smallest:
        laid_out = (layout(lines, size) for lines in breakings)
        fitting = [fitted for fitted in laid_out if fits(fitted)]
        if fitting:
            fewest = min(len(fitted.lines) for fitted in fitting)
            return min(
                (fitted for fitted in fitting if len(fitted.lines) == fewest),
                key=lambda fitted: fitted.width,
            )
        size -= step
    return min((layout(lines, smallest) for lines in breakings), key=lambda fitted: fitted.width)
