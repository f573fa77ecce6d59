"""The package's layers: data flows one way, document -> article -> records -> store -> views.

This walks every import in frontwire/ (module level and inside functions alike: a lazy import is
still a dependency) and checks that no module imports a higher stage and that the module graph
has no circle. A stage's `cli` module is its command layer and may use any stage below the root
command; nothing but the root entry point imports the root command.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "frontwire"

# Lower number, lower stage. A module may import its own stage or a lower one.
STAGES = {
    "errors": 0, "models": 0, "vocab": 0,
    "nlp": 1, "gazetteer": 1,
    "ingest": 2,
    "extract": 3,
    "pipeline": 4, "run": 4,
    # Claim clusters are tables of the store, kept in the same transaction as the article
    # (store.write -> crosscheck.incremental), so the cross-check is the store's own stage.
    "store": 5, "crosscheck": 5,
    "batch": 7, "api": 7, "web": 7,
    "cliutils": 8,
    "cli": 9,  # the root command: `frontwire`
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def all_modules() -> dict[str, Path]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    assert "frontwire.pipeline" in modules, f"no frontwire package at {PACKAGE}"
    return modules


def _runtime_nodes(tree: ast.AST):
    """Every node but those under `if TYPE_CHECKING:` (imports for annotations only)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and getattr(child.test, "id", getattr(child.test, "attr", None)) == "TYPE_CHECKING":
                stack.extend(child.orelse)
                continue
            stack.append(child)


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The frontwire modules `name` imports (the longest existing module of each imported name)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # `from pkg import mod` needs pkg.mod; `from pkg import name` needs pkg itself
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target.startswith("frontwire.") and target != name:
                found.add(target)
    return found


def stage_of(module: str) -> tuple[str, int]:
    parts = module.split(".")
    stage = parts[1] if len(parts) > 1 else "cli"  # the package root re-exports the entry points
    if parts[-1] == "cli" and len(parts) > 2:
        return "cli", STAGES["cliutils"]  # a stage's command layer
    return stage, STAGES[stage]


def graph() -> dict[str, set[str]]:
    modules = all_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def test_every_module_belongs_to_a_stage():
    unknown = sorted({m.split(".")[1] for m in all_modules() if "." in m} - set(STAGES))
    assert not unknown, f"give these a stage in STAGES: {unknown}"


def test_no_module_imports_a_higher_stage():
    upward = []
    for module, targets in graph().items():
        if module == "frontwire":
            continue  # the package root is the public face: it re-exports the entry points
        _, rank = stage_of(module)
        for target in targets:
            target_stage, target_rank = stage_of(target)
            if target_rank > rank:
                upward.append(f"{module} -> {target}")
    assert not upward, "imports from a lower stage to a higher one:\n" + "\n".join(sorted(upward))


def test_the_module_graph_has_no_circle():
    edges = graph()
    edges.pop("frontwire", None)
    state: dict[str, int] = {}
    circles = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if nxt == "frontwire":
                continue
            if state.get(nxt) == 1:
                circles.append(" -> ".join(trail[trail.index(nxt):] + [nxt]) if nxt in trail else f"{node} -> {nxt}")
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert not circles, "import circles:\n" + "\n".join(circles)
