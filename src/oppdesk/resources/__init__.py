"""Package data: icons, translations and document templates (read with importlib.resources)."""
