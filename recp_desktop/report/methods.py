"""A calculator's docstring read as a few kinds of blocks the appendix can lay out.

The docstrings use a small part of reStructuredText: paragraphs, ``Title`` + ``-----``
section titles, definition lists (a term line, then an indented description) and literal
blocks introduced by ``::`` for formulas. Inline ````names```` and ``*titles*`` become italics.
"""

from __future__ import annotations

import inspect
import re
import textwrap
from dataclasses import dataclass
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Block:
    kind: str  # para | heading | term | desc | formula
    text: str
    term: str = ""


def _chunks(doc: str) -> list[list[str]]:
    chunks: list[list[str]] = [[]]
    for line in inspect.cleandoc(doc).splitlines():
        if line.strip():
            chunks[-1].append(line.rstrip())
        elif chunks[-1]:
            chunks.append([])
    return [c for c in chunks if c]


def _joined(lines: list[str]) -> str:
    return " ".join(line.strip() for line in lines)


def _indented(line: str) -> bool:
    return line[:1].isspace()


def _underline(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and set(stripped) <= set("-=~")


def _run(lines: list[str], start: int, indented: bool) -> int:
    """The end of the run of lines from ``start`` that are (or are not) indented."""
    end = start
    while end < len(lines) and _indented(lines[end]) == indented:
        starts_block = end + 1 < len(lines) and (
            _underline(lines[end + 1]) or _indented(lines[end + 1])
        )
        if not indented and end > start and starts_block:
            break  # the next heading or term starts here
        end += 1
    return end


def parse_doc(doc: str) -> list[Block]:
    """The blocks of a docstring: para, heading, term (with its description), desc (an indented
    paragraph continuing a term's description) and formula (a literal block after ``::``)."""
    blocks: list[Block] = []
    literal_next = False
    for chunk in _chunks(doc):
        i = 0
        while i < len(chunk):
            line = chunk[i]
            if literal_next and _indented(line):
                end = _run(chunk, i, True)
                blocks.append(Block("formula", textwrap.dedent("\n".join(chunk[i:end]))))
                literal_next, i = False, end
                continue
            if not _indented(line) and i + 1 < len(chunk) and _underline(chunk[i + 1]):
                blocks.append(Block("heading", line.strip()))
                i += 2
                continue
            if not _indented(line) and i + 1 < len(chunk) and _indented(chunk[i + 1]):
                end = _run(chunk, i + 1, True)
                text = _joined(chunk[i + 1 : end])
                literal_next = text.endswith("::")
                blocks.append(Block("term", _literal_end(text), term=line.strip()))
                i = end
                continue
            indented = _indented(line)
            end = _run(chunk, i, indented)
            text = _joined(chunk[i:end])
            literal_next = text.endswith("::")
            text = _literal_end(text)
            if text:
                blocks.append(Block("desc" if indented else "para", text))
            i = end
    return blocks


def _literal_end(text: str) -> str:
    """RST: ``text::`` reads as ``text:``, and a ``::`` on its own disappears."""
    if text == "::":
        return ""
    if text.endswith(" ::"):
        return text[:-3]
    if text.endswith("::"):
        return text[:-1]
    return text


_LITERAL = re.compile(r"``(.+?)``")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")


def inline_markup(text: str) -> str:
    """Escape ``text`` for a reportlab Paragraph and turn RST inline markup into italics."""
    out = escape(text)
    out = _LITERAL.sub(r"<i>\1</i>", out)
    return _EMPHASIS.sub(r"<i>\1</i>", out)


def formula_markup(text: str) -> str:
    """A literal block for a Paragraph: lines kept, leading spaces kept."""
    lines = []
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        lines.append("&nbsp;" * (len(line) - len(stripped)) + escape(stripped))
    return "<br/>".join(lines)


def pretty_input(value: str) -> str:
    """An input as typed, with pint spellings made readable (``m**3`` -> ``m³``)."""
    for old, new in (("**2", "²"), ("**3", "³"), ("*", "·"), ("degC", "°C"), ("degF", "°F")):
        value = value.replace(old, new)
    value = re.sub(r"(?<=\d) ?percent\b", " %", value)
    if re.fullmatch(r"[a-z]+(_[a-z0-9]+)+", value):  # a choice such as natural_gas
        value = value.replace("_", " ")
    return value


def input_label(name: str, language: str) -> str:
    """A calculator input's label in the report's language (``pressure`` -> ``Давление``)."""
    from recp_desktop.domain.calculators import label_of

    return label_of(name, language)


def input_value(calculator: str, name: str, value: str, language: str) -> str:
    """An input as typed, in the report's language: a named choice by its label (``Природный
    газ``), a quantity with its number in the language's notation and its unit's symbol
    (``0,65``, ``6 бар``, ``0,11 AZN/кВт·ч``). Text that reads as neither is kept as typed."""
    from recp_desktop.domain.calculators import CalculationError, inputs
    from recp_desktop.domain.messages import Message, format_quantity
    from recp_desktop.domain.unit_labels import unit_label
    from recp_desktop.domain.units import UnitError, parse_number, split_quantity

    try:
        spec = next((s for s in inputs(calculator) if s.name == name), None)
    except CalculationError:
        spec = None
    if spec is not None and spec.kind == "choice":
        label = Message(f"choice.{value}").render(language)
        return label if label != f"choice.{value}" else pretty_input(value)
    try:
        number, unit = split_quantity(value)
        if not unit and spec is not None and (spec.unit == "percent" or spec.bare):
            unit = spec.unit or ""  # a bare number is read in the input's unit
        if "/" not in number:  # 1/8 in stays as typed
            return format_quantity(parse_number(number), unit, language)
    except (UnitError, ValueError):
        return pretty_input(value)
    label = unit_label(unit, language) if unit else ""
    return f"{number}\u00a0{label}" if label else number
