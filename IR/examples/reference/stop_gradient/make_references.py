"""Expected second derivatives from JAX through stop_gradient and
bitcast_convert (JAX is not available in CI).

Run with JAX 0.10.2 (CPU):
  /work/jaxenv/bin/python IR/examples/reference/stop_gradient/make_references.py
It writes, next to this script, for each case N of
Tests/FTIRTests/StopGradientDerivativeTests.swift (the same functions, in
the same order): caseN_argK.npy (the point, f64) and caseN_hessian.npy
(jax.hessian with respect to the case's argnum). JAX: stop_gradient is the
identity in value and zero in every derivative order.
"""
import os

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

jax.config.update("jax_enable_x64", True)
HERE = os.path.dirname(os.path.abspath(__file__))
sg = lax.stop_gradient


def case0(y):
    a = jnp.sin(y)
    d = sg(a) + a * a
    return jnp.sum(d * d)


def case1(x, m):
    b = sg(m * m)
    p = x @ b
    q = x @ m
    return jnp.sum(jnp.sin(q) * p * q)


def case2(y):
    b = sg(y)
    b2 = sg(sg(y * y))
    return jnp.exp(b * y) * jnp.sin(y) + b2 * y * y * y


def case3(y):
    def then(a):
        return jnp.sum(a * a * sg(jnp.sin(a)))

    def other(a):
        return jnp.sum(jnp.exp(a) * sg(jnp.sin(a)))

    return lax.cond(jnp.sum(y) > 0, then, other, y)


def case4(y):
    b = sg(jnp.max(y))
    return jnp.log(jnp.sum(jnp.exp(y - b))) + b


def case5(y):
    b = lax.bitcast_convert_type(lax.bitcast_convert_type(y, jnp.int64), jnp.float64)
    return jnp.sum(b * b * jnp.sin(y) + y * y * b)


def case6(y):
    def body(carry, _):
        c, v = carry
        n = sg(jnp.sin(c)) * c + jnp.tanh(v * c)
        return (n, v), None

    (h, _), _ = lax.scan(body, (y, y), None, length=3)
    return jnp.sum(h * h)


cases = [
    (case0, 0, [np.array([0.3, -0.7, 1.1])]),
    (case1, 1, [np.array([[0.5, -0.2, 0.9], [1.1, 0.4, -0.6]]),
                np.array([[0.3, -0.8, 0.5], [0.7, 0.2, -0.4], [-0.9, 0.6, 1.0]])]),
    (case2, 0, [np.array(0.7)]),
    (case3, 0, [np.array([-0.4, 0.9, -1.2])]),  # sum < 0: the else branch
    (case4, 0, [np.array([0.2, -1.3, 0.8, 0.75])]),
    (case5, 0, [np.array([0.6, -1.1, 0.25])]),
    (case6, 0, [np.array([0.5, -0.9, 1.3])]),
]

for n, (f, k, args) in enumerate(cases):
    for i, a in enumerate(args):
        np.save(os.path.join(HERE, f"case{n}_arg{i}.npy"), np.asarray(a, dtype=np.float64))
    h = jax.hessian(f, argnums=k)(*[jnp.asarray(a) for a in args])
    np.save(os.path.join(HERE, f"case{n}_hessian.npy"), np.asarray(h, dtype=np.float64))
    print(n, np.asarray(h).ravel()[:4])
