"""The needs-and-resources diagnosis questionnaire: definitions, parsing, validation, scoring, priorities.

Pure Python: never imports Qt, SQLAlchemy or edulab_app (DESIGN.md section 1).
"""
