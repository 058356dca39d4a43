package dev.techgraph;

import java.util.Arrays;
import java.util.Collection;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.token.api.TokenConstants;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.values.storable.Value;

/**
 * What one call of the path search reads from the database, through the kernel's cursors (one of
 * each kind, reused: the core API allocates an object per relationship and per node read, which was
 * most of a search's time on the 100k-node graph), and each piece once: a node's relations of the
 * walked types, its id, its kind, its degrees. The walk through hubs, the hub-free balls and the
 * listing of paths read the same neighbourhoods, so they share these reads.
 */
final class Store implements AutoCloseable {
  /** A node's relations of the walked types: the other node, the type token and the relation, index for index. */
  record Edges(long[] other, int[] type, long[] relation) {}

  private static final Edges NONE = new Edges(new long[0], new int[0], new long[0]);

  private final Read read;
  private final TokenRead tokens;
  private final NodeCursor nodes;
  private final RelationshipTraversalCursor relations;
  private final PropertyCursor properties;
  /** Null when no walked type exists in this database. */
  private final RelationshipSelection walked;
  private final int idKey;
  private final int kindKey;
  private final LongObjectHashMap<Edges> edges = new LongObjectHashMap<>();
  private final LongObjectHashMap<String> ids = new LongObjectHashMap<>();

  Store(Transaction tx, Collection<String> types) {
    KernelTransaction ktx = ((InternalTransaction) tx).kernelTransaction();
    this.read = ktx.dataRead();
    this.tokens = ktx.tokenRead();
    this.nodes = ktx.cursors().allocateNodeCursor(ktx.cursorContext(), ktx.memoryTracker());
    this.relations = ktx.cursors().allocateRelationshipTraversalCursor(ktx.cursorContext(), ktx.memoryTracker());
    this.properties = ktx.cursors().allocatePropertyCursor(ktx.cursorContext(), ktx.memoryTracker());
    int[] typeIds = typeIds(types);
    this.walked = typeIds.length == 0 ? null : RelationshipSelection.selection(typeIds, Direction.BOTH);
    this.idKey = tokens.propertyKey("id");
    this.kindKey = tokens.propertyKey("kind");
  }

  /** The tokens of the types that exist in this database; a type never stored has no token and no relation. */
  int[] typeIds(Collection<String> types) {
    return types.stream().mapToInt(tokens::relationshipType).filter(t -> t != TokenConstants.NO_TOKEN).distinct().toArray();
  }

  int label(String name) {
    return tokens.nodeLabel(name);
  }

  /** The node the node cursor stands on, and whether it exists: a hub test reads label, kind and degrees of one node in a row. */
  private long current = -1;
  private boolean present;

  /** Puts the node cursor on `node` (reading its record only when it stands elsewhere); false when the node is gone. */
  private boolean at(long node) {
    if (node != current) {
      read.singleNode(node, nodes);
      present = nodes.next();
      current = node;
    }
    return present;
  }

  /** Every relation of a walked type at `node`, in either direction, in the order the store keeps them. */
  Edges edges(long node) {
    return edges.getIfAbsentPut(node, () -> {
      if (walked == null || !at(node)) return NONE;
      int size = 0;
      long[] other = new long[16];
      int[] type = new int[16];
      long[] relation = new long[16];
      nodes.relationships(relations, walked);
      while (relations.next()) {
        if (size == other.length) {
          other = Arrays.copyOf(other, size * 2);
          type = Arrays.copyOf(type, size * 2);
          relation = Arrays.copyOf(relation, size * 2);
        }
        other[size] = relations.otherNodeReference();
        type[size] = relations.type();
        relation[size] = relations.relationshipReference();
        size++;
      }
      return new Edges(Arrays.copyOf(other, size), Arrays.copyOf(type, size), Arrays.copyOf(relation, size));
    });
  }

  private Object property(long node, int key) {
    if (key == TokenConstants.NO_TOKEN || !at(node)) return null;
    nodes.properties(properties, PropertySelection.selection(key));
    if (!properties.next()) return null;
    Value value = properties.propertyValue();
    return value.asObjectCopy();
  }

  String id(long node) {
    return ids.getIfAbsentPut(node, () -> (String) property(node, idKey));
  }

  /** The node's `kind`, "" when it has none. */
  String kind(long node) {
    Object kind = property(node, kindKey);
    return kind == null ? "" : String.valueOf(kind);
  }

  boolean hasLabel(long node, int label) {
    return label != TokenConstants.NO_TOKEN && at(node) && nodes.hasLabel(label);
  }

  /** Relations of any type, both directions: Neo4j keeps this count with the node. */
  long degree(long node) {
    return at(node) ? nodes.degree(RelationshipSelection.ALL_RELATIONSHIPS) : 0;
  }

  /** Relations of the types given as tokens, both directions; 0 for none. */
  long degree(long node, int[] types) {
    if (types.length == 0 || !at(node)) return 0;
    return nodes.degree(RelationshipSelection.selection(types, Direction.BOTH));
  }

  @Override
  public void close() {
    nodes.close();
    relations.close();
    properties.close();
  }
}
