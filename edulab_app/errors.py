"""Errors a person can act on. Each carries a Polish message naming the problem and where it is.

The CLI maps them to exit code 2 (wrong usage or bad input); the GUI shows them in a dialog.
"""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """Bad input or an environment problem, explained in the message; nothing was changed."""

    exit_code = 2


class DataDirError(UserError):
    pass


class DatabaseError(UserError):
    pass


class DatabaseDamaged(DatabaseError):
    """The database file is not SQLite or is damaged. It is left untouched; a backup can be restored."""

    def __init__(self, path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(
            f"Plik bazy danych {path} jest uszkodzony albo nie jest bazą SQLite ({reason}). "
            "Plik pozostawiono bez zmian. Można przywrócić kopię zapasową: edulab restore PLIK "
            "albo w oknie programu: Plik → Przywróć z kopii zapasowej."
        )


class NetworkShareRefused(DatabaseError):
    pass


class AlreadyRunning(UserError):
    pass


class NotFound(UserError):
    pass


@dataclass(frozen=True)
class FieldError:
    """A validation problem in one named field (the UI focuses that field)."""

    field: str
    message: str


class ValidationFailed(UserError):
    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("\n".join(e.message for e in self.errors))
