"""What the service really holds, read journey by journey over `GET /api/v1/journeys/{id}` (the published way;
no look into its database), and compared with what was sent."""
import random
from concurrent.futures import ThreadPoolExecutor

from .outcome import Aborted


def fetch(client, journey_ids, threads=8):
    """Every record of each journey, in order ([] for a journey the service does not know)."""
    def one(journey_id):
        for _ in range(3):
            answer = client.get(f"/api/v1/journeys/{journey_id}", timeout=60)
            if answer.status == 200:
                return journey_id, answer.json["records"]
            if answer.status == 404:
                return journey_id, []
        raise Aborted(f"reading journey {journey_id}: {answer.describe()}")

    with ThreadPoolExecutor(max_workers=threads) as pool:
        return dict(pool.map(one, list(journey_ids)))


def lines_stored(import_file, stored):
    """The numbers of the file's lines the service holds (of the journeys read), and every way those journeys
    differ from the file: each must hold exactly the first k of its lines, in file order, and nothing else."""
    numbers, problems = set(), []
    for journey_id, records in stored.items():
        lines = import_file.journeys[journey_id]
        if len(records) > len(lines):
            problems.append(f"{journey_id}: {len(records)} records stored, the file has {len(lines)}")
        for line, record in zip(lines, records):
            if (record.get("recordId"), record.get("type"), record.get("date")) != (line.record_id, line.type,
                                                                                    line.date):
                problems.append(f"{journey_id}: record {record.get('recordId')} ({record.get('type')}) stored "
                                f"where line {line.number} ({line.record_id}, {line.type}) belongs")
                break
            numbers.add(line.number)
    return numbers, problems


def whole_chunks(numbers, considered, total, chunk):
    """Checks that the stored lines are lines 1..N with N a whole number of chunks (or the whole file), as far as
    the `considered` line numbers (those of the journeys read) show; answers N and the problems."""
    last = max(numbers, default=0)
    problems = []
    missing = sorted(n for n in considered if n <= last and n not in numbers)
    if missing:
        problems.append(f"line(s) {missing[:5]} missing before line {last}, which is stored")
    if last % chunk != 0 and last != total:
        problems.append(f"lines up to {last} stored: {last % chunk} lines of a chunk of {chunk} were stored "
                        f"without the rest")
    return last, problems


def around_boundary(client, import_file, low, high, chunk, sample):
    """Reads the journeys of the lines from `low` to `high` (where the stored part of the file should end), moving
    that window until it holds both a stored and an unstored line, and `sample` other journeys drawn at random
    (a fixed seed): a cheaper check than reading every journey, for files too large to read after every kill.
    Answers (N, problems, journeys read) as `whole_chunks` does."""
    picked = random.Random(low).sample(sorted(import_file.journeys), min(sample, len(import_file.journeys)))
    holding = fetch(client, picked)
    for _ in range(20):
        window = {line.journey_id for line in import_file.lines[max(0, low - 1):high]}
        holding.update(fetch(client, window - set(holding)))
        numbers, problems = lines_stored(import_file, holding)
        in_window = [n for n in range(max(1, low), min(high, len(import_file)) + 1)]
        if all(n in numbers for n in in_window) and high < len(import_file):
            low, high = high + 1, high + 2 * chunk
        elif not any(n in numbers for n in in_window) and low > 1:
            low, high = max(1, low - 2 * chunk), low - 1
        else:
            break
    considered = {line.number for j in holding for line in import_file.journeys[j]}
    last, chunk_problems = whole_chunks(numbers, considered, len(import_file), chunk)
    return last, chunk_problems + problems, len(holding)


def records_by_id(stored):
    """journeyId → {recordId: record} (a recordId stored twice in one journey is reported by `twice`)."""
    return {journey_id: {r["recordId"]: r for r in records} for journey_id, records in stored.items()}


def twice(stored):
    """(journeyId, recordId) pairs stored more than once."""
    found = []
    for journey_id, records in stored.items():
        ids = [r["recordId"] for r in records]
        found += [(journey_id, i) for i in sorted(set(ids)) if ids.count(i) > 1]
    return found
