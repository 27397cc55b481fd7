"""ftcpy on objects compiled by ftc: finding the prefix, calling by position
and by name, argument checks, out= buffers, threads."""
import inspect
import os
import threading

import numpy as np
import pytest

import ftcpy
from conftest import EXAMPLES



def linreg_inputs():
    inputs = os.path.join(EXAMPLES, "inputs")
    return [np.load(os.path.join(inputs, f"linreg_{n}.npy")) for n in "wxy"]


def test_installed_package_is_the_one_tested():
    if os.environ.get("FTCPY_EXPECT_INSTALLED"):
        assert "site-packages" in ftcpy.__file__, ftcpy.__file__


def test_loss_of_the_linreg_example(compiler):
    m = ftcpy.load(compiler.example("linreg"))
    loss = m.loss(*linreg_inputs())
    assert loss.dtype == np.float32 and loss.shape == ()
    assert abs(float(loss) - 0.3833334) < 1e-6          # what the README's `ftc run` prints
    assert m["loss"] is m.loss and list(m.functions) == ["loss"] and m.name == "linreg"


def test_the_prefix_is_found_and_two_objects_live_together(compiler):
    plain = ftcpy.load(compiler.example("linreg"))
    prefixed = ftcpy.load(compiler.example("linreg", "--prefix", "m_"))
    assert plain.prefix == "" and prefixed.prefix == "m_"
    assert ftcpy.find_prefix(compiler.example("linreg", "--prefix", "m_")) == "m_"
    assert prefixed.loss.spec.symbol == "m_loss"
    args = linreg_inputs()
    assert plain.loss(*args) == prefixed.loss(*args)
    explicit = ftcpy.load(compiler.example("linreg", "--prefix", "m_"), prefix="m_")
    assert explicit.loss(*args) == plain.loss(*args)
    with pytest.raises(ftcpy.FtcLoadError, match="has no function q_ftc_metadata"):
        ftcpy.load(compiler.example("linreg"), prefix="q_")


def test_arguments_by_name_and_the_signature(compiler):
    f = ftcpy.load(compiler.example("linreg")).loss
    names = [t.name for t in f.inputs]
    assert names == ["w", "x", "y"]
    assert list(inspect.signature(f).parameters) == names + ["out"]
    w, x, y = linreg_inputs()
    by_name = f(**dict(zip(names, (w, x, y))))
    mixed = f(w, **{names[2]: y, names[1]: x})
    assert by_name == mixed == f(w, x, y)
    with pytest.raises(TypeError, match=f"missing argument '{names[2]}'"):
        f(w, x)
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        f(w, x, y, z=y)
    with pytest.raises(TypeError, match=f"multiple values for argument '{names[0]}'"):
        f(w, x, **{names[0]: w})
    with pytest.raises(TypeError, match="takes 3 arguments but 4 were given"):
        f(w, x, y, y)


def test_names_of_parameters_results_and_transforms(compiler):
    m = ftcpy.load(compiler.example("mlp_grad"))
    assert str(m.predict.spec) == "predict(w1: f32[4,16], b1: f32[16], w2: f32[16,3], b2: f32[3], x: f32[8,4]) -> (out: f32[8,3])"
    assert [t.name for t in m.loss.outputs] == ["l"]
    assert [t.name for t in m.dloss.inputs] == ["w1", "b1", "w2", "b2", "x", "y"]
    assert [t.name for t in m.dloss.outputs] == ["d_w1", "d_b1", "d_w2", "d_b2"]
    bwd = ftcpy.load(compiler.source("""
func @f(%a: f32[2], %k: i32[]) -> (f32[2], i32[]) {
  %s = sin %a : f32[2]
  return %s, %k
}
func @bwd = vjp(@f)
func @vg = value_and_grad(@g, argnums=[0, 1])
func @g(%u: f32[], %v: f32[]) -> f32[] {
  %p = mul %u, %v : f32[]
  return %p
}
""")).functions
    assert [t.name for t in bwd["bwd"].inputs] == ["a", "k", "ct_s"]
    assert [t.name for t in bwd["bwd"].outputs] == ["s", "result1", "d_a"]
    assert [t.name for t in bwd["vg"].outputs] == ["p", "d_u", "d_v"]
    np.testing.assert_allclose(bwd["vg"](u=np.float32(2), v=np.float32(3))[2], 2.0)


def test_dtype_and_shape_errors_name_the_argument(compiler):
    f = ftcpy.load(compiler.example("linreg")).loss
    w, x, y = linreg_inputs()
    name = f.inputs[1].name
    with pytest.raises(TypeError, match=rf"argument '{name}' of loss\(\) must be f32 \(numpy float32\), "
                                        r"got an array of float64 \(numpy's default dtype is float64"):
        f(w, x.astype(np.float64), y)
    with pytest.raises(TypeError, match=r"must be i32 .*got an array of float32|must be f32 .*got an array of int32"):
        f(w, x.astype(np.int32), y)
    with pytest.raises(ValueError, match=rf"argument '{name}' of loss\(\) must have shape \[3, 2\] \(f32\[3,2\]\), got \[2, 3\]"):
        f(w, x.T.copy(), y)
    with pytest.raises(TypeError, match=rf"argument '{f.inputs[0].name}' of loss\(\) must be a numpy array of f32\[2\]"):
        f("ab", x, y)
    # Lists and Python scalars are converted; big-endian arrays are refused.
    assert f(w.tolist(), x.tolist(), y.tolist()) == f(w, x, y)
    with pytest.raises(TypeError, match="got an array of >f4"):
        f(w.astype(">f4"), x, y)


def test_non_contiguous_inputs_are_copied(compiler):
    f = ftcpy.load(compiler.example("linreg")).loss
    w, x, y = linreg_inputs()
    xt = np.asfortranarray(x)
    strided = np.zeros((3, 4), np.float32)[:, ::2]
    strided[...] = x
    assert not xt.flags.c_contiguous and not strided.flags.c_contiguous
    assert f(w, xt, y) == f(w, strided, y) == f(w, x, y)


def test_out_buffers(compiler):
    m = ftcpy.load(compiler.example("mlp_grad"))
    rng = np.random.default_rng(3)
    args = [rng.standard_normal(t.shape).astype(np.float32) for t in m.dloss.inputs]
    expected = m.dloss(*args)
    assert isinstance(expected, tuple) and len(expected) == 4
    outs = tuple(np.full(t.shape, np.nan, np.float32) for t in m.dloss.outputs)
    got = m.dloss(*args, out=outs)
    assert all(g is o for g, o in zip(got, outs))
    for g, e in zip(got, expected):
        np.testing.assert_array_equal(g, e)
    loss = np.zeros((), np.float32)
    assert m.loss(*args, out=loss) is loss and loss == m.loss(*args)
    # One result: a bare array; several: a tuple or list of as many.
    with pytest.raises(ValueError, match=r"out= of dloss\(\) must be a tuple of 4 arrays"):
        m.dloss(*args, out=outs[:3])
    first = m.dloss.outputs[0]

    def bad(index, buffer):
        return tuple(buffer if k == index else o for k, o in enumerate(outs))

    with pytest.raises(TypeError, match=rf"out= buffer '{first.name}' of dloss\(\) must be f32 \(numpy float32\), got an array of float64"):
        m.dloss(*args, out=bad(0, np.zeros(first.shape)))
    with pytest.raises(ValueError, match=r"must have shape \[4, 16\] \(f32\[4,16\]\), got \[16, 4\]"):
        m.dloss(*args, out=bad(0, np.zeros((16, 4), np.float32)))
    with pytest.raises(ValueError, match="must be C-contiguous"):
        m.dloss(*args, out=bad(0, np.zeros((16, 4), np.float32).T))
    readonly = np.zeros(first.shape, np.float32)
    readonly.flags.writeable = False
    with pytest.raises(ValueError, match="must be writeable"):
        m.dloss(*args, out=bad(0, readonly))
    with pytest.raises(TypeError, match="must be a numpy array of f32"):
        m.dloss(*args, out=bad(0, [0.0] * 64))
    # No overlap with an argument, or with another result.
    with pytest.raises(ValueError, match="overlaps an argument or another result"):
        m.dloss(*args, out=bad(0, args[0]))
    big = np.zeros(64 + 16, np.float32)
    with pytest.raises(ValueError, match="overlaps an argument or another result"):
        m.dloss(*args, out=(big[:64].reshape(4, 16), big[8:24], outs[2], outs[3]))
    shared = np.zeros(8 * 4 + 8 * 3, np.float32)   # x and y views of one buffer: arguments may overlap each other
    x, y = shared[:32].reshape(8, 4), shared[32:].reshape(8, 3)
    x[...], y[...] = args[4], args[5]
    m.loss(*args[:4], x, y, out=loss)
    assert loss == m.loss(*args)


def test_one_out_buffer_is_checked_like_several(compiler):
    """The single-result out= path (checked inline for speed) refuses what the general one does."""
    m = ftcpy.load(compiler.example("mlp_grad"))
    rng = np.random.default_rng(4)
    args = [rng.standard_normal(t.shape).astype(np.float32) for t in m.loss.inputs]
    with pytest.raises(TypeError, match=r"out= buffer 'l' of loss\(\) must be f32 \(numpy float32\), got an array of float64"):
        m.loss(*args, out=np.zeros(()))
    with pytest.raises(ValueError, match=r"out= buffer 'l' of loss\(\) must have shape \[\]"):
        m.loss(*args, out=np.zeros(1, np.float32))
    readonly = np.zeros((), np.float32)
    readonly.flags.writeable = False
    with pytest.raises(ValueError, match="must be writeable"):
        m.loss(*args, out=readonly)
    with pytest.raises(ValueError, match="overlaps an argument or another result"):
        m.loss(*args, out=args[1][3:4].reshape(()))
    with pytest.raises(TypeError, match=r"out= buffer 'l' of loss\(\) must be a numpy array of f32\[\], got tuple"):
        m.loss(*args, out=(np.zeros((), np.float32),))
    loss = np.zeros((), np.float32)
    by_name = {t.name: a for t, a in zip(m.loss.inputs, args)}
    assert m.loss(**by_name, out=loss) is loss and loss == m.loss(*args)
    with pytest.raises(TypeError, match="unexpected keyword argument 'w9'"):
        m.loss(**dict(by_name, w9=args[0]))
    with pytest.raises(TypeError, match="missing argument 'y'"):
        m.loss(**{k: v for k, v in by_name.items() if k != "y"})


def test_calls_from_many_threads(compiler):
    m = ftcpy.load(compiler.example("mlp_grad"))
    rng = np.random.default_rng(5)
    cases = [[rng.standard_normal(t.shape).astype(np.float32) for t in m.loss.inputs] for _ in range(8)]
    expected = [m.loss(*c) for c in cases]
    got = [None] * len(cases)

    def work(k):
        for _ in range(50):
            got[k] = m.loss(*cases[k])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(len(cases))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == expected


def test_module_errors(compiler, tmp_path):
    m = ftcpy.load(compiler.example("mlp_grad"))
    with pytest.raises(AttributeError, match=r"module @mlp_grad has no function 'los' \(it has predict, loss, dloss\)"):
        m.los
    with pytest.raises(KeyError, match="has no function 'los'"):
        m["los"]
    assert "dloss" in dir(m) and "mlp_grad" in repr(m)
    text = tmp_path / "notes.txt"
    text.write_text("not an object")
    with pytest.raises(ftcpy.FtcLoadError, match="is not an ELF shared object"):
        ftcpy.load(text)
    with pytest.raises(ftcpy.FtcLoadError, match="cannot read"):
        ftcpy.load(tmp_path / "missing.so")
    data = open(compiler.example("linreg"), "rb").read()
    for cut in (64, 1000, len(data) // 2):
        truncated = tmp_path / f"cut{cut}.so"
        truncated.write_bytes(data[:cut])
        with pytest.raises(ftcpy.FtcLoadError):
            ftcpy.load(truncated)
