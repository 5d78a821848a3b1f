# CLDR es: digits are grouped by a full stop (12.345,5); 4 de diciembre de 2026, 14:30.
THOUSAND_SEPARATOR = "."
DATETIME_FORMAT = r"j \d\e F \d\e Y, H:i"
