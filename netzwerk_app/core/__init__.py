"""Netzwerk's domain and persistence layer: models, database, due engine, queries, commands.

Never imports Qt.
"""
