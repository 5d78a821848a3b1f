"""multipart/mixed bodies: statements with their attachment parts (Part Three 1.5.2)."""

import hashlib

from django.utils.translation import gettext as _

from ..models import Attachment
from .http import XapiError


def _boundary(content_type_header):
    for parameter in content_type_header.split(";")[1:]:
        name, _sep, value = parameter.strip().partition("=")
        if name.lower() == "boundary" and value:
            return value.strip('"')
    raise XapiError(400, _("The multipart body has no boundary."))


def _part(raw):
    head, separator, content = raw.partition(b"\r\n\r\n")
    if not separator:
        raise XapiError(400, _("A part of the multipart body is malformed."))
    headers = {}
    for line in head.decode("latin-1").split("\r\n"):
        if line:
            name, _sep, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    return headers, content


def parse(content_type_header, body):
    """The statement JSON and the attachments {sha2: (content type, bytes)} of a body."""
    delimiter = b"--" + _boundary(content_type_header).encode()
    sections = body.split(delimiter)
    if len(sections) < 3 or not sections[-1].startswith(b"--"):
        raise XapiError(400, _("The multipart body is not closed by its boundary."))
    parts = []
    for section in sections[1:-1]:
        if not section.startswith(b"\r\n") or not section.endswith(b"\r\n"):
            raise XapiError(400, _("A part of the multipart body is malformed."))
        parts.append(_part(section[2:-2]))
    first_headers, statements = parts[0]
    if first_headers.get("content-type", "").split(";")[0].strip() != "application/json":
        raise XapiError(400, _("The first part of a multipart body must be the statements."))
    attachments = {}
    for headers, content in parts[1:]:
        sha2 = headers.get("x-experience-api-hash")
        if not sha2:
            raise XapiError(400, _("An attachment part lacks its X-Experience-API-Hash."))
        if headers.get("content-transfer-encoding", "binary").lower() != "binary":
            raise XapiError(400, _("Attachment parts must use binary transfer encoding."))
        if sha2.lower() != _digest(sha2, content):
            raise XapiError(400, _("An attachment's content does not match its SHA-2 hash."))
        content_type = headers.get("content-type", "application/octet-stream")
        if len(content_type) > Attachment._meta.get_field("content_type").max_length:
            raise XapiError(400, _("An attachment part's Content-Type is too long."))
        attachments[sha2] = (content_type, content)
    return statements, attachments


def _digest(expected, content):
    algorithm = {56: "sha224", 64: "sha256", 96: "sha384", 128: "sha512"}.get(len(expected))
    return hashlib.new(algorithm, content).hexdigest() if algorithm else None


def build(document, attachments, boundary):
    """A multipart/mixed body: the JSON document, then each attachment's raw bytes."""
    lines = [b"--" + boundary.encode(), b"Content-Type: application/json", b"", document]
    for attachment in attachments:
        lines += [
            b"--" + boundary.encode(),
            f"Content-Type: {attachment.content_type}".encode(),
            b"Content-Transfer-Encoding: binary",
            f"X-Experience-API-Hash: {attachment.sha2}".encode(),
            b"",
            bytes(attachment.content),
        ]
    lines.append(b"--" + boundary.encode() + b"--")
    return b"\r\n".join(lines) + b"\r\n"
