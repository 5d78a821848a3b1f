"""The plan form answers malformed ids with the benchmarking refusal, never a 500."""

import pytest


@pytest.mark.parametrize("baseline", ["abc", "", "1", "00000000-0000-0000-0000-00000000000g"])
def test_plan_start_with_a_malformed_baseline_is_a_404(member_client, institution, baseline):
    response = member_client.post(
        f"/en/benchmarking/institutions/{institution.pk}/plan/",
        {"step": "start", "baseline": baseline},
    )
    assert response.status_code == 404
