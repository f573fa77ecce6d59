"""The NLP model and its speed work: loading the spaCy pipeline (`model`), and the stand-ins that
give the model's own answers faster (`fastattrs`: the attribute ruler indexed by token shape,
`fastlemmas`: a memo in front of the rule lemmatizer, `standins`: how both are put in place, `fastlayers`: the
networks' Maxout and LayerNorm layers at inference without the work only training reads)."""
from frontwire.nlp.model import DEFAULT_MODELS, MATRIX_BACKENDS, load_model, matrix_backend, model_name

__all__ = ["DEFAULT_MODELS", "MATRIX_BACKENDS", "load_model", "matrix_backend", "model_name"]
