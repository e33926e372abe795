/**
 * External API verifiers (P3): one read-only request per `externals:` entry that proves a key or
 * token works (Stripe account, OpenAI model list, Cloudflare token status, or any HTTP request).
 * Must never create, charge or write anything; keys travel only in the Authorization header and
 * never appear in results.
 */
package dev.shipgate.probe.external;
