import { describe, expect, it } from 'vitest';
import { looselyNames, matchNames, nameGrams, questionWords } from '../../../server/src/domain/question.ts';

describe('questionWords', () => {
  it('lowercases and strips surrounding punctuation and a possessive', () => {
    expect(questionWords("How does Spark's engine relate to (HDFS)?")).toEqual(['how', 'does', 'spark', 'engine', 'relate', 'to', 'hdfs']);
  });

  it('keeps the plus and hash that are part of a name', () => {
    expect(questionWords('C++ vs C#?')).toEqual(['c++', 'vs', 'c#']);
  });
});

describe('nameGrams', () => {
  it('lists longer runs first and skips runs that start or end with a filler word', () => {
    const grams = nameGrams(['how', 'does', 'cloud', 'functions', 'relate']).map((g) => g.text);
    expect(grams).toEqual(['cloud functions', 'cloud', 'functions']);
  });
});

describe('matchNames', () => {
  const known = new Map([
    ['googlecloudfunctions', 'gcf'],
    ['cloudfunctions', 'gcf'],
    ['functions', 'wrong'],
    ['spark', 'spark'],
  ]);

  it('claims the longest known name first and reports the rest as leftovers', () => {
    const { matches, leftovers } = matchNames(questionWords('how does Google Cloud Functions compare with Sparkk'), known);
    expect(matches.map((m) => m.entity)).toEqual(['gcf']);
    expect(leftovers).toEqual([{ start: 7, text: 'sparkk' }]);
  });
});

describe('looselyNames', () => {
  it('accepts a small typo in the whole name', () => {
    expect(looselyNames('kubeflw', 'Kubeflow')).toBe(true);
  });

  it('accepts whole words inside the name', () => {
    expect(looselyNames('cloud functions', 'Google Cloud Functions')).toBe(true);
  });

  it('refuses a word that only resembles part of a name', () => {
    expect(looselyNames('foobarbaz', 'Apache Spark')).toBe(false);
    expect(looselyNames('func', 'Azure Functions')).toBe(false);
  });
});
