package dev.shipgate.recovery;

import dev.shipgate.store.Store;
import java.nio.file.Path;

/** Which restarter lock a store gets. */
final class RestarterLocks {
  private RestarterLocks() {}

  static RestarterLock forStore(Store store) {
    if (store.isPostgres()) {
      return new AdvisoryRestarterLock(store);
    }
    Path file = store.url().file();
    if (file == null) {
      return new ProcessRestarterLock();
    }
    return new FileRestarterLock(file.resolveSibling(file.getFileName() + ".recovery.lock"));
  }
}
