"""Exception and warning hierarchy, and the one place messages are built."""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "EngineError",
    "IndexBusyError",
    "IndexDamagedError",
    "InputError",
    "LowConfidenceWarning",
    "NoArticlesError",
    "NotFittedError",
    "RenderError",
    "StorydiffError",
    "StorydiffWarning",
    "param_error",
]


class StorydiffError(Exception):
    """Base class of every error storydiff raises on purpose."""


class InputError(StorydiffError, ValueError):
    """The input itself is malformed: the message names the file, line or record."""


class NoArticlesError(InputError):
    """Nothing usable was read; ``problems`` holds what went wrong with each input."""

    def __init__(self, message: str, problems: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


class ConfigError(StorydiffError, ValueError):
    """A parameter has a value storydiff cannot use."""


class IndexBusyError(StorydiffError):
    """Another process holds the index's write lock for longer than we may wait."""


class EngineError(StorydiffError):
    """The engine cannot run the work: a Dask scheduler that cannot be reached."""


class IndexDamagedError(StorydiffError):
    """An index file is damaged: SQLite finds it malformed, or a stored text does not decode."""


class NotFittedError(StorydiffError, AttributeError):
    """An estimator was used before ``fit``."""


class RenderError(StorydiffError):
    """A result could not be rendered or written."""


class StorydiffWarning(UserWarning):
    """Base class of storydiff's warnings."""


class LowConfidenceWarning(StorydiffWarning):
    """A result was produced, but on thin evidence."""


def param_error(name: str, owner: str, expected: str, got: object) -> ConfigError:
    """Build the standard message for a bad parameter value.

    Examples
    --------
    >>> str(param_error("threshold", "StoryClusterer", "a float in [0, 1]", 1.5))
    "The 'threshold' parameter of StoryClusterer must be a float in [0, 1]. Got 1.5 instead."
    """
    return ConfigError(
        f"The {name!r} parameter of {owner} must be {expected}. Got {got!r} instead."
    )
