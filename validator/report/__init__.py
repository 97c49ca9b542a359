"""Renderings of one Report object; reporters never read files or run OCR."""
