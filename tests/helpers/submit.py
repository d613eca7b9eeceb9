"""A stand-in for ``Services.submit``, the flow's ``submit``: records, answers or fails.

The flow hands a confirmed enrolment to ``submit`` and shows the receipt with the reference it
returns, or the submit-error step if it raises.
"""

from __future__ import annotations

import errno
from collections.abc import Callable

from kiosk.enrolment import ConsentDecision, Enrolment


class RecordingSubmit:
    """Records every enrolment it is given and answers with a reference, or fails.

    ``reference``: the reference every stored enrolment gets; without it they are numbered
    (``REF-0001``, ``REF-0002``, ...). ``forward_to``: a real submit (the kiosk's) that gets the
    enrolment after it is recorded, and whose reference is returned instead. While ``failing``
    is set every call raises, as the outbox does on a full disk, and nothing is stored.
    ``attempts`` lists the submission id of every call, failed or not. Like the kiosk's, a
    refusal is recorded here but answered with None: it is only counted, never sent.
    """

    def __init__(
        self,
        reference: str | None = None,
        *,
        forward_to: Callable[[Enrolment], str | None] | None = None,
    ) -> None:
        self.reference = reference
        self.forward_to = forward_to
        self.stored: list[Enrolment] = []
        self.attempts: list[str] = []
        self.failing = False

    def __call__(self, enrolment: Enrolment) -> str | None:
        self.attempts.append(enrolment.submission_id)
        if self.failing:
            raise OSError(errno.ENOSPC, "No space left on device")
        reference: str | None
        if self.forward_to is not None:
            reference = self.forward_to(enrolment)
        elif enrolment.decision is ConsentDecision.REFUSED:
            reference = None
        else:
            reference = self.reference or f"REF-{len(self.stored) + 1:04d}"
        self.stored.append(enrolment)
        return reference
