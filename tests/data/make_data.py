"""Write the article files the importer tests read; run once, commit the output, tests never regenerate it.

Run from the checkout: ``QT_QPA_PLATFORM=offscreen PYTHONPATH=desktop python tests/data/make_data.py``.
"""

from __future__ import annotations

import io
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Files as found in the wild, for the importer's own tests only: kept out of this folder, which the
# add tests read whole.
WILD = HERE.parent / "core" / "articles" / "wild"

# Everything around the article that an extractor must leave out.
_CHROME_TOP = """
<nav class="site-nav"><ul>
  <li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
  <li><a href="/subscribe">Subscribe for 1 € a week</a></li>
</ul></nav>
<div id="cookie-banner" class="cookie consent">We use cookies to improve your experience.
  <button>Accept all cookies</button></div>
<script>window.dataLayer = window.dataLayer || []; trackPageView("NAV_SCRIPT_MARKER");</script>
"""
_CHROME_BOTTOM = """
<section id="comments" class="comments">
  <h3>Comments (2)</h3>
  <div class="comment"><p class="comment-author">troll42</p>
    <p>COMMENT_MARKER this is all fake news, wake up people!!!</p></div>
  <div class="comment"><p>COMMENT_MARKER Great reporting as always.</p></div>
  <form><textarea>Write a comment</textarea></form>
</section>
<aside class="related"><h3>Most read</h3><ul><li><a href="/x">Ten cats that look like ministers</a></li></ul></aside>
<footer><p>© 2024 The Northern Ledger. All rights reserved. FOOTER_MARKER</p>
  <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
<script>console.log("SCRIPT_MARKER bottom");</script>
"""

KYIV_PAGE = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Kyiv reopens Darnytskyi bridge after repairs | The Northern Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Kyiv reopens Darnytskyi bridge after repairs">
<meta property="og:site_name" content="The Northern Ledger">
<meta property="og:url" content="https://ledger.example.org/world/2024/03/kyiv-bridge">
<meta property="og:type" content="article">
<meta name="author" content="Olena Kovalenko">
<meta property="article:published_time" content="2024-03-14T08:30:00+02:00">
<link rel="canonical" href="https://ledger.example.org/world/2024/03/kyiv-bridge">
<style>body { font-family: serif; } .STYLE_MARKER { color: red; }</style>
</head>
<body>
{TOP}
<main>
<article>
  <h1>Kyiv reopens Darnytskyi bridge after repairs</h1>
  <p class="byline">By Olena Kovalenko · 14 March 2024</p>
  <p>Kyiv reopened the Darnytskyi bridge on Thursday after eight months of repairs, the city administration said.</p>
  <p>“Traffic on the left bank will finally ease,” said deputy mayor Petro Panteleiev, adding that 1,200 workers took part. 🚧🌉</p>
  <p>Residents greeted the news warmly. «Нарешті можна їхати на роботу без заторів», said Iryna, a teacher from Darnytsia.</p>
  <p>Officials estimate that 40,000 cars a day will use the crossing, up from 25,000 before the works began in July.</p>
  <p>The repairs cost 1.3 billion hryvnias, funded partly by a loan from the European Investment Bank.</p>
</article>
</main>
{BOTTOM}
</body>
</html>
""".replace("{TOP}", _CHROME_TOP).replace("{BOTTOM}", _CHROME_BOTTOM)

# Declared windows-1252: curly quotes, the euro sign and accents are single bytes that are not UTF-8.
CAFE_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="windows-1252">
<title>Café prices climb again in Lyon – Le Petit Relais</title>
<meta property="og:title" content="Café prices climb again in Lyon">
<meta property="og:site_name" content="Le Petit Relais">
<meta property="og:url" content="https://relais.example.fr/economie/cafe-prices">
<meta name="author" content="Amélie Durand">
<meta name="date" content="2023-11-02">
<style>.promo { display: none } /* STYLE_MARKER */</style>
</head>
<body>
{TOP}
<div class="content">
<article class="story">
  <h1>Café prices climb again in Lyon</h1>
  <div class="meta">Amélie Durand, 2 November 2023</div>
  <p>An espresso at the counter now costs 2,10 € on average in Lyon, up 12 % in a year, according to the chamber of commerce.</p>
  <p>“We can’t absorb the rise in milk and energy any more,” said Benoît Lefèvre, who runs a café near Place Bellecour.</p>
  <p>The survey covered 318 cafés and found that a crème now averages 3,40 €, the highest level since the series began in 2008.</p>
  <p>Customers seem resigned. « C’est cher, mais c’est mon rituel », said one regular, sipping his noisette.</p>
</article>
</div>
{BOTTOM}
</body>
</html>
""".replace("{TOP}", _CHROME_TOP).replace("{BOTTOM}", _CHROME_BOTTOM)

NO_ARTICLE_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Sign in | The Northern Ledger</title>
<script>var SCRIPT_MARKER = 1;</script></head>
<body>
{TOP}
<form action="/login"><label>Email <input name="email"></label><button>Sign in</button></form>
<footer><a href="/privacy">Privacy</a></footer>
</body></html>
""".replace("{TOP}", _CHROME_TOP)

# Declares UTF-8 and is UTF-8, but for three bad bytes: a cp1252 "ö" pasted in, a lone continuation
# byte and a character cut short. A browser shows three "�" and reads everything else as UTF-8.
WINTER_PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Weihnachtsmarkt öffnet bei Schnee | Tagesblatt Görlitz</title>
<meta property="og:site_name" content="Tagesblatt Görlitz">
</head>
<body>
{TOP}
<article>
  <h1>Weihnachtsmarkt öffnet bei Schnee</h1>
  <p>So schön winterlich ist es wie lange nicht: Der Görlitzer Weihnachtsmarkt öffnete am Freitag bei Schnee und minus fünf Grad.</p>
  <p>Rund 12.000 Besucher kamen am ersten Abend, teilte die Stadt mit. Die Händler zeigten sich zufrieden mit dem Glühweinabsatz.</p>
  <p>„Wir haben seit Jahren nicht mehr so viele Familien gesehen“, sagte Marktleiterin Jana Köhler. Der Markt bleibt bis zum 23. Dezember geöffnet.</p>
  <p>Die Stadtwerke warnen vor Glätte auf den Zufahrtsstraßen; die Straßenbahn fährt bis Mitternacht im Zehn-Minuten-Takt.</p>
</article>
{BOTTOM}
</body>
</html>
""".replace("{TOP}", _CHROME_TOP).replace("{BOTTOM}", _CHROME_BOTTOM)
WINTER_BAD_BYTES = (("Köhler", b"K\xf6hler"), ("minus fünf", b"minus f\x80nf"), ("Zehn-Minuten", b"Zehn-Minuten\xe2\x80"))

# Decomposed (NFD) text, as some macOS and PDF tools write it: "ü" is "u" + U+0308.
RECALL_PAGE = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Rückruf: Babynahrung geprüft und beanstandet</title></head>
<body>
{TOP}
<article>
  <h1>Rückruf: Babynahrung geprüft und beanstandet</h1>
  <p>Das Landesamt hat 40 Proben Babynahrung geprüft; drei Chargen enthielten zu viel Chlorat, teilte die Behörde in München mit.</p>
  <p>Der Hersteller ruft die betroffenen Gläser zurück. Kunden erhalten den Kaufpreis auch ohne Kassenbon zurück.</p>
</article>
{BOTTOM}
</body>
</html>
""".replace("{TOP}", _CHROME_TOP).replace("{BOTTOM}", _CHROME_BOTTOM)

# Two short news briefs: no paragraph reaches 80 characters, yet it is an article.
BRIEF_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Ferry service resumes | The Northern Ledger</title></head>
<body>
{TOP}
<main><article>
  <h1>Ferry service resumes</h1>
  <p>The Helsinki ferry runs again from Monday.</p>
  <p>Storm damage kept it in port for a week.</p>
</article></main>
{BOTTOM}
</body>
</html>
""".replace("{TOP}", _CHROME_TOP).replace("{BOTTOM}", _CHROME_BOTTOM)

# A blog post written in a plain-text editor: every line is broken by hand before 72 characters.
HARD_WRAPPED_POST = [
    "I spent the last week at the regional water board's public hearings,",
    "and I came away with more questions than answers. The board wants to",
    "raise tariffs by 14 percent over three years to pay for new pipes in",
    "the old town, where some mains date from before the First World War.",
    "",
    "Nobody at the hearings disputed that the pipes need replacing. What",
    "people disputed was who should pay. Shop owners on the market square",
    "said the works would close their street for most of a summer, and",
    "that the board had not offered any compensation at all.",
    "",
    "The board's chief engineer, Marta Lindqvist, said the schedule could",
    "not be shortened. \"We dig one block at a time, or we dig twice,\" she",
    "told the room on Thursday, to some laughter and some grumbling.",
]
BLOG_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Notes from the water hearings</title></head>
<body>
{TOP}
<div class="post"><h2>Notes from the water hearings</h2>
<div class="post-body">{BODY}</div></div>
{BOTTOM}
</body>
</html>
""".replace("{TOP}", _CHROME_TOP).replace("{BOTTOM}", _CHROME_BOTTOM).replace("{BODY}", "<br>\n".join(HARD_WRAPPED_POST))

DOCX_TITLE = "Port strike enters its second week"
DOCX_PARAGRAPHS = [
    "Dock workers in Rotterdam extended their strike into a second week on Monday, the FNV union said.",
    "About 2,400 containers are stuck on the quays, according to the port authority.",
    "“We will not go back without a written agreement,” said union spokesperson Sanne de Vries.",
]
DOCX_TABLE = [["Terminal", "Ships waiting"], ["Maasvlakte II", "14"], ["Waalhaven", "6"]]
DOCX_CLOSING = "Talks are set to resume on Thursday in The Hague."

PDF_TITLE = "Grain exports fall as drought bites"
PDF_PARAGRAPHS = [
    "Argentina's grain exports fell 18 percent in the first quarter, the agriculture ministry said on Friday.",
    "Farmers in Córdoba reported the lowest soybean yields in two decades after months without rain.",
    "The ministry expects a partial recovery in the second half if the autumn rains arrive on time.",
]


def write_html() -> None:
    (HERE / "kyiv-bridge.html").write_bytes(KYIV_PAGE.encode("utf-8"))
    (HERE / "cafe-prices.htm").write_bytes(CAFE_PAGE.encode("cp1252"))
    (HERE / "no-article.html").write_bytes(NO_ARTICLE_PAGE.encode("utf-8"))
    write_realworld_html()


def write_realworld_html() -> None:
    """Pages as found in the wild: a few bad bytes, decomposed text, a short brief, a hard-wrapped blog post."""
    import unicodedata

    winter = WINTER_PAGE.encode("utf-8")
    for good, bad in WINTER_BAD_BYTES:
        winter = winter.replace(good.encode("utf-8"), bad, 1)
    (WILD / "winter-market.html").write_bytes(winter)
    (WILD / "recall-nfd.html").write_bytes(unicodedata.normalize("NFD", RECALL_PAGE).encode("utf-8"))
    (WILD / "short-brief.html").write_bytes(BRIEF_PAGE.encode("utf-8"))
    (WILD / "hard-wrapped-blog.html").write_bytes(BLOG_PAGE.encode("utf-8"))


def write_docx() -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = DOCX_TITLE
    document.core_properties.author = "Sanne Bakker"
    document.core_properties.created = datetime(2024, 5, 6, 9, 15, tzinfo=timezone.utc)
    document.add_heading(DOCX_TITLE, level=1)
    for text in DOCX_PARAGRAPHS:
        document.add_paragraph(text)
    table = document.add_table(rows=len(DOCX_TABLE), cols=2)
    for row, cells in zip(table.rows, DOCX_TABLE):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_paragraph(DOCX_CLOSING)
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    (HERE / "port-strike.docx").write_bytes(data)
    (HERE / "truncated.docx").write_bytes(data[: len(data) // 2])
    write_docx_tables()


def write_docx_tables() -> None:
    """Tables as Word users make them: a cell merged down two rows, one merged across, a table inside a cell."""
    import unicodedata

    import docx

    document = docx.Document()
    document.add_paragraph("Ships waiting by region, as reported to the port authority.")
    table = document.add_table(rows=4, cols=3)
    for row, cells in zip(table.rows, [["Region", "Terminal", "Ships"], ["North", "Maasvlakte II", "14"],
                                       ["", "Waalhaven", "6"], ["Total", "", "20"]]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    table.cell(1, 0).merge(table.cell(2, 0))  # "North" covers both terminals
    table.cell(3, 0).merge(table.cell(3, 1))  # "Total" spans two columns
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Between the quays"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    for row, cells in zip(inner.rows, [["Table", "inside"], ["a", "cell"]]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_paragraph(unicodedata.normalize("NFD", "Die Zahlen wurden geprüft."))  # as macOS tools write it
    buffer = io.BytesIO()
    document.save(buffer)
    (WILD / "port-strike-tables.docx").write_bytes(buffer.getvalue())


def write_pdfs() -> None:
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    text_pdf = HERE / "grain-exports.pdf"
    writer = QPdfWriter(str(text_pdf))
    writer.setTitle(PDF_TITLE)
    writer.setCreator("Newsmark test data")
    writer.setPageSize(QPageSize(QPageSize.A5))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Millimeter)
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    body = "".join(f"<p>{p}</p>" for p in PDF_PARAGRAPHS)
    document.setHtml(f"<h1>{PDF_TITLE}</h1>{body}")
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    from pypdf import PdfWriter

    # Qt sets no author and stamps today's date; fixed values keep the file the same on every run.
    dated = PdfWriter(clone_from=str(text_pdf))
    dated.add_metadata({"/Author": "Martín Ferreyra", "/CreationDate": "D:20240412103000Z", "/ModDate": "D:20240412103000Z"})
    with open(text_pdf, "wb") as f:
        dated.write(f)

    scan = HERE / "scanned.pdf"
    writer = QPdfWriter(str(scan))
    writer.setPageSize(QPageSize(QPageSize.A6))
    image = QImage(400, 560, QImage.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 14))
    painter.drawText(QRectF(20, 20, 360, 520), 0, "A photographed page:\nthese words are pixels, not text.")
    painter.end()
    painter = QPainter(writer)
    painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), image)
    painter.end()
    del writer

    locked = PdfWriter(clone_from=str(text_pdf))
    # RC4 needs no extra crypto library to write or to open with the password.
    locked.encrypt(user_password="s3cret", owner_password="owner", algorithm="RC4-128")
    with open(HERE / "encrypted.pdf", "wb") as f:
        locked.write(f)
    write_aes_pdf()


def write_aes_pdf() -> None:
    """An AES-encrypted PDF with an empty user password: it opens without asking, as many public ones do."""
    from pypdf import PdfWriter

    aes = PdfWriter(clone_from=str(HERE / "grain-exports.pdf"))
    aes.encrypt(user_password="", owner_password="owner", algorithm="AES-256")  # needs the cryptography package
    with open(WILD / "grain-exports-aes.pdf", "wb") as f:
        aes.write(f)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    write_html()
    write_docx()
    write_pdfs()
    for path in sorted(HERE.iterdir()) + sorted(WILD.iterdir()):
        if path.suffix != ".py":
            print(f"{path.stat().st_size:>8}  {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
