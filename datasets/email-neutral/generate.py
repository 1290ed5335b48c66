#!/usr/bin/env python3
"""Writes train.csv: the neutral parts of business e-mail (greetings, openings, closings,
signatures, legal footers, out-of-office replies, scheduling lines), each at most one scoring window
long, labelled neutral.

Deterministic (fixed seed). Run from this folder: python3 generate.py
Written for Pulse; nothing is taken from any public dataset or evaluation set. The phrasing is
kept apart from the long-message check sets (datasets/long-messages), which must stay unseen.
"""
import csv
import random

rng = random.Random(11)
FIRST = ["Anna", "Lars", "Priya", "Tom", "Ingrid", "Mohammed", "Sofia", "Chen", "Olivia", "Erik",
         "Fatima", "Daniel", "Maria", "Kenji", "Nora", "Peter"]
LAST = ["Hansen", "Berg", "Patel", "Nguyen", "Johansen", "Garcia", "Smith", "Larsen", "Kowalski",
        "Dubois", "Okafor", "Lindqvist"]
TITLES = ["Procurement Lead", "Office Manager", "Head of Finance", "IT Coordinator",
          "Customer Success Manager", "Sales Director", "Purchasing Assistant", "Project Manager",
          "Facilities Manager", "Accounts Payable"]
COMPANIES = ["Fjord Logistics AS", "Bluebird Retail", "Acme Engineering", "Nordlys Consulting",
             "Harbor Foods Ltd.", "Greenfield Partners", "Polaris Medical", "Summit Hotels"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the 12th", "next week", "June 3"]
TOPICS = ["the renewal of our contract", "invoice {n}", "order {n}", "our account", "the quote you sent",
          "the delivery scheduled for {day}", "the upgrade of our subscription", "case {n}",
          "the shipment to our warehouse", "the onboarding of two new users"]

GREETINGS = ["Hi {first},", "Hello {first},", "Dear {first},", "Good morning {first},",
             "Good afternoon,", "Dear Sir or Madam,", "Hi there,", "Hello support,", "Dear team,",
             "Hei {first},", "To whom it may concern,"]
OPENINGS = [
    "I am reaching out about {topic}.",
    "Following our call on {day}, I am sending the details we discussed about {topic}.",
    "I hope you had a good weekend. I have a question about {topic}.",
    "As agreed in the meeting on {day}, please find the summary about {topic} below.",
    "I am contacting you on behalf of {company} regarding {topic}.",
    "Just a quick note about {topic}.",
    "I was asked by my manager to get in touch about {topic}.",
    "Thanks for your e-mail from {day} about {topic}.",
    "I am writing to follow up on {topic}, as mentioned in my previous message.",
    "Our finance department asked me to check {topic} before the end of the month.",
    "This is a reminder about {topic}, which we talked about on {day}.",
    "My colleague {first} is copied in, since she handles {topic} from now on.",
]
REQUESTS = [
    "Could you confirm the delivery date?", "Please let me know what the next steps are.",
    "Can you send the updated price list?", "I have attached the signed form.",
    "The purchase order number is {n}.", "Please find the invoice attached as a PDF.",
    "We would like to add two licences to the plan.", "Could we move the call to {day}?",
    "Please use the new billing address from now on.", "Let me know if you need anything else from us.",
    "The meeting is at 10:00 in room 4B.", "I will be the contact person for this order.",
    "Our VAT number is NO {n} MVA.", "Please reply to this address rather than the old one.",
]
CLOSINGS = ["Best regards,", "Kind regards,", "Regards,", "Many thanks,", "Thank you,",
            "Best wishes,", "Cheers,", "Med vennlig hilsen,", "Sincerely,", "Thanks in advance,",
            "Have a nice day,", "Speak soon,"]
FOOTERS = [
    "The content of this e-mail is intended for the recipient only and may contain confidential"
    " information. If it reached you by mistake, tell us and remove it.",
    "Disclaimer: this message and its attachments are private. Do not forward them without"
    " permission. {company} accepts no liability for viruses in attachments.",
    "Our privacy policy explains how we process personal data: see our website.",
    "{company}, registered office: Storgata 1, 0155 Oslo. Org. no. {n}.",
    "Please do not reply to this automated message; this mailbox is not monitored.",
    "You are receiving this e-mail because you are a customer of {company}.",
    "Sent from Outlook for iOS",
    "Get Outlook for Android",
    "This e-mail was scanned for viruses before it was sent.",
    "Legal notice: any views expressed here are those of the sender and not of {company}.",
]
OUT_OF_OFFICE = [
    "I am out of the office until {day} with limited access to e-mail.",
    "Thank you for your message. I am on leave until {day}; for urgent matters contact {first}.",
    "Automatic reply: I am travelling this week and will answer when I am back.",
    "We have received your request and will answer within two working days. Your reference is {n}.",
]


def fill(t):
    return (t.replace("{topic}", rng.choice(TOPICS)).replace("{first}", rng.choice(FIRST))
            .replace("{company}", rng.choice(COMPANIES)).replace("{day}", rng.choice(DAYS))
            .replace("{n}", str(rng.randint(1000, 999999))))


def signature():
    lines = [rng.choice(CLOSINGS), rng.choice(FIRST) + " " + rng.choice(LAST)]
    if rng.random() < 0.8:
        lines.append(rng.choice(TITLES) + ", " + rng.choice(COMPANIES))
    if rng.random() < 0.6:
        lines.append("Phone: +47 " + str(rng.randint(40000000, 99999999)))
    if rng.random() < 0.5:
        lines.append(fill(rng.choice(FOOTERS)))
    return "\n".join(lines)


def main():
    rows = []
    for _ in range(120):
        rows.append(fill(rng.choice(GREETINGS)) + " " + fill(rng.choice(OPENINGS)))
    for _ in range(120):
        rows.append(fill(rng.choice(OPENINGS)) + " " + fill(rng.choice(REQUESTS)))
    for _ in range(160):
        rows.append(signature())
    for _ in range(60):
        rows.append(fill(rng.choice(FOOTERS)))
    for _ in range(40):
        rows.append(fill(rng.choice(OUT_OF_OFFICE)))
    rows = list(dict.fromkeys(rows))
    with open("train.csv", "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["id", "label", "text"])
        for i, text in enumerate(rows, 1):
            out.writerow(["email-%04d" % i, "neutral", text])


if __name__ == "__main__":
    main()
