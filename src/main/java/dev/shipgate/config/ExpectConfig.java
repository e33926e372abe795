package dev.shipgate.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/** `database.expect:` what the schema must contain. */
public record ExpectConfig(
    List<String> tables,
    @JsonDeserialize(using = ExpectationDeserializers.Columns.class)
        List<ColumnExpectation> columns,
    @JsonDeserialize(using = ExpectationDeserializers.Indexes.class) List<IndexExpectation> indexes,
    Map<String, Long> minRows)
    implements ConfigSection {
  public ExpectConfig {
    tables = Immutables.list(tables);
    columns = Immutables.list(columns);
    indexes = Immutables.list(indexes);
    minRows = Immutables.map(minRows);
  }

  static ExpectConfig defaults() {
    return new ExpectConfig(null, null, null, null);
  }

  public boolean isEmpty() {
    return tables.isEmpty() && columns.isEmpty() && indexes.isEmpty() && minRows.isEmpty();
  }

  @Override
  public void validate(ConfigCheck check) {
    minRows.forEach((table, n) -> check.at("minRows", table).atLeast(n, 0, " rows"));
  }
}
