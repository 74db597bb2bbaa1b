"""Roles, their Polish names, and the permission table (data, not scattered ``if role == …``)."""

from __future__ import annotations

from enum import Enum
from typing import Protocol

from edulab_app.security.errors import PermissionDenied, SessionLocked


class Role(str, Enum):
    DIRECTOR = "director"
    COORDINATOR = "coordinator"
    TEACHER = "teacher"
    CLINIC_SPECIALIST = "clinic_specialist"
    EDULAB_EXPERT = "edulab_expert"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.DIRECTOR: "Dyrektor",
    Role.COORDINATOR: "Koordynator",
    Role.TEACHER: "Nauczyciel",
    Role.CLINIC_SPECIALIST: "Specjalista poradni",
    Role.EDULAB_EXPERT: "Ekspert EDUlab",
}


class Permission(str, Enum):
    READ_PUPILS = "read_pupils"
    CHANGE_PUPILS = "change_pupils"
    RECORD_SUPPORT = "record_support"
    READ_CLINIC = "read_clinic"
    CHANGE_CLINIC = "change_clinic"
    VIEW_AUDIT = "view_audit"
    MANAGE_ACCOUNTS = "manage_accounts"
    ERASE_PUPIL = "erase_pupil"
    EXPORT_PUPIL_DATA = "export_pupil_data"
    EXPORT_AGGREGATES = "export_aggregates"
    EXPERT_WORKSPACE = "expert_workspace"

    @property
    def label(self) -> str:
        return PERMISSION_LABELS[self]


PERMISSION_LABELS = {
    Permission.READ_PUPILS: "przeglądanie danych uczniów",
    Permission.CHANGE_PUPILS: "dodawanie i zmiana danych uczniów",
    Permission.RECORD_SUPPORT: "zapisywanie wsparcia i postępów uczniów",
    Permission.READ_CLINIC: "odczyt opinii i orzeczeń poradni",
    Permission.CHANGE_CLINIC: "dodawanie i zmiana opinii i orzeczeń poradni",
    Permission.VIEW_AUDIT: "przeglądanie dziennika dostępu",
    Permission.MANAGE_ACCOUNTS: "zarządzanie kontami użytkowników",
    Permission.ERASE_PUPIL: "usunięcie wszystkich danych ucznia",
    Permission.EXPORT_PUPIL_DATA: "wydanie wszystkich danych ucznia (wniosek o dostęp)",
    Permission.EXPORT_AGGREGATES: "eksport zbiorczych danych dla EDUlab",
    Permission.EXPERT_WORKSPACE: "praca w module eksperta EDUlab",
}

_D, _C, _T, _S, _E = Role.DIRECTOR, Role.COORDINATOR, Role.TEACHER, Role.CLINIC_SPECIALIST, Role.EDULAB_EXPERT

#: Who may do what. The EDUlab expert sees no pupil-level data at all; clinic assessments (health data,
#: GDPR art. 9) are open to the director, the coordinator and clinic specialists only.
PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.READ_PUPILS: frozenset({_D, _C, _T, _S}),
    Permission.CHANGE_PUPILS: frozenset({_D, _C}),
    Permission.RECORD_SUPPORT: frozenset({_D, _C, _T}),
    Permission.READ_CLINIC: frozenset({_D, _C, _S}),
    Permission.CHANGE_CLINIC: frozenset({_D, _C, _S}),
    Permission.VIEW_AUDIT: frozenset({_D}),
    Permission.MANAGE_ACCOUNTS: frozenset({_D}),
    Permission.ERASE_PUPIL: frozenset({_D}),
    Permission.EXPORT_PUPIL_DATA: frozenset({_D}),
    Permission.EXPORT_AGGREGATES: frozenset({_D, _C}),
    Permission.EXPERT_WORKSPACE: frozenset({_E}),
}


def as_role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError:
        known = ", ".join(f"{r.value} ({r.label})" for r in Role)
        raise PermissionDenied(f"Nieznana rola {str(value)[:40]!r}. Dostępne role: {known}.") from None


def can(role: str | Role, permission: Permission) -> bool:
    try:
        return Role(role) in PERMISSIONS[permission]
    except ValueError:
        return False


def permissions_of(role: str | Role) -> frozenset[Permission]:
    return frozenset(p for p in Permission if can(role, p))


class HasRole(Protocol):
    role: Role

    @property
    def is_locked(self) -> bool: ...


def require(session: HasRole | None, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` (or :class:`SessionLocked`) unless the session may do ``permission``."""
    if session is None:
        raise PermissionDenied(f"Ta czynność ({permission.label}) wymaga zalogowania.")
    lock_if_idle = getattr(session, "lock_if_idle", None)
    if session.is_locked or (lock_if_idle is not None and lock_if_idle()):
        raise SessionLocked()
    if not can(session.role, permission):
        allowed = ", ".join(r.label for r in Role if r in PERMISSIONS[permission])
        raise PermissionDenied(
            f"Rola „{as_role(session.role).label}” nie pozwala na: {permission.label}. "
            f"Mogą to zrobić: {allowed}."
        )
