"""Blocks of an event page: agenda items and their speakers."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(label=_("Role"), max_length=200, required=False)
    organisation = blocks.CharBlock(label=_("Organisation"), max_length=200, required=False)
    talk = blocks.CharBlock(label=_("Talk"), max_length=255, required=False)

    class Meta:
        icon = "user"
        template = "blocks/speaker_block.html"
        label = _("Speaker")
        preview_value = {
            "name": "Rossella Brindani",
            "organisation": "CIS, Gestione Impresa",
            "talk": "Introduction to the DIG.INT tools",
        }
        description = _("A person who speaks at the event, with the talk they give.")


class AgendaItemBlock(blocks.StructBlock):
    start_time = blocks.TimeBlock(label=_("Starts at"))
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    description = blocks.TextBlock(label=_("Description"), required=False)
    speakers = blocks.ListBlock(SpeakerBlock(), label=_("Speakers"), default=[])

    class Meta:
        icon = "time"
        template = "blocks/agenda_item_block.html"
        label = _("Agenda item")
        preview_value = {
            "start_time": "10:30",
            "title": "The Digital International Trainers project",
        }
        description = _("A session of the agenda with its start time and speakers.")
