import pytest

from website.core.sanitize import clean_html


@pytest.mark.parametrize(
    ("hostile", "expected"),
    [
        ("<p>Hi<script>alert(1)</script></p>", "<p>Hi</p>"),
        ('<p onclick="steal()">Text</p>', "<p>Text</p>"),
        ('<a href="javascript:alert(1)">link</a>', "<a>link</a>"),
        ("<style>body{display:none}</style><p>Shown</p>", "<p>Shown</p>"),
        ('<iframe src="https://evil.example"></iframe><p>After</p>', "<p>After</p>"),
        ('<p style="color:red">Styled</p>', "<p>Styled</p>"),
        ("<div><span>Unwrapped</span></div>", "Unwrapped"),
        ("<!-- secret --><p>Visible</p>", "<p>Visible</p>"),
        ('<img src=x onerror="alert(1)">', ""),
    ],
)
def test_clean_html_strips_hostile_markup(hostile, expected):
    assert clean_html(hostile) == expected


def test_clean_html_keeps_editor_markup():
    html = (
        '<h2>Title</h2><p>A <b>bold</b>, <i>italic</i> and <a href="https://example.eu/x">'
        "linked</a> text.</p><ul><li>One</li></ul><ol><li>Two</li></ol>"
    )
    assert clean_html(html) == html


@pytest.mark.parametrize("empty", [None, ""])
def test_clean_html_empty_input(empty):
    assert clean_html(empty) == ""
