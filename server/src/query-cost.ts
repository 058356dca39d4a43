import { type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, getOperationAST, Kind, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badInput } from './errors.ts';

/**
 * Work that the static cost limit (graphql-armor counts fields, not what they make the database do)
 * cannot see: a stack of n members searches paths between n(n-1)/2 pairs, a translation reads each
 * member, alternatives rank candidates once. Costs are in "path searches", counted with the request's
 * variables, so a list passed as a variable is charged like one written inline.
 */
export const heavyFieldCosts: Readonly<Record<string, (listLength: (argument: string) => number) => number>> = {
  stack: (listLength) => {
    const n = listLength('ids');
    return (n * (n - 1)) / 2;
  },
  translateStack: (listLength) => listLength('ids'),
  alternatives: () => 5,
};

/**
 * Length of a list argument, written inline or passed as a variable; 0 when absent. Read from the
 * syntax tree rather than coerced, so it neither depends on the schema's graphql build nor fails on
 * bad input (execution reports that).
 */
function listLengthOf(field: FieldNode, variables: Record<string, unknown>) {
  return (argument: string): number => {
    const value = field.arguments?.find((a) => a.name.value === argument)?.value;
    if (value?.kind === Kind.LIST) return value.values.length;
    if (value?.kind === Kind.VARIABLE) {
      const given = variables[value.name.value];
      return Array.isArray(given) ? given.length : given == null ? 0 : 1;
    }
    return value ? 1 : 0;
  };
}

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

/** The heavy cost of one request; 0 when it is not a query. */
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
    if (cost && queryType.getFields()[field.name.value]) total += cost(listLengthOf(field, variables));
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
