"""Expected values for IR/examples/{embedding,sort,top_k_accuracy}.ftir from
JAX 0.10.2 (CPU, default configuration), written as .npy next to this script.
Inputs are drawn with numpy's seeded generator and saved too, so the Swift
tests (EmbeddingExampleTests, SortExampleTests) run the examples on exactly
these inputs without JAX.

    /work/jaxenv/bin/python IR/examples/reference/make_reference.py
"""
import os

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

assert jax.__version__ == "0.10.2", jax.__version__
here = os.path.dirname(os.path.abspath(__file__))


def save(name, array):
    np.save(os.path.join(here, name + ".npy"), np.asarray(array))


rng = np.random.default_rng(12)

# embedding.ftir: gather + mean pooling + linear + softmax cross-entropy.
V, E, C, T, B = 20, 8, 4, 6, 16
emb = rng.normal(size=(V, E)).astype(np.float32)
w = (rng.normal(size=(E, C)) / np.sqrt(E)).astype(np.float32)
b = (0.1 * rng.normal(size=(C,))).astype(np.float32)
tokens = rng.integers(0, V, size=(B, T)).astype(np.int32)
labels = rng.integers(0, C, size=(B,)).astype(np.int32)


def loss(emb, w, b, tokens, label):
    m = jnp.mean(emb[tokens], axis=0)
    z = m @ w + b
    return -jax.nn.log_softmax(z)[label]


losses = jax.jit(jax.vmap(loss, in_axes=(None, None, None, 0, 0)))(emb, w, b, tokens, labels)
d_emb, d_w, d_b = jax.jit(jax.vmap(jax.grad(loss, argnums=(0, 1, 2)), in_axes=(None, None, None, 0, 0)))(
    emb, w, b, tokens, labels)
for name, v in [("emb", emb), ("w", w), ("b", b), ("tokens", tokens), ("labels", labels),
                ("losses", losses), ("d_emb", d_emb), ("d_w", d_w), ("d_b", d_b)]:
    save("embedding_" + name, v)

# sort.ftir: argsort and top-k of rows with ties (small integers as floats).
x = rng.integers(-3, 4, size=(4, 6)).astype(np.float32)
x[1, 2] = -0.0
save("sort_x", x)
save("sort_argsort", jnp.argsort(x, axis=1, stable=True).astype(jnp.int32))
values, indices = lax.top_k(x, 3)
save("sort_top_k_values", values)
save("sort_top_k_indices", indices.astype(jnp.int32))

# top_k_accuracy.ftir: top-3 accuracy of 8 rows of 10 scores.
scores = rng.normal(size=(8, 10)).astype(np.float32)
top_labels = rng.integers(0, 10, size=(8,)).astype(np.int32)
top_labels[:4] = np.argsort(-scores[:4], axis=1, kind="stable")[:, 2]  # third-best: a hit only in the top 3
_, top3 = lax.top_k(scores, 3)
accuracy = jnp.mean(jnp.any(top3 == top_labels[:, None], axis=1).astype(jnp.float32))
save("top_k_scores", scores)
save("top_k_labels", top_labels)
save("top_k_accuracy", accuracy)
print("accuracy", accuracy, "losses", losses[:4])
