import tomllib

import yaml
from typer.testing import CliRunner

from smpolicy.cli import app

runner = CliRunner()


def test_init_writes_config_naming_the_register(tmp_path):
    result = runner.invoke(app, ["init", str(tmp_path), "--register", "hra"])
    assert result.exit_code == 0, result.output
    config = tomllib.loads((tmp_path / "smpolicy.toml").read_text())
    assert config == {"register": "hra"}
    assert not (tmp_path / ".pre-commit-config.yaml").exists()


def test_init_with_pre_commit_writes_a_valid_config(tmp_path):
    result = runner.invoke(app, ["init", str(tmp_path), "--pre-commit"])
    assert result.exit_code == 0, result.output
    config = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text())
    hooks = config["repos"][0]["hooks"]
    assert config["repos"][0]["repo"] == "local"
    assert {hook["id"] for hook in hooks} >= {"smpolicy-lint", "smpolicy-review-due"}


def test_init_with_hook_repo_points_at_it(tmp_path):
    args = ["init", str(tmp_path), "--pre-commit", "--hook-repo", "https://example.org/smpolicy", "--hook-rev", "v0.1.0"]
    assert runner.invoke(app, args).exit_code == 0
    config = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text())
    assert config["repos"][0]["rev"] == "v0.1.0"
    assert [h["id"] for h in config["repos"][0]["hooks"]][0] == "smpolicy-lint"


def test_init_never_overwrites_without_force(tmp_path):
    (tmp_path / "smpolicy.toml").write_text("register = 'mine.toml'\n")
    result = runner.invoke(app, ["init", str(tmp_path), "--register", "hra"])
    assert result.exit_code == 2
    assert "already exists" in result.output
    assert (tmp_path / "smpolicy.toml").read_text() == "register = 'mine.toml'\n"
    assert runner.invoke(app, ["init", str(tmp_path), "--register", "hra", "--force"]).exit_code == 0
    assert "hra" in (tmp_path / "smpolicy.toml").read_text()


def test_init_refuses_an_unknown_register_and_writes_nothing(tmp_path):
    result = runner.invoke(app, ["init", str(tmp_path), "--register", "nowhere"])
    assert result.exit_code == 2
    assert "nowhere" in result.output
    assert list(tmp_path.iterdir()) == []


def test_init_refuses_a_missing_folder(tmp_path):
    result = runner.invoke(app, ["init", str(tmp_path / "nope")])
    assert result.exit_code == 2


def test_init_ignores_register_lock_files_and_keeps_the_existing_gitignore(tmp_path):
    (tmp_path / ".gitignore").write_text("drafts/private/")
    assert runner.invoke(app, ["init", str(tmp_path)]).exit_code == 0
    lines = (tmp_path / ".gitignore").read_text().splitlines()
    assert lines[0] == "drafts/private/"
    assert "*.toml.lock" in lines
    # A second run (forced) does not add the pattern twice.
    assert runner.invoke(app, ["init", str(tmp_path), "--force"]).exit_code == 0
    assert (tmp_path / ".gitignore").read_text().splitlines().count("*.toml.lock") == 1
