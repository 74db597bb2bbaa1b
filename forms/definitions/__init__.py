"""Versioned questionnaire definition files (data): ``<form_id>-v<version>.yaml``."""
