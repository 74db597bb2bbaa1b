"""Turning domain objects into files and back: PDF, XLSX, the .edulab exchange package.

Pure Python: never imports Qt, SQLAlchemy or edulab_app (DESIGN.md section 1).
"""
