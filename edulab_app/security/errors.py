"""Security errors, each a :class:`~edulab_app.errors.UserError` with a Polish message a person can act on.

None of the messages contains a password, a key, a file's content or a pupil's name.
"""

from __future__ import annotations

from edulab_app.errors import UserError


class SecurityError(UserError):
    pass


class AuthenticationFailed(SecurityError):
    """Wrong user name or password (deliberately the same message for both)."""

    def __init__(self, message: str = "Nieprawidłowa nazwa użytkownika lub hasło."):
        super().__init__(message)


class AccountLocked(AuthenticationFailed):
    pass


class PermissionDenied(SecurityError):
    pass


class SessionLocked(SecurityError):
    def __init__(self, message: str = "Sesja została zablokowana (wylogowanie lub brak aktywności). "
                                      "Zaloguj się ponownie swoim hasłem."):
        super().__init__(message)


class DecryptionFailed(SecurityError):
    """Ciphertext that fails authentication: changed, damaged, or encrypted with another key."""


class KeyringError(SecurityError):
    """The keyring is missing or does not match the accounts (a damaged or mixed-up database)."""


class CredentialsError(SecurityError):
    """The command line could not obtain a user name and password safely."""
