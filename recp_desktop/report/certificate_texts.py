"""The words of a certificate of attendance in English, Russian and Azerbaijani.

Terms follow the report's (``texts.py``): "RECP Club" is «клуб РЭЧП» and «RECP Klubu».
"""

from __future__ import annotations

_TEXTS: dict[str, dict[str, str]] = {
    "kicker": {
        "en": "Resource Efficient and Cleaner Production",
        "ru": "Ресурсоэффективное и более чистое производство",
        "az": "Resurslardan səmərəli istifadə və təmiz istehsal",
    },
    "title": {
        "en": "Certificate of attendance",
        "ru": "Сертификат участника",
        "az": "İştirak sertifikatı",
    },
    "certify": {
        "en": "This is to certify that",
        "ru": "Настоящим удостоверяется, что",
        "az": "Bununla təsdiq edilir ki,",
    },
    "attended": {
        "en": "took part in the RECP Club “{club}” ({place}) and attended {attended} of its "
        "{total} sessions:",
        "ru": "принял(а) участие в работе клуба РЭЧП «{club}» ({place}) и посетил(а) "
        "{attended} из {total} занятий:",
        "az": "“{club}” RECP Klubunun ({place}) işində iştirak etmiş və {total} məşğələdən "
        "{attended} məşğələyə qatılmışdır:",
    },
    "homework": {
        "en": "Homework done by the company (resource consumption data, checklist mini-audits, "
        "quick-win calculations): {done} of {total}.",
        "ru": "Домашние задания, выполненные предприятием (данные о потреблении ресурсов, "
        "мини-аудиты по контрольным листам, расчёты быстрых мер): {done} из {total}.",
        "az": "Müəssisənin yerinə yetirdiyi ev tapşırıqları (resurs istehlakı məlumatları, "
        "yoxlama siyahıları üzrə mini-auditlər, tez nəticə verən tədbirlərin hesablanması): "
        "{total} tapşırıqdan {done}.",
    },
    "date": {"en": "Date", "ru": "Дата", "az": "Tarix"},
    "topic": {"en": "Topic", "ru": "Тема", "az": "Mövzu"},
    "facilitator": {"en": "Club facilitator", "ru": "Модератор клуба", "az": "Klubun moderatoru"},
    "issued_by": {"en": "Issued by", "ru": "Выдан", "az": "Verən təşkilat"},
    "issued_on": {"en": "Date of issue", "ru": "Дата выдачи", "az": "Verilmə tarixi"},
    "code": {"en": "Verification code", "ru": "Код проверки", "az": "Yoxlama kodu"},
    "verify": {
        "en": "Signed electronically (Ed25519, key {fingerprint}). Check the file offline with "
        "RECP Desktop: recp certificate verify FILE.pdf",
        "ru": "Подписан электронной подписью (Ed25519, ключ {fingerprint}). Проверка файла без "
        "интернета в RECP Desktop: recp certificate verify ФАЙЛ.pdf",
        "az": "Elektron imza ilə imzalanıb (Ed25519, açar {fingerprint}). Faylı internetsiz "
        "RECP Desktop ilə yoxlayın: recp certificate verify FAYL.pdf",
    },
    "footer": {
        "en": "RECP Clubs · prepared with RECP Desktop",
        "ru": "Клубы РЭЧП · подготовлено в RECP Desktop",
        "az": "RECP Klubları · RECP Desktop ilə hazırlanıb",
    },
}


def ctext(language: str, key: str, **values: object) -> str:
    """The certificate text ``key`` in ``language`` (English if missing), filled in."""
    entry = _TEXTS[key]
    chosen = entry.get(language) or entry["en"]
    return chosen.format(**values) if values else chosen
