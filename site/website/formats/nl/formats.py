# CLDR nl: 04-12-2026 as the short date; 4 december 2026 om 14:30.
SHORT_DATE_FORMAT = "d-m-Y"
SHORT_DATETIME_FORMAT = "d-m-Y H:i"
DATETIME_FORMAT = r"j F Y \o\m H:i"
