import { readFileSync } from 'node:fs';
import { buildSchema, type FieldNode, isObjectType, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { entityProps, relationProps } from '../../../server/src/db/queries/rows.ts';
import { entityPropsFor, neighborhoodPaths, projectionFor, relationPropsFor, searchHitProps, selectedFields } from '../../../server/src/schema/projection.ts';

/** The resolver's view of `neighborhood` in a document: its field node and the document's fragments. */
function infoOf(document: string) {
  const ast = parse(document);
  const operation = ast.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  if (!field) throw new Error('no field');
  const fragments = Object.fromEntries(ast.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
  return { fieldNodes: [field], fragments };
}

describe('look-ahead projection', () => {
  it('collects fields through aliases, inline fragments and named fragments', () => {
    const info = infoOf(`{ neighborhood(id: "x") { nodes { id alias: name ... on Technology { homepage } ...More } } }
      fragment More on Entity { description }`);
    expect(selectedFields(info, ['nodes'])).toEqual(new Set(['id', 'name', 'homepage', 'description']));
  });

  it('reads only what is selected, and nothing but ids for fields resolved by id', () => {
    const info = infoOf('{ neighborhood(id: "x") { nodes { id name label degree } relations { id type fromId toId } } }');
    expect(projectionFor(info, neighborhoodPaths.entity, neighborhoodPaths.relation)).toEqual({ entity: ['name'], relation: [] });
  });

  it('counts the ends of relations, which share the request loader, as nodes of the answer', () => {
    const info = infoOf('{ neighborhood(id: "x") { nodes { id } relations { note from { license } } } }');
    expect(projectionFor(info, neighborhoodPaths.entity, neighborhoodPaths.relation)).toEqual({ entity: ['license'], relation: ['note'] });
  });

  it("reads a search hit's name and kind, and of its entity only what the selection asks", () => {
    expect(searchHitProps(infoOf('{ search(text: "x") { id name kind label score matchedAlias } }'))).toEqual(['name', 'kind']);
    expect(searchHitProps(infoOf('{ search(text: "x") { id entity { ... on Technology { status statusSince } } } }'))).toEqual([
      'name',
      'kind',
      'status',
      'statusSince',
    ]);
    expect(searchHitProps(infoOf('{ search(text: "x") { id entity { ...E } } } fragment E on Entity { description }'))).toEqual([
      'name',
      'kind',
      'description',
    ]);
    expect(searchHitProps(infoOf('{ search(text: "x") { id entity { someNewField } } }'))).toEqual(entityProps);
  });

  it('reads everything when a field is not in its mapping, so a new field is never answered from a default', () => {
    expect(entityPropsFor(['name', 'someNewField'])).toEqual(entityProps);
    expect(relationPropsFor(['someNewField'])).toEqual(relationProps);
  });

  it('knows every field of the node and relation types in the printed schema', () => {
    const schema = buildSchema(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));
    for (const [names, props, check] of [
      [['Technology', 'Vendor', 'Category'], entityProps, entityPropsFor],
      [['Relation'], relationProps, relationPropsFor],
    ] as const) {
      for (const name of names) {
        const type = schema.getType(name);
        if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
        for (const field of Object.keys(type.getFields()))
          expect(check([field]).length, `${name}.${field} is missing from schema/projection.ts`).toBeLessThan(props.length);
      }
    }
  });
});
