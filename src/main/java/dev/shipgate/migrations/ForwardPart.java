package dev.shipgate.migrations;

import java.util.regex.Pattern;

/**
 * Which part of a migration file a forward apply runs, for content rules that stream the file: all
 * of it, none of it (goose's Go migrations hold no SQL), or the lines between an up marker and the
 * next down marker (dbmate, goose). A sectioned file without any up marker counts whole: the tool
 * will refuse it, and content rules still see what it holds.
 */
public record ForwardPart(boolean any, Pattern upMarker, Pattern downMarker) {
  public static final ForwardPart WHOLE = new ForwardPart(true, null, null);
  public static final ForwardPart NONE = new ForwardPart(false, null, null);

  public static ForwardPart sections(Pattern upMarker, Pattern downMarker) {
    return new ForwardPart(true, upMarker, downMarker);
  }

  public boolean sectioned() {
    return upMarker != null;
  }
}
