package dev.techgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;

/**
 * The rows the path ranking reads, as the details statement in server/src/db/queries/paths.ts reads
 * them (a test compares the two), with each node and relation sent once: each node's chosen properties and label,
 * the degree over the middle types of each intermediate node, and every walked relation of each step
 * with its stored direction. A few dozen paths at most, so the core API is fast enough here.
 */
final class Details {
  private final Transaction tx;
  private final Store store;
  /** Null: every type counts towards a degree (no middle type was given). */
  private final int[] middle;
  private final List<String> nodeProps;
  private final List<String> labels;
  private final List<String> relationProps;
  private final String[] nodeKeys;
  private final String[] relationKeys;
  /**
   * Paths share nodes (both ends, at least) and relations: each is read and sent once, and a row
   * names them by their position in these lists.
   */
  final List<Map<String, Object>> nodes = new ArrayList<>();
  final List<Map<String, Object>> relations = new ArrayList<>();
  private final LongIntHashMap nodeAt = new LongIntHashMap();
  private final LongIntHashMap relationAt = new LongIntHashMap();
  private final LongLongHashMap degreeOf = new LongLongHashMap();

  Details(Transaction tx, Store store, List<String> middle, List<String> nodeProps, List<String> labels, List<String> relationProps) {
    this.tx = tx;
    this.store = store;
    this.middle = middle.isEmpty() ? null : store.typeIds(middle);
    this.nodeProps = nodeProps;
    this.labels = labels;
    this.relationProps = relationProps;
    this.nodeKeys = nodeProps.toArray(String[]::new);
    this.relationKeys = relationProps.toArray(String[]::new);
  }

  /** One path: `nodes` and each step's relations as positions in `this.nodes` and `this.relations`. */
  Map<String, Object> row(List<Long> path) {
    List<Object> nodeIndexes = new ArrayList<>();
    for (long node : path) nodeIndexes.add((long) nodeAt.getIfAbsentPut(node, () -> add(nodes, node(node))));
    List<Object> degrees = new ArrayList<>();
    for (int i = 1; i < path.size() - 1; i++) degrees.add(degrees(path.get(i)));
    List<Object> steps = new ArrayList<>();
    for (int i = 0; i < path.size() - 1; i++) {
      long next = path.get(i + 1);
      Store.Edges edges = store.edges(path.get(i));
      List<Object> step = new ArrayList<>();
      for (int e = 0; e < edges.other().length; e++) {
        long relation = edges.relation()[e];
        if (edges.other()[e] == next) step.add((long) relationAt.getIfAbsentPut(relation, () -> add(relations, relation(relation))));
      }
      if (!step.isEmpty()) steps.add(List.of((long) i, step));
    }
    Map<String, Object> row = new HashMap<>();
    row.put("nodes", nodeIndexes);
    row.put("degrees", degrees);
    row.put("steps", steps);
    return row;
  }

  private static int add(List<Map<String, Object>> list, Map<String, Object> map) {
    list.add(map);
    return list.size() - 1;
  }

  private long degrees(long node) {
    return degreeOf.getIfAbsentPut(node, () -> middle == null ? store.degree(node) : store.degree(node, middle));
  }

  @SuppressWarnings("removal")
  private Map<String, Object> node(long reference) {
    Node node = tx.getNodeById(reference);
    // One pass over the node's properties; a missing one reads as null, as in a Cypher map projection.
    Map<String, Object> stored = node.getProperties(nodeKeys);
    Map<String, Object> map = new HashMap<>();
    map.put("id", store.id(reference));
    for (String p : nodeProps) map.put(p, stored.get(p));
    String label = null;
    for (Label l : node.getLabels()) {
      if (labels.contains(l.name())) {
        label = l.name();
        break;
      }
    }
    map.put("label", label);
    return map;
  }

  @SuppressWarnings("removal")
  private Map<String, Object> relation(long reference) {
    Relationship r = tx.getRelationshipById(reference);
    String from = store.id(r.getStartNode().getId());
    String to = store.id(r.getEndNode().getId());
    String type = r.getType().name();
    Map<String, Object> map = new HashMap<>();
    map.put("id", from + "|" + type + "|" + to);
    map.put("type", type);
    map.put("fromId", from);
    map.put("toId", to);
    Map<String, Object> stored = r.getProperties(relationKeys);
    for (String p : relationProps) map.put(p, stored.get(p));
    return map;
  }
}
