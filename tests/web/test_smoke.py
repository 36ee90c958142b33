from haven.cases import actions


def test_member_sees_case_after_both_factors(personas, login):
    case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic disclosure")
    client = login(personas.moderator)
    response = client.get(f"/cases/{case.pk}/")
    assert response.status_code == 200
    assert b"synthetic disclosure" in response.content
