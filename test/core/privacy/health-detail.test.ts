import assert from 'node:assert/strict';
import { findHealthDetails } from '../../../src/core/privacy/health-detail';

const texts = (text: string) => findHealthDetails(text).map((f) => text.slice(f.start, f.end));
const at = (text: string) => findHealthDetails(text).map((f) => [f.start, f.end]);

describe('health details about a person', () => {
  it('finds a health word a person goes through, from the person to the word', () => {
    const text = 'I had two falls in 2024 and was in hospital for three weeks.';
    assert.deepEqual(at(text), [
      [0, 15],
      [28, 43],
    ]);
    assert.deepEqual(texts(text), ['I had two falls', 'was in hospital']);
  });

  it('finds first-person, he/she and relatives, across a line break within a paragraph', () => {
    assert.deepEqual(texts('She has been in and out of hospital three times.'), ['She has been in and out of hospital']);
    assert.deepEqual(texts('I was originally diagnosed with early-onset dementia.'), ['I was originally diagnosed with early-onset dementia']);
    assert.deepEqual(texts('I live with Parkinson’s.'), ['I live with Parkinson’s']);
    assert.deepEqual(texts('He broke his hip; I fell at home.'), ['He broke his hip', 'I fell at home']);
    assert.deepEqual(texts('She joined after her mother\nwas discharged from hospital.'), ['her mother\nwas discharged from hospital']);
    assert.deepEqual(texts('I care for my husband, who lives with vascular dementia.'), ['my husband, who lives with vascular dementia']);
    assert.deepEqual(texts("Harriet's husband had a stroke."), ["Harriet's husband had a stroke"]);
    assert.deepEqual(texts('Mum had two stressful weeks in hospital.'), ['Mum had two stressful weeks in hospital']);
    assert.deepEqual(texts('My husband was admitted in May.'), ['My husband was admitted']);
  });

  it('finds possessives and the joined-after-a-fall story', () => {
    assert.deepEqual(texts('My diagnosis came late; my condition varies; my second diagnosis; my dementia.'), ['My diagnosis', 'my condition', 'my second diagnosis', 'my dementia']);
    assert.deepEqual(texts("My mother's admissions and her husband's stroke."), ["My mother's admissions", "her husband's stroke"]);
    assert.deepEqual(texts('As a type 2 diabetes patient since 1971.'), ['As a type 2 diabetes patient']);
    assert.deepEqual(texts('George joined the network after a fall in 2023.'), ['joined the network after a fall']);
  });

  it('passes the health words of a health network’s work', () => {
    const work = [
      'She works in cancer services and leads the falls prevention programme.',
      'I have worked with people living with dementia for twenty years.',
      'She has a special interest in dementia and delirium.',
      'I have a hospital role and a cancer research post; my falls work.',
      'He was admitted to the Royal College of Physicians in 2010.',
      'I was in hospital pharmacy for ten years; she was in hospital management.',
      'I joined the network after a career in stroke services.',
      'Nasreen cares for her father-in-law and helps families it has not heard from.',
      "The network's partner organisations had a stroke audit; today's children have asthma clinics.",
      'Patients who were admitted with a fall; people diagnosed with dementia; my surgery (the GP practice).',
      'The hospital’s falls team; she has the hospital at home service.',
    ];
    assert.deepEqual(texts(work.join('\n')), []);
  });

  it('does not take a lower-case word with \'s for a name before a relative', () => {
    assert.deepEqual(texts("Many of today's children have asthma; the network's partner had a stroke of luck."), []);
    assert.deepEqual(texts("Harriet's partner was admitted in May."), ["Harriet's partner was admitted"]);
    // "He's" (a slip for "His") is no name: only a capitalised name with 's ties a relative's health to a person here.
    assert.deepEqual(texts("He's partner was admitted in May."), []);
  });

  it('does not join words across a blank line', () => {
    assert.deepEqual(texts('I had\n\ntwo falls. She\n\nhas dementia.'), []);
  });

  it('reads long runs of spaces in one pass (a run is never split two ways between the person and "who")', () => {
    const spaces = ' '.repeat(100_000);
    const text = `my mother${spaces}x. She,${spaces}who${spaces}y. I${spaces}had a fall.`;
    const start = text.lastIndexOf('I');
    assert.deepEqual(at(text), [[start, text.length - 1]]);
  });
});
