"""Builds the long-message check sets: airline tweets behind a polite e-mail opening and before a
signature with a confidentiality footer, so that every message is longer than one scoring window
(64 word pieces) and the sentiment sits in one passage of it. The expected label is the tweet's.

    python3 make.py <shared>/data/airline-tweets   # writes dev.csv.gz (from dev) and test.csv.gz (from test)

Fixed seed 42; the openings and signatures are written for this set (neutral business text)."""
import csv
import io
import gzip
import random
import sys

OPENINGS = [
    "Hello team,\n\nI hope this message finds you well. I am writing regarding my recent booking, "
    "reference 48213, made through your website at the start of this month for two passengers "
    "travelling next week. I have listed the details of my request below for your records.",
    "Dear Customer Service,\n\nThank you for getting back to me last Tuesday about my account. "
    "I am following up on the ticket I opened earlier this month, number 77120, and I am adding "
    "the information your colleague asked for so that the case can be handled by the right team.",
    "Hi,\n\nMy name is on the booking under the reference in the subject line. I travel with your "
    "company several times a year for work and I am writing about my most recent trip, which was "
    "booked through our corporate travel agent in the usual way. Here is what I wanted to share.",
]
SIGNATURES = [
    "Kind regards,\nJordan Miller\nAccount Manager, Northwind Traders\nPhone: +1 555 0100\n\n"
    "This e-mail and any attachments are confidential and intended solely for the addressee. If "
    "you have received it in error, please notify the sender and delete it from your system.",
    "Best regards,\nSam Taylor\nOperations, Contoso Ltd.\n\nPlease consider the environment before "
    "printing this e-mail. The information in this message may be privileged and is meant only "
    "for the person it is addressed to.",
    "Thanks,\nAlex Chen\nSent from my phone\n\nCONFIDENTIALITY NOTICE: this message is for the named "
    "recipient only. Any review, use or distribution by others is prohibited.",
]


def build(source, target, rng):
    with gzip.open(source, "rt", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with gzip.GzipFile(target, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["id", "label", "text"])
        for row in rows:
            text = (
                rng.choice(OPENINGS) + "\n\n" + row["text"].strip() + "\n\n" + rng.choice(SIGNATURES)
            )
            out.writerow(["long-" + row["id"], row["label"], text])


def main():
    folder = sys.argv[1]
    rng = random.Random(42)
    build(folder + "/dev.csv.gz", "dev.csv.gz", rng)
    build(folder + "/test.csv.gz", "test.csv.gz", rng)


if __name__ == "__main__":
    main()
