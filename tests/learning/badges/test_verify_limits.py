"""The verify form under hostile input: compressed badge chunks and oversized pastes."""

import io
import struct
import tracemalloc
import zlib

from django.test import Client

import pytest

from learning.badges.baking import KEYWORD, PNG_SIGNATURE, bake, unbake

# A one-pixel PNG, enough to carry an iTXt chunk.
TINY_PNG = (
    PNG_SIGNATURE
    + bytes.fromhex("0000000d49484452000000010000000108060000001f15c489")
    + bytes.fromhex("0000000d4944415478da63f8cfc0f01f0005000201a4a1a8b60000000049454e44ae426082")
)


def _chunk(kind, data):
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def compressed_badge(text_bytes):
    """A PNG whose openbadgecredential iTXt chunk is zlib-compressed (flag 1)."""
    data = KEYWORD + b"\x00\x01\x00" + b"\x00" + b"\x00" + zlib.compress(text_bytes, 9)
    end = TINY_PNG.index(b"IEND") - 4
    return TINY_PNG[:end] + _chunk(b"iTXt", data) + TINY_PNG[end:]


def test_unbake_reads_a_compressed_chunk():
    assert unbake(compressed_badge(b'{"a": 1}')) == '{"a": 1}'


def test_unbake_round_trips_an_uncompressed_chunk():
    assert unbake(bake(TINY_PNG, '{"b": 2}')) == '{"b": 2}'


def test_unbake_refuses_a_decompression_bomb_with_bounded_memory(settings):
    settings.LEARNING_BADGES_MAX_DECOMPRESSED_BYTES = 1_000_000
    bomb = compressed_badge(b"\x00" * 60_000_000)  # about 60 KB on the wire
    assert len(bomb) < 200_000
    tracemalloc.start()
    try:
        with pytest.raises(ValueError, match="too large"):
            unbake(bomb)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000


@pytest.fixture
def client(db):
    return Client(HTTP_HOST="localhost", enforce_csrf_checks=True)


def _csrf(client):
    client.get("/en/credentials/verify/")
    return client.cookies["csrftoken"].value


def test_verify_form_answers_a_compressed_bomb_with_its_form(client):
    upload = io.BytesIO(compressed_badge(b"\x00" * 60_000_000))
    upload.name = "badge.png"
    response = client.post(
        "/en/credentials/verify/", {"badge": upload, "csrfmiddlewaretoken": _csrf(client)}
    )
    assert response.status_code == 400
    assert "Not a credential" in response.content.decode()


def test_verify_form_answers_a_huge_paste_on_the_form_itself(client):
    token = _csrf(client)
    response = client.post(
        "/fr/credentials/verify/",
        {"credential": "x" * 5_000_000, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 413
    html = response.content.decode()
    assert '<form method="post"' in html
    assert "trop" in html  # "... est trop volumineux" in French
    assert "Collez une attestation ou choisissez" not in html


def test_verify_form_names_the_limit_of_a_long_paste(client):
    token = _csrf(client)
    response = client.post(
        "/en/credentials/verify/", {"credential": "x" * 300_000, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "longer than 200,000 characters" in html
    assert "Paste a credential or choose a badge image" not in html


def test_verify_form_names_the_limit_of_a_large_image(client, settings):
    upload = io.BytesIO(TINY_PNG + b"\x00" * (5 * 1024 * 1024 + 1))
    upload.name = "badge.png"
    response = client.post(
        "/en/credentials/verify/", {"badge": upload, "csrfmiddlewaretoken": _csrf(client)}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "larger than 5 MB" in html
    assert "Paste a credential or choose a badge image" not in html


def test_verify_form_still_refuses_a_post_without_csrf_token(client):
    response = client.post("/en/credentials/verify/", {"credential": "{}"})
    assert response.status_code == 403
