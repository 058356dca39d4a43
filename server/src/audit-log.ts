import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ExecutionResult, type FieldNode, type FragmentDefinitionNode, getOperationAST, Kind, type SelectionSetNode, valueFromASTUntyped } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.ts';

/**
 * Names a token without revealing it: the first 16 hex digits of its SHA-256. Enough to tell two
 * tokens apart in the log (and to match an entry to the token an operator holds), useless to a reader
 * who wants the token itself, since API tokens are at least 16 random characters.
 */
export function tokenFingerprint(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

/** One mutation field run with a right token. */
export interface AuditEntry {
  /** ISO time the operation finished. */
  at: string;
  /** `tokenFingerprint` of the bearer token that wrote. */
  writer: string;
  /** The mutation field, e.g. `createTechnology`. */
  mutation: string;
  /** Its arguments as sent, variables resolved (defaults not filled in). */
  arguments: Record<string, unknown>;
  /** False when the field answered with an error (and so changed nothing). */
  ok: boolean;
  /** The error code when `ok` is false. */
  error?: string;
}

/**
 * An append-only JSON-lines file: one entry per line, appended in order, so it survives restarts and
 * crashes (a torn last line is skipped when read) and can be read with any tool.
 */
export class AuditLog {
  private pending: Promise<void> = Promise.resolve();

  constructor(readonly file: string) {}

  /** Appends entries after any still being written; a failure to write is reported, never thrown at the client whose change is already committed. */
  append(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return this.pending;
    const text = entries.map((e) => `${JSON.stringify(e)}\n`).join('');
    this.pending = this.pending
      .then(async () => {
        await mkdir(path.dirname(this.file), { recursive: true });
        await appendFile(this.file, text, { mode: 0o600 });
      })
      .catch((error: Error) => console.error(`The audit log ${this.file} could not be written (${error.message}); check the folder's permissions.`));
    return this.pending;
  }

  async read(): Promise<AuditEntry[]> {
    await this.pending;
    const text = await readFile(this.file, 'utf8').catch(() => '');
    const entries: AuditEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        entries.push(JSON.parse(line) as AuditEntry);
      } catch {
        // A line cut short by a crash mid-write; the lines around it are whole.
      }
    }
    return entries;
  }
}

/** The top-level fields of a selection, through inline fragments and fragment spreads. */
function topFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  return selectionSet.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return topFields(s.selectionSet, fragments);
    const fragment = fragments.get(s.name.value);
    return fragment ? topFields(fragment.selectionSet, fragments) : [];
  });
}

/** Records every mutation field run with the right token, after it ran and before its answer is sent, with whether it succeeded. */
export function useAuditLog(log: AuditLog): Plugin<Record<string, unknown>, Context> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as unknown as Context;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation' || !context.writer) return;
      const mutationType = args.schema.getMutationType();
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of args.document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      const writer = context.writer;
      return {
        onExecuteDone({ result }) {
          if (!('errors' in result || 'data' in result) || !mutationType) return;
          const errors = (result as ExecutionResult).errors ?? [];
          const at = new Date().toISOString();
          const entries = topFields(operation.selectionSet, fragments).flatMap((field): AuditEntry[] => {
            const definition = mutationType.getFields()[field.name.value];
            if (!definition) return [];
            const key = field.alias?.value ?? field.name.value;
            const error = errors.find((e) => e.path?.[0] === key);
            return [
              {
                at,
                writer,
                mutation: field.name.value,
                // Untyped on purpose: the typed helpers reject the schema's types when graphql is loaded twice (ESM and CommonJS).
                arguments: Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, args.variableValues ?? {})])),
                ok: error === undefined,
                ...(error && { error: String(error.extensions?.code ?? 'ERROR') }),
              },
            ];
          });
          // Written before the answer leaves, so an acknowledged write is always in the log.
          return log.append(entries);
        },
      };
    },
  };
}
