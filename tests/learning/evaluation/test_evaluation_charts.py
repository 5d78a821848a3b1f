"""The charting module: geometry from the figures, text inside the viewBox, numbers never
localised in coordinates, contrast, and no reliance on colour alone."""

import re

from django.utils import translation
from django.utils.formats import number_format

import pytest
from lxml import etree

from learning.evaluation.cells import Cell, count
from learning.evaluation.charts import (
    DASHES,
    LABEL_WIDTH,
    MARKERS,
    PAD,
    PALETTE,
    bar_chart,
    diverging_bar_chart,
    line_chart,
)

SVG = "{http://www.w3.org/2000/svg}"
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
PAIR = re.compile(r"^-?\d+(\.\d+)?,-?\d+(\.\d+)?$")
GEOMETRY = {"x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "font-size"}


def parse(chart):
    return etree.fromstring(
        str(chart).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    )


def assert_inside(chart):
    for text in chart.texts:
        left, top, right, bottom = text.box()
        assert left >= 0 and top >= 0, text
        assert right <= chart.width and bottom <= chart.height, text


def assert_plain_coordinates(root):
    numbers = 0
    for element in root.iter():
        for name, value in element.attrib.items():
            if name in GEOMETRY:
                assert NUMBER.match(value), (name, value)
                numbers += 1
            if name == "points":
                assert all(PAIR.match(pair) for pair in value.split()), value
            if name == "viewBox":
                assert all(NUMBER.match(part) for part in value.split()), value
    assert numbers


def bars():
    return [
        ("Enrolled", count(1234), "100 %"),
        ("Started module 1: a long name that has to be broken into lines", count(617), "50 %"),
        ("Completed", count(3), ""),
    ]


def test_bar_chart_lengths_follow_the_figures():
    chart = bar_chart("t", "Funnel", "Enrolled 1234, started 617", bars())
    root = parse(chart)
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Funnel"
    assert root.find(f"{SVG}desc").text == "Enrolled 1234, started 617"
    assert root.get("aria-labelledby") == "chart-t-title chart-t-desc"
    widths = [float(rect.get("width")) for rect in root.iter(f"{SVG}rect")]
    # 1234 is the longest bar (360); 617 is half of it; 3 people are suppressed: no bar.
    assert widths == [360, 180]
    texts = "".join(root.itertext())
    assert "fewer than 5" in texts
    assert_inside(chart)


@pytest.mark.parametrize("language", ["ro", "fr", "en"])
def test_chart_coordinates_are_never_localised(language, settings):
    settings.USE_THOUSAND_SEPARATOR = True
    with translation.override(language):
        cells = [Cell(1234.56 * step, "decimal") for step in range(1, 8)]
        chart = line_chart(
            "l",
            "Weekly",
            "…",
            [f"{day}.03.2026" for day in range(1, 8)],
            [("Enrolments", cells), ("Completions", [count(7)] * 7)],
            number_format,
        )
        bar = bar_chart("b", "Bars", "…", [("a", Cell(1234.567, "decimal"), "")])
        for item in (chart, bar):
            root = parse(item)
            assert_plain_coordinates(root)
            assert_inside(item)
        if language in ("ro", "fr"):
            # The figures people read are in the locale's format, the coordinates never.
            assert re.search(r"1\D?234,57", "".join(parse(bar).itertext()))


def test_line_chart_leaves_a_gap_for_suppressed_figures():
    cells = [count(10), count(20), count(3), count(30), count(40)]
    chart = line_chart("g", "Weekly", "…", ["w1", "w2", "w3", "w4", "w5"], [("E", cells)], str)
    root = parse(chart)
    lines = root.findall(f"{SVG}polyline")
    assert len(lines) == 2  # w1–w2 and w4–w5, nothing drawn for w3
    assert len(root.findall(f"{SVG}circle")) == 4 + 1  # the points, and the legend's marker
    # The y axis tops at 50 (1, 2, 5 × 10^k): 40 is 4/5 up the 200 px plot.
    first = [pair.split(",") for pair in lines[1].get("points").split()]
    heights = [float(y) for _x, y in first]
    assert heights[0] - heights[1] == pytest.approx(200 * 10 / 50)


def test_many_weeks_and_long_labels_stay_inside():
    labels = [f"Woche {number}, 2026" for number in range(1, 160)]
    series = [(name, [count(n % 50) for n in range(159)]) for name in ("A", "B" * 40, "C" * 60)]
    chart = line_chart("m", "t", "d", labels, series, str)
    assert_inside(chart)


def _luminance(colour):
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_series_differ_by_more_than_colour_and_contrast_with_white():
    for colour in PALETTE:
        assert (1.05) / (_luminance(colour) + 0.05) >= 4.5
    assert len(set(DASHES)) == len(PALETTE) == len(set(MARKERS))


def _change(value):
    return Cell(value, "change")


def _rects(root):
    return [
        (float(rect.get("x")), float(rect.get("width")), rect.get("fill"))
        for rect in root.iter(f"{SVG}rect")
    ]


def _axis(root):
    return float(root.find(f"{SVG}line").get("x1"))


def test_diverging_bar_chart_draws_falls_left_and_rises_right_of_zero():
    chart = diverging_bar_chart(
        "d",
        "Change",
        "Rise 5, fall 10, no change",
        [("Rise", _change(5)), ("Fall", _change(-10)), ("Still", _change(0))],
    )
    root = parse(chart)
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Change"
    assert root.find(f"{SVG}desc").text == "Rise 5, fall 10, no change"
    zero = _axis(root)
    (rise_x, rise, rise_fill), (fall_x, fall, fall_fill) = _rects(root)  # none for the zero
    # The largest change (10) takes half the bar length each side: 180; 5 takes 90.
    assert (rise_x, rise) == (zero, 90)
    assert (fall_x, fall) == (pytest.approx(zero - 180), 180)
    assert rise_fill != fall_fill
    # The sign is in the text, not only in the side and the colour.
    texts = {text.text: text for text in chart.texts}
    assert {"+5.00", "-10.00", "0.00"} <= texts.keys()
    assert texts["-10.00"].box()[2] < zero - 180 < zero + 90 < texts["+5.00"].box()[0]
    assert_inside(chart)


def test_diverging_bar_chart_marks_suppressed_figures_instead_of_a_zero_bar():
    chart = diverging_bar_chart(
        "s",
        "Change",
        "…",
        [("Small group", Cell(None, "change", True)), ("Big group", _change(-2.5))],
    )
    root = parse(chart)
    assert len(_rects(root)) == 1
    words = [text.text for text in chart.texts]
    assert "fewer than 5" in words and "0.00" not in words
    assert_inside(chart)


@pytest.mark.parametrize(
    "bars",
    [[], [("Only a small group", Cell(None, "change", True))] * 3],
    ids=["empty", "all suppressed"],
)
def test_diverging_bar_chart_without_figures_draws_no_bar(bars):
    chart = diverging_bar_chart("e", "Change", "…", bars)
    root = parse(chart)
    assert not _rects(root)
    assert root.get("viewBox") == f"0 0 {chart.width} {chart.height}"
    assert_inside(chart)


def test_diverging_bar_chart_in_romanian_localises_the_text_never_the_coordinates(settings):
    settings.USE_THOUSAND_SEPARATOR = True
    long_label = "2026 · Instituție de învățământ superior tehnic, " * 4
    with translation.override("ro"):
        chart = diverging_bar_chart(
            "r",
            "Schimbare",
            "…",
            [(long_label, _change(-1234.567)), ("2026 · Toate", _change(12.25))],
        )
        root = parse(chart)
    assert_plain_coordinates(root)
    words = [text.text for text in chart.texts]
    assert any(re.fullmatch(r"-1\D?234,57", word) for word in words), words
    assert "+12,25" in words
    # The long label is wrapped onto three lines and cut short (the table has it whole).
    *lines, other = [text for text in chart.texts if text.x == chart.texts[0].x]
    assert other.text == "2026 · Toate"
    assert len(lines) == 3 and lines[-1].text.endswith("…"), lines
    assert all(line.box()[0] >= PAD and line.x <= PAD + LABEL_WIDTH for line in lines)
    assert_inside(chart)
