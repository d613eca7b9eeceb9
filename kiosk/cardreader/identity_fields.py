"""Value types for the eID identity fields that need interpretation: birth date, document type.

Both are open sets on real cards: birth dates come in Dutch, French and German spellings with
blank parts, and the National Register keeps adding document types. Neither ever makes
parsing fail; what cannot be interpreted is kept raw (eid-card.md §2.3, §2.4).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

__all__ = ["BirthDate", "DocumentType", "parse_birth_date", "parse_card_date"]

# Month abbreviations by card language (ID_ADRESSE v5 §3 and the eID viewer's dob.cpp), plus
# the accented and English spellings a future card or a hand-made specimen might use.
_MONTHS: dict[str, int] = {
    "JAN": 1, "JANV": 1,
    "FEB": 2, "FEV": 2, "FÉV": 2, "FEBR": 2,
    "MAAR": 3, "MARS": 3, "MÄR": 3, "MAR": 3, "MRZ": 3,
    "APR": 4, "AVR": 4,
    "MEI": 5, "MAI": 5, "MAY": 5,
    "JUN": 6, "JUIN": 6,
    "JUL": 7, "JUIL": 7,
    "AUG": 8, "AOUT": 8, "AOÛT": 8,
    "SEP": 9, "SEPT": 9,
    "OKT": 10, "OCT": 10,
    "NOV": 11,
    "DEC": 12, "DEZ": 12, "DÉC": 12,
}  # fmt: skip

_TOKEN_SPLIT = re.compile(r"[\s.]+")
_CARD_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


@dataclass(frozen=True, slots=True, repr=False)
class BirthDate:
    """A birth date as printed on the card; day and/or month may be unknown.

    ``raw`` is the card text (trailing padding stripped). ``year`` is ``None`` only when the
    text could not be interpreted at all.
    """

    raw: str
    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        """``"day"``, ``"month"``, ``"year"`` or ``"unknown"``: how much of the date is known."""
        if self.year is None:
            return "unknown"
        if self.month is None:
            return "year"
        return "day" if self.day is not None else "month"

    def as_date(self) -> date | None:
        """The full date, or ``None`` when day, month or year is unknown."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def earliest(self) -> date | None:
        """The first day this birth date can stand for (1 January for a bare year)."""
        if self.year is None:
            return None
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date | None:
        """The last day this birth date can stand for (31 December for a bare year)."""
        if self.year is None:
            return None
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def age_on(self, day: date) -> int | None:
        """Completed years on ``day``; ``None`` if unknown or ambiguous with a partial date."""
        earliest, latest = self.earliest(), self.latest()
        if earliest is None or latest is None:
            return None
        oldest, youngest = _age(earliest, day), _age(latest, day)
        return oldest if oldest == youngest else None

    def __repr__(self) -> str:
        return f"BirthDate(precision={self.precision!r})"


def _age(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def parse_birth_date(raw: str) -> BirthDate:
    """Interpret tag 0x0C. Never raises: an unknown layout gives ``BirthDate(raw)``.

    Handles ``01 JAN 1971``, ``1 JAN 1971``, ``26 AVR  1975``, ``13.AUG. 1996``,
    ``22.DEZ.1997``, ``1971``, and blank day or month (spaces or ``00``).
    """
    text = unicodedata.normalize("NFC", raw).strip().upper()
    tokens = [t for t in _TOKEN_SPLIT.split(text) if t]
    day: int | None = None
    month: int | None = None
    if len(tokens) == 3:
        day_text, month_text, year_text = tokens
        if not day_text.isdigit() or len(day_text) > 2:
            return BirthDate(raw)
        day = int(day_text) or None
        month = _month(month_text)
        if month is None and month_text not in ("00", "0"):
            return BirthDate(raw)
    elif len(tokens) == 2:
        first, year_text = tokens
        # Only a month *name* here: a lone number is the day of a date with a blank month.
        month = _MONTHS.get(first)
        if month is None:
            # A lone number before the year: the day is known but the month is blank.
            if not first.isdigit() or len(first) > 2:
                return BirthDate(raw)
            day = int(first) or None
    elif len(tokens) == 1:
        (year_text,) = tokens
    else:
        return BirthDate(raw)
    if not (year_text.isascii() and year_text.isdigit() and len(year_text) == 4):
        return BirthDate(raw)
    year = int(year_text)
    if year == 0:
        return BirthDate(raw)
    if day is not None:
        last_day = calendar.monthrange(year, month)[1] if month else 31
        if day > last_day:
            return BirthDate(raw)
    return BirthDate(raw, year, month, day)


def _month(token: str) -> int | None:
    if token.isascii() and token.isdigit():
        number = int(token)
        return number if 1 <= number <= 12 else None
    return _MONTHS.get(token)


def parse_card_date(raw: str) -> date | None:
    """Interpret a ``DD.MM.YYYY`` date (validity dates, EU start date); ``None`` if it is not."""
    match = _CARD_DATE.fullmatch(raw.strip())
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Document type codes (ID_ADRESSE v5 p.4); names follow the eID viewer's XML export where it has
# one, with the 2021 re-issued layouts (33-36) and the kids' foreigner cards (61-69) named here.
_DOCUMENT_KINDS: dict[str, str] = {
    "1": "belgian_citizen",
    "6": "kids_card",
    "7": "bootstrap_card",
    "8": "habilitation_card",
    "11": "foreigner_a",
    "12": "foreigner_b",
    "13": "foreigner_c",
    "14": "foreigner_d",
    "15": "foreigner_e",
    "16": "foreigner_e_plus",
    "17": "foreigner_f",
    "18": "foreigner_f_plus",
    "19": "european_blue_card_h",
    "20": "ict_i",
    "21": "mobile_ict_j",
    "22": "foreigner_m",
    "23": "foreigner_n",
    "27": "foreigner_k",
    "28": "foreigner_l",
    "31": "foreigner_eu",
    "32": "foreigner_eu_plus",
    "33": "foreigner_a_2021",
    "34": "foreigner_b_2021",
    "35": "foreigner_f_2021",
    "36": "foreigner_f_plus_2021",
    "61": "kids_foreigner_eu",
    "62": "kids_foreigner_eu_plus",
    "63": "kids_foreigner_a",
    "64": "kids_foreigner_b",
    "65": "kids_foreigner_k",
    "66": "kids_foreigner_l",
    "67": "kids_foreigner_f",
    "68": "kids_foreigner_f_plus",
    "69": "kids_foreigner_m",
}
_CITIZEN_CODES = frozenset({"1", "6", "7", "8"})
_KIDS_CODES = frozenset({"6"} | {str(n) for n in range(61, 70)})


@dataclass(frozen=True, slots=True)
class DocumentType:
    """Document type (tag 0x0F). ``code`` is normalised: ``"01"`` and ``"1"`` are equal.

    Unknown codes are kept (``kind`` is ``None``); new ones appear every few years.
    """

    code: str = field()

    def __post_init__(self) -> None:
        code = self.code.strip()
        if code.isascii() and code.isdigit():
            code = str(int(code))
        object.__setattr__(self, "code", code)

    @property
    def kind(self) -> str | None:
        """A stable name such as ``"belgian_citizen"`` or ``"foreigner_e_plus"``; ``None`` if
        the code is not (yet) known."""
        return _DOCUMENT_KINDS.get(self.code)

    @property
    def is_known(self) -> bool:
        return self.code in _DOCUMENT_KINDS

    @property
    def is_foreigner(self) -> bool:
        """A residence card for a foreign national (known codes only)."""
        return self.is_known and self.code not in _CITIZEN_CODES

    @property
    def is_kids(self) -> bool:
        """A card for a child under 12 (Kids-ID or a kids' foreigner card)."""
        return self.code in _KIDS_CODES
