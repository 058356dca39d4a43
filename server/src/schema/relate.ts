import { builder } from '../builder.ts';
import { type RelateAnswer, relateQuestion } from '../services/relate.ts';
import { AlternativeRef } from './alternatives.ts';
import { RelationTypeEnum } from './enums.ts';
import { PathRef } from './paths.ts';
import { EntityRef } from './refs.ts';
import { SearchHitRef } from './search.ts';
import { intInRange } from './validation.ts';

const RelateAnswerRef = builder.objectRef<RelateAnswer>('RelateAnswer').implement({
  description: 'The answer to a free-text question about how two things relate.',
  fields: (t) => ({
    question: t.exposeString('question'),
    from: t.field({ type: EntityRef, nullable: true, resolve: (a) => a.from }),
    to: t.field({ type: EntityRef, nullable: true, resolve: (a) => a.to }),
    paths: t.field({ type: [PathRef], description: 'As `paths` returns them.', resolve: (a) => a.paths }),
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
      'Answers free text such as "how does Spark relate to HDFS" or "Lambda vs Cloud Functions" (the two things named and the paths between them), or "open-source alternative to Airflow that runs on Kubernetes" (ranked alternatives).',
    args: {
      question: t.arg.string({
        required: true,
        validate: { maxLength: [300, { message: 'question must be at most 300 characters; ask a shorter question.' }] },
      }),
      maxHops: t.arg.int({ defaultValue: 4, description: '1 to 6.', validate: intInRange('maxHops', 1, 6) }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false }),
      first: t.arg.int({ defaultValue: 5, description: '1 to 20.', validate: intInRange('first', 1, 20) }),
    },
    resolve: (_root, args, { db }) =>
      relateQuestion(db, args.question, { maxHops: args.maxHops ?? 4, types: args.relationTypes ?? null, first: args.first ?? 5 }),
  }),
);
