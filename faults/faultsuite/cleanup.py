"""Undoes whatever the suite started (services, PostgreSQL servers, mounts, work trees), always: at the end of a
case, at exit, and on SIGINT/SIGTERM. Processes are ended by the ids the suite itself holds, never by name."""
import atexit
import os
import signal
import sys

_actions = []


def register(action, what, shared=False):
    """Adds an undo action (run last-in, first-out); returns a handle to run it early with `run_now`. A shared
    one (a PostgreSQL server several cases use) outlives the case that registered it."""
    entry = [action, what, False, shared]
    _actions.append(entry)
    return entry


def share(entry):
    entry[3] = True


def run_now(entry):
    if not entry[2]:
        entry[2] = True
        try:
            entry[0]()
        except Exception as error:  # a cleanup must never hide the case's own result
            print(f"     (cleaning up {entry[1]} failed: {error!r})", flush=True)


def run_all():
    while _actions:
        run_now(_actions.pop())


def end_of_case():
    """Undoes what the case started and did not end itself (it failed half-way), except what is shared."""
    for entry in reversed([e for e in _actions if not e[3]]):
        run_now(entry)
    _actions[:] = [e for e in _actions if not e[2]]


def _on_signal(number, frame):
    run_all()
    sys.exit(128 + number)


def install():
    atexit.register(run_all)
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGHUP, _on_signal)


def end_process(pid, grace_seconds=60):
    """SIGTERM, then SIGKILL after the grace period, for a process this suite started (by its id)."""
    import time
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace_seconds
    while time.monotonic() < deadline:
        if not alive(pid):
            return
        time.sleep(0.2)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[-1][:1] not in ("Z", "X")
    except OSError:
        return False
