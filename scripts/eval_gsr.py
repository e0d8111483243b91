#!/usr/bin/env python3
"""Run the event stage on the Arabic event GSR sentences and score it with shared/eval/gsr_events.py.

Usage: eval_gsr.py [--shared ../shared] [--kind assault|protest|both] [--csv FILE --spans FILE]
                   [--out DIR] [--no-ner]
Each CSV row becomes one Article holding one sentence; NER and linking run first when their
stages are importable (marsad.ner.stage.NerStage, marsad.link.stage.LinkStage), so actors and
targets are resolved as in the real pipeline. Note: the shipped classifier is trained on the
whole dev CSV, so figures on the dev files are inflated (see scripts/train_events.py --cv for
the held-out estimate).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.events.stage import EventStage
from marsad.record import Article, Sentence


def upstream_stages(use_ner: bool = True) -> list:
    stages = []
    if not use_ner:
        return stages
    for mod, cls in (("marsad.ner.stage", "NerStage"), ("marsad.link.stage", "LinkStage")):
        try:
            module = __import__(mod, fromlist=[cls])
            stages.append(getattr(module, cls)())
        except Exception as exc:  # noqa: BLE001 - optional upstream stage
            print(f"({mod}.{cls} not used: {type(exc).__name__})", file=sys.stderr)
    return stages


def gsr_article(row_id: str, text: str, pre: list) -> Article:
    """One GSR row as an Article holding one sentence, through the upstream stages."""
    art = Article(id=row_id, raw=text, text=text, sentences=[Sentence(0, len(text))])
    for st in pre:
        try:
            art = st(art)
        except Exception:  # noqa: BLE001, S110 - a failing upstream stage must not stop scoring
            pass
    art.sentences = [Sentence(0, len(text))]
    return art


def run(csv_path: Path, out_path: Path, use_ner: bool = True) -> None:
    with open(csv_path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    pre = upstream_stages(use_ner)
    events = EventStage()
    with open(out_path, "w", encoding="utf-8") as fh:
        for r in rows:
            art = events(gsr_article(r["id"], r["text"], pre))
            recs = [
                {
                    "type": e.type,
                    "actor": {"text": e.actor.text} if e.actor else None,
                    "target": {"text": e.target.text} if e.target else None,
                    "trigger": e.trigger.text,
                    "confidence": round(e.confidence, 3),
                }
                for e in art.events
            ]
            fh.write(json.dumps({"id": r["id"], "events": recs}, ensure_ascii=False) + "\n")


def score(shared: Path, csv_path: Path, out_path: Path, spans: Path | None) -> str:
    cmd = [sys.executable, str(shared / "eval" / "gsr_events.py"), str(csv_path), str(out_path)]
    if spans and spans.exists():
        cmd.append(str(spans))
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def role_precision(shared: Path, csv_path: Path, out_path: Path, spans: Path) -> dict[str, float]:
    """Of the span records with a gold actor (target) for which Marsad gives one, the share that
    matches gold under the scorer's lenient rule: how often an analyst auditing the output finds
    the participant right. (The scorer's "found" rate is the recall side.)"""
    sys.path.insert(0, str(shared / "eval"))
    from arabic_match import same_mention

    with open(csv_path, encoding="utf-8") as f:
        rows = {r["id"]: r["event_type"] for r in csv.DictReader(f)}
    with open(out_path, encoding="utf-8") as f:
        out = {str(rec["id"]): rec["events"] for rec in map(json.loads, f)}
    gold = [g for g in json.loads(spans.read_text(encoding="utf-8")) if g["source"] in rows]
    result = {}
    for role, key in (("actor", "source_actor"), ("target", "target_actor")):
        given = right = 0
        for g in gold:
            aliases = [" ".join(s[key]) for s in g["spans"] if s.get(key)]
            events = [e for e in out.get(g["source"], []) if e["type"] == rows[g["source"]] and e.get(role)]
            if aliases and events:
                given += 1
                right += any(same_mention(e[role]["text"], aliases) for e in events)
        result[role] = right / given if given else 0.0
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--kind", default="both", choices=["assault", "protest", "both"])
    ap.add_argument("--csv", type=Path)
    ap.add_argument("--spans", type=Path)
    ap.add_argument("--out", type=Path, default=Path("/tmp"))
    ap.add_argument("--no-ner", action="store_true")
    args = ap.parse_args()
    jobs = []
    if args.csv:
        jobs.append((args.csv, args.spans, args.out / (args.csv.stem + ".out.jsonl")))
    else:
        for kind in ["assault", "protest"] if args.kind == "both" else [args.kind]:
            d = args.shared / "data" / "events_gsr"
            jobs.append((d / f"{kind}_dev.csv", d / f"{kind}_spans_dev.json", args.out / f"gsr_{kind}.out.jsonl"))
    for csv_path, spans, out in jobs:
        run(csv_path, out, use_ner=not args.no_ner)
        print(f"== {csv_path.name} -> {out}")
        print(score(args.shared, csv_path, out, spans), flush=True)
        if spans and spans.exists():
            right = role_precision(args.shared, csv_path, out, spans)
            print(f"predicted actor right {right['actor']:.3f}, predicted target right {right['target']:.3f}\n")


if __name__ == "__main__":
    main()
