"""The SVG diagrams (Blueprint cycle, benchmarking radar) in all six languages: numbers in
attributes are never localised, and every label lies inside its shape and the viewBox as the
diagrams' font measures it (the browser tests check the same geometry as Chromium draws it)."""

import math
import re
import xml.etree.ElementTree as ElementTree

from django.conf import settings
from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation

import pytest

from learning.benchmarking.radar import RADIUS, radar
from website.core.svg import ascent_descent, fit_lines, svg_number, text_width
from website.core.vocabularies import Dimension
from website.guidelines.models import BlueprintPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
NUMERIC_ATTRIBUTES = {"x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "width", "height"}
NUMERIC_ATTRIBUTES |= {"font-size", "refX", "refY", "markerWidth", "markerHeight"}
TOLERANCE = 0.01


def svg_element(html, marker):
    """The <svg> element whose opening tag contains `marker`, parsed."""
    start = html.rindex("<svg", 0, html.index(marker))
    end = html.index("</svg>", start) + len("</svg>")
    return ElementTree.fromstring(html[start:end])


def assert_numbers_unlocalised(svg):
    """Every number in a geometry attribute is written with a full stop, as SVG reads it."""
    for element in svg.iter():
        for name, value in element.attrib.items():
            where = f"<{element.tag} {name}={value!r}>"
            if name in NUMERIC_ATTRIBUTES:
                assert NUMBER.match(value), where
            elif name == "points":
                for pair in value.split():
                    x, y = pair.split(",")  # a decimal comma would make three or four parts
                    assert NUMBER.match(x) and NUMBER.match(y), where
            elif name in ("viewBox", "d"):
                for token in re.findall(r"[A-Za-z]|[^\sA-Za-z]+", value):
                    assert NUMBER.match(token) or token.isalpha(), where


def view_box(svg):
    left, top, width, height = map(float, svg.get("viewBox").split())
    return left, top, left + width, top + height


def line_boxes(text):
    """(left, top, right, bottom) of each line of a <text>, as the diagrams' font measures it."""
    size = float(text.get("font-size"))
    ascent, descent = ascent_descent(size)
    lines = list(text.findall("tspan")) or [text]
    boxes = []
    for line in lines:
        x, y = float(line.get("x")), float(line.get("y"))
        width = text_width(line.text, size)
        assert text.get("text-anchor") == "middle"
        boxes.append((x - width / 2, y - ascent, x + width / 2, y + descent))
    return boxes


def inside(box, bounds):
    return (
        box[0] >= bounds[0] - TOLERANCE
        and box[1] >= bounds[1] - TOLERANCE
        and box[2] <= bounds[2] + TOLERANCE
        and box[3] <= bounds[3] + TOLERANCE
    )


def inside_circle(box, circle):
    cx, cy, r = (float(circle.get(name)) for name in ("cx", "cy", "r"))
    return all(math.hypot(x - cx, y - cy) <= r + TOLERANCE for x in box[::2] for y in box[1::2])


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_blueprint_cycle_fits_every_label_in_its_disc(visitor, language):
    page = BlueprintPage.objects.get(locale__language_code=language)
    html = visitor.get(page.url).content.decode()
    svg = svg_element(html, 'class="cycle__diagram"')
    assert_numbers_unlocalised(svg)
    bounds = view_box(svg)
    groups = [group for group in svg.iter("g") if group.find("circle") is not None]
    assert len(groups) == 7  # six phases and the hub
    texts = 0
    for group in groups:
        circle = group.find("circle")
        for text in group.findall("text"):
            for box in line_boxes(text):
                texts += 1
                label = "".join(text.itertext())
                assert inside(box, bounds), (language, label, box, bounds)
                assert inside_circle(box, circle), (language, label, box, circle.attrib)
    assert texts >= 14


def test_blueprint_labels_shrink_and_wrap_rather_than_overflow():
    from website.guidelines.diagram import NODE_RADIUS, cycle_diagram

    long_name = "Internaționalizarea curriculumului profesional"
    drawn = cycle_diagram([("define", long_name, []), ("analyse", "Analiză", [])], "Blueprint")
    text = drawn["phases"][0]["text"]
    assert len(text.lines) > 1
    assert float(text.size) < 15
    size = float(text.size)
    ascent, descent = ascent_descent(size)
    centre_x, centre_y = float(drawn["phases"][0]["x"]), float(drawn["phases"][0]["y"])
    for line in text.lines:
        half = text_width(line.text, size) / 2
        for y in (float(line.y) - ascent, float(line.y) + descent):
            assert math.hypot(half, y - centre_y) <= NODE_RADIUS
        assert float(line.x) == centre_x


def radar_svg(language, scores=(60, 20, 40, 80), labels=None):
    with translation.override(language):
        labels = labels or [str(label) for _code, label in Dimension.choices]
        drawing = radar(dict(zip(labels, scores, strict=True)))
        html = render_to_string("benchmarking/includes/radar.html", {"radar": drawing})
    return svg_element(html, 'role="img"'), drawing


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def rect_box(rect):
    x, y, width, height = (float(rect.get(name)) for name in ("x", "y", "width", "height"))
    return x, y, x + width, y + height


def check_radar(svg, drawing):
    assert_numbers_unlocalised(svg)
    bounds = view_box(svg)
    centre = tuple(float(value) for value in drawing["centre"])
    boxes = []
    for group in svg.iter("g"):
        rect = group.find("rect")
        box = rect_box(rect)
        boxes.append(box)
        assert inside(box, bounds), (box, bounds)
        # The label's box lies beyond the plot, covering none of it.
        nearest_x = min(max(centre[0], box[0]), box[2])
        nearest_y = min(max(centre[1], box[1]), box[3])
        assert math.hypot(nearest_x - centre[0], nearest_y - centre[1]) > RADIUS
        for line in line_boxes(group.find("text")):
            assert inside(line, box), (line, box)
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            assert not overlaps(box, other), (box, other)
    return boxes


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_radar_fits_every_label_in_its_box_and_the_view_box(language):
    svg, drawing = radar_svg(language)
    assert len(check_radar(svg, drawing)) == 4
    assert svg.get("width") == drawing["width"] and svg.get("height") == drawing["height"]


@pytest.mark.parametrize("language", ["it", "fr", "nl", "es", "ro"])
def test_radar_and_cycle_write_numbers_with_a_full_stop_in_every_language(language, db):
    svg, _drawing = radar_svg(language, scores=(33, 67, 50, 100))
    html = ElementTree.tostring(svg, encoding="unicode")
    assert re.search(r' (cx|cy|x|y|x2|y2)="\d+\.\d+"', html)  # there are decimals ...
    assert_numbers_unlocalised(svg)  # ... written with a full stop
    page = BlueprintPage.objects.get(locale__language_code=language)
    client = Client(HTTP_HOST="localhost")
    cycle = svg_element(client.get(page.url).content.decode(), 'class="cycle__diagram"')
    assert_numbers_unlocalised(cycle)


def test_radar_wraps_and_shrinks_a_long_label():
    labels = [
        "Internationalisation of curricula, teaching materials and work-based learning abroad",
        "Offshore",
        "Dual",
        "Networks",
    ]
    svg, drawing = radar_svg("en", labels=labels)
    check_radar(svg, drawing)
    first = drawing["axes"][0].text
    assert len(first.lines) > 1


def test_svg_numbers_ignore_the_active_language():
    with translation.override("it"):
        assert [svg_number(value) for value in (210.0, 0.5, -0.0, 12.345, 1e-9)] == [
            "210",
            "0.5",
            "0",
            "12.35",
            "0",
        ]


def test_fit_lines_prefers_the_largest_size_then_the_fewest_and_most_even_lines():
    fitted = fit_lines("Mettre en œuvre", lambda fitted: fitted.width <= 80, largest=15, smallest=9)
    assert fitted.size == 15 and len(fitted.lines) == 2
    single = fit_lines("Control", lambda fitted: fitted.width <= 80, largest=15, smallest=9)
    assert [line.text for line in single.lines] == ["Control"]
    # A no-break space keeps its words together.
    kept = fit_lines(
        "networks\u00a0(80)", lambda fitted: fitted.width <= 40, largest=13, smallest=10
    )
    assert len(kept.lines) == 1
