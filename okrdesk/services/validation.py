"""Checks on what people type, before anything is written."""

from __future__ import annotations

import math
from datetime import date

from okrdesk.models.entities import CADENCES, CONFIDENCES, CYCLE_STATUSES
from okrdesk.models.errors import QT_TRANSLATE_NOOP, InvalidInput

MAX_TITLE = 300
MAX_UNIT = 40
MAX_TEXT = 20_000


def title(text: object, what: str) -> str:
    """A one-line title or name: trimmed, not blank, not absurdly long."""
    if not isinstance(text, str):
        raise InvalidInput(QT_TRANSLATE_NOOP("okrdesk.errors", "The {what} must be text."), what=what)
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidInput(QT_TRANSLATE_NOOP("okrdesk.errors", "The {what} cannot be empty."), what=what)
    if len(cleaned) > MAX_TITLE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("okrdesk.errors", "The {what} is {length} characters long; keep it under {limit}."),
            what=what,
            length=len(cleaned),
            limit=MAX_TITLE,
        )
    return cleaned


def text(value: object, what: str, limit: int = MAX_TEXT) -> str:
    """Free text (a note, a description): may be empty or span lines, but has a limit."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(QT_TRANSLATE_NOOP("okrdesk.errors", "The {what} must be text."), what=what)
    cleaned = value.replace("\r\n", "\n").replace("\x00", "").strip()
    if len(cleaned) > limit:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("okrdesk.errors", "The {what} is {length} characters long; keep it under {limit}."),
            what=what,
            length=len(cleaned),
            limit=limit,
        )
    return cleaned


def unit(value: object) -> str:
    """A unit such as 'min', '%' or 'tickets'."""
    if value is None:
        return ""
    cleaned = " ".join(str(value).split())
    if len(cleaned) > MAX_UNIT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("okrdesk.errors", "The unit is too long; keep it under {limit} characters."),
            limit=MAX_UNIT,
        )
    return cleaned


def number(value: object, what: str) -> float:
    """A finite number."""
    try:
        result = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("okrdesk.errors", "The {what} must be a number, not \u201c{value}\u201d."),
            what=what,
            value=value,
        ) from None
    if not math.isfinite(result) or abs(result) > 1e15:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("okrdesk.errors", "The {what} must be an ordinary number, not {value}."),
            what=what,
            value=value,
        )
    return result


def weight(value: object) -> float:
    """A key result's weight: a positive number."""
    result = number(value, "weight")
    if result <= 0 or result > 1000:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors", "A weight is a number above 0 (1 is normal, 2 counts double), not {value}."
            ),
            value=value,
        )
    return result


def dates(start: object, end: object) -> tuple[date, date]:
    """A cycle's dates: real dates, the end after the start."""
    if not isinstance(start, date) or not isinstance(end, date):
        raise InvalidInput(QT_TRANSLATE_NOOP("okrdesk.errors", "A cycle needs a start date and an end date."))
    if end <= start:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("okrdesk.errors", "The cycle ends on {end}, which is not after it starts ({start})."),
            start=start.isoformat(),
            end=end.isoformat(),
        )
    return start, end


def cadence(value: str) -> str:
    """How often the team checks in."""
    if value not in CADENCES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors",
                "Check-ins happen daily, weekly, biweekly or monthly, not \u201c{value}\u201d.",
            ),
            value=value,
        )
    return value


def cycle_status(value: str) -> str:
    """Planning, active or closed."""
    if value not in CYCLE_STATUSES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("okrdesk.errors", "A cycle is planning, active or closed, not \u201c{value}\u201d."),
            value=value,
        )
    return value


def confidence(value: str | None) -> str | None:
    """On track, at risk, off track, or not said."""
    if value in (None, ""):
        return None
    if value not in CONFIDENCES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "okrdesk.errors", "Confidence is on_track, at_risk or off_track, not \u201c{value}\u201d."
            ),
            value=value,
        )
    return value
