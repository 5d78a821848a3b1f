"""Table cells that suppress any figure about fewer than five people, and tables of them.

A count of 1 to 4 people is never shown; a share, median or correlation is shown only when
the group it is computed over holds at least `MINIMUM_PEOPLE` people (the same threshold as
the public benchmarking report). A zero is shown: it describes nobody.
"""

import csv
import io
from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

MINIMUM_PEOPLE = 5
SUPPRESSED = _("fewer than 5")
NOT_COMPUTABLE = "—"


@dataclass(frozen=True)
class Cell:
    """One figure of a table.

    Attributes:
        value: The number (None when it cannot be computed).
        kind: "count", "share" (0–1, shown as a percentage), "decimal", "change" (a
            decimal written with its sign), "days" or "minutes".
        suppressed: The figure would describe fewer than five people.
    """

    value: object
    kind: str = "count"
    suppressed: bool = False

    @property
    def display(self):
        """The figure for a reader, in their locale's number format."""
        if self.suppressed:
            return str(SUPPRESSED)
        if self.value is None:
            return NOT_COMPUTABLE
        if self.kind == "share":
            return f"{number_format(round(self.value * 100, 1), 1)}\N{NO-BREAK SPACE}%"
        if self.kind in ("decimal", "change", "days", "minutes"):
            places = 2 if self.kind in ("decimal", "change") else 1
            # number_format cuts decimals off; figures are rounded first (-0.001 is "0.00").
            rounded = round(self.value, places) or 0.0
            text = number_format(rounded, places)
            # A rise carries a "+" (a fall has its minus, zero neither): the sign is in the text.
            return f"+{text}" if self.kind == "change" and rounded > 0 else text
        return number_format(self.value)

    @property
    def plain(self):
        """The figure for a machine (CSV): a full stop, no grouping; empty when suppressed."""
        if self.suppressed or self.value is None:
            return ""
        if self.kind == "count":
            return str(int(self.value))
        return f"{self.value:.4f}".rstrip("0").rstrip(".")

    @property
    def shown(self):
        """Whether there is a number to draw."""
        return not self.suppressed and self.value is not None


def count(value):
    """A number of people: suppressed from 1 to 4."""
    return Cell(value, "count", 0 < value < MINIMUM_PEOPLE)


def share(part, whole):
    """`part` out of `whole` people: suppressed when the whole is below the threshold."""
    if whole < MINIMUM_PEOPLE:
        return Cell(None, "share", True)
    return Cell(part / whole, "share")


def statistic(value, people, kind="decimal"):
    """A figure computed over `people` people: suppressed below the threshold."""
    if people < MINIMUM_PEOPLE:
        return Cell(None, kind, True)
    return Cell(value, kind)


@dataclass
class Table:
    """A table the pages show and export as CSV.

    Attributes:
        slug: Its name in the export's address.
        caption: What it shows.
        columns: The column headings (the first one heads the row labels).
        rows: (row label, [Cell, ...]) pairs.
        chart: The chart drawn beside it, if any.
    """

    slug: str
    caption: str
    columns: list
    rows: list = field(default_factory=list)
    chart: object = None

    @property
    def has_suppressed(self):
        """Whether a figure of the table was suppressed."""
        return any(cell.suppressed for _label, cells in self.rows for cell in cells)

    def as_csv(self):
        """The table as CSV text (suppressed figures empty, explained in a last column)."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([str(column) for column in self.columns] + [str(_("Note"))])
        for label, cells in self.rows:
            note = str(SUPPRESSED) if any(cell.suppressed for cell in cells) else ""
            writer.writerow([str(label)] + [cell.plain for cell in cells] + [note])
        return out.getvalue()
