#!/usr/bin/env bash
# Prints the home of a JDK >= 21 and exits 0, or says what is missing on stderr and exits 1.
# Looks at $JAVA_HOME first, then javac on PATH, then the usual install folders (newest wins).
set -u
MIN=${ROOKERY_MIN_JAVA:-21}

jdk_major() { # prints the feature version of the JDK at $1, or nothing if it is not a JDK
  local home=$1 v=""
  [ -x "$home/bin/javac" ] && [ -x "$home/bin/java" ] || return 0
  [ -f "$home/release" ] && v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  [ -z "$v" ] && v=$("$home/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
  echo "$v"
}

candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
if command -v javac >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
fi
for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
         "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  [ -d "$d" ] && candidates+=("$d")
done

# $JAVA_HOME wins when it is good enough; otherwise the newest JDK found.
if [ -n "${JAVA_HOME:-}" ]; then
  v=$(jdk_major "$JAVA_HOME")
  if [ -n "$v" ] && [ "$v" -ge "$MIN" ]; then echo "$JAVA_HOME"; exit 0; fi
fi
best="" best_v=0 report=""
for c in "${candidates[@]}"; do
  v=$(jdk_major "$c")
  if [ -n "$v" ]; then report+="  $c: Java $v"$'\n'; else report+="  $c: not a JDK"$'\n'; fi
  if [ -n "$v" ] && [ "$v" -ge "$MIN" ] && [ "$v" -gt "$best_v" ]; then best=$c best_v=$v; fi
done
if [ -n "$best" ]; then echo "$best"; exit 0; fi

{
  echo "rookery: no JDK $MIN or newer found (the build targets Java 21)."
  [ -n "$report" ] && printf 'Looked at:\n%s' "$report"
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+ build) or set JAVA_HOME to it."
} >&2
exit 1
