"""Watched-folder mode: every dossier dropped into an inbox is checked once, and its report lands in an outbox.

`inbox` says what a dossier is and when it is ready (`pdfend`: whether a PDF
was written to its end), `ledger` remembers what was done (SQLite), `outbox`
publishes a folder of reports whole, so that neither a reader nor a crash
meets half of one, `outage` paces the retries while the outbox cannot be
written, `events` notices changes, `service` runs it all.
"""
