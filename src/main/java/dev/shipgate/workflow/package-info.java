/**
 * The workflow layer: the verbs that compose features, and the only place where features meet.
 * {@code status} (history + schema expectations), {@code migrate} as configured (builtin, or the
 * team's migrator and then its history), and in sub-packages {@code sentry} and {@code verify}.
 * Features never import each other; they are composed here.
 */
package dev.shipgate.workflow;
