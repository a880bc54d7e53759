#!/usr/bin/env bash
# Makes sure the database servers the extraction tests read from are running on localhost
# (and that the browser the console's tests drive is installed):
# MariaDB (root without password, database `test`) and PostgreSQL (trust authentication for local
# connections, database `test`). Starts an installed server that is stopped; installs a missing one
# from Debian's packages (needs root and the package registry). Idempotent.
set -euo pipefail

log() { echo "[services] $*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  log "installing $* from Debian packages"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

wait_for() { # description, command...
  local what="$1"; shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  log "$what did not come up within 60 s"; return 1
}

mariadb_up() { mariadb -h 127.0.0.1 -P 3306 -u root -e 'SELECT 1'; }

ensure_mariadb() {
  if command -v mariadb >/dev/null 2>&1 && mariadb_up >/dev/null 2>&1; then
    log "MariaDB is running"
  else
    [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server mariadb-client
    log "starting MariaDB"
    as_root mkdir -p /run/mysqld
    as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
    as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
    wait_for "MariaDB" mariadb_up || \
      wait_for "MariaDB (socket)" as_root mariadb -u root -e 'SELECT 1'
  fi
  # root over TCP without a password, as the tests expect (a fresh install uses unix_socket).
  if ! mariadb_up >/dev/null 2>&1; then
    as_root mariadb -u root -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD(''); CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY ''; GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; FLUSH PRIVILEGES;"
  fi
  mariadb -h 127.0.0.1 -u root -e 'CREATE DATABASE IF NOT EXISTS test'
}

postgres_up() { pg_isready -h 127.0.0.1 -p 5432 -q; }

ensure_postgres() {
  if command -v pg_isready >/dev/null 2>&1 && postgres_up; then
    log "PostgreSQL is running"
  else
    if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
      apt_install postgresql
    fi
    local version
    version="$(ls /etc/postgresql | sort -V | tail -n 1)"
    local hba="/etc/postgresql/$version/main/pg_hba.conf"
    if ! as_root grep -Eq '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$hba"; then
      log "allowing trust authentication for local connections ($hba)"
      as_root sed -i -E 's/^(local\s+all\s+all\s+)\S+/\1trust/; s/^(host\s+all\s+all\s+127\.0\.0\.1\/32\s+)\S+/\1trust/; s/^(host\s+all\s+all\s+::1\/128\s+)\S+/\1trust/' "$hba"
      as_root grep -Eq '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$hba" || \
        echo "host all all 127.0.0.1/32 trust" | as_root tee -a "$hba" >/dev/null
    fi
    log "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    wait_for "PostgreSQL" postgres_up
  fi
  if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1; then
    psql -h 127.0.0.1 -U postgres -d postgres -c 'CREATE DATABASE test' >/dev/null
  fi
}

# The console's browser tests (ConsoleBrowserIT) drive Debian's Chromium headless; under CI=true
# they fail rather than skip when it is missing.
ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    log "Chromium and chromedriver are installed"
  else
    apt_install chromium chromium-driver
  fi
}

ensure_mariadb
ensure_postgres
ensure_chromium
