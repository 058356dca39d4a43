package dev.techgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
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
 *     more (within the same bounds), in the order of their id sequences, as id lists.
 * Types of `endOnly` are walked only on a step that touches an end which is not a Technology (the
 * derived PROVIDED_BY and IN_CATEGORY at a vendor or category end).
 */
public final class PathSearch {
  private static final Label ENTITY = Label.label("Entity");
  private static final Label TECHNOLOGY = Label.label("Technology");
  private static final int NONE = Integer.MAX_VALUE;

  @Context public Transaction tx;

  /** One record: see the class comment. */
  public static final class Found {
    public Long throughHubs;
    public Long shortest;
    public List<List<String>> shortestPaths;
    public List<List<String>> longerPaths;

    Found(Integer throughHubs, Integer shortest, List<List<String>> shortestPaths, List<List<String>> longerPaths) {
      this.throughHubs = throughHubs == null ? null : Long.valueOf(throughHubs);
      this.shortest = shortest == null ? null : Long.valueOf(shortest);
      this.shortestPaths = shortestPaths;
      this.longerPaths = longerPaths;
    }
  }

  @Procedure(name = "techgraph.pathSearch", mode = Mode.READ)
  @Description("Candidate paths between two techgraph entities: the shortest through hubs, then the shortest and one-step-longer paths avoiding excluded nodes and hubs, as id lists.")
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
      @Name("count") long count) {
    if (maxHops < 1 || maxHops > 6) throw new IllegalArgumentException("maxHops must be from 1 to 6");
    if (count < 1 || count > 100) throw new IllegalArgumentException("count must be from 1 to 100");
    Node a = tx.findNode(ENTITY, "id", from);
    Node b = tx.findNode(ENTITY, "id", to);
    if (a == null || b == null || a.equals(b)) return Stream.of(new Found(null, null, List.of(), List.of()));

    // Through hubs, every walked type counts anywhere, as in Cypher's shortestPath over them all.
    List<String> all = new ArrayList<>(middle);
    all.addAll(endOnly);
    Walk any = new Walk(a, b, all, List.of(), null);
    Integer throughHubs = new Balls(any).shortest((int) maxHops);
    if (throughHubs == null) return Stream.of(new Found(null, null, List.of(), List.of()));

    int cap = (int) Math.min(maxHops, throughHubs + 2L);
    Walk walk = new Walk(a, b, middle, endOnly, new Passable(Set.copyOf(exclude), avoidHubs, Set.copyOf(hubKinds), hubDegree, middle));
    Balls balls = new Balls(walk);
    Integer shortest = balls.shortest(cap);
    if (shortest == null) return Stream.of(new Found(throughHubs, null, List.of(), List.of()));
    int limit = (int) count;
    List<List<String>> shortestPaths = balls.paths(shortest, limit);
    List<List<String>> longerPaths = shortest + 1 <= cap ? balls.paths(shortest + 1, limit) : List.of();
    return Stream.of(new Found(throughHubs, shortest, shortestPaths, longerPaths));
  }

  /** Which nodes a path may pass through: every end, and any other node neither excluded nor (when asked) a hub. */
  static final class Passable {
    private final Set<String> exclude;
    private final boolean avoidHubs;
    private final Set<String> hubKinds;
    private final long hubDegree;
    private final RelationshipType[] middle;

    Passable(Set<String> exclude, boolean avoidHubs, Set<String> hubKinds, long hubDegree, List<String> middle) {
      this.exclude = exclude;
      this.avoidHubs = avoidHubs;
      this.hubKinds = hubKinds;
      this.hubDegree = hubDegree;
      this.middle = middle.stream().map(RelationshipType::withName).toArray(RelationshipType[]::new);
    }

    boolean test(Node node, String id) {
      if (exclude.contains(id)) return false;
      if (!avoidHubs) return true;
      Object kind = node.getProperty("kind", "");
      if (hubKinds.contains(String.valueOf(kind))) return false;
      // The total degree first: Neo4j keeps it with the node, while a count by type walks its relations.
      if (node.getDegree() < hubDegree) return true;
      if (middle.length == 0) return false;
      long byType = 0;
      for (RelationshipType type : middle) byType += node.getDegree(type, Direction.BOTH);
      return byType < hubDegree;
    }
  }

  /** The relations a path may use between two nodes, and the nodes it may pass through. */
  static final class Walk {
    final Node from;
    final Node to;
    private final Set<String> middle;
    private final Set<String> endOnly;
    private final RelationshipType[] types;
    private final Passable passable;
    private final boolean fromDerived;
    private final boolean toDerived;
    private final Map<Long, Boolean> passes = new HashMap<>();
    private final Map<Long, String> ids = new HashMap<>();

    Walk(Node from, Node to, List<String> middle, List<String> endOnly, Passable passable) {
      this.from = from;
      this.to = to;
      this.middle = Set.copyOf(middle);
      this.endOnly = Set.copyOf(endOnly);
      Set<String> all = new HashSet<>(middle);
      all.addAll(endOnly);
      this.types = all.stream().map(RelationshipType::withName).toArray(RelationshipType[]::new);
      this.passable = passable;
      this.fromDerived = !from.hasLabel(TECHNOLOGY);
      this.toDerived = !to.hasLabel(TECHNOLOGY);
    }

    @SuppressWarnings("deprecation")
    static long key(Node node) {
      return node.getId();
    }

    boolean isEnd(Node node) {
      return node.equals(from) || node.equals(to);
    }

    String id(Node node) {
      return ids.computeIfAbsent(key(node), k -> (String) node.getProperty("id"));
    }

    /** The distinct neighbours of `node` a path may step to, each once. */
    List<Node> neighbours(Node node) {
      List<Node> found = new ArrayList<>();
      Set<Long> seen = new HashSet<>();
      if (types.length == 0) return found;
      boolean derivedHere = (fromDerived && node.equals(from)) || (toDerived && node.equals(to));
      for (Relationship r : node.getRelationships(Direction.BOTH, types)) {
        Node other = r.getOtherNode(node);
        if (other.equals(node) || seen.contains(key(other))) continue;
        String type = r.getType().name();
        boolean derivedThere = (fromDerived && other.equals(from)) || (toDerived && other.equals(to));
        if (!middle.contains(type) && !(endOnly.contains(type) && (derivedHere || derivedThere))) continue;
        if (!passes(other)) continue;
        seen.add(key(other));
        found.add(other);
      }
      return found;
    }

    private boolean passes(Node node) {
      if (passable == null || isEnd(node)) return true;
      return passes.computeIfAbsent(key(node), k -> node.hasLabel(ENTITY) && passable.test(node, id(node)));
    }
  }

  /** One growing ball: the distance of each node it holds from its centre, and its outer layer. */
  static final class Side {
    final Map<Long, Integer> distance = new HashMap<>();
    List<Node> frontier = new ArrayList<>();
    long cost;
    int radius;

    Side(Node centre) {
      distance.put(Walk.key(centre), 0);
      frontier.add(centre);
    }
  }

  /**
   * A ball around each end, grown a layer at a time on the side whose outer layer has the smaller
   * total degree, until they meet; then a depth-first walk in id order lists paths of a given length,
   * cut as soon as the steps left cannot reach the far end (its ball gives the distance, exactly
   * inside it and at least its radius plus one outside).
   */
  static final class Balls {
    private final Walk walk;
    private final Side near;
    private final Side far;

    Balls(Walk walk) {
      this.walk = walk;
      this.near = new Side(walk.from);
      this.far = new Side(walk.to);
    }

    /** The length of the shortest path within `cap` steps, or null. */
    Integer shortest(int cap) {
      int best = NONE;
      while (best == NONE) {
        if (near.radius + far.radius >= cap || near.frontier.isEmpty() || far.frontier.isEmpty()) return null;
        Side side = far.cost < near.cost ? far : near;
        best = grow(side, side == near ? far : near);
      }
      return best <= cap ? best : null;
    }

    /** Grows `side` by one layer; the length of the shortest path through a meeting with `other` it found, or NONE. */
    private int grow(Side side, Side other) {
      int best = NONE;
      List<Node> next = new ArrayList<>();
      long cost = 0;
      int radius = side.radius + 1;
      for (Node node : side.frontier) {
        int here = side.distance.get(Walk.key(node));
        for (Node neighbour : walk.neighbours(node)) {
          long key = Walk.key(neighbour);
          Integer there = other.distance.get(key);
          if (there != null) best = Math.min(best, here + 1 + there);
          if (side.distance.containsKey(key)) continue;
          side.distance.put(key, radius);
          // An end is never walked through, so it is never grown.
          if (!walk.isEnd(neighbour)) {
            next.add(neighbour);
            cost += neighbour.getDegree();
          }
        }
      }
      side.frontier = next;
      side.cost = cost;
      side.radius = radius;
      return best;
    }

    /** Up to `limit` simple paths of exactly `length` steps, in the order of their id sequences. */
    List<List<String>> paths(int length, int limit) {
      List<List<String>> found = new ArrayList<>();
      List<Node> path = new ArrayList<>();
      Set<Long> onPath = new HashSet<>();
      path.add(walk.from);
      onPath.add(Walk.key(walk.from));
      dive(path, onPath, length, limit, found);
      return found;
    }

    private int distanceToEnd(Node node) {
      Integer known = far.distance.get(Walk.key(node));
      return known != null ? known : far.radius + 1;
    }

    private void dive(List<Node> path, Set<Long> onPath, int length, int limit, List<List<String>> found) {
      Node here = path.get(path.size() - 1);
      int steps = path.size() - 1;
      if (here.equals(walk.to)) {
        if (steps == length) found.add(path.stream().map(walk::id).toList());
        return;
      }
      List<Node> next = new ArrayList<>();
      for (Node neighbour : walk.neighbours(here)) {
        if (!onPath.contains(Walk.key(neighbour)) && steps + 1 + distanceToEnd(neighbour) <= length) next.add(neighbour);
      }
      next.sort((x, y) -> walk.id(x).compareTo(walk.id(y)));
      for (Node neighbour : next) {
        if (found.size() >= limit) return;
        path.add(neighbour);
        onPath.add(Walk.key(neighbour));
        dive(path, onPath, length, limit, found);
        path.remove(path.size() - 1);
        onPath.remove(Walk.key(neighbour));
      }
    }
  }
}
