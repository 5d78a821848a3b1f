# CLDR it: 4 dicembre 2026 (no leading zero, no weekday), 4 dicembre 2026, 14:30.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
