"""Choosing a register (option > environment > config file > bundled default), reading it and its errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from smpolicy import registers
from smpolicy.errors import RegisterError

HSSIB = registers.bundled_path("hssib")
MINIMAL = 'schema_version = 1\n\n[organisation]\nname = "Example NHS Trust"\n'


@pytest.fixture
def own(tmp_path: Path) -> Path:
    path = tmp_path / "own.toml"
    path.write_text(MINIMAL)
    return path


# --- resolution ---------------------------------------------------------------------------------


def test_default_is_bundled_hssib(tmp_path):
    resolution = registers.resolve(None, environ={}, cwd=tmp_path)
    assert (resolution.source, resolution.bundled, resolution.path) == ("default", True, HSSIB)
    assert resolution.explain() == f"{HSSIB} (bundled default 'hssib')"


def test_option_names_a_bundled_register(tmp_path):
    resolution = registers.resolve("hra", environ={"SMPOLICY_REGISTER": "hee"}, cwd=tmp_path)
    assert resolution.path == registers.bundled_path("hra")
    assert (resolution.source, resolution.bundled) == ("option", True)
    assert "--register: bundled register 'hra'" in resolution.explain()


def test_option_path_is_relative_to_the_working_directory(own):
    resolution = registers.resolve("own.toml", environ={}, cwd=own.parent)
    assert (resolution.path, resolution.source, resolution.bundled) == (own, "option", False)


def test_a_file_named_like_a_bundled_register_is_a_path_when_it_looks_like_one(tmp_path):
    (tmp_path / "hra.toml").write_text(MINIMAL)
    resolution = registers.resolve("./hra.toml", environ={}, cwd=tmp_path)
    assert resolution.path == tmp_path / "hra.toml" and not resolution.bundled


def test_environment_beats_config(own, tmp_path):
    (tmp_path / "smpolicy.toml").write_text('register = "hee"\n')
    resolution = registers.resolve(None, environ={"SMPOLICY_REGISTER": str(own)}, cwd=tmp_path)
    assert (resolution.path, resolution.source) == (own, "environment")
    assert "$SMPOLICY_REGISTER" in resolution.explain()


def test_empty_environment_variable_is_ignored(tmp_path):
    assert registers.resolve(None, environ={"SMPOLICY_REGISTER": ""}, cwd=tmp_path).source == "default"


def test_smpolicy_toml_is_found_from_a_subfolder_and_paths_are_relative_to_it(own, tmp_path):
    (tmp_path / "smpolicy.toml").write_text('register = "own.toml"\n')
    deep = tmp_path / "drafts" / "2026"
    deep.mkdir(parents=True)
    resolution = registers.resolve(None, environ={}, cwd=deep)
    assert (resolution.path, resolution.source) == (own, "config")
    assert str(tmp_path / "smpolicy.toml") in resolution.explain()


def test_pyproject_tool_smpolicy(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.smpolicy]\nregister = "bnssg-icb"\n')
    resolution = registers.resolve(None, environ={}, cwd=tmp_path)
    assert (resolution.path, resolution.source) == (registers.bundled_path("bnssg-icb"), "config")


def test_pyproject_without_tool_smpolicy_is_passed_over(tmp_path):
    (tmp_path / "smpolicy.toml").write_text('register = "hee"\n')
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert registers.resolve(None, environ={}, cwd=inner).path == registers.bundled_path("hee")


def test_nearest_config_wins(tmp_path):
    (tmp_path / "smpolicy.toml").write_text('register = "hee"\n')
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "smpolicy.toml").write_text('register = "hra"\n')
    assert registers.resolve(None, environ={}, cwd=inner).path == registers.bundled_path("hra")


def test_a_folder_of_registers(tmp_path):
    resolution = registers.resolve(str(tmp_path), environ={}, cwd=tmp_path)
    assert resolution.path == tmp_path and "folder of registers" in resolution.detail


@pytest.mark.parametrize("value", ["nowhere.toml", "not-a-bundled-name"])
def test_unknown_register_lists_the_bundled_names(tmp_path, value):
    with pytest.raises(RegisterError) as caught:
        registers.resolve(value, environ={}, cwd=tmp_path)
    message = str(caught.value)
    assert "neither a file nor a bundled register" in message
    assert "bnssg-icb, hee, hra, hssib, tavistock-portman" in message


@pytest.mark.parametrize("config", ['register = 3\n', 'register = ""\n'])
def test_bad_register_setting_in_config(tmp_path, config):
    (tmp_path / "smpolicy.toml").write_text(config)
    with pytest.raises(RegisterError, match="must be a register name or path"):
        registers.resolve(None, environ={}, cwd=tmp_path)


def test_malformed_config_file_gives_its_position(tmp_path):
    (tmp_path / "smpolicy.toml").write_text('register = "hee\n')
    with pytest.raises(RegisterError) as caught:
        registers.resolve(None, environ={}, cwd=tmp_path)
    assert str(caught.value).startswith(f"{tmp_path / 'smpolicy.toml'}:1:")


# --- loading and its errors ---------------------------------------------------------------------


def test_minimal_register_loads_with_defaults(own):
    reg = registers.load(own)
    assert reg.organisation.name == "Example NHS Trust"
    assert reg.accounts == [] and reg.policies == []
    assert str(reg.review.access_review_every) == "12 months"
    assert reg.organisation.monitored_hours.timezone == "Europe/London"


def load_error(tmp_path: Path, text: str | bytes) -> RegisterError:
    path = tmp_path / "reg.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(RegisterError) as caught:
        registers.load(path)
    return caught.value


def test_malformed_toml_gives_file_line_col(tmp_path):
    error = load_error(tmp_path, MINIMAL + '\n[[accounts]]\nplatform = "x\n')
    assert (error.line, error.column) == (7, 14)  # where tomllib finds the string unclosed
    assert str(error).startswith(f"{tmp_path / 'reg.toml'}:7:14: TOML syntax error:")
    assert "\n" not in str(error)


def test_unknown_key_has_a_did_you_mean_and_a_line(tmp_path):
    text = MINIMAL + '\n[[accounts]]\nplatform = "x"\nname = "A"\nowner_tem = "Comms"\n'
    error = load_error(tmp_path, text)
    assert error.line == 9
    assert "accounts[0].owner_tem: unknown key 'owner_tem' (did you mean 'owner_team'?)" in str(error)


def test_unknown_top_level_key(tmp_path):
    error = load_error(tmp_path, "acounts = []\n" + MINIMAL)
    assert "unknown key 'acounts' (did you mean 'accounts'?)" in str(error)


def test_missing_required_key(tmp_path):
    error = load_error(tmp_path, MINIMAL + '\n[[accounts]]\nplatform = "x"\n')
    assert "accounts[0].name: missing required key 'name'" in str(error)


def test_bad_platform_points_at_its_line(tmp_path):
    error = load_error(tmp_path, MINIMAL + '\n[[accounts]]\nname = "A"\nplatform = "myspace"\n')
    assert error.line == 8 and "accounts[0].platform" in str(error)


@pytest.mark.parametrize("version", ["2", '"1"'])
def test_schema_version_must_be_1(tmp_path, version):
    error = load_error(tmp_path, MINIMAL.replace("schema_version = 1", f"schema_version = {version}"))
    assert "schema_version" in str(error)


def test_empty_file(tmp_path):
    assert "empty register" in str(load_error(tmp_path, ""))


def test_not_utf8(tmp_path):
    error = load_error(tmp_path, MINIMAL.encode() + b'\n# caf\xe9\n')
    assert "not valid UTF-8" in str(error) and error.line == 6


def test_nul_bytes(tmp_path):
    assert "NUL bytes" in str(load_error(tmp_path, MINIMAL.encode() + b"\x00"))


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "reg.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode())
    assert registers.load(path).organisation.name == "Example NHS Trust"


def test_too_big(tmp_path):
    error = load_error(tmp_path, MINIMAL + "#" * (registers.MAX_REGISTER_BYTES + 1))
    assert "the limit is" in str(error)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(RegisterError, match="no such file"):
        registers.load(tmp_path / "missing.toml")
    with pytest.raises(RegisterError, match="is a folder"):
        registers.load(tmp_path)


def test_a_secret_is_refused_with_its_line_and_without_its_value(tmp_path):
    error = load_error(tmp_path, MINIMAL + '\n[[accounts]]\nplatform = "x"\nname = "A"\nnotes = "password: Tr0ub4dor&3"\n')
    assert error.line == 9
    assert "never hold secrets" in str(error) and "Tr0ub4dor" not in str(error)


def test_duplicate_handles_are_an_error_on_load_but_allowed_for_check(tmp_path):
    text = MINIMAL + '\n[[accounts]]\nplatform = "x"\nname = "A"\nhandle = "@Org"\n\n[[accounts]]\nplatform = "x"\nname = "B"\nhandle = "@org"\n'
    assert "already used" in str(load_error(tmp_path, text))
    data = registers.parse_toml(text, Path("reg.toml"))
    reg = registers.validate(data, text, Path("reg.toml"), duplicate_handles_allowed=True)
    assert [a.name for a in reg.accounts] == ["A", "B"]


def test_duplicate_policy_ids_stay_an_error_even_for_check(tmp_path):
    text = MINIMAL + '\n[[policies]]\nid = "P1"\ntitle = "A"\n\n[[policies]]\nid = "P1"\ntitle = "B"\n'
    data = registers.parse_toml(text, Path("reg.toml"))
    with pytest.raises(RegisterError, match="duplicate policy id"):
        registers.validate(data, text, Path("reg.toml"), duplicate_handles_allowed=True)
