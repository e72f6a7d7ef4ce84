"""Pure normalizers: span text plus context -> value dict (ANNOTATION.md §3). No I/O, no clock."""
