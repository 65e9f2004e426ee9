"""Writes, with openpyxl, an incident workbook with the parts a copy must keep: a note
(legacy comment and its VML drawing), a bar chart, a defined name, merged cells, a hidden
row, a filled cell, formulas, column widths and, when asked, a Curation log sheet.

Usage: python3 featureWorkbook.py OUT.xlsx < {"rows": [[cell, ...], ...], "log": [[cell, ...], ...] or null}
"""
import json
import sys

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName


def write(path, rows, log):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Incidents"
    for cells in rows:
        sheet.append(cells)
    width = len(rows[0])
    last = len(rows)
    # The names to fix are in column F (actor1): the first one filled, with a note on it.
    sheet["F2"].fill = PatternFill("solid", fgColor="FF00B050")
    sheet["F2"].font = Font(bold=True)
    sheet["F2"].comment = Comment("Check this actor against the source", "curator")
    sheet["A1"].comment = Comment("Exported from the field database", "curator")
    # Beyond the table: a note column merged over two cells, and a formula on each row.
    notes = width + 1
    sheet.cell(row=1, column=notes, value="notes")
    sheet.merge_cells(start_row=1, start_column=notes, end_row=1, end_column=notes + 1)
    for r in range(2, last + 1):
        sheet.cell(row=r, column=notes + 2, value=f"=LEN(F{r})")
    sheet.row_dimensions[3].hidden = True
    sheet.column_dimensions["F"].width = 32
    chart = BarChart()
    chart.title = "Fatalities"
    chart.add_data(Reference(sheet, min_col=width, min_row=1, max_row=last), titles_from_data=True)
    sheet.add_chart(chart, "W2")
    workbook.defined_names["Actors"] = DefinedName("Actors", attr_text=f"Incidents!$F$2:$F${last}")
    if log is not None:
        log_sheet = workbook.create_sheet("Curation log")
        for cells in log:
            log_sheet.append(cells)
    workbook.save(path)


if __name__ == "__main__":
    spec = json.load(sys.stdin)
    write(sys.argv[1], spec["rows"], spec.get("log"))
