"""Concurrent clients recording single records, as staff at several desks would, and keeping an exact account.

Each writer records journeys of its own, record by record (referral, enrolment, two assessments, closure), and
sends a record again until the service acknowledges it (`201`, or `200` "duplicate" for one it had stored before
its answer was lost), as a careful client does. Every attempt is kept (status, time, whether it was a clear
problem+json with Retry-After), so a case can say what clients saw during a fault. A writer whose node stops
answering switches to the next node, as a load balancer would."""
import datetime
import threading
import time

RECORDS = ("referral", "enrolment", "assessment", "assessment", "closure")


class Attempt:
    __slots__ = ("writer", "journey_id", "record_id", "started", "seconds", "status", "problem", "retry_after",
                 "detail", "error", "target")

    def __init__(self, writer, journey_id, record_id, started, answer, target):
        self.writer, self.journey_id, self.record_id, self.target = writer, journey_id, record_id, target
        self.started, self.seconds, self.status = started, answer.seconds, answer.status
        self.problem, self.retry_after = answer.is_problem(), answer.header("Retry-After")
        self.detail, self.error = answer.detail(), answer.error

    def clear_unavailable(self):
        """A 503 problem+json with a Retry-After and a detail: the answer a client can act on."""
        return self.status == 503 and self.problem and bool(self.retry_after) and bool(self.detail)


def journey_records(initiative, number, today):
    """The five records of a journey, dated in the past year; `number` varies gender and scores."""
    day = lambda days_ago: (today - datetime.timedelta(days=days_ago)).isoformat()  # noqa: E731
    gender = ("WOMAN", "MAN", "NON_BINARY")[number % 3]
    return [
        {"type": "referral", "recordId": "r1", "date": day(90), "initiative": initiative,
         "referringParty": "SOCIAL_INSURANCE_AGENCY", "person": {"gender": gender, "birthYear": today.year - 40},
         "supportBefore": "SICKNESS_BENEFIT"},
        {"type": "enrolment", "recordId": "r2", "date": day(80)},
        {"type": "assessment", "recordId": "r3", "date": day(60), "instrument": "SELF_RATED_STEP",
         "score": number % 8},
        {"type": "assessment", "recordId": "r4", "date": day(40), "instrument": "SELF_RATED_STEP",
         "score": number % 8 + 1},
        {"type": "closure", "recordId": "r5", "date": day(30), "cause": "WORK", "supportAfter": "NO_PUBLIC_SUPPORT"},
    ]


class Writers:
    def __init__(self, targets, initiative, prefix, count=8, timeout=60.0):
        self.targets, self.initiative, self.prefix, self.count, self.timeout = targets, initiative, prefix, count, timeout
        self.today = datetime.date.today()
        self.attempts, self.acknowledged, self.refused = [], {}, []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = []
        self.deadline = None

    def start(self):
        for w in range(self.count):
            thread = threading.Thread(target=self._write, args=(w,), name=f"writer-{w}", daemon=True)
            self._threads.append(thread)
            thread.start()

    def stop(self, grace_seconds=120):
        """Asks every writer to stop after its current record is acknowledged (or the grace period ends)."""
        self.deadline = time.monotonic() + grace_seconds
        self._stop.set()
        for thread in self._threads:
            thread.join(grace_seconds + self.timeout + 5)

    def await_acknowledged(self, records, timeout=300):
        """Waits until `records` more records are acknowledged than now (at most `timeout` seconds)."""
        target = len(self.acknowledged) + records
        deadline = time.monotonic() + timeout
        while len(self.acknowledged) < target and time.monotonic() < deadline:
            time.sleep(0.05)

    def journeys(self):
        """journeyId → the records acknowledged, with the position each was answered with."""
        found = {}
        for (journey_id, record_id), position in self.acknowledged.items():
            found.setdefault(journey_id, {})[record_id] = position
        return found

    def sent_journeys(self):
        return sorted({a.journey_id for a in self.attempts})

    def unacknowledged(self):
        """Records sent at least once and never acknowledged (a writer stopped while the fault lasted)."""
        return sorted({(a.journey_id, a.record_id) for a in self.attempts} - set(self.acknowledged))

    def last_position(self):
        return max(self.acknowledged.values(), default=0)

    def counts(self):
        """How many records of each kind were acknowledged, for checking report figures."""
        counted = {"referral": 0, "enrolment": 0, "assessment": 0, "closure": 0}
        for (_, record_id) in self.acknowledged:
            counted[RECORDS[int(record_id[1:]) - 1]] += 1
        return counted

    def between(self, start, end):
        return [a for a in self.attempts if start <= a.started < end]

    def _write(self, w):
        target = w % len(self.targets)
        number = 0
        while not self._stop.is_set():
            journey_id = f"{self.prefix}-{w}-{number:05d}"
            for record in journey_records(self.initiative, number, self.today):
                target = self._until_acknowledged(w, journey_id, record, target)
                if target is None or self._stop.is_set():
                    return
            number += 1

    def _until_acknowledged(self, w, journey_id, record, target):
        """Sends one record until it is acknowledged; returns the target to use next, None to give up."""
        while True:
            client = self.targets[target]
            started = time.monotonic()
            answer = client.post(f"/api/v1/journeys/{journey_id}/records", record, timeout=self.timeout)
            attempt = Attempt(w, journey_id, record["recordId"], started, answer, target)
            with self._lock:
                self.attempts.append(attempt)
            if answer.status in (200, 201):
                with self._lock:
                    self.acknowledged[(journey_id, record["recordId"])] = answer.json["position"]
                return target
            if answer.status in (400, 403, 404, 422) or (answer.status == 409 and "same moment" not in
                                                           (answer.detail() or "")):
                with self._lock:
                    self.refused.append(attempt)
                return None
            if self.deadline is not None and time.monotonic() > self.deadline:
                return None
            if answer.status == 0 and len(self.targets) > 1:
                target = (target + 1) % len(self.targets)
            time.sleep(_pause(attempt.retry_after))


def _pause(retry_after):
    """Honours Retry-After up to a second, so the suite measures recovery to within a second."""
    try:
        return min(1.0, max(0.1, float(retry_after)))
    except (TypeError, ValueError):
        return 0.25
