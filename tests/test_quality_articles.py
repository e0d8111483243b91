"""Quality gate for whole-article extraction (trafilatura's eval_gate style): the figures the
scorer in ../shared/eval/articles.py gives on the sample and the 10 dev articles may not fall
below the floors pinned in quality_baseline.json. Raise a floor when a change improves it."""

import importlib.util
import json

from helpers import ROOT, needs_shared

BASELINE = json.loads((ROOT / "tests" / "quality_baseline.json").read_text())["articles"]
TOLERANCE = 0.005  # rounding in the scorer's printout


def load_eval():
    spec = importlib.util.spec_from_file_location("eval_articles", ROOT / "scripts" / "eval_articles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_shared
def test_article_scores_do_not_fall_below_the_pinned_floors():
    figures = load_eval().main()
    lowered = [f"{gold}.{name}: {figures[gold][name]:.3f} < floor {floor:.3f}"
               for gold, floors in BASELINE.items() for name, floor in floors.items()
               if figures[gold][name] + TOLERANCE < floor]
    assert not lowered, "quality fell: " + "; ".join(lowered)
