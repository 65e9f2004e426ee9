"""Writes the 1904 incident sheet of date1904Workbooks.ts with xlsxwriter or openpyxl.

Usage: python3 date1904Workbook.py xlsxwriter|openpyxl OUT.xlsx < {"sheet": NAME, "rows": [[cell, ...], ...]}
A cell is text, a number (left General) or {"date": "yyyy-mm-dd" or "yyyy-mm-ddThh:mm"}.
"""
import datetime
import json
import sys


def when(cell):
    moment = datetime.datetime.fromisoformat(cell["date"])
    return moment, "yyyy-mm-dd hh:mm" if "T" in cell["date"] else "yyyy-mm-dd"


def with_xlsxwriter(path, sheet, rows):
    import xlsxwriter

    workbook = xlsxwriter.Workbook(path, {"date_1904": True})
    worksheet = workbook.add_worksheet(sheet)
    formats = {}
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            if isinstance(cell, dict):
                moment, pattern = when(cell)
                formats.setdefault(pattern, workbook.add_format({"num_format": pattern}))
                worksheet.write_datetime(r, c, moment, formats[pattern])
            elif isinstance(cell, str):
                worksheet.write_string(r, c, cell)
            else:
                worksheet.write_number(r, c, cell)
    workbook.close()


def with_openpyxl(path, sheet, rows):
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    workbook = openpyxl.Workbook()
    workbook.epoch = CALENDAR_MAC_1904
    worksheet = workbook.active
    worksheet.title = sheet
    for r, cells in enumerate(rows, start=1):
        for c, cell in enumerate(cells, start=1):
            target = worksheet.cell(row=r, column=c)
            if isinstance(cell, dict):
                target.value, target.number_format = when(cell)
            else:
                target.value = cell
    workbook.save(path)


if __name__ == "__main__":
    writer, path = sys.argv[1], sys.argv[2]
    spec = json.load(sys.stdin)
    {"xlsxwriter": with_xlsxwriter, "openpyxl": with_openpyxl}[writer](path, spec["sheet"], spec["rows"])
