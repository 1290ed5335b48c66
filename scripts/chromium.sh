# Sourced by .ci/run: makes sure headless Chromium and its WebDriver are installed for the
# dashboard's browser tests (Debian packages chromium and chromium-driver).
pulse_chromium_ready() {
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]
}
pulse_ensure_chromium() {
  if pulse_chromium_ready; then
    echo "ci: Chromium is installed ($(/usr/bin/chromium --version 2>/dev/null | head -n 1))"
    return 0
  fi
  echo "ci: installing Chromium and its driver from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  local as_root=""
  # CI machines may run the build as a user with sudo rights rather than as root.
  if [ "$(id -u)" -ne 0 ]; then as_root="sudo -E"; fi
  $as_root apt-get update -qq
  $as_root apt-get install -y -qq chromium chromium-driver >/dev/null
  pulse_chromium_ready || { echo "ci: chromium or chromedriver missing after install" >&2; return 1; }
}
