"""Real hubs on 127.0.0.1 for the tests: in a thread (fast) or as a process (to be killed)."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from recp_hub import PROTOCOL_VERSION
from recp_hub.cli import main as hub_cli
from recp_hub.settings import HubSettings

PASSWORD = "correct horse battery staple"
HEADERS = {"RECP-Protocol": str(PROTOCOL_VERSION)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cli(settings: HubSettings, *args: str, stdin: str | None = None) -> int:
    """Run ``recp-hub ARGS --data-dir … [--database …]`` in this process."""
    import io

    extra = ["--data-dir", str(settings.data_dir)]
    if not settings.is_sqlite:
        extra += ["--database", settings.database_url]
    old = sys.stdin
    sys.stdin = io.StringIO(stdin or "")
    try:
        return hub_cli([*args, *extra])
    finally:
        sys.stdin = old


def new_key():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate()


def public_hex(key) -> str:
    from cryptography.hazmat.primitives import serialization

    return (
        key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )


@dataclass
class Device:
    """A signed-in device: an httpx client with its token, and its key."""

    client: httpx.Client
    device_id: str
    key: object
    token: str
    org_id: str

    def close(self) -> None:
        self.client.close()


@dataclass
class Hub:
    """A running hub and the accounts made for the test."""

    url: str
    settings: HubSettings
    devices: list[Device] = field(default_factory=list)

    def anonymous(self) -> httpx.Client:
        client = httpx.Client(base_url=self.url, headers=HEADERS, timeout=30)
        self.devices.append(Device(client, "", None, "", ""))
        return client

    def login_response(
        self,
        org: str,
        username: str,
        password: str = PASSWORD,
        *,
        device_id: str | None = None,
        key=None,
    ) -> httpx.Response:
        with httpx.Client(base_url=self.url, headers=HEADERS, timeout=30) as client:
            return client.post(
                "/v1/login",
                json={
                    "organisation": org,
                    "username": username,
                    "password": password,
                    "device_id": device_id or str(uuid.uuid4()),
                    "device_name": "LAPTOP-TEST",
                    "public_key": public_hex(key or new_key()),
                },
            )

    def login(self, org: str, username: str, *, device_id: str | None = None, key=None) -> Device:
        key = key or new_key()
        device_id = device_id or str(uuid.uuid4())
        answer = self.login_response(org, username, device_id=device_id, key=key)
        assert answer.status_code == 200, answer.text
        token = answer.json()["token"]
        client = httpx.Client(
            base_url=self.url,
            timeout=60,
            headers={**HEADERS, "Authorization": f"Bearer {token}"},
        )
        device = Device(client, device_id, key, token, answer.json()["org_id"])
        self.devices.append(device)
        return device

    def close(self) -> None:
        for device in self.devices:
            device.close()


def seed_accounts(settings: HubSettings) -> None:
    """Organisations A (admin-a, auditor-a) and B (admin-b); Argon2 costs ~0.1-0.8 s a user."""
    for org, roles in (("A", ("admin", "auditor")), ("B", ("admin",))):
        assert cli(settings, "org", "create", org) == 0
        for role in roles:
            name = f"{role}-{org.lower()}"
            code = cli(
                settings,
                "user",
                "create",
                name,
                "--org",
                org,
                "--role",
                role,
                "--password-stdin",
                stdin=PASSWORD + "\n",
            )
            assert code == 0


class ThreadServer:
    """uvicorn serving the hub app in a thread of this process."""

    def __init__(self, settings: HubSettings) -> None:
        import uvicorn

        from recp_hub.app import create_app
        from recp_hub.cli import open_database

        self.db = open_database(settings)
        self.port = free_port()
        config = uvicorn.Config(
            create_app(settings, self.db),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the hub did not start")
            time.sleep(0.02)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.db.dispose()


class ProcessServer:
    """``recp-hub serve`` as a child process, so that a test can SIGKILL it."""

    def __init__(self, settings: HubSettings, *extra: str) -> None:
        self.settings = settings
        self.port = free_port()
        self.extra = extra
        self.process: subprocess.Popen[str] | None = None
        self.output = ""

    def start(self) -> str:
        args = [
            sys.executable,
            "-m",
            "recp_hub.cli",
            "serve",
            "--port",
            str(self.port),
            "--data-dir",
            str(self.settings.data_dir),
            *self.extra,
        ]
        if not self.settings.is_sqlite:
            args += ["--database", self.settings.database_url]
        log = self.settings.data_dir / f"serve-{secrets.token_hex(3)}.log"
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        self._log = log.open("w")
        self.process = subprocess.Popen(
            args,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self._log_path = log
        scheme = "https" if "--ssl-certfile" in self.extra else "http"
        url = f"{scheme}://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the hub exited: {log.read_text()}")
            try:
                if httpx.get(f"{url}/health", timeout=2, verify=False).status_code == 200:
                    self.output = log.read_text()
                    return url
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError(f"the hub did not answer: {log.read_text()}")

    def __enter__(self) -> ProcessServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        if hasattr(self, "_log"):
            self._log.close()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        if hasattr(self, "_log"):
            self._log.close()


def hub_settings(tmp_path: Path, database_url: str | None, **limits: object) -> HubSettings:
    settings = HubSettings.resolve(tmp_path / "hub", database_url)
    if limits:
        from dataclasses import replace

        settings = replace(settings, **limits)
    return settings
