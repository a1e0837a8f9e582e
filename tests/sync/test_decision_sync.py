"""A supervisor's symbiosis decision travels laptop → hub → the same supervisor's second laptop
(real hub on 127.0.0.1, SQLite and PostgreSQL), and two laptops deciding the same candidate
apart meet as one record: one conflict, settled like any other."""

from __future__ import annotations

from recp_desktop.exchange.conflicts import list_conflicts, resolve_conflict
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.symbiosis import confirmed_exchanges, find_candidates
from recp_desktop.storage.symbiosis_decisions import decide, decisions, undecide
from recp_desktop.storage.waste import add_waste_stream
from tests.sync.devices import sync


def _seed(laptop) -> None:
    """Telavi Wines' 5 t of cartons (150101) and Imereti Cardboard (NACE 17.12), which the
    mapping says takes paper and cardboard packaging: one candidate."""
    wines = create_enterprise(laptop, name="Telavi Wines", country="GE", region="GE-KA",
                              nace="11.02")  # fmt: skip
    board = create_enterprise(laptop, name="Imereti Cardboard", country="GE", region="GE-IM",
                              nace="17.12")  # fmt: skip
    for company in (wines, board):
        audit = create_assessment(laptop, company.id, kind="full", currency="GEL")
        if company is wines:
            add_waste_stream(laptop, audit.id, ewc_code="150101", name="Cartons", quantity=5,
                             unit="t")  # fmt: skip


def test_a_decision_reaches_the_supervisors_second_laptop(devices) -> None:
    laptop = devices.laptop("laptop")
    _seed(laptop)
    sync(laptop)
    boss = devices.laptop("boss", "supervisor-a")
    sync(boss)
    (cartons,) = find_candidates(boss)
    decide(boss, *cartons.key, "confirmed", "Collected monthly", by="Nino")
    pushed = sync(boss)
    assert pushed.pushed == 1 and pushed.push_counts["new"] == 1
    second = devices.laptop("boss-home", "supervisor-a")  # the same supervisor's other laptop
    sync(second)
    got = decisions(second)[cartons.key]
    assert (got.status, got.comment, got.decided_by) == ("confirmed", "Collected monthly", "Nino")
    [(candidate, _decision)] = confirmed_exchanges(second)[0]
    assert candidate.receiver.name == "Imereti Cardboard"
    sync(laptop)  # the decision belongs to the expert's assessment: it comes down there too
    assert decisions(laptop)[cartons.key].status == "confirmed"

    undecide(second, *cartons.key)  # taken back on the second laptop: open everywhere
    assert sync(second).push_counts["updated"] == 1
    sync(boss)
    assert decisions(boss) == {}
    assert sync(boss).pushed == 0 and sync(second).pushed == 0


def test_the_same_candidate_decided_on_two_laptops_is_one_conflict(devices) -> None:
    laptop = devices.laptop("laptop")
    _seed(laptop)
    sync(laptop)
    boss, second = devices.laptop("boss", "supervisor-a"), devices.laptop("two", "supervisor-a")
    sync(boss)
    sync(second)
    (cartons,) = find_candidates(boss)
    decide(boss, *cartons.key, "confirmed", "Trial in May")
    decide(second, *cartons.key, "dismissed", "Too far")
    assert sync(boss).push_counts["new"] == 1
    # made apart with the same id (the candidate's): not a second record but a conflict
    assert sync(second).push_counts["conflict"] == 1
    sync(boss)
    for db in (boss, second):
        [conflict] = list_conflicts(db)
        assert conflict.record_type == "symbiosis_decision"
        assert {conflict.local["status"], conflict.incoming["status"]} == {"confirmed",
                                                                           "dismissed"}  # fmt: skip
    assert decisions(boss)[cartons.key].status == "confirmed"  # each keeps its own until settled
    assert decisions(second)[cartons.key].status == "dismissed"
    [conflict] = list_conflicts(second)
    keep = "local" if conflict.local["status"] == "confirmed" else "incoming"
    resolve_conflict(second, conflict.id, keep)  # the supervisor keeps the confirmation
    sync(second)
    sync(boss)
    for db in (boss, second):
        assert list_conflicts(db) == []
        assert decisions(db)[cartons.key].comment == "Trial in May"
