"""The Qt user interface. Views only: every change goes through edulab_app.services."""
