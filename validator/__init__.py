"""Pre-submission checker for immigration dossiers (IND, Belgian 9ter).

As a library: `validator.check(path, **options)` returns a `Report` (see validator/api.py).
"""

__version__ = "0.1.0"

from validator.api import check  # noqa: E402 - after __version__, which the modules it imports read
from validator.errors import ValidatorError  # noqa: E402
from validator.model import Finding, Report  # noqa: E402

__all__ = ["Finding", "Report", "ValidatorError", "__version__", "check"]
