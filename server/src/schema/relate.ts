import { builder } from '../builder.ts';
import { type RelateAnswer, relateQuestion } from '../services/relate.ts';
import { AlternativeRef } from './alternatives.ts';
import { PathRef, pathOptionArgs, pathOptionsOf } from './paths.ts';
import { EntityRef } from './refs.ts';
import { SearchHitRef } from './search.ts';

const RelateAnswerRef = builder.objectRef<RelateAnswer>('RelateAnswer').implement({
  description: 'The answer to a free-text question about how two things relate.',
  fields: (t) => ({
    question: t.exposeString('question'),
    from: t.field({ type: EntityRef, nullable: true, resolve: (a) => a.from }),
    to: t.field({ type: EntityRef, nullable: true, resolve: (a) => a.to }),
    others: t.field({
      type: [EntityRef],
      description: 'Further things the question named: only the first two are related, ask again to relate these.',
      resolve: (a) => a.others,
    }),
    paths: t.field({ type: [PathRef], description: 'As `paths` returns them.', resolve: (a) => a.paths }),
    summary: t.exposeString('summary', {
      nullable: true,
      description: 'A short paragraph on how the two relate, as `connection` tells it; null until two things were recognised.',
    }),
    message: t.exposeString('message', { description: 'Always a readable sentence: a summary of the answer, or what was not recognised and suggestions.' }),
    unrecognized: t.exposeStringList('unrecognized', { description: 'Words of the question that named nothing known.' }),
    suggestions: t.field({ type: [SearchHitRef], description: 'Search hits for the unrecognised words.', resolve: (a) => a.suggestions }),
    alternatives: t.field({
      type: [AlternativeRef],
      description:
        'For a request such as "open-source alternative to Airflow that runs on Kubernetes": as `alternatives` returns them (`from` is the technology to replace). Empty for other questions.',
      resolve: (a) => a.alternatives,
    }),
  }),
});

builder.queryField('relate', (t) =>
  t.field({
    type: RelateAnswerRef,
    description:
      'Answers free text such as "how does Spark relate to HDFS" or "Lambda vs Cloud Functions" (the two things named, the best paths between them and a short summary), or "open-source alternative to Airflow that runs on Kubernetes" (ranked alternatives).',
    args: {
      question: t.arg.string({
        required: true,
        validate: { maxLength: [300, { message: 'question must be at most 300 characters; ask a shorter question.' }] },
      }),
      ...pathOptionArgs(t.arg),
    },
    resolve: (_root, args, { db }) => relateQuestion(db, args.question, pathOptionsOf(args)),
  }),
);
