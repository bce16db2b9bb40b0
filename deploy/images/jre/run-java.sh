#!/bin/bash
# The part of the UBI image's run-java.sh that planmon's images use: the heap as a share of the container's memory
# limit (JAVA_MAX_MEM_RATIO, default 50; JAVA_INITIAL_MEM_RATIO), JAVA_OPTS and JAVA_OPTS_APPEND, then
# `java -jar $JAVA_APP_JAR`. The JIT is left alone (full tiered compilation), as in the UBI script.
set -euo pipefail
options=(-XX:MaxRAMPercentage="${JAVA_MAX_MEM_RATIO:-50}" -XX:+ExitOnOutOfMemoryError)
if [[ -n "${JAVA_INITIAL_MEM_RATIO:-}" ]]; then
    options+=(-XX:InitialRAMPercentage="$JAVA_INITIAL_MEM_RATIO")
fi
# Word splitting of the two option strings is intended, as in the original.
# shellcheck disable=SC2206
options+=(${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-})
exec java "${options[@]}" -jar "${JAVA_APP_JAR:?set JAVA_APP_JAR}" "$@"
