package dev.techgraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * The candidate paths between two nodes for techgraph's path ranking, found inside the database in
 * one call instead of a statement per layer of a bidirectional search. It answers exactly what
 * server/src/domain/meet-in-the-middle.ts answers from Cypher statements (a test compares the two on
 * the same graphs), so a Neo4j without this plugin (NEO4J_URI) gives the same paths:
 *   - `throughHubs`: the length of a shortest path over every walked type, through any node, or null
 *     when none is within maxHops;
 *   - `shortest`: the length of the shortest path whose intermediate nodes are neither excluded nor,
 *     with avoidHubs, hubs, and at most `throughHubs + 2` (longer is a detour); null when none;
 *   - `shortestPaths` and `longerPaths`: the first `count` simple paths of that length and of one step
 *     more (within the same bounds; the longer ones only when `longer` asks for them), in the order of
 *     their id sequences, as id lists;
 *   - `shortestRows` and `longerRows`: what the ranking reads of each of those paths, in the same
 *     order, naming `nodes` and `relations` by position (see Details), so no second statement is
 *     needed.
 * Types of `endOnly` are walked only on a step that touches an end which is not a Technology (the
 * derived PROVIDED_BY and IN_CATEGORY at a vendor or category end).
 */
public final class PathSearch {
  private static final Label ENTITY = Label.label("Entity");
  private static final Label TECHNOLOGY = Label.label("Technology");

  @Context public Transaction tx;

  /** One record: see the class comment. */
  public static final class Found {
    public Long throughHubs;
    public Long shortest;
    public List<List<String>> shortestPaths = List.of();
    public List<List<String>> longerPaths = List.of();
    public List<Map<String, Object>> shortestRows = List.of();
    public List<Map<String, Object>> longerRows = List.of();
    /** The nodes and relations the rows name by position. */
    public List<Map<String, Object>> nodes = List.of();
    public List<Map<String, Object>> relations = List.of();

    Found(Integer throughHubs, Integer shortest) {
      this.throughHubs = throughHubs == null ? null : Long.valueOf(throughHubs);
      this.shortest = shortest == null ? null : Long.valueOf(shortest);
    }
  }

  @Procedure(name = "techgraph.pathSearch", mode = Mode.READ)
  @Description("Candidate paths between two techgraph entities: the shortest through hubs, then the shortest and one-step-longer paths avoiding excluded nodes and hubs, as id lists with what the ranking reads of them.")
  public Stream<Found> pathSearch(
      @Name("from") String from,
      @Name("to") String to,
      @Name("maxHops") long maxHops,
      @Name("middle") List<String> middle,
      @Name("endOnly") List<String> endOnly,
      @Name("exclude") List<String> exclude,
      @Name("avoidHubs") boolean avoidHubs,
      @Name("hubKinds") List<String> hubKinds,
      @Name("hubDegree") long hubDegree,
      @Name("count") long count,
      @Name("longer") boolean longer,
      @Name("nodeProps") List<String> nodeProps,
      @Name("labels") List<String> labels,
      @Name("relationProps") List<String> relationProps) {
    if (maxHops < 1 || maxHops > 6) throw new IllegalArgumentException("maxHops must be from 1 to 6");
    if (count < 1 || count > 100) throw new IllegalArgumentException("count must be from 1 to 100");
    Node a = tx.findNode(ENTITY, "id", from);
    Node b = tx.findNode(ENTITY, "id", to);
    if (a == null || b == null || a.equals(b)) return Stream.of(new Found(null, null));

    List<String> all = new ArrayList<>(middle);
    all.addAll(endOnly);
    try (Store store = new Store(tx, all)) {
      Ends ends = new Ends(a, b);
      // Through hubs, every walked type counts anywhere, as in Cypher's shortestPath over them all.
      Walk any = new Walk(store, ends, all, List.of(), null);
      Integer throughHubs = new Balls(any, false).shortest((int) maxHops);
      if (throughHubs == null) return Stream.of(new Found(null, null));

      int cap = (int) Math.min(maxHops, throughHubs + 2L);
      Passable passable = new Passable(store, Set.copyOf(exclude), avoidHubs, Set.copyOf(hubKinds), hubDegree, middle);
      Walk walk = new Walk(store, ends, middle, endOnly, passable);
      Balls balls = new Balls(walk, true);
      Integer shortest = balls.shortest(cap);
      Found found = new Found(throughHubs, shortest);
      if (shortest == null) return Stream.of(found);
      int limit = (int) count;
      Details details = new Details(tx, store, middle, nodeProps, labels, relationProps);
      List<List<Long>> shortestPaths = balls.paths(shortest, limit);
      List<List<Long>> longerPaths = longer && shortest + 1 <= cap ? balls.paths(shortest + 1, limit) : List.of();
      found.shortestPaths = shortestPaths.stream().map(walk::ids).toList();
      found.longerPaths = longerPaths.stream().map(walk::ids).toList();
      found.shortestRows = shortestPaths.stream().map(details::row).toList();
      found.longerRows = longerPaths.stream().map(details::row).toList();
      found.nodes = details.nodes;
      found.relations = details.relations;
      return Stream.of(found);
    }
  }

  /** The two ends of a search, by node reference, and whether each is a vendor or category (not a Technology). */
  record Ends(long from, long to, boolean fromDerived, boolean toDerived) {
    @SuppressWarnings("removal")
    Ends(Node a, Node b) {
      this(a.getId(), b.getId(), !a.hasLabel(TECHNOLOGY), !b.hasLabel(TECHNOLOGY));
    }

    boolean isEnd(long node) {
      return node == from || node == to;
    }

    boolean derived(long node) {
      return (fromDerived && node == from) || (toDerived && node == to);
    }
  }

  /** Which nodes a path may pass through: every end, and any other node neither excluded nor (when asked) a hub. */
  static final class Passable {
    private final Store store;
    private final int entity;
    private final Set<String> exclude;
    private final boolean avoidHubs;
    private final Set<String> hubKinds;
    private final long hubDegree;
    /** Null when no middle type was given. */
    private final int[] middle;

    Passable(Store store, Set<String> exclude, boolean avoidHubs, Set<String> hubKinds, long hubDegree, List<String> middle) {
      this.store = store;
      this.entity = store.label("Entity");
      this.exclude = exclude;
      this.avoidHubs = avoidHubs;
      this.hubKinds = hubKinds;
      this.hubDegree = hubDegree;
      this.middle = middle.isEmpty() ? null : store.typeIds(middle);
    }

    boolean test(long node) {
      if (!store.hasLabel(node, entity)) return false;
      if (!exclude.isEmpty() && exclude.contains(store.id(node))) return false;
      if (!avoidHubs) return true;
      if (hubKinds.contains(store.kind(node))) return false;
      // The total degree first: Neo4j keeps it with the node, while a count by type reads more.
      if (store.degree(node) < hubDegree) return true;
      if (middle == null) return false;
      return store.degree(node, middle) < hubDegree;
    }
  }

  /** The relations a path may use between two nodes, and the nodes it may pass through; each node's steps are worked out once. */
  static final class Walk {
    final Ends ends;
    private final Store store;
    private final BitSet middle = new BitSet();
    private final BitSet endOnly = new BitSet();
    private final Passable passable;
    private final LongHashSet passing = new LongHashSet();
    private final LongHashSet blocked = new LongHashSet();
    private final LongObjectHashMap<long[]> neighbours = new LongObjectHashMap<>();

    Walk(Store store, Ends ends, List<String> middle, List<String> endOnly, Passable passable) {
      this.store = store;
      this.ends = ends;
      for (int type : store.typeIds(middle)) this.middle.set(type);
      for (int type : store.typeIds(endOnly)) this.endOnly.set(type);
      this.passable = passable;
    }

    String id(long node) {
      return store.id(node);
    }

    List<String> ids(List<Long> path) {
      return path.stream().map(this::id).toList();
    }

    /** Whether the relation at index `e` of `node`'s edges may be a step of a path here. */
    private boolean walkable(long node, Store.Edges edges, int e) {
      long other = edges.other()[e];
      if (other == node) return false;
      int type = edges.type()[e];
      return middle.get(type) || (endOnly.get(type) && (ends.derived(node) || ends.derived(other)));
    }

    /**
     * The distinct neighbours of `node` over relations a path may use there, each once, in the order
     * the store keeps them; whether a path may pass through each is left to `passes`, asked only of
     * the few that matter (the hub end of a search has thousands of neighbours).
     */
    long[] neighbours(long node) {
      return neighbours.getIfAbsentPut(node, () -> {
        Store.Edges edges = store.edges(node);
        LongHashSet seen = new LongHashSet();
        long[] found = new long[edges.other().length];
        int size = 0;
        for (int e = 0; e < edges.other().length; e++) {
          if (walkable(node, edges, e) && seen.add(edges.other()[e])) found[size++] = edges.other()[e];
        }
        return Arrays.copyOf(found, size);
      });
    }

    /**
     * The neighbours of `node` a path may step to that `wanted` keeps (tested first: it is cheaper
     * than the hub test), each once, in the order of their ids.
     */
    List<Long> neighboursInIdOrder(long node, LongPredicate wanted) {
      List<Long> found = new ArrayList<>();
      for (long other : neighbours(node)) if (wanted.test(other) && passes(other)) found.add(other);
      found.sort((x, y) -> id(x).compareTo(id(y)));
      return found;
    }

    /** Whether a path may pass through `node`: an end, or a node neither excluded nor (when asked) a hub. */
    boolean passes(long node) {
      if (passable == null || ends.isEnd(node)) return true;
      if (passing.contains(node)) return true;
      if (blocked.contains(node)) return false;
      boolean passes = passable.test(node);
      (passes ? passing : blocked).add(node);
      return passes;
    }
  }
}
