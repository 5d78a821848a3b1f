r"""The limits the LRS holds JSON to where it enters: parsing, nesting, strings, batch size.

Everything a client sends as JSON (statements, query parameters holding JSON, documents
merged by POST) goes through `parse_json`, which refuses what Python's parser accepts but
the rest of the platform cannot keep or give back:

- NaN, Infinity and numbers too large for a double (1e999): not JSON (RFC 8259, section 6);
  they would be stored as text that no other JSON reader takes.
- Lone UTF-16 surrogates ("\ud800"): not Unicode scalar values; a body holding one cannot
  be encoded as UTF-8 again, so every later read of it would fail.
- NUL characters ("\u0000"): PostgreSQL's jsonb cannot store them.
- Nesting deeper than LEARNING_XAPI_MAX_JSON_DEPTH and strings (keys included) longer than
  LEARNING_XAPI_MAX_STRING_LENGTH characters.

The check is one iterative pass over the parsed value, so its cost per statement is a few
microseconds and no input, however deep, can exhaust the interpreter's stack.
"""

import re

from django.conf import settings
from django.utils.translation import gettext as _

import orjson

# A lone surrogate or a NUL: characters no stored statement may hold.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class LimitError(ValueError):
    """JSON the LRS refuses, with the HTTP status to answer (400, or 413 for sheer size).

    Attributes:
        status: The HTTP status of the refusal.
    """

    def __init__(self, message, status=400):
        """Keep the message and the status."""
        super().__init__(message)
        self.status = status


def _may_hold_unstorable(raw):
    r"""Whether parsed `raw` can hold a NUL or a lone surrogate (else the string scan is skipped).

    In UTF-8 JSON both need an escape (\u0000, \ud800) or, for a surrogate, the bytes ED A0–BF
    (which the parser lets through); other encodings (UTF-16, UTF-32) are always scanned.
    """
    if isinstance(raw, str):
        return "\\u" in raw or _UNSTORABLE.search(raw) is not None
    return b"\\u" in raw or b"\xed" in raw or b"\x00" in raw[:4]


def parse_json(raw):
    """Parse JSON text or bytes and check it against the limits; raise `LimitError`.

    orjson refuses NaN, Infinity, numbers beyond a double, lone surrogates and nesting past
    1,024 levels itself; the pass that follows checks depth, string lengths and NULs.
    Malformed JSON raises `LimitError` as well, so callers have one error to answer.
    """
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise LimitError(_refusal(str(error))) from None
    except TypeError:
        raise LimitError(_("The body is not valid JSON.")) from None
    check_value(value, scan_strings=_may_hold_unstorable(raw))
    return value


def _refusal(reason):
    if "depth limit" in reason:
        return _("The JSON is nested too deeply.")
    if "infinity" in reason:
        return _("%(value)s is not a JSON number.") % {"value": "Infinity"}
    if "surrogate" in reason:
        return _unstorable_message()
    return _("The body is not valid JSON.")


def _too_long():
    return LimitError(
        _("A string is longer than %(limit)s characters.")
        % {"limit": settings.LEARNING_XAPI_MAX_STRING_LENGTH}
    )


def _unstorable_message():
    return _("A string holds a NUL character or a lone UTF-16 surrogate.")


def _unstorable():
    return LimitError(_unstorable_message())


def check_string(text):
    """A string (a value, a key or a parameter) the LRS can keep; else `LimitError`."""
    if len(text) > settings.LEARNING_XAPI_MAX_STRING_LENGTH:
        raise _too_long()
    if _UNSTORABLE.search(text):
        raise _unstorable()


def check_value(value, scan_strings=True):
    """Check a parsed JSON value in one pass, without recursion.

    Strings are measured; with `scan_strings` they are also searched for NUL and lone
    surrogates. Floats must be finite (1e999 parses as infinity).
    """
    max_depth = settings.LEARNING_XAPI_MAX_JSON_DEPTH
    max_length = settings.LEARNING_XAPI_MAX_STRING_LENGTH
    search = _UNSTORABLE.search
    # A lone scalar is checked as the item of a list.
    pending = [(value if isinstance(value, dict | list) else [value], 1)]
    while pending:
        node, depth = pending.pop()
        if depth > max_depth:
            raise LimitError(
                _("The JSON is nested more than %(limit)s levels deep.") % {"limit": max_depth}
            )
        if type(node) is dict:
            for key in node:
                if len(key) > max_length:
                    raise _too_long()
                if scan_strings and search(key):
                    raise _unstorable()
            children = node.values()
        else:
            children = node
        for child in children:
            kind = type(child)
            if kind is str:
                if len(child) > max_length:
                    raise _too_long()
                if scan_strings and search(child):
                    raise _unstorable()
            elif kind is dict or kind is list:
                pending.append((child, depth + 1))
            elif kind is float and child - child != 0:  # infinite (NaN was refused already)
                raise LimitError(_("The number %(value)s is too large.") % {"value": child})


def check_batch(statements):
    """A 413 for a batch with more statements than LEARNING_XAPI_MAX_STATEMENTS_PER_BATCH."""
    limit = settings.LEARNING_XAPI_MAX_STATEMENTS_PER_BATCH
    if len(statements) > limit:
        raise LimitError(
            _("A batch holds at most %(limit)s statements.") % {"limit": limit}, status=413
        )
