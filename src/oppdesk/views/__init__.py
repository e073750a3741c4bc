"""Widgets, dialogs and Qt item models. Data only through services and the runtime."""
