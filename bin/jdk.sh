# shellcheck shell=sh
# Finds a JDK >= 21 for shipgate's launcher, ./mvnw and .ci/run.
# Sourced, not executed. Defines shipgate_find_jdk, which prints the JDK home it picked
# (JAVA_HOME first, then the java on PATH, then the newest JDK in the standard directories)
# or prints one line to stderr and returns 1 when there is none.

SHIPGATE_MIN_JAVA=21

# Prints the feature version (21, 25, ...) of the JDK at $1, or nothing.
shipgate_java_major() {
  _sg_v=""
  if [ -r "$1/release" ]; then
    _sg_v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" 2>/dev/null)
  fi
  if [ -z "$_sg_v" ] && [ -x "$1/bin/java" ]; then
    _sg_v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case "$_sg_v" in 1.*) _sg_v=${_sg_v#1.} ;; esac
  _sg_v=${_sg_v%%[!0-9]*}
  printf '%s' "$_sg_v"
}

# True when $1 is a JDK home (java and javac) of version >= 21.
shipgate_is_jdk21() {
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  _sg_major=$(shipgate_java_major "$1")
  [ -n "$_sg_major" ] && [ "$_sg_major" -ge "$SHIPGATE_MIN_JAVA" ]
}

shipgate_find_jdk() {
  if shipgate_is_jdk21 "${JAVA_HOME:-}"; then printf '%s\n' "$JAVA_HOME"; return 0; fi
  _sg_java=$(command -v java 2>/dev/null || true)
  if [ -n "$_sg_java" ]; then
    _sg_real=$(readlink -f "$_sg_java" 2>/dev/null || printf '%s' "$_sg_java")
    _sg_home=${_sg_real%/bin/java}
    if shipgate_is_jdk21 "$_sg_home"; then printf '%s\n' "$_sg_home"; return 0; fi
  fi
  _sg_best="" _sg_best_v=0
  for _sg_home in /usr/lib/jvm/* /usr/java/* /usr/local/java/* /opt/java/* /opt/jdk* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home \
      "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/*; do
    [ -d "$_sg_home" ] || continue
    shipgate_is_jdk21 "$_sg_home" || continue
    _sg_v=$(shipgate_java_major "$_sg_home")
    if [ "$_sg_v" -gt "$_sg_best_v" ]; then _sg_best=$_sg_home _sg_best_v=$_sg_v; fi
  done
  if [ -n "$_sg_best" ]; then printf '%s\n' "$_sg_best"; return 0; fi
  echo "shipgate: no JDK $SHIPGATE_MIN_JAVA or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm, /usr/java, /opt/java, ~/.sdkman, ~/.jdks); install one (e.g. Temurin 21) or set JAVA_HOME to it" >&2
  return 1
}
