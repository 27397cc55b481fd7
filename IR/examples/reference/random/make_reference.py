"""Expected values of ftc's random numbers, from jax.random (JAX 0.10.2, CPU,
default configuration: threefry2x32 keys, jax_threefry_partitionable on).

Run with the JAX venv: `/work/jaxenv/bin/python make_reference.py` writes the
.npy files next to this script: the x64-off cases in this process, the x64-on
cases (i64 seeds, u64 bits, f64 uniform/normal) in a child process with
JAX_ENABLE_X64=1. Unsigned results are stored as the signed type of the same
width (numpy .view), as ftc holds them. Names: <what>_<case>.npy.
"""
import os, subprocess, sys
import numpy as np
import jax, jax.numpy as jnp
from jax import random

HERE = os.path.dirname(os.path.abspath(__file__))
X64 = os.environ.get("JAX_ENABLE_X64") == "1"


def save(name, a):
    a = np.asarray(a)
    if a.dtype == np.uint32: a = a.view(np.int32)
    if a.dtype == np.uint64: a = a.view(np.int64)
    np.save(os.path.join(HERE, name + ".npy"), a)


def key(seed):
    return random.key_data(random.key(seed))


def dropout(k, x, rate=0.25):
    keep = random.bernoulli(k, 1.0 - rate, x.shape)
    return jnp.where(keep, x / (1.0 - rate), 0.0)


def x32_cases():
    for s in [0, 1, 42, -1, 2**31 - 1, -2**31]:
        save(f"key_i32_{s}".replace("-", "m"), key(jnp.int32(s)))
    k42, k7 = random.PRNGKey(42), random.PRNGKey(7)
    save("split_42_3", random.split(k42, 3))
    save("split_7_5", random.split(k7, 5))
    save("split_0_1", random.split(random.PRNGKey(0), 1))
    for d in [0, 7, -3, 2**31 - 1]:
        save(f"foldin_42_{d}".replace("-", "m"), random.fold_in(k42, jnp.int32(d)))
    save("bits_42_5", random.bits(k42, (5,)))
    save("bits_42_3x7", random.bits(k42, (3, 7)))
    save("bits_42_scalar", random.bits(k42, ()))
    save("bits_7_2x3x4", random.bits(k7, (2, 3, 4)))
    save("uniform_f32_42_3x7", random.uniform(k42, (3, 7)))
    save("uniform_f32_1_11", random.uniform(random.PRNGKey(1), (11,)))
    save("uniform_f32_42_13_m2.5_3.25", random.uniform(k42, (13,), minval=-2.5, maxval=3.25))
    save("uniform_f32_7_9_0.3_2.7", random.uniform(k7, (9,), minval=0.3, maxval=2.7))
    save("normal_f32_42_1000", random.normal(k42, (1000,)))
    save("normal_f32_3_7x5", random.normal(random.PRNGKey(3), (7, 5)))
    save("bernoulli_42_0.3_4x9", random.bernoulli(k42, 0.3, (4, 9)))
    p = (jnp.arange(15, dtype=jnp.float32) / 14.0).reshape(3, 5)
    save("bernoulli_p", p)
    save("bernoulli_7_p_3x5", random.bernoulli(k7, p, (3, 5)))
    keys = random.split(random.PRNGKey(5), 4)
    save("vmap_keys", keys)
    save("vmap_uniform_4x6", jax.vmap(lambda k: random.uniform(k, (6,)))(keys))
    save("vmap_normal_4x6", jax.vmap(lambda k: random.normal(k, (6,)))(keys))
    save("vmap_split_4x2", jax.vmap(lambda k: random.split(k, 2))(keys))
    # erf_inv on a grid (both ranges of Giles' f32 approximation).
    u = np.concatenate([np.linspace(-0.999999, 0.999999, 201), [0.0, 0.5, -0.9999, 0.99999994, -1.0, 1.0]]).astype(np.float32)
    save("erfinv_f32_x", u)
    save("erfinv_f32_y", jax.lax.erf_inv(jnp.asarray(u)))
    # The dropout example: one key per row of a batch, vmapped.
    x = (jnp.arange(40, dtype=jnp.float32) / 7.0).reshape(8, 5)
    dkeys = random.split(random.PRNGKey(0), 3)
    save("dropout_x", x)
    save("dropout_keys", dkeys)
    save("dropout_out", jax.vmap(dropout, in_axes=(0, None))(dkeys, x))


def x64_cases():
    for s in [0, 2**40 + 5, -1, -2**63]:
        save(f"key_i64_{s}".replace("-", "m"), key(jnp.int64(s)))
    k42 = random.PRNGKey(42)
    save("bits64_42_5", random.bits(k42, (5,), dtype=jnp.uint64))
    save("uniform_f64_42_3x7", random.uniform(k42, (3, 7), dtype=jnp.float64))
    save("uniform_f64_1_9_m1_5", random.uniform(random.PRNGKey(1), (9,), dtype=jnp.float64, minval=-1.0, maxval=5.0))
    save("normal_f64_42_500", random.normal(k42, (500,), dtype=jnp.float64))
    u = np.concatenate([np.linspace(-0.9999999999, 0.9999999999, 201),
                        [0.0, 0.5, 1 - 1e-12, 1 - 2**-53, -1 + 1e-15, -1.0, 1.0]]).astype(np.float64)
    save("erfinv_f64_x", u)
    save("erfinv_f64_y", jax.lax.erf_inv(jnp.asarray(u)))


if __name__ == "__main__":
    assert jax.__version__ == "0.10.2", jax.__version__
    if X64:
        x64_cases()
    else:
        x32_cases()
        env = dict(os.environ, JAX_ENABLE_X64="1")
        subprocess.run([sys.executable, os.path.abspath(__file__)], env=env, check=True)
