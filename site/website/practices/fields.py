"""A set of vocabulary codes stored in one text column, so that any database can filter it.

The codes are kept as `|code-a|code-b|`: "has code x" is a plain `contains "|x|"` lookup, which
PostgreSQL and SQLite both run inside the same aggregate query that counts every facet value.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

SEPARATOR = "|"


def token(code):
    """The substring that marks `code` as present in a stored value."""
    return f"{SEPARATOR}{code}{SEPARATOR}"


class ChoiceSetField(models.CharField):
    """Several codes out of `choices`, edited as checkboxes, read back as a list."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        """The codes as a list in vocabulary order, each once."""
        if value is None or value == "":
            return []
        codes = value if isinstance(value, list | tuple) else value.split(SEPARATOR)
        order = [code for code, _label in self.choices]
        return sorted(
            {code for code in codes if code},
            key=lambda code: (order.index(code) if code in order else len(order), code),
        )

    def get_prep_value(self, value):
        codes = self.to_python(value)
        return SEPARATOR + SEPARATOR.join(codes) + SEPARATOR if codes else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {code for code, _label in self.choices}
        unknown = [code for code in self.to_python(value) if code not in allowed]
        if unknown:
            raise ValidationError(
                _("Unknown values: %(codes)s"), params={"codes": ", ".join(unknown)}
            )
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
            **{key: value for key, value in kwargs.items() if key == "initial"},
        )

    def get_choices(self, *args, **kwargs):
        return list(self.choices)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("default") is list:
            del kwargs["default"]
        if kwargs.get("max_length") == 255:
            del kwargs["max_length"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        return name, path, args, kwargs
