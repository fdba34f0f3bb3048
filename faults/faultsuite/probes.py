"""Questions the cases ask a service about itself: the store's head and the read model
(`GET /api/v1/admin/read-models`), and the hash chain (`GET /api/v1/audit/verify`)."""
import threading
import time

from .outcome import Aborted


def read_model(client):
    answer = client.get("/api/v1/admin/read-models", timeout=30)
    if answer.status != 200:
        raise Aborted(f"GET /api/v1/admin/read-models: {answer.describe()}")
    return next(m for m in answer.json if m.get("name") == "journey-facts")


def head(client):
    return read_model(client)["head"]


def chain_covers(client, events, timeout):
    """Waits until the chain is valid and links exactly `events` events; returns (ok, seconds, last answer)."""
    started = time.monotonic()
    last = None
    while True:
        answer = client.get("/api/v1/audit/verify", timeout=120)
        last = answer.json if answer.status == 200 else {"status": answer.status, "detail": answer.describe()}
        if answer.status == 200 and last.get("valid") and last.get("events") == events:
            return True, time.monotonic() - started, last
        if answer.status == 200 and not last.get("valid"):
            return False, time.monotonic() - started, last
        if time.monotonic() - started > timeout:
            return False, time.monotonic() - started, last
        time.sleep(1)


class ChainWatch:
    """Asks `audit/verify` every two seconds for `seconds` from now, in the background, so that a case can read
    the stored events back first and still judge the chain at the moment the writing ended."""

    def __init__(self, client, seconds):
        self.samples = []
        self._started = time.monotonic()
        self._deadline = self._started + seconds
        self._thread = threading.Thread(target=self._watch, args=(client,), name="chain watch", daemon=True)
        self._thread.start()

    def _watch(self, client):
        while time.monotonic() < self._deadline:
            asked = time.monotonic()
            answer = client.get("/api/v1/audit/verify", timeout=120)
            if answer.status == 200:
                # when it was asked: a verification slowed by a loaded machine is not the chain's lag
                self.samples.append((asked - self._started, answer.json))
            time.sleep(max(0.0, 2.0 - (time.monotonic() - asked)))

    def covered(self, events):
        """(whether the chain was valid over exactly `events` events within the time, after how many seconds,
        the last answer)."""
        self._thread.join()
        for after, answer in self.samples:
            if answer.get("valid") and answer.get("events") == events:
                return True, after, answer
        return False, self.samples[-1][0] if self.samples else 0.0, self.samples[-1][1] if self.samples else None


def segment_owners(model):
    """segment → owner as `GET /api/v1/admin/read-models` lists them (defect 13), or None where it does not.

    The answer's shape is the read-model branch's to choose; any list of objects naming a segment and an owner
    is taken, so the case checks the substance (who owns what), not the field names."""
    for value in model.values():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            segment_key = next((k for k in value[0] if "segment" in k.lower()), None)
            owner_key = next((k for k in value[0] if "owner" in k.lower() or k.lower() == "node"), None)
            if segment_key and owner_key:
                return {v.get(segment_key): v.get(owner_key) for v in value}
    return None
