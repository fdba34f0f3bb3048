"""Case 4: two nodes on one database, one killed (`kill -9`) while both take writes.

Eight writers post single records, half to each node; when a node stops answering, its writers go to the other
(as a load balancer would). The survivor must take over the dead node's segments of the read model (and say so:
in its log and in `GET /api/v1/admin/read-models`, defect 13), and every acknowledged record, whichever node
acknowledged it, must be stored and counted in the survivor's reports."""
import datetime
import os
import re
import threading
import time

from .. import probes, reports, stored
from ..data import create_initiatives
from ..outcome import count, seconds
from ..service import Service
from ..writers import Writers

NUMBER, TITLE = 4, "two nodes, one killed during writes"
INITIATIVE = {"code": "faults-nodes", "name": "Felfall: en nod dör", "association": "faults-nodes"}
NODES = ("faults-node-a", "faults-node-b")
TAKEOVER_WITHIN = 30.0


def run(env, outcome):
    sizes = env.sizes
    folder = env.folder("case-4")
    database = env.cluster().create_database("journey_nodes")
    a = Service(env.jar, folder, NODES[0], database=database, master_key_file=env.master_key(),
                env={"JOURNEY_NODE_NAME": NODES[0]})
    b = Service(env.jar, folder, NODES[1], database=database, master_key_file=env.master_key(),
                env={"JOURNEY_NODE_NAME": NODES[1]}, password=a.password)
    a.start()
    b.start()
    create_initiatives(a.client, [INITIATIVE])
    owners = probes.segment_owners(probes.read_model(b.client))
    outcome.check("GET /api/v1/admin/read-models lists the owner of each segment", owners is not None,
                  f"answer: {probes.read_model(b.client)}", defect=13)
    writers = Writers([a.client, b.client], INITIATIVE["code"], "nodes", count=sizes.writers)
    writers.start()
    each = await_writes_on_both(writers, sizes.nodes_before)
    outcome.note(f"the kill comes after {each[0]} records acknowledged by {NODES[0]} and {each[1]} by {NODES[1]}")
    log_before = os.path.getsize(b.log_path)
    position_at_kill = writers.last_position()
    killed = time.monotonic()
    a.kill()
    takeover = Background(lambda: await_takeover(b, NODES[1], TAKEOVER_WITHIN)) if owners is not None else None
    caught_up = await_report(b, writers, position_at_kill) - killed
    time.sleep(max(0.0, sizes.nodes_after - (time.monotonic() - killed)))
    writers.stop()
    chain_watch = probes.ChainWatch(b.client, sizes.chain_seconds)

    if takeover is not None:
        taken = takeover.result()
        outcome.check(f"the survivor owns every segment within {TAKEOVER_WITHIN:.0f} s of the kill",
                      taken is not None, f"owners now: {probes.segment_owners(probes.read_model(b.client))}",
                      defect=13)
        if taken is not None:
            outcome.figure("kill → survivor owns every segment (s)", seconds(taken))
    with open(b.log_path, encoding="utf-8", errors="replace") as log:
        log.seek(log_before)
        claims = [line.strip() for line in log if re.search(r"(?i)claim", line) and re.search(r"(?i)segment", line)]
    outcome.check("the survivor logged its claim of the dead node's segments", claims,
                  "no log line about claiming segments after the kill", defect=13)
    outcome.figure("kill → survivor's reports include every record acknowledged before it (s)", seconds(caught_up))

    holding = stored.fetch(b.client, writers.sent_journeys())
    stored_ids = {(j, r["recordId"]) for j, records in holding.items() for r in records}
    missing = sorted(set(writers.acknowledged) - stored_ids)
    outcome.check(f"every acknowledged record is stored: {count(len(writers.acknowledged))} acknowledged, "
                  f"{count(len(writers.acknowledged) - len(missing))} of them found", not missing,
                  f"missing: {missing[:5]}")
    from_a = sum(1 for a_ in writers.attempts if a_.target == 0 and a_.status in (200, 201))
    outcome.figure("records acknowledged by the killed node", count(from_a))
    counted, wanted = counted_in_report(b, writers, holding)
    outcome.check(f"the survivor's report counts every stored record: {wanted}", counted == wanted,
                  f"report says {counted}")
    covered, waited, chain = chain_watch.covered(len(stored_ids))
    outcome.check(f"the hash chain is valid and links all {count(len(stored_ids))} stored events within "
                  f"{sizes.chain_seconds} s of the last write", covered, f"after {seconds(waited)} s: {chain}",
                  defect=9)
    outcome.figure("records acknowledged", count(len(writers.acknowledged)))
    outcome.figure("records stored", count(len(stored_ids)))
    b.finish()
    a.finish()


def await_takeover(service, node, timeout):
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        owners = probes.segment_owners(probes.read_model(service.client)) or {}
        if owners and all(owner == node for owner in owners.values()):
            return time.monotonic() - started
        time.sleep(0.25)
    return None


def await_writes_on_both(writers, at_least):
    """Waits (at most two minutes) until each node has acknowledged `at_least` records; answers both counts."""
    deadline = time.monotonic() + 120
    while True:
        each = [sum(1 for a in list(writers.attempts) if a.target == n and a.status in (200, 201)) for n in (0, 1)]
        if min(each) >= at_least or time.monotonic() > deadline:
            return each
        time.sleep(0.1)


def await_report(service, writers, position):
    """The moment the survivor's report first includes `position` (its minPosition wait, asked again on 503)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        answer = service.client.get("/api/v1/reports/participants", params=dict(period(writers),
                                    minPosition=str(position)), timeout=60)
        if answer.status == 200:
            return time.monotonic()
    return time.monotonic()


class Background:
    """A function run in a thread of its own, whose result is read later."""

    def __init__(self, function):
        self._value = None
        self._thread = threading.Thread(target=lambda: setattr(self, "_value", function()), daemon=True)
        self._thread.start()

    def result(self):
        self._thread.join()
        return self._value


def period(writers):
    today = writers.today
    return {"initiative": INITIATIVE["code"], "from": (today - datetime.timedelta(days=365)).isoformat(),
            "to": today.isoformat()}


def counted_in_report(service, writers, holding):
    """The survivor's report over the writers' period, once it includes the last acknowledged record, against
    the figures the stored records must give (referrals, enrolments, assessments, closures)."""
    answer = reports.ask(service.client, period(writers), writers.last_position())
    kinds = {"r1": 0, "r2": 0, "r3": 0, "r4": 0, "r5": 0}
    for records in holding.values():
        for record in records:
            kinds[record["recordId"]] += 1
    wanted = {"referrals.received": kinds["r1"], "participants.new": kinds["r2"],
              "assessments": kinds["r3"] + kinds["r4"], "closures.total": kinds["r5"]}
    counted = {"referrals.received": answer["referrals"]["received"], "participants.new": answer["participants"]["new"],
               "assessments": answer["assessments"]["byInstrument"]["SELF_RATED_STEP"]["count"],
               "closures.total": answer["closures"]["total"]}
    return counted, wanted
