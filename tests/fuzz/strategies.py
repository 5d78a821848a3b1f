"""Hypothesis strategies for the fuzz suite: xAPI statements (valid, then mutated), hostile
JSON, query strings, headers and the bodies of every public form."""

import json
import struct
import zlib

from hypothesis import strategies as st

IRI = st.sampled_from(
    [
        "http://adlnet.gov/expapi/verbs/completed",
        "http://adlnet.gov/expapi/verbs/voided",
        "http://example.eu/activities/course-1",
        "https://w3id.org/xapi/dod-isd/verbs/answered",
        "urn:x:1",
    ]
)
UUID = st.uuids().map(str)

# Strings that break platforms: lone surrogates, NUL, controls, right-to-left marks, long text.
NASTY_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "\ud800",
            "a\udfffb",
            "\x00",
            "nul\x00inside",
            "\u202e",
            "'; DROP TABLE x; --",
            '"',
            "%00",
            "\\",
            "<script>alert(1)</script>",
            "x" * 5000,
            "\U0001f600" * 50,
        ]
    ),
)
# The same for query strings and form fields: a URL or form body is bytes, so it can never
# carry a lone surrogate (the server decodes broken UTF-8 to U+FFFD).
URL_TEXT = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.sampled_from(
        [
            "\x00",
            "nul\x00inside",
            "\u202e",
            "'; DROP TABLE x; --",
            '"',
            "%00",
            "\\",
            "<script>alert(1)</script>",
            "x" * 5000,
            "\ufffd",
            "\U0001f600" * 50,
        ]
    ),
)
NASTY_NUMBER = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -0.0, 1e308, -1e308, 2**63, -(2**63) - 1]),
)
JSON_SCALAR = st.one_of(st.none(), st.booleans(), NASTY_NUMBER, NASTY_TEXT)
JSON_VALUE = st.recursive(
    JSON_SCALAR,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(NASTY_TEXT, children, max_size=4)
    ),
    max_leaves=12,
)

# Valid statements (accounts, never e-mails), built from the parts xAPI defines.
SHORT_TEXT = st.text(max_size=20)
LANGUAGE_MAP = st.dictionaries(st.sampled_from(["en", "it", "fr-FR", "nl", "es", "ro"]), SHORT_TEXT)
ACTIVITY_IRI = st.sampled_from(["http://example.eu/a", "https://example.eu/b/c", "urn:x:y"])
ACCOUNT_AGENT = st.fixed_dictionaries(
    {
        "account": st.fixed_dictionaries(
            {"homePage": ACTIVITY_IRI, "name": st.text(min_size=1, max_size=20)}
        )
    },
    optional={"objectType": st.just("Agent"), "name": SHORT_TEXT},
)
VERB = st.fixed_dictionaries(
    {"id": st.sampled_from(["http://adlnet.gov/expapi/verbs/completed", "urn:verb:x"])},
    optional={"display": LANGUAGE_MAP},
)
DEFINITION = st.fixed_dictionaries(
    {},
    optional={
        "name": LANGUAGE_MAP,
        "type": ACTIVITY_IRI,
        "interactionType": st.sampled_from(["true-false", "fill-in", "other"]),
    },
)
ACTIVITY = st.fixed_dictionaries(
    {"id": ACTIVITY_IRI}, optional={"objectType": st.just("Activity"), "definition": DEFINITION}
)
RESULT = st.fixed_dictionaries(
    {},
    optional={
        "success": st.booleans(),
        "completion": st.booleans(),
        "response": SHORT_TEXT,
        "score": st.fixed_dictionaries(
            {}, optional={"scaled": st.floats(min_value=-1, max_value=1)}
        ),
    },
)
VALID_STATEMENT = st.fixed_dictionaries(
    {"actor": ACCOUNT_AGENT, "verb": VERB, "object": ACTIVITY},
    optional={
        "id": st.uuids().map(str),
        "result": RESULT,
        "timestamp": st.sampled_from(["2025-10-22T09:30:00Z", "2025-10-22T09:30:00.123+02:00"]),
    },
)


def _paths(value, prefix=()):
    """Every path to a node of a JSON value."""
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


def _replace(value, path, new):
    if not path:
        return new
    head, *rest = path
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest, new)}
    copy = list(value)
    copy[head] = _replace(copy[head], rest, new)
    return copy


@st.composite
def mutated(draw, base):
    """`base` with one to three nodes replaced by hostile values, or keys added or dropped."""
    value = draw(base)
    for _round in range(draw(st.integers(1, 3))):
        paths = list(_paths(value))
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["replace", "add", "drop", "deep", "object"]))
        if action == "replace":
            value = _replace(value, path, draw(JSON_VALUE))
        elif action == "deep":
            value = _replace(value, path, _nested(draw(st.integers(30, 300))))
        elif action == "object":
            value = _replace(value, path, {"a": draw(JSON_VALUE)})
        elif action in ("add", "drop") and path:
            parent = _get(value, path[:-1])
            if not isinstance(parent, dict):
                continue
            if action == "add":
                changed = {**parent, draw(NASTY_TEXT): draw(JSON_VALUE)}
            else:
                changed = {key: item for key, item in parent.items() if key != path[-1]}
            value = _replace(value, path[:-1], changed)
    return value


def _get(value, path):
    for part in path:
        value = value[part]
    return value


def _nested(depth):
    value = []
    for _level in range(depth):
        value = [value]
    return value


def to_json(value):
    """JSON text of a generated value; NaN and Infinity stay as Python writes them."""
    try:
        return json.dumps(value)
    except (RecursionError, ValueError):
        return "[" * 5000 + "]" * 5000


STATEMENT = st.one_of(VALID_STATEMENT, mutated(VALID_STATEMENT))
BATCH = st.lists(STATEMENT, min_size=0, max_size=5)
RAW_BODY = st.one_of(
    st.binary(max_size=200),
    st.sampled_from(
        [
            b"NaN",
            b'{"a": Infinity}',
            b"[" * 100_000,
            b'{"actor": 1e999}',
            b'"\\ud800"',
            b"\xef\xbb\xbf{}",
            b"\xff\xfe{\x00}\x00",
            b"",
            b"null",
        ]
    ),
)

AGENT = st.one_of(
    st.just({"mbox": "mailto:ana@example.eu"}),
    st.just({"account": {"homePage": "http://example.eu", "name": "x"}}),
    mutated(st.just({"mbox": "mailto:ana@example.eu"})),
)
PARAM_VALUE = st.one_of(
    URL_TEXT,
    AGENT.map(to_json),
    UUID,
    IRI,
    st.sampled_from(
        [
            "true",
            "false",
            "0",
            "-1",
            "99999999999999999999",
            "2025-10-22T09:30:00Z",
            "9999-12-31T23:59:59-14:00",
            "0000-01-01T00:00:00Z",
            "ids",
            "exact",
            "canonical",
        ]
    ),
)
STATEMENT_PARAMS = [
    "agent",
    "verb",
    "activity",
    "registration",
    "related_activities",
    "related_agents",
    "since",
    "until",
    "limit",
    "format",
    "attachments",
    "ascending",
    "statementId",
    "voidedStatementId",
    "method",
]
DOCUMENT_PARAMS = ["activityId", "agent", "registration", "stateId", "profileId", "since"]


def params(names):
    """Query parameters: known names and stray ones, each with a generated value."""
    return st.dictionaries(st.one_of(st.sampled_from(names), URL_TEXT), PARAM_VALUE, max_size=5)


VERSION = st.one_of(
    st.just("1.0.3"),
    st.sampled_from(["1.0.0", "1.0", "2.0.0", "0.95", "", "1.0.3.1"]),
    URL_TEXT.filter(lambda text: "\n" not in text and "\r" not in text and "\x00" not in text),
)
CONTENT_TYPE = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "multipart/mixed; boundary=abc",
        "multipart/mixed",
        "text/plain",
        "application/x-www-form-urlencoded",
        "application/octet-stream",
        "",
    ]
)


# The verify form: text, JSON, JWT-like tokens and PNG images, compressed and oversized.
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind, data):
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


@st.composite
def badge_png(draw):
    """A PNG-like upload carrying an openbadgecredential chunk, sometimes a broken one."""
    text = draw(st.one_of(st.binary(max_size=100), to_json_strategy(JSON_VALUE)))
    compressed = draw(st.booleans())
    if compressed:
        size = draw(st.sampled_from([10, 10_000, 3_000_000]))
        payload = zlib.compress(text + b"\x00" * size)
    else:
        payload = text
    data = b"openbadgecredential\x00" + bytes([compressed]) + b"\x00\x00\x00" + payload
    chunks = [_chunk(b"IHDR", b"\x00" * 13), _chunk(b"iTXt", data), _chunk(b"IEND", b"")]
    png = PNG_SIGNATURE + b"".join(chunks)
    return draw(st.sampled_from([png, png[: draw(st.integers(0, len(png)))]]))


def to_json_strategy(values):
    return values.map(lambda value: to_json(value).encode())


JWT_LIKE = st.tuples(st.text(max_size=30), st.text(max_size=60), st.text(max_size=20)).map(".".join)
