# CLDR fr: digits are grouped by a narrow no-break space (1 234,5); 4 décembre 2026 à 14:30.
THOUSAND_SEPARATOR = "\u202f"
DATETIME_FORMAT = r"j F Y \à H:i"
