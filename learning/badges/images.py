"""Badge images drawn with Pillow: the achievement's name in the credential's language."""

import io
import textwrap
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _

from PIL import Image, ImageDraw, ImageFont

SIZE = 400
# DejaVu Sans (free licence, fonts/LICENSE.txt) has the letters of all six languages.
FONT = Path(__file__).resolve().parent / "fonts" / "DejaVuSansCondensed-Bold.ttf"
# The platform's colours (static/css): dark blue on white, with a gold ring.
BLUE = (16, 52, 110)
GOLD = (212, 160, 23)
WHITE = (255, 255, 255)


def draw_badge(name, language):
    """A 400×400 PNG badge with `name` and the words 'DIG.INT micro-credential'."""
    image = Image.new("RGB", (SIZE, SIZE), WHITE)
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, SIZE - 8, SIZE - 8), fill=GOLD)
    draw.ellipse((24, 24, SIZE - 24, SIZE - 24), fill=BLUE)
    title_font = ImageFont.truetype(FONT, 24)
    small_font = ImageFont.truetype(FONT, 17)
    with translation.override(language):
        caption = _("DIG.INT micro-credential")
    lines = textwrap.wrap(name, width=20)[:5]
    line_height = 32
    top = SIZE // 2 - (len(lines) * line_height) // 2 + 10
    draw.text((SIZE // 2, 92), "DIG.INT", font=title_font, fill=GOLD, anchor="mm")
    for number, line in enumerate(lines):
        y = top + number * line_height
        draw.text((SIZE // 2, y), line, font=title_font, fill=WHITE, anchor="mm")
    draw.text((SIZE // 2, SIZE - 80), caption, font=small_font, fill=WHITE, anchor="mm")
    output = io.BytesIO()
    image.save(output, format="PNG")
    return output.getvalue()


def badge_png(achievement, language):
    """The achievement's badge: its uploaded image as PNG, or one drawn for `language`."""
    if achievement.image_id:
        with achievement.image.open_file() as image_file:
            uploaded = Image.open(image_file)
            uploaded.load()
        output = io.BytesIO()
        uploaded.convert("RGBA").save(output, format="PNG")
        return output.getvalue()
    return draw_badge(achievement.text("name", language), language)
