import pytest

from smpolicy.credentials import find_secrets, value_secret_reason


@pytest.mark.parametrize(
    "value",
    [
        "password: Tr0ub4dor&3",
        "The password is hunter2",
        "ghp_abcdefghijklmnopqrstuvwxyz0123",
        "xoxb-1234567890-abcdefghij",
        "AKIAIOSFODNN7EXAMPLE",
        "aB3$kL9#pQ2!xZ7@mN4%",
        "Kx9mPq2Lw8Rt5Vn3Zb7Yc4",
        "abcd-efgh ijkl-mnop qrst-uvwx wxyz-1234",
    ],
)
def test_secret_values_are_spotted(value):
    assert value_secret_reason(value)


@pytest.mark.parametrize(
    "value",
    [
        "Comms vault / Bluesky HSSIB",
        "Department/service-level social media channels",
        "https://www.samaritans.org/how-we-can-help/",
        "communications@tavi-port.nhs.uk",
        "Communications and Engagement Team",
        "2024/25-annual-report",
        "§4.8 Use good judgement in what you share",
        "Digital Communications Manager holds the credentials in the team vault",
    ],
)
def test_ordinary_register_values_are_not_secrets(value):
    assert value_secret_reason(value) is None


def test_secret_keys_are_spotted_and_values_never_echoed():
    data = {"accounts": [{"name": "Bluesky", "password": "hunter2"}], "recovery_codes": ["x"]}
    findings = list(find_secrets(data))
    assert [f.path for f in findings] == ["accounts[0].password", "recovery_codes"]
    assert all("hunter2" not in f.message() for f in findings)


def test_vault_entry_name_is_allowed():
    assert list(find_secrets({"vault_entry": "Comms/Social/YouTube"})) == []
