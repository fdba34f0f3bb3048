"""The fault suite: proves that nothing the service acknowledged is lost under faults.

It drives the real service jar as separate OS processes over real HTTP (so `kill -9` is real), against the
embedded PostgreSQL or against Debian's PostgreSQL 15 that it starts itself, and asserts exact counts. See
docs/reliability.md for what each case does and `faults/run --help` for how to run it.
"""
