"""Turning an HTML fragment (a feed entry) into plain paragraphs."""

from __future__ import annotations

import html
import re

_BLOCK = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote)\s*/?>")
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"(?is)<(script|style)\b.*?</\1\s*>")


def html_to_text(fragment: str) -> str:
    """Paragraph text of an HTML fragment: scripts dropped, blocks become blank-line breaks."""
    text = _SCRIPT.sub("", fragment)
    text = _BLOCK.sub("\n\n", text)
    text = html.unescape(_TAG.sub("", text))
    paragraphs = [re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)
