"""The one escaping rule: text meeting Html is escaped, braces too; Html passes as it is."""

from __future__ import annotations

import pytest

from macros.markup import Html, escape, join, markdown_literal, markdown_text

HOSTILE = "<script>alert('x')</script> & \"q\" {{ 7 * 7 }}"
ESCAPED = ("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;q&quot; "
           "&#123;&#123; 7 * 7 &#125;&#125;")


@pytest.mark.parametrize("combine", [
    lambda text: escape(text),
    lambda text: Html("{}").format(text),
    lambda text: Html("{0}").format(text),
    lambda text: join([text]),
    lambda text: Html("") + text,
    lambda text: Html.escape(text),
])
def test_plain_text_meeting_html_is_escaped_whichever_way_it_meets_it(combine):
    result = combine(HOSTILE)
    assert isinstance(result, Html)
    assert str(result) == ESCAPED


def test_html_passes_through_and_numbers_become_text():
    bold = Html("<b>{}</b>").format("x & y")
    assert Html("<p>{} {}</p>").format(bold, 3) == "<p><b>x &amp; y</b> 3</p>"
    assert join([bold, "<i>"], ", ") == "<b>x &amp; y</b>, &lt;i&gt;"
    assert escape(bold) is bold


def test_text_for_markdown_keeps_what_markdown_reads():
    assert markdown_text("a < b & *nadruk*") == "a &lt; b &amp; *nadruk*"
    assert markdown_literal("*niet* [link] #") == r"\*niet\* \[link\] \#"
    assert "<" not in markdown_literal("<b>") and "{" not in markdown_literal("{{ x }}")
