"""A company's site coordinates (format 3) go through the hub, which checks them with the same
record schema as a package: within range, both or neither; a company without them still syncs."""

from __future__ import annotations

from tests.hub.harness import Hub
from tests.hub.records import enterprise, pull_all, push


def test_coordinates_push_pull_and_bad_ones_are_refused(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    me = device.device_id
    sited = enterprise(me, latitude=41.5495, longitude=44.9936)  # Rustavi
    answer = push(device, {"enterprise": [sited]})
    assert answer.status_code == 200, answer.text
    records, _, _ = pull_all(hub.login("A", "admin-a"))
    (company,) = [r["record"] for r in records]
    assert (company["latitude"], company["longitude"]) == (41.5495, 44.9936)
    for changes, phrase in [
        ({"latitude": 91.0, "longitude": 44.9}, "field 'latitude' must be between −90 and 90"),
        ({"latitude": 41.5, "longitude": -180.5}, "field 'longitude' must be between −180 and 180"),
        ({"latitude": 41.5}, "'latitude' and 'longitude' must be given together"),
        ({"latitude": "41.5", "longitude": 44.9}, "field 'latitude' must be a number"),
    ]:
        bad = enterprise(me, id="e9", **changes)
        refused = push(device, {"enterprise": [bad]})
        assert (refused.status_code, refused.json()["code"]) == (400, "400.7"), refused.text
        assert phrase in refused.json()["message"], refused.json()["message"]
    plain = enterprise(me, id="e8")  # as a laptop before format 3 pushes it: no such fields
    assert "latitude" not in plain
    assert push(device, {"enterprise": [plain]}).status_code == 200
