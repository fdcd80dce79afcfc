"""Read the infobox's structured values: lists, sides, commanders with their status markers."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import InfoField

# Status markers glued to a name in the source, e.g. "Liu BindiKIA".
STATUS = {
    "KIA": "killed in action",
    "DOW": "died of wounds",
    "WIA": "wounded in action",
    "MIA": "missing in action",
    "POW": "taken prisoner",
    "EXE": "executed",
}
_QUALIFIER = re.compile(r"\s*\(([^()]*)\)\s*$")
_SIDED = re.compile(r"^(.*?)\s*(\d+)$")
_LISTY = {"result", "results", "territorial changes"}


@dataclass(frozen=True)
class Commander:
    """A commander named in the infobox."""

    name: str
    side: int
    status: tuple[str, ...]
    qualifier: str | None


def sided(key: str) -> tuple[str, int] | None:
    """('Commander', 1) for 'Commander1'; None for keys without a side number."""
    m = _SIDED.match(key)
    return (m.group(1), int(m.group(2))) if m and m.group(1) else None


def split_value(field: InfoField) -> list[tuple[str, bool]]:
    """Split a list-like value into (item, is_sub_item); plain values stay whole."""
    base = sided(field.key)
    name = (base[0] if base else field.key).lower()
    if name.startswith(("commander", "combatant", "leader")):
        parts = re.split(r",\s+", field.value)
    elif base or name in _LISTY:
        parts = _regroup(re.split(r",\s+", field.value))
    else:
        return [(field.value, False)] if field.value else []
    out = []
    for part in parts:
        part = part.strip().strip(",").strip()
        sub = part.startswith("*")
        part = part.lstrip("* ").strip()
        if part:
            out.append((part, sub))
    return out


def _regroup(tokens: list[str]) -> list[str]:
    """Re-join comma pieces that continue a phrase: 'Kazakh, Mongol, and X' or 'unknown, many…'."""
    out: list[str] = []
    for token in tokens:
        if out and re.match(r"\d{3,4}\b", token) and re.search(r"[A-Z][a-z]+\.? \d{1,2}$", out[-1]):
            out[-1] = f"{out[-1]}, {token}"       # "April 29, 1916" is one date
            continue
        if out and token[:1].islower():
            if token.startswith(("and ", "or ")):
                # Pull back the short items of the series this 'and' closes.
                while len(out) > 1 and len(out[-1].split()) <= 2 and not out[-1].startswith("*"):
                    last = out.pop()
                    out[-1] = f"{out[-1]}, {last}"
            out[-1] = f"{out[-1]}, {token}"
        else:
            out.append(token)
    return out


def commander(raw: str, side: int) -> Commander:
    """Parse 'Name', 'NameKIA' or 'Name (until June 1933)' into a Commander."""
    qualifier = None
    q = _QUALIFIER.search(raw)
    if q:
        qualifier, raw = q.group(1).strip() or None, raw[:q.start()]
    status: list[str] = []
    while True:
        m = re.search(rf"(?:(?<=[a-z\u00DF-\u024F.)'’])|\s)({'|'.join(STATUS)})$", raw)
        if not m:
            break
        status.insert(0, m.group(1))
        raw = raw[:m.start()].rstrip()
    return Commander(raw.strip(), side, tuple(status), qualifier)


def commanders(fields: tuple[InfoField, ...]) -> list[Commander]:
    """Every commander of every side, in infobox order."""
    out = []
    for field in fields:
        base = sided(field.key)
        if base and base[0].lower().startswith("commander"):
            out.extend(commander(item, base[1]) for item, _ in split_value(field) if item)
    return [c for c in out if c.name]


def combatants(fields: tuple[InfoField, ...]) -> dict[int, list[str]]:
    """Belligerent names per side, from Combatant1/Combatant2… (empty sides omitted)."""
    out: dict[int, list[str]] = {}
    for field in fields:
        base = sided(field.key)
        if base and base[0].lower().startswith(("combatant", "belligerent")):
            names = [item for item, sub in split_value(field) if not sub]
            if names:
                out.setdefault(base[1], []).extend(names)
    return out


def sides(fields: tuple[InfoField, ...]) -> list[int]:
    """The side numbers the infobox uses, sorted."""
    return sorted({b[1] for f in fields if (b := sided(f.key))})
