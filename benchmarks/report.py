"""The PDF report of a large assessment: the demo assessment (baseline, options, 48 answers, a
photo) grown to 300 answers (most of the new ones findings with notes) and 50 photos of 12
megapixels.

Prints the seconds and the file size, and the time as a ratio against a floor measured in the
same run: the report of an empty assessment (fonts, layout passes and file writing, no data).
Targets: file under 10 MB; the photos are shrunk once each, so time grows with the number of
photos and findings, not with the photos' megapixels beyond the decode.

    uv run python benchmarks/report.py [--answers 300] [--photos 50] [--runs 1]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageDraw, ImageFilter

from recp_desktop.checklists import builtin_templates, load_template
from recp_desktop.checklists.answers import AnswerState
from recp_desktop.demo import ANSWERS, create_demo
from recp_desktop.report import write_report
from recp_desktop.storage.answers import save_answer
from recp_desktop.storage.database import Database
from recp_desktop.storage.photos import add_photo
from recp_desktop.storage.repository import create_assessment, create_enterprise
from tests.synthetic import synthetic_template

TARGET_MB = 10.0
NOTE = (
    "Observed during the walkthrough: the valve on this line is left open between batches and "
    "the operators were not aware of it. Наблюдение: клапан не закрывается между партиями."
)


def photo(path: Path, seed: int, size: tuple[int, int] = (4000, 3000)) -> Path:
    """A phone-sized JPEG of about 3 MB: soft shapes, fine texture and sensor-like noise."""
    rng = random.Random(seed)
    small = (size[0] // 8, size[1] // 8)
    image = Image.new("RGB", small, tuple(rng.randrange(60, 200) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randrange(small[0]), rng.randrange(small[1])
        r = rng.randrange(10, 150)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in range(3)))
    image = image.filter(ImageFilter.GaussianBlur(3)).resize(size, Image.Resampling.BICUBIC)
    noise = Image.effect_noise(size, 64).convert("RGB")
    Image.blend(image, noise, 0.18).save(path, quality=92)
    return path


def build(folder: Path, answers: int, photos: int) -> tuple[Database, str, dict]:
    spec = synthetic_template(answers - len(ANSWERS), "bench")
    for question in spec["questions"]:
        if question["answer"]["type"] == "yes_no_na":
            question["good"] = "yes"
    template_file = folder / "bench.yaml"
    template_file.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    template = load_template(template_file)
    db = Database(folder / "data")
    assessment_id = create_demo(db)  # baseline, options, 48 answers, 1 photo
    findings = []
    for question in template.questions:
        kind = question.answer_type
        if kind == "yes_no_na":
            state = AnswerState(value="no", note=NOTE)
        elif kind == "number":
            state = AnswerState(number=1234.5, unit="kWh", note=NOTE, opportunity=True)
        elif kind == "choice":
            state = AnswerState(value="a")
        else:
            state = AnswerState(value="free text answer")
        save_answer(db, assessment_id, template, question.id, state)
        if state.note:
            findings.append(question.id)
    pictures = folder / "pictures"
    pictures.mkdir()
    for index in range(photos - 1):
        path = photo(pictures / f"IMG_{index:04}.jpg", index)
        add_photo(db, assessment_id, path, findings[index % len(findings)])
    templates = {**builtin_templates(), "bench": template}
    return db, assessment_id, templates


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"preparing {args.answers} answers and {args.photos} photos (4000x3000 JPEG)…")
        db, assessment_id, templates = build(folder, args.answers, args.photos)
        photo_mb = sum(p.stat().st_size for p in (folder / "pictures").iterdir()) / 2**20
        empty_company = create_enterprise(db, name="Empty", country="AZ")
        empty = create_assessment(db, empty_company.id, kind="full", currency="AZN")

        floor, big = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            write_report(db, empty.id, folder / "empty.pdf")
            floor.append(time.perf_counter() - start)
            start = time.perf_counter()
            data = write_report(db, assessment_id, folder / "big.pdf", templates=templates)
            big.append(time.perf_counter() - start)
        size_mb = (folder / "big.pdf").stat().st_size / 2**20
        db.close()
    seconds, floor_s = statistics.median(big), statistics.median(floor)
    print(f"answers {data.answered}, findings {len(data.findings)}, photos {data.photo_count}")
    print(f"photos on disk: {photo_mb:.0f} MB")
    print(f"empty report (floor): {floor_s:.2f} s")
    print(f"large report: {seconds:.2f} s  ({seconds / floor_s:.1f}x the floor)")
    print(f"file size: {size_mb:.2f} MB (target < {TARGET_MB:.0f} MB)")
    ok = size_mb < TARGET_MB
    print("OK" if ok else "FAIL: the file is too large")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
