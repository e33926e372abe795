package dev.shipgate.workflow.doctor;

/**
 * Ids a person can recognise without the secret: a long value keeps its first four and last four
 * characters ({@code sk_l…7890}); anything of 16 characters or fewer is fully masked.
 */
public final class Masks {
  private static final int SHOWN = 4;
  private static final int MIN_LENGTH = 17;

  private Masks() {}

  public static String id(String secret) {
    if (secret == null || secret.isEmpty()) {
      return null;
    }
    if (secret.length() < MIN_LENGTH) {
      return "****";
    }
    return secret.substring(0, SHOWN) + "…" + secret.substring(secret.length() - SHOWN);
  }
}
