"""Data files shipped with okrdesk: icons, translations, desktop entry."""
