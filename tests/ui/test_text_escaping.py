"""Text from outside shown literally: tooltips and notification bodies are escaped as
`html.escape` does, without importing `html` (about 1 ms of the window's start)."""

from __future__ import annotations


def test_a_tooltip_escapes_what_html_escape_would():
    import html

    from netzwerk_app.ui.text import plain_tooltip

    for text in ("<b>x</b>", "Tom & Jerry", "\"quoted\" 'single'", "a > b\nc < d", "plain"):
        assert plain_tooltip(text) == "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
    assert plain_tooltip("") == ""


def test_html_is_escaped_as_html_escape_does():
    import html

    from netzwerk_app.ui.text import escape_html

    for text in ("<b>x</b> & 'y' \"z\"", "plain", ""):
        for quote in (True, False):
            assert escape_html(text, quote) == html.escape(text, quote)
