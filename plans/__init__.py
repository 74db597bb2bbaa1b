"""The multi-year action plan: catalogue, generator, calendar, schedule, staff, costs, rule checks, tracking.

Pure Python: never imports Qt, SQLAlchemy or edulab_app (DESIGN.md section 1).
"""
