"""Renderers: results -> text, no logic of their own."""
