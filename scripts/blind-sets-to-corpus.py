#!/usr/bin/env python3
"""Turns evaluation sets that are no longer first runs (tuning sets) into judgement-corpus lines.

Usage: blind-sets-to-corpus.py OUT.jsonl SET.jsonl [SET.jsonl ...]

A blind set is labelled by the route the bot should take; the corpus by what the message is. The mapping keeps
what the classifier should learn and leaves out what it should not: 'not helped twice' (a complaint about an earlier
answer, which the dialogue counts, not the classifier).

Lines in a language other than Dutch or English that are not a crisis go in as `vague`, what the bot does with them
(it asks back). Leaving them out, as this script did until 2026-12-07, left only the crises among the foreign lines,
and the classifier learnt that Papiamento, Arabic or Turkish letters mean danger.
"""
import json
import sys

CRISIS_KINDS = {
    "suicide": "suicide-thoughts", "suicide-thoughts": "suicide-thoughts", "suicide-plan": "suicide-plan",
    "self-harm": "self-harm", "overdose": "medical",
    "violence-at-home": "violence-home", "violence-home": "violence-home",
    "threat-from-others": "threat-others", "threat-others": "threat-others", "exploitation": "threat-others",
    "harm-to-others": "harm-to-others",
    "child-harmed": "child-abuse", "child-abuse": "child-abuse",
    "sexual-violence": "sexual-violence", "medical": "medical",
    "fire-gas-co": "fire-gas-co", "carbon-monoxide-gas-fire": "fire-gas-co",
    "child-missing-water": "missing-child", "missing-child-water": "missing-child",
    "acute-mental": "psychosis", "psychosis": "psychosis", "uncertain-danger": "uncertain-danger",
}

ROUTE_LABELS = {"answer": "single", "clarify": "vague", "outOfScope": "out-of-scope"}

PERSON_WORDS = ("person", "mens", "bel", "call", "contact", "medewerker", "human", "request", "iemand")


def handoff_label(line):
    if line.get("kind") == "person-request":
        return "person-request"
    note = (line.get("note") or "").lower()
    return "person-request" if any(word in note for word in PERSON_WORDS) else "multi-problem"


def corpus_line(line):
    route, kind, lang = line["route"], line.get("kind") or "", line.get("lang") or "nl"
    other_language = lang not in ("nl", "en", "mixed") and "+" not in lang
    if kind == "not-helped-twice":
        return None
    if other_language and route != "crisis":
        label, kind, trap_of = "vague", "", ""
    elif route == "crisis":
        label, kind, trap_of = "crisis", CRISIS_KINDS[kind], ""
    else:
        real = handoff_label(line) if route == "handoff" else ROUTE_LABELS[route]
        is_trap = kind in ("trap", "handoff-trap")
        label, kind, trap_of = ("trap", "", real) if is_trap else (real, "", "")
    return {"turns": line["turns"], "label": label, "kind": kind, "theme": line.get("theme") or "", "lang": lang, "trap_of": trap_of}


def main(out, sets):
    written = skipped = 0
    with open(out, "w", encoding="utf-8") as target:
        for path in sets:
            for raw in open(path, encoding="utf-8"):
                if not raw.strip():
                    continue
                converted = corpus_line(json.loads(raw))
                if converted is None:
                    skipped += 1
                    continue
                target.write(json.dumps(converted, ensure_ascii=False) + "\n")
                written += 1
    print(f"{out}: {written} lines written, {skipped} left out")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
