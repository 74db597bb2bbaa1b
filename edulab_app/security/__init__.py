"""Accounts, roles, encryption at rest, pseudonyms and the audit log (DESIGN.md section 5).

Pure modules (no Qt, no SQLAlchemy): ``passwords``, ``keys``, ``crypto``, ``files``, ``pseudonym``, ``roles``,
``session``, ``cli_auth``, ``errors``. Services that use the database: ``accounts`` and ``audit``
(tables in ``edulab_app.storage.security_models``). Nothing here imports Qt; idle detection belongs to the
window, which calls ``Session.touch()`` and ``Session.lock_if_idle()``.
"""
