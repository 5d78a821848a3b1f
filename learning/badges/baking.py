"""Baking: the credential inside the badge image (Open Badges 3.0, 5.3.1 "PNG").

The signed credential goes into an iTXt chunk with the keyword `openbadgecredential`,
uncompressed, placed before the image's IEND chunk. Reading accepts a compressed chunk too,
inflated in steps and never past LEARNING_BADGES_MAX_DECOMPRESSED_BYTES: a small upload must
not ask the server for gigabytes.
"""

import struct
import zlib

from django.conf import settings

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
KEYWORD = b"openbadgecredential"


def _chunk(kind, data):
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def _chunks(png):
    if not png.startswith(PNG_SIGNATURE):
        raise ValueError("Not a PNG image.")
    position = len(PNG_SIGNATURE)
    while position < len(png):
        if position + 12 > len(png):
            raise ValueError("The PNG image is truncated.")
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        yield kind, png[position + 8 : position + 8 + length], position
        position += 12 + length


def bake(png, credential_json):
    """`png` with `credential_json` (text) in an `openbadgecredential` iTXt chunk."""
    # keyword, null, compression flag 0, compression method 0, no language tag, no
    # translated keyword, then the UTF-8 text.
    data = KEYWORD + b"\x00\x00\x00" + b"\x00" + b"\x00" + credential_json.encode()
    for kind, _data, position in _chunks(png):
        if kind == b"IEND":
            return png[:position] + _chunk(b"iTXt", data) + png[position:]
    raise ValueError("The PNG image has no IEND chunk.")


def _inflate(data, limit):
    """`data` inflated, or ValueError once the output would pass `limit` bytes."""
    inflater = zlib.decompressobj()
    output = inflater.decompress(data, limit + 1)
    if len(output) > limit or inflater.unconsumed_tail:
        raise ValueError("The openbadgecredential chunk is too large once decompressed.")
    return output


def unbake(png):
    """The credential text baked into `png`, or None."""
    for kind, data, _position in _chunks(png):
        if kind == b"iTXt" and data.startswith(KEYWORD + b"\x00"):
            rest = data[len(KEYWORD) + 1 :]
            try:
                compressed = rest[0]
                language_end = rest.index(b"\x00", 2)
                keyword_end = rest.index(b"\x00", language_end + 1)
                text = rest[keyword_end + 1 :]
                if compressed:
                    text = _inflate(text, settings.LEARNING_BADGES_MAX_DECOMPRESSED_BYTES)
                return text.decode()
            except (IndexError, zlib.error, UnicodeDecodeError) as error:
                raise ValueError("The openbadgecredential chunk cannot be read.") from error
    return None
