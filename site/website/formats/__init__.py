"""Date and number formats per language, where Django's own differ from the CLDR.

Django looks here first (FORMAT_MODULE_PATH) and takes anything not set here from its own
formats. English follows British usage (en-GB: "4 December 2026", "14:30", "1,234.5"), the
variant of a European project.

Italian and Romanian write month names in lower case inside a date ("4 dicembre 2026"),
where Django's catalogues capitalise them; the month names below are translated in
locale/*/LC_MESSAGES/django.po, whose messages take precedence over Django's.
"""

from django.utils.translation import gettext_noop

MONTHS = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)
