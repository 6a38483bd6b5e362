#!/usr/bin/env python3
"""Writes core-lib/src/main/resources/org/shutong/interop/plans/bundled.yaml: the bundled test plan
covering every HL7 v3 service of the catalogue (services.tsv rows with an XSD).

- The 13 core services get hand-written cases (below): registration, update, merge, query with
  values carried from an earlier step, document register/search/retrieve with a generated CDA.
- Every other service gets a T01 case (a valid request must be answered AA) and an F01 case (a
  request that breaks its XSD -- creationTime removed -- must be answered AE with a reason). The
  request is built from the service XSD: the published samples (samples/services/EMR-PL-*.xml)
  are templates with blanks where their own XSDs require values (times, ids of 7+ characters),
  so they are used only where a case fills every blank (the patient, organisation and document
  queries).

Run from the repository root: python3 docs/interop/make_bundled_plan.py
"""
import csv
import re
from pathlib import Path

RES = Path('core-lib/src/main/resources/org/shutong/interop')


def services():
    out = []
    with open(RES / 'services.tsv', encoding='utf-8') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            code = r['service_code']
            xsds = sorted(p.stem for p in (RES / 'schemas/services').glob('*.xsd'))
            if code not in xsds:
                match = [x for x in xsds if x.startswith(code)]
                if len(match) != 1:
                    continue
                code = match[0]
            root = re.search(r'<xs:element\s+name="([^"]+)"',
                             (RES / 'schemas/services' / f'{code}.xsd').read_text(encoding='utf-8')).group(1)
            out.append(dict(code=code, name=r['service_name'], rank=r['rank'], root=root,
                            query=r['is_lookup'] == 'True'))
    return out


def samples(svcs):
    by_name = {s['name']: s for s in svcs}
    out = {}
    for p in sorted((RES / 'samples/services').glob('*-T01.xml')):
        name = re.sub(r'^EMR-PL-\d+-', '', p.name)[:-len('-T01.xml')]
        root = re.search(r'<([A-Z]{4}_IN\d+UV\d*)', p.read_text(encoding='utf-8')).group(1)
        s = by_name.get(name)
        if s is None:
            continue
        if s['root'] != root:
            # the catalogue swaps the Chinese names of DocumentAccess/DocumentRetrieve: match by root
            alt = [x for x in svcs if x['root'] == root and x['code'].startswith('Document')]
            if len(alt) != 1:
                continue
            s = alt[0]
        out[s['code']] = p.name
    return out


def q(s):
    return "'" + s.replace("'", "''") + "'"


DEVICE = {
    '/*/receiver/device/id/item/@extension': 'SHUTONG-TEST',
    '/*/sender/device/id/item/@extension': 'SHUTONG-TEST',
}


CORE = r"""
  # ---------------------------------------------------------------- 个人信息注册、查询服务
  - id: PatientInfoRegister-T01
    service: PatientInfoRegister
    kind: T
    title: 注册新患者，平台应答 AA
    steps:
      - name: 注册
        send: &register
          generate: PatientInfoRegister
          set:
            //registrationRequest/subject1/patient/id/item/@extension: ${patientId}
            //patientPerson/name/item/part/@value: ${patientName}
        expect:
          - schema: PatientInfoRegister
            target: request
          - status: 200
          - fault: false
          - ack: AA
          - xpath: //acknowledgement/targetMessage/id/@extension
            equals: ${request.id}
  - id: PatientInfoRegister-F01
    service: PatientInfoRegister
    kind: F
    title: 缺少本地系统患者ID（不符合 XSD），平台应答 AE 并说明原因
    steps:
      - name: 注册
        send:
          generate: PatientInfoRegister
          remove: [//registrationRequest/subject1/patient/id]
        expect:
          - status: 200
          - ack: AE
  - id: PatientInfoRegister-F02
    service: PatientInfoRegister
    kind: F
    title: 同一患者重复注册，平台应答 AE
    steps:
      - name: 注册
        send: *register
        expect: [{ack: AA}]
      - name: 重复注册
        send: *register
        expect: [{ack: AE}]
  - id: PatientInfoUpdate-T01
    service: PatientInfoUpdate
    kind: T
    title: 更新已注册患者的姓名，查询得到新姓名
    steps:
      - name: 注册
        service: PatientInfoRegister
        send: *register
        expect: [{ack: AA}]
      - name: 更新
        send:
          generate: PatientInfoUpdate
          set:
            //registrationRequest/subject1/patient/id/item/@extension: ${patientId}
            //patientPerson/name/item/part/@value: ${patientName}乙
        expect:
          - schema: PatientInfoUpdate
            target: request
          - ack: AA
        save:
          newName: request://patientPerson/name/item/part/@value
      - name: 查询
        service: PatientInfoQuery
        send: &queryPatient
          sample: EMR-PL-04-个人信息查询服务-T01.xml
          set:
            //parameterList/id/@extension: ${patientId}
            //parameterList/livingSubjectId/value/item/@extension: ${patientId}
            /*/receiver/device/id/item/@extension: SHUTONG-TEST
            /*/sender/device/id/item/@extension: SHUTONG-TEST
        expect:
          - ack: AA
          - xpath: //patientPerson/name/item/part/@value
            equals: ${newName}
  - id: PatientInfoUpdate-F01
    service: PatientInfoUpdate
    kind: F
    title: 更新未注册的患者，平台应答 AE
    steps:
      - name: 更新
        send:
          generate: PatientInfoUpdate
          set:
            //registrationRequest/subject1/patient/id/item/@extension: ${patientId}-none
        expect: [{ack: AE}]
  - id: PatientInfoMerge-T01
    service: PatientInfoMerge
    kind: T
    title: 把患者乙合并到患者甲，按乙查询得到甲
    steps:
      - name: 注册甲
        service: PatientInfoRegister
        send: *register
        expect: [{ack: AA}]
      - name: 注册乙
        service: PatientInfoRegister
        send:
          generate: PatientInfoRegister
          set:
            //registrationRequest/subject1/patient/id/item/@extension: ${patientId2}
        expect: [{ack: AA}]
      - name: 合并
        send:
          generate: PatientInfoMerge
          set:
            //registrationEvent/subject1/patient/id/item/@extension: ${patientId}
            //replacementOf/priorRegistration/subject1/priorRegisteredRole/id/item/@extension: ${patientId2}
        expect:
          - schema: PatientInfoMerge
            target: request
          - ack: AA
      - name: 按乙查询
        service: PatientInfoQuery
        send:
          sample: EMR-PL-04-个人信息查询服务-T01.xml
          set:
            //parameterList/id/@extension: ${patientId2}
            /*/receiver/device/id/item/@extension: SHUTONG-TEST
            /*/sender/device/id/item/@extension: SHUTONG-TEST
        expect:
          - ack: AA
          - xpath: //registrationEvent/subject1/patient/id/item/@extension
            equals: ${patientId}
  - id: PatientInfoMerge-F01
    service: PatientInfoMerge
    kind: F
    title: 合并未注册的患者，平台应答 AE
    steps:
      - name: 合并
        send:
          generate: PatientInfoMerge
          set:
            //registrationEvent/subject1/patient/id/item/@extension: ${patientId}-none
            //replacementOf/priorRegistration/subject1/priorRegisteredRole/id/item/@extension: ${patientId2}-none
        expect: [{ack: AE}]
  - id: PatientInfoQuery-T01
    service: PatientInfoQuery
    kind: T
    title: 按本地患者ID查询刚注册的患者，姓名与注册时一致
    steps:
      - name: 注册
        service: PatientInfoRegister
        send: *register
        expect: [{ack: AA}]
        save:
          registeredName: request://patientPerson/name/item/part/@value
      - name: 查询
        send: *queryPatient
        expect:
          - schema: PatientInfoQuery
            target: request
          - ack: AA
          - xpath: //registrationEvent/subject1/patient/id/item/@extension
            equals: ${patientId}
          - xpath: //patientPerson/name/item/part/@value
            equals: ${registeredName}
  - id: PatientInfoQuery-F01
    service: PatientInfoQuery
    kind: F
    title: 查询不存在的患者，平台应答 AE
    steps:
      - name: 查询
        send:
          sample: EMR-PL-04-个人信息查询服务-F01.xml
          set:
            //parameterList/id/@extension: ${patientId}-none
            //parameterList/livingSubjectId/value/item/@extension: ${patientId}-none
            /*/receiver/device/id/item/@extension: SHUTONG-TEST
            /*/sender/device/id/item/@extension: SHUTONG-TEST
        expect:
          - ack: AE
          - xpath: //registrationEvent
            exists: false
  # ---------------------------------------------------------------- 医疗卫生机构（科室）注册、查询服务
  - id: OrganizationInfoRegister-T01
    service: OrganizationInfoRegister
    kind: T
    title: 注册科室，平台应答 AA
    steps:
      - name: 注册
        send: &registerOrg
          generate: OrganizationInfoRegister
          set:
            //registrationRequest/subject1/assignedEntity/id/item/@extension: ${orgId}
        expect:
          - schema: OrganizationInfoRegister
            target: request
          - ack: AA
  - id: OrganizationInfoRegister-F01
    service: OrganizationInfoRegister
    kind: F
    title: 缺少科室标识（不符合 XSD），平台应答 AE
    steps:
      - name: 注册
        send:
          generate: OrganizationInfoRegister
          remove: [//registrationRequest/subject1/assignedEntity/id]
        expect: [{ack: AE}]
  - id: OrganizationInfoUpdate-T01
    service: OrganizationInfoUpdate
    kind: T
    title: 更新已注册的科室，平台应答 AA
    steps:
      - name: 注册
        service: OrganizationInfoRegister
        send: *registerOrg
        expect: [{ack: AA}]
      - name: 更新
        send:
          generate: OrganizationInfoUpdate
          set:
            //registrationRequest/subject1/assignedEntity/id/item/@extension: ${orgId}
        expect:
          - schema: OrganizationInfoUpdate
            target: request
          - ack: AA
  - id: OrganizationInfoUpdate-F01
    service: OrganizationInfoUpdate
    kind: F
    title: 更新未注册的科室，平台应答 AE
    steps:
      - name: 更新
        send:
          generate: OrganizationInfoUpdate
          set:
            //registrationRequest/subject1/assignedEntity/id/item/@extension: ${orgId}-none
        expect: [{ack: AE}]
  - id: OrganizationInfoQuery-T01
    service: OrganizationInfoQuery
    kind: T
    title: 查询刚注册的科室
    steps:
      - name: 注册
        service: OrganizationInfoRegister
        send: *registerOrg
        expect: [{ack: AA}]
      - name: 查询
        send:
          sample: EMR-PL-07-医疗卫生机构（科室）信息查询服务-T01.xml
          set:
            //queryByParameterPayload/organizationID/value/@extension: ${orgId}
            /*/receiver/device/id/item/@extension: SHUTONG-TEST
            /*/sender/device/id/item/@extension: SHUTONG-TEST
        expect:
          - schema: OrganizationInfoQuery
            target: request
          - ack: AA
          - xpath: //assignedEntity/id/item/@extension
            equals: ${orgId}
  - id: OrganizationInfoQuery-F01
    service: OrganizationInfoQuery
    kind: F
    title: 查询不存在的科室，平台应答 AE
    steps:
      - name: 查询
        send:
          sample: EMR-PL-07-医疗卫生机构（科室）信息查询服务-F01.xml
          set:
            //queryByParameterPayload/organizationID/value/@extension: ${orgId}-none
            /*/receiver/device/id/item/@extension: SHUTONG-TEST
            /*/sender/device/id/item/@extension: SHUTONG-TEST
        expect: [{ack: AE}]
  # ---------------------------------------------------------------- 医疗卫生人员注册、查询服务
  - id: ProviderInfoRegister-T01
    service: ProviderInfoRegister
    kind: T
    title: 注册医务人员，平台应答 AA
    steps:
      - name: 注册
        send: &registerProvider
          generate: ProviderInfoRegister
          set:
            //registrationRequest/subject1/healthCareProvider/id/item/@extension: ${providerId}
        expect:
          - schema: ProviderInfoRegister
            target: request
          - ack: AA
  - id: ProviderInfoRegister-F01
    service: ProviderInfoRegister
    kind: F
    title: 缺少医务人员ID（不符合 XSD），平台应答 AE
    steps:
      - name: 注册
        send:
          generate: ProviderInfoRegister
          remove: [//registrationRequest/subject1/healthCareProvider/id]
        expect: [{ack: AE}]
  - id: ProviderInfoUpdate-T01
    service: ProviderInfoUpdate
    kind: T
    title: 更新已注册的医务人员，平台应答 AA
    steps:
      - name: 注册
        service: ProviderInfoRegister
        send: *registerProvider
        expect: [{ack: AA}]
      - name: 更新
        send:
          generate: ProviderInfoUpdate
          set:
            //registrationRequest/subject1/healthCareProvider/id/item/@extension: ${providerId}
        expect:
          - schema: ProviderInfoUpdate
            target: request
          - ack: AA
  - id: ProviderInfoUpdate-F01
    service: ProviderInfoUpdate
    kind: F
    title: 更新未注册的医务人员，平台应答 AE
    steps:
      - name: 更新
        send:
          generate: ProviderInfoUpdate
          set:
            //registrationRequest/subject1/healthCareProvider/id/item/@extension: ${providerId}-none
        expect: [{ack: AE}]
  - id: ProviderInfoQuery-T01
    service: ProviderInfoQuery
    kind: T
    title: 查询刚注册的医务人员
    steps:
      - name: 注册
        service: ProviderInfoRegister
        send: *registerProvider
        expect: [{ack: AA}]
      - name: 查询
        send:
          generate: ProviderInfoQuery
          set:
            //queryByParameterPayload/providerID/value[1]/@extension: ${providerId}
        expect:
          - schema: ProviderInfoQuery
            target: request
          - ack: AA
          - xpath: //healthCareProvider/id/item/@extension
            equals: ${providerId}
  - id: ProviderInfoQuery-F01
    service: ProviderInfoQuery
    kind: F
    title: 查询不存在的医务人员，平台应答 AE
    steps:
      - name: 查询
        send:
          generate: ProviderInfoQuery
          set:
            //queryByParameterPayload/providerID/value[1]/@extension: ${providerId}-none
        expect: [{ack: AE}]
  # ---------------------------------------------------------------- 文档注册、查询服务
  - id: DocumentRegister-T01
    service: DocumentRegister
    kind: T
    title: 注册一份符合 WS/T 500 的病历概要（C0001），平台应答 AA
    steps:
      - name: 注册文档
        send: &registerDoc
          generate: DocumentRegister
          set:
            //clinicalDocument/id/item/@extension: ${docId}
            //clinicalDocument/effectiveTime/@value: ${docTime}
            //clinicalDocument/storageCode/originalText/@value: ${doc:summary}
            //clinicalDocument/recordTarget/patient/id/item/@extension: ${patientId}
            //clinicalDocument/recordTarget/patient/patientPerson/name/item/part/@value: 测试患者
        expect:
          - schema: DocumentRegister
            target: request
          - ack: AA
  - id: DocumentRegister-F01
    service: DocumentRegister
    kind: F
    title: 所附文档不符合 WS/T 500（realmCode 错），平台应答 AE 并说明原因
    steps:
      - name: 注册文档
        send:
          generate: DocumentRegister
          set:
            //clinicalDocument/id/item/@extension: ${docId}
            //clinicalDocument/effectiveTime/@value: ${docTime}
            //clinicalDocument/storageCode/originalText/@value: ${doc:broken}
            //clinicalDocument/recordTarget/patient/patientPerson/name/item/part/@value: 测试患者
        expect:
          - ack: AE
          - xpath: string-join(//acknowledgement/acknowledgementDetail/text/@value, ' ')
            matches: CDA-HDR-REALM
  - id: DocumentRegister-F02
    service: DocumentRegister
    kind: F
    title: 消息中的文档流水号与文档本身不一致，平台应答 AE
    steps:
      - name: 注册文档
        send:
          generate: DocumentRegister
          set:
            //clinicalDocument/id/item/@extension: ${docId}ff
            //clinicalDocument/effectiveTime/@value: ${docTime}
            //clinicalDocument/storageCode/originalText/@value: ${doc:summary}
            //clinicalDocument/recordTarget/patient/patientPerson/name/item/part/@value: 测试患者
        expect: [{ack: AE}]
  - id: DocumentRetrieve-T01
    service: DocumentRetrieve
    kind: T
    title: 按文档流水号调阅刚注册的文档，返回的文档通过 WS/T 500 校验
    steps:
      - name: 注册文档
        service: DocumentRegister
        send: *registerDoc
        expect: [{ack: AA}]
      - name: 调阅
        send:
          sample: EMR-PL-16-电子病历文档调阅服务-T01.xml
          set:
            //queryByParameter/queryId/@extension: Q${run}
            //queryByParameter/clinicalDocument.id/value/@extension: ${docId}
            //queryByParameter/patient.id/value/item[1]/@extension: ${patientId}
            /*/receiver/device/id/item/@extension: SHUTONG-TEST
            /*/sender/device/id/item/@extension: SHUTONG-TEST
        expect:
          - schema: DocumentRetrieve
            target: request
          - ack: AA
          - xpath: //clinicalDocument/id/item/@extension
            equals: ${docId}
          - cda: valid
  - id: DocumentRetrieve-F01
    service: DocumentRetrieve
    kind: F
    title: 调阅不存在的文档，平台应答 AE
    steps:
      - name: 调阅
        send:
          sample: EMR-PL-16-电子病历文档调阅服务-F01.xml
          set:
            //queryByParameter/queryId/@extension: Q${run}
            //queryByParameter/clinicalDocument.id/value/@extension: ${docId}00
            /*/receiver/device/id/item/@extension: SHUTONG-TEST
            /*/sender/device/id/item/@extension: SHUTONG-TEST
        expect: [{ack: AE}]
  - id: DocumentAccess-T01
    service: DocumentAccess
    kind: T
    title: 按患者与文档类型检索刚注册的文档
    steps:
      - name: 注册文档
        service: DocumentRegister
        send: *registerDoc
        expect: [{ack: AA}]
      - name: 检索
        send:
          sample: EMR-PL-15-电子病历文档检索服务-T01.xml
          set:
            //queryByParameter/queryId/@extension: Q${run}
            //queryByParameter/patient.id/value/item[1]/@extension: ${patientId}
            //queryByParameter/clinicalDocument.code/value/@code: C0001
            /*/receiver/device/id/item/@extension: SHUTONG-TEST
            /*/sender/device/id/item/@extension: SHUTONG-TEST
        expect:
          - schema: DocumentAccess
            target: request
          - ack: AA
          - xpath: //subject/clinicalDocument[id/item/@extension = '${docId}']
            exists: true
  - id: DocumentAccess-F01
    service: DocumentAccess
    kind: F
    title: 检索没有文档的患者，平台应答 AE
    steps:
      - name: 检索
        send:
          sample: EMR-PL-15-电子病历文档检索服务-F01.xml
          set:
            //queryByParameter/queryId/@extension: Q${run}
            //queryByParameter/patient.id/value/item[1]/@extension: ${patientId}-none
            /*/receiver/device/id/item/@extension: SHUTONG-TEST
            /*/sender/device/id/item/@extension: SHUTONG-TEST
        expect: [{ack: AE}]
"""

CORE_CODES = ['PatientInfoRegister', 'PatientInfoUpdate', 'PatientInfoMerge', 'PatientInfoQuery',
              'OrganizationInfoRegister', 'OrganizationInfoUpdate', 'OrganizationInfoQuery',
              'ProviderInfoRegister', 'ProviderInfoUpdate', 'ProviderInfoQuery',
              'DocumentRegister', 'DocumentAccess', 'DocumentRetrieve']

HEADER = """# 书同 内置测试计划：互联互通测评的交互服务（服务目录中全部 69 个 HL7 v3 服务）。
# Shutong's bundled test plan: every HL7 v3 interaction service of the catalogue (69).
#
# Written by docs/interop/make_bundled_plan.py; the format is described in docs/interop.md.
# T cases: the platform must accept (AA); F cases: it must refuse (AE with a reason).
# Core services (个人/机构/人员 注册、更新、合并、查询；文档注册、检索、调阅) have cases that carry values
# from one step to the next. Every other service: T01 sends a valid request (a message
# built from the service XSD); F01 sends one that breaks the XSD.
# Run it with: shutong interop test --endpoint URL [--level 四级甲等]
name: 书同内置计划（互联互通交互服务）
defaults:
  binding: soap12
  timeout: 10s
  retries: 1
variables:
  patientId: P${run}${caseSeq}A
  patientId2: P${run}${caseSeq}B
  patientName: 测试患者${run}
  orgId: D${run}${caseSeq}
  providerId: ${run}${caseSeq}
  docId: ${run}${run}${run}${caseSeq}
  docTime: '20240315093000'
documents:
  summary:
    type: C0001
    set:
      /ClinicalDocument/id/@extension: ${docId}
      /ClinicalDocument/effectiveTime/@value: ${docTime}
  broken:
    type: C0001
    set:
      /ClinicalDocument/id/@extension: ${docId}
      /ClinicalDocument/effectiveTime/@value: ${docTime}
      /ClinicalDocument/realmCode/@code: US
cases:"""


def main():
    svcs = services()
    smp = samples(svcs)
    out = [HEADER, CORE.rstrip('\n')]
    out.append('  # ---------------------------------------------------------------- 其他目录服务')
    for s in svcs:
        if s['code'] in CORE_CODES:
            continue
        code = s['code']
        if False and code in smp:
            src = f"          sample: {smp[code]}\n"
            sets = dict(DEVICE)
            extra = ''
            text = (RES / 'samples/services' / smp[code]).read_text(encoding='utf-8')
            if '<telecom' in text.split('<controlActProcess')[0]:
                extra = "          remove: [/*/receiver/telecom, /*/sender/telecom]\n"
            setblock = ''.join(f"            {k}: {v}\n" for k, v in sets.items())
            send = src + extra + "          set:\n" + setblock
        else:
            send = f"          generate: {code}\n"
        out.append(f"""  - id: {code}-T01
    service: {code}
    kind: T
    title: {q(s['name'] + '：符合 XSD 的请求，平台应答 AA')}
    steps:
      - name: 发送
        send:
{send}        expect:
          - schema: {code}
            target: request
          - status: 200
          - fault: false
          - ack: AA
  - id: {code}-F01
    service: {code}
    kind: F
    title: {q(s['name'] + '：缺少 creationTime（不符合 XSD），平台应答 AE 并说明原因')}
    steps:
      - name: 发送
        send:
          generate: {code}
          remove: [/*/creationTime]
        expect:
          - status: 200
          - ack: AE""")
    text = '\n'.join(out) + '\n'
    # Expand the YAML anchors used above for repeated steps, so that the file is plain data
    # (one case can be copied out of it on its own).
    import yaml

    class Plain(yaml.SafeDumper):
        def ignore_aliases(self, data):
            return True

    data = yaml.safe_load(text)
    comments = ''.join(line + '\n' for line in HEADER.splitlines() if line.startswith('#'))
    body = yaml.dump(data, Dumper=Plain, allow_unicode=True, sort_keys=False, width=1000,
                     default_flow_style=False)
    (RES / 'plans').mkdir(exist_ok=True)
    (RES / 'plans/bundled.yaml').write_text(comments + body, encoding='utf-8')


if __name__ == '__main__':
    main()
