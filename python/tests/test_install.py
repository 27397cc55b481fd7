"""Tools/install into a temporary prefix, with the ftc this test command
uses (FTC_INSTALL_BINARY: no bootstrap, no release build), twice."""
import os
import subprocess

from conftest import REPO

INSTALL = os.path.join(REPO, "Tools", "install")


def install(ftc, prefix, cwd):
    env = dict(os.environ, FTC_INSTALL_BINARY=ftc)
    return subprocess.run([INSTALL, prefix], cwd=cwd, env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)


def test_install_into_a_prefix_prints_the_version(ftc, tmp_path):
    for _ in range(2):                                   # idempotent: the second run replaces the binary
        r = install(ftc, "pre/fix", tmp_path)            # a relative prefix is the caller's
        assert r.returncode == 0, r.stderr
    installed = tmp_path / "pre" / "fix" / "bin" / "ftc"
    assert sorted(os.listdir(installed.parent)) == ["ftc"], "no temporary file is left"
    assert os.access(installed, os.X_OK)
    version = subprocess.run([installed, "--version"], capture_output=True, text=True, check=True).stdout
    assert version.startswith("ftc ") and "LLVM 19" in version, version
    assert version in r.stdout


def test_install_refuses_a_missing_binary(tmp_path):
    r = install(str(tmp_path / "no-ftc"), str(tmp_path / "p"), tmp_path)
    assert r.returncode != 0 and "not an executable" in r.stderr
    assert not (tmp_path / "p").exists()
