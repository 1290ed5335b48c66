# Sourced by .ci/run: makes sure PostgreSQL answers on 127.0.0.1:5432 with trust auth for user
# postgres, starting the local cluster or installing Debian's package when needed.
pulse_pg_ready() {
  command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432
}
pulse_ensure_postgres() {
  if pulse_pg_ready; then
    echo "ci: PostgreSQL is running on 127.0.0.1:5432"
    return 0
  fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    echo "ci: installing PostgreSQL from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    local hba
    hba=$(ls /etc/postgresql/*/main/pg_hba.conf | head -n 1)
    # Tests connect as postgres without a password, as on the development machines.
    printf 'local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n' >"$hba"
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  echo "ci: starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do
    pulse_pg_ready && break
    sleep 1
  done
  pulse_pg_ready || { echo "ci: PostgreSQL did not come up on 127.0.0.1:5432" >&2; return 1; }
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='test'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE test" >/dev/null
}
