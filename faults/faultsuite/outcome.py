"""What a case found: named checks (each passed, failed or skipped, and the defect of issue 14 it depends on, if
any) and its figures (records acknowledged and stored, recovery times), printed as they happen."""
import sys
import time


class Skipped(Exception):
    """The case cannot run here (e.g. mounting a tmpfs is refused): reported as skipped, never as passed."""


class Aborted(Exception):
    """The case cannot go on (the service did not start, a set-up request failed): the rest is not checked."""


class Check:
    def __init__(self, case, name, ok, detail, defect):
        self.case, self.name, self.ok, self.detail, self.defect = case, name, ok, detail, defect

    def label(self):
        defect = f" [defect {self.defect}]" if self.defect else ""
        return f"case {self.case}{defect}: {self.name}"


class CaseOutcome:
    def __init__(self, number, title):
        self.number, self.title = number, title
        self.checks, self.figures, self.skipped = [], {}, None
        self.started = time.monotonic()
        self.seconds = None

    def check(self, name, ok, detail="", defect=None):
        """Records one check; `defect` names the defect of issue 14 whose fix it depends on."""
        check = Check(self.number, name, bool(ok), detail, defect)
        self.checks.append(check)
        say(f"{'PASS' if check.ok else 'FAIL'} {check.label()}"
            + (f"\n       {detail}" if detail and not check.ok else ""))
        return check.ok

    def figure(self, key, value):
        """A figure for docs/reliability.md's tables, e.g. 'acknowledged' or 'recovery after kill 1 (s)'."""
        self.figures[key] = value
        say(f"     {key}: {value}")

    def note(self, text):
        say(f"     {text}")

    def failed(self):
        return [c for c in self.checks if not c.ok]


def say(text):
    print(text, flush=True)
    sys.stdout.flush()


def seconds(value):
    return f"{value:.1f}"


def count(value):
    return f"{value:,}"
