#!/usr/bin/env python3
"""Writes train.csv: matter-of-fact business sentences (mostly neutral) from hand-written templates.

Deterministic (fixed seed). Run from this folder: python3 generate.py
Nothing here comes from any evaluation set; the templates were written for Pulse.
"""
import csv
import random

rng = random.Random(7)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "next week", "March 3", "the 14th"]
TIMES = ["9:00", "10:30", "14:00", "3 pm", "noon"]
MONTHS = ["January", "March", "June", "September", "November"]
CITIES = ["Oslo", "London", "Berlin", "Chicago", "Madrid", "Toronto"]


def num():
    return str(rng.choice([rng.randint(100, 9999), rng.randint(10000, 999999)]))


def fill(t):
    return (t.replace("{n}", num()).replace("{day}", rng.choice(DAYS))
            .replace("{time}", rng.choice(TIMES)).replace("{month}", rng.choice(MONTHS))
            .replace("{city}", rng.choice(CITIES)).replace("{k}", str(rng.randint(2, 40))))


PREFIXES = ["Please", "Could you please", "Can you", "I would like to", "I need to", "We need to",
            "How do I", "How can I", "Where can I", "Is it possible to", "I want to", "Can I",
            "Kindly"]
ACTIONS = ["send me the invoice for order {n}", "update the billing address on my account",
           "change the delivery date to {day}", "cancel order {n}", "check the status of my order",
           "add a second user to our account", "reset my password",
           "confirm the meeting on {day} at {time}", "share the price list for next year",
           "forward the contract to our legal team", "get a refund for order {n}",
           "change my payment method", "download my receipts", "update my phone number",
           "close my account", "track package {n}", "register a new product",
           "book a call with your sales team", "get a copy of the terms and conditions",
           "switch to the annual plan", "upgrade our subscription to the business plan",
           "set up a direct debit", "change the shipping address for order {n}",
           "return an item from order {n}", "open a support ticket",
           "transfer the licence to a colleague", "schedule a delivery for {day}",
           "unsubscribe from the newsletter", "get a quote for {k} units",
           "add our VAT number to invoice {n}", "change the name on my booking",
           "move my appointment to {day}", "add {k} seats to our plan",
           "export the data from our account", "see the delivery options for {city}"]
STATEMENTS = ["The meeting is moved to {day} at {time}.", "Attached is purchase order {n}.",
              "Our office will be closed on {day}.", "Invoice {n} was paid on {day}.",
              "Order {n} was shipped on {day}.", "The delivery is scheduled for {day}.",
              "The new price list applies from {month} 1.",
              "Please find the report for {month} attached.", "My customer number is {n}.",
              "Order {n} contains {k} items.", "The contract renews on {month} 1.",
              "Our billing address is in {city}.", "I am writing about invoice {n}.",
              "The flight to {city} departs at {time}.", "I am travelling to {city} on {day}.",
              "We changed our company name last month.",
              "The account is registered to our {city} office.",
              "Payment is due within 30 days.", "The quarterly review is on {day}.",
              "I changed my email address last week.", "We ordered {k} units on {day}.",
              "The warehouse in {city} handles our returns.",
              "The agenda for {day} is attached.", "My booking reference is {n}.",
              "The team will join the call at {time}.", "Our fiscal year ends in {month}."]
NEGATIVE = ["Invoice {n} is wrong again and nobody answers my emails.",
            "I am very disappointed with the delay on order {n}.",
            "This is the third time the delivery arrived damaged.",
            "Your support was useless and the agent was rude.",
            "I have waited two weeks for my refund, this is unacceptable.",
            "The product broke after one day, terrible quality.",
            "You charged me twice for order {n} and I am furious.",
            "Worst customer service I have ever dealt with.",
            "Nobody called me back and the problem is still not fixed.",
            "I am fed up with the constant billing errors."]
POSITIVE = ["Thank you so much for the quick help with order {n}!",
            "Great service, the delivery arrived a day early.",
            "I really appreciate how helpful your support team was.",
            "The new dashboard is excellent, well done!",
            "Your colleague in {city} was very friendly and helpful, thanks!",
            "Everything arrived perfectly, we are very happy.",
            "Fantastic support, the issue was solved in minutes.",
            "Thanks a lot, the refund arrived quickly.",
            "We love the new features, great work.",
            "Brilliant experience from start to finish, thank you."]

rows = set()
while len(rows) < 260:
    action = fill(rng.choice(ACTIONS))
    prefix = rng.choice(PREFIXES)
    question = prefix.split()[0] in ("How", "Where", "Is", "Can", "Could")
    rows.add((action[0].upper() + action[1:] + "." if prefix == "" else
              prefix + " " + action + ("?" if question else "."), "neutral"))
while len(rows) < 360:
    rows.add((fill(rng.choice(STATEMENTS)), "neutral"))
while len(rows) < 380:
    rows.add((fill(rng.choice(NEGATIVE)), "negative"))
while len(rows) < 400:
    rows.add((fill(rng.choice(POSITIVE)), "positive"))

ordered = sorted(rows)
rng.shuffle(ordered)
with open("train.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "label", "text"])
    for i, (text, label) in enumerate(ordered, 1):
        w.writerow([f"biz-{i:04d}", label, text])
