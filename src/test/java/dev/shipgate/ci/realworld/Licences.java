package dev.shipgate.ci.realworld;

import java.util.Locale;

/** Names the licence of a LICENSE file's text by its tell-tale sentences (SPDX ids). */
final class Licences {
  private Licences() {}

  static String identify(String text) {
    String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (t.contains("apache license") && t.contains("version 2.0")
        || t.matches(".*licen[cs]ed under (the )?apache 2\\.0.*")) {
      return "Apache-2.0";
    }
    if (t.contains("permission is hereby granted, free of charge")) {
      return "MIT";
    }
    if (t.contains("mozilla public license") && t.contains("2.0")) {
      return "MPL-2.0";
    }
    if (t.contains("gnu affero general public license")) {
      return "AGPL-3.0";
    }
    if (t.contains("the postgresql license")
        || t.contains(
            "permission to use, copy, modify, and distribute this software and its"
                + " documentation for any purpose, without fee, and without a written agreement")) {
      return "PostgreSQL";
    }
    if (t.contains("lgplv3") || t.contains("lgpl-3.0")) {
      return "LGPL-3.0";
    }
    if (t.contains("gnu lesser general public license")) {
      return t.contains("version 2.1") ? "LGPL-2.1" : "LGPL-3.0";
    }
    if (t.contains("gnu general public license")) {
      return t.contains("version 2") && !t.contains("version 3") ? "GPL-2.0" : "GPL-3.0";
    }
    if (t.contains("redistribution and use in source and binary forms")) {
      return t.contains("neither the name") || t.contains("names of its contributors")
          ? "BSD-3-Clause"
          : "BSD-2-Clause";
    }
    if (t.contains("permission to use, copy, modify, and/or distribute")) {
      return "ISC";
    }
    if (t.contains("the unlicense") || t.contains("this is free and unencumbered software")) {
      return "Unlicense";
    }
    if (t.contains("eclipse public license")) {
      return "EPL-2.0";
    }
    if (t.contains("elastic license")) {
      return "Elastic-2.0";
    }
    return "other (see the repository's LICENSE)";
  }
}
