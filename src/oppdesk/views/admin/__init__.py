"""The administration (settings) screens: one module per section, opened from SettingsWindow."""
