"""The named metadata schema (inputs and outputs with "name"), prefix
discovery on a hand-written object, the status codes, and metadata parsing."""
import subprocess

import numpy as np
import pytest

import ftcpy
from ftcpy import metadata
from conftest import run
import os

HERE = os.path.dirname(os.path.abspath(__file__))


@pytest.fixture(scope="module")
def named(tmp_path_factory):
    lib = str(tmp_path_factory.mktemp("named") / "libnamed.so")
    run([os.environ.get("FTC_CC", "cc"), "-shared", "-fPIC", "-O1", "-o", lib, os.path.join(HERE, "named_object.c")])
    return ftcpy.load(lib)


def test_names_come_from_the_metadata(named):
    assert named.prefix == "t_" and named.name == "named"
    f = named.axpy
    assert [t.name for t in f.inputs] == ["a", "x", "y"] and [t.name for t in f.outputs] == ["r"]
    x, y = np.array([1, 2, 3], np.float32), np.array([10, 20, 30], np.float32)
    np.testing.assert_array_equal(f(a=2.0, x=x, y=y), [12, 24, 36])
    np.testing.assert_array_equal(f(np.float32(2), x, y=y), [12, 24, 36])
    # Converted arguments stay alive until the call returns (numpy would hand
    # x's freed buffer to y otherwise).
    for _ in range(3):
        np.testing.assert_array_equal(f(2.0, [1.0, 2.0, 3.0], [10.0, 20.0, 30.0]), [12, 24, 36])
        np.testing.assert_array_equal(f(2.0, x[::-1], y[::-1]), [36, 24, 12])
    with pytest.raises(ValueError, match=r"argument 'x' of axpy\(\) must have shape \[3\]"):
        f(2.0, x[:2], y)
    assert str(f.spec) == "axpy(a: f32[], x: f32[3], y: f32[3]) -> (r: f32[3])"


@pytest.mark.parametrize("code, error", [
    (1, ftcpy.FtcOutOfMemory), (2, ftcpy.FtcThreadError), (3, ftcpy.FtcMaxTripsError), (7, ftcpy.FtcError)])
def test_status_codes_raise(named, code, error):
    with pytest.raises(error, match=f"@status returned status {code}") as e:
        named.status(np.int32(code))
    assert e.value.status == code and isinstance(e.value, ftcpy.FtcError)
    if code == 1:
        assert isinstance(e.value, MemoryError)


def test_lists_and_scalars_are_converted_without_losing_values(named):
    echo, _ = named.status(0)
    assert echo.dtype == np.int32 and echo == 0
    with pytest.raises(TypeError, match=r"argument 'code' of status\(\) must be a numpy array of i32\[\], got float of float64 values"):
        named.status(1.5)
    with pytest.raises(ValueError, match="got values that int32 cannot hold"):
        named.status(2**40)
    with pytest.raises(TypeError, match="got str of <U1 values"):
        named.axpy("a", [1.0, 2.0, 3.0], [0, 0, 0])
    np.testing.assert_array_equal(named.axpy(True, [1, 2, 3], [0.5, 0.5, 0.5]), [1.5, 2.5, 3.5])


def test_status_zero_returns_every_result(named):
    echo, flag = named.status(code=np.int32(0))
    assert echo.dtype == np.int32 and echo == 0
    assert flag.dtype == np.bool_ and flag.tolist() == [True, False]


def test_an_object_without_metadata_is_refused(tmp_path):
    src = tmp_path / "plain.c"
    src.write_text("int twice(int x) { return 2 * x; }\n")
    lib = tmp_path / "libplain.so"
    run([os.environ.get("FTC_CC", "cc"), "-shared", "-fPIC", "-o", str(lib), str(src)])
    with pytest.raises(ftcpy.FtcLoadError, match="exports no function ending in ftc_metadata"):
        ftcpy.load(lib)


def test_an_object_with_two_metadata_functions_needs_a_prefix(tmp_path):
    src = tmp_path / "two.c"
    src.write_text('const char *a_ftc_metadata(void) { return "{\\"module\\": \\"a\\", \\"functions\\": []}"; }\n'
                   'const char *b_ftc_metadata(void) { return "{\\"module\\": \\"b\\", \\"functions\\": []}"; }\n')
    lib = tmp_path / "libtwo.so"
    run([os.environ.get("FTC_CC", "cc"), "-shared", "-fPIC", "-o", str(lib), str(src)])
    with pytest.raises(ftcpy.FtcLoadError, match="several metadata functions: a_ftc_metadata, b_ftc_metadata"):
        ftcpy.load(lib)
    assert ftcpy.load(lib, prefix="b_").name == "b"


def test_both_schemas_and_the_fallback_names():
    today = metadata.parse('{"module": "m", "functions": [{"name": "f", "symbol": "p_f", '
                           '"inputs": [{"dtype": "f32", "shape": [3, 2]}, {"dtype": "i1", "shape": []}], '
                           '"outputs": [{"dtype": "i64", "shape": [0]}]}]}')
    (f,) = today.functions
    assert (f.name, f.symbol) == ("f", "p_f")
    assert [(t.name, t.dtype, t.shape) for t in f.inputs] == [("arg0", "f32", (3, 2)), ("arg1", "i1", ())]
    assert [(t.name, t.dtype, t.shape) for t in f.outputs] == [("result0", "i64", (0,))]
    named = metadata.parse('{"module": "m", "functions": [{"name": "g", "symbol": "g", "inputs": ['
                           '{"name": "x.1", "dtype": "f32", "shape": []}, {"name": "lambda", "dtype": "f32", "shape": []}, '
                           '{"name": "out", "dtype": "f32", "shape": []}, {"name": "x_1", "dtype": "f32", "shape": []}, '
                           '{"name": "arg0", "dtype": "f32", "shape": []}], '
                           '"outputs": [{"name": "loss", "dtype": "f32", "shape": []}, {"name": "d_w", "dtype": "f64", "shape": [2]}, '
                           '{"name": "out", "dtype": "f32", "shape": []}, {"name": "loss", "dtype": "f32", "shape": []}]}]}')
    (g,) = named.functions
    # "." becomes "_" (as in ftc's headers); keywords, out= and repeats fall back to argN.
    assert [t.name for t in g.inputs] == ["x_1", "arg1", "arg2", "arg3", "arg0"]
    assert [t.name for t in g.outputs] == ["loss", "d_w", "out", "result3"]


@pytest.mark.parametrize("text, message", [
    ("not json", "is not ftc metadata"),
    ('{"functions": []}', "'module'"),
    ('{"module": "m", "functions": [{"name": "f", "symbol": "f", "inputs": [{"dtype": "f16", "shape": []}], "outputs": []}]}',
     "unknown dtype 'f16'"),
    ('{"module": "m", "functions": [{"name": "f", "symbol": "f", "inputs": [{"dtype": "f32", "shape": [-1]}], "outputs": []}]}',
     "bad shape"),
    ('{"module": "m", "functions": [{"name": "f", "symbol": "f", "inputs": {}, "outputs": []}]}', "'inputs'"),
])
def test_malformed_metadata_is_a_load_error(text, message):
    with pytest.raises(ftcpy.FtcLoadError, match=message):
        metadata.parse(text)
