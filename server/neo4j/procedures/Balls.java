package dev.techgraph;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * A ball around each end, grown a layer at a time on the side whose outer layer has fewer nodes,
 * until they meet (counting nodes rather than their relations saves a read per node, which cost
 * more than the few extra relations it walks); then a depth-first walk in id order lists paths of a given length,
 * cut as soon as the steps left cannot reach the far end (its ball gives the distance, exactly
 * inside it and at least its radius plus one outside).
 *
 * A ball takes in every neighbour and tests a node (excluded? a hub?) only once a path would pass
 * through it: when it is grown, where the balls meet, or when the listing steps on it. An untested
 * node in a ball is never stepped on, so the distances of the nodes a path may use stay exact.
 */
final class Balls {
  private static final int NONE = Integer.MAX_VALUE;

  /** One growing ball: the distance of each node it holds from its centre, and its outer layer. */
  private static final class Side {
    final LongIntHashMap distance = new LongIntHashMap();
    LongArrayList frontier = new LongArrayList();
    int radius;

    Side(long centre) {
      distance.put(centre, 0);
      frontier.add(centre);
    }
  }

  private final PathSearch.Walk walk;
  private final Side near;
  private final Side far;
  /** Whether paths are listed afterwards, which needs the far ball's layers whole. */
  private final boolean listing;

  Balls(PathSearch.Walk walk, boolean listing) {
    this.walk = walk;
    this.listing = listing;
    this.near = new Side(walk.ends.from());
    this.far = new Side(walk.ends.to());
  }

  /** The length of the shortest path within `cap` steps, or null. */
  Integer shortest(int cap) {
    int best = NONE;
    while (best == NONE) {
      if (near.radius + far.radius >= cap || near.frontier.isEmpty() || far.frontier.isEmpty()) return null;
      Side side = far.frontier.size() < near.frontier.size() ? far : near;
      best = grow(side, side == near ? far : near);
    }
    return best <= cap ? best : null;
  }

  /**
   * Grows `side` by one layer; the length of the shortest path through a meeting with `other`, or
   * NONE. The balls have not met before, so every node of this frontier lies beyond the other ball
   * and a meeting can only be on its outer layer: every meeting in this layer gives the same length.
   * The near ball therefore stops at the first one (its last layer is often the biggest); so does
   * the far ball, unless paths are listed, whose steps its distances bound.
   */
  private int grow(Side side, Side other) {
    int best = NONE;
    LongArrayList next = new LongArrayList();
    int radius = side.radius + 1;
    side.radius = radius;
    for (int i = 0; i < side.frontier.size(); i++) {
      long node = side.frontier.get(i);
      if (!walk.passes(node)) continue;
      int here = side.distance.get(node);
      for (long neighbour : walk.neighbours(node)) {
        int there = other.distance.getIfAbsent(neighbour, -1);
        if (there >= 0 && walk.passes(neighbour)) {
          if (side == near || !listing) {
            side.frontier = next;
            return here + 1 + there;
          }
          best = here + 1 + there;
        }
        if (side.distance.containsKey(neighbour)) continue;
        side.distance.put(neighbour, radius);
        // An end is never walked through, so it is never grown.
        if (!walk.ends.isEnd(neighbour)) next.add(neighbour);
      }
    }
    side.frontier = next;
    return best;
  }

  /** Up to `limit` simple paths of exactly `length` steps, in the order of their id sequences. */
  List<List<Long>> paths(int length, int limit) {
    List<List<Long>> found = new ArrayList<>();
    List<Long> path = new ArrayList<>();
    LongHashSet onPath = new LongHashSet();
    path.add(walk.ends.from());
    onPath.add(walk.ends.from());
    dive(path, onPath, length, limit, found);
    return found;
  }

  private int distanceToEnd(long node) {
    int known = far.distance.getIfAbsent(node, -1);
    return known >= 0 ? known : far.radius + 1;
  }

  private void dive(List<Long> path, LongHashSet onPath, int length, int limit, List<List<Long>> found) {
    long here = path.get(path.size() - 1);
    int steps = path.size() - 1;
    if (here == walk.ends.to()) {
      if (steps == length) found.add(List.copyOf(path));
      return;
    }
    // Only neighbours off the path from which the far end is still within reach.
    List<Long> next = walk.neighboursInIdOrder(here, node -> !onPath.contains(node) && steps + 1 + distanceToEnd(node) <= length);
    for (long neighbour : next) {
      if (found.size() >= limit) return;
      path.add(neighbour);
      onPath.add(neighbour);
      dive(path, onPath, length, limit, found);
      path.remove(path.size() - 1);
      onPath.remove(neighbour);
    }
  }
}
