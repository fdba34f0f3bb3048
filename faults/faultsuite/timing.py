"""Waiting for something to become true, with a bound: under faults nothing may wait forever."""
import time


def wait_until(predicate, timeout, interval=0.2):
    """Polls until predicate() is truthy; returns (its value, seconds waited), or (None, seconds waited)."""
    started = time.monotonic()
    while True:
        value = predicate()
        if value:
            return value, time.monotonic() - started
        if time.monotonic() - started >= timeout:
            return None, time.monotonic() - started
        time.sleep(interval)
