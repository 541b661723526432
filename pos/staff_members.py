"""The staff as the screens show them: plain values read in one go, never live rows."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.models import Staff
from pos.staff import active_staff


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str
    language: str | None = None  # None: the shop's

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


def _member(staff: Staff) -> StaffMember:
    return StaffMember(staff.id, staff.name, staff.role, staff.language)


def staff_member(session: Session, staff_id: int) -> StaffMember:
    return _member(acting_staff(session, staff_id))


def active_members(session: Session) -> list[StaffMember]:
    """Who may log in, managers and clerks each in name order."""
    return [_member(staff) for staff in active_staff(session)]


def acting_staff(session: Session, staff_id: int | None) -> Staff | None:
    """The staff member a change is made as, in that change's own session."""
    return session.get(Staff, staff_id) if staff_id is not None else None
