"""How the format-2 fixture package here was made (kept for the record; do not rerun).

Written by the app as it was at format 2 (``main`` at commit 584cdec, before wanted inputs), so
that a test can prove format-2 packages import unchanged:

- ``waste.recp``: one company and assessment with two waste streams (a hazardous one with a
  volume and density, Cyrillic in a note), signed by its device.

    git archive 584cdec | tar -x -C /tmp/format2
    cd /tmp/format2 && uv run python /path/to/tests/data/packages/v2/make_fixture.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path.cwd()))

from recp_desktop.exchange.manifest import FORMAT_VERSION  # noqa: E402
from recp_desktop.exchange.writer import export_assessment  # noqa: E402
from recp_desktop.storage.database import Database  # noqa: E402
from recp_desktop.storage.repository import create_assessment, create_enterprise  # noqa: E402
from recp_desktop.storage.waste import add_waste_stream  # noqa: E402

assert FORMAT_VERSION == 2, "run from a checkout at format 2"
folder = Path(tempfile.mkdtemp())
db = Database(folder)
company = create_enterprise(db, name="Sumqayıt Boya", country="AZ", region="AZ-SM", nace="20.30")
assessment = create_assessment(db, company.id, kind="full", title="2026", currency="AZN")
add_waste_stream(db, assessment.id, ewc_code="080111", name="Paint sludge", quantity=2,
                 unit="m³", density_kg_m3=1300, frequency="quarterly", treatment="D10",
                 note="шлам краски")  # fmt: skip
add_waste_stream(db, assessment.id, ewc_code="150101", name="Cardboard", quantity=1.5,
                 unit="t", frequency="monthly", treatment="R3")  # fmt: skip
export_assessment(db, assessment.id, HERE / "waste.recp", author="format-2 fixture")
db.close()
shutil.rmtree(folder)
print(f"wrote {HERE / 'waste.recp'}")
