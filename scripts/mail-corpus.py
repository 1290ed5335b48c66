#!/usr/bin/env python3
"""Writes the e-mail corpus of pulse-connectors' tests: real MIME messages (as mail programs send
them: plain, multipart/alternative, HTML only, attachments, quoted-printable and base64, UTF-8,
ISO-8859-1 and windows-1252; Gmail, Outlook and Apple Mail reply and forward styles; English and
Norwegian) and beside each NN-name.eml the text its sender wrote in it, NN-name.expected.txt (empty
when the message holds no new text). The expected texts are written by hand below, not produced by
Pulse. Run from the repository root: python3 scripts/mail-corpus.py"""
import base64
import os
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

OUT = "pulse-connectors/src/test/resources/mail-corpus"
SUPPORT = "support@acme.example"
T0 = datetime(2025, 3, 3, 9, 0, tzinfo=timezone(timedelta(hours=1)))

cases = []


def case(name, message, expected):
    cases.append((name, message, expected))


def headers(msg, n, sender="kari.nordmann@example.no", to=SUPPORT, subject="Router", reply_to=None,
            refs=None, message_id=True):
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(T0 + timedelta(hours=n))
    if message_id:
        msg["Message-ID"] = "<corpus-%03d@mail.example>" % n
    if reply_to:
        msg["In-Reply-To"] = "<%s>" % reply_to
        msg["References"] = " ".join("<%s>" % r for r in (refs or [reply_to]))
    return msg


def plain(n, body, charset="utf-8", cte=None, **kw):
    if cte == "qp":
        from email import charset as cs
        c = cs.Charset(charset)
        c.body_encoding = cs.QP
        msg = MIMEText(body, "plain", c)
    elif cte is None:
        msg = MIMEText(body, "plain", charset)
    elif cte == "8bit":
        msg = EmailMessage()
        msg.set_content(body, charset=charset, cte="8bit")
    return headers(msg, n, **kw)


def html(n, body, **kw):
    return headers(MIMEText(body, "html", "utf-8"), n, **kw)


def alt(n, text, markup, **kw):
    msg = MIMEMultipart("alternative")
    msg.attach(MIMEText(text, "plain", "utf-8"))
    msg.attach(MIMEText(markup, "html", "utf-8"))
    return headers(msg, n, **kw)


def mixed(n, inner, attachments, **kw):
    msg = MIMEMultipart("mixed")
    msg.attach(inner)
    for a in attachments:
        msg.attach(a)
    return headers(msg, n, **kw)


def pdf(name="invoice-88213.pdf"):
    part = MIMEApplication(b"%PDF-1.4\n% not a real invoice\n" + bytes(range(256)), "pdf")
    part.add_header("Content-Disposition", "attachment", filename=name)
    return part


def png(name="screenshot.png", inline=False):
    part = MIMEImage(base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
        "png")
    part.add_header("Content-Disposition", "inline" if inline else "attachment", filename=name)
    part.add_header("Content-ID", "<img1@mail.example>")
    return part


n = 0


def nxt():
    global n
    n += 1
    return n


# 1. New messages without quotes -----------------------------------------------------------------
i = nxt(); case("plain-new", plain(i, "Hi,\n\nmy router drops the connection every evening around 8 pm.\nCould you take a look?\n"),
             "Hi,\n\nmy router drops the connection every evening around 8 pm.\nCould you take a look?")
i = nxt(); case("plain-new-no", plain(i, "Hei!\n\nFakturaen for mars er feil, jeg har blitt belastet to ganger.\nKan dere rette det?\n"),
             "Hei!\n\nFakturaen for mars er feil, jeg har blitt belastet to ganger.\nKan dere rette det?")
i = nxt(); case("plain-praise", plain(i, "The technician was on time and very friendly. Everything works now.\n", sender="tom@example.com"),
             "The technician was on time and very friendly. Everything works now.")
i = nxt(); case("plain-thanks-content", plain(i, "Thanks for fixing it so quickly, the router works fine now.\n", sender="tom@example.com"),
             "Thanks for fixing it so quickly, the router works fine now.")
i = nxt(); case("plain-wrote-in-text", plain(i, "I wrote to you last week about the delivery and still have no answer.\nThis is not acceptable.\n", sender="tom@example.com"),
             "I wrote to you last week about the delivery and still have no answer.\nThis is not acceptable.")

# 2. Signatures -------------------------------------------------------------------------------------
i = nxt(); case("sig-dashes", plain(i, "The new modem still does not connect.\n\n-- \nTom Hansen\nSenior Engineer, Example Corp\n+47 22 33 44 55\n", sender="tom@example.com"),
             "The new modem still does not connect.")
i = nxt(); case("sig-best-regards", plain(i, "Hello,\n\nI have been waiting three weeks for my refund. Please advise.\n\nBest regards,\nJane Smith\nAccounts Payable | Smith & Co\n", sender="jane@smith.example"),
             "Hello,\n\nI have been waiting three weeks for my refund. Please advise.")
i = nxt(); case("sig-kind-regards", plain(i, "Could you send me the invoice for order 88213?\n\nKind regards\nPeter\n", sender="peter@example.com"),
             "Could you send me the invoice for order 88213?")
i = nxt(); case("sig-thanks-name", plain(i, "The app crashes when I open the billing page.\n\nThanks,\nAnna\n", sender="anna@example.com"),
             "The app crashes when I open the billing page.")
i = nxt(); case("sig-mvh", plain(i, "Hei,\n\nInternett har vært nede siden i går kveld.\n\nMvh\nOla Nordmann\n", sender="ola@example.no"),
             "Hei,\n\nInternett har vært nede siden i går kveld.")
i = nxt(); case("sig-med-vennlig-hilsen", plain(i, "Jeg er veldig fornøyd med den nye abonnementet, takk for god hjelp!\n\nMed vennlig hilsen\nKari Nordmann\nTlf. 912 34 567\n"),
             "Jeg er veldig fornøyd med den nye abonnementet, takk for god hjelp!")
i = nxt(); case("sig-vennlig-hilsen-qp", plain(i, "Leveransen kom en uke for sent, og esken var ødelagt.\n\nVennlig hilsen\nPer Ås\n", charset="iso-8859-1", cte="qp", sender="per@example.no"),
             "Leveransen kom en uke for sent, og esken var ødelagt.")
i = nxt(); case("sig-hilsen", plain(i, "Takk for rask tilbakemelding, det fungerer nå.\n\nHilsen Lise\n", sender="lise@example.no"),
             "Takk for rask tilbakemelding, det fungerer nå.")
i = nxt(); case("sig-cheers", plain(i, "Love the new dashboard, great work!\n\nCheers,\nMike\n", sender="mike@example.com"),
             "Love the new dashboard, great work!")
i = nxt(); case("sig-iphone", plain(i, "Still no signal at home. Very frustrating.\n\nSent from my iPhone\n", sender="tom@example.com"),
             "Still no signal at home. Very frustrating.")
i = nxt(); case("sig-sendt-fra-iphone", plain(i, "Når kommer teknikeren?\n\nSendt fra min iPhone\n", sender="ola@example.no"),
             "Når kommer teknikeren?")
i = nxt(); case("sig-outlook-mobile", plain(i, "Please cancel my subscription.\n\nGet Outlook for Android\n", sender="peter@example.com"),
             "Please cancel my subscription.")

# 3. Gmail-style top-posted replies ---------------------------------------------------------------
quoted_en = "> Hi Tom,\n>\n> we have scheduled a technician for Thursday.\n>\n> Best regards,\n> Acme Support\n"
i = nxt(); case("gmail-reply-en", plain(i, "Thursday does not work for me, can we do Friday?\n\nOn Mon, 3 Mar 2025 at 10:15, Acme Support <support@acme.example> wrote:\n" + quoted_en,
                                         sender="tom@example.com", reply_to="corpus-900@mail.example"),
             "Thursday does not work for me, can we do Friday?")
i = nxt(); case("gmail-reply-wrapped", plain(i, "Friday is perfect, thank you so much!\n\nOn Mon, Mar 3, 2025 at 10:15 AM Acme Support <\nsupport@acme.example> wrote:\n\n" + quoted_en,
                                              sender="tom@example.com", reply_to="corpus-900@mail.example"),
             "Friday is perfect, thank you so much!")
i = nxt(); case("gmail-reply-sig", plain(i, "The technician never showed up. I took a day off for nothing.\n\nTom\n\nOn Thu, 6 Mar 2025 at 16:02, Acme Support <support@acme.example> wrote:\n" + quoted_en,
                                          sender="tom@example.com", reply_to="corpus-900@mail.example"),
             "The technician never showed up. I took a day off for nothing.\n\nTom")
i = nxt(); case("gmail-reply-nested", plain(i, "Any news?\n\nOn Fri, 7 Mar 2025 at 09:00, Tom <tom@example.com> wrote:\n> The technician never showed up.\n>\n> On Thu, 6 Mar 2025 at 16:02, Acme Support <support@acme.example> wrote:\n> > We are sorry.\n",
                                             sender="tom@example.com", reply_to="corpus-901@mail.example", refs=["corpus-900@mail.example", "corpus-901@mail.example"]),
             "Any news?")
quoted_no = "> Hei Kari,\n>\n> vi har kreditert det doble trekket.\n>\n> Mvh\n> Acme Kundeservice\n"
i = nxt(); case("gmail-reply-no", plain(i, "Tusen takk, nå ser alt riktig ut!\n\nman. 3. mar. 2025 kl. 10:15 skrev Acme Kundeservice <support@acme.example>:\n" + quoted_no, reply_to="corpus-902@mail.example"),
             "Tusen takk, nå ser alt riktig ut!")
i = nxt(); case("den-skrev-no", plain(i, "Beløpet er fortsatt ikke tilbakeført. Dette tar altfor lang tid.\n\nDen 4. mars 2025 kl. 11:20 skrev Acme Kundeservice <support@acme.example>:\n" + quoted_no, reply_to="corpus-902@mail.example"),
             "Beløpet er fortsatt ikke tilbakeført. Dette tar altfor lang tid.")
i = nxt(); case("den-skrev-wrapped-no", plain(i, "Jeg venter fremdeles på svar.\n\nDen tir. 4. mar. 2025 kl. 11:20 skrev Acme Kundeservice\n<support@acme.example>:\n\n" + quoted_no, reply_to="corpus-902@mail.example"),
             "Jeg venter fremdeles på svar.")
i = nxt(); case("skrev-folgende-no", plain(i, "Det stemmer ikke, jeg har ikke bestilt dette.\n\nAcme Kundeservice <support@acme.example> skrev følgende den 05.03.2025 09:12:\n" + quoted_no, reply_to="corpus-902@mail.example"),
             "Det stemmer ikke, jeg har ikke bestilt dette.")
i = nxt(); case("gmail-reply-no-qp-latin1", plain(i, "Flott, takk for hjelpen! Nå fungerer både TV og internett.\n\nHilsen Kåre\n\nDen 6. mars 2025 kl. 08:01 skrev Acme Kundeservice <support@acme.example>:\n" + quoted_no,
                                                   charset="iso-8859-1", cte="qp", sender="kare@example.no", reply_to="corpus-902@mail.example"),
             "Flott, takk for hjelpen! Nå fungerer både TV og internett.")
i = nxt(); case("apple-mail-reply", plain(i, "Yes, please go ahead with the replacement.\n\n> On 3 Mar 2025, at 10:15, Acme Support <support@acme.example> wrote:\n>\n> Shall we send you a replacement unit?\n",
                                           sender="anna@example.com", reply_to="corpus-903@mail.example"),
             "Yes, please go ahead with the replacement.")

# 4. Outlook-style replies --------------------------------------------------------------------------
i = nxt(); case("outlook-original-message", plain(i, "I still have not received the credit note.\r\n\r\n-----Original Message-----\r\nFrom: Acme Support <support@acme.example>\r\nSent: Monday, March 3, 2025 10:15 AM\r\nTo: Jane Smith <jane@smith.example>\r\nSubject: RE: Refund\r\n\r\nHi Jane,\r\nthe credit note is on its way.\r\n",
                                                   sender="jane@smith.example", reply_to="corpus-904@mail.example"),
             "I still have not received the credit note.")
i = nxt(); case("outlook-from-sent", plain(i, "Hi,\n\nthat is the third time this month. We are considering other suppliers.\n\nJane\n\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, March 4, 2025 2:03 PM\nTo: Jane Smith <jane@smith.example>\nSubject: RE: Outage\n\nDear Jane,\nwe apologise for the outage.\n",
                                            sender="jane@smith.example", reply_to="corpus-904@mail.example"),
             "Hi,\n\nthat is the third time this month. We are considering other suppliers.\n\nJane")
i = nxt(); case("outlook-underscore", plain(i, "Please escalate this to your manager.\n\nBest regards,\nJane Smith\n\n________________________________\nFrom: Acme Support <support@acme.example>\nSent: 04 March 2025 14:03\nTo: Jane Smith\nSubject: RE: Outage\n\nDear Jane,\n",
                                             sender="jane@smith.example", reply_to="corpus-904@mail.example"),
             "Please escalate this to your manager.")
i = nxt(); case("outlook-fra-sendt-no", plain(i, "Hei,\n\ndette er ikke godt nok. Jeg har ventet i to uker.\n\nFra: Acme Kundeservice <support@acme.example>\nSendt: mandag 3. mars 2025 10:15\nTil: Ola Nordmann <ola@example.no>\nEmne: SV: Levering\n\nHei Ola,\npakken er sendt.\n",
                                               sender="ola@example.no", reply_to="corpus-905@mail.example"),
             "Hei,\n\ndette er ikke godt nok. Jeg har ventet i to uker.")
i = nxt(); case("outlook-fra-sendt-latin1", plain(i, "Takk, det løste problemet!\n\nMed vennlig hilsen\nOla Nordmann\n\nFra: Acme Kundeservice <support@acme.example>\nSendt: tirsdag 4. mars 2025 09:40\nTil: Ola Nordmann\nEmne: SV: Ruter\n\nPrøv å starte ruteren på nytt.\n",
                                                   charset="iso-8859-1", cte="qp", sender="ola@example.no", reply_to="corpus-905@mail.example"),
             "Takk, det løste problemet!")
i = nxt(); case("opprinnelig-melding-no", plain(i, "Jeg vil si opp avtalen.\n\n-----Opprinnelig melding-----\nFra: Acme Kundeservice <support@acme.example>\nSendt: 3. mars 2025 10:15\nTil: Ola Nordmann\nEmne: Ny pris\n\nPrisen øker fra 1. april.\n",
                                                 sender="ola@example.no", reply_to="corpus-905@mail.example"),
             "Jeg vil si opp avtalen.")
i = nxt(); case("outlook-bold-headers-win1252", plain(i, "We’re very happy with the quick fix – thank you!\n\nFrom: Acme Support <support@acme.example>\nDate: Monday, 3 March 2025 at 10:15\nTo: Mike <mike@example.com>\nSubject: Fixed\n\nThe issue is fixed.\n",
                                                        charset="windows-1252", cte="qp", sender="mike@example.com", reply_to="corpus-906@mail.example"),
             "We’re very happy with the quick fix – thank you!")

# 5. Bottom-posted and inline replies ---------------------------------------------------------------
i = nxt(); case("bottom-post", plain(i, "On Mon, 3 Mar 2025 at 10:15, Acme Support <support@acme.example> wrote:\n> Could you tell us the serial number of the device?\n\nIt is SN-4471-XK. Please hurry, I need it for work.\n",
                                      sender="tom@example.com", reply_to="corpus-907@mail.example"),
             "It is SN-4471-XK. Please hurry, I need it for work.")
i = nxt(); case("inline-reply", plain(i, "Anna <anna@example.com> wrote:\n> When did the problem start?\n\nLast Tuesday.\n\n> Have you restarted the device?\n\nYes, twice, it did not help.\n",
                                       sender="anna@example.com", reply_to="corpus-908@mail.example"),
             "Last Tuesday.\n\nYes, twice, it did not help.")
i = nxt(); case("inline-reply-no", plain(i, "Den 3. mars 2025 kl. 10:15 skrev Acme Kundeservice <support@acme.example>:\n> Hvilken adresse gjelder det?\n\nStorgata 1, 0155 Oslo.\n\n> Er strømmen på?\n\nJa, alt annet fungerer.\n\nMvh Ola\n",
                                          sender="ola@example.no", reply_to="corpus-909@mail.example"),
             "Storgata 1, 0155 Oslo.\n\nJa, alt annet fungerer.")

# 6. Forwards ---------------------------------------------------------------------------------------
i = nxt(); case("gmail-forward-note", plain(i, "See below, this is the second wrong invoice this quarter. Please fix.\n\n---------- Forwarded message ---------\nFrom: Billing <billing@vendor.example>\nDate: Mon, 3 Mar 2025 at 08:00\nSubject: Invoice 4471\nTo: <jane@smith.example>\n\nPlease find the invoice attached.\n",
                                             sender="jane@smith.example"),
             "See below, this is the second wrong invoice this quarter. Please fix.")
i = nxt(); case("gmail-forward-only", plain(i, "---------- Forwarded message ---------\nFrom: Billing <billing@vendor.example>\nDate: Mon, 3 Mar 2025 at 08:00\nSubject: Invoice 4471\nTo: <jane@smith.example>\n\nPlease find the invoice attached.\n",
                                             sender="jane@smith.example"),
             "")
i = nxt(); case("videresendt-no", plain(i, "Se under. Jeg har aldri bestilt dette.\n\n---------- Videresendt melding ----------\nFra: Netthandel <ordre@shop.example>\nDato: 3. mars 2025 kl. 08:00\nEmne: Ordrebekreftelse\nTil: ola@example.no\n\nTakk for bestillingen!\n",
                                         sender="ola@example.no"),
             "Se under. Jeg har aldri bestilt dette.")
i = nxt(); case("apple-forward", plain(i, "FYI, the courier left the parcel in the rain.\n\nBegin forwarded message:\n\nFrom: Courier <noreply@courier.example>\nSubject: Delivered\nDate: 3 March 2025 at 12:00:00 CET\nTo: anna@example.com\n\nYour parcel was delivered.\n",
                                        sender="anna@example.com"),
             "FYI, the courier left the parcel in the rain.")

# 7. HTML only --------------------------------------------------------------------------------------
i = nxt(); case("html-only-simple", html(i, "<html><head><style>p{color:red}</style></head><body><p>Hi,</p><p>the <b>new</b> plan is much cheaper &amp; faster. Thank you!</p></body></html>", sender="mike@example.com"),
             "Hi,\nthe new plan is much cheaper & faster. Thank you!")
i = nxt(); case("html-only-gmail-reply", html(i, '<div dir="ltr">This is unacceptable, I want a refund.<br><br>Jane</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 3 Mar 2025 at 10:15, Acme Support &lt;support@acme.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">Your refund was declined.</blockquote></div>',
                                                 sender="jane@smith.example", reply_to="corpus-910@mail.example"),
             "This is unacceptable, I want a refund.\n\nJane")
i = nxt(); case("html-only-gmail-signature", html(i, '<div dir="ltr"><div>Everything works again, great job.</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature">Mike Jones<br>CTO, Example</div></div>', sender="mike@example.com"),
             "Everything works again, great job.")
i = nxt(); case("html-only-outlook-reply", html(i, '<html><body><div>Jeg er svært misfornøyd med behandlingen.</div><div><br></div><div>Mvh<br>Ola</div><hr><div id="divRplyFwdMsg"><b>Fra:</b> Acme Kundeservice &lt;support@acme.example&gt;<br><b>Sendt:</b> mandag 3. mars 2025 10:15<br><b>Til:</b> Ola<br><b>Emne:</b> Sak 4471</div><div>Saken er lukket.</div></body></html>',
                                                   sender="ola@example.no", reply_to="corpus-911@mail.example"),
             "Jeg er svært misfornøyd med behandlingen.")
i = nxt(); case("html-only-list-entities", html(i, "<p>Three problems:</p><ul><li>no dial tone</li><li>slow&nbsp;internet</li><li>wrong bill &ndash; again</li></ul><p>Fix it please.</p>", sender="tom@example.com"),
             "Three problems:\nno dial tone\nslow internet\nwrong bill – again\nFix it please.")
i = nxt(); case("html-only-no", html(i, "<p>Hei,</p><p>Jeg er kjempefornøyd med den nye ruteren – tusen takk!</p><p>Med vennlig hilsen<br>Kari</p>"),
             "Hei,\nJeg er kjempefornøyd med den nye ruteren – tusen takk!")

# 8. multipart/alternative ---------------------------------------------------------------------------
i = nxt(); case("alt-reply-en", alt(i, "The invoice is still wrong.\n\nOn Mon, 3 Mar 2025 at 10:15, Acme Support <support@acme.example> wrote:\n> Fixed!\n",
                                     '<div>The invoice is still wrong.</div><div class="gmail_quote">On Mon ... wrote:<blockquote>Fixed!</blockquote></div>',
                                     sender="tom@example.com", reply_to="corpus-912@mail.example"),
             "The invoice is still wrong.")
i = nxt(); case("alt-new-no", alt(i, "Hei, jeg flytter 1. mai. Kan abonnementet flyttes?\n\nMvh Per\n", "<p>Hei, jeg flytter 1. mai. Kan abonnementet flyttes?</p><p>Mvh Per</p>", sender="per@example.no"),
             "Hei, jeg flytter 1. mai. Kan abonnementet flyttes?")
i = nxt(); case("alt-empty-plain", alt(i, "", "<p>Only the HTML part has text: <i>the app keeps logging me out</i>.</p>", sender="anna@example.com"),
             "Only the HTML part has text: the app keeps logging me out.")

# 9. Attachments ------------------------------------------------------------------------------------
i = nxt(); case("mixed-pdf", mixed(i, MIMEText("Attached is the wrong invoice. You charged me twice.\n\nRegards,\nJane\n", "plain", "utf-8"), [pdf()], sender="jane@smith.example"),
             "Attached is the wrong invoice. You charged me twice.")
i = nxt(); case("mixed-screenshot", mixed(i, MIMEText("See the screenshot: the error appears on every login.\n", "plain", "utf-8"), [png()], sender="anna@example.com"),
             "See the screenshot: the error appears on every login.")
inner = MIMEMultipart("alternative")
inner.attach(MIMEText("Vedlagt er bildet av skaden.\n\nHilsen\nLise\n", "plain", "utf-8"))
inner.attach(MIMEText("<p>Vedlagt er bildet av skaden.</p><p>Hilsen<br>Lise</p>", "html", "utf-8"))
i = nxt(); case("mixed-alt-image-no", mixed(i, inner, [png("skade.png")], sender="lise@example.no"),
             "Vedlagt er bildet av skaden.")
i = nxt(); case("mixed-text-attachment", mixed(i, MIMEText("Logs attached. It happens every night.\n", "plain", "utf-8"),
                                                [MIMEApplication(b"ERROR line 1\nERROR line 2\n", "octet-stream", Name="router.log")], sender="tom@example.com"),
             "Logs attached. It happens every night.")

# 10. Charsets and encodings ---------------------------------------------------------------------------
i = nxt(); case("latin1-qp", plain(i, "Æsj, regningen er på 2 499 kr - det er altfor mye.\n", charset="iso-8859-1", cte="qp", sender="per@example.no"),
             "Æsj, regningen er på 2 499 kr - det er altfor mye.")
i = nxt(); case("utf8-base64", headers(MIMEText("Très bien, merci ! The French team loved the training.\n", "plain", "utf-8"), i, sender="mike@example.com"),
             "Très bien, merci ! The French team loved the training.")
i = nxt(); case("utf8-8bit-no", plain(i, "Blåbærsyltetøy på fakturaen? Det må være en feil.\n", cte="8bit", sender="kare@example.no"),
             "Blåbærsyltetøy på fakturaen? Det må være en feil.")
i = nxt(); case("win1252-quotes", plain(i, "“Next-day delivery” took nine days. That’s not next-day.\n", charset="windows-1252", cte="qp", sender="tom@example.com"),
             "“Next-day delivery” took nine days. That’s not next-day.")

# 11. Outbound (agent) mail and threads ------------------------------------------------------------
i = nxt(); case("outbound-agent", plain(i, "Hi Tom,\n\nwe are sorry for the trouble. A technician will come on Friday.\n\nBest regards,\nAcme Support\n\nOn Mon, 3 Mar 2025 at 10:15, Tom <tom@example.com> wrote:\n> Still broken.\n",
                                         sender=SUPPORT, to="tom@example.com", reply_to="corpus-913@mail.example"),
             "Hi Tom,\n\nwe are sorry for the trouble. A technician will come on Friday.")
i = nxt(); case("outbound-agent-no", plain(i, "Hei Kari,\n\nvi har nå kreditert beløpet.\n\nMed vennlig hilsen\nAcme Kundeservice\n",
                                            sender=SUPPORT, to="kari.nordmann@example.no", reply_to="corpus-914@mail.example"),
             "Hei Kari,\n\nvi har nå kreditert beløpet.")
i = nxt(); case("no-message-id", plain(i, "My order never arrived.\n", sender="peter@example.com", message_id=False),
             "My order never arrived.")

# 12. More real-life shapes ------------------------------------------------------------------------
i = nxt(); case("greeting-and-sig-thank-you", plain(i, "Dear Acme,\n\nthe replacement arrived today and works perfectly.\n\nThank you,\nMaria Garcia\nOperations Manager\nGarcia Logistics\n", sender="maria@garcia.example"),
             "Dear Acme,\n\nthe replacement arrived today and works perfectly.")
i = nxt(); case("takk-content", plain(i, "Takk for at dere ringte meg tilbake så raskt.\n", sender="lise@example.no"),
             "Takk for at dere ringte meg tilbake så raskt.")
i = nxt(); case("two-paragraphs-regards", plain(i, "We have had three outages this week.\n\nOur whole office was offline for four hours on Tuesday.\n\nRegards\nTom Hansen\n", sender="tom@example.com"),
             "We have had three outages this week.\n\nOur whole office was offline for four hours on Tuesday.")
i = nxt(); case("reply-quote-no-attribution", plain(i, "No, that did not help.\n\n> Please restart the router.\n", sender="tom@example.com", reply_to="corpus-915@mail.example"),
             "No, that did not help.")
i = nxt(); case("gmail-reply-writes", plain(i, "Brilliant support, thanks a lot!\n\nOn 2025-03-03 10:15, Acme Support wrote:\n> Your line is back up.\n", sender="mike@example.com", reply_to="corpus-916@mail.example"),
             "Brilliant support, thanks a lot!")
i = nxt(); case("html-table-signature", html(i, '<p>The portal shows an error 500 since this morning.</p><p>Best regards,</p><table><tr><td>Jane Smith</td><td>Smith &amp; Co</td></tr></table>', sender="jane@smith.example"),
             "The portal shows an error 500 since this morning.")
i = nxt(); case("sendt-fra-outlook-no", plain(i, "Kan noen ringe meg i dag?\n\nSendt fra Outlook for iOS\n", sender="ola@example.no"),
             "Kan noen ringe meg i dag?")
i = nxt(); case("beste-hilsen", plain(i, "Kundeservicen deres er den beste jeg har opplevd!\n\nBeste hilsen\nNora\n", sender="nora@example.no"),
             "Kundeservicen deres er den beste jeg har opplevd!")
i = nxt(); case("html-only-qp-latin1", headers(MIMEText("<p>Jeg f&aring;r ikke logget inn p&aring; Min side.</p><p>Mvh<br>&Aring;se</p>", "html", "iso-8859-1"), i, sender="ase@example.no"),
             "Jeg får ikke logget inn på Min side.")
i = nxt(); case("original-message-no-blank", plain(i, "Cancel the order.\n-----Original Message-----\nFrom: Shop <shop@example.com>\nSent: 3 March 2025\nTo: Peter\nSubject: Your order\n", sender="peter@example.com"),
             "Cancel the order.")
i = nxt(); case("long-message-sig", plain(i, "Hello,\n\nI am writing to complain about the service over the last month. First the installation was postponed twice, then the technician left without finishing the job, and since then the connection has dropped several times a day.\n\nI expect a discount for this month.\n\nYours sincerely,\nRobert Brown\n12 High Street\nLondon\n", sender="robert@example.co.uk"),
             "Hello,\n\nI am writing to complain about the service over the last month. First the installation was postponed twice, then the technician left without finishing the job, and since then the connection has dropped several times a day.\n\nI expect a discount for this month.")

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith(".eml") or f.endswith(".expected.txt"):
        os.remove(os.path.join(OUT, f))
for k, (name, msg, expected) in enumerate(cases, 1):
    base = os.path.join(OUT, "%02d-%s" % (k, name))
    with open(base + ".eml", "wb") as f:
        f.write(msg.as_bytes())
    with open(base + ".expected.txt", "w", encoding="utf-8") as f:
        f.write(expected + ("\n" if expected else ""))
print(len(cases), "messages in", OUT)
