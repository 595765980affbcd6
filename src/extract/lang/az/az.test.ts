// Azerbaijani read through the public extract(): amounts, dates, places, measurements, instruments, events and
// people, from sentences written the way the Azerbaijani press writes them.
import { describe, expect, it } from 'vitest';
import { extract } from '../../index.js';

const read = (text: string, published: string | null = '2024-08-23') => extract({ text, published, lang: 'az' });
const mentionsOf = (text: string) => read(text).mentions.map(({ kind, ...rest }) => ({ kind, ...rest }));

describe('Azerbaijani amounts', () => {
  it.each([
    ['4,4 milyard ABŞ dolları', { kind: 'money', value: 4.4e9, unit: 'USD', text: '4,4 milyard ABŞ dolları' }],
    ['17,5 faiz', { kind: 'percent', value: 17.5, text: '17,5 faiz' }],
    ['17,5%', { kind: 'percent', value: 17.5, text: '17,5%' }],
    ['300 milyon manat', { kind: 'money', value: 3e8, unit: 'AZN', text: '300 milyon manat' }],
    ['2 trilyon rubl', { kind: 'money', value: 2e12, unit: 'RUB', text: '2 trilyon rubl' }],
    ['15 min ton', { kind: 'number', value: 15000, unit: 'tonnes', text: '15 min ton' }],
    ['təxminən 50 milyon avro', { kind: 'money', value: 5e7, unit: 'EUR', qualifier: 'approx', text: '50 milyon avro' }],
    ['ən azı 20 faiz', { kind: 'percent', value: 20, qualifier: 'more_than', text: '20 faiz' }],
  ])('reads %j', (text, expected) => {
    expect(mentionsOf(text)).toContainEqual(expect.objectContaining(expected));
  });

  it('reads a decimal comma, not a thousands separator', () => {
    expect(mentionsOf('1,5 milyard dollar')).toContainEqual(expect.objectContaining({ value: 1.5e9, unit: 'USD' }));
  });
});

describe('Azerbaijani dates', () => {
  it.each([
    ['22 avqust 2024-cü il', { kind: 'date', value: '2024-08-22', text: '22 avqust 2024-cü il' }],
    ['2023-cü ildə', { kind: 'date_range', start: '2023-01-01', end: '2023-12-31', text: '2023-cü ildə' }],
    ['fevralın 22-də', { kind: 'date', value: '2024-02-22', text: 'fevralın 22-də' }],
    ['5 aprel 2023-cü ildə', { kind: 'date', value: '2023-04-05', text: '5 aprel 2023-cü ildə' }],
    ['2024-2026-cı illər', { kind: 'date_range', start: '2024-01-01', end: '2026-12-31', text: '2024-2026-cı illər' }],
    ['ötən il', { kind: 'date_range', start: '2023-01-01', end: '2023-12-31', text: 'ötən il' }],
    ['bu ilin birinci rübündə', { kind: 'date_range', start: '2024-01-01', end: '2024-03-31' }],
  ])('reads %j', (text, expected) => {
    expect(mentionsOf(text)).toContainEqual(expect.objectContaining(expected));
  });

  it('takes an ordinal year as a year, not a number', () => {
    expect(mentionsOf('2023-cü ildə').filter((m) => m.kind === 'number')).toEqual([]);
  });
});

describe('Azerbaijani measurements', () => {
  const text = 'Rusiya ilə Azərbaycan arasında ticarət dövriyyəsi 2023-cü ildə 17,5 faiz artaraq, ' +
    '4,4 milyard ABŞ dolları təşkil edib.';

  it.each([
    [{ indicator: 'trade_turnover', unit: 'USD', value: 4.4e9 }],
    [{ indicator: 'trade_turnover', unit: 'percent_change', value: 17.5 }],
  ])('reads %j with the year it is dated by', (expected) => {
    expect(read(text).measurements).toContainEqual(expect.objectContaining({
      ...expected, period: { start: '2023-01-01', end: '2023-12-31' },
    }));
  });

  it('reads a growth rate whose verb closes a later coordinated figure', () => {
    const freight = 'Azərbaycan və Rusiya arasında yükdaşımaları 10 faiz, bu ilin ilk 6 ayında isə 3 faiz artıb.';
    const values = read(freight).measurements.filter((m) => m.unit === 'percent_change').map((m) => m.value);
    expect(values).toEqual(expect.arrayContaining([10, 3]));
  });

  it('leaves out a ratio', () => {
    expect(read('Azərbaycan ilə Rusiya arasında ticarət 2 dəfə artıb.').measurements).toEqual([]);
  });
});

describe('Azerbaijani places', () => {
  it.each([
    ['Rusiyanın', 'RU'], ['Azərbaycanla', 'AZ'], ['Bakıda', 'AZ'], ['Moskvaya', 'RU'], ['Türkiyə', 'TR'],
    ['Gürcüstanın', 'GE'], ['Qazaxıstan', 'KZ'], ['Özbəkistanla', 'UZ'],
  ])('finds %s as %s', (word, code) => {
    const text = `${word} Baş nazirin müavini Aleksey Overçuk ilə görüşüb.`;
    expect(read(text).people).toContainEqual(expect.objectContaining({ name: 'Aleksey Overçuk', country: code }));
  });

  it('does not read "ABŞ dolları" as the United States', () => {
    const result = read('Azərbaycan Rusiyaya 5 milyon ABŞ dolları həcmində məhsul ixrac edib.');
    expect(result.measurements.every((m) => m.from !== 'US' && m.to !== 'US')).toBe(true);
  });
});

describe('Azerbaijani events', () => {
  it('reads a commission meeting held in Baku with its ordinal', () => {
    const events = read('Bakıda Rusiya-Azərbaycan Hökumətlərarası Komissiyasının 22-ci iclası keçirilib.').events;
    expect(events).toEqual([expect.objectContaining({ type: 'meeting', place: 'Bakı', ordinal: 22 })]);
  });

  it('joins a bare back-reference to the meeting named before', () => {
    const events = read('Bakıda Komissiyanın 22-ci iclası keçirilib. Toplantıda nazirlər iştirak edib.').events;
    expect(events.filter((e) => e.type === 'meeting')).toHaveLength(1);
  });

  it.each([
    ['Prezident Moskvaya səfər edib.', 'visit'],
    ['Bakıda Azərbaycan-Rusiya Regionlararası Forumu keçirilib.', 'forum'],
    ['Nazir jurnalistlərə açıqlama verib.', 'statement'],
  ])('reads %j as a %s', (text, type) => {
    expect(read(text).events).toContainEqual(expect.objectContaining({ type }));
  });

  it('marks a meeting to be held as planned', () => {
    expect(read('Komissiyanın növbəti iclası Moskvada keçiriləcək.').events)
      .toContainEqual(expect.objectContaining({ type: 'meeting', planned: true }));
  });
});

describe('Azerbaijani instruments', () => {
  it.each([
    ['2022-ci ildə imzalanan Müttəfiqlik münasibətləri haqqında bəyannamə', 'declaration',
      'Müttəfiqlik münasibətləri haqqında bəyannamə'],
    ['Tərəflər 2024-2026-cı illər üçün Fəaliyyət Planını imzalayıblar.', 'action_plan', 'Fəaliyyət Planını'],
    ['Nazirlər iqtisadi əməkdaşlıq haqqında sazişi imzalayıblar.', 'agreement', 'iqtisadi əməkdaşlıq haqqında sazişi'],
    ['Tərəflər yol xəritəsi imzalayıblar.', 'roadmap', 'yol xəritəsi'],
    ['Anlaşma memorandumu imzalanıb.', 'memorandum', 'Anlaşma memorandumu'],
  ])('reads %j', (text, type, title) => {
    expect(read(text).instruments).toContainEqual(expect.objectContaining({ type, title }));
  });

  it('leaves out a plural head, which counts documents', () => {
    expect(read('İki ölkə arasında 260 saziş və protokollar imzalanıb.').instruments
      .filter((i) => i.type === 'protocol')).toEqual([]);
  });
});

describe('Azerbaijani people', () => {
  it.each([
    ['Rusiya tərəfdən isə Baş nazirin müavini Aleksey Overçuk iştirak edib.', 'Aleksey Overçuk', 'Baş nazirin müavini', 'RU'],
    ['Azərbaycan tərəfdən baş nazirin müavini, komissiyanın həmsədri Şahin Mustafayev iştirak edib.', 'Şahin Mustafayev',
      'baş nazirin müavini, komissiyanın həmsədri', 'AZ'],
    ['Azərbaycan Prezidenti İlham Əliyev çıxış edib.', 'İlham Əliyev', 'Prezidenti', 'AZ'],
    ['Rusiyanın xarici işlər naziri Sergey Lavrov bildirib.', 'Sergey Lavrov', 'xarici işlər naziri', 'RU'],
  ])('reads %j', (text, name, role, country) => {
    expect(read(text).people).toContainEqual(expect.objectContaining({ name, role, country }));
  });

  it('finds no person without a role', () => {
    expect(read('Vladimir Putin çıxış edib.').people).toEqual([]);
  });
});
