"""Reading the family pages as a browser would: the visible text and the forms, and what a
browser sends when a button submits a form. Used by `delaktig bench` and the test drivers."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Form:
    action: str
    inputs: list[dict[str, str]] = field(default_factory=list)
    buttons: list[dict[str, str]] = field(default_factory=list)
    textareas: dict[str, str] = field(default_factory=dict)


_FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S)
_FIELD = re.compile(r"<(input|button)\b([^>]*)>|<textarea\b([^>]*)>(.*?)</textarea>", re.S)
_ATTR = re.compile(r'([\w:-]+)(?:\s*=\s*"([^"]*)")?')


def _attrs(text: str) -> dict[str, str]:
    return {name: html.unescape(value) for name, value in _ATTR.findall(text)}


def read_forms(page: str) -> list[Form]:
    """The forms of a page with their fields (our own markup: quoted attributes)."""
    forms = []
    for form_attrs, body in _FORM.findall(page):
        form = Form(_attrs(form_attrs).get("action", ""))
        for tag, attrs, area_attrs, content in _FIELD.findall(body):
            if tag == "input":
                a = _attrs(attrs)
                form.inputs.append(a | {"checked": "checked" if "checked" in a else ""})
            elif tag == "button":
                form.buttons.append(_attrs(attrs))
            else:
                form.textareas[_attrs(area_attrs).get("name", "")] = html.unescape(content)
        forms.append(form)
    return forms


class _TextParser(HTMLParser):
    """The words a person sees: text outside head and scripts, and images' alt text."""

    SILENT = frozenset({"script", "style", "head", "title", "textarea"})
    BLOCKS = frozenset({"p", "h1", "h2", "li", "div", "legend", "label", "button"})

    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self._silent = 0

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag in self.SILENT:
            self._silent += 1
        elif tag == "img" and a.get("alt"):
            self.text.append(a["alt"])

    def handle_endtag(self, tag):
        if tag in self.SILENT:
            self._silent -= 1
        elif tag in self.BLOCKS:
            self.text.append("\n")

    def handle_data(self, data):
        if not self._silent:
            self.text.append(data)


@dataclass
class Page:
    html: str
    forms: list[Form]

    def visible_text(self) -> str:
        parser = _TextParser()
        parser.feed(self.html)
        return "".join(parser.text)


def parse_page(page: str) -> Page:
    return Page(page, read_forms(page))


def form_data(form: Form, button: dict[str, str] | None, picks=None, text=None, radios=None):
    """What a browser sends when `button` submits `form`: hidden fields, checked boxes and
    radios, textareas, and the button's own name=value. `picks`, `text` and `radios` stand for
    what the person ticked, typed and chose before submitting."""
    data: list[tuple[str, str]] = []
    for field_ in form.inputs:
        kind, name, value = field_.get("type", "text"), field_.get("name"), field_.get("value", "")
        if not name:
            continue
        if kind == "hidden":
            data.append((name, value))
        elif kind == "checkbox":
            if (value in picks) if picks is not None else field_["checked"]:
                data.append((name, value))
        elif kind == "radio":
            chosen = radios.get(name) if radios and name in radios else None
            if chosen == value or (chosen is None and field_["checked"]):
                data.append((name, value))
    for name, value in form.textareas.items():
        data.append((name, text if text is not None else value))
    if button is not None and button.get("name"):
        data.append((button["name"], button.get("value", "")))
    return data
