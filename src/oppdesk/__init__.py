"""oppdesk — a desktop CRM for sales opportunities."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("oppdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
