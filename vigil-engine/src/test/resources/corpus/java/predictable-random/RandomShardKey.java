// vigil-expect: safe cwe=330
// case: a random shard key only spreads writes over partitions
package corpus.random;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

public class RandomShardKey {
  private static final int SHARDS = 16;

  public interface EventStore {
    void append(int shard, List<String> events);
  }

  private final EventStore store;

  public RandomShardKey(EventStore store) {
    this.store = store;
  }

  public void write(List<String> events) {
    int shardKey = ThreadLocalRandom.current().nextInt(SHARDS);
    store.append(shardKey, events);
  }
}
