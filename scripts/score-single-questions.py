#!/usr/bin/env python3
"""Scores a set of single questions whose lines name the subject that answers them (field "subject": an article's
title as the catalogue lists it). A line counts as answered right when the bot answered with that article (or its
English translation), or asked back with the buttons of that subject's theme. Prints the share per theme and in all.

usage: python3 scripts/score-single-questions.py <set.jsonl> <koo eval --out results.jsonl> [knowledge folder] [--failures]

With --failures it also lists each question that went wrong: what it should have reached and what it got.
"""
import json, sys, pathlib, re, collections

def titles(knowledge):
    by_title = {}
    for path in pathlib.Path(knowledge, "articles", "nl").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        title = re.search(r'^title:\s*"?(.*?)"?\s*$', text, re.M).group(1)
        by_title[title.strip()] = path.stem
    return by_title

def main():
    show_failures = "--failures" in sys.argv
    args = [arg for arg in sys.argv[1:] if arg != "--failures"]
    questions, results = args[0], args[1]
    knowledge = args[2] if len(args) > 2 else "knowledge"
    by_title = titles(knowledge)
    outcome = {json.loads(line)["id"]: json.loads(line) for line in open(results, encoding="utf-8") if line.strip()}
    right, total, unknown, failures = collections.Counter(), collections.Counter(), [], []
    for line in open(questions, encoding="utf-8"):
        if not line.strip():
            continue
        case = json.loads(line)
        theme, subject = case.get("theme", ""), case.get("subject", "").strip()
        article = by_title.get(subject)
        if article is None:
            unknown.append(case["id"])
        got = outcome[case["id"]]
        answered = got["route"] == "answer" and got.get("articleId") in (article, f"{article}-en")
        menu = got["route"] == "clarify" and got.get("theme") == theme
        total[theme] += 1
        right[theme] += 1 if answered or menu else 0
        if not (answered or menu):
            failures.append(f"  {case['id']} [{theme}] wanted {article}, got {got['route']} {got.get('articleId') or got.get('theme') or ''}: {' / '.join(case['turns'])}")
    for theme in sorted(total):
        print(f"  {theme:<12} {right[theme] / total[theme]:7.1%}  ({right[theme]}/{total[theme]})")
    print(f"  {'all':<12} {sum(right.values()) / sum(total.values()):7.1%}  ({sum(right.values())}/{sum(total.values())})")
    if show_failures and failures:
        print("failures:")
        print("\n".join(failures))
    if unknown:
        print(f"  subjects not found in the catalogue: {len(unknown)} ({', '.join(unknown[:10])})")

main()
