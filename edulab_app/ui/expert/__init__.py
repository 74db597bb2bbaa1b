"""The EDUlab expert's workspace: received school packages, the review of one school, the region."""

from edulab_app.ui.expert.workspace import ExpertWorkspace

__all__ = ["ExpertWorkspace"]
