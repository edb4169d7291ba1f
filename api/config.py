"""API settings: the project's one Settings object, exposed for dependency injection."""

from ruralkg.settings import Settings, get_settings

__all__ = ["Settings", "get_settings"]
