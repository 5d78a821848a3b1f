"""The two xAPI versions the LRS speaks, 1.0.3 and 2.0 (IEEE 9274.1.1-2023), side by side.

A request names its version in X-Experience-API-Version; `negotiate` maps it to the version
whose rules apply. Statements are stored once, as received; `readable_in` gives a stored
statement as a client of a version reads it (a 1.0.x client never sees the 2.0-only context
properties, which 1.0.3 has no place for).
"""

import re

V1 = "1.0.3"
V2 = "2.0.0"
# What the About resource lists (xAPI 1.0.3 Part Three 2.8; 2.0 4.1.6.7).
SUPPORTED = ["1.0.0", "1.0.1", "1.0.2", V1, V2]
# The `version` an LRS writes into a statement stored without one, per request version.
DEFAULT_STATEMENT_VERSION = {V1: "1.0.0", V2: V2}
# Context properties that xAPI 2.0 added (9274.1.1 Context: contextAgents, contextGroups).
CONTEXT_2_0 = ("contextAgents", "contextGroups")

_HEADER = {V1: re.compile(r"^1\.0(\.\d+)?$"), V2: re.compile(r"^2\.0(\.\d+)?$")}


def negotiate(header):
    """The version whose rules answer a request with this X-Experience-API-Version, or None."""
    if not isinstance(header, str):
        return None
    for version, pattern in _HEADER.items():
        if pattern.match(header):
            return version
    return None


def statement_version_allowed(value, version):
    """Whether a statement's `version` property is one the request's version accepts.

    1.0.x requests accept 1.0.x ("1.0" included); 2.0 requests accept 1.0.x and 2.0.x, since a
    1.0.x statement is a valid 2.0 statement.
    """
    allowed = [V1] if version == V1 else [V1, V2]
    return isinstance(value, str) and any(_HEADER[item].match(value) for item in allowed)


def is_2_0(statement_version):
    """Whether a stored statement was stored as a 2.0 statement."""
    return bool(statement_version) and statement_version.startswith("2.")


def _without_2_0_context(statement):
    statement = dict(statement)
    context = statement.get("context")
    if isinstance(context, dict) and any(key in context for key in CONTEXT_2_0):
        statement["context"] = {k: v for k, v in context.items() if k not in CONTEXT_2_0}
    sub = statement.get("object")
    if isinstance(sub, dict) and sub.get("objectType") == "SubStatement":
        statement["object"] = _without_2_0_context(sub)
    return statement


def readable_in(statement, version):
    """A stored statement as a client speaking `version` reads it."""
    if version == V2 or not is_2_0(statement.get("version")):
        return statement
    downgraded = _without_2_0_context(statement)
    downgraded["version"] = V1
    return downgraded
