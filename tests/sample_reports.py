"""A small report text that the input tests write into files of every kind."""
import io
from pathlib import Path

TITLE = "桐庐县2023年法治政府建设年度报告"
PARAGRAPHS = (
    "2023年,桐庐县坚持以习近平法治思想为指导,扎实推进法治政府建设。",
    "一、2023年推进法治政府建设的主要举措和成效",
    "(一)依法全面履行政府职能。一是深化“放管服”改革。县司法局印发《桐庐县行政执法监督办法》,开展执法检查12次。",
    "(二)健全依法决策机制。县政府出台重大行政决策13件。桐庐县荣获全国法治政府建设示范地区。",
    "二、2024年推进法治政府建设的主要安排",
    "2024年,桐庐县将深入推进法治政府建设。",
)
REPORT = TITLE + "\n" + "\n".join(PARAGRAPHS) + "\n"


def pdf_bytes(*pages: list[str]) -> bytes:
    """A PDF whose text layer holds each page's lines and a page number at its foot,
    in Adobe's built-in Chinese font (nothing to download)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for number, lines in enumerate(pages, start=1):
        pdf.setFont("STSong-Light", 10)
        for n, line in enumerate(lines):
            pdf.drawString(40, 800 - 16 * n, line)
        pdf.drawCentredString(300, 30, f"- {number} -")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def write_docx(path: Path) -> Path:
    """A Word file of the sample report, with a table between its paragraphs."""
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    for paragraph in PARAGRAPHS[:3]:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "执法检查"
    table.rows[0].cells[1].text = "12次"
    for paragraph in PARAGRAPHS[3:]:
        document.add_paragraph(paragraph)
    document.save(path)
    return path
