import { type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, getArgumentValues, getOperationAST, Kind, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badInput } from './errors.ts';

/**
 * Work that the static cost limit (graphql-armor counts fields, not what they make the database do)
 * cannot see: a stack of n members searches paths between n(n-1)/2 pairs, a translation reads each
 * member, alternatives rank candidates once. Costs are in "path searches", counted with the request's
 * variables, so a list passed as a variable is charged like one written inline.
 */
export const heavyFieldCosts: Readonly<Record<string, (args: Record<string, unknown>) => number>> = {
  stack: (args) => {
    const n = Array.isArray(args.ids) ? args.ids.length : 0;
    return (n * (n - 1)) / 2;
  },
  translateStack: (args) => (Array.isArray(args.ids) ? args.ids.length : 0),
  alternatives: () => 5,
};

/** Enough for two stacks of the largest size (190 each) in one request, not for a batch of them behind aliases. */
export const defaultHeavyCostLimit = 400;

/** The root fields of an operation, through fragments and inline fragments, aliases counted apart. */
function rootFields(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/** The heavy cost of one request, or 0 when it is not a query or its arguments do not coerce (execution reports that). */
export function heavyCost(
  schema: GraphQLSchema,
  document: Parameters<typeof getOperationAST>[0],
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): number {
  const operation = getOperationAST(document, operationName);
  const queryType = schema.getQueryType();
  if (operation?.operation !== 'query' || !queryType) return 0;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  let total = 0;
  for (const field of rootFields(operation.selectionSet, fragments)) {
    const cost = heavyFieldCosts[field.name.value];
    const definition = queryType.getFields()[field.name.value];
    if (!cost || !definition) continue;
    try {
      total += cost(getArgumentValues(definition, field, variables));
    } catch {
      // Arguments that do not coerce fail in execution with graphql's own message.
    }
  }
  return total;
}

/** Refuses, before any resolver runs, a request whose heavy fields together cost more than `limit`. */
export function useHeavyCostLimit(limit = defaultHeavyCostLimit): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = heavyCost(args.schema, args.document, args.operationName, (args.variableValues ?? {}) as Record<string, unknown>);
      if (cost > limit)
        setResultAndStopExecution({
          errors: [badInput(`This request asks for about ${cost} path searches, more than the ${limit} allowed; send fewer or smaller stacks per request.`)],
        });
    },
  };
}
