"""The shipped content as tests read it: the English source files and their catalogues."""

from wagtail_localize.strings import StringValue

from website.core.content import catalogues, files


def content(key):
    """The English data of content item `key` (content/<key>.yaml)."""
    return files.read(key).data


def course(folder):
    """A course's data and its modules' data, in order."""
    data = content(f"courses/{folder}/course")
    return data, [content(f"courses/{folder}/{slug}") for slug in data["modules"]]


def course_folders():
    return content("courses/index")["courses"]


def translator(language, *keys):
    """A function giving the `language` translation of an English plain text of these items."""
    mapping = {}
    for key in keys:
        _by_context, by_text = catalogues.translations(catalogues.read(language, key))
        mapping.update(by_text)

    def translate(english):
        return StringValue(mapping[StringValue.from_plaintext(english).data]).render_text()

    return translate
