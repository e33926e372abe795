package dev.shipgate.migrations.scan;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.migrations.Layout;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every layout shipgate knows, by id: one {@link Layout} implementation each. */
public final class Layouts {
  private static final Map<MigrationLayout, BaseLayout> BY_ID =
      new EnumMap<>(MigrationLayout.class);

  static {
    for (BaseLayout l :
        List.of(
            new NumberedLayout(),
            new FlywayLayout(),
            new UpDownLayout(),
            new PrismaLayout(),
            new AlembicLayout(),
            new DjangoLayout(),
            new RailsLayout(),
            new DbmateLayout(),
            new GooseLayout(),
            new DieselLayout())) {
      BY_ID.put(l.id(), l);
    }
  }

  private Layouts() {}

  /** The layout for an id; {@code AUTO} has none of its own and gives the numbered layout. */
  public static Layout of(MigrationLayout id) {
    return impl(id);
  }

  static BaseLayout impl(MigrationLayout id) {
    BaseLayout l = BY_ID.get(id);
    return l != null ? l : BY_ID.get(MigrationLayout.NUMBERED);
  }

  public static List<Layout> all() {
    return List.copyOf(BY_ID.values());
  }
}
