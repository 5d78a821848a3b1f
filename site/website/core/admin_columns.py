"""Admin listing columns: yes/no fields shown as a tick or a cross with a translated label."""

from django.db import models
from django.utils.text import capfirst

from wagtail.admin.ui.tables import BooleanColumn


class YesNoColumn(BooleanColumn):
    """Wagtail's tick/cross column, read out as "Yes"/"No" in the editor's language."""

    cell_template_name = "admin/yes_no_cell.html"


def yes_no_columns(model, names):
    """`names` for a viewset's `list_display`, with each boolean field as a YesNoColumn."""
    columns = []
    for name in names:
        field = next((f for f in model._meta.fields if f.name == name), None)
        if isinstance(field, models.BooleanField):
            columns.append(YesNoColumn(name, label=capfirst(field.verbose_name), sort_key=name))
        else:
            columns.append(name)
    return columns
