"""School profiles: list, read, create, update."""

from __future__ import annotations

from sqlalchemy import select

from edulab_app.errors import FieldError, NotFound, ValidationFailed
from edulab_app.school_profile import SchoolProfile, validate_profile
from edulab_app.storage.db import Database
from edulab_app.storage.models import School

_PROFILE_FIELDS = SchoolProfile.field_names()


def _to_profile(row: School) -> SchoolProfile:
    return SchoolProfile(**{name: getattr(row, name) for name in _PROFILE_FIELDS})


def list_schools(db: Database) -> list[SchoolProfile]:
    with db.session() as s:
        return [_to_profile(r) for r in s.scalars(select(School).order_by(School.name))]


def get_school(db: Database, rspo: str) -> SchoolProfile:
    with db.session() as s:
        row = s.scalar(select(School).where(School.rspo == rspo))
        if row is None:
            raise NotFound(f"Nie ma szkoły o numerze RSPO {rspo}. Listę szkół pokazuje: edulab school list")
        return _to_profile(row)


def school_id(session, rspo: str) -> int:
    """Primary key of the school with ``rspo`` inside an open session (for other services)."""
    sid = session.scalar(select(School.id).where(School.rspo == rspo))
    if sid is None:
        raise NotFound(f"Nie ma szkoły o numerze RSPO {rspo}. Listę szkół pokazuje: edulab school list")
    return sid


def _checked(profile: SchoolProfile) -> SchoolProfile:
    profile = profile.normalized()
    errors = validate_profile(profile)
    if errors:
        raise ValidationFailed(errors)
    return profile


def create_school(db: Database, profile: SchoolProfile) -> SchoolProfile:
    profile = _checked(profile)
    with db.session() as s:
        if s.scalar(select(School.id).where(School.rspo == profile.rspo)) is not None:
            raise ValidationFailed([FieldError("rspo", f"„Numer RSPO”: szkoła {profile.rspo} już jest w programie.")])
        s.add(School(**profile.to_dict()))
    return profile


def update_school(db: Database, rspo: str, profile: SchoolProfile) -> SchoolProfile:
    profile = _checked(profile)
    with db.session() as s:
        row = s.scalar(select(School).where(School.rspo == rspo))
        if row is None:
            raise NotFound(f"Nie ma szkoły o numerze RSPO {rspo}.")
        if profile.rspo != rspo and s.scalar(select(School.id).where(School.rspo == profile.rspo)) is not None:
            raise ValidationFailed([FieldError("rspo", f"„Numer RSPO”: szkoła {profile.rspo} już jest w programie.")])
        for name, value in profile.to_dict().items():
            setattr(row, name, value)
    return profile
