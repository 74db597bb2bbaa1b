"""Use cases shared by the window and the ``edulab`` command. Only services open database sessions."""
