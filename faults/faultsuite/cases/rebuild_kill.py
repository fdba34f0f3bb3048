"""Case 2: `kill -9` during a rebuild of the read model (`POST /api/v1/admin/read-models/journey-facts/rebuild`).

The rebuild writes a new table beside the live one and switches in one transaction, so a kill at any moment must
leave the reports right; after the restart a rebuild must run again to its end, with the reports still right. It
runs on case 1's service when case 1 ran (its reports are compared with the clean import's), else on a service of
its own (compared with its own reports before the kill)."""
import os
import time

from .. import data, probes, reports
from ..outcome import Aborted, count, seconds
from ..service import Service

NUMBER, TITLE = 2, "kill -9 during a read-model rebuild"
REBUILD = "/api/v1/admin/read-models/journey-facts/rebuild"
TRIES = 5


def run(env, outcome):
    service, import_file, expected, asked = env.imported or imported_service(env)
    env.imported = None
    head = probes.head(service.client)
    outcome.note(f"{count(head)} events in the store, {len(asked)} reports compared")
    for n, phase in enumerate(env.sizes.rebuild_kills, start=1):
        landed = kill_during_rebuild(service, phase, outcome)
        if landed is None:
            continue
        restart = service.start()
        outcome.figure(f"kill {n} ({landed}): restart until UP (s)", seconds(restart))
        differences = reports.differences(expected, reports.ask_all(service.client, asked, head))
        outcome.check(f"after kill {n}, {landed}, all {len(asked)} reports are still right", not differences,
                      "; ".join(differences[:3]))
        state = probes.read_model(service.client)["rebuild"]["state"]
        outcome.check(f"after kill {n} no rebuild is left half-running (state {state})", state != "RUNNING")
    started = time.monotonic()
    answer = service.client.post(REBUILD, timeout=60)
    outcome.check("a rebuild can be started again after the kill (202)", answer.status == 202, answer.describe())
    progress = await_end(service, timeout=900)
    outcome.check(f"the rebuild runs to its end: {progress.get('state')}, {count(progress.get('eventsDone', 0))} "
                  f"of {count(progress.get('eventsTotal', 0))} events", progress.get("state") == "DONE"
                  and progress.get("eventsDone") == progress.get("eventsTotal"), progress.get("problem") or "")
    outcome.figure("rebuild after the kills, to its end (s)", seconds(time.monotonic() - started))
    differences = reports.differences(expected, reports.ask_all(service.client, asked, head))
    outcome.check(f"after the rebuild all {len(asked)} reports are still right", not differences,
                  "; ".join(differences[:3]))
    service.finish()


def imported_service(env):
    folder = env.folder("case-2")
    import_file = data.generate(env.jar, folder, "import", env.sizes.import_options)
    service = Service(env.jar, folder, "service", data_dir=os.path.join(folder, "data"))
    service.start()
    data.create_initiatives(service.client, import_file.initiatives)
    answer = data.send(service.client, import_file)
    if answer.status != 200:
        raise Aborted(f"importing the file: {answer.describe()}")
    asked = reports.for_file(import_file)
    return service, import_file, reports.ask_all(service.client, asked, answer.json["position"]), asked


def kill_during_rebuild(service, phase, outcome):
    """Starts a rebuild and kills the service while it folds ("fold") or once every event is folded and the
    switch is under way ("switch"). Returns where the kill landed, or None when the rebuild always ended first."""
    for attempt in range(1, TRIES + 1):
        answer = service.client.post(REBUILD, timeout=60)
        if answer.status != 202:
            raise Aborted(f"starting a rebuild: {answer.describe()}")
        while True:
            progress = probes.read_model(service.client)["rebuild"]
            done, total = progress["eventsDone"], progress["eventsTotal"]
            if progress["state"] != "RUNNING":
                break
            folding = total > 0 and done < total
            if (phase == "fold" and folding) or (phase == "switch" and total > 0 and done >= total):
                service.kill()
                return (f"while folding ({count(done)} of {count(total)} events)" if phase == "fold"
                        else "after the fold, in the switch")
            time.sleep(0.005)
        outcome.note(f"the rebuild ended ({progress['state']}) before the kill could land in its {phase}; "
                     f"try {attempt} of {TRIES}")
    outcome.note(f"no kill landed in the rebuild's {phase} in {TRIES} tries; that point is not checked")
    return None


def await_end(service, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        progress = probes.read_model(service.client)["rebuild"]
        if progress["state"] in ("DONE", "FAILED"):
            return progress
        time.sleep(0.5)
    return {"state": "still running after the timeout"}
