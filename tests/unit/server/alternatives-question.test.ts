import { describe, expect, it } from 'vitest';
import { alternativesRequest, asksForAlternatives, isAlternativesFiller, openSourceWanted } from '../../../server/src/domain/alternatives-question.ts';
import { matchNames, questionWords } from '../../../server/src/domain/question.ts';

const airflow = { id: 'apache-airflow', label: 'Technology' };
const kubernetes = { id: 'kubernetes', label: 'Technology' };
const aws = { id: 'aws', label: 'Vendor' };
const known = new Map([
  ['airflow', airflow],
  ['kubernetes', kubernetes],
  ['aws', aws],
]);

const read = (question: string) => {
  const words = questionWords(question);
  const { matches, leftovers } = matchNames(words, known, isAlternativesFiller);
  return { words, matches, leftovers };
};

describe('reading a request for alternatives', () => {
  it('recognises the request and the open-source constraint', () => {
    const { words, leftovers } = read('an open source alternative to Airflow that runs on Kubernetes');
    expect(asksForAlternatives(words)).toBe(true);
    expect(openSourceWanted(words)).toBe(true);
    expect(leftovers).toEqual([]);
    expect(openSourceWanted(questionWords('a proprietary replacement for Airflow'))).toBe(false);
    expect(openSourceWanted(questionWords('replace Airflow'))).toBeNull();
    expect(asksForAlternatives(questionWords('how does Spark relate to HDFS'))).toBe(false);
  });

  it('takes the name after "on" as the platform and a vendor as a filter', () => {
    const { words, matches } = read('what can replace Airflow on Kubernetes from AWS');
    expect(alternativesRequest(words, matches)).toEqual({ target: airflow, runsOn: kubernetes, vendor: aws, category: null });
  });

  it('gives up when two technologies are compared', () => {
    const { words, matches } = read('is Kubernetes an alternative to Airflow');
    expect(alternativesRequest(words, matches)).toBeNull();
  });
});
