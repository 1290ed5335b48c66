# Sourced by ./pulse, ./run-tests and .ci/run: selects a JDK >= 21 into JAVA_HOME.
# Order: an existing JAVA_HOME that is >= 21, then Temurin 25, then any JDK >= 21 under /usr/lib/jvm.
pulse_java_major() {
  # The JDK's release file answers without starting a JVM (about 0.1 s saved per command).
  local major=""
  [ -r "$1/release" ] && major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  if [ -n "$major" ]; then
    echo "$major"
    return
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
pulse_select_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$(pulse_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "pulse: no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*); install one, e.g. Temurin 25" >&2
  return 1
}
