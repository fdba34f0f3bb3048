"""Case 6: a database written by the first release (commit 7db56a0, tagged release-1) served by this one.

The old jar (built from that commit) imports a file with identity numbers into its embedded database and answers
the reports; it is stopped, and this jar starts on the same data directory. The figures must be identical, the
hash chain valid over every event, the old manifests must still verify, the personal data must still open, and
the file sent again must be counted as duplicates, line for line."""
import os
import time

from .. import data, probes, reports, stored
from ..outcome import Aborted, count, seconds
from ..service import Service

NUMBER, TITLE = 6, "upgrade from the first release"
PERSONAL_SAMPLE = 25


def run(env, outcome):
    old_jar = env.release_1_jar(outcome)
    folder = env.folder("case-6")
    data_dir = os.path.join(folder, "data")
    import_file = data.generate(env.jar, folder, "import", env.sizes.upgrade_options)
    asked = reports.for_file(import_file)
    outcome.note(f"{count(len(import_file))} lines with identity numbers, {len(asked)} reports compared")

    old = Service(old_jar, folder, "release-1", data_dir=data_dir)
    old.start()
    data.create_initiatives(old.client, import_file.initiatives)
    answer = data.send(old.client, import_file)
    if answer.status != 200 or answer.json["accepted"] != len(import_file):
        raise Aborted(f"release-1 did not take the file whole: {answer.describe()}")
    position = answer.json["position"]
    expected = reports.ask_all(old.client, asked, position)
    covered, _, chain = probes.chain_covers(old.client, len(import_file), 120)
    if not covered:
        raise Aborted(f"release-1's own chain did not cover its events: {chain}")
    sample = sorted(import_file.journeys)[:PERSONAL_SAMPLE]
    personal_before = personal_data(old, sample)
    old.stop()

    new = Service(env.jar, folder, "current", data_dir=data_dir, password=old.password)
    upgrade = new.start()
    outcome.figure("this release's first start on release-1's data (s)", seconds(upgrade))
    differences = reports.differences(expected, reports.ask_all(new.client, asked, position))
    outcome.check(f"all {len(asked)} reports are identical after the upgrade", not differences,
                  "; ".join(differences[:3]))
    unverified = reports.unverified(new.client, expected)
    outcome.check(f"the {len(expected)} manifests release-1 answered still verify", not unverified,
                  "; ".join(unverified[:3]))
    covered, waited, chain = probes.chain_covers(new.client, len(import_file), env.sizes.chain_seconds)
    outcome.check(f"the hash chain is valid over all {count(len(import_file))} events", covered,
                  f"after {seconds(waited)} s: {chain}")
    personal_after = personal_data(new, sample)
    changed = [j for j in sample if personal_after.get(j) != personal_before.get(j)]
    outcome.check(f"the personal data of {len(sample)} journeys opens as before (compared, never printed)",
                  not changed and any(personal_before.values()),
                  f"differs for {changed[:5]}" if changed else "release-1 showed no personal data to compare")

    started = time.monotonic()
    again = data.send(new.client, import_file)
    result = again.json or {}
    outcome.check(f"the file sent again is {count(len(import_file))} duplicates: accepted "
                  f"{count(result.get('accepted', 0))}, duplicates {count(result.get('duplicates', 0))}, rejected "
                  f"{count(result.get('rejected', 0))}", again.status == 200 and result.get("accepted") == 0
                  and result.get("duplicates") == len(import_file),
                  "; ".join(f"line {e['line']}: {e['message']}" for e in result.get("errors", [])[:3])
                  or again.describe(), defect=12)
    holding = stored.fetch(new.client, import_file.journeys)
    numbers, problems = stored.lines_stored(import_file, holding)
    outcome.check(f"every line is stored once after the upgrade and the resend ({count(len(numbers))})",
                  len(numbers) == len(import_file) and not problems and not stored.twice(holding),
                  "; ".join(problems[:3]))
    outcome.figure("lines written by release-1", count(len(import_file)))
    outcome.figure("lines stored after the upgrade", count(len(numbers)))
    outcome.figure("resend after the upgrade (s)", seconds(time.monotonic() - started))
    new.finish()


def personal_data(service, journeys):
    """journeyId → the identity number and name the journey view shows (kept in memory only)."""
    found = {}
    for journey_id in journeys:
        answer = service.client.get(f"/api/v1/journeys/{journey_id}", timeout=60)
        if answer.status != 200:
            raise Aborted(f"reading journey {journey_id}: {answer.describe()}")
        found[journey_id] = answer.json.get("personalData") or {}
    return found
