"""SensorThings query options, parsed and applied to entity dicts (pure; OGC 18-088 section 9.3).

Supported: ``$filter`` with eq, ne, gt, ge, lt, le, and, or, not and parentheses over properties
(``name``, ``properties/x``, ``phenomenonTime``, ``result``, ``Datastream/id``...), literals
(numbers, 'strings', ISO 8601 times, true, false, null); ``$orderby`` (asc/desc, several);
``$top``; ``$skip``; ``$select``; ``$count``; ``$expand`` with nested options in parentheses
separated by ``;``, and ``A/B`` paths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from twin.errors import InvalidRequestError

DEFAULT_TOP = 100
MAX_TOP = 10_000
_TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<time>\d{4}-\d\d-\d\dT[0-9:.]+(?:Z|[+-]\d\d:\d\d))"
    r"|(?P<num>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?P<op>[()])|(?P<word>[A-Za-z@_][\w@./]*))"
)
_COMPARE = {"eq", "ne", "gt", "ge", "lt", "le"}


class QueryError(InvalidRequestError):
    """A query option that cannot be parsed (400)."""


@dataclass(frozen=True)
class Compare:
    """``path op literal``."""

    path: tuple[str, ...]
    op: str
    value: Any


@dataclass(frozen=True)
class Logical:
    """``and`` / ``or`` of two conditions, or ``not`` of one (``right`` None)."""

    op: str
    left: Any
    right: Any = None


@dataclass
class Options:
    """The query options of one (possibly expanded) entity set."""

    filter: Compare | Logical | None = None
    orderby: list[tuple[tuple[str, ...], bool]] = field(default_factory=list)  # (path, desc)
    top: int | None = None
    skip: int = 0
    select: list[str] | None = None
    count: bool = False
    expand: dict[str, Options] = field(default_factory=dict)


def _tokens(text: str) -> list[tuple[str, str]]:
    out, at = [], 0
    while at < len(text):
        if text[at:].strip() == "":
            break
        match = _TOKEN.match(text, at)
        if match is None or match.end() == at:
            raise QueryError(f"$filter: cannot read {text[at : at + 20]!r}")
        kind = match.lastgroup or ""
        out.append((kind, match.group(kind)))
        at = match.end()
    return out


def _literal(kind: str, value: str) -> Any:
    if kind == "str":
        return value[1:-1].replace("''", "'")
    if kind == "num":
        return float(value) if any(c in value for c in ".eE") else int(value)
    if kind == "time":
        return datetime.fromisoformat(value)
    lowered = {"true": True, "false": False, "null": None}
    if value in lowered:
        return lowered[value]
    raise QueryError(f"$filter: {value!r} is not a literal")


class _Parser:
    """Recursive descent over the tokens: or > and > not/comparison/parentheses."""

    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)
        self.at = 0

    def peek(self) -> str | None:
        return self.tokens[self.at][1] if self.at < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        if self.at >= len(self.tokens):
            raise QueryError("$filter: the expression ends too early")
        self.at += 1
        return self.tokens[self.at - 1]

    def primary(self) -> Compare | Logical:
        kind, value = self.take()
        if value == "(":
            inner = self.disjunction()
            if self.take()[1] != ")":
                raise QueryError("$filter: a parenthesis is not closed")
            return inner
        if value == "not":
            return Logical("not", self.primary())
        if kind != "word":
            raise QueryError(f"$filter: expected a property, got {value!r}")
        op = self.take()[1]
        if op not in _COMPARE:
            raise QueryError(f"$filter: unsupported operator {op!r} (eq ne gt ge lt le)")
        literal_kind, literal = self.take()
        return Compare(tuple(value.split("/")), op, _literal(literal_kind, literal))

    def conjunction(self) -> Compare | Logical:
        left = self.primary()
        while self.peek() == "and":
            self.take()
            left = Logical("and", left, self.primary())
        return left

    def disjunction(self) -> Compare | Logical:
        left = self.conjunction()
        while self.peek() == "or":
            self.take()
            left = Logical("or", left, self.conjunction())
        return left


def parse_filter(text: str) -> Compare | Logical:
    """A ``$filter`` expression as a tree."""
    parser = _Parser(text)
    tree = parser.disjunction()
    if parser.at != len(parser.tokens):
        raise QueryError(f"$filter: unexpected {parser.tokens[parser.at][1]!r}")
    return tree


def value_at(entity: dict[str, Any], path: tuple[str, ...]) -> Any:
    """The value at ``path`` (``id`` is ``@iot.id``; ISO times become datetimes)."""
    current: Any = entity
    for part in path:
        if not isinstance(current, dict):
            return None
        current = current.get("@iot.id" if part == "id" else part)
    if isinstance(current, str) and len(current) >= 20 and current[4] == "-" and "T" in current:
        try:
            return datetime.fromisoformat(current.split("/")[0])
        except ValueError:
            return current
    return current


def matches(entity: dict[str, Any], condition: Compare | Logical | None) -> bool:
    """Whether ``entity`` passes ``condition`` (a comparison with null or mixed types is false)."""
    if condition is None:
        return True
    if isinstance(condition, Logical):
        if condition.op == "not":
            return not matches(entity, condition.left)
        left = matches(entity, condition.left)
        if condition.op == "and":
            return left and matches(entity, condition.right)
        return left or matches(entity, condition.right)
    have, want = value_at(entity, condition.path), condition.value
    if condition.op in ("eq", "ne"):
        return bool(have == want) == (condition.op == "eq")
    try:
        if condition.op == "gt":
            return bool(have > want)
        if condition.op == "ge":
            return bool(have >= want)
        if condition.op == "lt":
            return bool(have < want)
        return bool(have <= want)
    except TypeError:
        return False


def _split(text: str, sep: str) -> list[str]:
    """Split at ``sep`` outside parentheses."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _integer(name: str, value: str, high: int) -> int:
    if not value.isdigit() or int(value) > high:
        raise QueryError(f"{name} is a whole number from 0 to {high}")
    return int(value)


def parse_options(params: dict[str, str]) -> Options:
    """Options from query parameters (``$top`` etc.)."""
    options = Options()
    for key, value in params.items():
        if key == "$filter":
            options.filter = parse_filter(value)
        elif key == "$top":
            options.top = _integer("$top", value, MAX_TOP)
        elif key == "$skip":
            options.skip = _integer("$skip", value, 10**9)
        elif key == "$count":
            options.count = value == "true"
        elif key == "$select":
            options.select = [s.strip() for s in value.split(",") if s.strip()]
        elif key == "$orderby":
            for item in _split(value, ","):
                words = item.split()
                desc = len(words) > 1 and words[1].lower() == "desc"
                options.orderby.append((tuple(words[0].split("/")), desc))
        elif key == "$expand":
            for item in _split(value, ","):
                _add_expand(options, item)
        elif key.startswith("$") and key not in ("$resultFormat",):
            raise QueryError(f"unsupported query option {key}")
    return options


def _add_expand(options: Options, item: str) -> None:
    name, _, rest = item.partition("(")
    nested = {}
    if rest:
        for part in _split(rest.rstrip()[:-1], ";"):
            key, _, value = part.partition("=")
            nested[key.strip()] = value.strip()
    head, _, tail = name.strip().partition("/")
    child = options.expand.setdefault(head, Options())
    if tail:
        _add_expand(child, tail + (f"({rest}" if rest else ""))
        return
    parsed = parse_options(nested)
    child.filter = parsed.filter or child.filter
    child.orderby = parsed.orderby or child.orderby
    child.top = parsed.top if parsed.top is not None else child.top
    child.skip = parsed.skip or child.skip
    child.select = parsed.select or child.select
    child.count = parsed.count or child.count
    child.expand.update(parsed.expand)


def order(entities: list[dict[str, Any]], orderby: list[tuple[tuple[str, ...], bool]]) -> None:
    """Sort in place by ``orderby`` (nulls first), then by id."""
    entities.sort(key=lambda e: e.get("@iot.id", 0))
    for path, desc in reversed(orderby):
        entities.sort(
            key=lambda e: (value_at(e, path) is not None, value_at(e, path)), reverse=desc
        )


def page(
    entities: list[dict[str, Any]], options: Options
) -> tuple[list[dict[str, Any]], bool, int]:
    """The filtered, ordered slice, whether more follow (``@iot.nextLink``) and how many
    passed the filter (``@iot.count``)."""
    found = [e for e in entities if matches(e, options.filter)]
    order(found, options.orderby)
    top = DEFAULT_TOP if options.top is None else options.top
    return found[options.skip : options.skip + top], len(found) > options.skip + top, len(found)


def select(entity: dict[str, Any], wanted: list[str] | None) -> dict[str, Any]:
    """Only the ``$select``-ed properties (``id`` is ``@iot.id``); expanded sets are kept."""
    if wanted is None:
        return entity
    names = {"@iot.id" if w == "id" else w for w in wanted}
    return {k: v for k, v in entity.items() if k in names or k.endswith("@iot.navigationLink")
            and k.split("@")[0] in names or k[:1].isupper() and isinstance(v, (list, dict))
            and k in names}  # fmt: skip
