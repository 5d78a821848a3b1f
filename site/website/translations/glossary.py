"""The terminology glossary (locale/glossary.yaml) and the check of a translation against it.

A translation is checked against its English source: each glossary term the source uses must
appear in the translation in one of its approved forms and in none of its forbidden
renderings, and no word of the translation may belong to another form of address than the
language's formal one. Words are matched whole and regardless of case, after placeholders,
markup, addresses, protected names and a term's other senses are set aside, so that
"%(learner)s", "Digital International Trainers" or "HTTP Basic credentials" never count.
The file's format is documented at its top.
"""

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings

import yaml

MISSING = "missing"
FORBIDDEN = "forbidden"
REGISTER = "register"

_PLACEHOLDER = re.compile(r"%\([^)]*\)[a-z]|%[sdif]|\{[^{}\s]*\}")
_MARKUP = re.compile(r"<[^>]*>")
_ADDRESS = re.compile(r"\b(?:https?://|mailto:|www\.)\S+|\S+@\S+\.\w+")
_WORD = re.compile(r"\w+|[^\w\s]")
_VARIANT_LETTERS = {"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț", "’": "'", "ʼ": "'"}
_EQUIVALENT_LETTERS = str.maketrans(_VARIANT_LETTERS)
_ENTRY_KEYS = {"term", "en", "match_case", "other_senses", "definition", "reference"}
_RENDERING_KEYS = {"term", "forms", "forbidden", "note"}


class GlossaryError(ValueError):
    """The glossary file breaks its format; the message names the file and the entry."""


@dataclass(frozen=True)
class Rendering:
    """How one language renders a term: the approved term, its forms, what is forbidden."""

    term: str
    approved: object  # _Forms
    forbidden: object  # _Forms, or None
    note: str = ""


@dataclass(frozen=True)
class Term:
    term: str
    definition: str
    renderings: dict  # {language code: Rendering}


@dataclass(frozen=True)
class Problem:
    """One way a translation departs from the glossary.

    kind is MISSING (no approved form of `expected`), FORBIDDEN (`found` is a forbidden
    rendering of `term`) or REGISTER (`found` belongs to another form of address than
    `expected`, the language's own).
    """

    kind: str
    term: str
    expected: str
    found: str = ""

    def describe(self):
        """The problem in English, for the command line."""
        if self.kind == REGISTER:
            return f'"{self.found}" is not the formal address ({self.expected})'
        if self.kind == FORBIDDEN:
            return f'"{self.term}" rendered as "{self.found}"; use "{self.expected}"'
        return f'"{self.term}" is not rendered as "{self.expected}"'


@dataclass(frozen=True)
class Register:
    """A language's form of address and the words, as phrases, that betray another one."""

    address: str
    other_address: object  # _Phrases: the other address's words (found) and names (masked)


class Glossary:
    """The approved terms of every language, ready to check translations."""

    def __init__(self, locales, terms, english_forms, masks, protected, register):
        self.locales = tuple(locales)
        self.terms = tuple(terms)
        self._register = register
        # English forms and the phrases to set aside (value None) in one matcher, so that
        # "Digital International Trainers" or "HTTP Basic credentials" hide the terms in them.
        self._english = _Phrases(
            english_forms + [(phrase, False, None) for phrase in masks + protected]
        )
        self._protected = _any_of(protected)
        self._protected_words = {_normalise(phrase).split()[0].lower() for phrase in protected}
        # The same English string is checked against every language: find its terms once.
        self.terms_in = lru_cache(maxsize=8192)(self._terms_in)

    def _terms_in(self, source):
        """The terms an English text uses, in order of first use."""
        found = {}
        for _start, _end, term in self._english.find(_words(_plain(source))):
            if term is not None:
                found.setdefault(term.term, term)
        return list(found.values())

    def check(self, source, translation, language):
        """The problems of one translation into `language` of an English source text."""
        text = _plain(translation)
        renderings = [
            (term, term.renderings[language])
            for term in self.terms_in(source)
            if language in term.renderings
        ]
        problems = []
        if renderings:
            problems += _term_problems(renderings, self._without_names(text))
        register = self._register.get(language)
        if register is not None:
            informal = _first_word(register.other_address, text)
            if informal:
                problems.append(Problem(REGISTER, "", register.address, informal))
        return problems

    def _without_names(self, text):
        """The text without protected names ("Open Badges" is no Spanish "badges")."""
        lowered = text.lower()
        if any(word in lowered for word in self._protected_words):
            return _mask(self._protected, text)
        return text


class _Phrases:
    """Literal phrases found as runs of whole words, the longest first at each place."""

    def __init__(self, entries):
        self._by_first_word = {}
        for phrase, match_case, value in entries:
            words = _words(_normalise(phrase))
            expected = words if match_case else [word.lower() for word in words]
            candidates = self._by_first_word.setdefault(words[0].lower(), [])
            candidates.append((expected, match_case, value))
        for candidates in self._by_first_word.values():
            candidates.sort(key=lambda candidate: len(candidate[0]), reverse=True)

    def find(self, words):
        """(start, end, value) of every phrase in a list of words, left to right."""
        lowered = [word.lower() for word in words]
        position = 0
        while position < len(words):
            for expected, match_case, value in self._by_first_word.get(lowered[position], ()):
                end = position + len(expected)
                if (words if match_case else lowered)[position:end] == expected:
                    yield position, end, value
                    position = end
                    break
            else:
                position += 1


def _term_problems(renderings, text):
    """MISSING or FORBIDDEN problems of a translation, at most one per term."""
    lowered = text.lower()
    approved = {}  # term -> spans of its approved forms, computed when a forbidden one shows

    def approved_elsewhere(name):
        for other, rendering in renderings:
            if other.term not in approved:
                approved[other.term] = rendering.approved.spans(text, lowered)
        return [span for term, spans in approved.items() if term != name for span in spans]

    problems = []
    for term, rendering in renderings:
        forbidden = rendering.forbidden.spans(text, lowered) if rendering.forbidden else []
        if forbidden:
            # Where another term's approved form stands, this term's forbidden rendering is
            # not seen: Spanish "cuestionario" is forbidden for a quiz, right for a questionnaire.
            elsewhere = approved_elsewhere(term.term)
            forbidden = [
                (start, end)
                for start, end in forbidden
                if not any(
                    start < other_end and other_start < end for other_start, other_end in elsewhere
                )
            ]
        if forbidden:
            start, end = forbidden[0]
            problems.append(Problem(FORBIDDEN, term.term, rendering.term, text[start:end]))
        elif not rendering.approved.occurs(text, lowered):
            problems.append(Problem(MISSING, term.term, rendering.term))
    return problems


class _Forms:
    """Written forms as one pattern, with the literal core of each form as a quick filter."""

    def __init__(self, forms):
        ordered = sorted(forms, key=len, reverse=True)
        self.pattern = re.compile("|".join(_form_regex(form) for form in ordered), re.IGNORECASE)
        # A form can only match where its longest literal word stands (lower case).
        self._cores = {
            max(_normalise(form).lower().replace("*", " ").split(), key=len) for form in forms
        }

    def occurs(self, text, lowered):
        return any(core in lowered for core in self._cores) and bool(self.pattern.search(text))

    def spans(self, text, lowered):
        if not any(core in lowered for core in self._cores):
            return []
        return [match.span() for match in self.pattern.finditer(text)]


def _first_word(phrases, text):
    """The first word of another form of address in a text, names and acronyms aside."""
    words = _words(text)
    for start, end, value in phrases.find(words):
        found = "".join(words[start:end])
        # "TUE" (Trattato sull'Unione europea) is an acronym, not the possessive "tue".
        if value is not None and not (found.isupper() and len(found) > 1):
            return found
    return ""


def default_path():
    return Path(settings.LOCALE_PATHS[0]) / "glossary.yaml"


def load_glossary(path=None):
    """The glossary in `path` (locale/glossary.yaml by default), read again when it changes."""
    path = Path(path or default_path())
    try:
        modified = path.stat().st_mtime_ns
    except OSError as error:
        raise GlossaryError(f"{path}: cannot be read ({error.strerror}).") from error
    return _load(str(path), modified)


@lru_cache(maxsize=4)
def _load(path, _modified):
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as error:
        raise GlossaryError(f"{path}: not valid YAML: {error}") from error
    return _build(path, data)


def _build(path, data):
    if not isinstance(data, dict) or data.get("version") != 1:
        raise GlossaryError(f"{path}: expected a mapping with 'version: 1' at the top.")
    locales = _strings(path, "locales", data.get("locales"))
    protected = _strings(path, "protected", data.get("protected", []), allow_empty=True)
    register = {}
    for language, entry in (data.get("register") or {}).items():
        where = f"register, {language}"
        if language not in locales or not isinstance(entry, dict) or "address" not in entry:
            raise GlossaryError(f"{path}: {where}: a listed locale with 'address' is expected.")
        words = _strings(path, where, entry.get("other_address"))
        names = _strings(path, where, entry.get("names", []), allow_empty=True)
        phrases = _Phrases(
            [(word, False, True) for word in words] + [(n, False, None) for n in names]
        )
        register[language] = Register(str(entry["address"]), phrases)
    terms, english_forms, masks = [], [], []
    for number, entry in enumerate(data.get("terms") or [], start=1):
        term = _term(path, number, entry, locales)
        terms.append(term)
        case = bool(entry.get("match_case"))
        english_forms += [(form, case, term) for form in _strings(path, term.term, entry["en"])]
        masks += _strings(path, term.term, entry.get("other_senses", []), allow_empty=True)
    if not terms:
        raise GlossaryError(f"{path}: 'terms' lists no term.")
    return Glossary(locales, terms, english_forms, masks, protected, register)


def _term(path, number, entry, locales):
    if not isinstance(entry, dict) or not entry.get("term") or not entry.get("en"):
        raise GlossaryError(f"{path}: term {number}: 'term' and 'en' are required.")
    name = str(entry["term"])
    unknown = set(entry) - _ENTRY_KEYS - set(locales)
    if unknown:
        raise GlossaryError(f"{path}: term '{name}': unknown key(s) {', '.join(sorted(unknown))}.")
    renderings = {}
    for language in locales:
        rendering = entry.get(language)
        where = f"term '{name}', {language}"
        if not isinstance(rendering, dict) or not rendering.get("term"):
            raise GlossaryError(
                f"{path}: {where}: an approved 'term' with its 'forms' is required."
            )
        if set(rendering) - _RENDERING_KEYS:
            keys = ", ".join(sorted(set(rendering) - _RENDERING_KEYS))
            raise GlossaryError(f"{path}: {where}: unknown key(s) {keys}.")
        forbidden = _strings(path, where, rendering.get("forbidden", []), allow_empty=True)
        renderings[language] = Rendering(
            term=str(rendering["term"]),
            approved=_Forms(_strings(path, where, rendering.get("forms"))),
            forbidden=_Forms(forbidden) if forbidden else None,
            note=str(rendering.get("note", "")),
        )
    return Term(name, str(entry.get("definition", "")).strip(), renderings)


def _strings(path, where, value, allow_empty=False):
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise GlossaryError(f"{path}: {where}: expected a list of words or phrases.")
    if not value and not allow_empty:
        raise GlossaryError(f"{path}: {where}: the list is empty.")
    return value


def _normalise(text):
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if any(letter in text for letter in _VARIANT_LETTERS):
        text = text.translate(_EQUIVALENT_LETTERS)
    return text


def _plain(text):
    """The words a reader sees: no markup, entities, addresses or placeholders."""
    # Each substitution runs only when its sign is present: most strings have none.
    if "<" in text:
        text = _MARKUP.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    if "://" in text or "@" in text or "www." in text or "mailto:" in text:
        text = _ADDRESS.sub(" ", text)
    if "%" in text or "{" in text:
        text = _PLACEHOLDER.sub(" ", text)
    return _normalise(text)


def _words(text):
    """Words and single punctuation marks: "micro-credential" is micro, -, credential."""
    return _WORD.findall(text)


def _mask(pattern, text):
    return pattern.sub(" ", text) if pattern is not None else text


def _form_regex(form):
    """A written form as a regular expression: whole words, '*' for letters at a word's end."""
    form = _normalise(form.strip())
    words = []
    for word in form.split():
        core = re.escape(word.strip("*"))
        words.append(
            ("\\w*" if word.startswith("*") else "") + core + ("\\w*" if word.endswith("*") else "")
        )
    # A boundary is needed only where the form begins or ends with a letter or a "*".
    start = r"(?<!\w)" if re.match(r"[\w*]", form) else ""
    end = r"(?!\w)" if re.search(r"[\w*]$", form) else ""
    return start + r"\s+".join(words) + end


def _any_of(forms):
    if not forms:
        return None
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile("|".join(_form_regex(form) for form in ordered), re.IGNORECASE)
