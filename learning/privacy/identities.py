"""Who a learner is in every store: e-mail addresses, xAPI agents and the pseudonymous id.

Statements reach the LRS from the platform (an account with an opaque name) and from LRS
clients, which may name the same person by e-mail (`mbox`) or its SHA-1 (`mbox_sha1sum`); an
export or an erasure has to find all of them.
"""

import hashlib
import uuid
from dataclasses import dataclass, field

from django.db.models import Q

from allauth.account.models import EmailAddress

from learning.xapi.keys import agent_identifier, agent_key
from learning.xapi.models import LearnerAccount
from learning.xapi.statements import site_url


def pseudonymous_id(user):
    """The opaque account name of `user` in statements (created if they have none yet)."""
    return LearnerAccount.objects.get_or_create(user=user)[0].name


def email_addresses(user):
    """Every e-mail address of `user`, as stored and in lower case, without duplicates."""
    addresses = [
        user.email,
        *EmailAddress.objects.filter(user=user).values_list("email", flat=True),
    ]
    found = []
    for address in addresses:
        for variant in (address, address.lower()):
            if variant and variant not in found:
                found.append(variant)
    return found


def matching_email(emails, field="email"):
    """A filter for rows whose `field` is one of `emails` (in any case); matches nothing if none."""
    condition = Q(pk__in=[])
    for address in emails:
        condition |= Q(**{f"{field}__iexact": address})
    return condition


@dataclass
class LearnerIdentity:
    """The identifiers of one learner.

    Attributes:
        user: The learner.
        pseudonym: The account name their platform statements carry (a UUID).
        emails: Their e-mail addresses (as stored and in lower case).
        agents: Every xAPI Agent that identifies them: the platform account (when they have
            one), and an `mbox` and an `mbox_sha1sum` per address.
    """

    user: object
    pseudonym: object
    emails: list = field(default_factory=list)
    agents: list = field(default_factory=list)

    @property
    def identifiers(self):
        """The agents' identifiers as `learning.xapi.keys.agent_identifier` writes them."""
        return {agent_identifier(agent) for agent in self.agents}

    @property
    def agent_keys(self):
        """The LRS index keys of the agents."""
        return [agent_key(agent) for agent in self.agents]

    def names(self, agent):
        """Whether the Agent or Group `agent` (a dict) is this learner."""
        return isinstance(agent, dict) and agent_identifier(agent) in self.identifiers


def identity_of(user, create=True):
    """The learner's identifiers.

    With `create=False` (while the user row is being deleted, when no new row may point at
    it) a learner who never had statements gets a random pseudonym that names nothing.
    """
    agents = []
    account = LearnerAccount.objects.filter(user=user).first()
    if account is None and create:
        account = LearnerAccount.objects.create(user=user)
    if account is not None:
        agents.append(
            {"objectType": "Agent", "account": {"homePage": site_url(), "name": str(account.name)}}
        )
    emails = email_addresses(user)
    for address in emails:
        mailto = f"mailto:{address}"
        sha1 = hashlib.sha1(mailto.encode()).hexdigest()  # noqa: S324 - xAPI's mbox_sha1sum
        agents.append({"objectType": "Agent", "mbox": mailto})
        agents.append({"objectType": "Agent", "mbox_sha1sum": sha1})
    return LearnerIdentity(
        user=user,
        pseudonym=account.name if account is not None else uuid.uuid4(),
        emails=emails,
        agents=agents,
    )
