package dev.shipgate.config;

/** The kinds of external API an `externals:` entry can verify. */
public enum ExternalType {
  STRIPE,
  OPENAI,
  CLOUDFLARE,
  HTTP
}
