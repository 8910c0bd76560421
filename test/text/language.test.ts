import { describe, expect, test } from 'vitest';
import { languageName, readLanguage } from '../../lib/text/language';

const ENGLISH =
  'President Trump tweeted on Friday that despite an announcement from his own Treasury Department that additional large-scale sanctions would be imposed on the North Korean regime, he would cancel them. It is unclear what sanctions Mr. Trump was referring to.';
const GERMAN =
  'Der Präsident hat am Freitag angekündigt, die neuen Sanktionen gegen Nordkorea wieder aufzuheben. Welche Sanktionen er genau meinte, ist noch unklar, sagte ein Sprecher des Finanzministeriums.';
const SPANISH =
  'El presidente anunció el viernes que retirará las nuevas sanciones contra Corea del Norte. No está claro a qué sanciones se refería, dijo un portavoz del Departamento del Tesoro.';
const ARABIC = 'أعلن الرئيس يوم الجمعة أنه سيلغي العقوبات الجديدة على كوريا الشمالية، ولم يتضح بعد ما هي العقوبات التي كان يشير إليها.';
const HEBREW = 'הנשיא הודיע ביום שישי כי יבטל את הסנקציות החדשות על צפון קוריאה, ועדיין לא ברור לאילו סנקציות התכוון.';

describe('readLanguage', () => {
  test.each([
    ['English, declared en-US', ENGLISH, 'en-US', true, 'en'],
    ['English, undeclared', ENGLISH, null, true, 'en'],
    ['English on a page wrongly declared de', ENGLISH, 'de', true, 'en'],
    ['German, declared', GERMAN, 'de-DE', false, 'de'],
    ['German, undeclared', GERMAN, null, false, null],
    ['German on a page wrongly declared en', GERMAN, 'en', false, 'en'],
    ['Spanish, declared', SPANISH, 'es', false, 'es'],
    ['Arabic, declared', ARABIC, 'ar', false, 'ar'],
    ['Hebrew, undeclared', HEBREW, null, false, null],
    ['empty text, undeclared', '', null, false, null],
  ])('%s', (_, text, declared, english, code) => {
    const reading = readLanguage(text, declared);
    expect(reading.english).toBe(english);
    expect(reading.code).toBe(code);
  });
});

describe('languageName', () => {
  test.each([
    ['de', 'German'],
    ['es', 'Spanish'],
    [null, 'another language'],
  ])('%s -> %s', (code, name) => {
    expect(languageName(code)).toBe(name);
  });
});
