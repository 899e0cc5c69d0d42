"""okrdesk: a desktop OKR tool for team leads, keeping everything in one SQLite file."""

__version__ = "0.1.0"
