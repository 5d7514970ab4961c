import { describe, expect, it } from '@jest/globals';
import { findPersonalNumbers, maskPersonalNumbers } from './free-text-screening.js';

const ID = '340800195903150013';
const ID_X = '11010519491231002X';
const TODAY = new Date('2026-05-20T02:00:00Z');
const kinds = (text: string) => findPersonalNumbers(text, TODAY).map((finding) => [finding.kind, finding.value]);
const fullWidth = (digits: string) =>
  [...digits].map((digit) => (/\d/.test(digit) ? String.fromCharCode(digit.charCodeAt(0) - 0x30 + 0xff10) : digit === 'X' ? 'Ｘ' : digit)).join('');

describe('findPersonalNumbers', () => {
  it.each([
    ['a bare ID number', `身份证${ID}`, [['id-number', ID]]],
    ['an ID number ending in X', `证件号：${ID_X}。`, [['id-number', ID_X]]],
    ['an ID number ending in a lower-case x', `证件号 ${ID_X.toLowerCase()}`, [['id-number', ID_X]]],
    ['an ID number in groups of 6-8-4', '340800 19590315 0013', [['id-number', ID]]],
    ['an ID number with dashes', '340800-19590315-0013', [['id-number', ID]]],
    ['an ID number in full-width digits', `号码${fullWidth(ID_X)}`, [['id-number', ID_X]]],
    ['a bare mobile number', '联系电话13900000001', [['mobile-phone', '13900000001']]],
    ['a mobile number in 3-4-4 groups', '电话 139 0000 0001 联系', [['mobile-phone', '13900000001']]],
    ['a mobile number with dashes', '139-0000-0001', [['mobile-phone', '13900000001']]],
    [
      'a mobile number with full-width spaces and digits',
      `${fullWidth('139')}\u3000${fullWidth('0000')}\u3000${fullWidth('0001')}`,
      [['mobile-phone', '13900000001']],
    ],
    ['a mobile number with spaced dashes', '139 - 0000 - 0001', [['mobile-phone', '13900000001']]],
    ['a mobile number with the country code', '+86 139 0000 0001', [['mobile-phone', '13900000001']]],
    [
      'two mobile numbers separated by a space',
      '13900000001 18655612345',
      [
        ['mobile-phone', '13900000001'],
        ['mobile-phone', '18655612345'],
      ],
    ],
    [
      'an ID number and a phone in one note',
      `杨某某 ${ID} 电话13900000001`,
      [
        ['id-number', ID],
        ['mobile-phone', '13900000001'],
      ],
    ],
  ])('finds %s', (_case, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    ['an ID number with a wrong check digit', '340800195903150014'],
    ['an ID number with an impossible birth date', `${'34080019591331001'}5`],
    ['a mobile number inside a longer run of digits', '合同编号2026139000000012345'],
    ['an ID number inside a longer run of digits', `流水号9${ID}7`],
    ['a number starting with 12 (not a mobile network)', '12900000001'],
    ['a landline with area code', '0556-5201234'],
    ['ten digits', '1390000000'],
    ['twelve digits', '139000000012'],
    ['a date', '2026-05-20'],
    ['amounts and areas', '补贴 12800.00 元，面积 382.54 亩'],
    ['a bank account number', '6222 0213 0000 1234 567'],
    ['a unified social credit code', '91340800MA2RXXXX1P'],
    ['an X in the middle', '3408001959X3150013'],
    ['no digits at all', '村委会办公室'],
  ])('finds nothing in %s', (_case, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('reports where the number stands, separators included', () => {
    const text = `电话：139-0000-0001。`;
    const [finding] = findPersonalNumbers(text, TODAY);
    expect(text.slice(finding!.start, finding!.end)).toBe('139-0000-0001');
  });
});

describe('maskPersonalNumbers', () => {
  it('masks every number as the platform masks it elsewhere and keeps the rest of the text', () => {
    expect(maskPersonalNumbers(`户主杨某某（${ID}），电话 139 0000 0001，补贴 1280.00 元`, TODAY)).toBe(
      '户主杨某某（340800********0013），电话 139****0001，补贴 1280.00 元',
    );
    expect(maskPersonalNumbers(`证件${fullWidth(ID_X)}`, TODAY)).toBe('证件110105********002X');
  });

  it('keeps a letter x that follows a phone number as text', () => {
    expect(maskPersonalNumbers('电话13900000001x2', TODAY)).toBe('电话139****0001x2');
    expect(kinds('13900000001X')).toEqual([['mobile-phone', '13900000001']]);
  });

  it('leaves text without personal numbers unchanged', () => {
    const text = '2026年第二季度低保金发放，合同编号2026139000000012345';
    expect(maskPersonalNumbers(text, TODAY)).toBe(text);
  });
});
