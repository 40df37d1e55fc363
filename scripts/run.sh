#!/usr/bin/env bash
# Sets up, builds and runs Marquee on the embedded SQLite default with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
SERVER=build/server/marquee-server
DB_DIR=${MARQUEE_DATA:-$HOME/.local/share/marquee}
mkdir -p "$DB_DIR"
DB="sqlite:$DB_DIR/marquee.db"
LISTEN=${MARQUEE_LISTEN:-127.0.0.1:7427}

# Demo accounts, created once (adduser refuses an existing name, which is fine here).
for account in admin:admin manager:manager clerk:clerk alice:customer; do
  name=${account%%:*}; role=${account##*:}
  echo "marquee-demo" | "$SERVER" --database "$DB" adduser "$name" --role "$role" >/dev/null 2>&1 || true
done

cat <<INFO
Marquee server on $LISTEN, database $DB (demo data seeded once).
Demo accounts (password: marquee-demo): admin, manager, clerk, alice (customer).
Connect with any framed JSON-RPC client, e.g. the load generator:
  build/bench/marquee-loadgen --server $LISTEN --connections 10 --admin-user admin --admin-password marquee-demo
Press Ctrl+C to stop.
INFO
exec "$SERVER" --listen "$LISTEN" --database "$DB" --demo
