"""Fuzzing every reader of the validator: PDF, image, zip and dossier.yaml (see README, "Fuzzing")."""
