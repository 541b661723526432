# Sourced by scripts/test.sh: starts a throwaway PostgreSQL server for one test run, on a free
# loopback port, its data and socket in a new temporary folder, and exports its URL as
# POS_TEST_PG_URL. The server stops and its folder goes when the sourcing shell exits.
#
# The server is Debian's postgresql package; a machine without it gets it here (apt-get, as
# root). initdb refuses to run as root, so under root (CI) the server runs as the postgres user.

pg_bindir() {
    if command -v pg_ctl >/dev/null; then
        dirname "$(command -v pg_ctl)"
        return
    fi
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

if [ -z "$(pg_bindir)" ]; then
    if [ "$(id -u)" != "0" ]; then
        echo "PostgreSQL is missing: install it (sudo apt-get install -y postgresql) or set" \
             "POS_TEST_PG_URL to a server of your own." >&2
        exit 1
    fi
    echo "Installing PostgreSQL for the hub's tests (apt-get install -y postgresql)..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 || {
        apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
    }
fi
pg_bin="$(pg_bindir)"
pg_folder="$(mktemp -d "${TMPDIR:-/tmp}/counter-test-postgres.XXXXXX")"
as_server_user=()
if [ "$(id -u)" = "0" ]; then
    chown postgres: "$pg_folder"
    as_server_user=(runuser -u postgres --)
fi
pg_port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

stop_test_postgres() {
    (cd / && "${as_server_user[@]}" "$pg_bin/pg_ctl" -D "$pg_folder/data" -m immediate stop) \
        >/dev/null 2>&1 || true
    rm -rf "$pg_folder"
}
trap stop_test_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Logins over TCP give their password (SCRAM), as a hub's tills do, so the tests can see a
# wrong one refused; the local socket, which only this user reaches, is trusted.
pg_password="$("$python" -c 'import secrets; print(secrets.token_hex(16))')"
(umask 077 && printf '%s\n' "$pg_password" >"$pg_folder/password")
if [ "$(id -u)" = "0" ]; then chown postgres: "$pg_folder/password"; fi
# Durability is off: the data lives for one run.
(cd / && "${as_server_user[@]}" "$pg_bin/initdb" -D "$pg_folder/data" -U postgres \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$pg_folder/password" \
    -E UTF8 --no-sync) >"$pg_folder/initdb.log" 2>&1 || {
    cat "$pg_folder/initdb.log" >&2
    exit 1
}
# The settings go in the server's own file, so a test can stop it and start it again with
# nothing but POS_TEST_PG_CTL (tests/conftest.py hub_server).
cat >>"$pg_folder/data/postgresql.conf" <<EOF
port = $pg_port
unix_socket_directories = '$pg_folder'
listen_addresses = '127.0.0.1'
fsync = off
full_page_writes = off
synchronous_commit = off
EOF
pg_ctl_command=("${as_server_user[@]}" "$pg_bin/pg_ctl" -D "$pg_folder/data" -l "$pg_folder/server.log")
(cd / && "${pg_ctl_command[@]}" -w start) >/dev/null 2>&1 || {
    echo "The tests' PostgreSQL server did not start:" >&2
    cat "$pg_folder/server.log" >&2
    exit 1
}
export POS_TEST_PG_URL="postgresql+psycopg://postgres:$pg_password@127.0.0.1:$pg_port/postgres"
# pg_ctl for this server, as the user it runs as (words quoted for Python's shlex.split): a
# test appends "stop" or "start" to take the hub down and bring it back (run from /).
POS_TEST_PG_CTL="$(printf '%q ' "${pg_ctl_command[@]}")"
export POS_TEST_PG_CTL
