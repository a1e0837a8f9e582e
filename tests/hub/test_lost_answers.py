"""Lost answers: a proxy on 127.0.0.1 drops the hub's answer after the hub committed."""

from __future__ import annotations

import contextlib
import socket
import threading

import httpx

from tests.hub.harness import HEADERS, Hub
from tests.hub.records import answer, assessment, enterprise, pull_all, signed


class DroppingProxy:
    """Forwards TCP to the hub; for the first ``drops`` connections it swallows the answer."""

    def __init__(self, upstream_port: int, drops: int) -> None:
        self.upstream_port = upstream_port
        self.drops = drops
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.dropped = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            drop = self.dropped < self.drops
            if drop:
                self.dropped += 1
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
            threading.Thread(
                target=self._answer, args=(upstream, client, drop), daemon=True
            ).start()

    @staticmethod
    def _pump(source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass

    @staticmethod
    def _answer(upstream: socket.socket, client: socket.socket, drop: bool) -> None:
        try:
            while data := upstream.recv(65536):
                if drop:  # the hub has answered, so it has committed: the answer is lost
                    break
                client.sendall(data)
        except OSError:
            pass
        for end in (client, upstream):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()

    def close(self) -> None:
        self.listener.close()


def test_a_push_whose_answer_was_lost_is_retried_without_duplicates(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    me = device.device_id
    body = signed(
        device,
        {
            "enterprise": [enterprise(me)],
            "assessment": [assessment(me)],
            "answer": [answer(f"a{i}", me, f"energy.q{i}") for i in range(20)],
        },
    )
    proxy = DroppingProxy(int(hub.url.rsplit(":", 1)[1]), drops=1)
    try:
        via = httpx.Client(
            base_url=f"http://127.0.0.1:{proxy.port}",
            timeout=30,
            headers={**HEADERS, "Authorization": f"Bearer {device.token}"},
        )
        try:
            via.post("/v1/push", json=body)
            raise AssertionError("the proxy was to drop this answer")
        except httpx.TransportError:
            pass
        assert proxy.dropped == 1
        retry = via.post("/v1/push", json=body)  # the client's retry, same batch id
        via.close()
    finally:
        proxy.close()
    assert retry.status_code == 200
    assert retry.json()["counts"] == {"new": 22, "updated": 0, "unchanged": 0, "conflict": 0}
    records = pull_all(device)[0]
    assert len(records) == 22 and len({r["record"]["id"] for r in records}) == 22
    pushes = [
        e for e in hub.login("A", "admin-a").client.get("/v1/audit").json() if e["action"] == "push"
    ]
    assert len(pushes) == 1  # written once; the retry was a replay
