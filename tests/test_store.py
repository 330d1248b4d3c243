"""store.edit: comments kept, invalid changes write nothing, secrets refused, atomic writes, locking."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import tomlkit

from smpolicy import registers, store
from smpolicy.errors import InputError, RegisterError, StoreError

HSSIB = registers.bundled_path("hssib")


@pytest.fixture
def reg(tmp_path: Path) -> Path:
    path = tmp_path / "register.toml"
    path.write_bytes(HSSIB.read_bytes())
    return path


def leftovers(folder: Path) -> list[str]:
    """Temporary files a write could leave behind (the lock file is expected and harmless)."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def add_instagram(doc):
    return store.add_account(
        doc,
        {"platform": "instagram", "name": "HSSIB on Instagram", "handle": "@hssib", "admins": ["A", "B"]},
    )


def test_edit_returns_the_change_result_and_writes(reg):
    result = store.edit(reg, lambda doc: (add_instagram(doc), "done")[1])
    assert result == "done"
    loaded = registers.load(reg)
    assert loaded.accounts[-1].name == "HSSIB on Instagram"
    assert loaded.accounts[-1].admins == ["A", "B"]


def test_edit_keeps_every_untouched_byte(reg):
    before = reg.read_text()
    store.edit(reg, add_instagram)
    after = reg.read_text()
    head, _, _ = before.partition("[lint]")
    # Everything up to the last account is unchanged, byte for byte; so is everything after it.
    assert after.startswith(head.rstrip("\n"))
    assert after.endswith("[lint]" + before.partition("[lint]")[2])
    added = after[len(head.rstrip("\n")) : after.index("[lint]")]
    assert added == (
        "\n\n[[accounts]]\n"
        'platform = "instagram"\n'
        'handle = "@hssib"\n'
        'name = "HSSIB on Instagram"\n'
        'admins = ["A", "B"]\n\n'
    )


def test_comments_survive_an_edit_in_the_middle(reg):
    before = reg.read_text()
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]

    def change(doc):
        store.find_account_tables(doc, "HSSIB on LinkedIn")[0]["mfa"] = "yes"

    store.edit(reg, change)
    after = reg.read_text()
    assert [line for line in after.splitlines() if line.lstrip().startswith("#")] == comments
    assert after.replace('owner_team = "Communications and Engagement Team"\nmfa = "yes"\n', 'owner_team = "Communications and Engagement Team"\n', 1) == before


def test_an_invalid_change_writes_nothing(reg):
    before = reg.read_bytes()
    with pytest.raises(StoreError, match="accounts\\[5\\].platform"):
        store.edit(reg, lambda doc: store.add_account(doc, {"platform": "myspace", "name": "x"}))
    assert reg.read_bytes() == before
    assert leftovers(reg.parent) == []


def test_an_error_raised_by_the_change_writes_nothing(reg):
    before = reg.read_bytes()

    def change(doc):
        add_instagram(doc)
        raise InputError("changed my mind")

    with pytest.raises(InputError, match="changed my mind"):
        store.edit(reg, change)
    assert reg.read_bytes() == before


def test_a_secret_is_refused_and_never_echoed(reg):
    before = reg.read_bytes()
    secret = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4"

    def change(doc):
        store.find_account_tables(doc, "@hssib.bsky.social")[0]["notes"] = f"token {secret}"

    with pytest.raises(StoreError) as caught:
        store.edit(reg, change)
    assert "never hold secrets" in str(caught.value)
    assert secret not in str(caught.value)
    assert reg.read_bytes() == before


def test_a_secret_key_name_is_refused(reg):
    def change(doc):
        store.find_account_tables(doc, "@hssib.bsky.social")[0]["password"] = "x"

    with pytest.raises(StoreError, match="secret field name"):
        store.edit(reg, change)


def test_duplicate_handles_are_refused_on_write(reg):
    with pytest.raises(StoreError, match="already used"):
        store.edit(reg, lambda doc: store.add_account(doc, {"platform": "x", "name": "Again", "handle": "@THEHSSIB"}))


def test_no_temporary_file_is_left_after_success(reg):
    store.edit(reg, add_instagram)
    assert leftovers(reg.parent) == []


def test_a_failed_rename_leaves_the_register_and_no_temporary_file(reg, monkeypatch):
    before = reg.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.os, "replace", broken_replace)
    with pytest.raises(StoreError, match="No space left"):
        store.edit(reg, add_instagram)
    assert reg.read_bytes() == before
    assert leftovers(reg.parent) == []


def test_the_file_mode_is_kept(reg):
    os.chmod(reg, 0o640)
    store.edit(reg, add_instagram)
    assert stat.S_IMODE(reg.stat().st_mode) == 0o640


def test_a_symlinked_register_is_edited_through_the_link(reg, tmp_path):
    link = tmp_path / "link.toml"
    link.symlink_to(reg)
    store.edit(link, add_instagram)
    assert link.is_symlink()
    assert "HSSIB on Instagram" in reg.read_text()


def test_no_change_means_no_write(reg):
    mtime = reg.stat().st_mtime_ns
    os.utime(reg, ns=(mtime - 10_000_000_000, mtime - 10_000_000_000))
    old = reg.stat().st_mtime_ns
    assert store.edit(reg, lambda doc: len(doc["accounts"])) == 5
    assert reg.stat().st_mtime_ns == old


def test_malformed_register_gives_file_line_col(reg):
    reg.write_text(reg.read_text().replace('status = "dormant"', 'status = "dormant'))
    with pytest.raises(RegisterError) as caught:
        store.edit(reg, add_instagram)
    assert str(caught.value).startswith(f"{reg}:")
    assert caught.value.line is not None and caught.value.column is not None


def test_a_held_lock_times_out_with_a_clear_message(reg):
    from filelock import FileLock

    holder = FileLock(str(store.lock_path(reg)))
    with holder:
        with pytest.raises(StoreError, match="locked by another smpolicy process") as caught:
            store.edit(reg, add_instagram, timeout=0.05)
    assert str(store.lock_path(reg)) in str(caught.value)
    assert "HSSIB on Instagram" not in reg.read_text()


def test_a_lock_file_left_behind_does_not_block(reg):
    store.lock_path(reg).write_text("")
    store.edit(reg, add_instagram, timeout=1)
    assert "HSSIB on Instagram" in reg.read_text()


def test_bundled_registers_are_read_only():
    resolution = registers.resolve("hssib", environ={})
    with pytest.raises(StoreError, match="read-only"):
        store.editable_path(resolution)


def test_a_folder_is_not_editable(tmp_path):
    resolution = registers.Resolution(tmp_path, "option", "--register", False)
    with pytest.raises(StoreError, match="folder"):
        store.editable_path(resolution)


# --- finding and adding tables -------------------------------------------------------------------


@pytest.fixture
def doc():
    return tomlkit.parse(HSSIB.read_text())


def names(tables) -> list[str]:
    return [f"{t['platform']}:{t.get('handle') or t['name']}" for t in tables]


@pytest.mark.parametrize(
    "key, expected",
    [
        ("@hssib.bsky.social", ["bluesky:@hssib.bsky.social"]),
        ("hssib.bsky.social", ["bluesky:@hssib.bsky.social"]),
        ("HSSIB.BSKY.SOCIAL", ["bluesky:@hssib.bsky.social"]),
        ("@theHSSIB", ["youtube:@theHSSIB", "x:@theHSSIB"]),
        ("x:@theHSSIB", ["x:@theHSSIB"]),
        ("youtube:thehssib", ["youtube:@theHSSIB"]),
        ("HSSIB on LinkedIn", ["linkedin:HSSIB on LinkedIn"]),
        ("linkedin:HSSIB on LinkedIn", ["linkedin:HSSIB on LinkedIn"]),
        ("x:HSSIB on X (formerly Twitter)", ["x:@theHSSIB"]),
        ("@nobody", []),
        ("linkedin:@theHSSIB", []),
    ],
)
def test_find_account_tables(doc, key, expected):
    assert names(store.find_account_tables(doc, key)) == expected


def test_find_account_tables_with_no_accounts():
    assert store.find_account_tables(tomlkit.parse("schema_version = 1\n"), "@x") == []


def test_find_policy_table(doc):
    assert store.find_policy_table(doc, "hssib005")["title"] == "Social Media Policy"
    assert store.find_policy_table(doc, "HSSIB006") is None


def test_add_account_to_a_register_without_accounts():
    doc = tomlkit.parse('schema_version = 1\n\n[organisation]\nname = "Org"\n')
    store.add_account(doc, {"platform": "x", "name": "Org on X", "handle": None})
    text = tomlkit.dumps(doc)
    assert text.startswith('schema_version = 1\n\n[organisation]\nname = "Org"\n')
    assert tomlkit.parse(text)["accounts"][0]["name"] == "Org on X"
    assert "handle" not in text  # None values are left out


def test_add_account_to_an_inline_array():
    doc = tomlkit.parse('accounts = [{platform = "x", name = "A"}]\n')
    store.add_account(doc, {"platform": "youtube", "name": "B"})
    assert [a["name"] for a in tomlkit.parse(tomlkit.dumps(doc))["accounts"]] == ["A", "B"]


def test_add_account_writes_keys_in_the_model_order():
    doc = tomlkit.parse("")
    store.add_account(doc, {"admins": ["A"], "name": "N", "platform": "x", "status": "active"})
    assert list(doc["accounts"][0]) == ["platform", "name", "status", "admins"]


def test_history_goes_before_the_comments_that_introduce_the_accounts(doc):
    before = tomlkit.dumps(doc)
    store.append_history(store.find_policy_table(doc, "HSSIB005"), {"on": "2026-01-05", "action": "review", "by": "Board"})
    after = tomlkit.dumps(doc)
    block = '[[policies.history]]\non = "2026-01-05"\naction = "review"\nby = "Board"\n\n# Appendix 1:'
    assert block in after
    assert after.replace(block, "# Appendix 1:") == before


def test_history_entries_follow_each_other_with_one_blank_line(doc):
    table = store.find_account_tables(doc, "x:@theHSSIB")[0]
    store.append_history(table, {"on": "2026-01-01", "note": "first", "action": "status"})
    store.append_history(table, {"on": "2026-02-01", "action": "status", "note": "second"})
    text = tomlkit.dumps(doc)
    assert (
        'owner_team = "Communications and Engagement Team"\n\n'
        '[[accounts.history]]\non = "2026-01-01"\naction = "status"\nnote = "first"\n\n'
        '[[accounts.history]]\non = "2026-02-01"\naction = "status"\nnote = "second"\n\n[lint]'
    ) in text
    parsed = tomlkit.parse(text)
    assert [h["note"] for h in parsed["accounts"][4]["history"]] == ["first", "second"]
    assert "history" not in parsed["accounts"][3]


def test_history_in_an_inline_account():
    doc = tomlkit.parse('accounts = [{platform = "x", name = "A"}]\n')
    store.append_history(doc["accounts"][0], {"on": "2026-01-01", "action": "review"})
    parsed = tomlkit.parse(tomlkit.dumps(doc))
    assert parsed["accounts"][0]["history"][0]["on"] == "2026-01-01"


def test_remove_account_keeps_the_comment_above_the_next_header(doc):
    text = tomlkit.dumps(doc).replace(
        '[[accounts]]\nplatform = "youtube"', '# YouTube came second.\n[[accounts]]\nplatform = "youtube"'
    )
    doc = tomlkit.parse(text)
    store.remove_account(doc, store.find_account_tables(doc, "HSSIB on LinkedIn")[0])
    after = tomlkit.dumps(doc)
    assert "HSSIB on LinkedIn" not in after
    assert "# Appendix 1 gives no LinkedIn handle." not in after  # the removed account's own comment
    assert 'owner_team = "Communications and Engagement Team"\n\n# YouTube came second.\n[[accounts]]\nplatform = "youtube"' in after


def test_remove_the_first_and_last_accounts(doc):
    store.remove_account(doc, store.find_account_tables(doc, "@hssib.bsky.social")[0])
    store.remove_account(doc, store.find_account_tables(doc, "x:@theHSSIB")[0])
    text = tomlkit.dumps(doc)
    assert "# The policy names no MFA state, credential custodian or access review date: left unknown.\n[[accounts]]\nplatform = \"linkedin\"" in text
    assert 'owner_team = "Communications and Engagement Team"\n\n[lint]' in text
    assert [a["platform"] for a in tomlkit.parse(text)["accounts"]] == ["linkedin", "youtube", "smartsurvey"]


def test_remove_account_refuses_a_table_not_in_the_register(doc):
    with pytest.raises(InputError):
        store.remove_account(doc, tomlkit.table())
