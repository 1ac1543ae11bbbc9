#!/usr/bin/env python3
"""Writes the corpus workbook with openpyxl, as a methodologist's file often is: a kindergarten tab
with a two-row merged header, dates in several formats, yes/no as text and as booleans, formulas
whose results are 0, FALSE, "" and errors, a hidden row; plus what --out must carry over untouched:
a chart, an image, comments, a drop-down (data validation) and a pivot cache (added to the package
afterwards: openpyxl keeps pivots it read but does not make new ones).

Usage: make_workbook.py <out.xlsx>
"""
import datetime
import io
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image as PILImage


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = 'МАДОУ «Детский сад №7»'
    ws['A1'], ws['B1'], ws['C1'], ws['E1'], ws['F1'], ws['G1'] = 'ФИО', 'Должность', 'Повышение квалификации', 'Дата рождения', 'Педагогический стаж', 'Примечание'
    ws['C2'], ws['D2'] = 'ПК за период', 'ПК по ФР ДПП'
    for rng in ('A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2', 'G1:G2'):
        ws.merge_cells(rng)
    rows = [
        ('Абрамова Анна Андреевна', 'воспитатель', 'да', True, datetime.date(1990, 3, 14), '=0*1', '=""'),
        ('Белова Вера Викторовна', 'воспитатель', 'нет', False, datetime.date(1985, 11, 2), 12, '=1=2'),
        ('Волков Глеб Глебович', 'музыкальный руководитель', 'да', None, datetime.date(1999, 1, 31), '=1/0', '=NA()'),
        ('Громова Дарья Денисовна', 'заведующий', 'да', 'да', datetime.date(1975, 7, 7), 30.5, 'текст & <знаки>'),
    ]
    formats = ['DD.MM.YYYY', 'YYYY-MM-DD', 'D MMMM YYYY', 'mm-dd-yy']
    for i, row in enumerate(rows):
        r = 3 + i
        for c, v in enumerate(row):
            ws.cell(row=r, column=c + 1, value=v)
        ws.cell(row=r, column=5).number_format = formats[i]
    ws.row_dimensions[5].hidden = True
    ws['A3'].comment = Comment('Проверено методистом', 'ИМЦ')
    dv = DataValidation(type='list', formula1='"да,нет"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add('C3:C100')

    data = wb.create_sheet('Данные')
    data.append(['Школа', 'Число'])
    for name, n in [('СОШ №1', 3), ('СОШ №2', 5), ('Гимназия', 4)]:
        data.append([name, n])
    chart = BarChart()
    chart.title = 'Число'
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    chart.set_categories(Reference(data, min_col=1, min_row=2, max_row=4))
    data.add_chart(chart, 'D2')
    png = io.BytesIO()
    PILImage.new('RGB', (8, 8), (31, 56, 100)).save(png, format='PNG')
    png.seek(0)
    data.add_image(Image(png), 'D20')
    wb.save(path)


PIVOT_DEF = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1" '
             'refreshOnLoad="1" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Данные"/>'
             '</cacheSource><cacheFields count="2"><cacheField name="Школа" numFmtId="0"><sharedItems count="3">'
             '<s v="СОШ №1"/><s v="СОШ №2"/><s v="Гимназия"/></sharedItems></cacheField><cacheField name="Число" numFmtId="0">'
             '<sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="3" maxValue="5"/>'
             '</cacheField></cacheFields></pivotCacheDefinition>')
PIVOT_RECORDS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3">'
                 '<r><x v="0"/><n v="3"/></r><r><x v="1"/><n v="5"/></r><r><x v="2"/><n v="4"/></r></pivotCacheRecords>')
PIVOT_DEF_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheRecords" '
                  'Target="pivotCacheRecords1.xml"/></Relationships>')


def add_pivot_cache(path):
    """Adds a pivot cache (definition, records) to the package: parts, relationship, content types."""
    src = zipfile.ZipFile(path)
    parts = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    out = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    for info, data in parts:
        if info.filename == '[Content_Types].xml':
            data = data.replace(b'</Types>',
                                b'<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>'
                                b'<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/></Types>')
        elif info.filename == 'xl/_rels/workbook.xml.rels':
            data = data.replace(b'</Relationships>',
                                b'<Relationship Id="rIdPivot1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>')
        elif info.filename == 'xl/workbook.xml':
            data = data.replace(b'</workbook>', b'<pivotCaches><pivotCache cacheId="1" r:id="rIdPivot1"/></pivotCaches></workbook>')
            root = data[data.index(b'<workbook'):data.index(b'>', data.index(b'<workbook'))]
            if b'xmlns:r=' not in root:
                data = data.replace(b'<workbook ', b'<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
        out.writestr(info, data)
    out.writestr('xl/pivotCache/pivotCacheDefinition1.xml', PIVOT_DEF)
    out.writestr('xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', PIVOT_DEF_RELS)
    out.writestr('xl/pivotCache/pivotCacheRecords1.xml', PIVOT_RECORDS)
    out.close()


if __name__ == '__main__':
    build(sys.argv[1])
    add_pivot_cache(sys.argv[1])
