"""Expected values of IR/examples/cnn.ftir, from JAX (run with JAX 0.10.2 CPU):

    /work/jaxenv/bin/python IR/examples/reference/cnn_reference.py

Writes cnn/*.npy: the inputs (seeded numpy draws) and JAX's outputs of
@batch_loss's value_and_grad (forward_and_grad) and of @per_sample
(vmap(grad(loss))). The same model as the .ftir, written with lax ops
(Tools/bench_cnn.py imports `loss` and `batch_loss` from here).
"""
import os
import numpy as np
import jax
import jax.numpy as jnp
from jax import lax

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cnn")
rng = np.random.default_rng(12)
f32 = np.float32
inputs = {
    "w1": (rng.standard_normal((8, 1, 3, 3)) * 0.5).astype(f32),
    "b1": (rng.standard_normal(8) * 0.1).astype(f32),
    "w2": (rng.standard_normal((288, 10)) * 0.1).astype(f32),
    "b2": (rng.standard_normal(10) * 0.1).astype(f32),
    "x": rng.standard_normal((32, 1, 12, 12)).astype(f32),
    "labels": rng.integers(0, 10, 32).astype(np.int32),
}


def loss(w1, b1, w2, b2, x, label):
    c = lax.conv_general_dilated(x.reshape(1, 1, 12, 12), w1, (1, 1), ((1, 1), (1, 1)))
    h = jnp.maximum(c + b1.reshape(1, 8, 1, 1), 0.0)
    p = jnp.max(h.reshape(8, 6, 2, 6, 2), axis=(2, 4))
    logits = p.reshape(288) @ w2 + b2
    logp = logits - lax.stop_gradient(jnp.max(logits))
    logp = logp - jnp.log(jnp.sum(jnp.exp(logp)))
    return -logp[label]


def batch_loss(w1, b1, w2, b2, x, labels):
    return jnp.mean(jax.vmap(loss, in_axes=(None, None, None, None, 0, 0))(w1, b1, w2, b2, x, labels))


def main():
    os.makedirs(out, exist_ok=True)
    args = [inputs[k] for k in ["w1", "b1", "w2", "b2", "x", "labels"]]
    value, grads = jax.jit(jax.value_and_grad(batch_loss, argnums=(0, 1, 2, 3)))(*args)
    per_sample = jax.jit(jax.vmap(jax.grad(loss, argnums=(0, 1, 2, 3)), in_axes=(None, None, None, None, 0, 0)))(*args)
    for k, v in inputs.items():
        np.save(os.path.join(out, f"in_{k}.npy"), v)
    np.save(os.path.join(out, "forward_and_grad_0.npy"), np.asarray(value))
    for i, g in enumerate(grads):
        np.save(os.path.join(out, f"forward_and_grad_{i + 1}.npy"), np.asarray(g))
    for i, g in enumerate(per_sample):
        np.save(os.path.join(out, f"per_sample_{i}.npy"), np.asarray(g))
    print("jax", jax.__version__, "loss", float(value))


if __name__ == "__main__":
    main()
