"""The English source of the shipped content: one YAML file per page or snippet under content/.

A content item is named by its key, the file's path under content/ without `.yaml`
(`courses/policy-design/course`); the same key names its PO catalogues.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

import yaml

# Whitespace around block-level tags carries no meaning in rich text: the files may put each
# paragraph or list item on its own line.
_BLOCK_TAG = re.compile(r"\s*(</?(?:p|li|ul|ol|h[1-6]|blockquote)\b[^>]*>)\s*")
_LINE_BREAKS = re.compile(r"\s*\n\s*")


class ContentError(Exception):
    """A content file or catalogue that breaks content/FORMAT.md: names the file and the field
    or line, so that whoever edited it can find the mistake."""

    def __init__(self, path, message, *, field=None, line=None):
        self.path = display_path(path)
        self.field = field
        self.line = line
        where = self.path + (f":{line}" if line else "")
        what = f"{field}: " if field else ""
        super().__init__(f"{where}: {what}{message}")


def display_path(path):
    """`path` relative to the repository when it lies inside it, as people refer to files."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(path)


def content_dir():
    return Path(settings.DIGINT_CONTENT_DIR)


def normalise_html(html):
    """Rich text as one line: whitespace between block elements and line breaks dropped."""
    return _BLOCK_TAG.sub(r"\1", _LINE_BREAKS.sub(" ", html.strip()))


@dataclass
class ContentFile:
    """One content item: its key, where it lies and the mapping it holds."""

    key: str
    path: Path
    data: dict

    def error(self, message, field=None):
        return ContentError(self.path, message, field=field)

    def __getitem__(self, name):
        if name not in self.data or self.data[name] in (None, ""):
            raise self.error("this field is required", field=name)
        return self.data[name]

    def get(self, name, default=None):
        return self.data.get(name, default)

    def list_of(self, name, kind=str):
        """A required list whose every item is a `kind`."""
        value = self[name]
        if not isinstance(value, list) or not all(isinstance(item, kind) for item in value):
            raise self.error(f"must be a list of {kind.__name__} values", field=name)
        return value

    def fields(self, *names):
        """The named fields that the file gives, as a dict."""
        return {name: self.data[name] for name in names if name in self.data}

    def check_fields(self, allowed):
        """Refuse a field the format does not know (a typo would otherwise be ignored)."""
        for name in self.data:
            if name not in allowed:
                raise self.error("is not a field of this kind of content", field=name)


def read(key, allowed=None):
    """The content file `key`; `allowed`, if given, lists the fields it may hold."""
    path = content_dir() / f"{key}.yaml"
    if not path.is_file():
        raise ContentError(path, "the file is missing")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise ContentError(path, "is not UTF-8 text") from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise ContentError(
            path, f"not valid YAML: {problem}", line=mark and mark.line + 1
        ) from error
    if not isinstance(data, dict):
        raise ContentError(path, "must hold a mapping of field names to values")
    item = ContentFile(key, path, data)
    if allowed is not None:
        item.check_fields(allowed)
    return item


def keys_in(folder):
    """The keys of the content files directly in `folder`, sorted."""
    directory = content_dir() / folder
    return sorted(f"{folder}/{path.stem}" for path in directory.glob("*.yaml"))


def all_keys():
    """Every content item's key."""
    root = content_dir()
    return sorted(str(path.relative_to(root).with_suffix("")) for path in root.rglob("*.yaml"))
