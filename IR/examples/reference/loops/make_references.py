"""Expected values from JAX for the loop examples (JAX is not available in CI).

Run with JAX 0.10.2 (CPU):  /work/jaxenv/bin/python IR/examples/reference/loops/make_references.py
It writes, next to this script, the inputs and JAX's results as .npy files:

- rnn_*.npy: IR/examples/rnn_scan.ftir's @loss with lax.scan (f32) and
  jax.value_and_grad with respect to w, u, b (the example's @grad_loss).
- newton_*.npy: IR/examples/newton_while.ftir's @root with lax.while_loop
  (f64), forward only; and d root / d(a, b) by jax.jacfwd (forward mode:
  JAX has no reverse mode through lax.while_loop, ftc's @grad_root does).
- rk4_*.npy: IR/examples/rk4_scan.ftir's @lv with lax.scan (f64) and
  jax.grad with respect to all six arguments.

Tests/FTIRTests/JAXReferenceTests.swift compares the interpreter, the JIT and
a shared object with these files.
"""
import os

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

jax.config.update("jax_enable_x64", True)
HERE = os.path.dirname(os.path.abspath(__file__))


def save(name, value, dtype):
    np.save(os.path.join(HERE, name + ".npy"), np.asarray(value, dtype=dtype))


# RNN (rnn_scan.ftir): h' = tanh(W h + U x + b), loss = sum of squared outputs.
rng = np.random.default_rng(2024)
w = (rng.standard_normal((4, 4)) * 0.5).astype(np.float32)
u = (rng.standard_normal((4, 3)) * 0.5).astype(np.float32)
b = (rng.standard_normal(4) * 0.1).astype(np.float32)
h0 = (rng.standard_normal(4) * 0.5).astype(np.float32)
xs = rng.standard_normal((6, 3)).astype(np.float32)


def rnn_loss(w, u, b, h0, xs):
    def step(h, x):
        n = jnp.tanh(w @ h + u @ x + b)
        return n, n
    _, ys = lax.scan(step, h0, xs)
    return jnp.sum(ys * ys)


loss, (gw, gu, gb) = jax.jit(jax.value_and_grad(rnn_loss, argnums=(0, 1, 2)))(w, u, b, h0, xs)
for name, v in [("w", w), ("u", u), ("b", b), ("h0", h0), ("xs", xs), ("loss", loss), ("gw", gw), ("gu", gu), ("gb", gb)]:
    save("rnn_" + name, v, np.float32)


# Newton's method for x^3 + a x - b = 0 (newton_while.ftir), x0 = 1.
def root(a, b):
    def f(x):
        return x * x * x + a * x - b

    def cond(c):
        return jnp.abs(f(c)) > 1e-12

    def body(c):
        return c - f(c) / (3.0 * c * c + a)

    return lax.while_loop(cond, body, jnp.float64(1.0))


a_s = np.array([1.0, 0.5, 3.0, 2.0])
b_s = np.array([2.0, 7.0, -1.0, 0.25])
roots = np.array([jax.jit(root)(a, b) for a, b in zip(a_s, b_s)])
d_root = np.array([jax.jacfwd(root, argnums=(0, 1))(a, b) for a, b in zip(a_s, b_s)])
save("newton_a", a_s, np.float64)
save("newton_b", b_s, np.float64)
save("newton_root", roots, np.float64)
save("newton_droot", d_root, np.float64)  # [case, (d/da, d/db)]


# Lotka-Volterra by RK4 (rk4_scan.ftir): 50 steps of h = 0.05.
def lv(x0, y0, alpha, beta, delta, gamma):
    h = 0.05

    def f(x, y):
        return alpha * x - beta * x * y, delta * x * y - gamma * y

    def step(s, _):
        x, y = s
        k1 = f(x, y)
        k2 = f(x + 0.025 * k1[0], y + 0.025 * k1[1])
        k3 = f(x + 0.025 * k2[0], y + 0.025 * k2[1])
        k4 = f(x + h * k3[0], y + h * k3[1])
        xn = x + 0.008333333333333333 * ((k1[0] + k4[0]) + 2.0 * (k2[0] + k3[0]))
        yn = y + 0.008333333333333333 * ((k1[1] + k4[1]) + 2.0 * (k2[1] + k3[1]))
        return (xn, yn), xn

    (xf, yf), xs = lax.scan(step, (x0, y0), None, length=50)
    return 0.02 * jnp.sum(xs) + xf * yf


lv_args = np.array([1.2, 0.8, 1.1, 0.6, 0.4, 0.9])
lv_value = jax.jit(lv)(*lv_args)
lv_grad = jax.jit(jax.grad(lv, argnums=(0, 1, 2, 3, 4, 5)))(*lv_args)
save("rk4_args", lv_args, np.float64)
save("rk4_loss", lv_value, np.float64)
save("rk4_grad", np.array(lv_grad), np.float64)
print("rnn loss", loss, "roots", roots, "rk4", lv_value, np.array(lv_grad))
