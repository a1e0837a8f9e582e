"""Generated checklist templates of any size, for durability tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

import yaml


def synthetic_template(count: int, template_id: str = "synthetic") -> dict:
    questions = []
    for i in range(count):
        kind = ("yes_no_na", "number", "choice", "text")[i % 4]
        answer: dict = {"type": kind}
        if kind == "number":
            answer["unit"] = "kWh"
        if kind == "choice":
            answer["options"] = [
                {"id": "a", "label": {"en": "Option A", "ru": "Вариант А"}},
                {"id": "b", "label": {"en": "Option B", "ru": "Вариант Б"}},
            ]
        questions.append(
            {
                "id": f"{template_id}.group{i // 25}.q{i}",
                "group": {"en": f"Group {i // 25}", "ru": f"Группа {i // 25}"},
                "topic": "good_housekeeping",
                "text": {"en": f"Question number {i} about the plant", "ru": f"Вопрос номер {i}"},
                "guidance": {"en": "Look carefully.", "ru": "Смотрите внимательно."},
                "answer": answer,
                "techniques": ["good_housekeeping"],
            }
        )
    return {
        "id": template_id,
        "version": 1,
        "area": "energy",
        "title": {"en": "Synthetic", "ru": "Синтетический"},
        "questions": questions,
    }


def write_synthetic(path: Path, count: int) -> Path:
    path.write_text(yaml.safe_dump(synthetic_template(count), allow_unicode=True), encoding="utf-8")
    return path
