"""Reading the family pages as a browser would: the visible text and the forms, and what a
browser sends when a button submits a form. Used by `delaktig bench` and the test drivers."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Form:
    action: str
    inputs: list[dict[str, str]] = field(default_factory=list)
    buttons: list[dict[str, str]] = field(default_factory=list)
    textareas: dict[str, str] = field(default_factory=dict)


class PageParser(HTMLParser):
    """The visible text of a page and its forms, as a browser would see them."""

    SILENT = frozenset({"script", "style", "head", "title"})

    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self.forms: list[Form] = []
        self._silent = 0
        self._button: dict[str, str] | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag in self.SILENT:
            self._silent += 1
        elif tag == "form":
            self.forms.append(Form(a.get("action", "")))
        elif tag == "input" and self.forms:
            self.forms[-1].inputs.append(a | {"checked": "checked" if "checked" in a else ""})
        elif tag == "button" and self.forms:
            self._button = a | {"text": ""}
            self.forms[-1].buttons.append(self._button)
        elif tag == "textarea" and self.forms:
            self._textarea = a.get("name", "")
            self.forms[-1].textareas[self._textarea] = ""
        elif tag == "img" and a.get("alt"):
            self.text.append(a["alt"])

    def handle_endtag(self, tag):
        if tag in self.SILENT:
            self._silent -= 1
        elif tag == "button":
            self._button = None
        elif tag == "textarea":
            self._textarea = None
        if tag in ("p", "h1", "h2", "li", "div", "legend", "label", "button"):
            self.text.append("\n")

    def handle_data(self, data):
        if self._silent:
            return
        if self._textarea is not None:
            self.forms[-1].textareas[self._textarea] += data
            return
        if self._button is not None:
            self._button["text"] += data
        self.text.append(data)

    def visible_text(self) -> str:
        return "".join(self.text)


def parse_page(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser


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
