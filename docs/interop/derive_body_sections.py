#!/usr/bin/env python3
"""Derives core-lib/.../interop/rules/body-sections.tsv (the sections each WS/T 500 document
type contains) from two public sources, as documented in interop/PROVENANCE.md:

 1. the standard's example documents as FreeMarker templates in github.com/bzrrr/cda
    @ 64fd34b62d97b130fdb0bdee751dde3628a2c5d4, src/main/resources/templates/templateNN.ftl
    (no licence: only facts are taken -- section code, code system, display name and the
    Chinese section name from the comment above it; nothing is copied verbatim), and
 2. the per-document XSDs (Apache-2.0, django_hip_service), whose annotation on
    structuredBody/component lists the Chinese section names; a section is marked
    in_xsd_annotation=yes when its Chinese name occurs there.

Usage: derive_body_sections.py TEMPLATES_DIR XSD_DIR > body-sections.tsv
       derive_body_sections.py --entries TEMPLATES_DIR > body-entries.tsv
       (the data elements each section of the example carries, used by the generator only)
where TEMPLATES_DIR holds templateNN.ftl (git show HEAD:src/main/resources/templates/... from a
mirror of bzrrr/cda) and XSD_DIR holds C0001.xsd ... C0053.xsd.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HL7 = '{urn:hl7-org:v3}'
XS = '{http://www.w3.org/2001/XMLSchema}'


def parse(path):
    text = re.sub(r'\$\{[^}]*\}', 'X', path.read_text(encoding='utf-8'))
    builder = ET.TreeBuilder(insert_comments=True)
    parser = ET.XMLParser(target=builder)
    parser.feed(text.encode('utf-8'))
    return parser.close()


def section_annotation(xsd):
    root = ET.parse(xsd).getroot()
    for el in root.iter(XS + 'element'):
        if el.get('name') == 'structuredBody':
            comp = el.find(f'{XS}complexType/{XS}sequence/{XS}element')
            return ' '.join(d.text or '' for d in comp.iter(XS + 'documentation'))
    return ''


def main(tpl_dir, xsd_dir):
    print('doc_code\tsection_code\tcode_system\tdisplay_name\tname_zh\tin_xsd_annotation\tsource')
    for n in range(1, 54):
        tpl = Path(tpl_dir) / f'template{n:02d}.ftl'
        doc = parse(tpl)
        code = doc.find(HL7 + 'code').get('code')
        annotation = re.sub(r'\s+', '', section_annotation(Path(xsd_dir) / f'{code}.xsd'))
        # the templates put the sections either under component/structuredBody or (most of
        # them) directly as components of ClinicalDocument
        body = doc.find(f'{HL7}component/{HL7}structuredBody')
        if body is None:
            body = doc
        seen = set()
        last_comment = ''
        for child in body:
            if child.tag is ET.Comment:
                last_comment = re.sub(r'[\s*]+', '', child.text or '')
                continue
            if child.tag != HL7 + 'component':
                continue
            sec = child.find(HL7 + 'section')
            if sec is None:
                continue
            c = sec.find(HL7 + 'code')
            key = (c.get('code') or '', c.get('displayName') or '')
            if (c.get('code') and c.get('code') in seen) or key in seen:
                continue
            seen.add(c.get('code') or key)
            name = last_comment
            in_xsd = 'yes' if name and name in annotation else 'no'
            print('\t'.join([code, c.get('code') or '', c.get('codeSystem') or '',
                             (c.get('displayName') or '').strip(), name, in_xsd,
                             f'WS/T 500.{n}-2016 example (bzrrr/cda template{n:02d}.ftl)']))
            last_comment = ''


DE = re.compile(r'DE\d\d\.\d\d\.\d\d\d\.\d\d$')


def entries(tpl_dir):
    print('doc_code\tsection_code\tsection_display\tde_code\tde_name\tsource')
    for n in range(1, 54):
        doc = parse(Path(tpl_dir) / f'template{n:02d}.ftl')
        code = doc.find(HL7 + 'code').get('code')
        for sec in doc.iter(HL7 + 'section'):
            c = sec.find(HL7 + 'code')
            seen = set()
            for e in sec.iter(HL7 + 'code'):
                de = e.get('code') or ''
                if e is c or not DE.match(de) or de in seen:
                    continue
                seen.add(de)
                print('\t'.join([code, c.get('code') or '', (c.get('displayName') or '').strip(), de,
                                 (e.get('displayName') or '').strip(),
                                 f'WS/T 500.{n}-2016 example (bzrrr/cda template{n:02d}.ftl)']))


if __name__ == '__main__':
    if sys.argv[1] == '--entries':
        entries(sys.argv[2])
    else:
        main(sys.argv[1], sys.argv[2])
