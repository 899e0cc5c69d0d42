"""Typed errors a team lead can act on; each carries a translatable message."""

from __future__ import annotations

from typing import Any

ERRORS_CONTEXT = "okrdesk.errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark *text* for translation without importing Qt; returns it unchanged."""
    return text


class OkrdeskError(Exception):
    """An error the user can act on.

    ``template`` is the English message with ``{name}`` placeholders; the UI
    translates it (context ``okrdesk.errors``) and fills in ``params``.
    """

    template = QT_TRANSLATE_NOOP("okrdesk.errors", "Something went wrong.")
    # Parameters whose values are themselves marked for translation (a field's name).
    translated_params: tuple[str, ...] = ("what",)

    def __init__(self, template: str | None = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The message in English, placeholders filled in."""
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.message


class WorkspaceError(OkrdeskError):
    """The workspace file cannot be used as asked; it was left as it was."""


class WorkspaceNotFound(WorkspaceError):
    """There is no file at the given path."""


class WorkspaceExists(WorkspaceError):
    """A new workspace would overwrite an existing file."""


class NotAWorkspace(WorkspaceError):
    """The file is not an okrdesk workspace (folder, empty, garbage, another app's database)."""


class DamagedWorkspace(WorkspaceError):
    """The file is an okrdesk workspace (or looks like one) but is damaged."""


class NewerWorkspace(WorkspaceError):
    """The file was written by a newer okrdesk."""


class ReadOnlyWorkspace(WorkspaceError):
    """The workspace was opened read-only and cannot be changed."""


class WorkspaceBusy(WorkspaceError):
    """Someone else kept the file locked for too long."""


class InvalidInput(OkrdeskError):
    """A value the user entered cannot be stored."""


class NotFound(OkrdeskError):
    """The thing asked for does not exist (any more)."""


class AmbiguousName(OkrdeskError):
    """A name matches more than one thing; ``candidates`` lists them."""

    def __init__(self, template: str, candidates: list[str], **params: Any) -> None:
        self.candidates = candidates
        super().__init__(template, candidates="; ".join(candidates), **params)


class Conflict(OkrdeskError):
    """Someone else changed a row since it was loaded; ``theirs`` holds their version."""

    def __init__(self, template: str, theirs: Any = None, mine: Any = None, **params: Any) -> None:
        self.theirs = theirs
        self.mine = mine
        super().__init__(template, **params)
