"""Units of a module: the StreamField blocks learners work through, one after another.

Each unit keeps its StreamField block id in every translation, so a unit (and a quiz question,
and an answer option) is the same learning activity in every language.
"""

from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from website.core.blocks import RICH_TEXT_FEATURES, ImageBlock


class TextUnitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    body = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        template = "blocks/text_unit_block.html"
        label = _("Reading")
        preview_value = {
            "title": "Why European citizenship matters in VET",
            "body": "<p>European citizenship gives learners rights they can use at work.</p>",
        }
        description = _("A text to read, with headings, lists and links.")


class ImageUnitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    image = ImageBlock(label=_("Image"))

    class Meta:
        icon = "image"
        template = "blocks/image_unit_block.html"
        label = _("Image")
        preview_value = {"title": "The Blueprint cycle"}
        description = _("An image with alternative text and caption.")


class VideoStructValue(blocks.StructValue):
    def embed_url(self):
        """A privacy-friendly player address for YouTube and Vimeo links, else None."""
        url = urlparse(self.get("url") or "")
        host = url.netloc.lower().removeprefix("www.")
        if host in {"youtube.com", "m.youtube.com"} and url.path == "/watch":
            video_id = parse_qs(url.query).get("v", [""])[0]
            return f"https://www.youtube-nocookie.com/embed/{video_id}" if video_id else None
        if host == "youtu.be":
            return f"https://www.youtube-nocookie.com/embed{url.path}"
        if host == "vimeo.com" and url.path.strip("/").isdigit():
            return f"https://player.vimeo.com/video{url.path}?dnt=1"
        return None

    def is_file(self):
        return (self.get("url") or "").lower().split("?")[0].endswith((".mp4", ".webm"))


class VideoUnitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(
        label=_("Video address"),
        help_text=_("A YouTube or Vimeo page, or a video file (MP4, WebM)."),
    )
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "blocks/video_unit_block.html"
        label = _("Video")
        value_class = VideoStructValue
        preview_value = {"title": "Interview", "url": "https://vimeo.com/76979871"}
        description = _("A video with its full transcript (required for accessibility).")

    def clean(self, value):
        value = super().clean(value)
        if not (value.embed_url() or value.is_file()):
            raise StructBlockValidationError(
                {
                    "url": ValidationError(
                        _("Use a YouTube or Vimeo page, or a link to an MP4 or WebM file.")
                    )
                }
            )
        return value


class ResourceUnitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"))
    document = DocumentChooserBlock(label=_("Document"), required=False)
    url = blocks.URLBlock(label=_("Address elsewhere"), required=False)

    class Meta:
        icon = "download"
        template = "blocks/resource_unit_block.html"
        label = _("Resource")
        preview_value = {
            "title": "Europass CV template",
            "description": "Prepare students' CVs for placements abroad.",
            "url": "https://europass.europa.eu/",
        }
        description = _("A document to download or an address to visit, with what it is for.")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("document")) == bool(value.get("url")):
            raise StructBlockValidationError(
                {
                    "url": ValidationError(
                        _("Give exactly one of the two: a document or an address.")
                    )
                }
            )
        return value


class ReflectionUnitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    prompt = blocks.TextBlock(label=_("Question for reflection"))

    class Meta:
        icon = "comment"
        template = "blocks/reflection_unit_block.html"
        label = _("Reflection")
        preview_value = {
            "title": "Your own institution",
            "prompt": "Which international opportunities do your learners have today?",
        }
        description = _("A question learners answer in writing; only they see their answer.")


class QuestionKind:
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    CHOICES = [
        (SINGLE, _("Single choice")),
        (MULTIPLE, _("Multiple choice")),
        (TRUE_FALSE, _("True or false")),
    ]


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Answer option")


class QuestionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Type"), choices=QuestionKind.CHOICES)
    text = blocks.TextBlock(label=_("Question"))
    options = blocks.ListBlock(OptionBlock(), label=_("Answer options"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        kind = value["kind"]
        if correct == 0:
            message = _("Mark at least one answer as correct.")
        elif kind != QuestionKind.MULTIPLE and correct != 1:
            message = _("A single-choice or true/false question has exactly one correct answer.")
        elif kind == QuestionKind.TRUE_FALSE and len(value["options"]) != 2:
            message = _("A true/false question has exactly two answers.")
        else:
            return value
        raise StructBlockValidationError({"options": ValidationError(message)})


class QuizUnitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    pass_mark = blocks.IntegerBlock(
        label=_("Pass mark (%)"), min_value=1, max_value=100, default=70
    )
    max_attempts = blocks.IntegerBlock(
        label=_("Attempts allowed"),
        min_value=0,
        default=3,
        help_text=_("0 allows any number of attempts."),
    )
    shuffle = blocks.BooleanBlock(label=_("Shuffle answers"), required=False)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "blocks/quiz_unit_block.html"
        label = _("Quiz")
        preview_value = {"title": "Check your understanding", "pass_mark": 70}
        description = _("Questions graded on the server, with feedback on each answer.")


class UnitStreamBlock(blocks.StreamBlock):
    text = TextUnitBlock()
    image = ImageUnitBlock()
    video = VideoUnitBlock()
    resource = ResourceUnitBlock()
    reflection = ReflectionUnitBlock()
    quiz = QuizUnitBlock()

    class Meta:
        label = _("Units")
