from __future__ import annotations

import pytest

from haven.cases import actions
from haven.cases.models import Case
from haven.testing.personas import Personas


@pytest.fixture
def case(personas: Personas) -> Case:
    """A fresh case opened by the lead, with the moderator on its team and the outsider not."""
    return actions.open_case(acting_user=personas.lead, members=[personas.moderator])
