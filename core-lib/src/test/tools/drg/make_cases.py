#!/usr/bin/env python3
"""Builds the CHS-DRG 1.1 differential test file (core-lib test resources, cases/chs-drg-1.1-cases.csv).

Each case is *constructed* for a target: the generator picks codes from the tables so that the
target's rule holds and every rule tried before it (earlier MDCs in mdc.csv eval_order, earlier
ADRGs of the MDC, earlier DRGs of the ADRG) cannot hold, using plain set facts from the CSVs and the
steps of ALGORITHM.md. The expected group is the target; the `why` column states the facts used.
No grouper is run to produce an expectation.

Run from the repository root:  python3 core-lib/src/test/tools/drg/make_cases.py
It reads core-lib/src/main/resources/org/shutong/drg/chs-drg-1.1/ and is deterministic (fixed seed).
"""
import csv
import os
import random
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', '..')
TABLES = os.path.join(ROOT, 'core-lib/src/main/resources/org/shutong/drg/chs-drg-1.1')
OUT = os.path.join(ROOT, 'core-lib/src/test/resources/org/shutong/drg/cases/chs-drg-1.1-cases.csv')
N_DX = 8
N_PROC = 4
rnd = random.Random(20261123)


def rows(name):
    with open(os.path.join(TABLES, name), encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


# ---------------------------------------------------------------- tables, as plain sets
MDC_ORDER = [r['mdc'] for r in sorted(rows('mdc.csv'), key=lambda r: int(r['eval_order']))]
MDC_RULE = {r['mdc']: r['entry_rule'] for r in rows('mdc.csv')}
MDC_NAME = {r['mdc']: r['name_zh'] for r in rows('mdc.csv')}
MDC_LIST = {m: set() for m in MDC_ORDER}
REGION = {}
for r in rows('mdc-diagnoses.csv'):
    MDC_LIST[r['mdc']].add(r['diagnosis_code'])
    if r['mdcz_region']:
        REGION[r['diagnosis_code']] = r['mdcz_region']
ADRG = {}
for r in rows('adrg.csv'):
    ADRG[r['adrg']] = dict(mdc=r['mdc'], order=int(r['eval_order_in_mdc']), rule=r['entry_rule'],
                           name=r['name_zh_derived'], dx=set(), dx_list=[], proc=[], proc2=set(),
                           labels={}, drgs=[])
for r in rows('adrg-diagnoses.csv'):
    a = ADRG[r['adrg']]
    a['dx'].add(r['diagnosis_code'])
    if r['diagnosis_code'] not in a['dx_list']:
        a['dx_list'].append(r['diagnosis_code'])
for r in rows('adrg-procedures.csv'):
    a = ADRG[r['adrg']]
    if r['list'] == 'proc':
        if r['procedure_code'] not in a['proc']:
            a['proc'].append(r['procedure_code'])
            a['labels'][r['procedure_code']] = r['label']
    else:
        a['proc2'].add(r['procedure_code'])
for r in sorted(rows('drg.csv'), key=lambda r: int(r['eval_order_in_adrg'])):
    ADRG[r['adrg']]['drgs'].append((r['drg'], r['split_rule'], r['name_zh']))
ADRGS_OF = {m: sorted([k for k, v in ADRG.items() if v['mdc'] == m], key=lambda k: ADRG[k]['order'])
            for m in MDC_ORDER}
CC = {r['diagnosis_code']: (r['level'], r['exclusion_table']) for r in rows('cc-mcc.csv')}
CCE = {r['principal_diagnosis_code']: r['exclusion_table'] for r in rows('cc-exclusions.csv')}
OR = set(r['procedure_code'] for r in rows('or-procedures.csv'))
DXN = {r['diagnosis_code']: r['name_zh'] for r in rows('icd10-names.csv')}
PRN = {r['procedure_code']: r['name_zh'] for r in rows('icd9cm3-names.csv')}


def all_procs(a):
    return set(a['proc']) | a['proc2']


A_PROCS = set().union(*(all_procs(ADRG[a]) for a in ADRGS_OF['MDCA']))
ANY_DX_LISTS = set().union(*(ADRG[a]['dx'] for a in ADRG if 'ANY_DX_IN_DX' in ADRG[a]['rule']))
EARLIER_MDCS = {m: MDC_ORDER[:i] for i, m in enumerate(MDC_ORDER)}


def earlier_adrgs(adrg):
    sib = ADRGS_OF[ADRG[adrg]['mdc']]
    return sib[:sib.index(adrg)]


def in_earlier_mdc_lists(code, mdc, skip=()):
    """MDCs before `mdc` (except MDCA, which has no list, and `skip`) whose list holds `code`."""
    return [e for e in EARLIER_MDCS[mdc] if e != 'MDCA' and e not in skip and code in MDC_LIST[e]]


def pdx_candidates(mdc, within=None, skip=('MDCP',)):
    """Principal diagnoses in `mdc`'s list (and `within`), in no earlier MDC list except `skip`
    (MDCP is skipped when the patient is older than 0 years, so MDCP cannot be entered)."""
    pool = MDC_LIST[mdc] if within is None else (MDC_LIST[mdc] & within)
    return sorted(c for c in pool if c in DXN and not in_earlier_mdc_lists(c, mdc, skip))


def pick(seq):
    seq = sorted(seq)
    return rnd.choice(seq) if seq else None


def plain_first(codes):
    """Codes that are not MCC/CC first (an extra diagnosis must not change the severity split)."""
    codes = sorted(codes)
    plain = [c for c in codes if c not in CC]
    return plain if plain else codes


def dxn(c):
    return f'{c}({DXN.get(c, "?")})'


# ---------------------------------------------------------------- rule evaluation (construction check)
# Used only to reject a constructed case whose target an earlier rule would pre-empt; the expected
# group written to the file is always the construction's target.
def rec(sex, age, dx, procs, days='', weight=''):
    return dict(sex=sex, age=age, days=days, weight=weight, dx=[d for d in dx if d not in ('', '-')],
                procs=[p for p in procs if p not in ('', '-')])


def _num(v):
    try:
        return float(str(v).strip())
    except ValueError:
        return None


def token_holds(tok, r, mdc, adrg):
    dx, procs = r['dx'], r['procs']
    a = ADRG.get(adrg)
    if tok == 'ALWAYS':
        return True
    if tok == 'PDX_IN_MDC_LIST':
        return dx[0] in MDC_LIST[mdc]
    if tok == 'MAIN_PROC_IN_OR_LIST':
        return bool(procs) and procs[0] in OR
    if tok == 'NO_PROC_IN_OR_LIST':
        return not any(p in OR for p in procs)
    if tok == 'PDX_IN_DX':
        return dx[0] in a['dx']
    if tok == 'ANY_DX_IN_DX':
        return any(d in a['dx'] for d in dx)
    if tok == 'MAIN_PROC_IN_PROC':
        return bool(procs) and procs[0] in a['proc']
    if tok == 'ANY_PROC_IN_PROC':
        return any(p in a['proc'] for p in procs)
    if tok == 'ANY_PROC_IN_PROC2':
        return any(p in a['proc2'] for p in procs)
    if tok == '>=2_DISTINCT_MDCZ_REGIONS_AMONG_ALL_DX':
        return len({REGION[d] for d in dx if d in MDC_LIST['MDCZ'] and d in REGION}) >= 2
    m = re.fullmatch(r'PROC_LABELS\((.*)\)', tok)
    if m:
        return label_sat(m.group(1), {a['labels'][p] for p in procs if p in a['labels']})
    m = re.fullmatch(r'(GENDER|AGE_YEARS|AGE_DAYS|WEIGHT)(<=|>=|=|<|>)(\d+)', tok)
    if m:
        field, op, v = m.group(1), m.group(2), float(m.group(3))
        x = _num({'GENDER': {'男': 1, '女': 2}.get(str(r['sex']).strip(), r['sex']), 'AGE_YEARS': r['age'],
                  'AGE_DAYS': r['days'], 'WEIGHT': r['weight']}[field])
        if x is None or (field == 'WEIGHT' and x == 0):
            return False
        return {'<=': x <= v, '>=': x >= v, '=': x == v, '<': x < v, '>': x > v}[op]
    raise ValueError(tok)


def rule_holds(rule, r, mdc, adrg=None):
    return all(token_holds(t, r, mdc, adrg) for t in rule.split(';'))


def first_adrg(mdc, r):
    if not rule_holds(MDC_RULE[mdc], r, mdc):
        return None
    for a in ADRGS_OF[mdc]:
        if rule_holds(ADRG[a]['rule'], r, mdc, a):
            return a
    return None


def route(r):
    """(mdc, adrg, [MDCs entered that yielded nothing]) of the first MDC that yields an ADRG."""
    fell = []
    for m in MDC_ORDER:
        if rule_holds(MDC_RULE[m], r, m):
            a = first_adrg(m, r)
            if a:
                return m, a, fell
            fell.append(m)
    return None, None, fell


def has_level(r, level):
    dx = r['dx']
    if len(dx) < 2:
        return False
    t = CCE.get(dx[0])
    return any(CC.get(d, ('', ''))[0] == level and not (t and t == CC[d][1]) for d in dx[1:])


def split(adrg, r):
    for d, rule, _ in ADRG[adrg]['drgs']:
        if rule == 'ALWAYS' or (rule == 'HAS_MCC' and has_level(r, 'MCC')) or (
                rule == 'HAS_MCC_OR_CC' and (has_level(r, 'MCC') or has_level(r, 'CC'))):
            return d
    return None


def fell_why(fell):
    return (';' + ','.join(fell) + '入组但无ADRG成立→落空') if fell else ''


# ---------------------------------------------------------------- severity helpers
SAFE_SECONDARY = set(c for c in CC if c not in REGION and c not in ANY_DX_LISTS
                     and all(c not in MDC_LIST[m] for m in ('MDCZ', 'MDCY', 'MDCP')) and c in DXN)


def secondary(level, pdx, excluded):
    """An MCC/CC code whose exclusion table equals the principal's (excluded) or differs (counts)."""
    t = CCE.get(pdx)
    if excluded:
        if t is None:
            return None
        pool = [c for c in SAFE_SECONDARY if CC[c][0] == level and CC[c][1] == t and c != pdx]
    else:
        pool = [c for c in SAFE_SECONDARY if CC[c][0] == level and CC[c][1] != t and c != pdx]
    return pick(pool)


NON_CC = sorted(c for c in DXN if c not in CC and c not in REGION and c not in ANY_DX_LISTS
                and all(c not in MDC_LIST[m] for m in ('MDCZ', 'MDCY', 'MDCP')))


def severity_plan(adrg, target_drg, pdx, variant=0):
    """Secondary diagnoses that make the DRG split stop at `target_drg`, with the reason."""
    drgs = ADRG[adrg]['drgs']
    rules = [r for _, r, _ in drgs]
    idx = [d for d, _, _ in drgs].index(target_drg)
    rule = rules[idx]
    t = CCE.get(pdx)
    tdesc = f'主诊断排除表{t}' if t else '主诊断不在排除表'
    earlier = rules[:idx]
    if rule == 'HAS_MCC':
        m = secondary('MCC', pdx, False)
        return ([m], f'其他诊断{m}是MCC(表{CC[m][1]}),{tdesc}→计入→HAS_MCC') if m else None
    if rule == 'HAS_MCC_OR_CC':
        if 'HAS_MCC' in earlier or variant % 2 == 0:
            c = secondary('CC', pdx, False)
            if c is None:
                return None
            extra, why = [c], f'其他诊断{c}是CC(表{CC[c][1]}),{tdesc}→计入'
            if 'HAS_MCC' in earlier and variant % 3 == 1 and t:
                m = secondary('MCC', pdx, True)
                if m:
                    extra.insert(0, m)
                    why = f'MCC {m}与主诊断同排除表{t}→被排除(不降为CC);' + why
            return extra, why + '→HAS_MCC_OR_CC'
        m = secondary('MCC', pdx, False)
        return ([m], f'其他诊断{m}是MCC(表{CC[m][1]}),{tdesc}→计入→HAS_MCC_OR_CC') if m else None
    # ALWAYS: every earlier split rule must fail
    if not earlier:
        v = variant % 3
        if v == 1:
            m = secondary('MCC', pdx, False)
            return ([m], f'{target_drg}不分级(ALWAYS),其他诊断{m}是MCC也不影响') if m else ([], '不分级(ALWAYS)')
        return [], '不分级(ALWAYS),无其他诊断'
    v = variant % 4
    if v == 1 and t:
        m = secondary('MCC', pdx, True)
        if m:
            return [m], f'其他诊断{m}是MCC但与主诊断同属排除表{t}→被排除,且不降为CC→{"/".join(earlier)}均不成立'
    if v == 2 and t and 'HAS_MCC_OR_CC' in earlier:
        c = secondary('CC', pdx, True)
        if c:
            return [c], f'其他诊断{c}是CC但与主诊断同属排除表{t}→被排除→{"/".join(earlier)}均不成立'
    if v == 3 and 'HAS_MCC_OR_CC' not in earlier:
        c = secondary('CC', pdx, False)
        if c:
            return [c], f'其他诊断{c}是CC(计入),但{"/".join(earlier)}只认MCC→不成立'
    n = pick(NON_CC)
    if v == 0:
        return [], f'无其他诊断→{"/".join(earlier)}均不成立(需≥2个诊断)'
    return [n], f'其他诊断{n}不是MCC/CC→{"/".join(earlier)}均不成立'


# ---------------------------------------------------------------- case assembly
CASES = []
COLS = (['case', 'family', 'A12C', 'A14', 'A16', 'A17', 'A18x01', 'C03C']
        + [f'C06x{i:02d}C' for i in range(1, N_DX + 1)] + ['C14x01C']
        + [f'C35x{i:02d}C' for i in range(1, N_PROC + 1)]
        + ['expect_status', 'expect_mdc', 'expect_adrg', 'expect_drg', 'expect_rule', 'why'])


REJECTED = []


def add(family, sex, age, dx, procs, status, mdc='', adrg='', drg='', rule='', why='',
        days='', weight='', admit_weight=''):
    """Appends a case; a GROUPED case whose target an earlier rule pre-empts is rejected (False)."""
    assert len(dx) <= N_DX + 1 and len(procs) <= N_PROC + 1, (dx, procs)
    if status == 'GROUPED':
        r = rec(sex, age, dx, procs, days, weight if str(weight) != '' else admit_weight)
        m, a, fell = route(r)
        if (m, a) != (mdc, adrg) or split(a, r) != drg:
            REJECTED.append((family, mdc, adrg, drg, m, a))
            return False
        why = why + fell_why(fell) if fell and '落空' not in why else why
    row = dict.fromkeys(COLS, '')
    row.update({'case': f'C{len(CASES) + 1:04d}', 'family': family, 'A12C': str(sex), 'A14': str(age),
                'A16': str(days), 'A18x01': str(weight), 'A17': str(admit_weight),
                'expect_status': status, 'expect_mdc': mdc, 'expect_adrg': adrg, 'expect_drg': drg,
                'expect_rule': rule, 'why': why})
    if dx:
        row['C03C'] = dx[0]
        for i, c in enumerate(dx[1:], 1):
            row[f'C06x{i:02d}C'] = c
    if procs:
        row['C14x01C'] = procs[0]
        for i, c in enumerate(procs[1:], 1):
            row[f'C35x{i:02d}C'] = c
    CASES.append(row)
    return True


def sex_for(mdc):
    return 1 if mdc == 'MDCM' else 2 if mdc == 'MDCN' else rnd.choice([1, 2])


def adult_age():
    return rnd.choice([1, 5, 18, 35, 45, 60, 72, 88])


def split_and_add(family, adrg, pdx, procs, why_adrg, sex, age, variant=0, extra_dx=(), days='',
                  weight='', only=None):
    """One case per DRG of `adrg` (or only `only`), adding the secondaries the split needs."""
    mdc = ADRG[adrg]['mdc']
    n = 0
    for drg, _, _ in ADRG[adrg]['drgs']:
        if only and drg != only:
            continue
        plan = severity_plan(adrg, drg, pdx, variant + n)
        if plan is None:
            continue
        secs, why_drg = plan
        add(family, sex, age, [pdx] + list(extra_dx) + secs, procs, 'GROUPED', mdc, adrg, drg,
            why=f'{why_adrg};{why_drg}→{drg}', days=days, weight=weight)
        n += 1
    return n


def surgical_main(adrg, need_or=None, pool=None):
    """A main procedure in the ADRG's proc list that no earlier ADRG of the MDC and no MDCA ADRG
    lists (so MDCA, if entered because it is an OR procedure, yields nothing)."""
    banned = set(A_PROCS) if ADRG[adrg]['mdc'] != 'MDCA' else set()
    for e in earlier_adrgs(adrg):
        banned |= all_procs(ADRG[e])
    cands = [p for p in (pool or ADRG[adrg]['proc']) if p not in banned and p in PRN]
    if need_or is not None:
        cands = [p for p in cands if (p in OR) == need_or]
    return pick(cands)


def pdx_for(adrg, within=None, extra_ok=lambda c: True):
    mdc = ADRG[adrg]['mdc']
    skip = ('MDCP',) if mdc != 'MDCP' else ()
    dxlists = set()
    for e in earlier_adrgs(adrg):
        if 'PDX_IN_DX' in ADRG[e]['rule'] or 'ANY_DX_IN_DX' in ADRG[e]['rule']:
            dxlists |= ADRG[e]['dx']
    cands = [c for c in pdx_candidates(mdc, within, skip) if c not in dxlists and extra_ok(c)
             and c not in REGION]
    if mdc == 'MDCZ':
        cands = [c for c in pdx_candidates(mdc, within, skip) if extra_ok(c)]
    return pick(cands)


ENTRY_WHY = {}


def mdc_why(mdc, pdx, sex, age):
    earlier = [e for e in EARLIER_MDCS[mdc] if e != 'MDCA']
    s = f'主诊断{dxn(pdx)}在{mdc}主诊表'
    if earlier:
        hits = in_earlier_mdc_lists(pdx, mdc, skip=())
        if 'MDCP' in hits and age != 0:
            s += ',也在MDCP表但年龄≠0'
            hits.remove('MDCP')
        if hits:
            s += f',也在{"/".join(hits)}主诊表'
        else:
            s += f',不在更早的MDC主诊表'
    if mdc == 'MDCM':
        s += ',男(1)'
    if mdc == 'MDCN':
        s += ',女(2)'
    return s


# ---- family ADRG/DRG: one case per DRG of every ADRG (PDX_IN_DX and MAIN_PROC_IN_PROC ADRGs)
def candidates(pool, n=60):
    pool = sorted(pool)
    rnd.shuffle(pool)
    return pool[:n]


def find_route(mdc, adrg, sex, age, make, tries):
    """The first candidate record (dx, procs) that reaches `adrg` without secondary diagnoses."""
    for dx, procs in tries:
        if dx is None:
            continue
        r = rec(sex, age, dx, procs)
        m, a, fell = route(r)
        if (m, a) == (mdc, adrg):
            return dx, procs
    return None


def build_standard():
    skipped = []
    for adrg, a in ADRG.items():
        mdc, rule = a['mdc'], a['rule']
        if mdc in ('MDCP', 'MDCZ', 'MDCA') or rule not in ('PDX_IN_DX', 'MAIN_PROC_IN_PROC',
                                                            'PDX_IN_DX;MAIN_PROC_IN_PROC', 'MAIN_PROC_IN_OR_LIST'):
            continue
        sex, age = sex_for(mdc), adult_age()
        dx_pool = [c for c in (a['dx'] if rule.startswith('PDX') else MDC_LIST[mdc])
                   if c in MDC_LIST[mdc] and c in DXN]
        # prefer principals that no earlier MDC lists (simpler reasons), then the others
        dx_pool = (candidates([c for c in dx_pool if not in_earlier_mdc_lists(c, mdc, ('MDCP',))])
                   + candidates([c for c in dx_pool if in_earlier_mdc_lists(c, mdc, ('MDCP',))]))
        if rule == 'PDX_IN_DX':
            tries = [([c], []) for c in dx_pool]
        elif rule == 'MAIN_PROC_IN_OR_LIST':
            procs = candidates([p for p in OR if p in PRN], 40)
            tries = [([c], [p]) for c in dx_pool[:20] for p in procs]
        else:
            procs = candidates([p for p in a['proc'] if p in PRN], 10**6)
            tries = (([c], [p]) for p in procs for c in dx_pool)
        found = find_route(mdc, adrg, sex, age, None, tries)
        if not found:
            skipped.append(adrg)
            continue
        (pdx,), procs = found
        why = mdc_why(mdc, pdx, sex, age)
        if not procs:
            why += f';无手术→不进MDCA;主诊断在{adrg} dx表(PDX_IN_DX),{mdc}内更早的ADRG均不成立'
            family = 'ADRG-PDX'
        else:
            p = procs[0]
            why += (f';主手术{p}({PRN[p]})' + ('是手术室手术→进入MDCA但无A组ADRG成立→落空' if p in OR
                                               else '不是手术室手术→不进MDCA')
                    + f';{mdc}内更早的ADRG均不成立;{adrg}: {rule}成立')
            family = 'ADRG-OR' if rule == 'MAIN_PROC_IN_OR_LIST' else 'ADRG-PROC'
        split_and_add(family, adrg, pdx, procs, why, sex, age, variant=len(CASES))
    return skipped


# ---- MDCA: transplants and fall-through
def build_mdca():
    for adrg in ADRGS_OF['MDCA']:
        a = ADRG[adrg]
        pdx = pick(pdx_candidates('MDCG'))
        sex, age = rnd.choice([1, 2]), adult_age()
        if a['rule'] == 'MAIN_PROC_IN_PROC':
            ps = [p for p in a['proc'] if p in OR]
            for p in ps[:2]:
                also = [e for e in earlier_adrgs(adrg) if p in all_procs(ADRG[e])]
                note = (f'{p}也在{"/".join(also)}的表内,但{"/".join(also)}要求两台手术(proc与proc2各一)→不成立;'
                        if also else '不在更早A组手术表;')
                why = f'主手术{p}({PRN[p]})是手术室手术→进入MDCA(MAIN_PROC_IN_OR_LIST);{note}在{adrg} proc表→{adrg},主诊断不影响'
                split_and_add('MDCA', adrg, pdx, [p], why, sex, age, variant=len(CASES))
        elif a['rule'] == 'ANY_PROC_IN_PROC;ANY_PROC_IN_PROC2':
            banned = set().union(*(all_procs(ADRG[e]) for e in earlier_adrgs(adrg)))
            p1s = [p for p in a['proc'] if p not in banned and p in OR]
            p2s = [p for p in sorted(a['proc2']) if p not in banned]
            for p1 in p1s:
                for p2 in p2s[:2]:
                    why = f'主手术{p1}是手术室手术→MDCA;{p1}在{adrg} proc表、{p2}在proc2表(ANY_PROC_IN_PROC;ANY_PROC_IN_PROC2)'
                    split_and_add('MDCA', adrg, pdx, [p1, p2], why, sex, age)
            # only one half → falls through AC1; the main procedure decides
            p1 = p1s[0]
            others = [e for e in ADRGS_OF['MDCA'] if ADRG[e]['order'] > a['order']]
            if p1 not in set().union(*(all_procs(ADRG[e]) for e in others)):
                g = pick(pdx_candidates('MDCG', ADRG['GZ1']['dx']) if 'GZ1' in ADRG else pdx_candidates('MDCG'))
                add('MDCA', sex, age, [g], [p1], 'GROUPED', 'MDCG', 'GZ1', ADRG['GZ1']['drgs'][-1][0],
                    why=f'{p1}只在{adrg} proc表,无proc2手术→{adrg}不成立,MDCA其他ADRG也不含它→MDCA落空;'
                        f'主诊断{dxn(g)}在MDCG与GZ1 dx表→GZ1;无其他诊断→{ADRG["GZ1"]["drgs"][-1][0]}')
    # fall-through with an OR procedure that no MDCA ADRG lists (pick from several MDCs)
    for mdc in ['MDCG', 'MDCF', 'MDCI', 'MDCB', 'MDCE', 'MDCH', 'MDCL', 'MDCO', 'MDCD', 'MDCJ']:
        for adrg in ADRGS_OF[mdc]:
            if ADRG[adrg]['rule'] != 'MAIN_PROC_IN_PROC':
                continue
            p = surgical_main(adrg, need_or=True)
            pdx = pdx_for(adrg)
            if p and pdx:
                sex, age = sex_for(mdc), adult_age()
                why = (f'主手术{p}是手术室手术→进入MDCA;MDCA各ADRG手术表都不含它→落空,继续;'
                       f'{mdc_why(mdc, pdx, sex, age)};主手术在{adrg} proc表')
                split_and_add('MDCA-FALLTHROUGH', adrg, pdx, [p], why, sex, age, variant=len(CASES),
                              only=ADRG[adrg]['drgs'][-1][0])
                break


# ---- double-procedure ADRGs outside MDCA (FB1, FE1, FF2, IB1)
def build_double():
    for adrg, a in ADRG.items():
        if a['mdc'] == 'MDCA' or 'ANY_PROC_IN_PROC2' not in a['rule']:
            continue
        mdc = a['mdc']
        banned = set(A_PROCS) | set().union(*(all_procs(ADRG[e]) for e in earlier_adrgs(adrg)))
        p1s = [p for p in a['proc'] if p not in banned and p in PRN]
        p2s = [p for p in sorted(a['proc2']) if p not in banned and p in PRN and p not in a['proc']]
        pdx = pdx_for(adrg, a['dx'] if a['rule'].startswith('PDX') else None)
        for k in range(4):
            p1, p2 = rnd.choice(p1s), rnd.choice(p2s)
            sex, age = sex_for(mdc), adult_age()
            order = [p1, p2] if k % 2 == 0 else [p2, p1]
            why = (f'{mdc_why(mdc, pdx, sex, age)};手术{p1}在{adrg} proc表、{p2}在proc2表,'
                   f'顺序无关(主手术{order[0]});都不在MDCA或更早ADRG表({a["rule"]})')
            split_and_add('ADRG-DOUBLE', adrg, pdx, order, why, sex, age, variant=len(CASES))
        # negative: only the proc2 half → the ADRG does not match
        p2 = p2s[0]
        later = [e for e in ADRGS_OF[mdc] if ADRG[e]['order'] > a['order']]
        if p2 not in set().union(*(all_procs(ADRG[e]) for e in later)):
            medical = [e for e in later if ADRG[e]['rule'] == 'PDX_IN_DX']
            for e in medical:
                g = pdx_for(e, ADRG[e]['dx'])
                if g and all(g not in ADRG[x]['dx'] for x in later if x != e and ADRG[x]['order'] < ADRG[e]['order']
                             and 'DX' in ADRG[x]['rule']):
                    if a['rule'].startswith('PDX') and g in a['dx']:
                        continue
                    last = ADRG[e]['drgs'][-1][0]
                    add('ADRG-DOUBLE', 1, 50, [g], [p2], 'GROUPED', mdc, e, last,
                        why=f'只有{adrg} proc2表的手术{p2},缺proc表手术→{adrg}不成立;{p2}不在{mdc}其他ADRG表'
                            f'(歧义组检查在1.1中关闭)→按主诊断{dxn(g)}入{e};无其他诊断→{last}')
                    break


# ---- PROC_LABELS: JA1, JA2, NA1
def label_sat(expr, present):
    e = expr.replace('&', ' and ').replace('|', ' or ')
    e = re.sub(r'(\d+)', lambda m: str(m.group(1) in present), e)
    return eval(e)  # noqa: S307 - expression from our own table, digits and operators only


def build_labels():
    for adrg in ('JA1', 'JA2', 'NA1'):
        a = ADRG[adrg]
        expr = re.search(r'PROC_LABELS\((.*)\)', a['rule']).group(1)
        by_label = {}
        for p, l in a['labels'].items():
            if p in PRN and p not in A_PROCS:
                by_label.setdefault(l, []).append(p)
        labels = sorted(by_label)
        mdc = a['mdc']
        pdx = pdx_for(adrg, a['dx'])
        earlier = earlier_adrgs(adrg)
        import itertools
        for n in range(1, len(labels) + 1):
            for combo in itertools.combinations(labels, n):
                procs = [rnd.choice(by_label[l]) for l in combo]
                if len(set(procs)) < len(procs):
                    continue
                sat = label_sat(expr, set(combo))
                # earlier label ADRGs (JA1 before JA2) must not hold
                blocked = False
                for e in earlier:
                    if 'PROC_LABELS' in ADRG[e]['rule'] and pdx in ADRG[e]['dx']:
                        ee = re.search(r'PROC_LABELS\((.*)\)', ADRG[e]['rule']).group(1)
                        ls = set(ADRG[e]['labels'][p] for p in procs if p in ADRG[e]['labels'])
                        if label_sat(ee, ls):
                            blocked = True
                    elif any(p in all_procs(ADRG[e]) for p in procs[:1]):
                        blocked = True
                if blocked:
                    continue
                sex = 2
                if sat:
                    why = (f'{mdc_why(mdc, pdx, sex, 40)};主诊断在{adrg} dx表;手术标签{"+".join(combo)}'
                           f'({",".join(procs)})满足{expr}' + (';更早的JA1标签规则不满足' if earlier and adrg == 'JA2' else ''))
                    split_and_add('ADRG-LABELS', adrg, pdx, procs, why, sex, 40)
                else:
                    # not satisfied: the record goes on to the next ADRG that takes its main procedure
                    nxt = None
                    for e in ADRGS_OF[mdc]:
                        if ADRG[e]['order'] <= a['order']:
                            continue
                        r = ADRG[e]['rule']
                        if r == 'MAIN_PROC_IN_PROC' and procs[0] in ADRG[e]['proc']:
                            nxt = e
                            break
                        if r.startswith('PDX_IN_DX;PROC_LABELS') and pdx in ADRG[e]['dx']:
                            ee = re.search(r'PROC_LABELS\((.*)\)', r).group(1)
                            ls = set(ADRG[e]['labels'][p] for p in procs if p in ADRG[e]['labels'])
                            if label_sat(ee, ls):
                                nxt = e
                                break
                            continue
                        if r == 'PDX_IN_DX;MAIN_PROC_IN_PROC' and pdx in ADRG[e]['dx'] and procs[0] in ADRG[e]['proc']:
                            nxt = e
                            break
                        if r == 'PDX_IN_DX' and pdx in ADRG[e]['dx']:
                            # check no earlier surgical ADRG between takes any of our procedures
                            nxt = e
                            break
                        if any(p in all_procs(ADRG[e]) for p in procs):
                            nxt = '?'
                            break
                    if nxt and nxt != '?':
                        last = ADRG[nxt]['drgs'][-1][0]
                        add('ADRG-LABELS', sex, 40, [pdx], procs, 'GROUPED', mdc, nxt, last,
                            why=f'主诊断{dxn(pdx)}在{adrg} dx表,但手术标签{"+".join(combo)}({",".join(procs)})'
                                f'不满足{expr}→{adrg}不成立→{nxt};无其他诊断→{last}')


# ---- MDCY (HIV)
def build_mdcy():
    yc = ADRG['YC1']
    for k in range(8):
        pdx = pick(pdx_candidates('MDCY'))
        p = surgical_main('YC1', need_or=True, pool=sorted(OR))
        sex, age = rnd.choice([1, 2]), adult_age()
        if pdx in yc['dx']:
            why = f'主诊断{dxn(pdx)}在MDCY主诊表,也在YC1 dx表;主手术{p}是手术室手术,不在MDCA表→YC1'
            extra = ()
        else:
            d2 = pick(plain_first(yc['dx'] - MDC_LIST['MDCZ']))
            why = f'主诊断{dxn(pdx)}在MDCY主诊表,不在YC1 dx表;其他诊断{d2}在YC1 dx表(ANY_DX_IN_DX);主手术{p}是手术室手术→YC1'
            extra = (d2,)
        split_and_add('MDCY', 'YC1', pdx, [p], why, sex, age, variant=k, extra_dx=extra)
    # no OR procedure → medical YR1/YR2 by the principal
    for adrg in ('YR1', 'YR2'):
        for k in range(3):
            pdx = pick([c for c in pdx_candidates('MDCY', ADRG[adrg]['dx'])
                        if adrg == 'YR1' or c not in ADRG['YR1']['dx']])
            if not pdx:
                continue
            sex, age = rnd.choice([1, 2]), adult_age()
            why = f'主诊断{dxn(pdx)}在MDCY主诊表;无手术→YC1不成立;主诊断在{adrg} dx表' + (',不在YR1 dx表' if adrg == 'YR2' else '')
            split_and_add('MDCY', adrg, pdx, [], why, sex, age, variant=k)


# ---- MDCZ: regions and trauma ADRGs
def build_mdcz():
    regions = sorted(set(REGION.values()))
    by_region = {r: sorted(c for c, rr in REGION.items() if rr == r and c in DXN) for r in regions}
    z_pdx_ok = lambda c: not in_earlier_mdc_lists(c, 'MDCZ', skip=('MDCP',))
    import itertools
    pairs = list(itertools.combinations(regions, 2))
    for r1, r2 in pairs:
        pdx = pick([c for c in by_region[r1] if z_pdx_ok(c)])
        d2 = pick(plain_first(by_region[r2]))
        sex, age = rnd.choice([1, 2]), adult_age()
        why = (f'主诊断{dxn(pdx)}在MDCZ主诊表({r1});其他诊断{dxn(d2)}在MDCZ表({r2})→2个部位(>=2_DISTINCT_MDCZ_REGIONS);'
               '无手术→ZB1/ZC1/ZD1/ZJ1不成立,ZZ1(NO_PROC_IN_OR_LIST)成立')
        split_and_add('MDCZ-REGIONS', 'ZZ1', pdx, [], why, sex, age, variant=len(CASES), extra_dx=(d2,))
    # three regions, and a duplicate of the principal does not add a region
    for k in range(4):
        r1, r2, r3 = rnd.sample(regions, 3)
        pdx = pick([c for c in by_region[r1] if z_pdx_ok(c)])
        d2, d3 = pick(plain_first(by_region[r2])), pick(plain_first(by_region[r3]))
        why = f'3个部位({r1},{r2},{r3})→MDCZ;无手术→ZZ1'
        split_and_add('MDCZ-REGIONS', 'ZZ1', pdx, [], why, 1, 30, variant=k, extra_dx=(d2, d3))
    # one region only (two codes of the same region): not MDCZ; the principal's next MDC decides
    for r in regions:
        done = 0
        for pdx in candidates(by_region[r], 10**6):
            if done >= 2:
                break
            if not z_pdx_ok(pdx):
                continue
            later = [m for m in MDC_ORDER[MDC_ORDER.index('MDCZ') + 1:] if pdx in MDC_LIST[m]]
            if not later or later[0] in ('MDCM', 'MDCN'):
                continue
            m = later[0]
            meds = [e for e in ADRGS_OF[m] if ADRG[e]['rule'] == 'PDX_IN_DX' and pdx in ADRG[e]['dx']]
            same = [c for c in by_region[r] if c != pdx and c not in CC]
            if not meds or not same:
                continue
            e, d2 = meds[0], pick(same)
            last = ADRG[e]['drgs'][-1][0]
            if add('MDCZ-ONE-REGION', 1, 40, [pdx, d2], [], 'GROUPED', m, e, last,
                   why=f'主诊断{dxn(pdx)}与其他诊断{d2}都在MDCZ表但同属{r}→只有1个部位,MDCZ不成立;'
                       f'主诊断也在{m}主诊表→{m};在{e} dx表→{e};{d2}不是MCC/CC→{last}'):
                done += 1
    # trauma surgery ADRGs
    for adrg in ('ZB1', 'ZC1', 'ZD1', 'ZJ1'):
        for k in range(3):
            r1, r2 = rnd.sample(regions, 2)
            pdx = pick([c for c in by_region[r1] if z_pdx_ok(c)])
            d2 = pick(plain_first(by_region[r2]))
            p = surgical_main(adrg)
            if not p:
                continue
            why = (f'主诊断{dxn(pdx)}({r1})+其他诊断{d2}({r2})→2个部位→MDCZ;主手术{p}({PRN[p]})'
                   f'不在MDCA表,不在更早Z组手术表,在{adrg} proc表')
            split_and_add('MDCZ-SURGERY', adrg, pdx, [p], why, 2, 35, variant=k, extra_dx=(d2,))
    # OR procedure that no MDCZ ADRG lists: ZZ1 fails (NO_PROC_IN_OR_LIST) → MDCZ yields nothing → next MDC
    zprocs = set().union(*(all_procs(ADRG[a]) for a in ADRGS_OF['MDCZ']))
    cnt = 0
    for i, r1 in enumerate(regions):
        done = 0
        for pdx in candidates(by_region[r1], 10**6):
            if done >= 1:
                break
            if not z_pdx_ok(pdx):
                continue
            later = [m for m in MDC_ORDER[MDC_ORDER.index('MDCZ') + 1:] if pdx in MDC_LIST[m]]
            if not later or later[0] in ('MDCM', 'MDCN'):
                continue
            m = later[0]
            mprocs = set().union(*(all_procs(ADRG[a]) for a in ADRGS_OF[m]))
            p = pick([x for x in OR if x not in zprocs and x not in A_PROCS and x not in mprocs and x in PRN])
            meds = [e for e in ADRGS_OF[m] if ADRG[e]['rule'] == 'PDX_IN_DX' and pdx in ADRG[e]['dx']]
            r2 = regions[(i + 1) % len(regions)]
            plain = [c for c in by_region[r2] if c not in CC]
            if not meds or not p or not plain:
                continue
            e, d2 = meds[0], pick(plain)
            last = ADRG[e]['drgs'][-1][0]
            if add('MDCZ-FALLTHROUGH', 1, 40, [pdx, d2], [p], 'GROUPED', m, e, last,
                   why=f'2个部位({r1},{r2})→进入MDCZ;主手术{p}是手术室手术但不在Z组任何手术表→ZB1..ZJ1不成立,'
                       f'ZZ1要求无手术室手术→不成立→MDCZ落空;主诊断也在{m}→{m};{p}不在{m}手术表→按主诊断入{e}→{last}'):
                done += 1


# ---- MDCP: newborns
def build_mdcp():
    def days28():
        return rnd.choice([0, 1, 7, 14, 28])

    ps_codes = ADRG['PS1']['dx']
    p_pdx_no_ps = [c for c in pdx_candidates('MDCP', skip=()) if c not in ps_codes]
    # surgical newborn ADRGs
    for adrg in ('PB1', 'PC1', 'PJ1', 'PK1'):
        for k in range(3):
            p = surgical_main(adrg)
            pdx = pick(p_pdx_no_ps)
            d = days28()
            w = rnd.choice([900, 1800, 2300, 3200])
            why = (f'年龄0岁→MDCP可入;主诊断{dxn(pdx)}在MDCP主诊表;主手术{p}({PRN[p]})不在MDCA表与更早P组手术表,'
                   f'在{adrg} proc表;年龄{d}天≤28')
            split_and_add('MDCP', adrg, pdx, [p], why, rnd.choice([1, 2]), 0, variant=k, days=d, weight=w)
    # the same procedure at 29 days: the surgical rule needs AGE_DAYS<=28 → medical PV1 (ALWAYS)
    p = surgical_main('PB1')
    pdx = pick([c for c in p_pdx_no_ps if c not in ADRG['PR1']['dx'] and c not in ADRG['PU1']['dx']])
    for d in (29, 100, 364):
        add('MDCP-AGE-DAYS', 1, 0, [pdx], [p], 'GROUPED', 'MDCP', 'PV1', 'PV15', days=d, weight='',
            why=f'年龄0岁{d}天:PB1需AGE_DAYS<=28→不成立;PR1/PS/PU1也需≤28天→PV1(ALWAYS);>28天无需体重;无其他诊断→PV15')
    # PR1
    for k in range(6):
        pdx = pick([c for c in ADRG['PR1']['dx'] if c in MDC_LIST['MDCP']])
        d = days28()
        why = f'年龄0岁{d}天;主诊断{dxn(pdx)}在MDCP主诊表与PR1 dx表;无手术→PB1..PK1不成立'
        split_and_add('MDCP', 'PR1', pdx, [], why, rnd.choice([1, 2]), 0, variant=k, days=d, weight=rnd.choice([1200, 2600]))
    # PS1..PS4 by weight band, boundaries included
    bands = {'PS1': [400, 1000, 1499, 1499.5], 'PS2': [1500, 1750, 1999], 'PS3': [2000, 2250, 2499],
             'PS4': [2500, 3100, 4800]}
    pdx_pool = [c for c in pdx_candidates('MDCP', skip=()) if c not in ADRG['PR1']['dx']]
    for adrg, ws in bands.items():
        for k, w in enumerate(ws):
            ps = pick(plain_first(ps_codes))
            if k % 2 == 0 and ps in MDC_LIST['MDCP'] and ps not in ADRG['PR1']['dx']:
                pdx, extra, where = ps, (), f'主诊断{ps}在{adrg} dx表'
            else:
                pdx = pick([c for c in pdx_pool if c not in ps_codes])
                extra, where = (ps,), f'其他诊断{ps}在{adrg} dx表(ANY_DX_IN_DX)'
            d = days28()
            weight_col = 'A18x01' if k % 3 else 'A17'
            why = (f'年龄0岁{d}天;主诊断{dxn(pdx)}在MDCP,不在PR1 dx表;无手术;{where};'
                   f'体重{w}克({weight_col})满足{"且".join(ADRG[adrg]["rule"].split(";")[1:-1])}')
            for drg, _, _ in ADRG[adrg]['drgs']:
                plan = severity_plan(adrg, drg, pdx, k)
                if plan is None:
                    continue
                secs, why_drg = plan
                kw = dict(weight=w) if weight_col == 'A18x01' else dict(admit_weight=w)
                add('MDCP-WEIGHT', 2, 0, [pdx] + list(extra) + secs, [], 'GROUPED', 'MDCP', adrg, drg,
                    why=f'{why};{why_drg}→{drg}', days=d, **kw)
    # birth weight A18x01 wins over admission weight A17
    ps = sorted(ps_codes)[0]
    pdx = pick([c for c in pdx_pool if c not in ps_codes])
    add('MDCP-WEIGHT', 1, 0, [pdx, ps], [], 'GROUPED', 'MDCP', 'PS1', ADRG['PS1']['drgs'][-1][0], days=3,
        weight=1200, admit_weight=2600,
        why=f'出生体重A18x01=1200与入院体重A17=2600都有→用出生体重→<1500→PS1;{ps}不是MCC/CC→{ADRG["PS1"]["drgs"][-1][0]}')
    # weight 0: present (passes validation) but never matches a band → PU1 or PV1
    pu = pick([c for c in ADRG['PU1']['dx'] if c in MDC_LIST['MDCP'] and c not in ADRG['PR1']['dx']])
    add('MDCP-WEIGHT', 1, 0, [pu, ps], [], 'GROUPED', 'MDCP', 'PU1', 'PU15', days=5, weight=0,
        why=f'体重0:已填写(校验通过),但PS规则要求体重非0→PS1..PS4不成立;主诊断{pu}在PU1 dx表→PU1;{ps}不是MCC/CC→PU15')
    # PU1, PV1
    for k in range(6):
        pdx = pick([c for c in ADRG['PU1']['dx'] if c in MDC_LIST['MDCP'] and c not in ADRG['PR1']['dx'] and c not in ps_codes])
        d = days28()
        why = f'年龄0岁{d}天;主诊断{dxn(pdx)}在MDCP与PU1 dx表,不在PR1 dx表;无PS表诊断;无手术→PU1'
        split_and_add('MDCP', 'PU1', pdx, [], why, rnd.choice([1, 2]), 0, variant=k, days=d, weight=3000)
    for k in range(6):
        pdx = pick([c for c in p_pdx_no_ps if c not in ADRG['PR1']['dx'] and c not in ADRG['PU1']['dx']])
        d = rnd.choice([3, 29, 60, 200])
        why = (f'年龄0岁{d}天;主诊断{dxn(pdx)}在MDCP主诊表,不在PR1/PU1 dx表,无PS表诊断,无手术→PV1(ALWAYS)')
        split_and_add('MDCP', 'PV1', pdx, [], why, rnd.choice([1, 2]), 0, variant=k, days=d,
                      weight=3100 if d <= 28 else '')
    # age 1 with a principal of MDCP (MDCP codes are in no other MDC list): ungroupable (AGE_CONFLICT)
    only_p = sorted(c for c in MDC_LIST['MDCP'] if all(c not in MDC_LIST[m] for m in MDC_ORDER if m != 'MDCP'))
    for pdx in rnd.sample(only_p, 4):
        add('UNGROUPABLE', 1, 2, [pdx], [], 'UNGROUPABLE', rule='AGE_CONFLICT',
            why=f'主诊断{dxn(pdx)}只在MDCP主诊表;年龄2岁→MDCP入组条件AGE_YEARS=0不成立→无法入组')


# ---- MDCM/MDCN sex
def build_sex():
    for m, other, s_ok, s_bad in (('MDCM', 'MDCN', 1, 2), ('MDCN', 'MDCM', 2, 1)):
        only = sorted(c for c in MDC_LIST[m] if all(c not in MDC_LIST[x] for x in MDC_ORDER if x != m) and c in DXN)
        for pdx in rnd.sample(only, 5):
            add('SEX', s_bad, 40, [pdx], [], 'UNGROUPABLE', rule='SEX_CONFLICT',
                why=f'主诊断{dxn(pdx)}只在{m}主诊表;性别{s_bad}→{m}入组条件GENDER={s_ok}不成立→无法入组')
        # sex written as 男/女 and as 1.0 is the same number
        pdx = pick([c for c in only if any(ADRG[a]['rule'] == 'PDX_IN_DX' and c in ADRG[a]['dx'] for a in ADRGS_OF[m])])
        e = [a for a in ADRGS_OF[m] if ADRG[a]['rule'] == 'PDX_IN_DX' and pdx in ADRG[a]['dx']][0]
        last = ADRG[e]['drgs'][-1][0]
        for written in ('男' if s_ok == 1 else '女', f'{s_ok}.0', f' {s_ok} '):
            add('SEX', written, 40, [pdx], [], 'GROUPED', m, e, last,
                why=f'性别写作“{written}”按数值{s_ok}比较→{m};主诊断{pdx}在{e} dx表→{e}→{last}')


# ---- validation (信息校验) and ungroupable
def build_invalid():
    g = pick(pdx_candidates('MDCG', ADRG['GZ1']['dx']))
    cases = [
        ('', 45, '', '', [g], 'DRG-SEX-MISSING', '性别为空'),
        ('0', 45, '', '', [g], 'DRG-SEX-INVALID', '性别0(未知的性别)不是1/2'),
        ('9', 45, '', '', [g], 'DRG-SEX-INVALID', '性别9(未说明的性别)不是1/2'),
        ('M', 45, '', '', [g], 'DRG-SEX-INVALID', '性别M不是1/2'),
        (1, '', '', '', [g], 'DRG-AGE-MISSING', '年龄为空'),
        (1, 'abc', '', '', [g], 'DRG-AGE-INVALID', '年龄abc不是数'),
        (1, '-3', '', '', [g], 'DRG-AGE-INVALID', '年龄为负'),
        (1, '4.5', '', '', [g], 'DRG-AGE-INVALID', '年龄4.5不是整数'),
        (1, 0, '', '', [g], 'DRG-AGEDAYS-MISSING', '年龄0岁时年龄(天)为空'),
        (1, 0, 'x', '', [g], 'DRG-AGEDAYS-INVALID', '年龄(天)x不是整数'),
        (1, 0, 10, '', [g], 'DRG-WEIGHT-MISSING', '0岁10天(新生儿)体重为空'),
        (2, 0, 28, '', [g], 'DRG-WEIGHT-MISSING', '0岁28天(新生儿,边界)体重为空'),
        (2, 0, 5, '3kg', [g], 'DRG-WEIGHT-INVALID', '体重3kg不是克数'),
        (2, 0, 5, '-100', [g], 'DRG-WEIGHT-INVALID', '体重为负'),
        (1, 45, '', '', [], 'DRG-PDX-MISSING', '没有诊断'),
    ]
    for sex, age, days, w, dx, rule, why in cases:
        add('INVALID', sex, age, dx, [], 'INVALID', rule=rule, why=why + '→信息校验不通过', days=days, weight=w)
    # not invalid: weight not needed after 28 days, ages with spaces or .0
    e = [a for a in ADRGS_OF['MDCG'] if ADRG[a]['rule'] == 'PDX_IN_DX' and g in ADRG[a]['dx']][0]
    last = ADRG[e]['drgs'][-1][0]
    add('VALID-EDGE', 1, 0, [g], [], 'GROUPED', 'MDCG', e, last, days=29, weight='',
        why=f'0岁29天不是新生儿期→不需要体重;主诊断{g}不在MDCP表→MDCG {e}→{last}')
    add('VALID-EDGE', 1, ' 45 ', [g], [], 'GROUPED', 'MDCG', e, last,
        why=f'年龄“ 45 ”按数值45;{g}→{e}→{last}')
    add('VALID-EDGE', 2, '45.0', [g], [], 'GROUPED', 'MDCG', e, last,
        why=f'年龄45.0是整数值45;{g}→{e}→{last}')
    add('VALID-EDGE', 2, 30, [g, '-'], ['-'], 'GROUPED', 'MDCG', e, last,
        why=f'占位符“-”不是编码,忽略;{g}→{e}→{last}')
    # ungroupable: principal in no MDC list (real codes of the grouper's code set, and unknown codes)
    nolist = sorted(c for c in DXN if all(c not in MDC_LIST[m] for m in MDC_ORDER))
    for pdx in rnd.sample(nolist, 12):
        add('UNGROUPABLE', rnd.choice([1, 2]), adult_age(), [pdx], [], 'UNGROUPABLE', rule='PDX_NOT_IN_ANY_MDC',
            why=f'主诊断{dxn(pdx)}在编码库中但不在任何MDC主诊表→无法入组')
    for pdx in ('K35.800', 'X99.999', 'A00'):
        add('UNGROUPABLE', 1, 30, [pdx], [], 'UNGROUPABLE', rule='PDX_NOT_IN_ANY_MDC',
            why=f'主诊断{pdx}不在任何MDC主诊表→无法入组')


# ---- xQY disabled: an OR procedure that fits no surgical ADRG of the MDC → medical ADRG
def build_no_qy():
    for mdc in MDC_ORDER:
        if mdc in ('MDCA', 'MDCP', 'MDCZ', 'MDCY'):
            continue
        surg = set().union(*(all_procs(ADRG[a]) for a in ADRGS_OF[mdc]))
        if any(ADRG[a]['rule'] == 'MAIN_PROC_IN_OR_LIST' for a in ADRGS_OF[mdc]):
            continue
        p = pick([x for x in OR if x not in surg and x not in A_PROCS and x in PRN])
        for adrg in ADRGS_OF[mdc]:
            if ADRG[adrg]['rule'] != 'PDX_IN_DX':
                continue
            pdx = pdx_for(adrg, ADRG[adrg]['dx'])
            if not pdx:
                continue
            sex = sex_for(mdc)
            why = (f'{mdc_why(mdc, pdx, sex, 50)};主手术{p}({PRN[p]})是手术室手术但不在MDCA或{mdc}任何手术表;'
                   f'1.1不启用歧义组(xQY)→继续内科ADRG;主诊断在{adrg} dx表')
            split_and_add('NO-QY', adrg, pdx, [p], why, sex, 50, variant=len(CASES),
                          only=ADRG[adrg]['drgs'][-1][0])
            break


# ---- exclusion focus: the same ADRG with MCC counted, MCC excluded, CC counted, CC excluded
def build_exclusions():
    n = 0
    for adrg, a in sorted(ADRG.items()):
        if a['rule'] != 'PDX_IN_DX' or a['mdc'] in ('MDCP', 'MDCZ', 'MDCY'):
            continue
        rules = [r for _, r, _ in a['drgs']]
        if rules != ['HAS_MCC', 'HAS_MCC_OR_CC', 'ALWAYS']:
            continue
        pdx = pdx_for(adrg, a['dx'], extra_ok=lambda c: c in CCE)
        if not pdx:
            continue
        t = CCE[pdx]
        d1, d3, d5 = (d for d, _, _ in a['drgs'])
        sex, age = sex_for(a['mdc']), adult_age()
        base = f'{mdc_why(a["mdc"], pdx, sex, age)};主诊断在{adrg} dx表;主诊断排除表{t}'
        m_in, m_out = secondary('MCC', pdx, False), secondary('MCC', pdx, True)
        c_in, c_out = secondary('CC', pdx, False), secondary('CC', pdx, True)
        if not (m_in and m_out and c_in and c_out):
            continue
        for secs, drg, why in (
                ([m_out, m_in], d1, f'{m_out}是MCC但同表{t}被排除,{m_in}是MCC(表{CC[m_in][1]})计入'),
                ([m_out, c_in], d3, f'{m_out}是MCC同表被排除(不降为CC),{c_in}是CC计入'),
                ([m_out, c_out], d5, f'{m_out}(MCC)与{c_out}(CC)都与主诊断同表{t}→均被排除'),
                ([c_out, pdx], d5 if CC.get(pdx, ('', ''))[1] in ('', t) else None, f'{c_out}同表被排除;主诊断重复作为其他诊断不去重'),
                ([m_out], d5, f'唯一的MCC {m_out}同表被排除→不降为CC')):
            if drg is None:
                continue
            add('EXCLUSION', sex, age, [pdx] + secs, [], 'GROUPED', a['mdc'], adrg, drg,
                why=f'{base};{why}→{drg}')
        n += 1
        if n >= 40:
            break


def main():
    skipped = build_standard()
    build_mdca()
    build_double()
    build_labels()
    build_mdcy()
    build_mdcz()
    build_mdcp()
    build_sex()
    build_invalid()
    build_no_qy()
    build_exclusions()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=COLS, lineterminator='\n')
        w.writeheader()
        w.writerows(CASES)
    covered_drg = set(c['expect_drg'] for c in CASES)
    all_drg = set(d for a in ADRG.values() for d, _, _ in a['drgs'])
    print(f'{len(CASES)} cases; DRGs covered {len(covered_drg & all_drg)}/{len(all_drg)}; '
          f'ADRGs skipped in the standard family: {skipped}', file=sys.stderr)
    missing = sorted(all_drg - covered_drg)
    if missing:
        print('DRGs without a case:', missing, file=sys.stderr)


if __name__ == '__main__':
    main()
