"""Qt runtime: the database thread (DbRunner), task helpers and the error hook."""
