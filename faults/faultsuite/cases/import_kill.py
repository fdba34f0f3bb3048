"""Case 1: `kill -9` of the service during a large import, at several points.

After each restart the service must hold the file's first N lines, N a whole number of chunks (a chunk is one
transaction: stored wholly or not at all), each journey exactly its first lines in file order. Sending the file
again must complete it exactly once (accepted + duplicates = lines), and every report must equal the report of a
clean import of the same file into a fresh service."""
import os
import threading
import time

from .. import data, probes, reports, stored
from ..outcome import Aborted, count, seconds
from ..service import Service

NUMBER, TITLE = 1, "kill -9 during a large import"


def run(env, outcome):
    sizes = env.sizes
    folder = env.folder("case-1")
    import_file = data.generate(env.jar, folder, "import", sizes.import_options)
    chunk = sizes.import_chunk
    outcome.note(f"{count(len(import_file))} lines ({import_file.size_mb():.1f} MB) of "
                 f"{count(len(import_file.journeys))} journeys, chunks of {count(chunk)} lines, kills at "
                 + ", ".join(f"{f:.0%}" for f in sizes.import_kills))
    asked = reports.for_file(import_file)
    expected = clean_import(env, folder, import_file, asked, chunk, outcome)

    victim = Service(env.jar, folder, "victim", data_dir=os.path.join(folder, "victim-data"),
                     env={"JOURNEY_IMPORT_CHUNK_SIZE": str(chunk)})
    victim.start()
    data.create_initiatives(victim.client, import_file.initiatives)
    stored_lines = 0
    for n, fraction in enumerate(sizes.import_kills, start=1):
        stored_lines = kill_during_import(victim, import_file, n, fraction, stored_lines, sizes, outcome)
        if stored_lines is None:
            return

    answer = data.send(victim.client, import_file)
    chain_watch = probes.ChainWatch(victim.client, sizes.chain_seconds)
    result = answer.json or {}
    outcome.check(f"sending the file again completes it exactly once: accepted {count(result.get('accepted', 0))}"
                  f" + duplicates {count(result.get('duplicates', 0))} = {count(len(import_file))} lines",
                  answer.status == 200 and result.get("rejected") == 0
                  and result.get("duplicates") == stored_lines
                  and result["accepted"] + result["duplicates"] == len(import_file),
                  "" if answer.status == 200 else answer.describe())
    if answer.status != 200:
        return
    holding = stored.fetch(victim.client, import_file.journeys)
    numbers, problems = stored.lines_stored(import_file, holding)
    problems += [f"{j}: {r} stored twice" for j, r in stored.twice(holding)]
    outcome.check(f"every line is stored exactly once: {count(len(numbers))} of {count(len(import_file))}",
                  len(numbers) == len(import_file) and not problems, "; ".join(problems[:3]))
    differences = reports.differences(expected, reports.ask_all(victim.client, asked, result["position"]))
    outcome.check(f"all {len(asked)} reports equal those of a clean import of the same file", not differences,
                  "; ".join(differences[:3]))
    covered, waited, chain = chain_watch.covered(len(import_file))
    outcome.check(f"the hash chain is valid and links all {count(len(import_file))} events within "
                  f"{sizes.chain_seconds} s of the last import", covered, f"after {seconds(waited)} s: {chain}",
                  defect=9)
    outcome.figure("lines acknowledged (final answer)", count(result["accepted"] + result["duplicates"]))
    outcome.figure("lines stored", count(len(numbers)))
    victim.hand_over()
    env.imported = (victim, import_file, expected, asked)


def clean_import(env, folder, import_file, asked, chunk, outcome):
    """The reference: the same file imported at once into a fresh service; its reports are the right ones. Right
    after that import, while the read model is still catching up, as-of reports must already be exact."""
    reference = Service(env.jar, folder, "reference", data_dir=os.path.join(folder, "reference-data"),
                        env=dict(env.sizes.reference_processor, JOURNEY_IMPORT_CHUNK_SIZE=str(chunk)))
    reference.start()
    data.create_initiatives(reference.client, import_file.initiatives)
    answer = data.send(reference.client, import_file)
    if answer.status != 200 or answer.json["accepted"] != len(import_file):
        raise Aborted(f"the clean import was not accepted whole: {answer.describe()}")
    lag = probes.read_model(reference.client)["lag"]
    as_of = as_of_at_once(reference, asked, answer.json)
    expected = reports.ask_all(reference.client, asked, answer.json["position"])
    check_as_of(reference, expected, as_of, answer.json, lag, outcome)
    reference.finish()
    return expected


def victim_reads_all(import_file, sizes):
    return len(import_file.journeys) <= sizes.read_every_journey_up_to


def kill_during_import(victim, import_file, n, fraction, stored_before, sizes, outcome):
    """Sends the file, kills the service once about `fraction` of it is stored, restarts it and checks what
    it holds. Returns the number of lines stored, or None when the case cannot go on."""
    chunk = sizes.import_chunk
    holes = probes.head(victim.client) - stored_before
    target = holes + int(fraction * len(import_file))
    answers = []
    sender = threading.Thread(target=lambda: answers.append(data.send(victim.client, import_file)), daemon=True)
    sender.start()
    while sender.is_alive() and probes.head(victim.client) < target:
        time.sleep(0.02)
    if not sender.is_alive():
        outcome.check(f"kill {n}: the import was still running at {fraction:.0%}", False,
                      f"it ended first: {answers[0].describe()}")
        return None
    head_at_kill = probes.head(victim.client)
    killed = time.monotonic()
    victim.kill()
    sender.join(60)
    restart = victim.start()
    outcome.figure(f"kill {n} at {fraction:.0%}: restart until UP (s)", seconds(restart))
    if victim_reads_all(import_file, sizes):
        holding = stored.fetch(victim.client, import_file.journeys)
        numbers, problems = stored.lines_stored(import_file, holding)
        lines, chunk_problems = stored.whole_chunks(numbers, range(1, len(import_file) + 1), len(import_file), chunk)
        problems = chunk_problems + problems
        read = "every journey read"
    else:
        # The store's head counts the positions of rolled-back inserts too: at most a chunk per kill beyond
        # those known from the kills before.
        estimate = probes.head(victim.client) - holes
        lines, problems, journeys = stored.around_boundary(victim.client, import_file, estimate - 2 * chunk,
                                                           estimate + chunk, chunk, sizes.sample_journeys)
        read = f"{count(journeys)} journeys read: those around the end of what is stored, and a sample"
    outcome.check(f"after kill {n} (head {count(head_at_kill)}) the service holds lines 1–{count(lines)}: "
                  f"{lines // chunk} whole chunks, each journey its first lines in order ({read})",
                  not problems, "; ".join(problems[:3]))
    outcome.note(f"kill {n}: {seconds(time.monotonic() - killed)} s from the kill to the check")
    return lines


def as_of_at_once(service, asked, result):
    """Defect 1: the association reports asked the moment the import answered, at its `recordedAt` and
    `position`, while the read model still folds the import."""
    return {reports.key(q): reports.ask(service.client, q, result["position"], result["recordedAt"])
            for q in asked if "association" in q}


def check_as_of(service, expected, answers, result, lag, outcome):
    """Those as-of answers must be exact (not zeros), and their manifests must verify."""
    want = {k: dict(v, asOf=result["recordedAt"]) for k, v in expected.items() if k in answers}
    differences = reports.differences(want, answers)
    unverified = reports.unverified(service.client, answers)
    outcome.check(f"as-of reports asked the moment the clean import answered ({len(answers)} questions, asOf = "
                  f"its recordedAt, the read model {count(lag)} events behind) are exact, and their manifests "
                  f"verify", not differences and not unverified,
                  "; ".join((differences + unverified)[:3]), defect=1)
