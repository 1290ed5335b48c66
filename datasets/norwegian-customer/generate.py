#!/usr/bin/env python3
"""Writes train.csv and dev.csv: Norwegian customer-service messages from hand-written templates.

Deterministic (fixed seeds). Run from this folder: python3 generate.py
Columns: id,label,emotion,text. label is negative|neutral|positive; emotion is
none|frustration|enthusiasm|uncertainty|irritation (the guide's four emotions, in the wire names of
the emotion model).

Nothing here comes from any evaluation set: the templates were written for Pulse, and the
Norwegian customer-message test set (datasets/norwegian-customer-test) was written separately,
by hand, and is never read here.
"""
import csv
import random

NUMBERS = lambda rng: str(rng.choice([rng.randint(1000, 99999), rng.randint(100000, 9999999)]))
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "neste uke", "i morgen", "1. mars",
        "15. juni", "i går", "forrige uke"]
COUNTS = ["to", "tre", "fire", "fem", "seks", "flere", "mange"]
TIMES = ["en time", "to timer", "45 minutter", "over en time", "halvannen time", "tre kvarter"]
PERIODS = ["to uker", "tre uker", "en måned", "ti dager", "over en uke", "seks uker"]
THINGS = ["pakken", "varen", "bestillingen", "ordren", "sendingen", "leveransen"]
PRODUCTS = ["ruteren", "telefonen", "vaskemaskinen", "jakken", "abonnementet", "appen",
            "kaffemaskinen", "sykkelen", "strømavtalen", "forsikringen", "mobilabonnementet"]
COMPANY = ["dere", "firmaet deres", "selskapet", "kundeservice", "butikken"]

NEG = {
    "frustration": [
        "Jeg har ventet i {time} i telefonkø.",
        "Jeg har ventet i {time} i telefonkøen uten å komme frem.",
        "Det tar en evighet å få svar fra {company}.",
        "Jeg har fortsatt ikke fått svar etter {period}.",
        "{thing} har ikke kommet, og det er gått {period}.",
        "{Thing} er forsinket for {count} gang.",
        "Det er {nth} gang fakturaen er feil.",
        "Fakturaen er feil igjen.",
        "Dere har belastet meg to ganger for ordre {n}.",
        "Jeg har sendt {count} e-poster uten å få svar.",
        "Ingen har ringt meg tilbake slik dere lovte.",
        "Ingen svar, ingen hjelp, ingenting.",
        "Jeg er skuffet.",
        "Jeg er veldig skuffet over {company}.",
        "Jeg er så lei av dette.",
        "Jeg er oppgitt.",
        "Problemet med {product} er fortsatt ikke løst.",
        "{Product} sluttet å virke etter {count} dager.",
        "{Product} virker fortsatt ikke.",
        "{thing} kom ødelagt frem.",
        "Jeg fikk feil vare, og nå må jeg vente {period} på en ny.",
        "Det er {nth} gang jeg tar kontakt om det samme.",
        "Refusjonen har ikke kommet etter {period}.",
        "Jeg har ikke fått pengene tilbake ennå, og det er gått {period}.",
        "Ventetiden er helt urimelig.",
        "Hvorfor tar det så lang tid?",
        "Hvor lenge skal jeg måtte vente?",
        "Jeg har brukt hele dagen på å prøve å få hjelp.",
        "Nettsiden henger hver gang jeg prøver å betale.",
        "Appen krasjer hele tiden.",
        "Jeg kommer ikke inn på kontoen min, og ingen hjelper meg.",
        "Det er ikke første gang dette skjer.",
        "Jeg er ikke fornøyd med løsningen.",
        "Jeg er ikke fornøyd i det hele tatt.",
        "Dette er ikke greit.",
        "Det er dårlig gjort.",
        "Elendig oppfølging.",
        "Det er en skandale at det skal være så vanskelig.",
        "Eg har venta i {time} utan svar.",
        "Eg er svært skuffa over kundeservicen.",
        "Fakturaen er feil igjen, og ingen svarar.",
        "Pakken har ikkje kome, og det er gått {period}.",
    ],
    "irritation": [
        "Kundebehandleren på telefonen var treg og uhøflig.",
        "Kundebehandleren var frekk og avvisende.",
        "Den ansatte var arrogant og ville ikke hjelpe.",
        "Jeg ble lagt på i røret.",
        "Dere svarer aldri.",
        "Helt uakseptabelt.",
        "Dette er helt uakseptabelt.",
        "Det er helt latterlig.",
        "Jeg er sint.",
        "Jeg er forbanna.",
        "Jeg vil si opp avtalen med en gang.",
        "Jeg sier opp abonnementet, jeg har fått nok.",
        "Jeg kommer aldri til å handle hos dere igjen.",
        "Aldri mer!",
        "Verste kundeservice jeg har opplevd.",
        "Dere er helt håpløse.",
        "Dette er den dårligste servicen jeg har fått.",
        "Hvem har laget dette systemet? Det er helt håpløst.",
        "Jeg krever pengene tilbake nå.",
        "Jeg har fått nok av dårlig service.",
        "Takk for ingenting.",
        "Det var jo kjempebra, {thing} kom for sent igjen.",
        "Det var jo kjempebra igjen, dere glemte ordren min.",
        "Flott service, jeg ventet i {time}.",
        "Supert, nå er fakturaen feil igjen.",
        "Så utrolig bra at ingen svarer.",
        "Strålende, enda en forsinkelse.",
        "Fantastisk, nå har jeg ventet i {period}.",
        "Tusen takk for at dere belastet meg to ganger.",
        "Dere lovet svar i går, men ingenting har skjedd.",
        "Kjempefornøyd... ikke.",
        "Irriterende at ingen leser det jeg skriver.",
        "Jeg er så irritert på dere.",
        "Dårlig, dårlig, dårlig.",
        "Svært dårlig behandling av en lojal kunde.",
        "Ikke bra nok.",
        "Det er ikke akseptabelt å behandle kunder slik.",
        "Eg er lei av at ingen svarar.",
        "Kundeservicen var ikkje til hjelp i det heile.",
        "This is unacceptable, pakken har fortsatt ikke kommet.",
        "Really disappointed, fakturaen er feil igjen.",
    ],
}
NEUTRAL = {
    "none": [
        "Kan dere sende meg fakturaen for ordre {n}?",
        "Jeg ønsker å si opp abonnementet fra {day}.",
        "Jeg vil gjerne endre leveringsadressen for ordre {n}.",
        "Hvordan bytter jeg betalingsmåte?",
        "Hvor finner jeg kvitteringene mine?",
        "Kan jeg flytte leveringen til {day}?",
        "Jeg flytter {day} og trenger ny adresse på kontoen.",
        "Ordrenummeret mitt er {n}.",
        "Kundenummeret mitt er {n}.",
        "Fakturaen for {month} er betalt.",
        "Vedlagt er bestilling {n}.",
        "Jeg skriver angående faktura {n}.",
        "Møtet er flyttet til {day}.",
        "Pakken ble sendt {day}.",
        "Leveringen er planlagt til {day}.",
        "Vi bestilte {count} enheter {day}.",
        "Kan dere bekrefte at ordre {n} er mottatt?",
        "Jeg vil gjerne oppgradere til bedriftsabonnementet.",
        "Hva koster det å legge til en bruker?",
        "Har dere åpent på lørdag?",
        "Kan jeg hente pakken selv på lageret?",
        "Jeg trenger en kopi av avtalen.",
        "Send gjerne prislisten for neste år.",
        "Jeg vil returnere en vare fra ordre {n}.",
        "Hvordan tilbakestiller jeg passordet?",
        "Jeg vil gjerne bestille time hos en rådgiver.",
        "Kan dere ringe meg tilbake {day}?",
        "Telefonnummeret mitt er endret.",
        "Jeg har byttet e-postadresse.",
        "Abonnementet fornyes 1. januar.",
        "Betalingsfristen er 14 dager.",
        "Jeg har ikke mottatt fakturaen ennå, kan dere sende den på e-post?",
        "Vi har ikke bestemt oss ennå.",
        "Ikke nødvendig å ringe, e-post holder.",
        "Jeg trenger ingen papirfaktura.",
        "Jeg ønsker å avslutte avtalen når bindingstiden er ute.",
        "Hva er leveringstiden til Tromsø?",
        "Er {product} på lager?",
        "Jeg lurer på hvilke åpningstider dere har i julen.",
        "Eg vil gjerne endre adressa mi.",
        "Kan de sende fakturaen på nytt?",
        "Kva kostar det å bytte abonnement?",
        "Please send the invoice, ordrenummer {n}.",
        "Hei, jeg ringer angående ordre {n}.",
        "Saksnummer {n}.",
        "Jeg sender inn skademeldingen i dag.",
    ],
    "uncertainty": [
        "Jeg er usikker på om betalingen har gått gjennom.",
        "Jeg forstår ikke helt hva gebyret på fakturaen gjelder.",
        "Er det mulig at ordre {n} har blitt sendt to ganger?",
        "Jeg vet ikke om jeg har fått riktig faktura.",
        "Gjelder garantien også for {product}?",
        "Jeg lurer på om pakken er sendt.",
        "Kan dere sjekke om abonnementet mitt er sagt opp?",
        "Jeg er ikke sikker på hvilken plan jeg har.",
        "Blir jeg belastet hvis jeg sier opp nå?",
        "Hva skjer hvis jeg ikke rekker fristen?",
        "Usikker på om jeg har fylt ut skjemaet riktig.",
    ],
}
POS = {
    "enthusiasm": [
        "Tusen takk for god hjelp!",
        "Takk for hjelpen, nå fungerer alt.",
        "Veldig fornøyd med leveringen.",
        "{Thing} kom dagen etter, helt topp!",
        "Fantastisk service!",
        "Strålende kundeservice, tusen takk!",
        "Dere er best!",
        "Kundebehandleren var hyggelig og løste saken på minutter.",
        "Super rask levering, anbefales!",
        "Jeg er kjempefornøyd med {product}.",
        "Alt gikk knirkefritt, takk skal dere ha.",
        "Endelig en bedrift som svarer raskt!",
        "Dere har gjort en kjempejobb.",
        "Så hyggelig og hjelpsom betjening.",
        "Refusjonen kom raskt, tusen takk.",
        "Fakturaen ble rettet med en gang, takk!",
        "Ingen problemer i det hele tatt, alt fungerte.",
        "Ikke noe å klage på, flott jobbet!",
        "Ikke dårlig i det hele tatt, imponert.",
        "God service og rask levering.",
        "Jeg er veldig glad for hjelpen jeg fikk.",
        "Fornøyd kunde!",
        "Takk for at dere fulgte opp så raskt.",
        "Utmerket oppfølging fra kundeservice.",
        "Dette var en veldig god opplevelse.",
        "Problemet med {product} ble løst på første forsøk.",
        "Takk for god og rask hjelp!",
        "Takk for tålmodigheten!",
        "Ventetiden var kort og svaret var klart.",
        "Eg er svært nøgd med hjelpa eg fekk.",
        "Takk for god hjelp, de var til stor hjelp!",
        "Great service, tusen takk!",
        "Kjempebra, takk!",
        "Tusen hjertelig takk!",
    ],
}
OPENERS = ["", "", "", "Hei. ", "Hei! ", "Hallo, ", "God dag. ", "Hei igjen. "]
NEG_CLOSERS = ["", "", "", " Jeg er skuffet.", " Dette er ikke greit.", " Ordne opp i dette nå.",
               " Helt uakseptabelt.", " Jeg vurderer å si opp.", " Jeg forventer svar i dag.",
               " Jeg har fått nok.", " Ikke imponert.", " Elendig."]
POS_CLOSERS = ["", "", "", " Tusen takk!", " Dere er gode!", " Anbefales.", " Ha en fin dag!",
               " Takk igjen."]
NEU_CLOSERS = ["", "", "", " Takk.", " Mvh.", " På forhånd takk.", " Hilsen kunde {n}."]
NTH = ["andre", "tredje", "fjerde", "femte"]
MONTHS = ["januar", "mars", "mai", "august", "oktober"]

# Mixed messages (a contrast word): the label follows the clause that matters to the customer.
MIXED = [
    ("Leveringen var rask, men fakturaen er feil.", "negative", "frustration"),
    ("Produktet er bra, men kundeservicen var uhøflig.", "negative", "irritation"),
    ("Prisen er grei, men ventetiden er altfor lang.", "negative", "frustration"),
    ("Selv om pakken kom, var den ødelagt.", "negative", "frustration"),
    ("Alt var fint bortsett fra at ingen svarte på e-posten.", "negative", "frustration"),
    ("Det tok litt tid, men dere løste problemet. Takk!", "positive", "enthusiasm"),
    ("Selv om ventetiden var lang, var rådgiveren veldig hjelpsom.", "positive", "enthusiasm"),
    ("Jeg var skeptisk, men leveringen gikk knirkefritt.", "positive", "enthusiasm"),
    ("Bortsett fra en liten forsinkelse var alt perfekt.", "positive", "enthusiasm"),
    ("Interessant tilbud, men jeg trenger mer informasjon.", "neutral", "uncertainty"),
]


def fill(rng, text):
    def cap(s):
        return s[0].upper() + s[1:]
    thing = rng.choice(THINGS)
    product = rng.choice(PRODUCTS)
    return (text.replace("{n}", NUMBERS(rng)).replace("{day}", rng.choice(DAYS))
            .replace("{count}", rng.choice(COUNTS)).replace("{time}", rng.choice(TIMES))
            .replace("{period}", rng.choice(PERIODS)).replace("{Thing}", cap(thing))
            .replace("{thing}", thing).replace("{Product}", cap(product))
            .replace("{product}", product).replace("{company}", rng.choice(COMPANY))
            .replace("{nth}", rng.choice(NTH)).replace("{month}", rng.choice(MONTHS)))


def message(rng, label):
    if label == "negative":
        emotion = rng.choice(["frustration", "frustration", "irritation"])
        core = rng.choice(NEG[emotion])
        if rng.random() < 0.35:
            core += " " + rng.choice(NEG[rng.choice(list(NEG))])
        closer = rng.choice(NEG_CLOSERS)
    elif label == "neutral":
        emotion = "uncertainty" if rng.random() < 0.2 else "none"
        core = rng.choice(NEUTRAL[emotion])
        if rng.random() < 0.2:
            core += " " + rng.choice(NEUTRAL["none"])
        closer = rng.choice(NEU_CLOSERS)
    else:
        emotion = "enthusiasm"
        core = rng.choice(POS[emotion])
        if rng.random() < 0.25:
            core += " " + rng.choice(POS[emotion])
        closer = rng.choice(POS_CLOSERS)
    return fill(rng, rng.choice(OPENERS) + core + closer).strip(), emotion


def generate(seed, counts, exclude=frozenset()):
    rng = random.Random(seed)
    rows = {}
    for label, count in counts.items():
        target = len(rows) + count
        while len(rows) < target:
            text, emotion = message(rng, label)
            if text not in exclude and text not in rows:
                rows[text] = (label, emotion)
    for text, label, emotion in MIXED:
        if text not in exclude:
            rows[text] = (label, emotion)
    ordered = sorted(rows.items())
    rng.shuffle(ordered)
    return ordered


def write(path, prefix, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "label", "emotion", "text"])
        for i, (text, (label, emotion)) in enumerate(rows, 1):
            w.writerow([f"{prefix}-{i:04d}", label, emotion, text])


train = generate(11, {"negative": 900, "neutral": 900, "positive": 700})
write("train.csv", "nocs", train)
dev = generate(12, {"negative": 120, "neutral": 120, "positive": 90},
               exclude=frozenset(text for text, _ in train))
write("dev.csv", "nocs-dev", dev)


def write_emotions(path, prefix, rows):
    """The same messages with the emotion as label, for `pulse train --task emotion`."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "label", "text"])
        for i, (text, (_, emotion)) in enumerate(rows, 1):
            w.writerow([f"{prefix}-{i:04d}", emotion, text])


write_emotions("emotion-train.csv", "nocs", train)
write_emotions("emotion-dev.csv", "nocs-dev", dev)
