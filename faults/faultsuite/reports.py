"""Participant reports asked of a service, and compared figure by figure with another service's answers.

The questions: every association of a file for each calendar year, each July–June and the whole span, and every
initiative for its last whole year and the whole span, all with `compare=previous`. The answers are compared
whole, except the two fields that name where they were computed (`position`, `manifest`): two stores holding the
same records may number them differently (a rolled-back insert leaves a hole)."""
import time

from .outcome import Aborted

_WHERE = ("position", "manifest")


def questions(associations, initiatives, first_year, last_year):
    span = {"from": f"{first_year}-01-01", "to": f"{last_year}-12-31"}
    periods = [{"from": f"{y}-01-01", "to": f"{y}-12-31"} for y in range(first_year, last_year + 1)]
    periods += [{"from": f"{y}-07-01", "to": f"{y + 1}-06-30"} for y in range(first_year, last_year)]
    periods.append(span)
    last_whole = max(first_year, last_year - 1)
    asked = [dict(period, association=a) for a in associations for period in periods]
    asked += [dict(period, initiative=i) for i in initiatives
              for period in ({"from": f"{last_whole}-01-01", "to": f"{last_whole}-12-31"}, span)]
    return [dict(q, compare="previous") for q in asked]


def for_file(import_file):
    return questions(import_file.associations, [i["code"] for i in import_file.initiatives],
                     import_file.first_year, import_file.last_year)


def key(question):
    return "&".join(f"{k}={question[k]}" for k in sorted(question))


def ask(client, question, min_position=None, as_of=None, patience=600):
    """One report, after the read model has reached `min_position`: a 503 "not caught up" (the service waits
    30 s) is asked again, for up to `patience` seconds, since a slowed read model may need minutes."""
    params = dict(question)
    if min_position is not None:
        params["minPosition"] = str(min_position)
    if as_of is not None:
        params["asOf"] = as_of
    deadline = time.monotonic() + patience
    while True:
        answer = client.get("/api/v1/reports/participants", params=params, timeout=120)
        if answer.status == 200:
            return answer.json
        if answer.status != 503 or time.monotonic() > deadline:
            raise Aborted(f"report {key(params)}: {answer.describe()}")
        time.sleep(1)


def ask_all(client, asked, min_position=None, as_of=None):
    return {key(q): ask(client, q, min_position, as_of) for q in asked}


def unverified(client, answers):
    """The answers whose manifest does not verify (`GET /api/v1/reports/manifests/{id}/verify`), with why."""
    problems = []
    for question, answer in answers.items():
        verified = client.get(f"/api/v1/reports/manifests/{answer['manifest']}/verify", timeout=120)
        if verified.status != 200 or not verified.json.get("verified"):
            problems.append(f"{question}: {verified.describe() if verified.status != 200 else 'verified: false'}")
    return problems


def figures(answer):
    return {k: v for k, v in answer.items() if k not in _WHERE}


def differences(expected, actual):
    """Every question whose figures differ, with the first few differing figures (paths of the JSON)."""
    problems = []
    for question, want in expected.items():
        got = actual.get(question)
        if got is None:
            problems.append(f"{question}: not answered")
            continue
        paths = list(_paths(figures(want), figures(got), ""))
        if paths:
            problems.append(f"{question}: {', '.join(paths[:4])}" + (f" and {len(paths) - 4} more"
                                                                     if len(paths) > 4 else ""))
    return problems


def _paths(want, got, prefix):
    if isinstance(want, dict) and isinstance(got, dict):
        for k in sorted(set(want) | set(got)):
            yield from _paths(want.get(k), got.get(k), f"{prefix}{k}.")
    elif want != got:
        yield f"{prefix.rstrip('.')} {want!r} → {got!r}"
