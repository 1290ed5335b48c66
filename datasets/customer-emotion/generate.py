#!/usr/bin/env python3
"""Writes train.csv: customer messages that voice uncertainty, and plain requests about the same
things that voice none, from hand-written templates.

Deterministic (fixed seed). Run from this folder: python3 generate.py
Nothing here comes from any evaluation set; the templates were written for Pulse.
"""
import csv
import random

rng = random.Random(11)
DAYS = ["Monday", "Friday", "next week", "the weekend", "the 14th", "March 3"]

THINGS = [
    "my order was shipped", "my refund went through", "the payment was received",
    "my booking is confirmed", "the invoice is correct", "my subscription renews automatically",
    "the package will arrive before {day}", "I picked the right plan",
    "my card was charged twice", "the update will delete my data", "my account is still active",
    "the discount was applied", "my return was accepted", "the technician is coming on {day}",
    "my flight is still on time", "the warranty covers this", "my complaint was registered",
    "the new terms apply to me", "my data was transferred", "the contract can be cancelled",
]
UNCERTAIN_OPENERS = [
    "I'm not sure whether", "I am not sure if", "Not sure if", "I'm unsure whether",
    "I don't know if", "I really don't know whether", "We are not sure whether",
    "I can't tell if", "I'm worried that", "I am a bit worried that", "I'm confused, I can't see if",
    "I have no idea whether", "I'm uncertain whether", "Honestly not sure if",
]
UNCERTAIN_TAILS = ["", "", " Can someone help?", " Could you check?", " I'm a bit lost.",
                   " What should I do?"]
UNCERTAIN_WHOLE = [
    "I'm confused about which plan I should choose.", "I don't understand the new pricing at all.",
    "Which option is right for us? I really can't decide.", "I'm nervous about switching providers.",
    "I'm hesitant to upgrade without knowing the costs.", "Not sure what to do next with my account.",
    "I'm worried I entered the wrong address.", "I'm anxious the parcel got lost.",
    "I'm unsure how the new billing works.", "I can't figure out whether I need the premium plan.",
]
REQUEST_OPENERS = [
    "Can you check whether", "Please confirm if", "Could you tell me if", "Please check whether",
    "Can you let me know if", "I would like to confirm that", "Please verify that",
]


def fill(text):
    return text.replace("{day}", rng.choice(DAYS))


def main():
    rows = []
    for i in range(220):
        thing = fill(rng.choice(THINGS))
        text = f"{rng.choice(UNCERTAIN_OPENERS)} {thing}.{rng.choice(UNCERTAIN_TAILS)}"
        rows.append(("uncertainty", text))
    for text in UNCERTAIN_WHOLE:
        rows.append(("uncertainty", text))
    for i in range(120):
        thing = fill(rng.choice(THINGS))
        opener = rng.choice(REQUEST_OPENERS)
        end = "?" if opener.startswith(("Can", "Could")) else "."
        rows.append(("none", f"{opener} {thing}{end}"))
    rng.shuffle(rows)
    with open("train.csv", "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["id", "label", "text"])
        for i, (label, text) in enumerate(rows, 1):
            writer.writerow([f"ce-{i:04d}", label, text])


if __name__ == "__main__":
    main()
